// The table of calls behind the golden-results test (golden.test.js, golden-results.txt):
// thousands of calls of the public JS API, valid and invalid, in a fixed order. calls(catalog)
// enumerates the built-in datasets' ids from catalog() and returns [{method, args, what?}];
// `what` (optional) names a call whose args do not describe it well, such as a data pack.
// The calls run in order on ONE instance: loadDataPack changes what later calls see.
// Append new calls at the end only when a change of results is intended, then regenerate
// golden-results.txt (see golden.js).
'use strict';
const fs = require('fs');
const path = require('path');

const TINY_TEXT = fs.readFileSync(path.resolve(__dirname, '../fixtures/tiny-pack.json'), 'utf8');
const EIGHT_MB = 8 * 1024 * 1024;

// The fixture with one edit, as JSON text (or as the edited object with asObject).
function tinyPack(edit, asObject) {
  const doc = JSON.parse(TINY_TEXT);
  edit(doc);
  return asObject ? doc : JSON.stringify(doc);
}

// The fixture padded with spaces to exactly `bytes` bytes of UTF-8: still valid JSON.
function paddedTiny(bytes) {
  return TINY_TEXT + ' '.repeat(bytes - Buffer.byteLength(TINY_TEXT, 'utf8'));
}

function datasetOf(catalog, id) {
  const d = catalog.datasets.find((x) => x.id === id);
  if (!d) throw new Error(`catalog() has no dataset ${id}`);
  return d;
}

