// --pre-js of both modules: the inlined wasm's bytes, without a request. The wasm is inlined
// (SINGLE_FILE); tools/bundle.js stores it LZMA-compressed (4 bytes of its size, little-endian,
// then the LZMA properties byte and data), which web/lzma.js decodes synchronously. An
// unbundled module (as the build runs the pack compiler) still holds the raw wasm, which starts
// with "\0asm".
function salaryWasmBytes() {
  var packed = base64Bytes(wasmBinaryFile.slice(dataURIPrefix.length));
  if (packed[0] === 0 && packed[1] === 0x61 && packed[2] === 0x73 && packed[3] === 0x6d) return packed;
  var size = (packed[0] | packed[1] << 8 | packed[2] << 16 | packed[3] << 24) >>> 0;
  return lzmaDecode(packed.subarray(4), size);
}

// The bytes of base64 text: the engine's own Uint8Array.fromBase64 where it has one (Chromium
// 140, Firefox 133, Safari 18.2: 0.7 ms for the 92 KB of the element's wasm in Chromium), else
// Emscripten's reader (Node's Buffer; in a browser, atob and a loop over its characters: 6-18 ms
// there, as the loop runs cold).
function base64Bytes(text) {
  return typeof Uint8Array.fromBase64 === 'function'
    ? Uint8Array.fromBase64(text) : intArrayFromBase64(text);
}
