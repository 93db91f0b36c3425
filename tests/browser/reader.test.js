// The reader's experience (issue 12), one test per item as it is done: renders per change,
// embeds that name their profile, the offer and share panel, the compare panel's focus.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, open, ready, fileUrl, axeViolations } = require('./browser.js');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

// Counts renders of the calculator `selector`: each render puts a new headline in its shadow root.
async function countRenders(page, selector) {
  await page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    window.__renders = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n.matches('[data-value="total-p50"]') || n.querySelector('[data-value="total-p50"]'))) {
            window.__renders++;
          }
        }
      }
    }).observe(root, { childList: true, subtree: true });
  }, selector);
}

// A page whose engine will not compile the module synchronously (the small LZMA decoder still
// compiles), so that it is compiled asynchronously, which here never finishes ('never') or
// fails ('fails').
function slowStart(page, how) {
  return page.addInitScript((outcome) => {
    const Original = WebAssembly.Module;
    WebAssembly.Module = function Module(bytes) {
      if (bytes.byteLength > 4096) throw new RangeError('no synchronous compile of this size here');
      return new Original(bytes);
    };
    WebAssembly.Module.prototype = Original.prototype;
    WebAssembly.instantiate = outcome === 'never'
      ? () => new Promise(() => {})
      : () => Promise.reject(new Error('blocked for the test'));
  }, how);
}

const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 300);
}));

test('one render per change, on index.html (url-state, page language) and in the blog example', async () => {
  for (const [url, selector] of [['index.html', '#calculator'], ['examples/blog.html', 'ml-salary-calculator:not([locked])']]) {
    const { page, seen } = await open(browser.context, fileUrl(url));
    await ready(page, selector);
    await settle(page);
    await countRenders(page, selector);
    const role = page.locator(`${selector} select[name="role"]`);
    await role.focus();
    await role.selectOption('data-scientist');
    await settle(page);
    assert.equal(await page.evaluate(() => window.__renders), 1, `${url}: renders for one change`);
    const years = page.locator(`${selector} input[name="years"]`);
    await years.fill('11');
    await years.press('Enter');
    await settle(page);
    assert.equal(await page.evaluate(() => window.__renders), 2, `${url}: renders for two changes`);
    assert.deepEqual(seen.errors, []);
    await page.close();
  }
});

