// The bad-input table for the element's attributes and the page's URL hash: every bad value
// falls back to its documented default with a visible note, stays text, and breaks nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, open, fileUrl } = require('./browser.js');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

const PAYLOAD = '<img src=x onerror=window.__pwned=1>';

// [attribute, value, the default shown (result field, value)]
const ATTRIBUTES = [
  ['years', 'abc', 'years', 3],
  ['years', 'NaN', 'years', 3],
  // (Numbers of years outside 0-60, such as -1 and 1e308, are brought to 0 and 60 without a
  // note: reader.test.js, "years".)
  ['years', 'Infinity', 'years', 3],
  ['years', '', 'years', 3],
  ['job-role', PAYLOAD, 'role', 'ml-engineer'],
  ['job-role', '__proto__', 'role', 'ml-engineer'],
  ['job-role', 'constructor', 'role', 'ml-engineer'],
  ['role', 'astronaut', 'role', 'ml-engineer'],
  ['country', 'usa', 'country', 'US'],
  ['country', '<script>', 'country', 'US'],
  ['dataset', 'salaries-2030', 'dataset', 'market'],
  ['currency', 'xx', 'currency', 'USD'],
  ['company-size', 'XL', 'country', 'US'],
  ['city', 'x'.repeat(1000), 'city', null],
  ['period', 'weekly', 'country', 'US'],
  ['period', 'x' + '\ud83d\ude00'.repeat(30), 'country', 'US'],
  ['theme', PAYLOAD, 'country', 'US'],
  // Issue 11: long non-ASCII values and lone surrogates, quoted whole characters in the note.
  ['job-role', '\u20ac'.repeat(100), 'role', 'ml-engineer'],
  ['city', 'us-\ud800', 'city', null],
  ['country', '\udc00S', 'country', 'US'],
];

test('bad attribute values fall back to defaults with a note, as text', async () => {
  const { page, seen } = await open(browser.context, fileUrl('tests/browser/pages/blank.html'));
  for (const [attr, value, field, fallback] of ATTRIBUTES) {
    const outcome = await page.evaluate(async ([a, v]) => {
      const el = document.createElement('ml-salary-calculator');
      el.setAttribute('years', '6');
      el.setAttribute(a, v);
      document.querySelector('main').appendChild(el);
      for (let i = 0; i < 200 && !el.result; i++) await new Promise((r) => setTimeout(r, 10));
      const notes = [...el.shadowRoot.querySelectorAll('.notes li')].map((li) => li.textContent);
      const images = el.shadowRoot.querySelectorAll('img').length;
      el.remove();
      return { result: el.result, notes, images };
    }, [attr, value]);
    const what = `${attr}="${value.slice(0, 30)}"`;
    assert.equal(outcome.result.ok, true, what);
    assert.equal(outcome.result[field], fallback, what);
    assert.equal(outcome.notes.length, 1, `${what}: ${outcome.notes.join(' | ')}`);
    assert.ok(outcome.notes[0].includes(attr), `${what}: the note names the attribute`);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(outcome.notes[0]) &&
      (!outcome.notes[0].includes('\ufffd') || value.includes('\ud800') || value.includes('\udc00')),
      `${what}: no character cut in two: ${outcome.notes[0]}`);
    assert.equal(outcome.images, 0, what);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.violations, []);
  await page.close();
});

// [hash, the result field and value the page shows]
const HASHES = [
  ['#years=NaN', 'years', 3],
  ['#years=1e308', 'years', 60],
  ['#role=' + encodeURIComponent(PAYLOAD), 'role', 'ml-engineer'],
  ['#country=%00', 'country', 'US'],
  ['#dataset=__proto__', 'dataset', 'market'],
  ['#constructor=1&__proto__=2&years=4', 'years', 4],
  ['#years=' + '9'.repeat(5000), 'years', 3],
  ['#%E0%A4%A', 'years', 3],
  // Issue 11: a hash without the calculator's keys (an in-page link) leaves it alone.
  ['#method', 'years', 3],
  ['#lang=zh-CN', 'country', 'US'],
  ['#years=%ED%A0%80', 'years', 3],
  ['#country=' + encodeURIComponent('\u20ac'.repeat(50)), 'country', 'US'],
];

test('bad URL hashes leave the page working', async () => {
  for (const [hash, field, value] of HASHES) {
    const { page, seen } = await open(browser.context, fileUrl('index.html') + hash);
    await page.locator('ml-salary-calculator [data-value="total-p50"]').waitFor();
    const result = await page.evaluate(() => document.querySelector('ml-salary-calculator').result);
    assert.equal(result.ok, true, hash.slice(0, 40));
    assert.equal(result[field], value, hash.slice(0, 40));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(seen.errors, [], hash.slice(0, 40));
    await page.close();
  }
});
