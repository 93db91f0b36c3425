// "My offer": the reader types an offer and sees where it falls among the estimate's figures
// (its percentile of base or total pay, from the core). `host` is the element (web/element.js);
// host._offer is the offer as typed: {amount, component, period, currency}.

function buildOffer(host, v) {
  v.offerTitle = el('h3');
  v.offerAmount = el('input', { type: 'number', min: '0', step: '1000', name: 'offer', inputmode: 'decimal' });
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
  var shown = typed.amount;
  if (r && r.ok && typed.period && typed.period !== host._period && Number(typed.amount) > 0) {
    var months = r.payMonths;
    shown = String(Math.round(typed.period === 'annual' ? typed.amount / months : typed.amount * months));
  }
  if (v.offerAmount.value !== shown) v.offerAmount.value = shown;
  var amount = Number(shown);
  if (!r || !r.ok || shown === '') {
    v.offerResult.textContent = '';
    return;
  }
  if (!(amount > 0) || !isFinite(amount)) {
    v.offerResult.textContent = host._t('offerInvalid');
    return;
  }
  var inPeriod = typed.period || host._period;  // (exact: from what was typed, not rounded)
  var annual = inPeriod === 'monthly' ? Number(typed.amount) * r.payMonths : Number(typed.amount);
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
    amount: amountText(host, amount, r.currency), percentile: Math.floor(p.percentile),
    component: host._t('component.' + p.component),
  });
}