test('moved under another language, the calculator speaks it; moved within the same one, it does not render again', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  const selector = 'ml-salary-calculator:not([locked])';
  await ready(page, selector);
  await settle(page);
  await countRenders(page, selector);
  await page.evaluate((sel) => {
    const section = document.createElement('section');
    document.body.appendChild(section);
    section.appendChild(document.querySelector(sel));  // same language: nothing to redo
  }, selector);
  await settle(page);
  assert.equal(await page.evaluate(() => window.__renders), 0);
  await page.evaluate((sel) => {
    const section = document.createElement('section');
    section.lang = 'zh-CN';
    document.body.appendChild(section);
    section.appendChild(document.querySelector(sel));
  }, selector);
  await settle(page);
  assert.equal(await page.evaluate(() => window.__renders), 1);
  assert.equal(await page.locator(`${selector} h2`).textContent(), '机器学习工程师薪资计算器');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('every view names its profile in one line, the locked and compact card too, in both languages', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  await ready(page, '#fixed');
  const line = (selector) => page.locator(`${selector} [data-value="profile"]`).textContent();
  assert.equal(await line('#fixed'), 'Data scientist, 12 years, Germany');
  assert.ok(await page.locator('#fixed [data-value="profile"]').isVisible(), 'shown in the locked, compact card');
  assert.equal(await line('ml-salary-calculator:not(#fixed)'), 'Machine learning engineer, 6 years, United States');
  await page.evaluate(() => {
    const el = document.getElementById('fixed');
    el.setAttribute('lang', 'zh-CN');
    el.setAttribute('city', 'de-berlin');
  });
  await page.waitForFunction(() => document.getElementById('fixed').shadowRoot
    .querySelector('[data-value="profile"]').textContent.includes('年'));
  const zh = await line('#fixed');
  assert.match(zh, /^数据科学家，12 年经验，/);
  assert.doesNotMatch(zh, /[A-Za-z]{3,}/, `no English words in the Chinese line: ${zh}`);
  const one = await page.evaluate(() => {
    const el = document.createElement('ml-salary-calculator');
    el.setAttribute('years', '1');
    el.setAttribute('company', 'google');
    document.body.appendChild(el);
    return new Promise((resolve) => {
      const poll = () => {
        const p = el.shadowRoot.querySelector('[data-value="profile"]');
        if (p) resolve(p.textContent); else requestAnimationFrame(poll);
      };
      poll();
    });
  });
  assert.match(one, /^Machine learning engineer, 1 year, United States, at Google/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('my offer keeps its meaning when the period changes; the ends and bad amounts are said; share says what it shows', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  const w = 'ml-salary-calculator:not(#fixed)';
  await ready(page, w);
  const offer = page.locator(`${w} input[name="offer"]`);
  const result = () => page.locator(`${w} .offer-result`).textContent();
  await offer.fill('250000');
  const annual = await result();
  const percentile = annual.match(/above (\d+)%/)[1];
  const period = page.locator(`${w} select[name="period"]`);
  await period.focus();
  await period.selectOption('monthly');
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot
    .querySelector('input[name="offer"]').value !== '250000', w);
  assert.equal(await offer.inputValue(), String(Math.round(250000 / 12)));
  assert.match(await result(), new RegExp(`is above ${percentile}% of base pay`), 'the same offer, per month');
  await period.selectOption('annual');
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot
    .querySelector('input[name="offer"]').value === '250000', w);

  await offer.fill('1');
  assert.match(await result(), /is below 99% of base pay for this profile \(under its 1st percentile\)/);
  await offer.fill('100000000');
  assert.match(await result(), /is above 99% of base pay/);
  await offer.fill('-5');
  assert.equal(await result(), 'Enter the offer as an amount, such as 250,000 or 250k, or a monthly salary times the salaries a year: 20k × 13.');
  // Amounts as readers write them: each is the 250,000 above, at the same percentile.
  for (const typed of ['250k', '$250,000', '250.000', 'USD 250 000', '２５０ｋ']) {
    await offer.fill(typed);
    assert.equal(await result(), annual, typed);
  }
  await offer.fill('250,');  // still being typed: nothing said yet
  assert.equal(await result(), '');
  await offer.fill('1e308');
  assert.equal(await result(), 'Enter the offer as an amount, such as 250,000 or 250k, or a monthly salary times the salaries a year: 20k × 13.');

  await period.selectOption('monthly');
  await page.locator(`${w} button[data-copy="copyEmbed"]`).click();
  assert.match(await page.locator(`${w} textarea`).inputValue(), / period="monthly"><\/ml-salary-calculator>$/);
  await page.locator(`${w} button[data-copy="copyMarkdown"]`).click();
  const markdown = await page.locator(`${w} textarea`).inputValue();
  assert.match(markdown, /\| Total pay \| .* \|\n\| Base pay \| .* \|\n\| Bonus \| .* \|/);
  assert.doesNotMatch(markdown, /Median total pay \|/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('my offer: "above N%" never above the percentile; cleared when the currency changes', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  const w = 'ml-salary-calculator:not(#fixed)';
  await ready(page, w);
  const offer = page.locator(`${w} input[name="offer"]`);
  const result = () => page.locator(`${w} .offer-result`).textContent();
  await page.locator(`${w} select[name="offerComponent"]`).selectOption('total');
  // Just below the p10 shown: its percentile is 9.8, which read "above 10%".
  const p10 = await page.evaluate((sel) => document.querySelector(sel).result.total.p10, w);
  const amount = Math.round(p10 * 0.997);
  await offer.fill(String(amount));
  const exact = await page.evaluate(async (a) =>  // (the element's profile: years="6" country="US")
    (await createSalaryCore()).percentile({ years: 6, country: 'US' }, a, 'total').percentile, amount);
  assert.ok(exact > 9 && exact < 10, `percentile ${exact}`);
  assert.match(await result(), /is above 9% of total pay/);
  // Another country, another currency: 250,000 dollars are not 250,000 yuan.
  await offer.fill('250000');
  assert.match(await result(), /above \d+% of total pay/);
  await page.locator(`${w} input[name="country"]`).fill('China');
  await page.locator(`${w} input[name="country"]`).press('Enter');
  await page.waitForFunction((sel) => document.querySelector(sel).result.currency === 'CNY', w);
  assert.equal(await offer.inputValue(), '');
  assert.equal(await result(), '');
  await offer.fill('30000');
  assert.match(await result(), /^An offer of CN¥30,000 is above \d+% of total pay/);
  // China's offers are quoted as a monthly salary times its months: 30,000 × 16 is 480,000 a
  // year, not 30,000 × 13 (the country's usual months), in either view.
  const profile = await page.evaluate((sel) => document.querySelector(sel).result, w);
  const at = (annual) => page.evaluate(async ([a, r]) => Math.floor((await createSalaryCore())
    .percentile({ years: r.years, country: r.country }, a, 'total').percentile), [annual, profile]);
  for (const typed of ['30k×16', '3万 x 16薪', '30000*16']) {
    await offer.fill(typed);
    assert.equal(await result(), `An offer of CN¥30,000 × 16 is above ${await at(480000)}% of total pay for this profile.`, typed);
  }
  assert.notEqual(await at(480000), await at(390000), 'the months matter here');
  await page.locator(`${w} select[name="period"]`).selectOption('annual');
  assert.equal(await offer.inputValue(), '30000*16', 'shown as typed');
  assert.equal(await result(), `An offer of CN¥30,000 × 16 is above ${await at(480000)}% of total pay for this profile.`);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('in the compare panel, the focus stays on the control the reader changed', async () => {
  const { page, seen } = await open(browser.context, fileUrl('examples/blog.html'));
  const w = 'ml-salary-calculator:not(#fixed)';
  await ready(page, w);
  await page.locator(`${w} .compare-toggle`).focus();
  await page.keyboard.press('Enter');
  const focusedName = () => page.evaluate((sel) => {
    const a = document.querySelector(sel).shadowRoot.activeElement;
    return a ? a.name || a.className : document.activeElement.tagName;
  }, w);
  assert.equal(await focusedName(), 'compare-toggle', 'opening keeps the focus on the toggle');
  for (const [name, value] of [['compare-city', 'us-san-jose'], ['compare-role', 'data-scientist'], ['compare-country', 'GB']]) {
    const select = page.locator(`${w} select[name="${name}"]`);
    await select.focus();
    await select.selectOption(value);
    assert.equal(await focusedName(), name, `after changing ${name}`);
  }
  const years = page.locator(`${w} input[name="compare-years"]`);
  await years.fill('15');
  await years.press('Enter');
  await years.dispatchEvent('change');
  assert.equal(await focusedName(), 'compare-years');
  // Tab after typing: the focus goes on to the next control (the panel was rebuilt inside the
  // change event and the focus fell to <body>).
  await years.fill('8');
  await page.keyboard.press('Tab');
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot
    .querySelector('[data-scenario="scenarioB"]').textContent.length > 0 &&
    document.querySelector(sel).shadowRoot.querySelector('input[name="compare-years"]').value === '8', w);
  assert.equal(await focusedName(), 'compare-role', 'Tab from the years');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedName(), 'compare-years', 'and back');
  // A press that takes the focus out of a changed field, then a release on the toggle: a click
  // (the panel made again between them removed the toggle under the pointer).
  await years.fill('9');
  await page.locator(`${w} .compare-toggle`).click({ delay: 80 });
  assert.equal(await page.locator(`${w} .compare-toggle`).getAttribute('aria-expanded'), 'false', 'closed by the click');
  await page.locator(`${w} .compare-toggle`).click({ delay: 80 });
  assert.equal(await page.locator(`${w} .compare-toggle`).getAttribute('aria-expanded'), 'true');
  // Years as the form's: clamped to 0-60; cleared, unchanged.
  const scenarioB = (sel) => document.querySelector(sel).shadowRoot.querySelector('[data-scenario="scenarioB"]').textContent;
  for (const [typed, kept] of [['70', '60'], ['', '60']]) {
    await years.fill(typed);
    await years.press('Enter');
    await page.waitForFunction(([sel, value]) => document.querySelector(sel).shadowRoot
      .querySelector('input[name="compare-years"]').value === value, [w, kept]);
    assert.doesNotMatch(await page.evaluate(scenarioB, w), /must be between/, `typed "${typed}"`);
  }
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('years: a slider and a field that update as the reader drags or types, clamped to 0-60, the URL in step', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html'));
  const w = '#calculator';
  await ready(page, w);
  const years = () => page.evaluate(() => document.getElementById('calculator').result.years);
  const field = page.locator(`${w} input[name="years"]`);
  const slider = page.locator(`${w} input[name="years-slider"]`);
  await slider.fill('17');  // a drag: input events, no Enter
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 17);
  assert.equal(await field.inputValue(), '17');
  await field.fill('9');  // typing: no Enter, no blur
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 9);
  assert.equal(await slider.inputValue(), '9');
  await page.waitForFunction(() => location.hash.includes('years=9'));
  await field.fill('75');
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 60);
  assert.equal(await field.inputValue(), '60');
  await field.fill('-3');
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 0);
  await field.press('Tab');
  assert.equal(await field.inputValue(), '0');
  await page.waitForFunction(() => location.hash.includes('years=0'));
  assert.doesNotMatch(await page.evaluate(() => location.hash), /years=-|years=75/);
  assert.equal(await years(), 0);
  // From a link or an attribute too: brought to the nearest end, the URL in step, no note.
  for (const [given, shown] of [['-3', 0], ['75', 60], ['1e3', 60], ['1e308', 60], ['-0.5', 0]]) {
    await page.evaluate((y) => { location.hash = 'years=' + y; }, given);
    await page.waitForFunction((y) => document.getElementById('calculator').result.years === y, shown);
    assert.equal(await page.evaluate(() => location.hash), '#years=' + shown, given);
    assert.equal(await field.inputValue(), String(shown));
    assert.equal(await page.locator(`${w} .notes li`).count(), 0, 'no note: the value was usable');
  }
  await page.evaluate(() => document.getElementById('calculator').setAttribute('years', '-1'));
  await page.waitForFunction(() => document.getElementById('calculator').getAttribute('years') === '0');
  // Cleared and left, the field shows the years again; its name is its caption alone.
  await field.fill('');
  await field.press('Tab');
  assert.equal(await field.inputValue(), '0');
  assert.equal(await page.getByRole('spinbutton', { name: 'Years of experience', exact: true }).count(), 1);
  // Five steps of the arrow keys on the slider are one history entry: one Back undoes them.
  await field.fill('4');
  await field.press('Tab');  // (to the slider)
  await page.waitForFunction(() => location.hash.includes('years=4'));
  for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 9);
  await page.waitForFunction(() => location.hash.includes('years=9'));
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 4);
  // Steps of the slider without focus (a tap on a phone), then another input: the other input
  // is an entry of its own, and Back shows the slider's last step.
  await slider.evaluate((s) => {
    for (const v of ['6', '8']) {
      s.value = v;
      s.dispatchEvent(new Event('input', { bubbles: true }));
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  await page.waitForFunction(() => location.hash.includes('years=8'));
  await page.locator(`${w} select[name="role"]`).selectOption('data-scientist');
  await page.waitForFunction(() => location.hash.includes('role=data-scientist'));
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('calculator').result.role === 'ml-engineer');
  assert.equal(await years(), 8);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a screen reader hears one short sentence per new estimate, not the whole estimate; a right-to-left page keeps the calculator left to right', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html'),
    () => document.addEventListener('DOMContentLoaded', () => { document.documentElement.dir = 'rtl'; }));
  const w = '#calculator';
  await ready(page, w);
  const status = page.locator(`${w} p[role="status"]`);
  const live = () => page.evaluate(() => [...document.getElementById('calculator').shadowRoot
    .querySelectorAll('[aria-live], [role="status"], [role="alert"]')].map((e) => e.className));
  assert.deepEqual(await live(), ['picker-note', 'picker-note', 'picker-note', 'status', 'offer-result', 'difference', 'muted'],
    'the three pickers\' notes (empty until text names nothing), the status, the offer\'s result, the comparison\'s difference and share\'s');
  const median = await page.evaluate(() => document.getElementById('calculator').result.total.p50);
  assert.equal(await status.textContent(),
    `Machine learning engineer, 3 years, United States: median total pay $${Math.round(median).toLocaleString('en-US')} a year.`);
  await page.locator(`${w} input[name="years"]`).fill('12');
  await page.waitForFunction(() => document.getElementById('calculator').result.years === 12);
  assert.match(await status.textContent(), /^Machine learning engineer, 12 years, United States: median total pay \$[\d,]+ a year\.$/);
  const box = await status.boundingBox();
  assert.ok(box.width <= 1 && box.height <= 1, 'not shown on screen');

  // The page is right to left; the calculator's text (English here) is not.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('calculator').shadowRoot
    .querySelector('.estimate')).direction), 'ltr');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('what the figures rest on is said as it is: 1 report, no reports of remote work, a cell without reports resting on its country, the city without prices', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html'));
  const w = '#calculator';
  await ready(page, w);
  const sample = page.locator(`${w} [part="sample"]`);
  for (const [hash, text] of [
    ['country=DE&years=0', /^Based on 1 report; confidence: medium\.$/],
    ['country=GB&years=12', /^Country level from [\d,]+ survey answers and local reports; confidence: medium\.$/],
    ['country=CN&years=6&employer=us-remote', /^No reports of remote work from this country; confidence: low\.$/],
    ['country=US&years=6', /^Based on [\d,]+ reports; confidence: high\.$/],
    ['country=US&years=14&role=applied-scientist', /^No reports at this level: the figures are the model's, from the levels and roles around it; confidence: low\.$/],
  ]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction((h) => document.getElementById('calculator').result.country === new URLSearchParams(h).get('country') &&
      document.getElementById('calculator').result.years === Number(new URLSearchParams(h).get('years')), hash);
    assert.match(await sample.textContent(), text, hash);
    assert.doesNotMatch(await page.locator(`${w} .warnings`).count() ? await page.locator(`${w} .warnings`).textContent() : '',
      /gives no sample size|\(0 reports\)|1 reports/, hash);
  }
  // Remote pay leaves Berlin out of the pay, not out of the prices: Berlin has no price level.
  await page.evaluate(() => { location.hash = 'country=DE&city=de-berlin&years=6&employer=us-remote'; });
  await page.waitForFunction(() => document.getElementById('calculator').result.country === 'DE');
  assert.equal(await page.locator(`${w} [data-value="purchasing-power"]`).first().textContent(),
    'What it buys is not shown: no source here measures prices in Berlin.');
  await page.evaluate(() => { location.hash = 'country=CN&years=6&employer=us-remote&lang=zh-CN'; });
  await page.waitForFunction(() => document.getElementById('calculator').getAttribute('lang') === 'zh-CN' ||
    document.documentElement.lang === 'zh-CN');
  await page.waitForFunction((sel) => /远程工作报告/.test(document.querySelector(sel).shadowRoot.querySelector('[part="sample"]').textContent), w);
  assert.match(await sample.textContent(), /^没有来自该国家\/地区的远程工作报告；可信度：低。$/);
  // The exchange rate's date after its source's Chinese title, in Chinese brackets.
  const factors = await page.locator(`${w} [part="factors"]`).textContent();
  assert.match(factors, /汇率（\d{4}）/);
  assert.doesNotMatch(factors, /\(\d{4}\)/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('countries, cities and companies: search-as-you-type pickers sorted in the reader\'s language', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html'));
  await ready(page, '#calculator');
  const w = '#calculator';
  const field = (name) => page.locator(`${w} input[name="${name}"]`);
  const suggestions = (name) => page.locator(`${w} datalist#picker-${name} option`)
    .evaluateAll((o) => o.map((x) => x.value));
  const attr = (name) => page.locator(w).getAttribute(name);
  // The seed's cities, found by their plain names: typed, then Enter.
  for (const [typed, id] of [['San Francisco', 'us-san-francisco'], ['san jose', 'us-san-jose'],
    ['Seattle', 'us-seattle'], ['boston', 'us-boston']]) {
    await field('city').fill(typed);
    await field('city').press('Enter');
    assert.equal(await attr('city'), id, typed);
    assert.match(await field('city').inputValue(), new RegExp('^' + typed.split(' ')[0], 'i'), 'the field shows the label');
  }
  // The list holds every area of the country, by label: not by id (which began with Sussex, Delaware).
  await field('city').focus();
  const cities = await suggestions('city');
  assert.ok(cities.length > 500, `${cities.length} US areas`);
  assert.deepEqual(cities, [...cities].sort(new Intl.Collator('en').compare));
  assert.equal(cities[0], 'Abilene, TX');
  // Picking a suggestion (its whole label typed or chosen) applies at once; an empty city is any.
  await field('city').fill('Austin-Round Rock-San Marcos, TX');
  assert.equal(await attr('city'), 'us-austin');
  await field('city').fill('');
  await field('city').press('Enter');
  assert.equal(await attr('city'), null);
  assert.equal(await field('city').getAttribute('placeholder'), 'Whole country');
  // Text that names nothing leaves the choice as it was, and a note next to the field says so.
  const note = (name) => page.locator(`${w} input[name="${name}"]`).locator('xpath=../following-sibling::*[1]');
  await field('country').fill('Atlantis');
  await field('country').press('Enter');
  assert.equal(await attr('country'), null);
  assert.equal(await field('country').inputValue(), 'United States');
  assert.equal(await note('country').textContent(), 'Nothing here matches “Atlantis”.');
  assert.equal(await note('country').getAttribute('role'), 'status');
  await field('country').fill('Unit');
  assert.equal(await note('country').textContent(), '', 'typing again clears it');
  await field('city').fill('Berlin');
  await field('city').press('Enter');
  assert.equal(await note('city').textContent(), 'Berlin is in another country (Germany): choose it first.');
  assert.equal(await field('city').getAttribute('aria-describedby'), await note('city').getAttribute('id'));
  await field('company').fill('bytedance');
  await field('company').press('Enter');
  assert.equal(await note('company').textContent(), 'ByteDance (TikTok) has no figures here, only for: United States.',
    'found as the pickers find names');
  // Another choice (or language) clears the note and the mark.
  await field('company').fill('Google');
  assert.equal(await note('company').textContent(), '');
  await field('country').fill('Germany');
  await field('country').press('Enter');
  assert.equal(await attr('country'), 'DE');
  assert.equal(await note('city').textContent(), '');
  assert.equal(await field('city').getAttribute('aria-invalid'), null);
  await field('country').fill('United States');
  assert.equal(await attr('country'), 'US');
  assert.equal(await page.locator(`${w} input[name="city"]`).evaluate((i) => i.labels[0].textContent), 'City',
    'the note is not part of the field\'s name');
  // Countries by label, a word inside a name found (kingdom: United Kingdom), accents ignored.
  await field('country').focus();
  const countries = await suggestions('country');
  assert.deepEqual(countries, [...countries].sort(new Intl.Collator('en').compare));
  await field('country').fill('kingdom');
  await field('country').press('Enter');
  assert.equal(await attr('country'), 'GB');
  await field('country').fill('United States');
  assert.equal(await attr('country'), 'US');
  await field('company').fill('google');
  await field('company').press('Enter');
  assert.equal(await attr('company'), 'google');
  // An old link's numeric city id shows as its city.
  await page.evaluate(() => { location.hash = 'city=us-42660'; });
  await page.waitForFunction(() => document.querySelector('#calculator').shadowRoot
    .querySelector('input[name="city"]').value.startsWith('Seattle'));
  // In Chinese: countries in pinyin order (Intl.Collator zh-CN), found by either name.
  await page.evaluate(() => { location.hash = 'lang=zh-CN'; });
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await field('country').focus();
  const zh = await suggestions('country');
  assert.deepEqual(zh, [...zh].sort(new Intl.Collator('zh-CN').compare));
  assert.ok(zh.indexOf('澳大利亚') < zh.indexOf('德国') && zh.indexOf('德国') < zh.indexOf('中国'), zh.slice(0, 12).join(' '));
  await field('country').fill('Germany');
  await field('country').press('Enter');
  assert.equal(await attr('country'), 'DE');
  assert.equal(await field('country').inputValue(), '德国');
  await field('city').fill('上海');
  await field('city').press('Enter');
  assert.equal(await attr('city'), null, 'Shanghai is not in Germany');
  assert.equal(await field('city').getAttribute('aria-invalid'), 'true', 'text that names nothing is marked');
  assert.equal(await note('city').textContent(), '上海位于中国：请先选择该国家/地区。');
  await field('company').fill('字节跳动（TikTok）');
  await field('company').press('Enter');
  assert.equal(await note('company').textContent(), '字节跳动（TikTok）在这里没有数据，只有美国的数据。');
  // Typed letter by letter, a name that starts a longer one waits: 中国 is on its way to 中国香港.
  await field('country').fill('');
  await field('country').pressSequentially('中国');
  assert.equal(await attr('country'), 'DE', 'not China yet');
  await field('country').pressSequentially('香港');
  assert.equal(await attr('country'), 'HK', 'a whole name no longer name starts with: taken at once');
  await field('country').fill('德国');
  await field('city').fill('柏林');
  await field('city').press('Enter');
  assert.equal(await attr('city'), 'de-berlin');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

// Latin words a Chinese reader may see: names (of sources, datasets, US places and companies
// without a Chinese name), codes, units and file paths. Anything else in Latin letters is English that leaked.
const NAMES = ['ai-jobs.net', 'Stack', 'Overflow', 'OEWS', 'OFLC', 'PERM', 'H-1B', 'LCA', 'BOSS',
  'ShowMeAI', 'IT', 'CC', 'BY', 'CC0', 'CC0-1.0', 'ODbL', 'ODbL-1.0', 'PA.NUS.PPPC.RF', 'PA.NUS.PPP',
  'PA.NUS.FCRF', 'MARPP', 'h1bdata.info', 'Springboard', 'Glassdoor', 'PayScale', 'Andrew', 'Zola',
  'Markdown', 'MLOps', 'Facebook', 'Spotify', 'IBM', "O'Reilly", 'Kaggle', 'N', 'p10', 'p25', 'p50', 'p75', 'p90', 'p10-p90', 'p25-p75', 'English'];

async function zhLeaks(page) {
  return page.evaluate((allowed) => {
    const host = document.querySelector('#calculator');
    const root = host.shadowRoot;
    const core = host.result;
    const ok = new Set(allowed);
    // English names of what has no Chinese name (US areas, companies), as the catalog has them:
    // taken out whole (allowing their words would let "Total" or "Data" leak unnoticed).
    const catalog = window.__catalog;
    const names = catalog.cities.concat(catalog.companies).filter((x) => !x.labelZh)
      .map((x) => x.label).sort((a, b) => b.length - a.length);
    const texts = [root.querySelector('.calculator').innerText, document.body.innerText];
    root.querySelectorAll('[aria-label], [placeholder], [title]').forEach((n) => {
      ['aria-label', 'placeholder', 'title'].forEach((a) => { if (n.getAttribute(a)) texts.push(n.getAttribute(a)); });
    });
    root.querySelectorAll('option').forEach((o) => texts.push(o.textContent));
    root.querySelectorAll('input[type="text"]').forEach((i) => texts.push(i.value));
    // (What the reader typed, quoted back in a note, is the reader's own.)
    let all = texts.join('\n');
    const wordChar = (c) => /[A-Za-z0-9]/.test(c || '');
    for (const name of names) {  // as a whole name only ("ML" is no company's name inside "MLOps")
      for (let at = all.indexOf(name); at >= 0; at = all.indexOf(name, at + 1)) {
        if (!wordChar(all[at - 1]) && !wordChar(all[at + name.length])) {
          all = all.slice(0, at) + ' ' + all.slice(at + name.length);
        }
      }
    }
    const words = all.replace(/[\w.-]+\/[\w./-]+/g, '').replace(/“[^”]*”/g, '').match(/[A-Za-z][A-Za-z0-9.'-]*[A-Za-z0-9]|[A-Za-z]/g) || [];
    return [...new Set(words.filter((w) => !ok.has(w) && !/^[A-Z]{2,3}$/.test(w) && core))];
  }, NAMES);
}

test('the Chinese view is Chinese: no English outside names, codes and units; China shown monthly × N', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html') + '#lang=zh-CN');
  await ready(page, '#calculator');
  await page.evaluate(async () => { window.__catalog = (await createSalaryCore()).catalog(); });
  const views = [
    'lang=zh-CN',
    'lang=zh-CN&country=CN&city=cn-shanghai&years=6',
    'lang=zh-CN&country=DE&city=de-berlin&currency=USD&company-size=L',
    'lang=zh-CN&country=IN&employer=us-remote',
    'lang=zh-CN&years=abc&role=nope&country=US&city=us-seattle&company=google&period=weekly',
  ];
  for (const hash of views) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction((h) => location.hash === '#' + h && document.querySelector('#calculator').result, hash);
    await settle(page);
    if (hash === views[1]) {
      await page.locator('#calculator .compare-toggle').click();
      await page.locator('#calculator [data-copy="copyText"]').click();
      // China: monthly pay times N months a year, unless the reader chose otherwise.
      assert.equal(await page.locator('#calculator select[name="period"]').inputValue(), 'monthly');
      assert.match(await page.locator('#calculator .headline-row').textContent(), /每月（每年 1[2-6] 薪）/);
    }
    assert.deepEqual(await zhLeaks(page), [], hash);
  }
  assert.equal((await page.locator('#calculator .notes li').allTextContents()).length, 3, 'the bad hash gives three notes');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the page follows the system\'s dark mode and has a theme control the calculator follows', async () => {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(fileUrl('index.html'));
  await ready(page, '#calculator');
  const look = () => page.evaluate(() => ({
    page: getComputedStyle(document.body).backgroundColor,
    calculator: document.querySelector('#calculator').getAttribute('data-theme'),
    control: document.querySelector('#theme').value,
  }));
  const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).every((c) => Number(c) < 60);
  let now = await look();
  assert.ok(dark(now.page), `a dark system gives a dark page: ${now.page}`);
  assert.equal(now.calculator, 'dark');
  assert.equal(now.control, 'auto');
  assert.deepEqual(await axeViolations(page), [], 'dark page');
  // The reader picks light: page and calculator, kept in the hash (a link keeps it).
  await page.locator('#theme').selectOption('light');
  await page.waitForFunction(() => location.hash.includes('theme=light'));
  now = await look();
  assert.ok(!dark(now.page), now.page);
  assert.equal(now.calculator, 'light');
  assert.deepEqual(await axeViolations(page), [], 'light page in a dark system');
  // Dark in a light system, and the language switch keeps the theme.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#theme').selectOption('dark');
  await page.waitForFunction(() => document.querySelector('#calculator').getAttribute('data-theme') === 'dark');
  assert.ok(dark((await look()).page));
  assert.match(await page.locator('#switch-lang').getAttribute('href'), /theme=dark/);
  await page.locator('#theme').selectOption('auto');
  await page.waitForFunction(() => !location.hash.includes('theme='));
  now = await look();
  assert.ok(!dark(now.page));
  assert.equal(now.calculator, 'light');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone (375 px) the result comes first, the less used inputs are folded, text is readable and whole', async () => {
  for (const lang of ['en', 'zh-CN']) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(fileUrl('index.html') + (lang === 'en' ? '' : '#lang=zh-CN'));
    await ready(page, '#calculator');
    await settle(page);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('#calculator').shadowRoot;
      const top = (sel) => root.querySelector(sel).getBoundingClientRect().top + scrollY;
      // Text a select shows, measured in its own font, against the room it has.
      const canvas = document.createElement('canvas').getContext('2d');
      const cut = [...root.querySelectorAll('select, input[type="text"]')].filter((c) => {
        if (!c.getClientRects().length) return false;  // folded away
        canvas.font = getComputedStyle(c).font;
        const text = c.tagName === 'SELECT' ? c.selectedOptions[0].textContent : c.value;
        return canvas.measureText(text).width + (c.tagName === 'SELECT' ? 28 : 10) > c.clientWidth;
      }).map((c) => c.name);
      const svg = root.querySelector('svg.chart');
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const axis = parseFloat(getComputedStyle(root.querySelector('svg.chart .axis')).fontSize) * scale;
      return { headline: top('[data-value="total-p50"]'), form: top('form'), more: root.querySelector('details.more').open,
        cut, axis, width: document.documentElement.scrollWidth };
    });
    assert.ok(layout.headline < 500, `${lang}: the headline at y=${layout.headline} (760 before)`);
    assert.ok(layout.form > layout.headline, `${lang}: the inputs after the result`);
    assert.equal(layout.more, false, `${lang}: more options folded`);
    assert.deepEqual(layout.cut, [], `${lang}: controls whose text does not fit`);
    assert.ok(layout.axis >= 11, `${lang}: chart text at ${layout.axis.toFixed(1)} px`);
    assert.ok(layout.width <= 375, `${lang}: no sideways scrolling (${layout.width} px)`);
    await page.close();
  }
  // On a laptop, the inputs first and everything open, the chart not taller than 300 px, no
  // choice cut.
  const { page } = await open(browser.context, fileUrl('index.html') + '#city=us-seattle');
  await ready(page, '#calculator');
  const wide = await page.evaluate(() => {
    const root = document.querySelector('#calculator').shadowRoot;
    const canvas = document.createElement('canvas').getContext('2d');
    const cut = [...root.querySelectorAll('form select, form input[type="text"]')].filter((c) => {
      canvas.font = getComputedStyle(c).font;
      const text = c.tagName === 'SELECT' ? c.selectedOptions[0].textContent : c.value;
      return canvas.measureText(text).width + (c.tagName === 'SELECT' ? 28 : 10) > c.clientWidth;
    }).map((c) => c.name);
    return { cut, more: root.querySelector('details.more').open,
      formFirst: root.querySelector('form').getBoundingClientRect().top < root.querySelector('.estimate').getBoundingClientRect().top,
      chart: root.querySelector('svg.chart').getBoundingClientRect().height };
  });
  assert.deepEqual({ more: wide.more, formFirst: wide.formFirst, cut: wide.cut }, { more: true, formFirst: true, cut: [] });
  assert.ok(wide.chart <= 301, `chart ${wide.chart} px tall at 1280 px`);
  await page.close();
});

test('text half typed in a picker stays through a render that something else causes', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html'));
  await ready(page, '#calculator');
  const city = page.locator('#calculator input[name="city"]');
  await city.focus();
  await city.pressSequentially('seat');
  // The language changes (another tab of the reader's, a link): the calculator renders again.
  await page.evaluate(() => { location.hash = 'lang=zh-CN'; });
  await page.waitForFunction(() => document.querySelector('#calculator').shadowRoot
    .querySelector('[data-value="profile"]').textContent.includes('年经验'));
  assert.equal(await city.inputValue(), 'seat');
  await city.press('Enter');
  await page.waitForFunction(() => document.querySelector('#calculator').result.city === 'us-seattle');
  const seattle = await page.evaluate(async () => {
    const c = (await createSalaryCore()).catalog().cities.find((x) => x.id === 'us-seattle');
    return c.labelZh || c.label;
  });
  assert.equal(await city.inputValue(), seattle, 'the label of the city taken, in Chinese');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('at 320 px no amount or factor is broken across lines', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(fileUrl('index.html') + '#country=ID&currency=IDR&years=30');
  await ready(page, '#calculator');
  await settle(page);
  const broken = await page.evaluate(() => {
    const root = document.querySelector('#calculator').shadowRoot;
    const out = [];
    // Each run of digits with its separators (and a factor's "× "), measured as laid out.
    root.querySelectorAll('.estimate dd, .estimate td, .tiers dd').forEach((node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const m of text.data.matchAll(/(\u00d7\u00a0)?\d[\d,.]*\d/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
    });
    return { out, checked: root.querySelectorAll('.estimate dd').length };
  });
  assert.ok(broken.checked >= 4, `${broken.checked} figures`);
  assert.deepEqual(broken.out, []);
  // A factor in the reader's locale: grouped as its amounts are.
  await page.evaluate(() => document.querySelector('#calculator').setAttribute('lang', 'de'));
  await page.waitForFunction(() => /16\.304,35/.test(document.querySelector('#calculator').shadowRoot.querySelector('.estimate table').textContent));
  assert.match(await page.locator('#calculator td.multiplier').allTextContents().then((x) => x.join(' | ')), /×\u00a016\.304,35/);
  await page.close();
});

// Layout shift on a page, as the browser measures it (shifts after input excluded).
async function layoutShift(page) {
  return page.evaluate(() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 500);
  }));
}

