// <ml-salary-calculator> in headless Chromium: embedding, attributes, events, languages,
// themes, hostile values, CSP, accessibility. Screenshots go to test-results/.
'use strict';
const fs = require('fs');
const path = require('path');
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, open, ready, fileUrl, axeViolations, screenshot, ROOT, pick, suggestions } = require('./browser.js');
const { start } = require('../../tools/serve.js');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });


// Picks a value as a reader does: reaching the select (its long list is built then), choosing.
function ownFilesOnly(seen, prefix) {
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(prefix)), []);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.errors, []);
}

test('the blog example works from file:// with two widgets, one compact and locked', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page, 'ml-salary-calculator:not(#fixed)');
  await ready(page, '#fixed');
  const results = await page.evaluate(() =>
    [...document.querySelectorAll('ml-salary-calculator')].map((e) => e.result));
  assert.equal(results.length, 2);
  assert.equal(results[0].tier, 'mid');
  assert.equal(results[0].currency, 'USD');
  assert.equal(results[1].role, 'data-scientist');
  assert.equal(results[1].currency, 'EUR');
  assert.equal(await page.locator('#fixed form').isVisible(), false, 'locked: no inputs');
  assert.equal(await page.locator('#fixed .chart-box').isVisible(), false, 'compact: no chart');
  assert.equal(await page.locator('ml-salary-calculator:not(#fixed) form').isVisible(), true);
  ownFilesOnly(seen, 'file://' + ROOT + '/');
  await screenshot(page, 'blog-file');
  await page.close();
});

test('over http the blog example requests only its own files', async () => {
  const server = await start(undefined, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const { page, seen } = await open(browser.context, `${origin}/examples/blog.html`);
    await ready(page, '#fixed');
    ownFilesOnly(seen, origin + '/');
    await page.close();
  } finally {
    server.close();
  }
});

test('the strict-CSP example loads with no securitypolicyviolation', async () => {
  const server = await start(undefined, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const { page, seen } = await open(browser.context, `${origin}/examples/strict-csp.html`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.querySelector('ml-salary-calculator').result.country), 'GB');
    ownFilesOnly(seen, origin + '/');
    await page.close();
  } finally {
    server.close();
  }
});

