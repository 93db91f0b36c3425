// --pre-js: runs inside the Emscripten factory, before the module starts.
// The wasm bytes are inlined (SINGLE_FILE). Emscripten 3.1.6 would fetch() the data: URL,
// which a strict Content-Security-Policy (connect-src 'none') reports as a violation;
// decoding the inlined bytes ourselves makes no request at all.
if (!Module['instantiateWasm']) {
  Module['instantiateWasm'] = function (imports, receiveInstance) {
    WebAssembly.instantiate(tryParseAsDataURI(wasmBinaryFile), imports).then(
      function (output) { receiveInstance(output.instance, output.module); },
      function (error) { readyPromiseReject(error); });
    return {};
  };
}
