// The estimate as the reader sees it: who it is for, the headline figures and what changed
// them (renderEstimate), the three experience tiers, the curve over the years (the SVG itself
// is web/chart.js) and the data's sources. `host` is the element (web/element.js), which calls
// these on each render with its result; text in the reader's language.

// The place whose prices apply, in the reader's language, as the core chooses the price level:
// the profile's city when it lies in the estimate's country (also for remote pay, which leaves
// the city out of the figures but not out of the prices), else the country.
function placeName(host, r) {
  var c = host._catalog, lang = host._lang();
  var city = byId(c.cities, r.city || host._profile.city || '');
  return city && city.country === r.country ? labelOf(city, lang) : nameOf(c.countries, r.country, lang);
}

// What the median buys: the same pay in US dollars at US-average prices (issue 13), or why it
// is not shown (a city without a price level).
function purchasingPowerLine(host, r) {
  var t = host._t.bind(host), pp = r.purchasingPower;
  if (!pp) {
    return el('p', { className: 'muted', 'data-value': 'purchasing-power', text: t('noPriceLevel', { place: placeName(host, r) }) });
  }
  var usd = inPeriod(host, pp.total.p50, r.payMonths);
  var values = { amount: moneyText(host, r.total.p50, r), place: placeName(host, r),
    usd: amountText(host, usd, 'USD'), level: pp.priceLevel.toFixed(2) };
  // In the prices of a country the reader picked: the same pay at its price level, in its
  // currency ("buys what EUR 131,000 buys in Germany").
  var ref = referencePrices(host, r);
  if (ref === null) {
    values.ref = host.getAttribute('prices-in');
    return el('p', { className: 'purchasing-power', 'data-value': 'purchasing-power', text: t('purchasingPower', values) + ' ' + t('noReferencePrices', values) });
  }
  if (ref) {
    values.ref = ref.name;
    values.refAmount = amountText(host, usd * ref.priceLevel * ref.perUsd, ref.currency);
    return el('p', { className: 'purchasing-power', 'data-value': 'purchasing-power', text: t('purchasingPowerIn', values) });
  }
  return el('p', { className: 'purchasing-power', 'data-value': 'purchasing-power', text: t('purchasingPower', values) });
}

// The prices-in country's price level, currency and units of it a dollar ({name, priceLevel,
// currency, perUsd}), from an estimate there; undefined for the US average (no attribute, or
// the place's own country), null when that country has no price level.
function referencePrices(host, r) {
  var id = host.getAttribute('prices-in');
  if (!id || id === r.country) return undefined;
  var there = host._core.estimate({ dataset: r.dataset, country: id, years: r.years });
  if (!there.ok || !there.purchasingPower) return null;
  var rate = byId(there.factors, 'currency');
  return { name: nameOf(host._catalog.countries, there.country, host._lang()), priceLevel: there.purchasingPower.priceLevel,
    currency: there.currency, perUsd: rate ? rate.multiplier : 1 };
}

// What the figures rest on: "Based on 1 report" (English has a singular), no reports (of remote
// work, or at this level), or a source that gives no sample size (the core warns sample_unknown).
function sampleText(host, r, confidence) {
  var sample = r.sample;
  var key = sample.basis === 'reports' ? 'sample' : 'sample.' + sample.basis;
  if (sample.n === 0) {
    key = sample.basis === 'remote' ? 'sample.remoteNone'
      : r.warnings.some(function (w) { return w.code === 'sample_unknown'; }) ? 'sampleUnknown' : 'sampleNone';
  }
  if (sample.n === 1 && host._lang() === 'en') key += 'One';
  return host._t(key, { n: countText(host._locale(), sample.n), confidence: confidence });
}

