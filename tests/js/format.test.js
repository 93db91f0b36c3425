// web/format.js under Node: amounts in the reader's locale and the chosen period, and a result's
// names in the reader's language (from the real catalog of dist/salary-core.js).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { createSalaryCore } = require('./load.js');

const context = vm.createContext({});
for (const file of ['messages.js', 'format.js']) {
  vm.runInContext(fs.readFileSync(path.join(__dirname, '../../web', file), 'utf8'), context, { filename: file });
}

// The element as format.js sees it.
const host = (lang, period = 'annual', catalog = null) => ({
  _period: period, _catalog: catalog, _lang: () => (lang.startsWith('zh') ? 'zh-CN' : 'en'), _locale: () => lang,
  _t: (key, values) => context.translate(lang.startsWith('zh') ? 'zh-CN' : 'en', key, values),
});

test('amounts: whole units, three significant digits below 100, compact on the axes', () => {
  assert.equal(context.formatMoney('en', 'USD', 123456.7, 'whole'), '$123,457');
  assert.equal(context.formatMoney('en', 'EUR', 0.012345, 'whole'), '€0.0123', 'not €0');
  assert.equal(context.formatMoney('en', 'EUR', 0, 'whole'), '€0');
  assert.equal(context.formatMoney('en', 'USD', 150000, 'compact'), '$150K');
  assert.equal(context.formatMoney('en', 'USD', 1450, 'compact'), '$1.5K');
  assert.match(context.formatMoney('de', 'EUR', 1234567, 'compact'), /^1,2\sMio\.\s€$/);
});

// English and Chinese amounts are written without Intl (web/format.js: its first use costs a
// new renderer 60-90 ms); they must read exactly as Intl writes them. Every currency Intl knows
// and two it does not, in each locale tag of the two languages, whole and compact, at the
// thresholds of each unit, ties, negative amounts and seeded random amounts of every magnitude.
// The rules are CLDR 48's (Node 20.20's ICU 78; tests/browser/widget.test.js compares them with
// Chromium's too): under another Node a failure may be a difference of CLDR versions.
test('English and Chinese money without Intl reads exactly as Intl writes it', () => {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const amounts = [0, -0, 100, 100.5, 999, 999.4, 999.5, 999.6, 999.94, 999.95, 999.96, 1000, 1049,
    1050, 1250, 1450, 9999, 9999.5, 9999.94, 9999.96, 12345, 99949, 99950, 99999.5, 150000, 999949,
    999950, 1234567, 12e6, 99995000, 99999999, 123456789, 1.5e9, 2e12, 999999999999.9, 1e13,
    99999999999999, -1234567, -150000, -0.4, 123456.5, -123456.5, 2.5, 0.5];
  for (let i = 0; i < 300; i++) {
    let x = Math.pow(10, 2 + random() * 12);
    const kind = random();
    if (kind < 0.3) x = Math.round(x);
    else if (kind < 0.5) x = Math.round(x / 50) * 50 + 0.5;  // ties in whole units
    else if (kind < 0.7) x = Math.round(x * 100) / 100;
    else if (kind < 0.9) x = Number(x.toPrecision(3)) + 5 * Math.pow(10, Math.floor(Math.log10(x)) - 3);  // 12,350: a tie in tenths of a unit when its unit leaves two digits
    amounts.push(random() < 0.1 ? -x : x);
  }
  const currencies = Intl.supportedValuesOf('currency').concat(['XYZ', 'QQQ']);
  assert.ok(currencies.length > 150);
  let compared = 0;
  for (const locale of ['en', 'en-US', 'zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN']) {
    for (const currency of currencies) {
      for (const style of ['whole', 'compact']) {
        const intl = new Intl.NumberFormat(locale, { style: 'currency', currency,
          ...(style === 'whole' ? { maximumFractionDigits: 0 } : { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }) });
        for (const x of amounts) {
          if (x !== 0 && Math.abs(x) < 100) continue;  // three significant digits: Intl's
          const plain = context.plainMoney(locale, currency, x, style);
          assert.equal(plain, intl.format(x), `${locale} ${currency} ${style} ${x} (Node's CLDR ${process.versions.cldr})`);
          compared++;
        }
      }
    }
  }
  assert.ok(compared > 500000, `${compared} amounts compared`);
  for (const locale of ['en', 'zh-CN']) {
    for (const n of [0, -0, 7, 999, 1000, 12345, 1234567, 98765432101]) {
      assert.equal(context.countText(locale, n), n.toLocaleString(locale));
    }
  }
});