test('loading: no layout shift (CLS < 0.05) and no blank controls while the module starts', async () => {
  for (const width of [1280, 375]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(fileUrl('index.html'));
    await ready(page, '#calculator');
    const cls = await layoutShift(page);
    assert.ok(cls < 0.05, `index.html at ${width} px: cumulative layout shift ${cls.toFixed(3)} (before: 0.16 at 1280 px, 0.69 at 375 px)`);
    await page.close();
  }
  // A module that never finishes starting: what the reader sees meanwhile.
  const page = await browser.context.newPage();
  await slowStart(page, 'never');
  await page.goto(fileUrl('index.html'));
  await page.waitForFunction(() => customElements.get('ml-salary-calculator'));
  await page.waitForTimeout(200);
  const loading = await page.evaluate(() => {
    const host = document.querySelector('#calculator');
    const root = host.shadowRoot;
    const shown = (n) => n.getClientRects().length > 0 && getComputedStyle(n).visibility === 'visible';
    const blank = [...root.querySelectorAll('button, select, input, h3, h4')]
      .filter((n) => shown(n) && !(n.textContent.trim() || n.value || (n.options && n.options.length)))
      .map((n) => n.outerHTML.slice(0, 60));
    return { blank, text: root.querySelector('.estimate').textContent,
      height: host.getBoundingClientRect().height, screen: innerHeight };
  });
  assert.deepEqual(loading.blank, [], 'blank controls shown while loading');
  assert.match(loading.text, /Loading/);
  assert.ok(loading.height >= loading.screen, 'the calculator\'s space is reserved');
  await page.close();
});

