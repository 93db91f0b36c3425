// "Compare": a second scenario (years, role, place, company) beside the estimate, with the
// difference of the median total pay. `host` is the element (web/element.js); host._compare is
// the other scenario's profile while the comparison is open, null while it is closed.

// The panel is rebuilt on each change; the control the reader was on keeps the focus (it went
// to <body> before, after every change). A change rebuilds it in the next task, after the
// reader's Tab or click has moved the focus: rebuilt inside the change event, the panel lost
// the control the focus was going to, and a field the rebuild removes fires its change then.
function renderCompare(host) {
  var container = host._view.compare;
  var focused = host._root.activeElement;
  var key = focused && container.contains(focused)
    ? (focused.name ? '[name="' + focused.name + '"]' : focused.classList.contains('compare-toggle') ? '.compare-toggle' : null)
    : null;
  buildCompare(host);
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
      if (prop === 'years') {  // clamped to 0-60 as the form's years; cleared: unchanged
        var years = Math.min(60, Math.max(0, Number(control.value)));
        if (control.value !== '' && isFinite(years)) other.years = years;
      } else if (control.value === '') {
        delete other[prop];
      } else {
        other[prop] = control.value;
      }
      if (prop === 'country') { delete other.city; delete other.currency; }
      setTimeout(function () { if (host._compare === other) renderCompare(host); });
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
