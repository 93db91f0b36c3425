// "What moves your pay" (issue 13): the core's levers for the reader's profile, the changes that
// raise the median total pay, largest first, each with its percentage, the new median, the
// change in what the pay buys where it differs, its source and confidence; beside them, the
// seed article's advice for those kinds of change. Hidden in compact mode unless the `levers`
// attribute asks for it (web/styles.js).

// The article's advice for each kind of lever.
var LEVER_ADVICE = { years: 'advice.years', tier: 'advice.years', city: 'advice.city',
  company: 'advice.company', role: 'advice.role' };

function signedPercent(p) {
  return (p >= 0 ? '+' : '\u2212') + Math.abs(p).toFixed(0) + '%';
}

// A lever in words: "Work in San Jose-Sunnyvale-Santa Clara, CA", "担任研究科学家".
function leverLabel(host, lever) {
  var t = host._t.bind(host), c = host._catalog, lang = host._lang(), change = lever.change;
  var name = function (list, id) { return nameOf(list, id, lang); };
  var kind = lever.id.split(':')[0];
  if (kind === 'tier') {
    var tier = c.tiers.filter(function (x) {
      return change.years >= x.fromYears && (x.toYears === null || change.years < x.toYears);
    })[0];
    return t('lever.tier', { tier: tier ? t('tier.' + tier.id) : '', years: change.years });
  }
  return t('lever.' + kind, { years: change.years, city: change.city && name(c.cities, change.city),
    company: change.company && name(c.companies, change.company), role: change.role && name(c.roles, change.role) });
}

function renderLevers(host, profile, r) {
  var v = host._view, t = host._t.bind(host);
  var result = r.ok ? host._core.levers(profile) : null;
  if (!result || !result.ok) {
    setChildren(v.levers);
    return;
  }
  var advice = [];
  var items = result.levers.filter(function (l) { return l.delta > 0; }).map(function (l) {
    var kind = l.id.split(':')[0];
    if (LEVER_ADVICE[kind] && advice.indexOf(LEVER_ADVICE[kind]) < 0) advice.push(LEVER_ADVICE[kind]);
    // The changes of the figures shown: in the monthly view, of a month's pay (a lever to a job
    // paid in 12 salaries from one paid in 13 gains more a month than a year).
    var months = inPeriod(host, 1, l.payMonths) / inPeriod(host, 1, r.payMonths);
    var shown = function (percent) { return 100 * ((1 + percent / 100) * months - 1); };
    var percent = shown(l.deltaPercent);
    var buys = l.purchasingPowerPercent === null ? null : shown(l.purchasingPowerPercent);
    return el('li', { 'data-lever': l.id },
      el('span', { className: 'lever-name', text: leverLabel(host, l) + ' ' }),
      el('strong', { text: t('leverValue', { percent: signedPercent(percent),
        amount: amountText(host, inPeriod(host, l.total.p50, l.payMonths), r.currency) }) }),
      buys !== null && Math.abs(buys - percent) >= 0.5
        ? el('span', { text: t('listComma') + t('leverBuys', { percent: signedPercent(buys) }) }) : null,
      el('span', { className: 'muted lever-source', text: ' \u00b7 ' + sourceTitle(host, l.source, r.dataset) +
        ' \u00b7 ' + t('leverConfidence', { confidence: t('confidence.' + l.confidence) }) }));
  });
  advice.push('advice.more');
  setChildren(v.levers,
    el('h3', { text: t('levers') }),
    el('p', { className: 'muted', text: t('leversNote') }),
    items.length ? el('ol', { className: 'lever-list', 'data-value': 'levers' }, items) : el('p', { text: t('leversNone') }),
    el('ul', { className: 'advice', 'data-value': 'advice' }, advice.map(function (key) { return el('li', { text: t(key) }); })));
}
