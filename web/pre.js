// --pre-js of the shipped module, after wasm-bytes.js. Emscripten 3.1.6 would fetch() the
// data: URL, which a strict Content-Security-Policy (connect-src 'none') reports as a
// violation; instantiating the inlined bytes ourselves makes no request at all.
if (!Module['instantiateWasm']) {
  Module['instantiateWasm'] = function (imports, receiveInstance) {
    WebAssembly.instantiate(salaryWasmBytes(), imports).then(
      function (output) { receiveInstance(output.instance, output.module); },
      function (error) { readyPromiseReject(error); });
    return {};
  };
}
