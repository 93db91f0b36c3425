// --js-library of the shipped module. embind registers std::wstring, std::u16string,
// std::u32string, emscripten::val and the typed memory views in every module, with converters
// that bring in the UTF-16 and UTF-32 code and the handle table of val. This module passes none
// of them (bindings.cpp: numbers and std::string), so they are registered by name only, and a
// conversion would throw: 0.6 KB less in each bundle. (Emscripten 3.1.6's embind.js registers
// them with the same fields.)
//
// Functions are registered leaner too (0.5 KB of each bundle): this module overloads none, and
// its signatures hold no legalized 64-bit integer, so embind's overload tables and its callers
// for such signatures are left out, with its report of unbound types: a function whose types
// are never registered (a 64-bit integer: this Emscripten binds none without WASM_BIGINT) is
// left undefined, instead of throwing UnboundTypeError when called. A module option of the same
// name gives way to the function. (Emscripten 3.1.6's _embind_register_function, less those.)
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
  $registerUnusedType__deps: ['$readLatin1String', '$registerType', '$simpleReadValueFromPointer',
    '$throwBindingError'],
  $registerUnusedType: function (rawType, name) {
    name = readLatin1String(name);
    var refuse = function () { throwBindingError('Cannot pass ' + name + ': this module does not use it'); };
    registerType(rawType, {
      name: name,
      'fromWireType': refuse,
      'toWireType': refuse,
      'argPackAdvance': 8,
      'readValueFromPointer': simpleReadValueFromPointer,
      destructorFunction: null,
    }, { ignoreDuplicateRegistrations: true });
  },
  _embind_register_std_wstring__deps: ['$registerUnusedType'],
  _embind_register_std_wstring: function (rawType, charSize, name) { registerUnusedType(rawType, name); },
  _embind_register_emval__deps: ['$registerUnusedType'],
  _embind_register_emval: function (rawType, name) { registerUnusedType(rawType, name); },
  _embind_register_memory_view__deps: ['$registerUnusedType'],
  _embind_register_memory_view: function (rawType, dataTypeIndex, name) { registerUnusedType(rawType, name); },
});