test('loading the script twice and three elements on a page work; bad attributes fall back with a note', async () => {
  const { page, seen } = await open(browser.context, fileUrl('tests/browser/pages/twice.html'));
  await ready(page, '#a');
  await ready(page, '#b');
  await ready(page, '#c');
  const r = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.getElementById(id).result));
  assert.equal(r[0].tier, 'entry');
  assert.equal(r[1].tier, 'senior');
  assert.equal(r[1].role, 'data-analyst');
  // #c: every attribute is wrong; each falls back to its documented default.
  assert.equal(r[2].ok, true);
  assert.equal(r[2].years, 3);
  assert.equal(r[2].role, 'ml-engineer');
  assert.equal(r[2].country, 'US');
  const notes = await page.locator('#c .notes li').allTextContents();
  assert.equal(notes.length, 5, notes.join('\n'));
  assert.ok(notes.some((n) => n.startsWith('period="weekly" is not one of annual, monthly')));
  assert.ok(notes.some((n) => n.startsWith('theme="neon"')));
  assert.ok(notes.some((n) => n.includes('<img src=x onerror=window.__pwned=1>')), 'shown as text');
  assert.equal(await page.locator('#c img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // In Chinese, no space before a Chinese fallback ("改为美国", not "改为 美国").
  await page.evaluate(() => document.getElementById('c').setAttribute('lang', 'zh-CN'));
  await page.waitForFunction(() => /无法使用/.test(document.getElementById('c').shadowRoot.querySelector('.notes').textContent));
  const zh = (await page.locator('#c .notes li').allTextContents()).join('\n');
  assert.match(zh, /改为美国。/);
  assert.doesNotMatch(zh, /改为 /);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('attributes and properties drive the result; reader input fires one bubbling, composed event', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const first = 'ml-salary-calculator:not(#fixed)';
  // Host changes: no event.
  await page.evaluate(() => {
    window.__events = [];
    document.addEventListener('ml-salary-calculator-change', (e) => {
      window.__events.push({ profile: e.detail.profile, result: e.detail.result, composed: e.composed });
    });
    const el = document.querySelector('ml-salary-calculator');
    el.setAttribute('years', '12');
    el.companySize = 'L';
  });
  await page.waitForFunction(() => document.querySelector('ml-salary-calculator').result.tier === 'senior');
  assert.equal(await page.evaluate(() => document.querySelector('ml-salary-calculator').getAttribute('company-size')), 'L');
  assert.deepEqual(await page.evaluate(() => window.__events), []);
  // Reader changes: one event with the profile and the result.
  await pick(page.locator(`${first} input[name="country"]`), 'Canada');
  const events = await page.evaluate(() => window.__events);
  assert.equal(events.length, 1);
  assert.equal(events[0].composed, true);
  assert.equal(events[0].profile.country, 'CA');
  assert.equal(events[0].profile.years, 12);
  assert.equal(events[0].result.country, 'CA');
  assert.equal(events[0].result.currency, 'CAD');
  await page.close();
});

test('my offer, compare and copy work for the reader', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const w = 'ml-salary-calculator:not(#fixed)';
  const median = await page.evaluate(() => document.querySelector('ml-salary-calculator').result.base.p50);
  await page.locator(`${w} input[name="offer"]`).fill(String(Math.round(median)));
  assert.match(await page.locator(`${w} .offer-result`).textContent(), /is above (49|50|51)% of base pay/);

  await page.locator(`${w} .compare-toggle`).click();
  await page.locator(`${w} select[name="compare-city"]`).selectOption('us-san-jose');
  assert.match(await page.locator(`${w} .difference`).textContent(), /^Median total pay of the other scenario: \+/);
  // The element renders again (here its theme changes) while the reader is still typing in a
  // field of the comparison: the rebuilt panel removes the field, whose change then fires as it
  // loses focus. No error, and the typed years apply.
  await page.locator(`${w} input[name="compare-years"]`).fill('9');
  await page.evaluate(() => document.querySelector('ml-salary-calculator:not(#fixed)').setAttribute('theme', 'dark'));
  const nine = await page.evaluate(async () => (await createSalaryCore()).estimate({ years: 9, country: 'US', city: 'us-san-jose' }));
  const nineText = '$' + Math.round(nine.total.p50).toLocaleString('en-US');
  await page.waitForFunction((text) => document.querySelector('ml-salary-calculator:not(#fixed)').shadowRoot
    .querySelectorAll('.compare [data-value="total-p50"]')[1].textContent === text, nineText);
  assert.equal(await page.locator(`${w} input[name="compare-years"]`).inputValue(), '9');
  assert.deepEqual(seen.errors, []);

  await page.locator(`${w} button[data-copy="copyMarkdown"]`).click();
  const markdown = await page.locator(`${w} textarea`).inputValue();
  assert.match(markdown, /\| p10 \| p50 \| p90 \|/);
  await page.locator(`${w} button[data-copy="copyEmbed"]`).click();
  assert.match(await page.locator(`${w} textarea`).inputValue(),
    /^<script src="ml-salary.js"><\/script><ml-salary-calculator dataset="market" years="6" job-role="ml-engineer" country="US"><\/ml-salary-calculator>$/);
  await page.close();
});

test('zh-CN: Chinese labels, monthly pay, dark theme', async () => {
  const { page } = await open(browser.context, fileUrl('examples/dark.html'));
  await ready(page);
  const text = await page.locator('ml-salary-calculator .estimate').textContent();
  assert.match(text, /总薪酬中位数/);
  assert.match(text, /每月/);
  const r = await page.evaluate(() => document.querySelector('ml-salary-calculator').result);
  const shown = await page.locator('ml-salary-calculator [data-value="total-p50"]').textContent();
  const monthly = Math.round(r.total.p50 / r.payMonths);
  assert.equal(shown.replace(/[^\d]/g, ''), String(monthly));
  await screenshot(page, 'dark-zh');
  await page.close();
});

