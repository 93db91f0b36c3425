// Amounts and names as the reader reads them: money in the reader's locale and the chosen
// period (annual, or monthly: the year's pay over the country's pay months), and the catalog's
// roles, places and companies in the reader's language. `host` is the element (web/element.js).

// One Intl.NumberFormat per locale, currency and style: making one costs about 1 ms, and a
// render formats dozens of amounts.
// Styles: whole units (the default), compact (chart axes), and small amounts (below 100 units,
// as a pack in thousands or in a strong currency may give: three significant digits, not 0);
// and, without a currency, a factor's two decimals.
var numberFormats = new Map();
var NUMBER_STYLES = {
  whole: { maximumFractionDigits: 0 },
  compact: { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 },
  small: { maximumSignificantDigits: 3 },
  factor: { minimumFractionDigits: 2, maximumFractionDigits: 2 },  // a plain number: no currency
};
function numberFormat(locale, currency, style) {
  var key = locale + ' ' + currency + ' ' + style;
  var format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, Object.assign(currency ? { style: 'currency', currency: currency } : {},
      NUMBER_STYLES[style]));
    numberFormats.set(key, format);
  }
  return format;
}
function formatMoney(locale, currency, amount, style) {
  return plainMoney(locale, currency, amount, style) ||
    numberFormat(locale, currency, amount !== 0 && Math.abs(amount) < 100 ? 'small' : style).format(amount);
}

// English and Chinese (the interface's languages) without Intl: the first Intl.NumberFormat of
// a page costs Chromium 60-90 ms while it loads ICU's data, in every new renderer process (a
// reader's first visit to a blog), before the first estimate can be painted. These rules give
// the text Intl gives for en and zh-CN (CLDR 48: tests compare them over every currency Intl
// knows, in Node and in Chromium); other locales, and amounts below 100 units, still use Intl.
var PLAIN_LOCALES = /^(en(-US)?|zh(-Hans)?(-CN)?)$/;
// Currency symbols other than the code. Chinese has its own for five currencies (and writes the
// Philippine peso as its code), and English's for the others. A code, and a symbol that ends in
// a letter or a full stop, is followed by a no-break space (AED 1,234; FCFA 1,234).
var SYMBOLS = {
  en: { AUD: 'A$', BRL: 'R$', CAD: 'CA$', CNY: 'CN\u00a5', EUR: '\u20ac', GBP: '\u00a3', HKD: 'HK$',
    ILS: '\u20aa', INR: '\u20b9', JPY: '\u00a5', KRW: '\u20a9', MXN: 'MX$', NZD: 'NZ$', PHP: '\u20b1', TWD: 'NT$',
    USD: '$', VND: '\u20ab', XAF: 'FCFA', XCD: 'EC$', XCG: 'Cg.', XOF: 'F\u202fCFA', XPF: 'CFPF' },
  zh: { AUD: 'AU$', CNY: '\u00a5', JPY: 'JP\u00a5', PHP: 'PHP', USD: 'US$' },
};
// Compact notation's units by their power of ten.
var COMPACT_UNITS = { en: [[3, 'K'], [6, 'M'], [9, 'B'], [12, 'T']], zh: [[4, '\u4e07'], [8, '\u4ebf'], [12, '\u4e07\u4ebf']] };

// The money text of `amount` in whole units or compact, or '' where Intl must write it. (The
// [A-Z]{3} test keeps the tables' lookups to currency codes.)
function plainMoney(locale, currency, amount, style) {
  var x = Math.abs(amount);
  if (!PLAIN_LOCALES.test(locale) || !/^[A-Z]{3}$/.test(currency) || !(x === 0 || x >= 100 && x < 1e14) ||
      (style !== 'whole' && style !== 'compact')) {
    return '';
  }
  var language = locale.slice(0, 2);
  var symbol = SYMBOLS[language][currency] || SYMBOLS.en[currency] || currency;
  var number = style === 'compact' ? compactNumber(x, COMPACT_UNITS[language]) : grouped(String(Math.round(x)));
  return (1 / amount < 0 ? '-' : '') + symbol + (/[A-Za-z.]$/.test(symbol) ? '\u00a0' : '') + number;
}

