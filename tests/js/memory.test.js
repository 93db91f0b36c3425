// Memory stays flat over 100k estimates through the wasm API: the module's linear memory
// (found without touching the public API, see wasm-memory.js) does not grow once warm.
// Deterministic: the same calls in the same order allocate the same way. A leak of a result
// (kilobytes per call) would need hundreds of MB and grow the memory many times over; leaks
// of a few bytes per call could hide in the free heap, and the native ASan/LSan suite
// (make test-asan) looks for those in core.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const memories = require('./wasm-memory.js').install();
const { createSalaryCore } = require('./load.js');

const CALLS = 100000;
// A valid estimate with a city, one that falls back to a region, and errors that take other
// paths through core and the bindings.
const PROFILES = [
  { dataset: 'market', years: 6, role: 'ml-engineer', country: 'US', city: 'us-san-jose' },
  { dataset: 'market', years: 12.5, role: 'data-scientist', country: 'DE', currency: 'USD' },
  { dataset: 'article-2019', years: 3 },
  { dataset: 'market', years: NaN },
  { dataset: 'nope', years: 1 },
];

test('the wasm memory does not grow over 100k estimates', async () => {
  const core = await createSalaryCore();
  assert.equal(memories.length, 1, 'one module, one memory');
  const memory = memories[0];
  const results = new Map();
  for (let i = 0; i < 1000; i++) {  // warm-up: the allocator reaches its working set
    const r = core.estimate(PROFILES[i % PROFILES.length]);
    results.set(i % PROFILES.length, r.ok);
  }
  assert.deepEqual([...results.values()], [true, true, true, false, false]);
  core.tiers(PROFILES[0]);
  core.curve(PROFILES[0], 0, 20);

  const before = memory.buffer.byteLength;
  let ok = 0;
  for (let i = 0; i < CALLS; i++) {
    if (core.estimate(PROFILES[i % PROFILES.length]).ok) ok++;
  }
  assert.equal(ok, (CALLS / PROFILES.length) * 3, 'the valid profiles kept succeeding');
  assert.equal(memory.buffer.byteLength, before,
    `linear memory grew from ${before} to ${memory.buffer.byteLength} bytes`);

  // The other calls, 2,000 rounds each (a curve is 41 estimates): still no growth.
  for (let i = 0; i < 2000; i++) {
    const profile = PROFILES[i % PROFILES.length];
    core.tiers(profile);
    core.curve(profile, 0, 20);
    core.percentile(profile, 150000, i % 2 ? 'base' : 'total');
    core.catalog();
  }
  assert.equal(memory.buffer.byteLength, before,
    `linear memory grew to ${memory.buffer.byteLength} bytes over tiers, curve, percentile, catalog`);
});

// api.js reads each answer straight from the module's memory (m.HEAPF64) and writes the fast
// path's profile there: a view made before the memory grew would read zeros.
test('answers stay right after the memory grows', async () => {
  const first = memories.length;
  const core = await createSalaryCore();
  const memory = memories[first];  // the module's own (the pack compiler comes later)
  const before = PROFILES.slice(0, 3).map((p) => core.estimate(p));
  const curve = core.curve(PROFILES[0], 0, 20);
  const pack = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/market.json'), 'utf8'));
  const size = memory.buffer.byteLength;
  for (let i = 0; memory.buffer.byteLength === size && i < 100; i++) {
    pack.id = `copy-${i}`;
    const loaded = core.loadDataPack(pack);
    assert.ok(loaded.ok, JSON.stringify(loaded));
  }
  assert.ok(memory.buffer.byteLength > size, 'the memory grew');
  assert.deepEqual(PROFILES.slice(0, 3).map((p) => core.estimate(p)), before);
  assert.deepEqual(core.curve(PROFILES[0], 0, 20), curve);
  const copy = core.estimate({ ...PROFILES[0], dataset: 'copy-0' });
  assert.deepEqual(copy.total, before[0].total);
  assert.ok(core.catalog().datasets.some((d) => d.id === 'copy-0'));
});
