// url-state (issue 11): the page author's attributes are the defaults and the hash overrides
// only the keys it has; an in-page link leaves the calculator alone; one calculator per page
// follows the hash; removing the attribute stops it.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, open, fileUrl, pick } = require('./browser.js');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

// The blank test page with calculators made from `specs` ([{id, attributes}]) and a link to
// #method, and the result's profile of each once it is shown.
async function pageWith(specs, hash = '') {
  const { page, seen } = await open(browser.context, fileUrl('tests/browser/pages/blank.html') + hash);
  await page.evaluate((list) => {
    const link = document.createElement('a');
    link.href = '#method';
    link.id = 'method-link';
    link.textContent = 'How the estimate is made';
    document.body.appendChild(link);
    for (const { id, attributes } of list) {
      const calculator = document.createElement('ml-salary-calculator');
      calculator.id = id;
      for (const [name, value] of Object.entries(attributes)) calculator.setAttribute(name, value);
      document.body.appendChild(calculator);
    }
  }, specs);
  await page.locator('ml-salary-calculator [data-value="total-p50"]').first().waitFor();
  return { page, seen };
}

const shown = (page, id) => page.evaluate((which) => new Promise((resolve) => {
  const calculator = document.getElementById(which);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const r = calculator.result;
    resolve({
      years: r.years, country: r.country, role: r.role,
      attributes: ['years', 'country', 'job-role'].map((n) => calculator.getAttribute(n)),
    });
  }));
}), id);

const setHash = (page, hash) => page.evaluate((h) => new Promise((resolve) => {
  window.addEventListener('hashchange', () => requestAnimationFrame(resolve), { once: true });
  location.hash = h;
}), hash);

test('opened without a hash, url-state keeps the author\'s attributes; the hash overrides only its keys', async () => {
  const authored = { 'url-state': '', years: '9', country: 'DE', 'job-role': 'data-scientist' };
  const { page, seen } = await pageWith([{ id: 'calc', attributes: authored }]);
  assert.deepEqual(await shown(page, 'calc'),
    { years: 9, country: 'DE', role: 'data-scientist', attributes: ['9', 'DE', 'data-scientist'] });
  assert.equal(await page.evaluate(() => location.hash), '', 'nothing written before the reader acts');

  await setHash(page, '#years=12');
  assert.deepEqual(await shown(page, 'calc'),
    { years: 12, country: 'DE', role: 'data-scientist', attributes: ['12', 'DE', 'data-scientist'] });
  await setHash(page, '#years=12&country=GB');
  assert.equal((await shown(page, 'calc')).country, 'GB');
  await setHash(page, '#country=FR');  // years gone from the hash: the author's 9 again
  assert.deepEqual(await shown(page, 'calc'),
    { years: 9, country: 'FR', role: 'data-scientist', attributes: ['9', 'FR', 'data-scientist'] });
  // The page's own script changes an attribute: that is the author's value from now on.
  await page.evaluate(() => document.getElementById('calc').setAttribute('years', '14'));
  await setHash(page, '#country=IT');
  assert.equal((await shown(page, 'calc')).years, 14);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('Back to the page as it was opened (no hash) brings back the author\'s values', async () => {
  const { page, seen } = await pageWith([{ id: 'calc', attributes: { 'url-state': '', years: '9' } }]);
  const years = page.locator('#calc input[name="years"]');
  await years.fill('12');
  await years.press('Enter');
  await page.waitForFunction(() => location.hash.includes('years=12'));
  assert.equal((await shown(page, 'calc')).years, 12);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '');
  await page.waitForFunction(() => document.getElementById('calc').result.years === 9);
  assert.deepEqual(await shown(page, 'calc'),
    { years: 9, country: 'US', role: 'ml-engineer', attributes: ['9', null, null] });
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('an in-page link does not reset what the reader chose', async () => {
  const { page, seen } = await pageWith([{ id: 'calc', attributes: { 'url-state': '' } }]);
  const years = page.locator('#calc input[name="years"]');
  await years.fill('12');
  await years.press('Enter');
  await pick(page.locator('#calc input[name="country"]'), 'United Kingdom');
  await page.waitForFunction(() => location.hash.includes('country=GB') && location.hash.includes('years=12'));
  await page.click('#method-link');
  await page.waitForFunction(() => location.hash === '#method');
  const after = await shown(page, 'calc');
  assert.equal(after.years, 12);
  assert.equal(after.country, 'GB');
  await page.goBack();  // the reader's own state again, from the hash
  await page.waitForFunction(() => location.hash.includes('country=GB'));
  assert.equal((await shown(page, 'calc')).country, 'GB');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('two url-state calculators do not fight: the first follows the hash, the second keeps its own', async () => {
  const { page, seen } = await pageWith([
    { id: 'first', attributes: { 'url-state': '', years: '4' } },
    { id: 'second', attributes: { 'url-state': '', years: '15', country: 'IN' } },
  ]);
  await setHash(page, '#years=7&country=GB');
  assert.deepEqual(await shown(page, 'first'),
    { years: 7, country: 'GB', role: 'ml-engineer', attributes: ['7', 'GB', null] });
  assert.deepEqual(await shown(page, 'second'),
    { years: 15, country: 'IN', role: 'ml-engineer', attributes: ['15', 'IN', null] });
  const years = page.locator('#second input[name="years"]');
  await years.fill('20');
  await years.press('Enter');
  await page.waitForFunction(() => document.getElementById('second').result.years === 20);
  assert.equal(await page.evaluate(() => location.hash), '#years=7&country=GB', 'the second does not write the hash');
  assert.equal((await shown(page, 'first')).years, 7);
  // Removing the first makes the second, which was waiting, the one that follows.
  await page.evaluate(() => document.getElementById('first').remove());
  assert.equal((await shown(page, 'second')).country, 'GB');
  await setHash(page, '#years=7&country=JP');
  assert.equal((await shown(page, 'second')).country, 'JP');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('removing the url-state attribute stops following the hash', async () => {
  const { page, seen } = await pageWith([{ id: 'calc', attributes: { 'url-state': '' } }], '#years=5');
  assert.equal((await shown(page, 'calc')).years, 5);
  await page.evaluate(() => document.getElementById('calc').removeAttribute('url-state'));
  await setHash(page, '#years=30');
  assert.equal((await shown(page, 'calc')).years, 5);
  const years = page.locator('#calc input[name="years"]');
  await years.fill('11');
  await years.press('Enter');
  await page.waitForFunction(() => document.getElementById('calc').result.years === 11);
  assert.equal(await page.evaluate(() => location.hash), '#years=30', 'no longer written either');
  assert.deepEqual(seen.errors, []);
  await page.close();
});
