// Issue 11, the module that cannot die: what the bounds cost in memory (nothing, for a value
// that is refused), what a module failure leaves behind (a fresh module with the same packs),
// and the small defects of the first round (-0, curve's years, inherited fields, messages cut
// inside a character, a pack that replaces a built-in one).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const memories = require('./wasm-memory.js').install();
const { createSalaryCore, tinyPack } = require('./load.js');

const MARKET = fs.readFileSync(path.join(__dirname, '../../data/market.json'), 'utf8');
const sizes = () => memories.map((m) => m.buffer.byteLength);

test('refused values cost no wasm memory: huge strings, arrays, texts and nesting', async () => {
  const core = await createSalaryCore();
  core.loadDataPack(tinyPack);  // the pack compiler is loaded: its memory is watched too
  const good = core.estimate({ years: 6 });
  const before = sizes();
  const euros = '\u20ac'.repeat(50 * 1024 * 1024);  // 150 MB as UTF-8
  const huge = Object.assign([], { length: 2e7 });
  for (const [what, call] of [
    ['dataset of 150 MB', () => core.estimate({ years: 6, dataset: euros, role: euros })],
    ['an array of length 2e7 as the profile', () => core.estimate(huge)],
    ['the same to tiers', () => core.tiers(huge)[0]],
    ['the same to curve', () => core.curve(huge, 0, 20)],
    ['the same to percentile', () => core.percentile(huge, 1e5)],
    ['a 50 MB pack', () => core.loadDataPack('x'.repeat(50 * 1024 * 1024))],
    ['a pack of 9 MB in 3 million characters', () => core.loadDataPack('\u20ac'.repeat(3 * 1024 * 1024))],
  ]) {
    const r = call();
    assert.equal(r.ok, false, what);
    assert.deepEqual(sizes(), before, `${what}: wasm memory grew`);
  }
  // 8 MB of brackets is within the size limit: the text is copied into the pack compiler, and
  // refused at depth 17 instead of being built (181 MB before).
  const nested = core.loadDataPack('['.repeat(4e6) + ']'.repeat(4e6));
  assert.equal(nested.error.code, 'too_large');
  const grown = sizes().reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0);
  assert.ok(grown <= 2 * 8e6, `4 million nested brackets grew the memory by ${grown} bytes`);
  assert.deepEqual(core.estimate({ years: 6 }), good);
});

test('a module that runs out of memory is replaced by a fresh one with the same packs', async () => {
  const first = memories.length;
  const core = await createSalaryCore();
  const memory = memories[first];
  assert.equal(core.loadDataPack(tinyPack).ok, true);
  assert.equal(core.loadDataPack(tinyPack.replace('"id": "tiny"', '"id": "tiny-two"')).ok, true);
  assert.equal(core.loadDataPack(tinyPack).replaced, true);  // keeps its place before tiny-two
  const tiny = core.estimate({ dataset: 'tiny', years: 2 });
  const good = core.estimate({ years: 6, country: 'DE' });
  // The engine refuses to grow the module's memory (as near the 2 GB limit), and the module
  // needs more than it has for copies of the market pack: malloc fails and the module aborts.
  let result = null;
  const loaded = [];
  let order = null;
  memory.grow = function () { throw new RangeError('refused'); };
  const market = JSON.parse(MARKET);
  for (let i = 0; i < 8 && !result; i++) {
    market.id = `copy-${i}`;
    const r = core.loadDataPack(market);
    if (r.ok) {
      loaded.push(r.id);
      order = core.catalog().datasets.map((d) => d.id);
    } else {
      result = r;
    }
  }
  assert.ok(result, 'the module never needed more memory');
  assert.ok(memory.buffer.byteLength === 4194304, 'the old module never grew');
  assert.equal(result.error.code, 'internal');
  assert.match(result.error.message, /^jsonText: the calculator failed \(.*\) and was restarted/);
  // The fresh module (its own memory, which may grow) answers as the old one did, with the
  // packs that were loaded.
  assert.deepEqual(core.estimate({ years: 6, country: 'DE' }), good);
  assert.deepEqual(core.estimate({ dataset: 'tiny', years: 2 }), tiny);
  const datasets = core.catalog().datasets.map((d) => d.id);
  assert.ok(datasets.includes('tiny'));
  if (order) assert.deepEqual(datasets, order, 'the packs in the same order');
  for (const id of loaded) assert.ok(datasets.includes(id), `${id}: ${result.error.message}`);
  assert.match(result.error.message, /restarted with its data packs$/);
  assert.equal(core.loadDataPack(tinyPack).replaced, true);
  assert.equal(core.unloadDataPack('tiny-two').ok, true);
  assert.equal(core.loadDataPack(MARKET.replace('"id": "market"', '"id": "copy-9"')).ok, true);
});

