// "Compare": a second scenario (years, role, place, company) beside the estimate, with the
// difference of the median total pay. `host` is the element (web/element.js); host._compare is
// the other scenario's profile while the comparison is open, null while it is closed.

// The panel is rebuilt on each change; the control the reader was on keeps the focus (it went
// to <body> before, after every change). A rebuild removes the field the reader may be typing
// in, which then fires its change as it loses focus: that change, during the rebuild, asks
// for one more rebuild after it, not one inside it (the new fields are not focused until the
// rebuilds end, so there is at most one more; three at most, whatever happens).
function renderCompare(host) {
  if (host._comparing) {
    host._compareAgain = true;
    return;
  }
  var container = host._view.compare;
  var focused = host._root.activeElement;
  var key = focused && container.contains(focused)
    ? (focused.name ? '[name="' + focused.name + '"]' : focused.classList.contains('compare-toggle') ? '.compare-toggle' : null)
    : null;
  host._comparing = true;
  var passes = 0;
  try {
    do {
      host._compareAgain = false;
      buildCompare(host);
    } while (host._compareAgain && ++passes < 3);
  } finally {
    host._comparing = false;
  }
  if (key && !focused.isConnected) {
    var again = container.querySelector(key);
    if (again) again.focus();
  }
}

function buildCompare(host) {
  var v = host._view, t = host._t.bind(host);
  var toggle = el('button', { type: 'button', className: 'compare-toggle',
    'aria-expanded': host._compare ? 'true' : 'false',
    text: t(host._compare ? 'compareClose' : 'compareOpen') });
  toggle.addEventListener('click', function () {
    host._compare = host._compare ? null : Object.assign({}, host._profile);
    renderCompare(host);
  });
  if (!host._compare || !host._result.ok) {
    setChildren(v.compare, el('h3', { text: t('compare') }), toggle);
    return;
  }
  var other = host._compare;
  var controls = [
    ['years', el('input', { type: 'number', min: '0', max: '60', step: '1', name: 'compare-years' })],
    ['role', el('select', { name: 'compare-role' })],
    ['country', el('select', { name: 'compare-country' })],
    ['city', el('select', { name: 'compare-city' })],
    ['company', el('select', { name: 'compare-company' })],
  ].map(function (entry) {
    var prop = entry[0], control = entry[1];
    if (prop !== 'years') fillSelect(control, fieldOptions(host, prop, other));
    control.value = prop === 'years' ? String(other.years) : (other[prop] || '');
    control.addEventListener('change', function () {
      var value = prop === 'years' ? Number(control.value) : control.value;
      if (value === '') delete other[prop]; else other[prop] = value;
      if (prop === 'country') { delete other.city; delete other.currency; }
      renderCompare(host);
    });
    return el('label', null, el('span', { text: t(prop) }), control);
  });
  // Both in the estimate's currency, so that the difference is one of like amounts.
  var a = host._result;
  var b = host._core.estimate(Object.assign({}, other, { currency: a.currency }));
  var column = function (title, r) {
    return el('div', { className: 'card', 'data-scenario': title },
      el('h4', { text: t(title) }),
      r.ok ? el('dl', null,
        el('dt', { text: t('totalMedian') }), el('dd', { 'data-value': 'total-p50', text: moneyText(host, r.total.p50, r) }),
        el('dt', { text: t('range') }), el('dd', { text: rangeText(host, r.total, r) }),
        el('dt', { text: t('baseMedian') }), el('dd', { text: moneyText(host, r.base.p50, r) }),
        // What each buys, at US-average prices: two places side by side in nominal pay and in
        // purchasing power.
        el('dt', { text: t('buys') }), el('dd', { 'data-value': 'purchasing-power', text: r.purchasingPower
          ? amountText(host, inPeriod(host, r.purchasingPower.total.p50, r.payMonths), 'USD')
          : t('unknown') }))
        : el('p', { className: 'error', text: t('errorPrefix') + r.error.message }));
  };
  // The difference of the two medians shown: in the monthly view each is its scenario's year
  // over its own monthly salaries (13 in China, 12 in the US or from a US employer).
  var shown = function (r) { return inPeriod(host, r.total.p50, r.payMonths); };
  var diff = null;
  if (b.ok) {
    var delta = shown(b) - shown(a);
    diff = el('p', { className: 'difference', text: t('difference', {
      diff: (delta >= 0 ? '+' : '\u2212') + amountText(host, Math.abs(delta), a.currency),
      percent: (delta >= 0 ? '+' : '\u2212') + Math.abs(100 * delta / shown(a)).toFixed(0) + '%',
    }) });
  }
  setChildren(v.compare, el('h3', { text: t('compare') }), toggle,
    el('div', { className: 'row compare-inputs' }, controls),
    el('div', { className: 'tiers', 'aria-live': 'polite' }, column('scenarioA', a), column('scenarioB', b)),
    diff);
}