function renderEstimate(host, r) {
  var v = host._view, t = host._t.bind(host);
  var money = function (annual) { return moneyText(host, annual, r); };
  if (!r.ok) {
    v.status.textContent = '';  // (the error is an alert)
    setChildren(v.estimate, el('p', { className: 'error', role: 'alert', text: host._lang() === 'en'
      ? t('errorPrefix') + r.error.message : t('error', { field: r.error.field }) }));
    return;
  }
  var status = t('status', { profile: profileLine(host, r), median: money(r.total.p50), period: perPeriodText(host) });
  if (v.status.textContent !== status) v.status.textContent = status;
  var lang = host._lang();
  var factorRows = r.factors.map(function (f) {
    return el('tr', null, el('td', { text: factorLabel(host, f, r) }),
      el('td', { className: 'multiplier', text: multiplierText(host, f.multiplier) }), el('td', { text: sourceTitle(host, f.source, r.dataset) }));
  });
  // The price level is listed with the factors, with its source, though it does not change pay.
  var pp = r.purchasingPower;
  if (pp) {
    factorRows.push(el('tr', { 'data-factor': 'price-level' }, el('td', { text: t('priceFactor', { place: placeName(host, r) }) }),
      el('td', { className: 'multiplier', text: multiplierText(host, pp.priceLevel) }), el('td', { text: t('sourceYear', { source: sourceTitle(host, pp.source, r.dataset), year: pp.year }) })));
  }
  var confidence = t('confidence.' + r.sample.confidence);
  setChildren(v.estimate,
    el('p', { className: 'profile-line', part: 'profile', 'data-value': 'profile', text: profileLine(host, r) }),
    el('p', { className: 'headline-row' },
      el('span', { className: 'muted', text: t('totalMedian') + ' ' }),
      el('span', { className: 'headline', part: 'headline', 'data-value': 'total-p50', text: money(r.total.p50) }),
      el('span', { className: 'muted', text: ' ' + (host._period === 'monthly' && r.payMonths !== 12
        ? t('perMonthTimes', { months: r.payMonths }) : perPeriodText(host)) })),
    el('dl', { className: 'figures' },
      el('div', null, el('dt', { text: t('range') }),
        el('dd', { 'data-value': 'total-range', text: rangeText(host, r.total, r) })),
      el('div', null, el('dt', { text: t('baseMedian') }),
        el('dd', { 'data-value': 'base-p50', text: money(r.base.p50) })),
      el('div', null, el('dt', { text: t('baseRange') }),
        el('dd', { text: rangeText(host, r.base, r) })),
      r.bonusWhenPaid
        ? el('div', null, el('dt', { text: t('bonusWhenPaid') }),
          el('dd', { 'data-value': 'bonus-when-paid', text: t('bonusWhenPaidValue', {
            share: Math.round(100 * r.bonusWhenPaid.incidence),
            median: money(r.bonusWhenPaid.p50),
            low: money(r.bonusWhenPaid.p25),
            high: money(r.bonusWhenPaid.p75) }) }))
        : el('div', null, el('dt', { text: t('bonusMedian') }),
          el('dd', { text: money(r.bonus.p50) }))),
    purchasingPowerLine(host, r),
    el('p', { className: 'muted', 'data-note': 'equity', text: t('equityNote') }),
    r.payMonths !== 12 ? el('p', { className: 'muted', text: t('payMonths', {
      months: r.payMonths, monthly: amountText(host, r.total.p50 / r.payMonths, r.currency) }) }) : null,
    el('div', { className: 'details' },
      el('h4', { text: t('factors') }),
      factorRows.length
        ? el('table', { part: 'factors' },
          el('thead', null, el('tr', null, el('th', { text: t('factor') }),
            el('th', { text: t('multiplier') }), el('th', { text: t('source') }))),
          el('tbody', null, factorRows))
        : el('p', { className: 'muted', text: t('noFactors') }),
      el('p', { className: 'muted', part: 'sample', text: sampleText(host, r, confidence) })),
    r.warnings.length ? el('ul', { className: 'warnings', part: 'warnings' },
      r.warnings.map(function (w) { return el('li', { text: warningText(lang, w) }); })) : null);
}

// A factor's name in the reader's language: the core names factors in English; in Chinese,
// the place, company or size is named by its own Chinese label.
function factorLabel(host, f, r) {
  var lang = host._lang(), c = host._catalog;
  if (lang === 'en') return f.label;
  var item = f.id === 'country' ? byId(c.countries, r.country)
    : f.id === 'city' ? byId(c.cities, r.city)
      : f.id === 'company' ? byId(c.companies, r.company)
        : f.id === 'company-size' ? byId(c.companySizes, r.companySize) : null;
  if (item) return labelOf(item, lang);
  var dataset = host._dataset(r.dataset);
  if (f.id === 'currency' && dataset) return host._t('factor.currency', { from: dataset.currency, to: r.currency });
  if (f.id === 'remote') {
    return host._t('factor.remote', { reference: nameOf(c.countries, 'US', lang), country: nameOf(c.countries, r.country, lang) });
  }
  return f.label;
}