test('Intl writes the amounts of other locales, and below 100 units', () => {
  assert.equal(context.plainMoney('de', 'EUR', 1234567, 'whole'), '');
  assert.equal(context.plainMoney('en-GB', 'USD', 1234567, 'whole'), '', 'US$ there, not $');
  assert.equal(context.plainMoney('zh-TW', 'USD', 1234567, 'whole'), '');
  assert.equal(context.plainMoney('en', 'usd', 1234567, 'whole'), '', 'a code as Intl reads it');
  for (const x of [1e14, NaN, Infinity, -Infinity, 99.99, -99.99, 1e-7, 5e-324]) {
    assert.equal(context.plainMoney('en', 'USD', x, 'whole'), '', String(x));
    assert.equal(context.plainMoney('zh-CN', 'USD', x, 'compact'), '', String(x));
  }
  assert.equal(context.plainMoney('en', 'USD', 1234, 'small'), '', 'a style it does not know');
  assert.equal(context.formatMoney('en', 'USD', 99.4, 'whole'), '$99.4', 'three significant digits');
  assert.equal(context.formatMoney('en', 'USD', -99.4, 'whole'), '-$99.4');
  assert.equal(context.formatMoney('en', 'USD', 100, 'whole'), '$100');
  assert.equal(context.formatMoney('de', 'EUR', 1234567, 'whole'), new Intl.NumberFormat('de',
    { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1234567));
  assert.equal(context.formatMoney('en', 'USD', 12.345, 'whole'), '$12.3');
  assert.equal(context.countText('de', 1234567), (1234567).toLocaleString('de'));
  assert.equal(context.countText('en', 12.5), '12.5');
});

test('the amounts of a first render in English or Chinese make no Intl.NumberFormat', () => {
  vm.runInContext('numberFormats.clear(); var made = [], RealFormat = Intl.NumberFormat, toLocale = Number.prototype.toLocaleString;' +
    'Intl.NumberFormat = function (l, o) { made.push(l); return new RealFormat(l, o); };' +
    'Number.prototype.toLocaleString = function (l) { made.push("toLocaleString " + l); return toLocale.call(this, l); };', context);
  try {
    const r = { currency: 'JPY', payMonths: 12 };
    assert.equal(context.moneyText(host('en'), 8765432.1, r), '\u00a58,765,432');
    assert.equal(context.rangeText(host('zh-CN', 'monthly'), { p10: 6000000, p90: 12000000 }, r),
      'JP\u00a5500,000 \u2013 JP\u00a51,000,000');
    assert.equal(context.formatMoney('zh-CN', 'CNY', 456789, 'compact'), '\u00a545.7\u4e07');
    assert.equal(context.countText('zh-CN', 1234), '1,234');
    assert.deepEqual([...vm.runInContext('made', context)], []);
    context.formatMoney('fr', 'EUR', 456789, 'whole');
    context.countText('fr', 1234);
    assert.deepEqual([...vm.runInContext('made', context)], ['fr', 'toLocaleString fr'], 'French: Intl');
  } finally {
    vm.runInContext('Intl.NumberFormat = RealFormat; Number.prototype.toLocaleString = toLocale;', context);
  }
});

test('money in the chosen period: a year\'s amount over the result\'s pay months when monthly', () => {
  const r = { currency: 'CNY', payMonths: 13 };
  assert.equal(context.moneyText(host('en'), 130000, r), 'CN¥130,000');
  assert.equal(context.moneyText(host('en', 'monthly'), 130000, r), 'CN¥10,000');
  assert.equal(context.moneyText(host('zh-CN', 'monthly'), 130000, r), '¥10,000');
  assert.equal(context.rangeText(host('en', 'monthly'), { p10: 13000, p90: 26000 }, r), 'CN¥1,000 \u2013 CN¥2,000');
  assert.equal(context.perPeriodText(host('en', 'monthly')), 'a month');
  assert.equal(context.perPeriodText(host('en')), 'a year');
});

test('a currency code Intl rejects is written after the rounded number', () => {
  assert.equal(context.amountText(host('en'), 1234.6, 'US'), `${(1235).toLocaleString()} US`);
});

test('a result\'s role, place and company in the reader\'s language; an unknown id as it is', async () => {
  const core = await createSalaryCore();
  const catalog = core.catalog();
  const r = core.estimate({ dataset: 'market', years: 3, role: 'ml-engineer', country: 'US', city: 'us-san-francisco' });
  assert.equal(r.ok, true);
  const city = catalog.cities.find((c) => c.id === 'us-san-francisco');
  assert.deepEqual({ ...context.resultNames(host('en', 'annual', catalog), r) },
    { role: 'Machine learning engineer', place: `${city.label}, United States`, company: '' });
  const zh = context.resultNames(host('zh-CN', 'annual', catalog), r);
  assert.equal(zh.role, '机器学习工程师');
  assert.equal(zh.place, `${city.labelZh || city.label}，美国`);
  assert.deepEqual({ ...context.resultNames(host('en', 'annual', catalog), { role: 'x-role', country: 'XX' }) },
    { role: 'x-role', place: 'XX', company: '' });
});
