// --pre-js of the pack compiler, after wasm-bytes.js: instantiated synchronously, so that the
// first loadDataPack can use it at once (the module is small enough for a synchronous compile).
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var instance = new WebAssembly.Instance(new WebAssembly.Module(salaryWasmBytes()), imports);
  receiveInstance(instance);
  return instance.exports;
};
