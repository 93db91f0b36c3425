// "My offer": the reader types an offer and sees where it falls among the estimate's figures
// (its percentile of base or total pay, from the core). `host` is the element (web/element.js);
// host._offer is the offer as typed: {amount, component, period, currency}.

// Multipliers of the shorthands readers write after an amount: 250k, 1.2m, 1,2 Mio, 250 Tsd,
// 25万 (25w online), 12 lakh (12L, 12 LPA: a lakh a year) and 1.2 crore (cr).
var AMOUNT_UNITS = { k: 1e3, m: 1e6, mio: 1e6, tsd: 1e3, w: 1e4, '千': 1e3, '万': 1e4, '萬': 1e4,
  l: 1e5, lakh: 1e5, lac: 1e5, lpa: 1e5, cr: 1e7, crore: 1e7 };

// The amount an offer's text means, NaN when it means none: digits with grouping ("250,000",
// "250.000", "250 000", "1'250'000", India's "12,50,000") or a decimal part ("2.5", "2,5"), then
// perhaps a shorthand (AMOUNT_UNITS); currency signs, a currency before the number ("USD",
// "Rs.", "S$"), one of `codes` after it ("250,000 EUR") and full-width characters are allowed:
// "$250k", "Rs. 12 lakh" and "２５万" are amounts. A lone separator before exactly three digits
// groups them ("250.000" is 250,000, as in German) unless a shorthand follows ("2.500k" is 2,500);
// before four or more it is a slip ("250,0000"). Any other word after it ("250k pa") makes no
// amount, rather than a wrong one.
function offerAmount(text, codes) {
  var t = halfWidth(text).toLowerCase().replace(/[\s'\u2019_$€£¥￥₹₩₽元圆円원]/g, '');
  // [a currency][-]digits[a shorthand][a currency]: "rs.12lakh", "s120000", "250keur"
  var m = /^(?:[a-z]{1,3}\.?)?(-?)(\d[\d.,]*\d|\d)(lakhs?|lacs?|crores?|lpa|cr|mio|tsd|[kmwl千万萬])?([a-z]*)$/.exec(t);
  if (!m || (m[4] && (codes || []).map(function (c) { return c.toLowerCase(); }).indexOf(m[4]) < 0)) return NaN;
  var unit = m[3] ? AMOUNT_UNITS[m[3].replace(/s$/, '')] : 1;
  var digits = m[2], seps = digits.replace(/\d/g, ''), last = seps.slice(-1);
  // The decimal separator: the last one when the others differ from it, or a lone one (above).
  var decimal = seps.length > 1 ? (seps.indexOf(last) < seps.length - 1 ? '' : last)
    : unit > 1 || !/^\d{1,3}[.,]\d{3}$/.test(digits) ? last : '';
  var at = decimal ? digits.lastIndexOf(decimal) : digits.length;
  var whole = digits.slice(0, at), fraction = digits.slice(at + 1);
  if (/[.,]/.test(fraction) || (seps.length === 1 && unit === 1 && fraction.length > 3) ||
      (/[.,]/.test(whole) && !/^\d{1,3}([.,]\d{3})*$|^\d{1,2}(,\d\d)*,\d{3}$/.test(whole))) return NaN;
  return (m[1] ? -1 : 1) * Number(whole.replace(/[.,]/g, '') + '.' + (fraction || '0')) * unit;
}

// A monthly salary times the salaries a year, as offers are quoted in China ("30k×16",
// "3万 x 14薪", "20000*13"): {text: the monthly amount, months}; months 0 for any other text.
function offerMonths(text) {
  var m = /^(.*?)\s*[*×xX]\s*(\d{1,2})\s*(?:薪|个月|months?)?\s*$/.exec(halfWidth(text));
  var months = m ? Number(m[2]) : 0;
  // (the text as typed: halfWidth() keeps each character's place)
  return m && m[1] && months >= 1 && months <= 24 ? { text: String(text).slice(0, m[1].length), months: months }
    : { text: String(text), months: 0 };
}

// Text with full-width ASCII (an input method's "２５０，０００") as plain ASCII.
function halfWidth(text) {
  return String(text).replace(/[\uff01-\uff5e]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); });
}

