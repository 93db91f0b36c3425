// The bad-input table over the JS API and data packs: each case gets its documented error
// code and field, nothing is thrown into the host, the next valid call still works, and a
// rejected pack leaves the loaded ones in place.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createSalaryCore, tinyPack } = require('./load.js');

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const EUROS = '\u20ac'.repeat(10 * 1024 * 1024);  // 30 MB as UTF-8
const LONE = 'ml-engineer\ud800';
const HTML = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

// [what, profile, code, field]
const PROFILES = [
  ['years as text', { years: 'abc' }, 'invalid_type', 'years'],
  ['years NaN', { years: NaN }, 'invalid_value', 'years'],
  ['years +Infinity', { years: Infinity }, 'invalid_value', 'years'],
  ['years -Infinity', { years: -Infinity }, 'invalid_value', 'years'],
  ['years -1', { years: -1 }, 'out_of_range', 'years'],
  ['years 1e308', { years: 1e308 }, 'out_of_range', 'years'],
  ['years 60.5', { years: 60.5 }, 'out_of_range', 'years'],
  ['years null', { years: null }, 'missing_field', 'years'],
  ['years missing', { role: 'ml-engineer' }, 'missing_field', 'years'],
  ['years true', { years: true }, 'invalid_type', 'years'],
  ['years an array', { years: [6] }, 'invalid_type', 'years'],
  ['years an object', { years: { valueOf() { return 6; } } }, 'invalid_type', 'years'],
  ['years a bigint', { years: 6n }, 'invalid_type', 'years'],
  ['years a symbol', { years: Symbol('six') }, 'invalid_type', 'years'],
  ['role empty', { years: 6, role: '' }, 'invalid_value', 'role'],
  ['role 10 MB', { years: 6, role: TEN_MB }, 'invalid_value', 'role'],
  ['role HTML', { years: 6, role: HTML }, 'invalid_value', 'role'],
  ['role __proto__', { years: 6, role: '__proto__' }, 'invalid_value', 'role'],
  ['role constructor', { years: 6, role: 'constructor' }, 'unknown_id', 'role'],
  ['role unknown', { years: 6, role: 'astronaut' }, 'unknown_id', 'role'],
  ['role a number', { years: 6, role: 1 }, 'invalid_type', 'role'],
  ['country __proto__', { years: 6, country: '__proto__' }, 'invalid_value', 'country'],
  ['country constructor', { years: 6, country: 'constructor' }, 'invalid_value', 'country'],
  ['country unknown', { years: 6, country: 'ZZ' }, 'unknown_id', 'country'],
  ['country empty', { years: 6, country: '' }, 'invalid_value', 'country'],
  ['country a script', { years: 6, country: SCRIPT }, 'invalid_value', 'country'],
  ['dataset constructor', { years: 6, dataset: 'constructor' }, 'unknown_id', 'dataset'],
  ['dataset __proto__', { years: 6, dataset: '__proto__' }, 'invalid_value', 'dataset'],
  ['dataset 10 MB', { years: 6, dataset: TEN_MB }, 'invalid_value', 'dataset'],
  ['city a script', { years: 6, city: SCRIPT }, 'invalid_value', 'city'],
  ['city a number', { years: 6, city: 42 }, 'invalid_type', 'city'],
  ['city 10 MB', { years: 6, city: TEN_MB }, 'invalid_value', 'city'],
  ['city of another country', { years: 6, country: 'DE', city: 'us-san-jose' }, 'invalid_value', 'city'],
  ['company HTML', { years: 6, company: HTML }, 'invalid_value', 'company'],
  ['company an array', { years: 6, company: ['google'] }, 'invalid_type', 'company'],
  ['companySize XL', { years: 6, companySize: 'XL' }, 'invalid_value', 'companySize'],
  ['companySize a number', { years: 6, companySize: 5 }, 'invalid_type', 'companySize'],
  ['currency with a space', { years: 6, currency: 'usd ' }, 'invalid_value', 'currency'],
  ['currency unknown', { years: 6, currency: 'XXX' }, 'unknown_id', 'currency'],
  ['employer unknown', { years: 6, employer: 'remote' }, 'invalid_value', 'employer'],
  ['employer a number', { years: 6, employer: 1 }, 'invalid_type', 'employer'],
  ['employer 10 MB', { years: 6, employer: TEN_MB }, 'invalid_value', 'employer'],
  ['employer us-remote where the dataset has no remote figures',
    { years: 6, dataset: 'article-2019', employer: 'us-remote' }, 'no_data', 'employer'],
  ['profile a number', 42, 'invalid_type', 'profile'],
  ['profile a string', 'years=6', 'invalid_type', 'profile'],
  ['profile a function', () => 6, 'invalid_type', 'profile'],
  ['profile a symbol', Symbol('p'), 'invalid_type', 'profile'],
  ['profile with an own __proto__ key only', JSON.parse('{"__proto__": {"years": 5}}'), 'missing_field', 'years'],
  // Issue 11: huge values never cross into wasm (the memory stays as it was: hardening.test.js).
  ['profile an array of length 2e7', Object.assign([], { length: 2e7 }), 'invalid_type', 'profile'],
  ['profile an array', [6], 'invalid_type', 'profile'],
  ['dataset 30 MB of euro signs', { years: 6, dataset: EUROS }, 'invalid_value', 'dataset'],
  ['role 30 MB of euro signs', { years: 6, role: EUROS }, 'invalid_value', 'role'],
  ['role with a lone surrogate', { years: 6, role: LONE }, 'invalid_value', 'role'],
  ['country with a lone surrogate', { years: 6, country: '\udc00S' }, 'invalid_value', 'country'],
  ['profile with years inherited only', Object.create({ years: 6 }), 'missing_field', 'years'],
];

