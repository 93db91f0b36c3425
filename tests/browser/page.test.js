// index.html in headless Chromium, from file:// and over http: figures, inputs, URL state.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, open, fileUrl, ROOT } = require('./browser.js');
const { start } = require('../../tools/serve.js');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

const tierCards = (page) => page.locator('ml-salary-calculator [data-tier]');
const headline = (page) => page.locator('ml-salary-calculator [data-value="total-p50"]');

test('from file:// the article dataset shows the three tier averages', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html') + '#dataset=article-2019');
  await tierCards(page).first().waitFor();
  const cards = await tierCards(page).allTextContents();
  assert.equal(cards.length, 3);
  assert.match(cards[0], /97,090/);
  assert.match(cards[1], /112,095/);
  assert.match(cards[2], /132,500/);
  assert.match(cards[0], /130,000/);
  assert.match(cards[2], /181,000/);
  // No request beyond the page's own files, no CSP violation, no error.
  const root = 'file://' + ROOT + '/';
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(root)), []);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('over http, changing an input updates the estimate and the hash; back restores it', async () => {
  const server = await start(undefined, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const { page, seen } = await open(browser.context,
      `${origin}/index.html#dataset=market&years=6&role=ml-engineer&country=US`);
    await headline(page).waitFor();
    const before = await headline(page).textContent();
    const select = page.locator('ml-salary-calculator select[name="role"]');
    assert.equal(await select.inputValue(), 'ml-engineer');

    await select.selectOption('data-analyst');
    await page.waitForFunction(() => location.hash.includes('role=data-analyst'));
    const after = await headline(page).textContent();
    assert.notEqual(after, before, 'a data analyst is not paid like an ML engineer');

    const years = page.locator('ml-salary-calculator input[name="years"]');
    await years.fill('12');
    await years.press('Enter');
    await years.dispatchEvent('change');
    await page.waitForFunction(() => location.hash.includes('years=12'));
    assert.match(page.url(), /years=12/);

    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('years=12'));
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('role=ml-engineer'));
    assert.equal(await select.inputValue(), 'ml-engineer');
    assert.equal(await headline(page).textContent(), before);

    assert.deepEqual(seen.requests.filter((u) => !u.startsWith(origin + '/')), []);
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.errors, []);
    await page.close();
  } finally {
    server.close();
  }
});

test('a hostile hash is shown as text in a note, never as markup', async () => {
  const hostile = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
  const { page, seen } = await open(browser.context, fileUrl('index.html') + `#role=${hostile}&years=3`);
  const note = page.locator('ml-salary-calculator .notes li');
  await note.waitFor();
  assert.match(await note.textContent(), /^The value of job-role is not usable \(role: "<img src=x onerror=window.__pwned=1>" is not an id/);
  await headline(page).waitFor();  // the default role is shown instead
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('ml-salary-calculator img').count(), 0);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the Chinese interface renders from the hash', async () => {
  const { page } = await open(browser.context, fileUrl('index.html') + '#dataset=article-2019&lang=zh-CN');
  await tierCards(page).first().waitFor();
  const cards = await tierCards(page).allTextContents();
  assert.match(cards[0], /入门级/);
  assert.match(cards[0], /97,090/);
  assert.equal(await page.locator('h1').textContent(), '机器学习工程师的薪资是多少？');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await page.close();
});

test('the language link keeps the view as it is now, years typed included', async () => {
  const { page } = await open(browser.context, fileUrl('index.html') + '#country=US');
  await headline(page).waitFor();
  // Typing writes the hash without a hashchange (history.replaceState): the link followed
  // after it took the reader back to the first keystroke's years.
  const years = page.locator('ml-salary-calculator input[name="years"]');
  await years.fill('');
  await years.pressSequentially('15');
  await page.waitForFunction(() => /years=15/.test(location.hash));
  // (the link itself is up to date, for a middle click or "copy link address" too)
  assert.match(await page.locator('#switch-lang').getAttribute('href'), /years=15/);
  await page.locator('#switch-lang').click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await page.waitForFunction(() => document.querySelector('ml-salary-calculator').result.years === 15);
  assert.match(await page.locator('ml-salary-calculator [data-value="profile"]').textContent(), /15 年经验/);
  assert.match(page.url(), /years=15/);
  await page.close();
});
