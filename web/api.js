// The public JS API over the wasm module (see salary-core.d.ts). Concatenated after the
// Emscripten output inside one closure: callers never see Module, the heap or raw exports.

var PROFILE_FIELDS = ['dataset', 'years', 'role', 'country', 'city', 'company', 'companySize',
  'currency', 'employer'];

function errorResult(code, field, message) {
  return { ok: false, error: { code: code, field: field, message: message } };
}

// Copies the known fields of a profile into a plain object, so getters, proxies and huge
// nested values of the caller's object never reach the module. Non-objects pass through:
// the core names their type in its error.
function plainProfile(profile) {
  if (profile === null || typeof profile !== 'object' || Array.isArray(profile)) return profile;
  var out = {};
  for (var i = 0; i < PROFILE_FIELDS.length; i++) {
    var value = plainValue(profile[PROFILE_FIELDS[i]]);
    if (value !== undefined) out[PROFILE_FIELDS[i]] = value;
  }
  return out;
}

// Numbers and strings pass as they are; anything else becomes an empty stand-in of its kind,
// so a huge array or a hostile object never reaches the module (the core names its type).
function plainValue(value) {
  if (value === null || typeof value !== 'object') return value;
  return Array.isArray(value) ? [] : {};
}

// Runs fn; a throw (a hostile getter, a module failure) becomes an error value.
function guarded(field, fn) {
  try {
    return fn();
  } catch (e) {
    var text = e && e.message ? e.message : String(e);
    return errorResult('internal', field, field + ': the calculator could not use this value (' +
      text.slice(0, 200) + ')');
  }
}

function makeSalaryCore(m) {
  return Object.freeze({
    version: m.version(),
    catalog: function () { return m.catalog(); },
    estimate: function (profile) {
      return guarded('profile', function () { return m.estimate(plainProfile(profile)); });
    },
    tiers: function (profile) {
      var result = guarded('profile', function () { return m.tiers(plainProfile(profile)); });
      return Array.isArray(result) ? result : [result, result, result];
    },
    curve: function (profile, fromYears, toYears) {
      return guarded('profile', function () {
        return m.curve(plainProfile(profile), plainValue(fromYears), plainValue(toYears));
      });
    },
    percentile: function (profile, amount, component) {
      return guarded('profile', function () {
        return m.percentile(plainProfile(profile), plainValue(amount), plainValue(component));
      });
    },
    loadDataPack: function (jsonText) {
      return guarded('jsonText', function () {
        var text = jsonText;
        if (text !== null && typeof text === 'object') text = JSON.stringify(text);
        return m.loadDataPack(text);
      });
    }
  });
}

/** Creates an independent calculator instance with the built-in data packs loaded.
 *  Always returns a promise: a browser without WebAssembly gets a rejected one, not a throw. */
function createSalaryCore(moduleOptions) {
  var options = {};
  if (moduleOptions) for (var k in moduleOptions) options[k] = moduleOptions[k];
  try {
    return createSalaryCoreModule(options).then(makeSalaryCore);
  } catch (error) {
    return Promise.reject(error);
  }
}