test('chart: the top of the range is labelled, "you" clear of the median line, and any year readable by pointer or keyboard', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html') + '#years=6&country=DE');
  await ready(page, '#calculator');
  const w = '#calculator';
  const geometry = await page.evaluate(() => {
    const root = document.querySelector('#calculator').shadowRoot;
    const svg = root.querySelector('svg.chart');
    const median = svg.querySelector('path.median');
    const you = svg.querySelector('.marker-label').getBBox();
    // The median line's points inside the label's box.
    let inside = 0;
    for (let l = 0; l <= median.getTotalLength(); l += 1) {
      const p = median.getPointAtLength(l);
      if (p.x >= you.x && p.x <= you.x + you.width && p.y >= you.y && p.y <= you.y + you.height) inside++;
    }
    const top = Math.min(...[...svg.querySelectorAll('path.band-outer')].flatMap((path) => {
      const out = [];
      for (let l = 0; l <= path.getTotalLength(); l += 4) out.push(path.getPointAtLength(l).y);
      return out;
    }));
    const ticks = [...svg.querySelectorAll('line.grid')].map((g) => Number(g.getAttribute('y1')));
    return { inside, top, highestTick: Math.min(...ticks) };
  });
  assert.equal(geometry.inside, 0, 'the median line runs through the "you" label');
  assert.ok(geometry.highestTick <= geometry.top + 0.5, `the highest labelled line (${geometry.highestTick}) is at or above the band's top (${geometry.top})`);
  // Keyboard: focus the chart, the arrows move along the years; the value is said and shown.
  const chart = page.locator(`${w} svg.chart`);
  const readout = page.locator(`${w} [data-value="chart-readout"]`);
  assert.match(await readout.textContent(), /arrow keys/);
  await chart.focus();
  assert.match(await readout.textContent(), /^6 years: median €[\d,]+; p25-p75 €[\d,]+ – €[\d,]+; p10-p90/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await readout.textContent(), /^7 years: /);
  assert.equal(await chart.getAttribute('aria-valuenow'), '7');
  assert.equal(await chart.getAttribute('aria-valuetext'), await readout.textContent());
  await page.keyboard.press('End');
  assert.match(await readout.textContent(), /^20 years: /);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  assert.match(await readout.textContent(), /^0\.5 years: /);
  await page.keyboard.press('ArrowRight');
  assert.match(await readout.textContent(), /^1 year: /, 'one year, singular');
  // Pointer: the year under it.
  await chart.blur();
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + 64 * box.width / Number((await chart.getAttribute('viewBox')).split(' ')[2]) + 1, box.y + box.height / 2);
  assert.match(await readout.textContent(), /^0 years: /);
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  assert.match(await readout.textContent(), /^(9\.5|10|10\.5) years: /);
  await page.mouse.move(0, 0);
  assert.match(await readout.textContent(), /arrow keys/, 'the hint again when the pointer leaves');
  assert.deepEqual(seen.errors, []);
  // (axe reads the page's stylesheets with a request the page's CSP blocks: after the check above.)
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('old ids and other spellings show as what the estimate used; in-page anchors survive a clamp; a failed start shows its fallback', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html') + '#city=us-41940&years=3');
  await ready(page, '#calculator');
  const w = '#calculator';
  assert.match(await page.locator(`${w} input[name="city"]`).inputValue(), /^San Jose/);
  await page.locator(`${w} .compare-toggle`).click();
  assert.equal(await page.locator(`${w} select[name="compare-city"]`).inputValue(), 'us-san-jose');
  await page.evaluate(() => { location.hash = 'country=de&city=de-berlin'; });
  await page.waitForFunction(() => document.getElementById('calculator').result.city === 'de-berlin');
  assert.equal(await page.locator(`${w} input[name="country"]`).inputValue(), 'Germany');
  assert.equal(await page.locator(`${w} input[name="city"]`).inputValue(), 'Berlin');
  // In English, a country is found by its Chinese name too.
  await page.locator(`${w} input[name="country"]`).fill('法国');
  await page.locator(`${w} input[name="country"]`).press('Enter');
  assert.equal(await page.locator(w).getAttribute('country'), 'FR');
  // The chart says its value to assistive technology before anyone moves over it.
  assert.match(await page.locator(`${w} svg.chart`).getAttribute('aria-valuetext'), /^3 years: median/);
  // An in-page link stays when years from a script are brought into range.
  await page.evaluate(() => { location.hash = 'method'; });
  await page.evaluate(() => document.getElementById('calculator').setAttribute('years', '99'));
  await page.waitForFunction(() => document.getElementById('calculator').getAttribute('years') === '60');
  assert.equal(await page.evaluate(() => location.hash), '#method');
  assert.deepEqual(seen.errors, []);
  await page.close();

  // A module that cannot start: the message and the page's fallback on the first screen.
  const failing = await browser.context.newPage();
  await slowStart(failing, 'fails');
  await failing.goto(fileUrl('index.html'));
  await failing.waitForFunction(() => document.querySelector('#calculator').shadowRoot.querySelector('.estimate .error'));
  const where = await failing.evaluate(() => {
    const host = document.querySelector('#calculator');
    const table = host.querySelector('table');  // the page's own fallback (the article's figures)
    return { table: table.getBoundingClientRect().top, visible: table.getClientRects().length > 0,
      error: host.shadowRoot.querySelector('.estimate .error').textContent };
  });
  assert.match(where.error, /blocked for the test/);
  assert.ok(where.visible && where.table < 800, `the fallback at y=${where.table}`);
  await failing.close();
});

