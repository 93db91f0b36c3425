// loadDataPack in Chromium: the pack compiler (dist/salary-pack-compiler.js) is a separate file
// that the page loads with its own <script>; the widget file does not carry it.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { launch, open, fileUrl, ROOT } = require('./browser.js');

const tinyPack = fs.readFileSync(path.join(ROOT, 'tests/fixtures/tiny-pack.json'), 'utf8');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

test('with salary-pack-compiler.js, loadDataPack works under a strict CSP, synchronously', async () => {
  const { page, seen } = await open(browser.context, fileUrl('tests/browser/pages/pack-compiler.html'));
  const out = await page.evaluate(async (text) => {
    const core = await createSalaryCore();
    const loaded = core.loadDataPack(text);
    const bad = core.loadDataPack('{"schema_version": 2}');
    return { loaded, bad, estimate: core.estimate({ dataset: 'tiny', years: 8 }) };
  }, tinyPack);
  assert.deepEqual(out.loaded, { ok: true, id: 'tiny', replaced: false });
  assert.equal(out.bad.error.code, 'unsupported_schema');
  assert.equal(out.estimate.ok, true, JSON.stringify(out.estimate));
  assert.equal(out.estimate.base.p50, 200000);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('without it, loadDataPack says what is missing, and estimates still work', async () => {
  const { page, seen } = await open(browser.context, fileUrl('tests/browser/pages/blank.html'));
  const out = await page.evaluate(async (text) => {
    const core = await createSalaryCore();
    return { loaded: core.loadDataPack(text), estimate: core.estimate({ years: 6 }).ok };
  }, tinyPack);
  assert.equal(out.loaded.ok, false);
  assert.equal(out.loaded.error.code, 'unavailable');
  assert.match(out.loaded.error.message, /salary-pack-compiler\.js/);
  assert.equal(out.estimate, true);
  // The compiler script added later is found by the same instance.
  const later = await page.evaluate(async (text) => {
    const core = await createSalaryCore();
    const before = core.loadDataPack(text).ok;
    const script = document.createElement('script');
    script.src = '../../../dist/salary-pack-compiler.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.body.appendChild(script);
    });
    return { before, after: core.loadDataPack(text) };
  }, tinyPack);
  assert.equal(later.before, false);
  assert.deepEqual(later.after, { ok: true, id: 'tiny', replaced: false });
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.violations, []);
  await page.close();
});
