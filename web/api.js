// The public JS API over the wasm module (see salary-core.d.ts). Concatenated after the
// Emscripten output inside one closure: callers never see Module, the heap or raw exports.
//
// Each call sets the profile in the module (by indices when every id is known: the fast path;
// else as a plain copy of the object, which the core checks and names the faults of), then
// reads the answer: a record of numbers and strings that web/bindings.cpp writes.

var SEPARATOR = '\x1f';
var utf8 = new TextDecoder();
var SIZES = new Map([['S', 0], ['M', 1], ['L', 2]]);
var EMPLOYERS = new Map([['local', 0], ['us-remote', 1]]);

function errorResult(code, field, message) {
  return { ok: false, error: { code: code, field: field, message: message } };
}

// Copies the caller's own known fields of a profile into a plain object, so getters, proxies,
// inherited properties and huge values never reach the module. An array, like any other
// non-object, passes as a stand-in of its kind: the core names the type in its error.
function plainProfile(profile) {
  if (profile === null || typeof profile !== 'object') return profile;
  if (Array.isArray(profile)) return [];
  // One literal of one shape, every field present (undefined where the caller has none), so
  // that nothing is looked up on Object.prototype.
  return {
    dataset: own(profile, 'dataset'), years: own(profile, 'years'), role: own(profile, 'role'),
    country: own(profile, 'country'), city: own(profile, 'city'), company: own(profile, 'company'),
    companySize: own(profile, 'companySize'), currency: own(profile, 'currency'),
    employer: own(profile, 'employer')
  };
}

function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? plainValue(object[key]) : undefined;
}

// The longest string handed to the module, in UTF-16 units: longer than any id (64), and the
// core quotes at most 40 bytes of a wrong value. A 600 MB string never crosses into wasm.
var MAX_STRING = 256;

// Numbers pass as they are; strings cut to MAX_STRING; anything else becomes an empty stand-in
// of its kind, so a huge array or a hostile object never reaches the module (the core names
// its type).
function plainValue(value) {
  if (typeof value === 'string') return value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
  if (value === null || typeof value !== 'object') return value;
  return Array.isArray(value) ? [] : {};
}

// A value as it may cross into wasm: strings well-formed (lone surrogates, which UTF-8 cannot
// hold, as U+FFFD). Only for values that do cross as text: the fast path passes indices.
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function crossing(value) {
  return typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value;
}

// The fields of a profile, in the order the module reads them (bindings.cpp, set_profile_value).
var PROFILE_FIELDS = ['dataset', 'years', 'role', 'country', 'city', 'company', 'companySize',
  'currency', 'employer'];

// A value's kind, numbered as core/value.h's Value::Kind: absent, null, boolean, number, string,
// array, object, other (a function, a symbol, a bigint).
var KIND_NUMBER = 3, KIND_STRING = 4, KIND_OBJECT = 6;
function kindOf(value) {
  if (value === undefined) return 0;
  if (value === null) return 1;
  var type = typeof value;
  return type === 'boolean' ? 2 : type === 'number' ? KIND_NUMBER : type === 'string' ? KIND_STRING
    : type === 'object' ? (Array.isArray(value) ? 5 : KIND_OBJECT) : 7;
}

// A message's detail cut to `max` UTF-16 units without splitting a surrogate pair.
function cut(text, max) {
  if (text.length <= max) return text;
  var end = max;
  var unit = text.charCodeAt(end - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) end--;
  return text.slice(0, end) + '...';
}

// What was thrown, as text, whatever it is (an object without toString, a throwing getter).
function describe(thrown) {
  try {
    return String(thrown && thrown.message ? thrown.message : thrown);
  } catch (e) {
    return 'an exception that cannot be shown';
  }
}

// Runs fn; a throw (a hostile getter) becomes an error value. A failure of the module itself
// (a WebAssembly.RuntimeError: out of memory, a trap) is first reported to `failed`, which
// replaces the module with a fresh one.
function guarded(field, fn, failed) {
  try {
    return fn();
  } catch (e) {
    var text = describe(e);
    if (failed && e instanceof WebAssembly.RuntimeError) {
      var how;
      try {
        how = ' and was restarted' + failed();
      } catch (again) {
        how = ' and could not be restarted (' + cut(describe(again), 100) + ')';
      }
      return errorResult('internal', field, field + ': the calculator failed (' + cut(text, 200) +
        ')' + how);
    }
    return errorResult('internal', field, field + ': the calculator could not use this value (' +
      cut(text, 200) + ')');
  }
}