test('what the pay buys and what moves it: purchasing power, the price level among the factors, the levers panel, in both languages', async () => {
  const { page, seen } = await open(browser.context, fileUrl('index.html') + '#years=2&country=US&city=us-seattle');
  await ready(page, '#calculator');
  const w = '#calculator';
  const result = () => page.evaluate(() => document.getElementById('calculator').result);
  const r = await result();
  const money = (n) => '$' + Math.round(n).toLocaleString('en-US');
  // "$198,468 in Seattle buys what $178,591 buys at US-average prices"
  const pp = await page.locator(`${w} [data-value="purchasing-power"]`).first().textContent();
  assert.ok(pp.includes(money(r.total.p50)) && pp.includes(money(r.purchasingPower.total.p50)), pp);
  assert.match(pp, /Seattle-Tacoma-Bellevue, WA .* 1\.11 × the US average/);
  assert.match(await page.locator(`${w} [data-factor="price-level"]`).textContent(), /BEA Regional Price Parities.*\(2024\)/);
  // The levers: as the core gives them, gains only, largest first, each the changed profile's median.
  const levers = await page.evaluate(async () => (await createSalaryCore()).levers({ years: 2, country: 'US', city: 'us-seattle' }).levers);
  const shown = await page.locator(`${w} [data-value="levers"] li`).evaluateAll((li) => li.map((x) => [x.dataset.lever, x.textContent]));
  assert.deepEqual(shown.map((x) => x[0]), levers.filter((l) => l.delta > 0).map((l) => l.id));
  for (const [id, text] of shown) {
    const lever = levers.find((l) => l.id === id);
    assert.ok(text.includes(money(lever.total.p50)) && text.includes('+' + lever.deltaPercent.toFixed(0) + '%'), text);
  }
  assert.match(shown.find((x) => x[0] === 'city')[1], /^Work in San Jose-Sunnyvale-Santa Clara, CA \+\d+% .*buys \+\d+%/);
  assert.match(await page.locator(`${w} [data-value="advice"]`).textContent(), /San Francisco, San Jose, Seattle and Boston/);
  // In the prices of a place the reader picks: Germany's (its price level and euros). The list
  // is built when the reader reaches the select (here the pointer).
  await page.locator(`${w} select[name="pricesIn"]`).hover();
  await page.locator(`${w} select[name="pricesIn"]`).selectOption('DE');
  await page.waitForFunction(() => location.hash.includes('prices-in=DE'));
  const de = await page.evaluate(async () => (await createSalaryCore()).estimate({ country: 'DE', years: 2 }));
  const eur = r.purchasingPower.total.p50 * de.purchasingPower.priceLevel * de.factors.find((f) => f.id === 'currency').multiplier;
  const inGermany = await page.locator(`${w} [data-value="purchasing-power"]`).first().textContent();
  assert.ok(inGermany.includes('buys what €' + Math.round(eur).toLocaleString('en-US') + ' buys in Germany'), inGermany);
  await page.locator(`${w} select[name="pricesIn"]`).selectOption('');
  // Compare: two places side by side, in nominal pay and in what it buys.
  await page.locator(`${w} .compare-toggle`).click();
  await page.locator(`${w} select[name="compare-city"]`).selectOption('us-san-jose');
  const buys = await page.locator(`${w} .compare [data-value="purchasing-power"]`).allTextContents();
  assert.equal(buys.length, 2);
  assert.ok(buys.every((b) => /^\$[\d,]+$/.test(b)), buys.join(' | '));
  // In Chinese: China's own price level, none for Shanghai (said, not guessed); the panel in Chinese.
  await page.evaluate(() => { location.hash = 'lang=zh-CN&years=6&country=CN&city=cn-shanghai'; });
  await page.waitForFunction(() => document.getElementById('calculator').result.city === 'cn-shanghai');
  await settle(page);
  assert.equal((await result()).purchasingPower, null);
  assert.match(await page.locator(`${w} [data-value="purchasing-power"]`).first().textContent(), /不显示购买力：这里没有上海物价水平的数据来源/);
  assert.match(await page.locator(`${w} .levers h3`).textContent(), /怎样提高你的薪资/);
  assert.match(await page.locator(`${w} [data-lever="city"]`).textContent(), /^到 San Jose-Sunnyvale-Santa Clara, CA 工作 \+\d+%/);
  assert.match(await page.locator(`${w} [data-value="advice"]`).textContent(), /旧金山、圣何塞、西雅图和波士顿/);
  await page.evaluate(() => { location.hash = 'lang=zh-CN&years=6&country=CN'; });
  await page.waitForFunction(() => document.getElementById('calculator').result.city === null);
  assert.match(await page.locator(`${w} [data-value="purchasing-power"]`).first().textContent(), /购买力：在中国的 ¥[\d,]+，相当于美国平均物价下的 US\$[\d,]+（当地物价为美国平均的 0\.49 倍）/);
  // China's view is monthly: each lever's pay is a month of the changed job, 13 salaries a year
  // at home, 12 from a US employer or in San Jose.
  // Its percentage is the change of that month's pay (for the remote lever +98%, where the
  // year gains 82%).
  const cnLevers = await page.evaluate(async () => (await createSalaryCore()).levers({ years: 6, country: 'CN' }).levers);
  const cnMonth = (await result()).total.p50 / 13;
  for (const [id, months] of [['years', 13], ['employer', 12], ['city', 12]]) {
    const lever = cnLevers.find((l) => l.id === id);
    const text = await page.locator(`${w} [data-lever="${id}"]`).textContent();
    const percent = '+' + (100 * (lever.total.p50 / months / cnMonth - 1)).toFixed(0) + '%';
    assert.ok(text.includes(percent + '（¥' + Math.round(lever.total.p50 / months).toLocaleString('en-US') + '）'), `${id}: ${text}`);
  }
  // Remote work for a US employer from China: still the monthly view, a year over 12 salaries.
  await page.evaluate(() => { location.hash = 'lang=zh-CN&years=6&country=CN&employer=us-remote'; });
  await page.waitForFunction(() => document.getElementById('calculator').result.employer === 'us-remote');
  await settle(page);
  const remote = await result();
  assert.equal(await page.locator(`${w} select[name="period"]`).inputValue(), 'monthly');
  assert.equal((await page.locator(`${w} .estimate [data-value="total-p50"]`).textContent()).replace(/[^\d]/g, ''),
    String(Math.round(remote.total.p50 / 12)));
  await page.evaluate(() => { location.hash = 'lang=zh-CN&years=6&country=CN'; });
  await page.waitForFunction(() => document.getElementById('calculator').result.employer === 'local');
  await settle(page);
  // Compared with the same job in the US: the difference of the two monthly figures shown
  // (China's year over 13 salaries, the US's over 12), not the yearly difference over 13. The
  // comparison (left open above) opens again as a copy of this profile, then moves to the US.
  const toggle = page.locator(`${w} .compare-toggle`);
  if (await toggle.getAttribute('aria-expanded') === 'true') await toggle.click();
  await toggle.click();
  await page.locator(`${w} select[name="compare-country"]`).selectOption('US');
  await page.locator(`${w} input[name="compare-years"]`).fill('6');
  await page.locator(`${w} input[name="compare-years"]`).press('Enter');
  const [a, b] = await page.evaluate(async () => {
    const core = await createSalaryCore();
    return [core.estimate({ years: 6, country: 'CN' }), core.estimate({ years: 6, country: 'US', currency: 'CNY' })];
  });
  const columns = await page.locator(`${w} .compare [data-value="total-p50"]`).allTextContents();
  assert.deepEqual(columns.map((c) => c.replace(/[^\d]/g, '')),
    [String(Math.round(a.total.p50 / 13)), String(Math.round(b.total.p50 / 12))]);
  const monthly = b.total.p50 / 12 - a.total.p50 / 13;
  assert.equal(await page.locator(`${w} .difference`).textContent(), '另一种情况的总薪酬中位数：+¥' +
    Math.round(monthly).toLocaleString('en-US') + '（+' + (100 * monthly / (a.total.p50 / 13)).toFixed(0) + '%）。');
  assert.deepEqual(seen.errors, []);
  await page.close();

  // Compact embeds leave the panel out unless the author asks for it.
  const blog = await open(browser.context, fileUrl('tests/browser/pages/blank.html'));
  const visible = await blog.page.evaluate(async () => {
    const make = (attrs) => {
      const el = document.createElement('ml-salary-calculator');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.querySelector('main').appendChild(el);
      return el;
    };
    const plain = make({ compact: '' }), asked = make({ compact: '', levers: '' });
    for (let i = 0; i < 200 && !(plain.result && asked.result); i++) await new Promise((r) => setTimeout(r, 10));
    const shows = (el) => el.shadowRoot.querySelector('.levers').getClientRects().length > 0;
    return { plain: shows(plain), asked: shows(asked) };
  });
  assert.deepEqual(visible, { plain: false, asked: true });
  await blog.page.close();
});

