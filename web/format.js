// Amounts and names as the reader reads them: money in the reader's locale and the chosen
// period (annual, or monthly: the year's pay over the country's pay months), and the catalog's
// roles, places and companies in the reader's language. `host` is the element (web/element.js).

// One Intl.NumberFormat per locale, currency and style: making one costs about 1 ms, and a
// render formats dozens of amounts.
// Styles: whole units (the default), compact (chart axes), and small amounts (below 100 units,
// as a pack in thousands or in a strong currency may give: three significant digits, not 0).
var numberFormats = new Map();
var NUMBER_STYLES = {
  whole: { maximumFractionDigits: 0 },
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  small: { maximumSignificantDigits: 3 },
};
function numberFormat(locale, currency, style) {
  var key = locale + ' ' + currency + ' ' + style;
  var format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, Object.assign({ style: 'currency', currency: currency },
      NUMBER_STYLES[style]));
    numberFormats.set(key, format);
  }
  return format;
}
function formatMoney(locale, currency, amount, style) {
  return numberFormat(locale, currency, amount !== 0 && Math.abs(amount) < 100 ? 'small' : style)
    .format(amount);
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

// A year's amount of result `r` in the chosen period: annual, or monthly (over r.payMonths).
function moneyText(host, annual, r) {
  return amountText(host, host._period === 'monthly' ? annual / r.payMonths : annual, r.currency);
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