// A Chinese character in an English page makes the browser look up a fallback font for it on a
// reader's first visit (about 30 ms before the first estimate is painted, in a trace): the
// English calculator, its sources and notes included, has none.
test('the English calculator shows no Chinese character, for China and the sources too', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const profiles = [
    {},
    { country: 'CN', city: 'cn-shanghai' },
    { country: 'US', city: 'us-san-jose', company: 'google' },
    { country: 'IN', employer: 'us-remote' },
    { country: 'DE', 'company-size': 'L' },
  ];
  for (const attributes of profiles) {
    const found = await page.evaluate(async (attrs) => {
      const el = document.querySelector('ml-salary-calculator');
      for (const name of ['country', 'city', 'company', 'employer', 'company-size']) el.removeAttribute(name);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const root = el.shadowRoot;
      const texts = [el.result.country];
      root.querySelectorAll('*').forEach((n) => {
        if (n.localName === 'style') return;
        for (const child of n.childNodes) if (child.nodeType === 3) texts.push(child.data);
        for (const a of n.attributes) texts.push(a.value);
      });
      return { country: el.result.country, cjk: texts.join('\n').match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g) };
    }, attributes);
    assert.equal(found.country, attributes.country || 'US');
    assert.equal(found.cjk, null, JSON.stringify(attributes));
  }
  assert.match(await page.locator('ml-salary-calculator:not(#fixed) footer[part="sources"]').textContent(), /Nanjing/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('layout from 280 px to 1200 px wide does not overflow', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  for (const width of [280, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('ml-salary-calculator');
      return el.scrollWidth - el.clientWidth;
    });
    assert.ok(overflow <= 1, `${width}px: overflows by ${overflow}px`);
    await screenshot(page, `blog-${width}px`);
  }
  await page.close();
});

test('axe-core finds no violations in light and dark, English and Chinese', async () => {
  for (const [name, url, scheme] of [
    ['index-en', fileUrl('index.html') + '#years=6'],
    ['index-zh', fileUrl('index.html') + '#years=6&lang=zh-CN'],
    ['blog-light', fileUrl('examples/blog.html')],
    ['blog-dark-en', fileUrl('examples/blog.html'), 'dark'],
    ['dark-zh', fileUrl('examples/dark.html')],
  ]) {
    const { page } = await open(browser.context, url);
    if (scheme) await page.emulateMedia({ colorScheme: scheme });
    await ready(page);
    if (scheme) {
      await page.waitForFunction(() => document.querySelector('ml-salary-calculator').getAttribute('data-theme') === 'dark');
    }
    assert.deepEqual(await axeViolations(page), [], name);
    await page.close();
  }
});

test('without JavaScript the light-DOM fallback shows a sentence and the article table', async () => {
  const noJs = await launch({ javaScriptEnabled: false });
  try {
    const page = await noJs.context.newPage();
    await page.goto(fileUrl('index.html'));
    const table = page.locator('ml-salary-calculator > table');
    assert.equal(await table.isVisible(), true);
    assert.match(await table.textContent(), /97,090/);
    assert.match(await table.textContent(), /132,500/);
    assert.equal(await page.getByText('needs JavaScript and WebAssembly').isVisible(), true);
  } finally {
    await noJs.close();
  }
  // With JavaScript the same content is not shown: the calculator is.
  const { page } = await open(browser.context, fileUrl('index.html'));
  await ready(page);
  assert.equal(await page.locator('ml-salary-calculator > table').isVisible(), false);
  await page.close();
});

test('theme="auto" follows the system colour scheme, also when it changes', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const theme = () => page.evaluate(() => document.querySelector('ml-salary-calculator').getAttribute('data-theme'));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.querySelector('ml-salary-calculator').getAttribute('data-theme') === 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('ml-salary-calculator').getAttribute('data-theme') === 'dark');
  assert.equal(await theme(), 'dark');
  // A removed element stops listening: it keeps the theme it had.
  await page.evaluate(() => {
    window.__removed = document.querySelector('ml-salary-calculator');
    window.__removed.remove();
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__removed.getAttribute('data-theme')), 'dark');
  await page.close();
});