// ---- Reading records ----

// A record: its numbers, read from the module's memory from index `at` on (before the next
// call), and its strings.
function Record(heap, at, strings) {
  this.n = heap;
  this.i = at;
  this.s = strings;
  this.j = 0;
}
Record.prototype.num = function () { return this.n[this.i++]; };
Record.prototype.str = function () { return this.s[this.j++]; };
Record.prototype.orNull = function () { var s = this.s[this.j++]; return s === '' ? null : s; };
Record.prototype.list = function (readItem) {
  var out = [];
  for (var k = this.num(); k > 0; k--) out.push(readItem(this));
  return out;
};

function readError(r) {
  return errorResult(r.str(), r.str(), r.str());
}

function readDistribution(r, withMean) {
  var d = { p10: r.num(), p25: r.num(), p50: r.num(), p75: r.num(), p90: r.num() };
  if (withMean !== false) d.mean = r.num();
  return d;
}

function readEstimate(r) {
  if (r.num() !== 1) return readError(r);
  var e = {
    ok: true, dataset: r.str(), tier: r.str(), level: r.str(), role: r.str(),
    country: r.str(), city: r.orNull(), company: r.orNull(), companySize: r.orNull(),
    employer: r.str(), currency: r.str()
  };
  var basis = r.str(), confidence = r.str();
  e.years = r.num();
  e.payMonths = r.num();
  e.base = readDistribution(r);
  e.bonus = readDistribution(r);
  e.total = readDistribution(r);
  e.sample = { n: r.num(), basis: basis, confidence: confidence };
  e.bonusWhenPaid = r.num() !== 1 ? null :
    { incidence: r.num(), p25: r.num(), p50: r.num(), p75: r.num(), source: r.str() };
  e.factors = r.list(readFactor);
  e.warnings = r.list(readWarning);
  e.purchasingPower = r.num() !== 1 ? null :
    { priceLevel: r.num(), year: r.num(), place: r.str(), source: r.str(), total: readDistribution(r) };
  return e;
}

// (named functions, not closures made anew on every estimate)
function readFactor(r) {
  return { id: r.str(), label: r.str(), multiplier: r.num(), source: r.str() };
}

function readWarning(r) {
  return { code: r.str(), message: r.str() };
}

function readLevers(r) {
  if (r.num() !== 1) return readError(r);
  return { ok: true, levers: r.list(readLever) };
}

function readLever(r) {
  var lever = { id: r.str(), change: {} };
  for (var n = r.num(); n > 0; n--) {
    var field = r.str(), value = r.str();
    lever.change[field] = field === 'years' ? Number(value) : value;
  }
  lever.total = readDistribution(r);
  lever.payMonths = r.num();
  lever.delta = r.num();
  lever.deltaPercent = r.num();
  lever.purchasingPowerPercent = r.num() === 1 ? r.num() : null;
  lever.source = r.str();
  lever.confidence = r.str();
  return lever;
}

function readCurve(r) {
  if (r.num() !== 1) return readError(r);
  return r.list(readCurvePoint);
}

function readCurvePoint(r) {
  return { years: r.num(), base: readDistribution(r, false), total: readDistribution(r, false) };
}

function readPercentile(r) {
  if (r.num() !== 1) return readError(r);
  return { ok: true, percentile: r.num(), amount: r.num(), component: r.str(), currency: r.str() };
}

function labelled(r) {
  var item = { id: r.str(), label: r.str() };
  var zh = r.str();
  if (zh !== '') item.labelZh = zh;
  return item;
}

function yearsOrNull(r) {
  var years = r.num();
  return years === years ? years : null;  // NaN: open-ended
}