// A source as the core names it (its title, sometimes followed by a date), in the reader's
// language.
function sourceTitle(host, text, datasetId) {
  var dataset = host._dataset(datasetId);
  var source = host._lang() === 'zh-CN' && dataset
    ? dataset.sources.filter(function (s) { return s.titleZh && text.indexOf(s.title) === 0; })[0] : null;
  // (what the core adds after the title, " (2024)", in Chinese brackets)
  return source ? source.titleZh + text.slice(source.title.length).replace(/^ \((.*)\)$/, '（$1）') : text;
}

// One card per experience tier (entry, mid, senior) from the core's tiers(profile).
function renderTiers(host, results) {
  var ids = ['entry', 'mid', 'senior'], t = host._t.bind(host);
  setChildren(host._view.tiers, results.filter(function (r) { return r.ok; }).map(function (r, i) {
    return el('div', { className: 'card', part: 'tier tier-' + ids[i], 'data-tier': ids[i] },
      el('h4', { text: t('tier.' + ids[i]) }),
      el('p', { className: 'muted', text: tierYears(host, i) }),
      el('dl', null,
        el('dt', { text: t('averageBase') }),
        el('dd', { text: moneyText(host, r.base.mean, r) }),
        el('dt', { text: t('baseRange') }), el('dd', { text: rangeText(host, r.base, r) }),
        el('dt', { text: t('bonusRange') }), el('dd', { text: rangeText(host, r.bonus, r) }),
        el('dt', { text: t('totalUpTo') }),
        el('dd', { text: moneyText(host, r.total.p90, r) })));
  }));
}

// "0-4 years", "5-9 years", "10+ years" from the tiers the core defines.
function tierYears(host, i) {
  var tier = host._catalog.tiers[i];
  return tier.toYears === null
    ? host._t('yearsOpen', { from: tier.fromYears })
    : host._t('yearsSpan', { from: tier.fromYears, to: tier.toYears - 1 });
}

// The curve from 0 to 20 years, drawn for the width the chart has (host._chartWidth, from the
// element's ResizeObserver, which draws it again when that changes much, and until then not
// drawn; without one, measured here), with a line under it that reads out the figures of the
// year the pointer or the arrow keys are on.
function renderChart(host, profile, r) {
  var v = host._view, t = host._t.bind(host);
  if (!host._resizes) host._chartWidth = v.chart.getBoundingClientRect().width || host._chartWidth;
  if (!r.ok) { setChildren(v.chart); return; }
  if (host._resizes && !host._chartWidth) return;  // never laid out yet: the observer draws it
  var points = host._core.curve(profile, 0, 20);
  if (!Array.isArray(points)) { setChildren(v.chart); return; }
  var scale = inPeriod(host, 1, r.payMonths);
  var locale = host._locale();
  var hint = t('chartHint');
  var readout = el('p', { className: 'muted chart-readout', 'data-value': 'chart-readout', text: hint });
  var money = function (annual) { return moneyText(host, annual, r); };
  setChildren(v.chart,
    el('figcaption', { text: t('curveCaption', { curve: t('curve'), period: perPeriodText(host) }) }),
    renderCurve(points, { years: r.years, value: r.total.p50 * scale }, {
      width: host._chartWidth, scale: scale, title: t('curve'), description: t('curveDescription'),
      yearsLabel: t('curveYears'), youLabel: t('you'),
      money: function (x) { return formatMoney(locale, r.currency, x, 'compact'); },
      describe: function (p) {
        return t('chartPoint', { years: yearsText(host, p.years), median: money(p.total.p50),
          p25: money(p.total.p25), p75: money(p.total.p75), p10: money(p.total.p10), p90: money(p.total.p90) });
      },
      readout: function (text) { readout.textContent = text || hint; },
    }),
    readout);
}

// The dataset's sources, each with its date and licence, linked where the link is https.
function renderSources(host, datasetId) {
  var t = host._t.bind(host), lang = host._lang(), zh = lang === 'zh-CN';
  var dataset = host._dataset(datasetId);
  if (!dataset) { setChildren(host._view.sources); return; }
  setChildren(host._view.sources,
    el('h3', { text: t('sources') }),
    el('p', { className: 'muted', text: labelOf(dataset, lang) + t('listComma') + t('asOf', { date: dataset.asOf }) }),
    el('ul', null, dataset.sources.map(function (s) {
      var text = zh && s.titleZh ? s.titleZh : s.title;
      var title = /^https:\/\//.test(s.url) ? el('a', { href: s.url, rel: 'noopener', text: text }) : text;
      return el('li', null, title, t('sourceNote', { asOf: t('asOf', { date: s.asOf }),
        licence: t('licence', { licence: zh && s.licenceZh ? s.licenceZh : s.licence }) }));
    })));
}