function estimateCalls(catalog, market, article) {
  const out = [];
  const add = (profile) => out.push({ method: 'estimate', args: [profile] });
  const cityCountry = new Map(catalog.cities.map((c) => [c.id, c.country]));

  // Every role in every country, local employer, at the senior anchor.
  for (const role of market.roles) {
    for (const country of market.countries) add({ dataset: 'market', years: 7.5, role, country });
  }
  // ML engineers everywhere across the level and tier edges, local and remote.
  for (const country of market.countries) {
    for (const years of [0, 4.99, 5, 12, 60]) {
      for (const employer of ['local', 'us-remote']) {
        add({ dataset: 'market', years, role: 'ml-engineer', country, employer });
      }
    }
  }
  // Every city, in its own country.
  for (const city of market.cities) {
    add({ dataset: 'market', years: 6, country: cityCountry.get(city), city });
  }
  // Every company in the US, and every 10th in Germany.
  market.companies.forEach((company, i) => {
    add({ dataset: 'market', years: 6, country: 'US', company });
    if (i % 10 === 0) add({ dataset: 'market', years: 6, country: 'DE', company });
  });
  // Company sizes: alone, next to a company without its own size, next to one with a size.
  const companies = catalog.companies.filter((c) => market.companies.includes(c.id));
  const unsized = companies.find((c) => c.size === null);
  const sized = companies.find((c) => c.size !== null);
  for (const companySize of ['S', 'M', 'L']) {
    add({ dataset: 'market', years: 6, companySize });
    if (unsized) add({ dataset: 'market', years: 6, company: unsized.id, companySize });
    if (sized) add({ dataset: 'market', years: 6, company: sized.id, companySize });
  }
  // Every currency of each dataset, from Germany and from the US.
  for (const d of [market, article]) {
    for (const currency of d.currencies) {
      for (const country of ['DE', 'US']) add({ dataset: d.id, years: 6, country, currency });
    }
  }
  // The article's dataset across its tier edges.
  for (const role of article.roles) {
    for (const country of article.countries) {
      for (const years of [0, 3, 4.99, 5, 9.99, 10, 30]) {
        add({ dataset: 'article-2019', years, role, country });
      }
    }
  }
  // Defaults: only years, the default dataset with nothing else.
  add({ years: 6 });
  add({ years: 0 });
  // A dataset that is not loaded yet (loaded near the end of the table).
  add({ dataset: 'tiny', years: 2 });

  // Bad inputs. Wrong types for each string field.
  for (const field of ['dataset', 'role', 'country', 'city', 'company', 'companySize',
    'currency', 'employer']) {
    for (const value of [5, true, ['x'], {}, null]) add({ years: 6, [field]: value });
  }
  // Years: wrong types and out of range; -0 and tiny values are valid.
  for (const years of ['6', '', NaN, Infinity, -Infinity, -1, 61, 60.0001, -0, 1e-7, 1e300,
    -1e-7, true, null, [6], {}]) {
    add({ years });
  }
  add({ role: 'ml-engineer' });  // years missing
  // Unknown ids.
  add({ years: 6, dataset: 'nope' });
  add({ years: 6, role: 'astronaut' });
  add({ years: 6, country: 'ZZ' });
  add({ years: 6, country: 'DE', city: 'de-nowhere' });
  add({ years: 6, company: 'no-such-company' });
  add({ years: 6, currency: 'XXX' });
  add({ years: 6, employer: 'remote' });
  add({ years: 6, companySize: 'XL' });
  // Lower case where codes are upper case.
  add({ years: 6, country: 'de' });
  add({ years: 6, currency: 'eur' });
  add({ years: 6, companySize: 's' });
  // Empty strings.
  for (const field of ['dataset', 'role', 'country', 'city', 'company', 'companySize',
    'currency', 'employer']) {
    add({ years: 6, [field]: '' });
  }
  // Ids at and over the 40-character limit.
  for (const field of ['dataset', 'role', 'city', 'company']) {
    for (const length of [40, 41, 65]) add({ years: 6, [field]: 'a'.repeat(length) });
  }
  add({ years: 6, country: 'U'.repeat(41) });
  add({ years: 6, currency: 'E'.repeat(65) });
  // Not a profile at all.
  for (const profile of [null, 5, 'x', [], undefined, true, {}]) out.push({ method: 'estimate', args: [profile] });
  out.push({ method: 'estimate', args: [] });
  // Unicode.
  add({ years: 6, role: '€'.repeat(50) });
  add({ years: 6, country: 'd\u00e9' });
  add({ years: 6, city: '\u00fc\u00f1\u00ee' });
  add({ years: 6, company: '\u{1F600}' });
  add({ years: 6, dataset: 'm\u0000arket' });
  // A city in another country than the profile's, and a remote profile with a city.
  const firstUsCity = catalog.cities.find((c) => c.country === 'US' && market.cities.includes(c.id));
  const firstDeCity = catalog.cities.find((c) => c.country === 'DE' && market.cities.includes(c.id));
  if (firstUsCity) add({ years: 6, country: 'DE', city: firstUsCity.id });
  if (firstDeCity) add({ years: 6, country: 'US', city: firstDeCity.id });
  if (firstDeCity) add({ years: 6, country: 'DE', city: firstDeCity.id, employer: 'us-remote' });
  if (firstUsCity) add({ years: 6, country: 'US', city: firstUsCity.id, employer: 'us-remote' });
  // The article's dataset has no remote figures, cities or companies.
  add({ years: 6, dataset: 'article-2019', employer: 'us-remote' });
  if (firstUsCity) add({ years: 6, dataset: 'article-2019', city: firstUsCity.id });
  if (unsized) add({ years: 6, dataset: 'article-2019', company: unsized.id });
  add({ years: 6, dataset: 'article-2019', country: 'DE' });
  add({ years: 6, dataset: 'article-2019', role: 'data-scientist' });
  add({ years: 6, dataset: 'article-2019', companySize: 'L' });
  // Extra fields are ignored.
  add({ years: 6, colour: 'blue', __proto__: null });
  return out;
}

function tiersCalls(market, article) {
  const out = [];
  const add = (profile) => out.push({ method: 'tiers', args: [profile] });
  for (const role of market.roles) {
    for (const country of market.countries) add({ dataset: 'market', role, country });
  }
  add({ dataset: 'article-2019' });
  for (const role of article.roles) add({ dataset: 'article-2019', role, years: 99 });
  add({});
  add({ employer: 'us-remote', country: 'IN' });
  // Bad inputs (tiers ignores years, so bad years still give figures).
  for (const profile of [null, 5, 'x', undefined, { role: 'astronaut' }, { country: 'ZZ' },
    { dataset: 'nope' }, { currency: 'XXX' }, { employer: 'remote' }, { city: 42 },
    { years: 'abc' }, { dataset: 'article-2019', employer: 'us-remote' }]) {
    out.push({ method: 'tiers', args: [profile] });
  }
  return out;
}

