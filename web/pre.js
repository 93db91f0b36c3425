// --pre-js of the shipped module, after wasm-bytes.js. Emscripten 3.1.6 would fetch() the
// data: URL, which a strict Content-Security-Policy (connect-src 'none') reports as a
// violation; instantiating the inlined bytes ourselves makes no request at all.
// Synchronously where the engine allows it (Node; Chromium 115+, Firefox, Safari): then the
// module, the first estimate and the element's first render all happen before the browser's
// next paint, with no "loading" frame in between. Engines that refuse a synchronous compile of
// this size on the main thread get the asynchronous one.
// Any failure (the bytes cannot be unpacked, no 'wasm-unsafe-eval', out of memory) rejects the
// promise of createSalaryCore(): Emscripten would only log an error thrown from this hook, and
// the promise would never settle.
if (!Module['instantiateWasm']) {
  Module['instantiateWasm'] = function (imports, receiveInstance) {
    var bytes, module;
    try {
      bytes = salaryWasmBytes();
      try {
        module = new WebAssembly.Module(bytes);
      } catch (refused) {
        WebAssembly.instantiate(bytes, imports).then(
          function (output) { receiveInstance(output.instance, output.module); },
          function (error) { readyPromiseReject(error); });
        return {};
      }
      var instance = new WebAssembly.Instance(module, imports);
      receiveInstance(instance, module);
      return instance.exports;
    } catch (error) {
      readyPromiseReject(error);
      return {};
    }
  };
}
