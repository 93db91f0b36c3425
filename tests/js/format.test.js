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
  assert.match(context.formatMoney('en', 'USD', 150000, 'compact'), /^\$150(\.0)?K$/);
  assert.match(context.formatMoney('de', 'EUR', 1234567, 'compact'), /^1,2\sMio\.\s€$/);
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
