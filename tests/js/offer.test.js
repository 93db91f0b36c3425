// offerAmount in web/offer.js under Node: what an offer typed as readers write it means.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const context = vm.createContext({ String, Number });
vm.runInContext(fs.readFileSync(path.join(__dirname, '../../web/offer.js'), 'utf8'), context);
const CODES = ['USD', 'EUR', 'INR', 'CNY', 'CHF', 'SGD', 'BRL'];  // (the catalog's currencies)
const offerAmount = (text) => context.offerAmount(text, CODES);

test('grouping and decimal separators as the reader\'s country writes them', () => {
  for (const [typed, amount] of [
    ['250000', 250000], ['250,000', 250000], ['250.000', 250000], ['250 000', 250000],
    ['250\u202f000', 250000], ["1'250'000", 1250000], ['1,250,000', 1250000], ['1.250.000', 1250000],
    ['1,250,000.50', 1250000.5], ['1.234,56', 1234.56], ['2.5', 2.5], ['2,5', 2.5], ['250,00', 250],
    ['1234.5', 1234.5], ['1,25,000', 125000], ['12,50,000', 1250000], ['1,00,00,000', 10000000],
  ]) assert.equal(offerAmount(typed), amount, typed);
});

test('shorthands, currency signs and codes, full-width characters', () => {
  for (const [typed, amount] of [
    ['250k', 250000], ['250K', 250000], ['1.5k', 1500], ['2.500k', 2500], ['1.2m', 1200000],
    ['25万', 250000], ['25w', 250000], ['3千', 3000], ['$250k', 250000], ['US$250k', 250000],
    ['USD 250,000', 250000], ['RMB 30k', 30000], ['€ 85.000', 85000], ['¥40,000', 40000],
    ['￥40000', 40000], ['２５万', 250000], ['２５０，０００', 250000], ['２５０ｋ', 250000],
    ['12 LPA', 1200000], ['12L', 1200000], ['Rs. 12 lakh', 1200000], ['₹15 lakhs', 1500000],
    ['1.2 cr', 12000000], ['2 crore', 20000000], ['INR 12,50,000', 1250000],
    ['250,000 EUR', 250000], ['250k usd', 250000], ['1,2 Mio', 1200000], ['250 Tsd', 250000],
    ['120’000', 120000], ['CHF 120’000', 120000], ['S$120,000', 120000], ['R$ 10.000,00', 10000],
    ['50,000,000원', 50000000],
  ]) assert.equal(offerAmount(typed), amount, typed);
});

test('text that is no amount is NaN; a negative amount stays negative for the caller to refuse', () => {
  for (const typed of ['', 'abc', '1e6', '1.2.3', '1,2,3', '12.', '.5', '1,2,50,000', '12,5,000', '25万万', 'k', '12 lakh k',
    // words after an amount that are no currency: no amount rather than a wrong one
    '250k pa', '30k pm', '250k yr', '250 mil', '250 mln', '1.5 crs', '250 xyz',
    // a lone separator before four digits is a slip
    '250,0000', '250.0000'])
    assert.ok(Number.isNaN(offerAmount(typed)), typed);
  assert.equal(offerAmount('-5'), -5);
  assert.equal(offerAmount('0'), 0);
});

test('a monthly salary times the salaries a year, as offers are quoted in China', () => {
  const months = (text) => JSON.parse(JSON.stringify(context.offerMonths(text)));
  assert.deepEqual(months('30k×16'), { text: '30k', months: 16 });
  assert.deepEqual(months('3万 x 14薪'), { text: '3万', months: 14 });
  assert.deepEqual(months('20000*13'), { text: '20000', months: 13 });
  assert.deepEqual(months('３万×１４薪'), { text: '３万', months: 14 });
  assert.deepEqual(months('30k * 12 months'), { text: '30k', months: 12 });
  for (const text of ['250k', '30k*30', '30k*0', '25万x', '×16']) assert.equal(months(text).months, 0, text);
  assert.equal(offerAmount(months('3万×14薪').text), 30000);
});