test('at most 10 packs are loaded; a pack that replaced a built-in one can be unloaded', async () => {
  const core = await createSalaryCore();
  const pack = JSON.parse(tinyPack);
  for (let i = 0; i < 8; i++) {
    pack.id = `tiny-${i}`;
    assert.equal(core.loadDataPack(pack).ok, true, `pack ${i}`);
  }
  pack.id = 'one-too-many';
  const refused = core.loadDataPack(pack);
  assert.equal(refused.error.code, 'too_large');
  assert.equal(refused.error.field, 'jsonText');
  assert.match(refused.error.message, /10 data packs are loaded/);
  assert.equal(core.catalog().datasets.length, 10);
  assert.deepEqual(core.unloadDataPack('tiny-0'), { ok: true, id: 'tiny-0', restored: false });
  assert.equal(core.loadDataPack(pack).ok, true);

  const market = core.estimate({ years: 6 });
  const mine = JSON.parse(MARKET);
  mine.cells.forEach((c) => ['base', 'bonus', 'total'].forEach((d) => {
    for (const k of Object.keys(c[d])) c[d][k] *= 2;
  }));
  assert.equal(core.unloadDataPack('tiny-1').ok, true);
  assert.deepEqual(core.loadDataPack(mine), { ok: true, id: 'market', replaced: true });
  assert.equal(core.estimate({ years: 6 }).total.p50, market.total.p50 * 2);
  assert.deepEqual(core.unloadDataPack('market'), { ok: true, id: 'market', restored: true });
  assert.deepEqual(core.estimate({ years: 6 }), market);
  const builtin = core.unloadDataPack('market');
  assert.equal(builtin.error.code, 'invalid_value');
  assert.equal(builtin.error.field, 'id');
  assert.equal(core.unloadDataPack('nope').error.code, 'unknown_id');
  assert.equal(core.unloadDataPack(['market']).error.code, 'invalid_type');
});

test('messages never cut a character in two', async () => {
  const core = await createSalaryCore();
  for (const [field, profile] of [
    ['role', { years: 6, role: '\u20ac'.repeat(100) }],
    ['dataset', { years: 6, dataset: 'x\u20ac'.repeat(50) }],
    ['role', { years: 6, role: '\ud83d\ude00'.repeat(100) }],
  ]) {
    const r = core.estimate(profile);
    assert.equal(r.error.field, field);
    assert.ok(!r.error.message.includes('\ufffd'), r.error.message);
    assert.match(r.error.message, /\.\.\."/, r.error.message);
  }
  const component = core.percentile({ years: 6 }, 1e5, '\u20ac'.repeat(30));
  assert.equal(component.error.field, 'component');
  assert.ok(!component.error.message.includes('\ufffd'), component.error.message);
});

test('small ones: -0 years, curve without years and to its end, inherited fields', async () => {
  const core = await createSalaryCore();
  assert.ok(Object.is(core.estimate({ years: -0 }).years, 0));
  assert.ok(Object.is(core.curve({}, -0, 1)[0].years, 0));
  const curve = core.curve({ country: 'DE' }, 0.1, 20);
  assert.ok(Array.isArray(curve), JSON.stringify(curve));
  assert.equal(curve[0].years, 0.1);
  assert.equal(curve.at(-2).years, 19.6);
  assert.equal(curve.at(-1).years, 20);
  const { mean, ...last } = core.estimate({ country: 'DE', years: 20 }).total;  // eslint-disable-line no-unused-vars
  assert.deepEqual(curve.at(-1).total, last);
  assert.equal(core.curve({ years: 'ignored' }, 0, 20).length, 41);
  Object.prototype.country = 'DE';  // eslint-disable-line no-extend-native
  try {
    assert.equal(core.estimate({ years: 6 }).country, 'US');
  } finally {
    delete Object.prototype.country;
  }
  const lone = core.estimate({ years: 6, city: 'us-\ud800' });
  assert.equal(lone.error.field, 'city');
  assert.match(lone.error.message, /"us-\ufffd"/);
});

test('a title holding U+001F never passes for two strings of the answer before', async () => {
  // The record's text is kept from one answer to the next as far as it is the same. At 6 and
  // 9 years the tiny pack's answers differ first in the bonus's source (its junior level's
  // below 8 years, its senior level's above), which is followed by the place and source of the
  // purchasing power. A senior source titled "<title>U+001F<place>" must not match the
  // answer before's "<title>", "<place>", nor shift the strings after it.
  const core = await createSalaryCore();
  const pack = JSON.parse(tinyPack);
  const title = pack.sources[0].title;
  const place = pack.countries.find((c) => c.id === 'US').label;
  pack.sources.push({ ...pack.sources[0], id: 'made-up-2', title: `${title}\u001f${place}` });
  pack.levels[1].bonus.source = 'made-up-2';
  assert.equal(core.loadDataPack(JSON.stringify(pack)).ok, true);
  const strings = (years) => {
    const r = core.estimate({ dataset: 'tiny', years });
    assert.equal(r.ok, true, JSON.stringify(r));
    return [r.tier, r.level, r.bonusWhenPaid.source, r.purchasingPower.place, r.purchasingPower.source];
  };
  assert.deepEqual(strings(6), ['mid', 'senior', title, place, title]);
  assert.deepEqual(strings(9), ['mid', 'senior', `${title} ${place}`, place, title]);
  assert.deepEqual(strings(6), ['mid', 'senior', title, place, title]);
});

test('a pack of 7.6 MB in emoji is under the 8 MB limit (a surrogate pair is 4 bytes)', async () => {
  const core = await createSalaryCore();
  const doc = JSON.parse(tinyPack);
  const text = JSON.stringify(doc);
  const pad = '\ud83d\ude00'.repeat(Math.floor((7.6 * 1024 * 1024 - text.length) / 4));
  const padded = text.slice(0, -1) + ',"padding":"' + pad + '"}';
  assert.ok(Buffer.byteLength(padded) < 8 * 1024 * 1024 && padded.length * 3 > 8 * 1024 * 1024);
  const r = core.loadDataPack(padded);  // (a field the schema does not know is not read)
  assert.deepEqual(r, { ok: true, id: 'tiny', replaced: false });
});