// A whole number's digits with a comma every three (1,234,567).
function grouped(digits) {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

// "× 16,304.35": a factor to two decimals in the reader's locale (grouped as amounts are; Intl
// for locales other than English and Chinese), the sign kept with the number by a no-break space
// (a narrow column broke the line between them).
function multiplierText(host, m) {
  var locale = host._locale(), fixed = m.toFixed(2);
  return '\u00d7\u00a0' + (PLAIN_LOCALES.test(locale) ? grouped(fixed.slice(0, -3)) + fixed.slice(-3)
    : numberFormat(locale, '', 'factor').format(m));
}

// x (0, or 100 to 1e14) over 10^shift, in tenths rounded half away from zero, as Intl rounds the
// shortest decimal that reads back as x: its digits are read from String(x), not computed (1,450
// is 1.5K, though 1450 / 1000 is 1.4499... in binary).
function tenths(x, shift) {
  var m = /^(\d+)\.?(\d*)$/.exec(String(x)), digits = m[1] + m[2] + '0', end = m[1].length - shift + 1;
  return Number(digits.slice(0, end)) + (digits.charAt(end) >= '5' ? 1 : 0);
}

// x in compact notation: in the largest unit that x, rounded to tenths of the unit below,
// reaches (999,950 is $1M), with one decimal unless it is 0. Below 1e14 the whole part has at
// most four digits, which compact notation does not group.
function compactNumber(x, units) {
  var unit = [0, ''], n = tenths(x, 0);
  units.forEach(function (u) {
    if (n >= Math.pow(10, u[0] - unit[0] + 1)) {
      unit = u;
      n = tenths(x, u[0]);
    }
  });
  return Math.floor(n / 10) + (n % 10 ? '.' + n % 10 : '') + unit[1];
}

// A count in the reader's locale (12,345): in English and Chinese without Intl, as amounts.
function countText(locale, n) {
  return PLAIN_LOCALES.test(locale) && n % 1 === 0 && 1 / n > 0 && n < 1e14 ? grouped(String(n)) : n.toLocaleString(locale);
}

// An amount as it is, in whole units of the currency (or, for a currency code Intl does not
// know, the rounded number and the code).
function amountText(host, amount, currency) {
  try {
    return formatMoney(host._locale(), currency, amount, 'whole');
  } catch (e) {
    return Math.round(amount).toLocaleString() + ' ' + currency;
  }
}

// A year's amount in the chosen period: annual, or monthly (over the year's `payMonths`
// salaries: each result, and each lever, has its own).
function inPeriod(host, annual, payMonths) {
  return host._period === 'monthly' ? annual / payMonths : annual;
}

// A year's amount of result `r` in the chosen period, as money.
function moneyText(host, annual, r) {
  return amountText(host, inPeriod(host, annual, r.payMonths), r.currency);
}

// "p10 - p90" of a distribution of result `r`, in the chosen period.
function rangeText(host, q, r) {
  return moneyText(host, q.p10, r) + ' \u2013 ' + moneyText(host, q.p90, r);
}

function perPeriodText(host) { return host._t(host._period === 'monthly' ? 'perMonth' : 'perYear'); }

// A catalog item's name: its Chinese one in the Chinese view, where the pack has it.
function labelOf(item, lang) {
  return lang === 'zh-CN' && item.labelZh ? item.labelZh : item.label;
}

// The catalog item of `list` with this id, or undefined.
function byId(list, id) {
  return list.filter(function (x) { return x.id === id; })[0];
}

// The name of the item with this id in the reader's language, or the id where the catalog has
// no such item.
function nameOf(list, id, lang) {
  var item = byId(list, id);
  return item ? labelOf(item, lang) : id;
}

// Who the estimate is for, in one line: "Data scientist, 12 years, Germany, at SAP" (every view
// says what it shows, also a locked or compact card, and the copied sentence), with what
// changes its figures: the company, else the company size (also that of a company whose own
// factor is not applied in this country: no company factor among the estimate's), and remote
// work for a US employer.
function profileLine(host, r) {
  var names = resultNames(host, r);
  var line = host._t(r.years === 1 ? 'profileLineOne' : 'profileLine',
    { role: names.role, years: r.years, place: names.place });
  var applied = r.factors.some(function (f) { return f.id === 'company'; });
  if (names.company && applied) line = host._t('profileCompany', { line: line, company: names.company });
  else if (r.companySize) line = host._t('profileSize', { line: line, size: nameOf(host._catalog.companySizes, r.companySize, host._lang()) });
  return r.employer === 'us-remote' ? host._t('profileRemote', { line: line }) : line;
}

// "1 year", "6.5 years" in the reader's language.
function yearsText(host, years) {
  return host._t(years === 1 ? 'yearsOne' : 'yearsMany', { years: years });
}

// The labels of a result's role, place (city, country) and company, in the reader's language;
// an id the catalog does not have is shown as it is.
function resultNames(host, r) {
  var c = host._catalog, lang = host._lang();
  return {
    role: nameOf(c.roles, r.role, lang),
    place: (r.city ? nameOf(c.cities, r.city, lang) + host._t('listComma') : '') + nameOf(c.countries, r.country, lang),
    company: r.company ? nameOf(c.companies, r.company, lang) : '',
  };
}