function buildOffer(host, v) {
  v.offerTitle = el('h3');
  // (a text keyboard on phones: "250k" and "25万" are amounts too)
  v.offerAmount = el('input', { type: 'text', name: 'offer', autocomplete: 'off' });
  v.offerComponent = el('select', { name: 'offerComponent' });
  v.offerAmountCaption = el('span');
  v.offerComponentCaption = el('span');
  v.offerResult = el('p', { className: 'offer-result', part: 'offer-result', 'aria-live': 'polite' });
  var update = function () {
    host._offer = { amount: v.offerAmount.value, component: v.offerComponent.value, period: host._period,
      currency: host._result && host._result.ok ? host._result.currency : '' };
    renderOffer(host);
  };
  v.offerAmount.addEventListener('input', update);
  v.offerComponent.addEventListener('change', update);
  return el('section', { className: 'offer interactive', part: 'offer' }, v.offerTitle,
    el('div', { className: 'row' },
      el('label', null, v.offerAmountCaption, v.offerAmount),
      el('label', null, v.offerComponentCaption, v.offerComponent)),
    v.offerResult);
}

// The captions and the choice of component, in the reader's language and the chosen period.
function renderOfferControls(host) {
  var v = host._view, t = host._t.bind(host);
  v.offerTitle.textContent = t('offer');
  v.offerAmountCaption.textContent = t('offerAmount', {
    period: t('period.' + host._period), currency: host._result.ok ? host._result.currency : '' });
  v.offerComponentCaption.textContent = t('offerComponent');
  v.offerAmount.placeholder = t('offerPlaceholder');
  var selected = host._offer.component;
  setChildren(v.offerComponent, ['base', 'total'].map(function (c) {
    return el('option', { value: c, text: t('component.' + c) });
  }));
  v.offerComponent.value = selected;
}

// The offer is kept as typed, with the period it was typed in; shown in another period it is
// converted (250,000 a year is 20,833 a month in a 12-month country), so it still means what
// the reader typed, and switching back shows what they typed.
// An amount typed in another currency than the estimate's now (the reader chose another
// country or currency) is cleared: read in the new currency, 250,000 dollars became 250,000 yuan.
function renderOffer(host) {
  var v = host._view, r = host._result;
  var typed = host._offer;
  if (r && r.ok && typed.currency && typed.currency !== r.currency) {
    typed = host._offer = { amount: '', component: typed.component };
  }
  var codes = host._catalog && host._catalog.currencies;
  // (a salary times its months says its own period: shown as typed in either view)
  var split = offerMonths(typed.amount), months = split.months;
  var shown = typed.amount, exact = offerAmount(split.text, codes);
  if (r && r.ok && typed.period && typed.period !== host._period && exact > 0 && !months) {
    shown = String(Math.round(typed.period === 'annual' ? exact / r.payMonths : exact * r.payMonths));
  }
  if (v.offerAmount.value !== shown) v.offerAmount.value = shown;
  var amount = months ? exact : offerAmount(shown, codes);
  if (!r || !r.ok || /^\s*$|[.,，．]\s*$/.test(shown)) {  // (empty, or still being typed: "250,")
    v.offerResult.textContent = '';
    return;
  }
  if (!(amount > 0 && amount < 1e12)) {  // (no pay is a trillion: 1e308 is a typing slip)
    v.offerResult.textContent = host._t('offerInvalid');
    return;
  }
  var inPeriod = typed.period || host._period;  // (exact: from what was typed, not rounded)
  var annual = months ? exact * months : inPeriod === 'monthly' ? exact * r.payMonths : exact;
  var p = host._core.percentile(host._profile, annual, typed.component);
  if (!p.ok) {
    v.offerResult.textContent = host._t('errorPrefix') + p.error.message;
    return;
  }
  // The core clamps to [1, 99]: at the ends, say which side of the distribution it is.
  var q = typed.component === 'total' ? r.total : r.base;
  var key = p.percentile <= 1 && annual < q.p10 ? 'offerBelowAll'
    : p.percentile >= 99 && annual > q.p90 ? 'offerAboveAll' : 'offerResult';
  v.offerResult.textContent = host._t(key, {
    // (down: "above 10%" of an offer at the 9.8th percentile, below the p10 shown, was false)
    amount: amountText(host, amount, r.currency) + (months ? ' \u00d7 ' + months : ''), percentile: Math.floor(p.percentile),
    component: host._t('component.' + p.component),
  });
}