function readCatalog(r) {
  var datasets = [], levels = [];
  for (var d = r.num(); d > 0; d--) {
    var set = { id: r.str(), label: r.str() };
    var labelZh = r.str();
    if (labelZh !== '') set.labelZh = labelZh;
    set.asOf = r.str();
    set.currency = r.str();
    set.sources = r.list(function () {
      var source = { id: r.str(), title: r.str(), url: r.str(), licence: r.str(), asOf: r.str() };
      var titleZh = r.str(), licenceZh = r.str();
      if (titleZh !== '') source.titleZh = titleZh;
      if (licenceZh !== '') source.licenceZh = licenceZh;
      return source;
    });
    ['roles', 'countries', 'cities', 'companies', 'companySizes', 'currencies'].forEach(function (key) {
      set[key] = r.list(function () { return r.str(); });
    });
    set.employers = r.num() === 1 ? ['local', 'us-remote'] : ['local'];
    datasets.push(set);
    r.list(function () {
      var level = labelled(r);
      level.dataset = set.id;
      level.fromYears = r.num();
      level.toYears = yearsOrNull(r);
      level.anchorYears = r.num();
      levels.push(level);
    });
  }
  var tiers = r.list(function () {
    return { id: r.str(), fromYears: r.num(), toYears: yearsOrNull(r), typicalYears: r.num() };
  });
  var roles = r.list(function () {
    var role = labelled(r);
    role.titles = r.list(function () { return r.str(); });
    return role;
  });
  var countries = r.list(function () {
    var c = labelled(r);
    c.currency = r.str();
    var region = r.str();
    if (region !== '') c.region = region;
    c.payMonths = r.num();
    c.levelBorrowed = r.num() === 1;
    c.remote = r.num() === 1;
    return c;
  });
  var cities = r.list(function () {
    var c = labelled(r);
    c.country = r.str();
    return c;
  });
  var companies = r.list(function () {
    var c = labelled(r);
    c.tier = r.str();
    c.size = r.orNull();
    c.countries = r.list(function () { return r.str(); });
    return c;
  });
  return {
    datasets: datasets, roles: roles, levels: levels, tiers: tiers, countries: countries,
    cities: cities, companies: companies, companySizes: r.list(labelled),
    currencies: r.list(function () { return r.str(); })
  };
}

// ---- The pack compiler, loaded on the first loadDataPack ----

var packCompiler = null;  // found once, then kept; looked for again while missing (a page may
                         // add its <script> later)
function getPackCompiler(root) {
  if (packCompiler) return packCompiler;
  var factory = root.createSalaryPackCompiler;
  if (typeof factory !== 'function' && typeof require === 'function' && typeof __dirname === 'string') {
    try {
      factory = require(require('path').join(__dirname, 'salary-pack-compiler.js'));
    } catch (e) {
      factory = null;
    }
  }
  if (typeof factory === 'function') {
    var compiler = {};
    factory(compiler);  // compiled synchronously: its functions are on `compiler` on return
    if (typeof compiler.compile === 'function') packCompiler = compiler;
  }
  return packCompiler;
}

// ---- The API ----

// The most bytes of JSON text a data pack may have: core/datapack.cpp's kMaxPackBytes, checked
// here too so that a larger text is never copied into the pack compiler's memory (which keeps
// any size it once had).
var MAX_PACK_BYTES = 8 * 1024 * 1024;

// Whether `text` takes more than `max` bytes as UTF-8, counting no further than needed.
function utf8Over(text, max) {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  var bytes = 0;
  for (var i = 0; i < text.length && bytes <= max; i++) {
    var unit = text.charCodeAt(i);
    // (a surrogate pair is 4 bytes: 1 for the high half here, 3 for the low one)
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 1 : 3;
  }
  return bytes > max;
}

