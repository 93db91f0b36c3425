// --js-library of the shipped module: embind's function registration, leaner (0.5 KB of each
// bundle). This module overloads none of its functions, and its signatures hold no legalized
// 64-bit integer, so embind's overload tables and its callers for such signatures are left out,
// with its report of unbound types: a function whose types are never registered is left
// undefined, instead of throwing UnboundTypeError when called (bindings.cpp registers the types
// its functions pass). A module option of the same name gives way to the function. (Emscripten
// 3.1.6's _embind_register_function, less those.)
mergeInto(LibraryManager.library, {
  _embind_register_function__deps: ['$craftInvokerFunction', '$heap32VectorToArray',
    '$readLatin1String', '$whenDependentTypesAreResolved', '$getWasmTableEntry'],
  _embind_register_function: function (name, argCount, rawArgTypesAddr, signature, rawInvoker, fn) {
    var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    name = readLatin1String(name);
    rawInvoker = getWasmTableEntry(rawInvoker);
    whenDependentTypesAreResolved([], argTypes, function (argTypes) {
      Module[name] = craftInvokerFunction(name, [argTypes[0], null].concat(argTypes.slice(1)), null, rawInvoker, fn);
      return [];
    });
  },
});
