// "Compare": a second scenario (years, role, place, company) beside the estimate, with the
// difference of the median total pay. `host` is the element (web/element.js); host._compare is
// the other scenario's profile while the comparison is open, null while it is closed.

// The panel's controls are made once and updated in place at each render: the control the
// reader is on keeps the focus, a click is not lost to a rebuild between its press and its
// release (the panel was made again at each change, and a press that moved the focus out of a
// changed field removed the button under the pointer), and years being typed stay as typed.
// Only the two columns and the difference are made again.
function renderCompare(host) {
  var c = host._compareView || (host._compareView = buildCompare(host));
  var t = host._t.bind(host), other = host._compare;
  c.title.textContent = t('compare');
  c.toggle.textContent = t(other ? 'compareClose' : 'compareOpen');
  c.toggle.setAttribute('aria-expanded', other ? 'true' : 'false');
  var open = Boolean(other && host._result && host._result.ok);
  c.inputs.hidden = c.results.hidden = !open;
  if (!open) {
    setChildren(c.columns);
    return;
  }
  c.fields.forEach(function (f) {
    f.caption.textContent = t(f.prop);
    if (f.prop === 'years') {
      if (host._root.activeElement !== f.control) f.control.value = String(other.years);
      return;
    }
    // The lists change with the language, the dataset and the country (and the company, which
    // is listed also where it has no data).
    var key = [host._lang(), other.dataset, other.country, f.prop === 'company' ? other.company : ''].join('|');
    if (f.key !== key) {
      f.key = key;
      fillSelect(f.control, fieldOptions(host, f.prop, other));
    }
    f.control.value = other[f.prop] || '';
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
  setChildren(c.columns, column('scenarioA', a), column('scenarioB', b));
  // The difference of the two medians shown: in the monthly view each is its scenario's year
  // over its own monthly salaries (13 in China, 12 in the US or from a US employer).
  var shown = function (r) { return inPeriod(host, r.total.p50, r.payMonths); };
  c.difference.hidden = !b.ok;
  if (b.ok) {
    var delta = shown(b) - shown(a);
    c.difference.textContent = t('difference', {
      diff: (delta >= 0 ? '+' : '\u2212') + amountText(host, Math.abs(delta), a.currency),
      percent: (delta >= 0 ? '+' : '\u2212') + Math.abs(100 * delta / shown(a)).toFixed(0) + '%',
    });
  }
}

// The panel's parts, made once: its title, the toggle, the other scenario's controls, and the
// place of the two columns and the difference.
function buildCompare(host) {
  var c = {
    title: el('h3'),
    toggle: el('button', { type: 'button', className: 'compare-toggle' }),
    columns: el('div', { className: 'tiers' }),
    difference: el('p', { className: 'difference', 'aria-live': 'polite' }),  // (said, not the columns)
  };
  c.toggle.addEventListener('click', function () {
    host._compare = host._compare ? null : Object.assign({}, host._profile);
    renderCompare(host);
  });
  c.fields = [
    ['years', el('input', { type: 'number', min: '0', max: '60', step: '1', inputmode: 'decimal', name: 'compare-years' })],
    ['role', el('select', { name: 'compare-role' })],
    ['country', el('select', { name: 'compare-country' })],
    ['city', el('select', { name: 'compare-city' })],
    ['company', el('select', { name: 'compare-company' })],
  ].map(function (entry) {
    var f = { prop: entry[0], control: entry[1], caption: el('span'), key: null };
    if (f.prop === 'years') {
      // As the form's years: they count as they are typed, clamped to 0-60; a field left empty
      // shows the years again.
      var apply = function (commit) {
        var other = host._compare, control = f.control;
        if (!other) return;
        var years = fieldYears(control.value);
        if (years === null) {
          if (commit) control.value = String(other.years);
          return;
        }
        if (commit ? control.value !== String(years) : Number(control.value) !== years) control.value = String(years);
        if (other.years !== years) {
          other.years = years;
          renderCompare(host);
        }
      };
      f.control.addEventListener('input', function () { apply(false); });
      f.control.addEventListener('change', function () { apply(true); });
    } else {
      f.control.addEventListener('change', function () {
        var other = host._compare;
        if (!other) return;
        if (f.control.value === '') delete other[f.prop];
        else other[f.prop] = f.control.value;
        if (f.prop === 'country') { delete other.city; delete other.currency; }
        renderCompare(host);
      });
    }
    return f;
  });
  c.inputs = el('div', { className: 'row compare-inputs' }, c.fields.map(function (f) {
    return el('label', null, f.caption, f.control);
  }));
  c.results = el('div', null, c.columns, c.difference);
  setChildren(host._view.compare, c.title, c.toggle, c.inputs, c.results);
  return c;
}
