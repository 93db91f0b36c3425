// lzmaDecode(input, size): unpacks the inlined wasm of this bundle (tools/bundle.js stores it as
// [LZMA properties byte][LZMA data], from xz) into `size` bytes, synchronously, in browsers and
// Node. LZMA stores the wasm and its data packs 20% smaller than deflate did (78 KB -> 63 KB).
// The decoder itself is a 2 KB wasm (web/lzma_decode.cpp; its base64 is lzmaDecoderWasm, put
// before this file by tools/bundle.js): a JS decoder was ~4x slower at load, because range
// decoding's 32-bit numbers are boxed in cold JS. Small modules may be compiled synchronously
// everywhere. Corrupt or truncated input throws an Error('lzma: ...').
// Checked against xz (random, text and wasm-like data; corrupt input): tests/js/lzma.test.js.
function lzmaDecode(input, size) {
  var text = atob(lzmaDecoderWasm), code = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) code[i] = text.charCodeAt(i);
  if (!(size >= 0 && size < 0x40000000)) throw new Error('lzma: bad size');
  // Memory: 64 KB for the decoder's stack, then the input, the output and its work space (as
  // many 16-bit probabilities as lzma_work_size says), grown once the decoder can say it.
  var PAGE = 65536, inAt = PAGE, outAt = inAt + input.length;
  var probsAt = outAt + size + ((outAt + size) % 2);
  var memory = new WebAssembly.Memory({ initial: Math.ceil(probsAt / PAGE), maximum: 32768 });
  var decoder = new WebAssembly.Instance(new WebAssembly.Module(code), { env: { memory: memory } });
  var work = decoder.exports.lzma_work_size(input[0]);
  if (work === 0) throw new Error('lzma: bad properties');
  var more = Math.ceil((probsAt + 2 * work) / PAGE) - memory.buffer.byteLength / PAGE;
  if (more > 0) memory.grow(more);
  new Uint8Array(memory.buffer).set(input, inAt);
  if (decoder.exports.lzma_decode(inAt, input.length, outAt, size, probsAt) !== 0) {
    throw new Error('lzma: corrupt or truncated data');
  }
  return new Uint8Array(memory.buffer, outAt, size);
}
