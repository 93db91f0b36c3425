// "Share": buttons that copy the estimate as a sentence, as a Markdown table, as a link (where
// the page keeps the inputs in its hash: url-state) or as the HTML that embeds this calculator.
// Where the clipboard cannot be written, the text is shown selected, to copy by hand.
// `host` is the element (web/element.js).

var SHARE_KINDS = ['copyText', 'copyMarkdown', 'copyLink', 'copyEmbed'];

function buildShare(host, v) {
  v.shareTitle = el('h3');
  v.shareButtons = {};
  var row = el('div', { className: 'row buttons' });
  SHARE_KINDS.forEach(function (kind) {
    var button = el('button', { type: 'button', 'data-copy': kind });
    button.addEventListener('click', function () { copyShare(host, kind); });
    v.shareButtons[kind] = button;
    row.appendChild(button);
  });
  v.shareStatus = el('p', { className: 'muted', 'aria-live': 'polite' });
  v.shareOutput = el('textarea', { readonly: '', rows: '3', hidden: '', part: 'share-output' });
  return el('section', { className: 'share interactive', part: 'share' }, v.shareTitle, row,
    v.shareStatus, v.shareOutput);
}

function renderShare(host) {
  var v = host._view;
  v.shareTitle.textContent = host._t('share');
  SHARE_KINDS.forEach(function (kind) { v.shareButtons[kind].textContent = host._t(kind); });
  v.shareOutput.setAttribute('aria-label', host._t('copiedText'));
  // A link restores the inputs only where the page keeps them in its hash (url-state).
  v.shareButtons.copyLink.hidden = !host._following;
}

// For the embed snippet: the few characters that matter inside a double-quoted attribute.
function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

// The HTML that shows this calculator elsewhere as it is here: its profile, its period (also
// "annual" where the reader chose it in a country shown monthly by default, China), the country
// whose prices it compares with, and its language.
function embedSnippet(host) {
  var profile = host._profile, period = host._period, attributes = '';
  FIELDS.forEach(function (f) {
    var value = profile[f.prop];
    if (f.prop === 'employer' && value === f.fallback) return;  // the default says nothing
    if (value !== undefined && value !== '') attributes += ' ' + f.attr + '="' + escapeAttribute(value) + '"';
  });
  if (period !== 'annual' || host.hasAttribute('period')) attributes += ' period="' + period + '"';
  var pricesIn = host.getAttribute('prices-in');
  if (pricesIn) attributes += ' prices-in="' + escapeAttribute(pricesIn) + '"';
  if (host._lang() === 'zh-CN') attributes += ' lang="zh-CN"';
  return '<script src="ml-salary.js"></script><ml-salary-calculator' + attributes +
    '></ml-salary-calculator>';
}

// The text a copy button copies (`kind`: one of SHARE_KINDS), from the current profile and
// result, in the reader's language and the chosen period.
function shareText(host, kind) {
  if (kind === 'copyLink') return location.href.split('#')[0] + '#' + hashWithInputs(host);
  if (kind === 'copyEmbed') return embedSnippet(host);
  var r = host._result;
  if (!r.ok) return r.error.message;
  var dataset = host._dataset(r.dataset);
  var money = function (annual) { return moneyText(host, annual, r); };
  var text = host._t('textSummary', {
    profile: profileLine(host, r),
    median: money(r.total.p50), period: perPeriodText(host),
    low: money(r.total.p10), high: money(r.total.p90),
    base: money(r.base.p50),
    dataset: dataset ? host._t('sourceYear', { source: labelOf(dataset, host._lang()), year: dataset.asOf }) : r.dataset,
  });
  if (kind === 'copyText') return text;
  // copyMarkdown: the sentence in bold, then p10 / p50 / p90 of total, base and bonus pay.
  return '**' + text + '**\n\n| | p10 | p50 | p90 |\n|---|---|---|---|\n' +
    [['row.total', r.total], ['row.base', r.base], ['row.bonus', r.bonus]].map(function (row) {
      return '| ' + host._t(row[0]) + ' | ' + [row[1].p10, row[1].p50, row[1].p90].map(money).join(' | ') + ' |';
    }).join('\n') + '\n';
}

// Copies to the clipboard, and shows the text too: selected, to copy by hand, where the
// clipboard cannot be written (an insecure page, a refused permission).
function copyShare(host, kind) {
  var v = host._view;
  var text = shareText(host, kind);
  v.shareOutput.value = text;
  v.shareOutput.removeAttribute('hidden');
  var done = function () { v.shareStatus.textContent = host._t('copied'); };
  var manual = function () {
    v.shareStatus.textContent = host._t('copyManually');
    v.shareOutput.focus();
    v.shareOutput.select();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(done, manual);
  } else {
    manual();
  }
}