function curveCalls(catalog, market) {
  const out = [];
  const add = (profile, from = 0, to = 20) => out.push({ method: 'curve', args: [profile, from, to] });
  for (const role of market.roles) add({ dataset: 'market', years: 6, role, country: 'US' });
  market.countries.forEach((country, i) => {
    if (i % 5 === 0) add({ dataset: 'market', years: 6, role: 'ml-engineer', country });
    if (i % 10 === 3) add({ dataset: 'market', years: 6, country, employer: 'us-remote' });
  });
  market.cities.forEach((city, i) => {
    if (i % 100 === 0) {
      add({ years: 6, country: catalog.cities.find((c) => c.id === city).country, city });
    }
  });
  market.companies.forEach((company, i) => {
    if (i % 150 === 0) add({ years: 6, company });
  });
  for (const companySize of ['S', 'M', 'L']) add({ years: 6, companySize });
  for (const currency of ['EUR', 'GBP', 'JPY', 'INR']) add({ years: 6, country: 'DE', currency });
  add({ dataset: 'article-2019', years: 3 });
  add({ dataset: 'article-2019', years: 3, currency: 'USD' });
  add({ years: 6, role: 'data-analyst', country: 'CN' });
  // Bad profiles.
  for (const profile of [null, 'x', { years: NaN }, { years: 6, role: 'astronaut' },
    { years: 6, dataset: 'nope' }]) {
    add(profile);
  }
  add({ years: 'abc' });  // tiers ignore years; does curve?
  // Ranges.
  const p = { years: 6 };
  for (const [from, to] of [[3.3, 9.1], [0, 60], [20, 0], [-1, 5], [0, 61], [NaN, 5], ['0', 20],
    [0.1, 20], [5, 5], [0, 0], [60, 60], [0, Infinity], [0, undefined], [undefined, 20],
    [0, null], [[0], 20], [0, 59.99]]) {
    add(p, from, to);
  }
  out.push({ method: 'curve', args: [p] });
  add({ dataset: 'article-2019', years: 0 }, 3.3, 9.1);
  return out;
}

function percentileCalls() {
  const out = [];
  const profiles = [
    { years: 6 },
    { dataset: 'article-2019', years: 3 },
    { years: 12, role: 'data-scientist', country: 'DE' },
  ];
  for (const profile of profiles) {
    for (const amount of [1, 1000, 50000, 150000, 250000, 1e7]) {
      for (const component of [undefined, 'base', 'total', 'bonus', 5]) {
        out.push({ method: 'percentile', args: [profile, amount, component] });
      }
    }
  }
  for (const amount of [0, -5, NaN, '100', Infinity, null, undefined, [1000], 1e300, 5e-324]) {
    out.push({ method: 'percentile', args: [{ years: 6 }, amount] });
  }
  for (const profile of [{ years: 6, country: 'DE', currency: 'USD' }, { years: 6, company: 'google' },
    { years: 6, country: 'IN', employer: 'us-remote' }, null, { years: -1 }, { dataset: 'nope', years: 1 }]) {
    out.push({ method: 'percentile', args: [profile, 120000, 'total'] });
  }
  out.push({ method: 'percentile', args: [{ years: 6 }, 150000, ''] });
  out.push({ method: 'percentile', args: [{ years: 6 }, 150000, 'BASE'] });
  out.push({ method: 'percentile', args: [{ years: 6 }] });
  return out;
}

