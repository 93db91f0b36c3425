// --js-library of the shipped module: the JS side of embind's registration, for the few types
// this module passes. bindings.cpp registers them (EMSCRIPTEN_BINDINGS(builtin_types): void,
// bool, int, unsigned long, std::string) and binds its functions with emscripten::function, as
// any embind module does; the functions below take the place of Emscripten 3.1.6's
// (src/embind/embind.js), which handle every type embind knows (classes, value objects,
// overloads, 64-bit integers), types registered in any order, and their names for error
// messages: 1.7 KB of each bundle (gzipped) that this module never ran.
//
// The same wire format as embind's: a std::string crosses as a pointer to its length (4 bytes)
// and its bytes, which the caller allocates and frees after the call (an argument), or the
// module allocates and the caller frees (a result); a string argument is sent as UTF-8 (api.js
// has already replaced lone surrogates, which TextEncoder and embind would encode differently),
// a Uint8Array as its bytes. A function is called as its invoker with the function's address
// first. Unlike embind: a function bound before its types are registered stops the module's
// start with the function's name (bind() in bindings.cpp refuses a type that is never registered
// at compile time); a wrong argument throws a TypeError, after freeing what was allocated.
mergeInto(LibraryManager.library, {
  // Each registered type by its id (an address): [toWire(value, frees), fromWire(wire)].
  $leanTypes: {},

  _embind_register_void__deps: ['$leanTypes'],
  _embind_register_void: function (type) {
    leanTypes[type] = [null, function () {}];
  },

  _embind_register_bool__deps: ['$leanTypes'],
  _embind_register_bool: function (type, name, size, trueValue, falseValue) {
    leanTypes[type] = [function (value) { return value ? trueValue : falseValue; },
      function (wire) { return !!wire; }];
  },

  // int and unsigned long, both 32 bits in wasm32 (the call converts a number to int32): an
  // unsigned one (its minimum is 0) is read back as unsigned.
  _embind_register_integer__deps: ['$leanTypes'],
  _embind_register_integer: function (type, name, size, min) {
    leanTypes[type] = [function (value) { return value; },
      min === 0 ? function (wire) { return wire >>> 0; } : function (wire) { return wire; }];
  },

  _embind_register_std_string__deps: ['$leanTypes', 'malloc', 'free'],
  _embind_register_std_string: function (type) {
    var encoder = new TextEncoder();
    leanTypes[type] = [function (value, frees) {
      var bytes = typeof value === 'string' ? encoder.encode(value) : value;
      if (!(bytes instanceof Uint8Array)) throw new TypeError('std::string: not a string or a Uint8Array');
      var at = _malloc(4 + bytes.length + 1);
      HEAPU32[at >> 2] = bytes.length;
      HEAPU8.set(bytes, at + 4);
      HEAPU8[at + 4 + bytes.length] = 0;
      frees.push(at);
      return at;
    }, function (wire) {
      var text = UTF8Decoder.decode(HEAPU8.subarray(wire + 4, wire + 4 + HEAPU32[wire >> 2]));
      _free(wire);
      return text;
    }];
  },

  _embind_register_function__deps: ['$leanTypes', '$getWasmTableEntry', 'free'],
  _embind_register_function: function (name, argCount, argTypesAt, signature, invoker, fn) {
    var types = [];
    for (var i = 0; i < argCount; i++) types.push(leanTypes[HEAP32[(argTypesAt >> 2) + i]]);
    name = UTF8ToString(name);
    if (types.indexOf(undefined) >= 0) throw new Error(name + ': a type not registered before it');
    invoker = getWasmTableEntry(invoker);
    Module[name] = function () {
      if (arguments.length !== argCount - 1) {
        throw new TypeError(name + ': ' + arguments.length + ' arguments, expected ' + (argCount - 1));
      }
      var frees = [], wires = [fn];
      try {
        for (var i = 1; i < argCount; i++) wires.push(types[i][0](arguments[i - 1], frees));
        var result = invoker.apply(null, wires);
      } finally {
        frees.forEach(function (at) { _free(at); });
      }
      return types[0][1](result);
    };
  },
});