test('the chart is drawn for its width, and for the profile of the moment after being hidden, with or without ResizeObserver', async () => {
  for (const observer of [true, false]) {
    const { page, seen } = await open(browser.context, fileUrl('index.html'),
      observer ? undefined : () => { delete window.ResizeObserver; });
    await ready(page, '#calculator');
    await settle(page);
    assert.equal(await page.evaluate(() => typeof ResizeObserver), observer ? 'function' : 'undefined');
    const chart = page.locator('#calculator svg[role="slider"]');
    const drawnFor = async () => Number((await chart.getAttribute('viewBox')).split(' ')[2]);
    const width = await page.locator('#calculator figure.chart-box').evaluate((f) => f.getBoundingClientRect().width);
    assert.ok(Math.abs(await drawnFor() - Math.round(width)) <= 1, `drawn for ${await drawnFor()} px, has ${width}`);
    await page.evaluate(() => { document.querySelector('#calculator').style.display = 'none'; });
    await settle(page);
    await page.evaluate(() => { document.querySelector('#calculator').setAttribute('years', '15'); });
    await settle(page);
    await page.evaluate(() => { document.querySelector('#calculator').style.display = ''; });
    await settle(page);
    assert.equal(await chart.getAttribute('aria-valuenow'), '15', observer ? 'with ResizeObserver' : 'without');
    assert.deepEqual(seen.errors, []);
    await page.close();
  }
});