test('choosing a dataset offers only what it has; the Chinese fallback warning matches the core', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const w = 'ml-salary-calculator:not(#fixed)';
  const values = (name) => page.locator(`${w} select[name="${name}"] option`)
    .evaluateAll((options) => options.map((o) => o.value));
  await pick(page.locator(`${w} input[name="country"]`), 'Canada');
  await page.locator(`${w} select[name="dataset"]`).selectOption('article-2019');
  assert.deepEqual(await suggestions(page.locator(`${w} input[name="country"]`)), ['United States']);
  assert.deepEqual(await values('role'), ['ml-engineer']);
  assert.equal(await page.locator(`${w} .notes li`).count(), 0, 'no note for the reader\'s own choice');
  assert.equal(await page.evaluate(() => document.querySelector('ml-salary-calculator').result.base.mean), 112095);

  const shown = await page.evaluate(async () => {
    const el = document.createElement('ml-salary-calculator');
    el.setAttribute('lang', 'zh-CN');
    el.setAttribute('country', 'AD');
    document.querySelector('main').appendChild(el);
    for (let i = 0; i < 200 && !el.result; i++) await new Promise((r) => setTimeout(r, 10));
    const out = { codes: el.result.warnings.map((x) => x.code),
      text: [...el.shadowRoot.querySelectorAll('.warnings li')].map((li) => li.textContent) };
    el.remove();
    return out;
  });
  // Andorra has two survey answers: its level is borrowed from its region and price level.
  assert.ok(shown.codes.includes('country_level_borrowed'), JSON.stringify(shown));
  assert.ok(shown.text.some((t) => t.includes('由所属地区和物价水平估算')), JSON.stringify(shown));
  assert.ok(!shown.text.some((t) => t.includes('按在该国测得的薪资水平')));
  await page.close();
});

test('the employer choice shows remote pay for a US employer, in the attribute and the factors', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  const w = 'ml-salary-calculator:not(#fixed)';
  await ready(page, w);
  const headline = () => page.locator(`${w} [data-value="total-p50"]`).textContent();
  const money = (text) => Number(text.replace(/[^0-9]/g, ''));
  await pick(page.locator(`${w} input[name="country"]`), 'India');
  assert.deepEqual(await page.locator(`${w} select[name="employer"] option`).evaluateAll((o) => o.map((x) => x.value)),
    ['local', 'us-remote']);
  const local = money(await headline());
  await page.locator(`${w} select[name="employer"]`).selectOption('us-remote');
  assert.equal(await page.locator(w).getAttribute('employer'), 'us-remote');
  assert.ok(money(await headline()) > local, 'USD-paid remote work pays more than local work in India');
  assert.match(await page.locator(`${w} [part="factors"]`).textContent(), /Remote for an employer in United States, from India/);
  await page.close();
});

test('bonus when paid and the equity note, in English and Chinese; companies only where they apply', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  const w = 'ml-salary-calculator:not(#fixed)';
  await ready(page, w);
  await pick(page.locator(`${w} input[name="company"]`), 'Google');
  assert.match(await page.locator(`${w} [data-value="bonus-when-paid"]`).textContent(),
    /^\d+% get one; when paid, typically \$[\d,]+ \(\$[\d,]+ – \$[\d,]+\)$/);
  assert.match(await page.locator(`${w} [data-note="equity"]`).textContent(), /Equity \(stock grants\) is not included/);
  // Google is large: the size the core used is shown and cannot be changed.
  assert.equal(await page.locator(`${w} select[name="companySize"]`).isDisabled(), true);
  assert.equal(await page.locator(`${w} select[name="companySize"]`).inputValue(), 'L');
  const usCompanies = (await suggestions(page.locator(`${w} input[name="company"]`))).length;
  assert.ok(usCompanies > 300, `${usCompanies} companies offered in the US`);
  await pick(page.locator(`${w} input[name="country"]`), 'Germany');
  // No company has data for Germany: only the profile's own is listed, as the field shows it
  // (its factor is not applied there, its size is), and the reader can clear it.
  assert.deepEqual(await suggestions(page.locator(`${w} input[name="company"]`)), ['Google'],
    'no other company has data for Germany');
  assert.equal(await page.locator(`${w} input[name="company"]`).inputValue(), 'Google');
  // (Google's own factor is not applied in Germany, its size is: the line names the size.)
  assert.match(await page.locator(`${w} [data-value="profile"]`).textContent(), /Germany, Large \(/);
  await page.locator(`${w} input[name="company"]`).fill('');
  await page.locator(`${w} input[name="company"]`).press('Enter');
  await page.waitForFunction(() => !document.querySelector('ml-salary-calculator').result.company);
  assert.equal(await page.locator(`${w} select[name="companySize"]`).isDisabled(), false);
  assert.deepEqual(await suggestions(page.locator(`${w} input[name="company"]`)), [],
    'no company has data for Germany');
  await page.evaluate(() => document.querySelector('ml-salary-calculator').setAttribute('lang', 'zh-CN'));
  await page.waitForFunction(() => document.querySelector('ml-salary-calculator').shadowRoot
    .querySelector('[data-note="equity"]').textContent.includes('不含股权'));
  assert.match(await page.locator(`${w} [data-value="bonus-when-paid"]`).textContent(), /^\d+% 的人有奖金；有奖金时一般为 /);
  await page.close();
});