function makeSalaryCore(m, root, options) {
  var lookup = null;  // dataset id -> {index, roles, countries, ...: IdIndex of id -> index}
  var loaded = [];    // {id, bytes} of each loaded pack, in load order: for a fresh module

  // A record from the address a call returned: its version, the address and size of its text,
  // then its numbers. Its text is decoded and split only when the version changed (the same
  // ids with other years give the same strings). m.HEAPF64 and m.HEAPU8 are views of the memory
  // as it is now (it grows).
  var lastVersion = -1, lastStrings = null;
  function record(address) {
    var heap = m.HEAPF64, at = address / 8;
    if (heap[at] !== lastVersion) {
      lastVersion = heap[at];
      lastStrings = utf8.decode(m.HEAPU8.subarray(heap[at + 1], heap[at + 1] + heap[at + 2])).split(SEPARATOR);
    }
    return new Record(heap, at + 3, lastStrings);
  }

  // Value `i` of the module's slow paths (bindings.cpp, value_at): its kind and number in the
  // slots at valueSlots(), its text by setText(); as plainValue and crossing make it.
  function putValue(i, value) {
    var v = crossing(plainValue(value)), kind = kindOf(v), heap = m.HEAPF64;
    heap[values + 2 * i] = kind;
    heap[values + 2 * i + 1] = kind === KIND_NUMBER ? v : 0;
    if (kind === KIND_STRING) m.setText(i, v);
  }

  // Where setProfile() reads the fast path's numbers (bindings.cpp, enum Slot), and the slow
  // paths their values.
  var slots = m.profileSlots() / 8, values = m.valueSlots() / 8;

  // After the module failed (a WebAssembly.RuntimeError: out of memory, a trap), its memory
  // cannot be trusted: a fresh module takes its place, with the packs that were loaded (a pack
  // whose loading fails again is left out). Returns the end of the sentence that reports it.
  function restart() {
    var packs = loaded, dropped = [];
    m = null;  // (the failed module's memory may go before a new one is made)
    for (;;) {
      var fresh = {};
      for (var k in options) fresh[k] = options[k];
      var ready = createSalaryCoreModule(fresh);
      if (typeof fresh.estimate !== 'function') {  // instantiated asynchronously (old engines)
        restarting = true;
        ready.then(function (later) {
          restarting = false;
          use(later);
          reload(packs, []);
        }, function () {
          restarting = false;  // the next call tries again, with the same packs
        });
        return '; it is available again in a moment';
      }
      use(fresh);
      var failedAt = reload(packs, dropped);
      if (failedAt < 0) break;
      dropped.push(packs[failedAt].id);
      packs = loaded.concat(packs.slice(failedAt + 1));  // again, without the one that failed
    }
    if (dropped.length) return ' without the data packs ' + dropped.join(', ');
    return loaded.length ? ' with its data packs' : '';
  }

  // Loads `packs` into the module, in order (`dropped` gets the ids of those it refuses).
  // Returns the index of a pack whose loading made the module fail, -1 if none did.
  function reload(packs, dropped) {
    loaded = [];
    for (var i = 0; i < packs.length; i++) {
      try {
        if (record(m.loadPack(packs[i].bytes)).num() === 1) loaded.push(packs[i]);
        else dropped.push(packs[i].id);
      } catch (e) {
        return i;
      }
    }
    return -1;
  }

  function use(fresh) {
    m = fresh;
    slots = m.profileSlots() / 8;
    values = m.valueSlots() / 8;
    lookup = null;
    lastVersion = -1;
  }
  var restarting = false;  // a fresh module is being instantiated asynchronously
  function available() {
    if (!m && !restarting) restart();  // a restart that failed is tried again
    if (!m) throw new Error('it is restarting');
  }

  // id -> its position in `ids` (a copy: the caller may change the catalog's lists), as a Map
  // made by the first lookup: most profiles name no city or company, and making the maps of the
  // 1,400 cities and companies was 0.8 ms of the first catalog(), before the first estimate.
  function IdIndex(ids) {
    this.ids = ids.slice();
    this.map = null;
  }
  IdIndex.prototype.get = function (id) {
    if (!this.map) {
      this.map = new Map();
      for (var i = 0; i < this.ids.length; i++) this.map.set(this.ids[i], i);
    }
    return this.map.get(id);
  };

  // Each dataset's ids, to resolve a profile's ids to indices: from the catalog, read once
  // (and again after loadDataPack).
  function datasets(catalog) {
    if (!lookup || catalog) {
      lookup = new Map();
      (catalog || readCatalog(record(m.catalog()))).datasets.forEach(function (d, index) {
        lookup.set(d.id, {
          index: index, roles: new IdIndex(d.roles), countries: new IdIndex(d.countries),
          cities: new IdIndex(d.cities), companies: new IdIndex(d.companies),
          currencies: new IdIndex(d.currencies)
        });
      });
    }
    return lookup;
  }

  // The index of a required id (absent: the default), or undefined.
  function required(map, value, fallback) {
    if (value === undefined || value === null) return map.get(fallback);
    return typeof value === 'string' ? map.get(value) : undefined;
  }
  // The index of an optional id (-1: not given), or undefined.
  function optional(map, value) {
    if (value === undefined || value === null || value === '') return -1;
    return typeof value === 'string' ? map.get(value) : undefined;
  }

  // Sets the module's profile; false when it is invalid (the next call reports why). Each field
  // of the caller's object is read once.
  function setProfile(profile, ignoreYears) {
    var p = plainProfile(profile);
    if (p !== null && typeof p === 'object' && !Array.isArray(p)) {
      var d = datasets().get(p.dataset === undefined || p.dataset === null ? 'market' : p.dataset);
      var years = ignoreYears ? 0 : p.years;
      if (d && typeof years === 'number' && years >= 0 && years <= 60) {
        var role = required(d.roles, p.role, 'ml-engineer');
        var country = required(d.countries, p.country, 'US');
        var city = optional(d.cities, p.city), company = optional(d.companies, p.company);
        var size = optional(SIZES, p.companySize), currency = optional(d.currencies, p.currency);
        var employer = optional(EMPLOYERS, p.employer);
        if (role !== undefined && country !== undefined && city !== undefined &&
            company !== undefined && size !== undefined && currency !== undefined &&
            employer !== undefined) {
          var heap = m.HEAPF64;
          heap[slots] = d.index;
          heap[slots + 1] = years;
          heap[slots + 2] = role;
          heap[slots + 3] = country;
          heap[slots + 4] = city;
          heap[slots + 5] = company;
          heap[slots + 6] = size;
          heap[slots + 7] = currency;
          heap[slots + 8] = employer < 0 ? 0 : employer;
          return m.setProfile();
        }
      }
    }
    putValue(0, p);
    if (kindOf(p) === KIND_OBJECT) PROFILE_FIELDS.forEach(function (key, i) { putValue(i + 1, p[key]); });
    return m.setProfileValue(!!ignoreYears);
  }

  return Object.freeze({
    version: m.version(),
    catalog: function () {
      return guarded('catalog', function () {
        available();
        var catalog = readCatalog(record(m.catalog()));
        datasets(catalog);  // before the caller can change it
        return catalog;
      }, restart);
    },
    estimate: function (profile) {
      return guarded('profile', function () {
        available();
        setProfile(profile);
        return readEstimate(record(m.estimate()));
      }, restart);
    },
    tiers: function (profile) {
      var result = guarded('profile', function () {
        available();
        setProfile(profile, true);
        var r = record(m.tiers());
        return [readEstimate(r), readEstimate(r), readEstimate(r)];
      }, restart);
      return Array.isArray(result) ? result : [result, result, result];
    },
    levers: function (profile) {
      return guarded('profile', function () {
        available();
        setProfile(profile);
        return readLevers(record(m.levers()));
      }, restart);
    },
    curve: function (profile, fromYears, toYears) {
      return guarded('profile', function () {
        available();
        setProfile(profile, true);  // (the curve's own years are fromYears to toYears)
        putValue(0, fromYears);
        putValue(1, toYears);
        return readCurve(record(m.curve()));
      }, restart);
    },
    percentile: function (profile, amount, component) {
      return guarded('profile', function () {
        available();
        setProfile(profile);
        putValue(0, amount);
        putValue(1, component);
        return readPercentile(record(m.percentile()));
      }, restart);
    },
    loadDataPack: function (jsonText) {
      return guarded('jsonText', function () {
        available();
        var text = jsonText;
        if (text !== null && typeof text === 'object') text = JSON.stringify(text);
        if (typeof text === 'string' && utf8Over(text, MAX_PACK_BYTES)) {
          return errorResult('too_large', '/', 'data pack: larger than 8 MB');
        }
        var compiler = getPackCompiler(root);
        if (!compiler) {
          return errorResult('unavailable', 'jsonText', 'jsonText: reading a data pack needs ' +
            'salary-pack-compiler.js: load it next to salary-core.js (in a browser, with its own ' +
            '<script> before this call)');
        }
        var compiled = compiler.compile(text);
        if (!compiled.ok) return compiled;
        var r = record(m.loadPack(compiled.bytes));
        if (r.num() !== 1) return readError(r);
        var replaced = r.num() === 1, id = r.str();
        lookup = null;  // the ids changed
        var entry = { id: id, bytes: compiled.bytes }, at = -1;
        for (var i = 0; i < loaded.length; i++) if (loaded[i].id === id) at = i;
        if (at >= 0) loaded[at] = entry;  // it keeps its place, as in the module
        else loaded.push(entry);
        return { ok: true, id: id, replaced: replaced };
      }, restart);
    },
    unloadDataPack: function (id) {
      return guarded('id', function () {
        available();
        putValue(0, id);
        var r = record(m.unloadPack());
        if (r.num() !== 1) return readError(r);
        var restored = r.num() === 1;
        lookup = null;
        loaded = loaded.filter(function (pack) { return pack.id !== id; });
        return { ok: true, id: id, restored: restored };
      }, restart);
    }
  });
}

/** Creates an independent calculator instance with the built-in data packs loaded.
 *  Always returns a promise: a browser without WebAssembly gets a rejected one, not a throw. */
function createSalaryCore(moduleOptions) {
  var given = {}, options = {};  // `options` becomes the Emscripten module; `given` stays as given
  if (moduleOptions) for (var k in moduleOptions) given[k] = options[k] = moduleOptions[k];
  try {
    return createSalaryCoreModule(options).then(function (m) { return makeSalaryCore(m, root, given); });
  } catch (error) {
    return Promise.reject(error);
  }
}