// [what, call(core), code, field]
const CALLS = [
  ['curve fromYears as text', (c) => c.curve({ years: 1 }, '0', 20), 'invalid_type', 'fromYears'],
  ['curve toYears Infinity', (c) => c.curve({ years: 1 }, 0, Infinity), 'out_of_range', 'toYears'],
  ['curve toYears before fromYears', (c) => c.curve({ years: 1 }, 10, 5), 'out_of_range', 'toYears'],
  ['curve fromYears -1', (c) => c.curve({ years: 1 }, -1, 5), 'out_of_range', 'fromYears'],
  ['percentile amount NaN', (c) => c.percentile({ years: 1 }, NaN), 'out_of_range', 'amount'],
  ['percentile amount as text', (c) => c.percentile({ years: 1 }, '100k'), 'invalid_type', 'amount'],
  ['percentile amount 0', (c) => c.percentile({ years: 1 }, 0), 'out_of_range', 'amount'],
  ['percentile component bonus', (c) => c.percentile({ years: 1 }, 1e5, 'bonus'), 'invalid_value', 'component'],
  ['curve fromYears a huge array', (c) => c.curve({ years: 1 }, new Array(1e6).fill(1), 5), 'invalid_type', 'fromYears'],
  ['percentile amount an object', (c) => c.percentile({ years: 1 }, { valueOf: () => 1e5 }), 'invalid_type', 'amount'],
  ['tiers with a throwing getter', (c) => c.tiers({ get role() { throw new Error('no'); } })[2], 'internal', 'profile'],
  // Found in review: what a getter throws may itself not convert to text.
  ['a getter throwing an object without toString', (c) => c.estimate({ get years() { throw Object.create(null); } }), 'internal', 'profile'],
  ['a getter throwing an error whose message throws',
    (c) => c.estimate({ get years() { throw { get message() { throw new Error('no'); } }; } }), 'internal', 'profile'],
  ['a proxy whose every trap throws', (c) => c.curve(new Proxy({}, { get() { throw 1; }, has() { throw 1; }, getOwnPropertyDescriptor() { throw Object.create(null); } }), 0, 20), 'internal', 'profile'],
];

function pack(edit) {
  const doc = JSON.parse(tinyPack);
  edit(doc);
  return JSON.stringify(doc);
}

// [what, text, code, field]
const PACKS = [
  ['truncated JSON', tinyPack.slice(0, tinyPack.length / 2), 'invalid_json', '/'],
  ['empty text', '', 'invalid_json', '/'],
  ['10 MB of text', TEN_MB, 'too_large', '/'],
  ['NaN in the text', tinyPack.replace('"p10": 80000', '"p10": NaN'), 'invalid_json', '/'],
  ['a number', 42, 'invalid_type', 'jsonText'],
  ['null', null, 'invalid_type', 'jsonText'],
  ['a JSON array', '[]', 'invalid_type', '/'],
  ['deeply nested arrays', '['.repeat(100000) + ']'.repeat(100000), 'too_large', '/'],
  ['4 million nested arrays', '['.repeat(4e6) + ']'.repeat(4e6), 'too_large', '/'],
  ['50 MB of text', 'x'.repeat(50 * 1024 * 1024), 'too_large', '/'],
  ['9 MB as UTF-8, 3 million characters', '\u20ac'.repeat(3 * 1024 * 1024), 'too_large', '/'],
  ['201 roles', pack((d) => { for (let i = 0; i < 200; i++) d.roles.push({ ...d.roles[0], id: `r-${i}` }); }), 'too_large', '/roles'],
  ['a label of 7 MB', pack((d) => { d.roles[0].label = 'x'.repeat(7 * 1024 * 1024); }), 'too_large', '/roles/0/label'],
  ['only a __proto__ key', '{"__proto__": {"schema_version": 1}}', 'missing_field', '/schema_version'],
  ['wrong schema_version', pack((d) => { d.schema_version = 2; }), 'unsupported_schema', '/schema_version'],
  ['negative pay', pack((d) => { d.cells[0].base.p10 = -1; }), 'not_positive', '/cells/0/base/p10'],
  ['unordered percentiles', pack((d) => { d.cells[1].base.p90 = 1; }), 'unordered_percentiles', '/cells/1/base/p90'],
  ['duplicate ids', pack((d) => { d.countries[1].id = 'US'; }), 'duplicate_id', '/countries/1/id'],
  ['missing levels', pack((d) => { delete d.levels; }), 'missing_field', '/levels'],
  ['a level without cells', pack((d) => { d.cells.splice(1, 1); }), 'missing_cell', '/cells'],
  ['total below base', pack((d) => { d.cells[0].total.p10 = 70000; }), 'total_below_base', '/cells/0/total/p10'],
  ['unknown source', pack((d) => { d.cities[0].source = 'nowhere'; }), 'unknown_id', '/cities/0/source'],
  ['zero factor', pack((d) => { d.cities[0].factor = 0; }), 'not_positive', '/cities/0/factor'],
  ['HTML as the id', pack((d) => { d.id = HTML; }), 'invalid_value', '/id'],
  ['pay as text', pack((d) => { d.cells[0].base.p50 = '100000'; }), 'invalid_type', '/cells/0/base/p50'],
];