test('printing hides the inputs and buttons and keeps the figures', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const w = 'ml-salary-calculator:not(#fixed)';
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator(`${w} form`).isVisible(), false);
  assert.equal(await page.locator(`${w} .share`).isVisible(), false);
  assert.equal(await page.locator(`${w} [data-value="total-p50"]`).isVisible(), true);
  assert.equal(await page.locator(`${w} [data-tier="senior"]`).isVisible(), true);
  await screenshot(page, 'blog-print');
  await page.close();
});

test('without WebAssembly the element says so and shows its light-DOM fallback', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(fileUrl('index.html'));
  const error = page.locator('ml-salary-calculator .error');
  await error.waitFor();
  assert.match(await error.textContent(), /^The calculator could not start/);
  const fallback = page.locator('ml-salary-calculator table');  // the light-DOM article table
  assert.equal(await fallback.isVisible(), true);
  assert.match(await fallback.textContent(), /97,090/);
  await page.close();
});

test('the long pickers (cities, companies) are built when the reader reaches them', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const state = await page.evaluate(async () => {
    const el = document.createElement('ml-salary-calculator');
    el.setAttribute('city', 'us-san-francisco');
    el.setAttribute('company', 'google');
    document.querySelector('main').appendChild(el);
    for (let i = 0; i < 300 && !el.result; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));  // painted, and after
    const field = (name) => el.shadowRoot.querySelector(`input[name="${name}"]`);
    const describe = (name) => ({ count: field(name).list.options.length, shown: field(name).value });
    const out = { before: { city: describe('city'), company: describe('company') } };
    field('city').dispatchEvent(new FocusEvent('focus'));
    out.afterFocus = { city: describe('city'), company: describe('company') };
    field('company').dispatchEvent(new PointerEvent('pointerenter'));
    out.afterPointer = describe('company');
    // Setting a city by attribute shows it.
    const other = document.createElement('ml-salary-calculator');
    document.querySelector('main').appendChild(other);
    for (let i = 0; i < 300 && !other.result; i++) await new Promise((r) => setTimeout(r, 10));
    other.setAttribute('city', 'us-seattle');
    await new Promise((r) => setTimeout(r, 50));
    out.attribute = { count: other.shadowRoot.querySelector('input[name="city"]').list.options.length,
      shown: other.shadowRoot.querySelector('input[name="city"]').value };
    el.remove();
    other.remove();
    return out;
  });
  assert.deepEqual(state.before.city, { count: 0, shown: 'San Francisco-Oakland-Fremont, CA' });
  assert.deepEqual(state.before.company, { count: 0, shown: 'Google' });
  assert.deepEqual(state.afterFocus.city, { count: 530, shown: 'San Francisco-Oakland-Fremont, CA' }, 'the 530 US areas');
  assert.equal(state.afterFocus.company.count, 0, 'only the picker reached is built');
  assert.ok(state.afterPointer.count > 300, JSON.stringify(state.afterPointer));
  assert.equal(state.afterPointer.shown, 'Google');
  assert.deepEqual(state.attribute, { count: 0, shown: 'Seattle-Tacoma-Bellevue, WA' });
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the long selects (currencies, the countries to compare prices with) are built when reached, keeping their value', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page);
  const state = await page.evaluate(async () => {
    const make = async (attrs) => {
      const el = document.createElement('ml-salary-calculator');
      Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
      document.querySelector('main').appendChild(el);
      for (let i = 0; i < 300 && !el.result; i++) await new Promise((r) => setTimeout(r, 10));
      return el;
    };
    const describe = (select) => ({ count: select.options.length, value: select.value, index: select.selectedIndex });
    const el = await make({ 'prices-in': 'DE', currency: 'EUR' });
    const prices = el.shadowRoot.querySelector('select[name="pricesIn"]');
    const currency = el.shadowRoot.querySelector('select[name="currency"]');
    const out = { before: [describe(prices), describe(currency)] };
    prices.dispatchEvent(new PointerEvent('pointerenter'));
    currency.dispatchEvent(new FocusEvent('focus'));
    out.reached = [describe(prices), describe(currency)];
    // A country the pack lacks shows as no choice, before and after the list is built.
    const bad = await make({ 'prices-in': 'XX' });
    const badPrices = bad.shadowRoot.querySelector('select[name="pricesIn"]');
    out.unknown = [describe(badPrices)];
    badPrices.dispatchEvent(new PointerEvent('pointerenter'));
    out.unknown.push(describe(badPrices));
    el.remove();
    bad.remove();
    return out;
  });
  assert.deepEqual(state.before, [{ count: 2, value: 'DE', index: 1 }, { count: 2, value: 'EUR', index: 1 }]);
  assert.equal(state.reached[0].count, 103, 'the US average and 102 countries');
  assert.equal(state.reached[0].value, 'DE');
  assert.equal(state.reached[1].value, 'EUR');
  assert.ok(state.reached[1].count > 70, JSON.stringify(state.reached[1]));
  assert.deepEqual(state.unknown.map((d) => [d.value, d.index]), [['', -1], ['', -1]]);
  assert.equal(state.unknown[1].count, 103);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('where a synchronous compile is refused (Chromium before 115), the module is compiled asynchronously', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    // As older Chromium does on the main thread: no synchronous compile above 4 KB.
    const Original = WebAssembly.Module;
    window.__refused = 0;
    WebAssembly.Module = function Module(bytes) {
      if (bytes.byteLength > 4096) {
        window.__refused++;
        throw new RangeError('WebAssembly.Compile is disallowed on the main thread, if the buffer size is larger than 4KB.');
      }
      return new Original(bytes);
    };
    WebAssembly.Module.prototype = Original.prototype;
  });
  await page.goto(fileUrl('examples/blog.html'));
  await ready(page);
  assert.ok(await page.evaluate(() => window.__refused) >= 1, 'the synchronous compile was tried and refused');
  assert.equal(await page.evaluate(() => document.querySelector('ml-salary-calculator').result.ok), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the first estimate is rendered before the first paint of the element (no loading frame)', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    // Records, at each animation frame until one shows it, what the first calculator shows.
    window.__frames = [];
    const look = () => {
      const host = document.querySelector('ml-salary-calculator');
      const root = host && host.shadowRoot;
      if (root) {
        const value = root.querySelector('[data-value="total-p50"]');
        window.__frames.push(value && value.textContent.trim() ? 'estimate' : 'other');
      }
      if (window.__frames[window.__frames.length - 1] !== 'estimate') requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(fileUrl('examples/blog.html'));
  await ready(page);
  await page.waitForFunction(() => window.__frames.includes('estimate'));
  assert.deepEqual(await page.evaluate(() => window.__frames), ['estimate']);
  await page.close();
});

