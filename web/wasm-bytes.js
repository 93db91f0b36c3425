// --pre-js of both modules: the inlined wasm's bytes, without a request. The wasm is inlined
// (SINGLE_FILE); tools/bundle.js stores it LZMA-compressed (4 bytes of its size, little-endian,
// then the LZMA properties byte and data), which web/lzma.js decodes synchronously. An
// unbundled module (as the build runs the pack compiler) still holds the raw wasm, which starts
// with "\0asm".
function salaryWasmBytes() {
  var packed = tryParseAsDataURI(wasmBinaryFile);
  if (packed[0] === 0 && packed[1] === 0x61 && packed[2] === 0x73 && packed[3] === 0x6d) return packed;
  var size = (packed[0] | packed[1] << 8 | packed[2] << 16 | packed[3] << 24) >>> 0;
  return lzmaDecode(packed.subarray(4), size);
}
