// Finds the WebAssembly.Memory of the modules instantiated after install(), without any
// change to the public API: web/pre.js instantiates through WebAssembly.instantiate, and this
// wraps that function for the current process (node:test runs each file in its own process).
'use strict';

function install() {
  const memories = [];
  const original = WebAssembly.instantiate;
  WebAssembly.instantiate = async function instantiate(...args) {
    const output = await original.apply(this, args);
    const instance = output instanceof WebAssembly.Instance ? output : output.instance;
    // Exported (Emscripten's default; the export name is minified) or imported memory.
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) memories.push(value);
    }
    for (const ns of Object.values(args[1] || {})) {
      for (const value of Object.values(ns || {})) {
        if (value instanceof WebAssembly.Memory) memories.push(value);
      }
    }
    return output;
  };
  return memories;
}

module.exports = { install };