// ICU's number and collation data cost a new renderer 60-90 ms at their first use
// (web/format.js): an English or Chinese calculator renders its estimate, figures and chart
// without them. A German page's does use Intl (the count sees it).
test('English and Chinese calculators render without Intl number formats or collators', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__intl = [];
    for (const name of ['NumberFormat', 'Collator', 'PluralRules']) {
      const Real = Intl[name];
      Intl[name] = function (...args) { window.__intl.push(name + ' ' + args[0]); return new Real(...args); };
      Intl[name].prototype = Real.prototype;
    }
    const toLocaleString = Number.prototype.toLocaleString;
    Number.prototype.toLocaleString = function (...args) {
      window.__intl.push('toLocaleString ' + args[0]);
      return toLocaleString.apply(this, args);
    };
  });
  await page.goto(fileUrl('tests/browser/pages/blank.html'));
  const made = async (lang, attributes) => page.evaluate(async ({ lang, attributes }) => {
    window.__intl.length = 0;
    const box = document.createElement('div');
    box.lang = lang;
    const calculator = document.createElement('ml-salary-calculator');
    for (const [k, v] of Object.entries(attributes)) calculator.setAttribute(k, v);
    box.appendChild(calculator);
    document.body.appendChild(box);
    while (!calculator.shadowRoot || !calculator.shadowRoot.querySelector('.chart-box svg text') ||
           !calculator.result) await new Promise((r) => requestAnimationFrame(r));
    const total = calculator.shadowRoot.querySelector('[data-value="total-p50"]').textContent;
    box.remove();
    return { intl: [...window.__intl], total };
  }, { lang, attributes });
  const en = await made('en', { years: '6', country: 'JP' });
  assert.deepEqual(en.intl, []);
  assert.match(en.total, /^\u00a5\d{1,3}(,\d{3})+$/);
  const zh = await made('zh-CN', { years: '6', country: 'US', city: 'us-seattle', period: 'monthly' });
  assert.deepEqual(zh.intl, []);
  assert.match(zh.total, /^US\$\d{1,3}(,\d{3})+$/);
  const de = await made('de', { years: '6', country: 'DE' });
  assert.ok(de.intl.some((x) => x === 'NumberFormat de'), de.intl.join(', '));
  assert.match(de.total, /^\d{1,3}(\.\d{3})+\s\u20ac$/);
  await page.close();
});