// [what, jsonText or object]: corrupt or odd variants of the tiny pack, each its own call.
function packVariants() {
  return [
    ['missing schema_version', tinyPack((d) => { delete d.schema_version; })],
    ['missing id', tinyPack((d) => { delete d.id; })],
    ['missing label', tinyPack((d) => { delete d.label; })],
    ['missing currency', tinyPack((d) => { delete d.currency; })],
    ['missing sources', tinyPack((d) => { delete d.sources; })],
    ['missing levels', tinyPack((d) => { delete d.levels; })],
    ['missing roles', tinyPack((d) => { delete d.roles; })],
    ['missing countries', tinyPack((d) => { delete d.countries; })],
    ['missing currencies', tinyPack((d) => { delete d.currencies; })],
    ['missing cells', tinyPack((d) => { delete d.cells; })],
    ['missing cell total', tinyPack((d) => { delete d.cells[2].total; })],
    ['missing years_model', tinyPack((d) => { delete d.years_model; })],
    ['id a number', tinyPack((d) => { d.id = 7; })],
    ['id with capitals', tinyPack((d) => { d.id = 'Tiny'; })],
    ['levels an object', tinyPack((d) => { d.levels = { junior: d.levels[0] }; })],
    ['pay as text', tinyPack((d) => { d.cells[0].base.p50 = '100000'; })],
    ['n fractional', tinyPack((d) => { d.cells[0].n = 1.5; })],
    ['duplicate role id', tinyPack((d) => { d.roles.push(d.roles[0]); })],
    ['duplicate country id', tinyPack((d) => { d.countries[1].id = 'US'; })],
    ['duplicate cell', tinyPack((d) => { d.cells.push(d.cells[0]); })],
    ['unordered percentiles', tinyPack((d) => { d.cells[1].base.p25 = 210000; })],
    ['total below base', tinyPack((d) => { d.cells[0].total.p10 = 70000; })],
    ['negative bonus', tinyPack((d) => { d.cells[3].bonus.p10 = -1; })],
    ['cell of an unknown role', tinyPack((d) => { d.cells[0].role = 'astronaut'; })],
    ['cell of an unknown country', tinyPack((d) => { d.cells[0].country = 'ZZ'; })],
    ['cell of an unknown level', tinyPack((d) => { d.cells[0].level = 'mid'; })],
    ['cell of an unknown source', tinyPack((d) => { d.cells[0].source = 'nowhere'; })],
    ['city of an unknown country', tinyPack((d) => { d.cities[0].country = 'ZZ'; })],
    ['company of an unknown tier', tinyPack((d) => { d.companies[0].tier = 'nope'; })],
    ['company measured in an unknown country', tinyPack((d) => { d.companies[2].countries = ['ZZ']; })],
    ['company size XL', tinyPack((d) => { d.companies[2].size = 'XL'; })],
    ['country of an unknown currency', tinyPack((d) => { d.countries[1].currency = 'GBP'; })],
    ['pack currency without a rate', tinyPack((d) => { d.currency = 'GBP'; })],
    ['schema_version 2', tinyPack((d) => { d.schema_version = 2; })],
    ['invalid JSON text', '{"schema_version": 1, "id": tiny}'],
    ['truncated text', TINY_TEXT.slice(0, Math.floor(TINY_TEXT.length / 2))],
    ['empty text', ''],
    ['a number', 5],
    ['null', null],
    ['undefined', undefined],
    ['a JSON array', '[]'],
    ['a level gap', tinyPack((d) => { d.levels[1].from_years = 6; })],
    ['first level from 1 year', tinyPack((d) => { d.levels[0].from_years = 1; })],
    ['anchor outside its level', tinyPack((d) => { d.levels[0].anchor_years = 5; })],
    ['bad country code', tinyPack((d) => { d.countries[3].id = 'AUT'; })],
    ['lower-case country code', tinyPack((d) => { d.countries[3].id = 'at'; })],
    ['bad currency code', tinyPack((d) => {
      d.currencies[1].id = 'EURO';
      for (const c of d.countries) if (c.currency === 'EUR') c.currency = 'EURO';
    })],
    ['pay_months 11', tinyPack((d) => { d.countries[2].pay_months = 11; })],
    ['level_factors missing a level', tinyPack((d) => { delete d.countries[4].level_factors.senior; })],
    ['level_factors with an unknown level', tinyPack((d) => { d.countries[4].level_factors.mid = 0.5; })],
    ['remote without remote_reference', tinyPack((d) => { delete d.remote_reference; })],
    ['remote_reference unknown', tinyPack((d) => { d.remote_reference = 'ZZ'; })],
    ['zero city factor', tinyPack((d) => { d.cities[0].factor = 0; })],
    ['zero exchange rate', tinyPack((d) => { d.currencies[1].per_usd = 0; })],
    ['bonus incidence 1.5', tinyPack((d) => { d.levels[0].bonus.incidence = 1.5; })],
    ['a (role, country) pair missing a level', tinyPack((d) => { d.cells.splice(1, 1); })],
    ['years_model cubic', tinyPack((d) => { d.years_model = 'cubic'; })],
    ['text over 8 MB', paddedTiny(EIGHT_MB + 1)],
    ['an edited object instead of text', tinyPack((d) => { d.schema_version = 2; }, true)],
  ];
}

