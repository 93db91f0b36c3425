// web/share.js under Node: what the copy buttons copy (the sentence, the Markdown table, the
// embed snippet, the link), from real estimates of dist/salary-core.js. The element is replaced
// by a stand-in `host` with the few methods these functions call, its text from web/messages.js.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { createSalaryCore } = require('./load.js');

const location = { href: '', hash: '' };
const context = vm.createContext({ URLSearchParams, location });
for (const file of ['messages.js', 'fields.js', 'format.js', 'url-state.js', 'share.js']) {
  vm.runInContext(fs.readFileSync(path.join(__dirname, '../../web', file), 'utf8'), context, { filename: file });
}

let core, catalog;
test.before(async () => {
  core = await createSalaryCore();
  catalog = core.catalog();
});

// The element as share.js sees it after a render of `profile`.
function host(profile, { period = 'annual', lang = 'en', attributes = {} } = {}) {
  return {
    _profile: profile, _result: core.estimate(profile), _catalog: catalog, _period: period,
    _lang: () => lang, _locale: () => lang,
    _t: (key, values) => context.translate(lang, key, values),
    _dataset: (id) => catalog.datasets.find((d) => d.id === id),
    hasAttribute: (name) => name in attributes,
    getAttribute: (name) => (name in attributes ? attributes[name] : null),
  };
}

// Whole units of a currency, as a reader in `locale` writes them.
const whole = (locale, currency) => (x) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(x);

test('copyText: who, where, the median, the p10-p90 range and base median, and the data', () => {
  const h = host({ dataset: 'market', years: 3, role: 'ml-engineer', country: 'US' });
  const r = h._result, usd = whole('en', 'USD');
  const market = catalog.datasets.find((d) => d.id === 'market');
  assert.equal(r.ok, true);
  assert.equal(context.shareText(h, 'copyText'),
    `Machine learning engineer, 3 years, United States: median total pay ${usd(r.total.p50)} a year ` +
    `(p10-p90 ${usd(r.total.p10)} to ${usd(r.total.p90)}; base median ${usd(r.base.p50)}; ` +
    `equity not included). Data: ${market.label} (${market.asOf}).`);
});

test('copyMarkdown: the sentence in bold and a p10/p50/p90 table, in the period and language shown', () => {
  // China: 13 monthly salaries a year, shown per month, in Chinese.
  const h = host({ dataset: 'market', years: 3, role: 'ml-engineer', country: 'CN' },
    { period: 'monthly', lang: 'zh-CN' });
  const r = h._result, cny = whole('zh-CN', 'CNY');
  assert.equal(r.payMonths, 13);
  const month = (annual) => cny(annual / 13);
  const lines = context.shareText(h, 'copyMarkdown').split('\n');
  assert.equal(lines[0], `**${context.shareText(h, 'copyText')}**`);
  assert.match(lines[0], /^\*\*机器学习工程师，3 年经验，中国：总薪酬中位数 /);
  assert.ok(lines[0].includes(month(r.total.p50)), lines[0]);
  assert.deepEqual(lines.slice(1), [
    '',
    '| | p10 | p50 | p90 |',
    '|---|---|---|---|',
    `| 总薪酬 | ${month(r.total.p10)} | ${month(r.total.p50)} | ${month(r.total.p90)} |`,
    `| 基本工资 | ${month(r.base.p10)} | ${month(r.base.p50)} | ${month(r.base.p90)} |`,
    `| 奖金 | ${month(r.bonus.p10)} | ${month(r.bonus.p50)} | ${month(r.bonus.p90)} |`,
    '',
  ]);
});

test('copyEmbed: the profile as attributes, escaped, the default employer left out', () => {
  const profile = { dataset: 'market', years: 6, role: 'data-scientist', country: 'DE', company: 'x"y<z&',
    employer: 'local' };
  assert.equal(context.shareText(host(profile), 'copyEmbed'),
    '<script src="ml-salary.js"></script><ml-salary-calculator dataset="market" years="6" ' +
    'job-role="data-scientist" country="DE" company="x&quot;y&lt;z&amp;"></ml-salary-calculator>');
  // Another employer, the monthly period and the Chinese view are kept.
  assert.equal(context.shareText(host({ years: 0, country: 'CN', employer: 'us-remote' },
    { period: 'monthly', lang: 'zh-CN' }), 'copyEmbed'),
  '<script src="ml-salary.js"></script><ml-salary-calculator years="0" country="CN" ' +
    'employer="us-remote" period="monthly" lang="zh-CN"></ml-salary-calculator>');
});

test('copyText names what changes the figures: remote work for a US employer, the company, else its size; 1 year', () => {
  // Remote work from India is paid about three times Indian local pay: a sentence without it
  // misstated local pay.
  const remote = host({ years: 6, country: 'IN', employer: 'us-remote' });
  assert.equal(remote._result.employer, 'us-remote');
  assert.match(context.shareText(remote, 'copyText'),
    /^Machine learning engineer, 6 years, India, remote for a US employer: median total pay /);
  const zh = host({ years: 6, country: 'IN', employer: 'us-remote' }, { lang: 'zh-CN' });
  assert.match(context.shareText(zh, 'copyText'), /^机器学习工程师，6 年经验，印度，远程为美国雇主工作：总薪酬中位数 /);
  assert.match(context.shareText(host({ years: 1, country: 'US', city: 'us-seattle', company: 'google' }), 'copyText'),
    /^Machine learning engineer, 1 year, Seattle-Tacoma-Bellevue, WA, United States, at Google: /);
  assert.match(context.shareText(host({ years: 6, country: 'DE', companySize: 'L' }), 'copyText'),
    /^Machine learning engineer, 6 years, Germany, Large [^:]*: median/);
  // Google's factor is measured in the US only: in Germany its size applies, not the company.
  const outside = host({ years: 6, country: 'DE', company: 'google' });
  assert.ok(outside._result.warnings.some((w) => w.code === 'company_outside_data'));
  assert.equal(context.shareText(outside, 'copyText'),
    context.shareText(host({ years: 6, country: 'DE', companySize: 'L' }), 'copyText'));
});

test('copyEmbed keeps a period chosen against the country\'s default, and the prices compared with', () => {
  // China is shown monthly by default: an annual view chosen there is written out.
  assert.equal(context.shareText(host({ years: 1, country: 'CN' },
    { period: 'annual', lang: 'zh-CN', attributes: { period: 'annual', 'prices-in': 'DE' } }), 'copyEmbed'),
  '<script src="ml-salary.js"></script><ml-salary-calculator years="1" country="CN" ' +
    'period="annual" prices-in="DE" lang="zh-CN"></ml-salary-calculator>');
});

test('copyLink: the page\'s address with the inputs in its hash, the page\'s own keys kept', () => {
  location.href = 'https://example.org/salary.html?x=1#lang=zh-CN&years=1';
  location.hash = '#lang=zh-CN&years=1';
  const h = host({ years: 6, role: 'data-scientist', country: 'DE' },
    { attributes: { years: '6', 'job-role': 'data-scientist', country: 'DE' } });
  assert.equal(context.shareText(h, 'copyLink'),
    'https://example.org/salary.html?x=1#lang=zh-CN&years=6&role=data-scientist&country=DE');
});

test('without an estimate, the text buttons copy the core\'s message', () => {
  const h = host({ years: 'abc' });
  assert.equal(h._result.ok, false);
  assert.equal(context.shareText(h, 'copyText'), h._result.error.message);
  assert.equal(context.shareText(h, 'copyMarkdown'), h._result.error.message);
  assert.match(context.shareText(h, 'copyEmbed'), /<ml-salary-calculator years="abc">/);
});