// web/format.js's English and Chinese amounts against this Chromium's own Intl (its ICU may be
// another CLDR than Node's): every currency it knows, whole and compact, at each unit's
// threshold, ties and negative amounts.
test('English and Chinese amounts without Intl read as Chromium\'s Intl writes them', async () => {
  const page = await browser.context.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: fs.readFileSync(path.join(ROOT, 'web/format.js'), 'utf8') });
  const differences = await page.evaluate(() => {
    const amounts = [0, -0, 100, 999.4, 999.5, 999.95, 1000, 1049, 1450, 9999, 9999.5, 9999.96, 12345,
      12350, 99950, 150000, 999950, 1234567, 99995000, 99999999, 123456789, 1.5e9, 2e12, -150000, 123456.5];
    const out = [];
    for (const locale of ['en', 'en-US', 'zh', 'zh-CN', 'zh-Hans-CN']) {
      for (const currency of Intl.supportedValuesOf('currency')) {
        for (const style of ['whole', 'compact']) {
          const intl = new Intl.NumberFormat(locale, Object.assign({ style: 'currency', currency: currency },
            style === 'whole' ? { maximumFractionDigits: 0 } : { notation: 'compact', maximumFractionDigits: 1 }));
          for (const x of amounts) {
            const plain = plainMoney(locale, currency, x, style), written = intl.format(x);
            if (plain !== written) out.push(`${locale} ${currency} ${style} ${x}: ${plain} (Intl: ${written})`);
          }
        }
      }
    }
    return out;
  });
  assert.deepEqual(differences, []);
  await page.close();
});

test('a country picked while the field has focus keeps the whole list of suggestions', async () => {
  const { page } = await open(browser.context, fileUrl('examples/blog.html'));
  const w = 'ml-salary-calculator:not(#fixed)';
  await ready(page, w);
  const country = page.locator(`${w} input[name="country"]`);
  assert.ok((await suggestions(country)).length > 50);
  await country.fill('Canada');  // a whole name: taken at once, the field keeps the focus
  assert.equal(await page.locator(w).getAttribute('country'), 'CA');
  assert.equal(await country.evaluate((input) => input.getRootNode().activeElement === input), true);
  assert.ok((await country.evaluate((input) => input.list.options.length)) > 50, 'the list is still whole');
  await page.close();
});

test('the stylesheet the bundle carries, minified, is the one in web/styles.js as Chromium parses it', async () => {
  const { minifyCss } = require('../../tools/css-minify.js');
  const css = fs.readFileSync(path.join(ROOT, 'web/styles.js'), 'utf8').match(/^var STYLES = `([^`]*)`/m)[1];
  const minified = minifyCss(css);
  assert.ok(minified.length < css.length * 0.9, `${minified.length} of ${css.length} characters`);
  assert.ok(fs.readFileSync(path.join(ROOT, 'dist/ml-salary.js'), 'utf8').includes(minified));
  const page = await browser.context.newPage();
  const [before, after] = await page.evaluate((sheets) => sheets.map((text) => {
    // Each rule: its selector or condition, its declarations as the browser reads them, its inner
    // rules. A value with var() is kept as written, its whitespace too: the spaces next to a
    // comma, which var() ignores, are left out of the comparison.
    const read = (rules) => [...rules].map((rule) => ({
      head: rule.selectorText || rule.conditionText || rule.cssText.slice(0, rule.cssText.indexOf('{')),
      declarations: rule.style ? rule.style.cssText.replace(/\s*,\s*/g, ',') : '',
      inner: rule.cssRules ? read(rule.cssRules) : [],
    }));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return read(sheet.cssRules);
  }), [css, minified]);
  assert.ok(before.length > 50, `${before.length} rules`);
  assert.deepEqual(after, before);
  await page.close();
});
