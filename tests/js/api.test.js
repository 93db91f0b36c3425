// The JS API of dist/salary-core.js under Node: figures, catalog, errors as values.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createSalaryCore, tinyPack } = require('./load.js');

const ARTICLE = [
  // years, tier, base mean, total p90: the seed article's figures
  [0, 'entry', 97090, 130000], [4.99, 'entry', 97090, 130000],
  [5, 'mid', 112095, 160000], [9.99, 'mid', 112095, 160000],
  [10, 'senior', 132500, 181000], [30, 'senior', 132500, 181000],
];

test('require() returns the factory and each call makes a working instance', async () => {
  assert.equal(typeof createSalaryCore, 'function');
  const core = await createSalaryCore();
  assert.match(core.version, /^\d+\.\d+\.\d+$/);
  for (const name of ['catalog', 'estimate', 'tiers', 'curve', 'loadDataPack']) {
    assert.equal(typeof core[name], 'function', name);
  }
});

test('the article-2019 dataset gives the article figures exactly', async () => {
  const core = await createSalaryCore();
  for (const [years, tier, baseMean, totalP90] of ARTICLE) {
    const r = core.estimate({ dataset: 'article-2019', years, role: 'ml-engineer', country: 'US' });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.tier, tier, `tier at ${years}`);
    assert.equal(r.base.mean, baseMean, `base mean at ${years}`);
    assert.equal(r.total.p90, totalP90, `total p90 at ${years}`);
    assert.equal(r.currency, 'USD');
  }
  const tiers = core.tiers({ dataset: 'article-2019' });
  assert.deepEqual(tiers.map((t) => t.base.mean), [97090, 112095, 132500]);
  assert.deepEqual(tiers.map((t) => t.tier), ['entry', 'mid', 'senior']);
});

