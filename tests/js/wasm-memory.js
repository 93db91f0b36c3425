// Finds the WebAssembly.Memory of the modules instantiated after install(), without any
// change to the public API: web/pre.js instantiates with new WebAssembly.Instance (or, where a
// synchronous compile is refused, WebAssembly.instantiate), and this wraps both for the current
// process (node:test runs each file in its own process). Only exported memories count: the
// module's own (Emscripten exports it); the LZMA decoder that unpacks it imports a memory of
// its own, dropped after the load.
'use strict';

function install() {
  const memories = [];
  const record = (instance) => {
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) memories.push(value);
    }
  };
  const OriginalInstance = WebAssembly.Instance;
  function Instance(module, imports) {
    const instance = new OriginalInstance(module, imports);
    record(instance);
    return instance;
  }
  Instance.prototype = OriginalInstance.prototype;
  WebAssembly.Instance = Instance;
  const original = WebAssembly.instantiate;
  WebAssembly.instantiate = async function instantiate(...args) {
    const output = await original.apply(this, args);
    record(output instanceof OriginalInstance ? output : output.instance);
    return output;
  };
  return memories;
}

module.exports = { install };