// Figures of the tiny pack (tests/fixtures/tiny-pack.json), once loaded.
function tinyCalls() {
  const out = [];
  const est = (profile) => out.push({ method: 'estimate', args: [{ dataset: 'tiny', ...profile }] });
  for (const country of ['US', 'DE', 'FR', 'AT', 'ES', 'KE']) {
    for (const years of [2, 6.5]) est({ years, country });
  }
  est({ years: 0 });
  est({ years: 3.5 });
  est({ years: 40 });
  est({ years: 2, country: 'ES', employer: 'us-remote' });
  est({ years: 8, country: 'KE', employer: 'us-remote' });
  est({ years: 8, country: 'DE', employer: 'us-remote' });
  est({ years: 8, country: 'US', employer: 'us-remote' });
  est({ years: 4, city: 'us-seattle' });
  est({ years: 4, country: 'ES', city: 'es-madrid' });
  est({ years: 4, country: 'ES', city: 'es-madrid', employer: 'us-remote' });
  est({ years: 4, company: 'acme' });
  est({ years: 4, company: 'globex' });
  est({ years: 4, company: 'hooli' });
  est({ years: 4, country: 'FR', company: 'hooli' });
  est({ years: 4, companySize: 'S' });
  est({ years: 4, companySize: 'M' });
  est({ years: 4, company: 'globex', companySize: 'L' });
  est({ years: 4, country: 'FR', currency: 'USD' });
  est({ years: 4, country: 'US', currency: 'EUR' });
  est({ years: 4, currency: 'GBP' });
  est({ years: 4, role: 'data-scientist' });
  est({ years: 4, country: 'CN' });
  for (const country of ['US', 'FR', 'ES', 'KE']) {
    out.push({ method: 'tiers', args: [{ dataset: 'tiny', country }] });
  }
  for (const country of ['US', 'FR', 'KE']) {
    out.push({ method: 'curve', args: [{ dataset: 'tiny', years: 1, country }, 0, 20] });
  }
  out.push({ method: 'curve', args: [{ dataset: 'tiny', years: 1, country: 'ES', employer: 'us-remote' }, 0, 12] });
  out.push({ method: 'percentile', args: [{ dataset: 'tiny', years: 6, country: 'FR' }, 100000, 'total'] });
  return out;
}

function calls(catalog) {
  const market = datasetOf(catalog, 'market');
  const article = datasetOf(catalog, 'article-2019');
  const out = [{ method: 'catalog', args: [] }];
  out.push(...estimateCalls(catalog, market, article));
  out.push(...tiersCalls(market, article));
  out.push(...curveCalls(catalog, market));
  out.push(...percentileCalls());

  const pack = (what, text) => out.push({ method: 'loadDataPack', args: [text], what });
  pack('tiny pack as text', TINY_TEXT);
  for (const [what, text] of packVariants()) pack(`tiny pack, ${what}`, text);
  out.push(...tinyCalls());
  // Accepted today although SCHEMA.md asks for YYYY-MM-DD; replaced by the loads below.
  pack('tiny pack, as_of not a date', tinyPack((d) => { d.as_of = 'January 2025'; }));
  out.push({ method: 'catalog', args: [] });
  pack('tiny pack as an object (replaces it)', JSON.parse(TINY_TEXT));
  pack('tiny pack padded to exactly 8 MB (replaces it)', paddedTiny(EIGHT_MB));
  pack('tiny pack as text again (replaces it)', TINY_TEXT);
  out.push({ method: 'catalog', args: [] });
  out.push({ method: 'estimate', args: [{ dataset: 'tiny', years: 6.5, country: 'FR' }] });
  // A second pack with another id next to tiny, and a pack trying to replace a built-in one.
  pack('tiny pack with id tiny-two', tinyPack((d) => { d.id = 'tiny-two'; d.cells[0].base.mean = 100500; }));
  out.push({ method: 'estimate', args: [{ dataset: 'tiny-two', years: 2 }] });
  pack('tiny pack with id article-2019', tinyPack((d) => { d.id = 'article-2019'; }));
  out.push({ method: 'estimate', args: [{ dataset: 'article-2019', years: 3 }] });
  out.push({ method: 'catalog', args: [] });
  return out;
}

module.exports = { calls };