test('bad profiles: documented code and field; the next valid call works', async () => {
  const core = await createSalaryCore();
  const good = core.estimate({ years: 6 });
  for (const [what, profile, code, field] of PROFILES) {
    for (const [name, call] of [
      ['estimate', (p) => core.estimate(p)],
      ['tiers', (p) => core.tiers(p)[0]],
      ['curve', (p) => core.curve(p, 0, 20)],
    ]) {
      // tiers() and curve() set the years themselves: what the profile says about years is
      // ignored (issue 11: curve() required years it did not use).
      if (name !== 'estimate' && field === 'years') continue;
      let r;
      assert.doesNotThrow(() => { r = call(profile); }, `${name}: ${what}`);
      assert.equal(r.ok, false, `${name}: ${what}`);
      assert.equal(r.error.code, code, `${name}: ${what}: ${r.error.message}`);
      assert.equal(r.error.field, field, `${name}: ${what}`);
      assert.ok(r.error.message.startsWith(`${field}: `), `${what}: ${r.error.message}`);
      assert.ok(r.error.message.length < 300, `${what}: the message stays short`);
    }
    assert.deepEqual(core.estimate({ years: 6 }), good, `${what}: the next valid call`);
  }
});

test('bad arguments to curve and percentile: documented code and field', async () => {
  const core = await createSalaryCore();
  for (const [what, call, code, field] of CALLS) {
    let r;
    assert.doesNotThrow(() => { r = call(core); }, what);
    assert.equal(r.ok, false, what);
    assert.equal(r.error.code, code, `${what}: ${r.error.message}`);
    assert.equal(r.error.field, field, what);
    assert.equal(core.estimate({ years: 6 }).ok, true);
  }
});

test('bad data packs are rejected whole and leave the loaded packs in place', async () => {
  const core = await createSalaryCore();
  assert.deepEqual(core.loadDataPack(tinyPack), { ok: true, id: 'tiny', replaced: false });
  const before = core.estimate({ dataset: 'tiny', years: 2 });
  const catalog = core.catalog();
  for (const [what, text, code, field] of PACKS) {
    let r;
    assert.doesNotThrow(() => { r = core.loadDataPack(text); }, what);
    assert.equal(r.ok, false, what);
    assert.equal(r.error.code, code, `${what}: ${r.error.message}`);
    assert.equal(r.error.field, field, what);
    assert.deepEqual(core.estimate({ dataset: 'tiny', years: 2 }), before, `${what}: tiny pack intact`);
  }
  assert.deepEqual(core.catalog(), catalog);
});

test('messages quote an out-of-range number exactly as typed (the shortest text that reads back)', async () => {
  const core = await createSalaryCore();
  for (const years of [60.300000000000004, 60.1, -0.30000000000000004, 1e300, 61, 1234567890123.4567, -5e-324, 70, -10, 1000]) {
    const r = core.estimate({ years });
    assert.equal(r.ok, false, String(years));
    // printf's "%g" at the fewest digits that read back; JS writes the same digits. A number
    // from 1 up to 1e21 is written in full, as JS writes it (70, not %g's 7e+01).
    const text = r.error.message.replace('years: must be between 0 and 60, got ', '');
    assert.equal(Number(text), years, r.error.message);
    if (Math.abs(years) >= 1 && Math.abs(years) < 1e21) assert.equal(text, String(years), r.error.message);
    assert.ok(text.replace(/e[+-]\d+$/, '').replace(/[-.]/g, '').replace(/^0+/, '').length <=
      String(years).replace(/e[+-]\d+$/, '').replace(/[-.]/g, '').replace(/^0+/, '').length, r.error.message);
  }
});
