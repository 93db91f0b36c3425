// --pre-js of the pack compiler, after wasm-bytes.js: instantiated synchronously, so that the
// first loadDataPack can use it at once (Chromium allows a synchronous
// compile of this size on the main thread since about version 115; older ones refuse it).
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var instance = new WebAssembly.Instance(new WebAssembly.Module(salaryWasmBytes()), imports);
  receiveInstance(instance);
  return instance.exports;
};