test('catalog lists datasets, roles with titles, levels, countries, currencies', async () => {
  const core = await createSalaryCore();
  const c = core.catalog();
  assert.deepEqual(c.datasets.map((d) => d.id), ['article-2019', 'market']);
  for (const d of c.datasets) {
    assert.match(d.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(d.sources.length > 0);
    for (const s of d.sources) assert.ok(s.title && s.licence, JSON.stringify(s));
  }
  const roles = c.roles.map((r) => r.id);
  for (const id of ['ml-engineer', 'data-scientist', 'deep-learning-engineer', 'research-scientist',
    'applied-scientist', 'ai-engineer', 'mlops-engineer', 'data-engineer', 'data-analyst',
    'research-engineer']) {
    assert.ok(roles.includes(id), id);
  }
  const ml = c.roles.find((r) => r.id === 'ml-engineer');
  assert.ok(ml.titles.includes('Machine Learning Engineer'));
  const market = c.levels.filter((l) => l.dataset === 'market');
  assert.deepEqual(market.map((l) => l.id), ['EN', 'MI', 'SE', 'EX']);
  assert.equal(market[0].fromYears, 0);
  assert.equal(market[3].toYears, null);
  for (let i = 1; i < market.length; i++) assert.equal(market[i].fromYears, market[i - 1].toYears);
  assert.ok(c.countries.length >= 10);
  assert.ok(c.countries.every((x) => /^[A-Z]{2}$/.test(x.id) && /^[A-Z]{3}$/.test(x.currency)));
  assert.ok(c.currencies.includes('USD') && c.currencies.includes('EUR'));
  assert.deepEqual(c.tiers.map((t) => [t.id, t.fromYears, t.toYears]),
    [['entry', 0, 5], ['mid', 5, 10], ['senior', 10, null]]);
});

test('the market dataset is the default and answers for a US ML engineer', async () => {
  const core = await createSalaryCore();
  const r = core.estimate({ years: 6 });
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(r.dataset, 'market');
  assert.equal(r.role, 'ml-engineer');
  assert.equal(r.country, 'US');
  assert.equal(r.tier, 'mid');
  assert.ok(r.base.p10 < r.base.p50 && r.base.p50 < r.base.p90);
  assert.ok(r.total.p50 >= r.base.p50);
  assert.ok(r.sample.n > 0);
  const curve = core.curve({ years: 6 }, 0, 20);
  assert.equal(curve.length, 41);
  assert.deepEqual(Object.keys(curve[0]).sort(), ['base', 'total', 'years']);
});

test('remote work for a US employer: its own figures, factor and sample; local stays the default', async () => {
  const core = await createSalaryCore();
  const local = core.estimate({ years: 6, country: 'IN', currency: 'USD' });
  const remote = core.estimate({ years: 6, country: 'IN', currency: 'USD', employer: 'us-remote' });
  assert.equal(local.ok && remote.ok, true, JSON.stringify([local, remote]));
  assert.equal(local.employer, 'local');
  assert.equal(remote.employer, 'us-remote');
  assert.ok(remote.total.p50 > local.total.p50, 'USD-paid remote work pays more than local work in India');
  assert.deepEqual(remote.factors.map((f) => f.id), ['remote']);
  assert.ok(core.catalog().datasets.find((d) => d.id === 'market').employers.includes('us-remote'));
  assert.deepEqual(core.catalog().datasets.find((d) => d.id === 'article-2019').employers, ['local']);
});

test('a named company implies its size and a bonus that is usual there', async () => {
  const core = await createSalaryCore();
  const google = core.estimate({ years: 6, country: 'US', company: 'google', companySize: 'S' });
  assert.equal(google.ok, true, JSON.stringify(google));
  assert.equal(google.companySize, 'L');
  assert.ok(google.warnings.some((w) => w.code === 'company_size_implied'));
  assert.ok(!google.factors.some((f) => f.id === 'company-size'), 'the company factor already compares like with like');
  assert.ok(google.bonusWhenPaid.incidence > 0.5, JSON.stringify(google.bonusWhenPaid));
  assert.ok(google.bonusWhenPaid.p50 > 0);
  const anyone = core.estimate({ years: 6, country: 'US' });
  assert.ok(anyone.bonusWhenPaid.incidence < google.bonusWhenPaid.incidence);
  const inGermany = core.estimate({ years: 6, country: 'DE', company: 'google' });
  assert.ok(inGermany.warnings.some((w) => w.code === 'company_outside_data'));
  assert.ok(!inGermany.factors.some((f) => f.id === 'company'));
});

test('city ids are readable slugs; the numeric ids of earlier versions still name the same city', async () => {
  const core = await createSalaryCore();
  const ids = new Set(core.catalog().cities.map((c) => c.id));
  for (const id of ['us-san-francisco', 'us-san-jose', 'us-seattle', 'us-boston', 'us-new-york',
    'us-portland-or', 'us-portland-me', 'cn-shanghai', 'de-berlin']) {
    assert.ok(ids.has(id), id);
  }
  assert.ok(![...ids].some((id) => /^us-\d+$/.test(id)), 'no numeric ids left in the catalog');
  for (const [old, id] of [['us-41860', 'us-san-francisco'], ['us-41940', 'us-san-jose'], ['us-42660', 'us-seattle']]) {
    const now = core.estimate({ years: 6, country: 'US', city: id });
    const before = core.estimate({ years: 6, country: 'US', city: old });
    assert.equal(before.ok, true, JSON.stringify(before));
    assert.equal(before.city, id, 'an old link is answered with the city\'s id');
    assert.deepEqual(before, now);
  }
});

test('a getter that throws is reported, not thrown into the caller', async () => {
  const core = await createSalaryCore();
  const hostile = { get years() { throw new Error('boom'); } };
  let r;
  assert.doesNotThrow(() => { r = core.estimate(hostile); });
  assert.equal(r.ok, false);
  assert.equal(core.estimate({ years: 1 }).ok, true);
});

test('curve and tiers report bad arguments as values', async () => {
  const core = await createSalaryCore();
  assert.equal(core.curve({ years: 1 }, '0', 20).error.field, 'fromYears');
  assert.equal(core.curve({ years: 1 }, 0, NaN).error.field, 'toYears');
  assert.equal(core.curve({ years: 1 }, 10, 5).error.code, 'out_of_range');
  const t = core.tiers({ role: 'astronaut' });
  assert.equal(t.length, 3);
  assert.ok(t.every((x) => x.ok === false && x.error.field === 'role'));
});

test('loadDataPack adds a pack; a rejected pack leaves the loaded ones untouched', async () => {
  const core = await createSalaryCore();
  const before = core.estimate({ years: 6 });
  const bad = JSON.parse(tinyPack);
  bad.cells[0].base.p75 = 1;  // below p50
  for (const [what, text, code] of [
    ['unordered percentiles', JSON.stringify(bad), 'unordered_percentiles'],
    ['truncated JSON', tinyPack.slice(0, 200), 'invalid_json'],
    ['a number', 42, 'invalid_type'],
    ['wrong schema version', tinyPack.replace('"schema_version": 1', '"schema_version": 9'), 'unsupported_schema'],
  ]) {
    const r = core.loadDataPack(text);
    assert.equal(r.ok, false, what);
    assert.equal(r.error.code, code, `${what}: ${r.error.message}`);
  }
  assert.deepEqual(core.catalog().datasets.map((d) => d.id), ['article-2019', 'market']);
  assert.deepEqual(core.estimate({ years: 6 }), before);

  assert.deepEqual(core.loadDataPack(tinyPack), { ok: true, id: 'tiny', replaced: false });
  assert.equal(core.estimate({ dataset: 'tiny', years: 8 }).base.p50, 200000);
  // A parsed object is accepted too.
  assert.deepEqual(core.loadDataPack(JSON.parse(tinyPack)), { ok: true, id: 'tiny', replaced: true });
});

test('instances are independent: a pack loaded in one is not in another', async () => {
  const [a, b] = await Promise.all([createSalaryCore(), createSalaryCore()]);
  assert.equal(a.loadDataPack(tinyPack).ok, true);
  assert.equal(a.estimate({ dataset: 'tiny', years: 2 }).ok, true);
  assert.equal(b.estimate({ dataset: 'tiny', years: 2 }).error.field, 'dataset');
});

test('purchasing power: the median in US dollars at US-average prices, with the place\'s price level and source', async () => {
  const core = await createSalaryCore();
  const sf = core.estimate({ years: 6, country: 'US', city: 'us-san-francisco' });
  const pp = sf.purchasingPower;
  assert.equal(pp.place, 'San Francisco-Oakland-Fremont, CA');
  assert.equal(pp.year, 2024);
  assert.match(pp.source, /BEA Regional Price Parities/);
  assert.ok(pp.priceLevel > 1.1 && pp.priceLevel < 1.25, `San Francisco prices ${pp.priceLevel} of the US average`);
  assert.ok(Math.abs(pp.total.p50 - sf.total.p50 / pp.priceLevel) < 1e-6);
  const india = core.estimate({ years: 6, country: 'IN' });
  const rate = india.factors.find((f) => f.id === 'currency').multiplier;  // INR a dollar
  assert.equal(india.currency, 'INR');
  assert.ok(india.purchasingPower.priceLevel > 0.15 && india.purchasingPower.priceLevel < 0.35);
  assert.ok(Math.abs(india.purchasingPower.total.p50 - india.total.p50 / rate / india.purchasingPower.priceLevel) < 1e-6);
  // A place without a price level has none (not its country's): Shanghai, San Juan.
  assert.equal(core.estimate({ years: 6, country: 'CN', city: 'cn-shanghai' }).purchasingPower, null);
  assert.equal(core.estimate({ years: 6, country: 'US', city: 'us-san-juan' }).purchasingPower, null);
  assert.equal(core.estimate({ years: 6, country: 'CN' }).purchasingPower.place, 'China');
});

test('levers: each one is the estimate of the changed profile, largest gain first, in the profile\'s currency', async () => {
  const core = await createSalaryCore();
  for (const profile of [{ years: 2, country: 'US' }, { years: 6, country: 'DE', city: 'de-berlin' },
    { years: 12, country: 'CN', city: 'cn-shanghai', role: 'data-scientist' }, { years: 4, country: 'IN', companySize: 'S' }]) {
    const base = core.estimate(profile);
    const r = core.levers(profile);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.ok(r.levers.length >= 5, `${r.levers.length} levers for ${JSON.stringify(profile)}`);
    const ids = new Set();
    r.levers.forEach((lever, i) => {
      assert.ok(!ids.has(lever.id), `one lever per id: ${lever.id}`);
      ids.add(lever.id);
      const changed = core.estimate(Object.assign({}, profile, lever.change, { currency: base.currency }));
      assert.deepEqual(lever.total, changed.total, lever.id);
      assert.equal(lever.payMonths, changed.payMonths, lever.id);
      assert.ok(Math.abs(lever.delta - (changed.total.p50 - base.total.p50)) < 1e-6);
      assert.ok(Math.abs(lever.deltaPercent - 100 * lever.delta / base.total.p50) < 1e-9);
      if (i > 0) assert.ok(r.levers[i - 1].delta >= lever.delta, 'largest gain first');
      assert.ok(lever.source.length > 0 && ['high', 'medium', 'low'].includes(lever.confidence));
    });
    for (const id of ['years', 'city', 'company-size']) assert.ok(ids.has(id), `${id} for ${JSON.stringify(profile)}`);
  }
  // Purchasing power where both places have one: San Francisco's dearer prices take some of the gain.
  const us = core.levers({ years: 2, country: 'US' }).levers.find((l) => l.id === 'city');
  assert.equal(us.change.city, 'us-san-jose');
  assert.ok(us.purchasingPowerPercent !== null && us.purchasingPowerPercent < us.deltaPercent);
  // Already in San Jose, named by its old numeric id: the best other seed city is suggested.
  const fromSanJose = core.levers({ years: 3, country: 'US', city: 'us-41940' }).levers.find((l) => l.id === 'city');
  assert.ok(fromSanJose && fromSanJose.change.city !== 'us-san-jose', JSON.stringify(fromSanJose));
  // Remote work for a US employer is a lever outside the US only.
  assert.ok(!core.levers({ years: 2, country: 'US' }).levers.some((l) => l.id === 'employer'));
  assert.ok(core.levers({ years: 2, country: 'IN' }).levers.some((l) => l.id === 'employer'));
  // China pays 13 monthly salaries a year; a US employer, or a job in a US city, 12.
  const cn = core.levers({ years: 6, country: 'CN' }).levers;
  const months = Object.fromEntries(cn.map((l) => [l.id, l.payMonths]));
  assert.deepEqual([months.employer, months.city, months.years, months['company-size']], [12, 12, 13, 13], JSON.stringify(months));
  assert.equal(core.estimate({ years: 6, country: 'CN' }).payMonths, 13);
  assert.equal(core.estimate({ years: 6, country: 'CN', employer: 'us-remote' }).payMonths, 12);
  // Bad input: an error value, as estimate gives it.
  assert.deepEqual(core.levers({ years: 'six' }), core.estimate({ years: 'six' }));
  assert.equal(core.levers(null).ok, false);
});

// Text crosses into the module as UTF-8 (web/embind-lean.js: setText) and comes back in the
// error that quotes it (through the record api.js reads): a NUL, Chinese, a surrogate pair and an
// accent unchanged; a lone surrogate as U+FFFD (api.js replaces it before it crosses). Text sent
// as Latin-1, or cut at a NUL, fails it.
test('text reaches the core unchanged and is quoted back in its error', async () => {
  const core = await createSalaryCore();
  for (const [typed, quoted] of [
    ['Z\u0000\u4e2d\u{1F600}x', 'Z\u0000\u4e2d\u{1F600}x'],
    ['caf\u00e9', 'caf\u00e9'],
    ['\ud800x', '\ufffdx'],
  ]) {
    const r = core.estimate({ years: 6, country: typed });
    assert.equal(r.ok, false);
    assert.equal(r.error.field, 'country');
    assert.ok(r.error.message.startsWith(`country: "${quoted}" is not`), JSON.stringify(r.error.message));
  }
});
