// <ml-salary-calculator>: the calculator as a custom element, used by index.html and by blogs.
// Concatenated after api.js, messages.js, chart.js and styles.js inside one closure
// (web/CMakeLists.txt). All text goes in through textContent and DOM calls: no HTML strings.

var TAG = 'ml-salary-calculator';
var CHANGE_EVENT = TAG + '-change';

// Profile fields: attribute (kebab-case), element property, profile key, default. An attribute
// the core rejects falls back to its default, with a visible note.
// Two names differ from the profile's, because HTMLElement already owns them: the property for
// `dataset` is `datasetId` (HTMLElement.dataset holds the data-* attributes), and the job role
// is `job-role` / `jobRole` (`role` is the ARIA role; it is still read when job-role is absent,
// but accessibility checkers flag a job title there).
var FIELDS = [
  { attr: 'dataset', prop: 'dataset', property: 'datasetId', fallback: 'market' },
  { attr: 'years', prop: 'years', fallback: '3' },
  { attr: 'job-role', prop: 'role', property: 'jobRole', alias: 'role', fallback: 'ml-engineer' },
  { attr: 'country', prop: 'country', fallback: 'US' },
  { attr: 'city', prop: 'city', fallback: '' },
  { attr: 'company', prop: 'company', fallback: '' },
  { attr: 'company-size', prop: 'companySize', fallback: '' },
  { attr: 'currency', prop: 'currency', fallback: '' },
  { attr: 'employer', prop: 'employer', fallback: 'local' },
];
// Presentation attributes with a fixed set of values; the first is the default.
var CHOICES = {
  period: ['annual', 'monthly'],
  theme: ['auto', 'light', 'dark'],
};
var FLAGS = ['compact', 'locked', 'url-state'];
// Text that reads as a number of years ("6", "2.5", "-3", "1e1"); anything else goes to the core
// as text, which says what is wrong with it.
var NUMBER = /^\s*[-+.\d][\d.e+-]*\s*$/i;
// The inputs fewer readers change, in a fold ("More options") that starts closed on a narrow
// screen (under NARROW_PX wide: the width at which the styles put the result first).
var MORE_FIELDS = ['dataset', 'companySize', 'currency', 'employer', 'period'];
var NARROW_PX = 640;
// Countries whose pay is quoted per month (times N months a year): period defaults to monthly.
var MONTHLY_BY_DEFAULT = ['CN'];
// With url-state, these keys of the page's URL hash mirror the element's attributes.
var HASH_KEYS = FIELDS.map(function (f) { return [f.prop === 'role' ? 'role' : f.attr, f.attr]; })
  .concat([['period', 'period']]);
// The one element of the page that follows the hash: a second url-state element would fight
// over the same keys, so it behaves as if it had no url-state, and waits: when the first one
// stops (removed, or its url-state removed), the next waiting one takes over.
var hashOwner = null;
var hashWaiting = [];

// One MediaQueryList for the page, so that listeners added to it can be removed from it.
var darkSchemeQuery = null;
function darkScheme() {
  if (!darkSchemeQuery) darkSchemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
  return darkSchemeQuery;
}

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

var sharedCore = null;  // one wasm instance for every element made by this script
function getCore() {
  if (!sharedCore) sharedCore = createSalaryCore();
  return sharedCore;
}

// el('p', {className: 'x', part: 'y', text: 'hello'}, child, 'text', ...): an element.
function el(tag, props) {
  var node = document.createElement(tag);
  for (var key in props || {}) {
    if (key === 'text') node.textContent = props[key];
    else if (key === 'className') node.className = props[key];
    else node.setAttribute(key, props[key]);
  }
  for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}

function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
  else node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}

// The long lists (102 countries, 530 US areas, 880 companies) are search-as-you-type pickers
// (web/picker.js); the others are selects. The currencies' select (75) is built when the
// reader reaches it (_showOnly, _completeOptions).
var PICKERS = ['country', 'city', 'company'];
var LONG_LISTS = ['currency'];

function fillSelect(select, options) {
  setChildren(select, options.map(function (o) { return el('option', { value: o[0], text: o[1] }); }));
}

function setChildren(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  for (var i = 1; i < arguments.length; i++) append(node, arguments[i]);
}

// Sorts [value, label] pairs by label in the reader's language, with one collator per
// language (String.prototype.localeCompare builds one per call: slow for 900 companies).
var collators = {};
function byLabel(lang) {
  if (!collators[lang]) collators[lang] = new Intl.Collator(lang);
  var compare = collators[lang].compare;
  return function (a, b) { return compare(a[1], b[1]); };
}

function labelOf(item, lang) {
  return lang === 'zh-CN' && item.labelZh ? item.labelZh : item.label;
}

// For the embed snippet: the few characters that matter inside a double-quoted attribute.
function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

var sharedSheet = null;
function adoptStyles(root) {
  // A constructed stylesheet is allowed by a strict style-src, unlike a <style> element.
  try {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } catch (e) {
    root.appendChild(el('style', { text: STYLES }));
  }
}

class MLSalaryCalculator extends HTMLElement {
  static get observedAttributes() {
    return FIELDS.map(function (f) { return f.attr; })
      .concat(Object.keys(CHOICES), FLAGS, ['lang', 'role']);
  }

  /** Defines the element unless this page already has it (the script may be loaded twice). */
  static define(tag) {
    var name = tag || TAG;
    if (!customElements.get(name)) customElements.define(name, this);
    return this;
  }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    adoptStyles(this._root);
    this._core = null;
    this._catalog = null;
    this._result = null;
    this._queued = false;
    this._compare = null;  // the other scenario's profile while the comparison is open
    this._offer = { amount: '', component: 'base' };
    this._optionsKey = '';
    this._lazy = new Map();  // select -> the profile of its list, not built yet (_showOnly)
    this._onSchemeChange = () => this._queueRender();  // theme="auto" follows the system
    this._onHashChange = () => this._readHash();
    // The chart is drawn for its width (web/chart.js): drawn again when that changes much.
    this._onResize = () => {
      var width = this._view.chart.getBoundingClientRect().width;
      if (this._result && this._result.ok && Math.abs(width - (this._chartWidth || 0)) > 24) {
        this._renderChart(this._profile, this._result);
      }
    };
    this._resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(this._onResize) : null;
    this._following = false;  // this element follows the page's hash (url-state)
    this._authored = null;    // the page author's values of the hash's attributes (and role), by name
    this._changing = false;   // an attribute is being set by the hash or the reader (_set)
    this._view = this._build();
  }

  connectedCallback() {
    darkScheme().addEventListener('change', this._onSchemeChange);
    this._followHash(this.hasAttribute('url-state'));
    if (this._resizes) this._resizes.observe(this);
    if (this._started) return;
    this._started = true;
    // On a narrow screen the less used inputs start folded, so the result is near the top.
    this._view.more.open = this.getBoundingClientRect().width >= NARROW_PX;
    this._queueRender();
    getCore().then((core) => {
      this._core = core;
      this._catalog = core.catalog();
      this._queueRender();
    }, (error) => {
      this._startError = error && error.message ? error.message : String(error);
      this._queueRender();
    });
  }

  disconnectedCallback() {
    darkScheme().removeEventListener('change', this._onSchemeChange);
    if (this._resizes) this._resizes.disconnect();
    this._followHash(false);
  }

  // ---- url-state: the page's URL hash holds the inputs (#years=6&role=ml-engineer&...) ----

  // Starts or stops following the hash. The author's attributes are the defaults: they are
  // kept when following starts, and come back for each key the hash no longer has.
  _followHash(on) {
    on = on && this.isConnected;
    var index = hashWaiting.indexOf(this);
    if (index >= 0) hashWaiting.splice(index, 1);
    if (on && hashOwner !== null && hashOwner !== this) {
      hashWaiting.push(this);
      on = false;
    }
    if (on === this._following) return;
    this._following = on;
    if (on) {
      hashOwner = this;
      if (!this._authored) {
        this._authored = {};
        HASH_KEYS.map((pair) => pair[1]).concat('role').forEach((name) => {
          this._authored[name] = this.getAttribute(name);
        });
      }
      window.addEventListener('hashchange', this._onHashChange);
      this._readHash();
    } else {
      window.removeEventListener('hashchange', this._onHashChange);
      hashOwner = null;
      var next = hashWaiting.shift();
      if (next) next._followHash(next.hasAttribute('url-state'));
    }
    this._queueRender();
  }

  // Sets an attribute as the hash or the reader asks; any other change (the page's own script)
  // becomes the author's value, which a hash without that key brings back.
  _set(name, value) {
    this._changing = true;
    try {
      if (value === null) this.removeAttribute(name);
      else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
    } finally {
      this._changing = false;
    }
  }

  // A hash with none of the calculator's keys (an in-page link such as #method) leaves it as it
  // is; otherwise each key sets its attribute, and a missing one brings back the author's.
  _readHash() {
    var raw = location.hash.replace(/^#/, '');
    var params = new URLSearchParams(raw);
    // An in-page link (#method) is not the calculator's: it stays as it is. An empty hash (Back
    // to the page as it was opened) means the author's values.
    if (raw !== '' && !HASH_KEYS.some(function (pair) { return params.has(pair[0]); })) return;
    HASH_KEYS.forEach((pair) => {
      var value = params.get(pair[0]);
      this._set(pair[1], value === null || value.length > 100 ? this._authored[pair[1]] : value);
    });
    // The hash's role is job-role; the author's plain role attribute yields to it.
    this._set('role', params.has('role') ? null : this._authored.role);
  }

  // The page's hash with this element's inputs; other keys (such as the page's lang) stay.
  _hashWithInputs() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    HASH_KEYS.forEach((pair) => {
      if (this.hasAttribute(pair[1])) params.set(pair[0], this.getAttribute(pair[1]));
      else params.delete(pair[0]);
    });
    return params.toString();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;  // set again to the same value: nothing changed
    if (name === 'url-state') this._followHash(this.hasAttribute('url-state'));
    if (this._authored && !this._changing && name in this._authored) {
      this._authored[name] = value;  // set by the page's script: the author's value
    }
    this._queueRender();
  }

  /** The estimate shown (the core's result object), or null before the first one. */
  get result() { return this._result; }

  // ---- Reading the attributes ----

  _lang() {
    var host = this.closest('[lang]');
    return pickLanguage(host ? host.getAttribute('lang') : document.documentElement.lang);
  }

  _t(key, values) { return translate(this._lang(), key, values); }

  // Numbers follow the nearest [lang] as written (en-GB, zh-TW, de ...); text is en or zh-CN.
  _locale() {
    var host = this.closest('[lang]');
    var tag = host ? host.getAttribute('lang') : document.documentElement.lang;
    try {
      return Intl.getCanonicalLocales(tag || 'en')[0];
    } catch (e) {
      return this._lang();
    }
  }

  _choice(name, notes) {
    var value = this.getAttribute(name);
    var allowed = CHOICES[name];
    if (value === null || allowed.indexOf(value) >= 0) return value || allowed[0];
    notes.push(this._t('invalidChoice', {
      attr: name, caption: this._t(name), value: cut(value, 40), choices: allowed.join(', '),
      fallback: allowed[0], fallbackLabel: this._t(name + '.' + allowed[0]),
    }));
    return allowed[0];
  }

  // The profile from the attributes; each attribute the core rejects is replaced by its
  // default (the core names the field at fault), with a note for the reader.
  _resolve(notes) {
    var profile = {};
    FIELDS.forEach((f) => {
      var attr = !this.hasAttribute(f.attr) && f.alias && this.hasAttribute(f.alias) ? f.alias : f.attr;
      var value = this.hasAttribute(attr) ? this.getAttribute(attr) : f.fallback;
      if (f.prop === 'years') profile.years = NUMBER.test(value) ? Number(value) : value;
      else if (value !== '') profile[f.prop] = value;
    });
    for (var attempt = 0; attempt <= FIELDS.length; attempt++) {
      var result = this._core.estimate(profile);
      if (result.ok) return { profile: profile, result: result };
      var field = FIELDS.filter(function (f) { return f.prop === result.error.field; })[0];
      var fallback = field && (field.prop === 'years' ? Number(field.fallback) : field.fallback);
      if (!field || profile[field.prop] === fallback || profile[field.prop] === undefined) {
        return { profile: profile, result: result };
      }
      var lists = { dataset: this._catalog.datasets, role: this._catalog.roles, country: this._catalog.countries };
      var named = (lists[field.prop] || []).filter(function (x) { return x.id === fallback; })[0];
      notes.push(this._t('invalidAttribute', {
        attr: field.alias && !this.hasAttribute(field.attr) ? field.alias : field.attr,
        caption: this._t(field.prop),
        value: cut(String(profile[field.prop]), 40),
        message: result.error.message,
        fallback: fallback === '' ? this._t('defaultValue') : named ? labelOf(named, this._lang()) : String(fallback),
      }));
      if (fallback === '') delete profile[field.prop];
      else profile[field.prop] = fallback;
    }
    return { profile: profile, result: this._core.estimate(profile) };
  }

  // One render per change: a render asked for while one is queued is the same render, and a
  // render made directly (the reader's input) takes the place of the queued one.
  _queueRender() {
    if (this._queued) return;
    this._queued = true;
    Promise.resolve().then(() => {
      if (this._queued) this._render();
    });
  }

  // ---- Building the static parts once ----

  _build() {
    var v = { controls: {}, captions: {}, pickers: {} };
    v.title = el('h2', { part: 'title' });
    v.notes = el('ul', { className: 'notes', part: 'notes' });
    v.form = el('form', { part: 'form' });
    v.form.addEventListener('submit', function (e) { e.preventDefault(); });
    v.moreSummary = el('summary');
    v.moreFields = el('div', { className: 'more-fields' });
    v.more = el('details', { className: 'more', part: 'more', open: '' }, v.moreSummary, v.moreFields);
    FIELDS.concat([{ prop: 'period', attr: 'period' }]).forEach((f) => {
      if (f.prop === 'years') {
        v.form.appendChild(this._buildYears(v));
        return;
      }
      var parent = MORE_FIELDS.indexOf(f.prop) >= 0 ? v.moreFields : v.form;
      if (PICKERS.indexOf(f.prop) >= 0) {
        var picker = makePicker(f.prop, (value) => this._onInput(f.attr, value));
        v.pickers[f.prop] = picker;
        v.controls[f.prop] = picker.input;
        v.captions[f.prop] = el('span');
        v.form.appendChild(el('label', { part: 'field' }, v.captions[f.prop], picker.input, picker.list));
        return;
      }
      var control = el('select');
      control.name = f.prop;
      control.addEventListener('change', () => this._onInput(f.attr, control.value));
      ['pointerenter', 'focus', 'pointerdown'].forEach((type) => {
        control.addEventListener(type, () => this._completeOptions(control));
      });
      v.controls[f.prop] = control;
      v.captions[f.prop] = el('span');
      parent.appendChild(el('label', { part: 'field' }, v.captions[f.prop], control));
    });
    v.form.appendChild(v.more);

    v.tiersTitle = el('h3');
    v.tiers = el('div', { className: 'tiers', part: 'tiers' });
    v.estimateTitle = el('h3', { className: 'estimate-title' });
    v.estimate = el('div', { className: 'estimate', part: 'estimate', 'aria-live': 'polite' });
    v.chart = el('figure', { className: 'chart-box', part: 'chart-box' });
    v.offer = this._buildOffer(v);
    v.compare = el('section', { className: 'compare', part: 'compare' });
    v.share = this._buildShare(v);
    v.sources = el('footer', { part: 'sources' });
    v.privacy = el('p', { className: 'muted privacy' });
    v.fallback = el('div', { className: 'fallback', hidden: '' }, el('slot'));
    // "loading" until the first estimate: the controls and panels keep their place but are not
    // shown empty (no layout shift, no blank buttons).
    v.section = el('section', { className: 'calculator loading', part: 'calculator' },
      v.title, v.notes, v.form, v.estimateTitle, v.estimate, v.tiersTitle, v.tiers, v.chart,
      v.offer, v.compare, v.share, v.sources, v.privacy, v.fallback);
    this._root.appendChild(v.section);
    return v;
  }

  // Years: a number field and a slider that update the estimate as the reader types or drags,
  // clamped to 0-60 (a value outside is brought to the nearest end, in the field and the URL).
  _buildYears(v) {
    var field = el('input', { type: 'number', min: '0', max: '60', step: '1', inputmode: 'decimal', name: 'years' });
    var slider = el('input', { type: 'range', min: '0', max: '60', step: '1', name: 'years-slider' });
    var apply = (source, commit) => {
      if (source.value === '') return;  // (typing "-" or clearing: wait for a number)
      var years = Math.min(60, Math.max(0, Number(source.value)));
      if (!isFinite(years)) return;
      var text = String(years);
      if (field.value !== text && (commit || Number(field.value) !== years)) field.value = text;
      if (slider.value !== text) slider.value = text;
      if (this.getAttribute('years') !== text) this._onInput('years', text, !commit);
      else if (commit) this._liveEntry = false;
    };
    field.addEventListener('input', () => apply(field, false));
    field.addEventListener('change', () => apply(field, true));
    slider.addEventListener('input', () => apply(slider, false));
    slider.addEventListener('change', () => apply(slider, true));
    v.controls.years = field;
    v.yearsSlider = slider;
    v.captions.years = el('span');
    return el('label', { part: 'field', className: 'years' }, v.captions.years,
      el('span', { className: 'years-inputs' }, field, slider));
  }

  _buildOffer(v) {
    v.offerTitle = el('h3');
    v.offerAmount = el('input', { type: 'number', min: '0', step: '1000', name: 'offer', inputmode: 'decimal' });
    v.offerComponent = el('select', { name: 'offerComponent' });
    v.offerAmountCaption = el('span');
    v.offerComponentCaption = el('span');
    v.offerResult = el('p', { className: 'offer-result', part: 'offer-result', 'aria-live': 'polite' });
    var update = () => {
      this._offer = { amount: v.offerAmount.value, component: v.offerComponent.value, period: this._period };
      this._renderOffer();
    };
    v.offerAmount.addEventListener('input', update);
    v.offerComponent.addEventListener('change', update);
    return el('section', { className: 'offer interactive', part: 'offer' }, v.offerTitle,
      el('div', { className: 'row' },
        el('label', null, v.offerAmountCaption, v.offerAmount),
        el('label', null, v.offerComponentCaption, v.offerComponent)),
      v.offerResult);
  }

  _buildShare(v) {
    v.shareTitle = el('h3');
    v.shareButtons = {};
    var row = el('div', { className: 'row buttons' });
    ['copyText', 'copyMarkdown', 'copyLink', 'copyEmbed'].forEach((kind) => {
      var button = el('button', { type: 'button', 'data-copy': kind });
      button.addEventListener('click', () => this._copy(kind));
      v.shareButtons[kind] = button;
      row.appendChild(button);
    });
    v.shareStatus = el('p', { className: 'muted', 'aria-live': 'polite' });
    v.shareOutput = el('textarea', { readonly: '', rows: '3', hidden: '', part: 'share-output' });
    return el('section', { className: 'share interactive', part: 'share' }, v.shareTitle, row,
      v.shareStatus, v.shareOutput);
  }

  // ---- Reader actions ----

  // `live`: a value still being typed or dragged. Its first step makes a history entry, the
  // next ones replace it, so Back undoes a whole gesture.
  _onInput(attr, value, live) {
    this._set(attr, value === '' ? null : value);
    if (attr === 'job-role') this._set('role', null);
    if (attr === 'country') this._set('city', null);
    if (attr === 'dataset') this._dropUnavailable(value || 'market');
    if (this._following) {
      var hash = this._hashWithInputs();
      if (location.hash.replace(/^#/, '') !== hash) {
        if (this._liveEntry) history.replaceState(history.state, '', '#' + hash);
        else location.hash = hash;  // a history entry
      }
    }
    this._liveEntry = Boolean(live);
    this._render();
    this._emitChange();
  }

  // Years outside 0-60 from an attribute or a link are brought to the nearest end, as the field
  // and the slider do, in the attribute and the URL too (no history entry: the same view).
  _clampYears() {
    var text = this.getAttribute('years');
    var years = text !== null && NUMBER.test(text) ? Number(text) : NaN;
    if (!isFinite(years) || (years >= 0 && years <= 60)) return;
    this._set('years', String(Math.min(60, Math.max(0, years))));
    this._queued = false;  // (this render shows it)
    if (this._following) history.replaceState(history.state, '', '#' + this._hashWithInputs());
  }

  _emitChange() {
    this.dispatchEvent(new CustomEvent(CHANGE_EVENT, {
      bubbles: true, composed: true,
      detail: { profile: Object.assign({}, this._profile), result: this._result },
    }));
  }

  // ---- Rendering ----

  _render() {
    this._queued = false;
    this._clampYears();
    var v = this._view;
    var notes = [];
    var period = this._choice('period', notes);
    var theme = this._choice('theme', notes);
    if (theme === 'auto') theme = darkScheme().matches ? 'dark' : 'light';
    if (this.getAttribute('data-theme') !== theme) this.setAttribute('data-theme', theme);
    v.title.textContent = this._t('title');
    v.moreSummary.textContent = this._t('moreOptions');
    v.estimateTitle.textContent = this._t('estimate');
    v.tiersTitle.textContent = this._t('tiers');
    v.privacy.textContent = this._t('privacy');
    Object.keys(v.captions).forEach((prop) => { v.captions[prop].textContent = this._t(prop); });
    v.yearsSlider.setAttribute('aria-label', this._t('years'));

    if (this._startError || !this._core) {
      var failed = Boolean(this._startError);
      setChildren(v.estimate, el('p', { className: failed ? 'error' : 'muted',
        text: failed ? this._t('failed', { message: this._startError }) : this._t('loading') }));
      if (failed) v.fallback.removeAttribute('hidden');
      return;
    }
    v.section.classList.remove('loading');
    var resolved = this._resolve(notes);
    this._profile = resolved.profile;
    this._result = resolved.result;
    // Pay in China is quoted as a monthly salary times N months a year: shown so by default.
    if (!this.hasAttribute('period') && resolved.result.ok && MONTHLY_BY_DEFAULT.indexOf(resolved.result.country) >= 0) {
      period = 'monthly';
    }
    this._period = period;
    setChildren(v.notes, notes.map(function (n) { return el('li', { text: n }); }));
    this._fillControls(resolved.profile, period);
    this._renderEstimate(resolved.result);
    this._renderTiers(resolved.result.ok ? this._core.tiers(resolved.profile) : []);
    this._renderChart(resolved.profile, resolved.result);
    this._renderOfferControls();
    this._renderOffer();
    this._renderCompare();
    this._renderShare();
    this._renderSources(resolved.profile.dataset || 'market');
  }

  // Drops the inputs a newly chosen dataset cannot serve, so they fall back quietly.
  _dropUnavailable(datasetId) {
    var d = this._dataset(datasetId);
    if (!d) return;
    var lists = { 'job-role': d.roles, country: d.countries, city: d.cities, company: d.companies,
      'company-size': d.companySizes, currency: d.currencies, employer: d.employers };
    Object.keys(lists).forEach((attr) => {
      var value = this.getAttribute(attr);
      if (value !== null && lists[attr].indexOf(value) < 0) this._set(attr, null);
    });
    this._set('role', null);
  }

  _dataset(id) {
    return this._catalog.datasets.filter(function (d) { return d.id === id; })[0];
  }

  // [value, label] pairs for a select or picker, limited to what the profile's dataset has; with
  // `only`, just the "any" choice (if the list has one) and the option of that value, quickly.
  // Places and companies are sorted by label in the reader's language (pinyin order in
  // Chinese); in Chinese, a third entry is the English name, which the pickers also search.
  _options(prop, profile, only) {
    var c = this._catalog, lang = this._lang(), t = this._t.bind(this);
    var d = this._dataset(profile.dataset || 'market') || c.datasets[0];
    var of = function (list, ids) {
      var known = new Set(ids);
      return list.filter(function (x) { return known.has(x.id) && (only === undefined || x.id === only); })
        .map(function (x) {
          var label = labelOf(x, lang);
          return label === x.label ? [x.id, label] : [x.id, label, x.label];
        });
    };
    var sorted = function (options) { return only === undefined ? options.sort(byLabel(lang)) : options; };
    switch (prop) {
      case 'dataset': return c.datasets.map(function (x) { return [x.id, labelOf(x, lang)]; });
      case 'role': return of(c.roles, d.roles);
      case 'country': return sorted(of(c.countries, d.countries));
      case 'city': return [['', t('anyCity')]].concat(sorted(of(c.cities.filter(function (x) {
        return x.country === profile.country;
      }), d.cities)));
      // Only the companies whose data covers the country: elsewhere their factor would not
      // apply (the core says so if one is named anyway).
      case 'company': return [['', t('anyCompany')]].concat(sorted(of(c.companies.filter(function (x) {
        return !x.countries.length || x.countries.indexOf(profile.country) >= 0;
      }), d.companies)));
      case 'companySize': return [['', t('anySize')]].concat(of(c.companySizes, d.companySizes));
      case 'currency': return [['', t('defaultCurrency')]].concat(d.currencies.filter(function (x) {
        return only === undefined || x === only;
      }).map(function (x) { return [x, x]; }));
      case 'employer': return d.employers.map(function (x) { return [x, t('employer.' + x)]; });
      case 'period': return CHOICES.period.map(function (x) { return [x, t('period.' + x)]; });
      default: return [];
    }
  }

  _fillControls(profile, period) {
    var v = this._view;
    var key = [this._lang(), profile.dataset, profile.country].join('|');
    if (key !== this._optionsKey) {
      this._optionsKey = key;
      Object.keys(v.pickers).forEach((prop) => {
        v.pickers[prop].setLoad(() => this._options(prop, profile).filter(function (o) { return o[0] !== ''; }));
      });
      Object.keys(v.controls).forEach((prop) => {
        var control = v.controls[prop];
        if (prop === 'years' || v.pickers[prop]) return;
        // A select the reader is on (changing the country with the arrow keys) keeps its list.
        if (LONG_LISTS.indexOf(prop) < 0 || this._root.activeElement === control) {
          this._lazy.delete(control);
          fillSelect(control, this._options(prop, profile));
          return;
        }
        this._lazy.set(control, profile);
        this._showOnly(control, profile[prop] || '');
      });
    }
    FIELDS.forEach((f) => {
      var control = v.controls[f.prop];
      var value = f.prop === 'years' ? String(profile.years) : (profile[f.prop] || '');
      if (v.pickers[f.prop]) {
        this._showPicked(f.prop, profile);
        return;
      }
      if (this._lazy.has(control) && control.value !== value) this._showOnly(control, value);
      if (control.value !== value) control.value = value;
    });
    v.controls.period.value = period;
    if (v.yearsSlider.value !== String(profile.years)) v.yearsSlider.value = String(Math.min(60, profile.years));
    // A named company implies its size: the size the core used is shown, not editable.
    var implied = this._result && this._result.ok && this._result.company && this._result.companySize;
    v.controls.companySize.disabled = Boolean(implied);
    if (implied) v.controls.companySize.value = this._result.companySize;
  }

  // A picker shows what the estimate used: a city named by its former id shows as the city; an
  // unknown one as "any city", which is what the estimate is for.
  _showPicked(prop, profile) {
    var r = this._result, value = profile[prop] || '';
    if (r && r.ok && prop !== 'country') value = r[prop] || '';
    var option = value ? this._options(prop, profile, value).filter(function (o) { return o[0] === value; })[0] : null;
    var placeholder = prop === 'city' ? this._t('anyCity') : prop === 'company' ? this._t('anyCompany') : '';
    this._view.pickers[prop].show(option ? value : '', option ? option[1] : '', placeholder);
  }

  // A long list (LONG_LISTS: the 75 currencies) is built when the
  // reader reaches its select (pointer over it, focus, tap); until then the select holds only
  // the "any" choice and the current one, which look the same.
  _showOnly(select, value) {
    fillSelect(select, this._options(select.name, this._lazy.get(select), value));
    select.value = value;
  }

  _completeOptions(select) {
    var profile = this._lazy.get(select);
    if (!profile) return;
    this._lazy.delete(select);
    var value = select.value;
    fillSelect(select, this._options(select.name, profile));
    select.value = value;
  }

  // Money in the chosen period: annual, or monthly (annual / the country's pay months).
  _money(annual, currency, result) {
    var amount = this._period === 'monthly' ? annual / (result ? result.payMonths : 12) : annual;
    return this._format(amount, currency);
  }

  _format(amount, currency) {
    try {
      return formatMoney(this._locale(), currency, amount, 'whole');
    } catch (e) {
      return Math.round(amount).toLocaleString() + ' ' + currency;
    }
  }

  _range(q, r) {
    return this._money(q.p10, r.currency, r) + ' \u2013 ' + this._money(q.p90, r.currency, r);
  }

  _perPeriod() { return this._t(this._period === 'monthly' ? 'perMonth' : 'perYear'); }

  _renderEstimate(r) {
    var v = this._view;
    if (!r.ok) {
      setChildren(v.estimate, el('p', { className: 'error', role: 'alert', text: this._lang() === 'en'
        ? this._t('errorPrefix') + r.error.message : this._t('error', { field: r.error.field }) }));
      return;
    }
    var lang = this._lang();
    var factorRows = r.factors.map((f) => {
      return el('tr', null, el('td', { text: this._factorLabel(f, r) }),
        el('td', { text: '\u00d7 ' + f.multiplier.toFixed(2) }), el('td', { text: this._sourceTitle(f.source, r.dataset) }));
    });
    var confidence = this._t('confidence.' + r.sample.confidence);
    setChildren(v.estimate,
      el('p', { className: 'profile-line', part: 'profile', 'data-value': 'profile', text: this._profileLine(r) }),
      el('p', { className: 'headline-row' },
        el('span', { className: 'muted', text: this._t('totalMedian') + ' ' }),
        el('span', { className: 'headline', part: 'headline', 'data-value': 'total-p50',
          text: this._money(r.total.p50, r.currency, r) }),
        el('span', { className: 'muted', text: ' ' + (this._period === 'monthly' && r.payMonths !== 12
          ? this._t('perMonthTimes', { months: r.payMonths }) : this._perPeriod()) })),
      el('dl', { className: 'figures' },
        el('div', null, el('dt', { text: this._t('range') }),
          el('dd', { 'data-value': 'total-range', text: this._range(r.total, r) })),
        el('div', null, el('dt', { text: this._t('baseMedian') }),
          el('dd', { 'data-value': 'base-p50', text: this._money(r.base.p50, r.currency, r) })),
        el('div', null, el('dt', { text: this._t('baseRange') }),
          el('dd', { text: this._range(r.base, r) })),
        r.bonusWhenPaid
          ? el('div', null, el('dt', { text: this._t('bonusWhenPaid') }),
            el('dd', { 'data-value': 'bonus-when-paid', text: this._t('bonusWhenPaidValue', {
              share: Math.round(100 * r.bonusWhenPaid.incidence),
              median: this._money(r.bonusWhenPaid.p50, r.currency, r),
              low: this._money(r.bonusWhenPaid.p25, r.currency, r),
              high: this._money(r.bonusWhenPaid.p75, r.currency, r) }) }))
          : el('div', null, el('dt', { text: this._t('bonusMedian') }),
            el('dd', { text: this._money(r.bonus.p50, r.currency, r) }))),
      el('p', { className: 'muted', 'data-note': 'equity', text: this._t('equityNote') }),
      r.payMonths !== 12 ? el('p', { className: 'muted', text: this._t('payMonths', {
        months: r.payMonths, monthly: this._format(r.total.p50 / r.payMonths, r.currency) }) }) : null,
      el('div', { className: 'details' },
        el('h4', { text: this._t('factors') }),
        factorRows.length
          ? el('table', { part: 'factors' },
            el('thead', null, el('tr', null, el('th', { text: this._t('factor') }),
              el('th', { text: this._t('multiplier') }), el('th', { text: this._t('source') }))),
            el('tbody', null, factorRows))
          : el('p', { className: 'muted', text: this._t('noFactors') }),
        el('p', { className: 'muted', part: 'sample', text: r.sample.n > 0
          ? this._t(r.sample.basis === 'reports' ? 'sample' : 'sample.' + r.sample.basis,
            { n: r.sample.n.toLocaleString(this._locale()), confidence: confidence })
          : this._t('sampleUnknown', { confidence: confidence }) })),
      r.warnings.length ? el('ul', { className: 'warnings', part: 'warnings' },
        r.warnings.map(function (w) { return el('li', { text: warningText(lang, w) }); })) : null);
  }

  // A factor's name in the reader's language: the core names factors in English; in Chinese,
  // the place, company or size is named by its own Chinese label.
  _factorLabel(f, r) {
    var lang = this._lang(), c = this._catalog;
    if (lang === 'en') return f.label;
    var find = function (list, id) { return list.filter(function (x) { return x.id === id; })[0]; };
    var item = f.id === 'country' ? find(c.countries, r.country)
      : f.id === 'city' ? find(c.cities, r.city)
        : f.id === 'company' ? find(c.companies, r.company)
          : f.id === 'company-size' ? find(c.companySizes, r.companySize) : null;
    if (item) return labelOf(item, lang);
    var dataset = this._dataset(r.dataset);
    if (f.id === 'currency' && dataset) return this._t('factor.currency', { from: dataset.currency, to: r.currency });
    if (f.id === 'remote') {
      return this._t('factor.remote', { reference: labelOf(find(c.countries, 'US') || { label: 'US' }, lang),
        country: labelOf(find(c.countries, r.country) || { label: r.country }, lang) });
    }
    return f.label;
  }

  // A source as the core names it (its title, sometimes followed by a date), in the reader's
  // language.
  _sourceTitle(text, datasetId) {
    var dataset = this._dataset(datasetId);
    var source = this._lang() === 'zh-CN' && dataset
      ? dataset.sources.filter(function (s) { return s.titleZh && text.indexOf(s.title) === 0; })[0] : null;
    return source ? source.titleZh + text.slice(source.title.length) : text;
  }

  _renderTiers(results) {
    var ids = ['entry', 'mid', 'senior'];
    setChildren(this._view.tiers, results.filter(function (r) { return r.ok; }).map((r, i) => {
      return el('div', { className: 'card', part: 'tier tier-' + ids[i], 'data-tier': ids[i] },
        el('h4', { text: this._t('tier.' + ids[i]) }),
        el('p', { className: 'muted', text: this._tierYears(i) }),
        el('dl', null,
          el('dt', { text: this._t('averageBase') }),
          el('dd', { text: this._money(r.base.mean, r.currency, r) }),
          el('dt', { text: this._t('baseRange') }), el('dd', { text: this._range(r.base, r) }),
          el('dt', { text: this._t('bonusRange') }), el('dd', { text: this._range(r.bonus, r) }),
          el('dt', { text: this._t('totalUpTo') }),
          el('dd', { text: this._money(r.total.p90, r.currency, r) })));
    }));
  }

  // "0-4 years", "5-9 years", "10+ years" from the tiers the core defines.
  _tierYears(i) {
    var tier = this._catalog.tiers[i];
    return tier.toYears === null
      ? this._t('yearsOpen', { from: tier.fromYears })
      : this._t('yearsSpan', { from: tier.fromYears, to: tier.toYears - 1 });
  }

  _renderChart(profile, r) {
    var v = this._view;
    this._chartWidth = v.chart.getBoundingClientRect().width || this._chartWidth;
    if (!r.ok) { setChildren(v.chart); return; }
    var points = this._core.curve(profile, 0, 20);
    if (!Array.isArray(points)) { setChildren(v.chart); return; }
    var scale = this._period === 'monthly' ? 1 / r.payMonths : 1;
    var locale = this._locale();
    var hint = this._t('chartHint');
    var readout = el('p', { className: 'muted chart-readout', 'data-value': 'chart-readout', text: hint });
    var money = (amount) => this._money(amount, r.currency, r);
    setChildren(v.chart,
      el('figcaption', { text: this._t('curve') + ' (' + this._perPeriod() + ')' }),
      renderCurve(points, { years: r.years, value: r.total.p50 * scale }, {
        width: this._chartWidth, scale: scale, title: this._t('curve'), description: this._t('curveDescription'),
        yearsLabel: this._t('curveYears'), youLabel: this._t('you'),
        money: function (x) { return formatMoney(locale, r.currency, x, 'compact'); },
        readout: (p) => {
          readout.textContent = p ? this._t('chartPoint', { years: p.years, median: money(p.total.p50),
            p25: money(p.total.p25), p75: money(p.total.p75), p10: money(p.total.p10), p90: money(p.total.p90) }) : hint;
          return readout.textContent;
        },
      }),
      readout);
  }

  _renderOfferControls() {
    var v = this._view, t = this._t.bind(this);
    v.offerTitle.textContent = t('offer');
    v.offerAmountCaption.textContent = t('offerAmount', {
      period: t('period.' + this._period), currency: this._result.ok ? this._result.currency : '' });
    v.offerComponentCaption.textContent = t('offerComponent');
    var selected = this._offer.component;
    setChildren(v.offerComponent, ['base', 'total'].map(function (c) {
      return el('option', { value: c, text: t('component.' + c) });
    }));
    v.offerComponent.value = selected;
  }

  // The offer is kept as typed, with the period it was typed in; shown in another period it is
  // converted (250,000 a year is 20,833 a month in a 12-month country), so it still means what
  // the reader typed, and switching back shows what they typed.
  _renderOffer() {
    var v = this._view, r = this._result;
    var typed = this._offer;
    var shown = typed.amount;
    if (r && r.ok && typed.period && typed.period !== this._period && Number(typed.amount) > 0) {
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
      v.offerResult.textContent = this._t('offerInvalid');
      return;
    }
    var inPeriod = typed.period || this._period;  // (exact: from what was typed, not rounded)
    var annual = inPeriod === 'monthly' ? Number(typed.amount) * r.payMonths : Number(typed.amount);
    var p = this._core.percentile(this._profile, annual, this._offer.component);
    if (!p.ok) {
      v.offerResult.textContent = this._t('errorPrefix') + p.error.message;
      return;
    }
    // The core clamps to [1, 99]: at the ends, say which side of the distribution it is.
    var q = this._offer.component === 'total' ? r.total : r.base;
    var key = p.percentile <= 1 && annual < q.p10 ? 'offerBelowAll'
      : p.percentile >= 99 && annual > q.p90 ? 'offerAboveAll' : 'offerResult';
    v.offerResult.textContent = this._t(key, {
      amount: this._format(amount, r.currency), percentile: Math.round(p.percentile),
      component: this._t('component.' + p.component),
    });
  }

  // The compare panel is rebuilt on each change; the control the reader was on keeps the focus
  // (it went to <body> before, after every change).
  _renderCompare() {
    var container = this._view.compare;
    var focused = this._root.activeElement;
    var key = focused && container.contains(focused)
      ? (focused.name ? '[name="' + focused.name + '"]' : focused.classList.contains('compare-toggle') ? '.compare-toggle' : null)
      : null;
    this._buildCompare();
    if (key && !focused.isConnected) {
      var again = container.querySelector(key);
      if (again) again.focus();
    }
  }

  _buildCompare() {
    var v = this._view, t = this._t.bind(this);
    var toggle = el('button', { type: 'button', className: 'compare-toggle',
      'aria-expanded': this._compare ? 'true' : 'false',
      text: t(this._compare ? 'compareClose' : 'compareOpen') });
    toggle.addEventListener('click', () => {
      this._compare = this._compare ? null : Object.assign({}, this._profile);
      this._renderCompare();
    });
    if (!this._compare || !this._result.ok) {
      setChildren(v.compare, el('h3', { text: t('compare') }), toggle);
      return;
    }
    var other = this._compare;
    var controls = [
      ['years', el('input', { type: 'number', min: '0', max: '60', step: '1', name: 'compare-years' })],
      ['role', el('select', { name: 'compare-role' })],
      ['country', el('select', { name: 'compare-country' })],
      ['city', el('select', { name: 'compare-city' })],
      ['company', el('select', { name: 'compare-company' })],
    ].map((entry) => {
      var prop = entry[0], control = entry[1];
      if (prop !== 'years') {
        fillSelect(control, this._options(prop, other));
      }
      control.value = prop === 'years' ? String(other.years) : (other[prop] || '');
      control.addEventListener('change', () => {
        var value = prop === 'years' ? Number(control.value) : control.value;
        if (value === '') delete other[prop]; else other[prop] = value;
        if (prop === 'country') { delete other.city; delete other.currency; }
        this._renderCompare();
      });
      return el('label', null, el('span', { text: t(prop) }), control);
    });
    var a = this._result;
    var b = this._core.estimate(Object.assign({}, other, { currency: a.currency }));
    var column = (title, r) => el('div', { className: 'card', 'data-scenario': title },
      el('h4', { text: t(title) }),
      r.ok ? el('dl', null,
        el('dt', { text: t('totalMedian') }), el('dd', { 'data-value': 'total-p50', text: this._money(r.total.p50, r.currency, r) }),
        el('dt', { text: t('range') }), el('dd', { text: this._range(r.total, r) }),
        el('dt', { text: t('baseMedian') }), el('dd', { text: this._money(r.base.p50, r.currency, r) }))
        : el('p', { className: 'error', text: t('errorPrefix') + r.error.message }));
    var diff = null;
    if (b.ok) {
      var delta = b.total.p50 - a.total.p50;
      diff = el('p', { className: 'difference', text: t('difference', {
        diff: (delta >= 0 ? '+' : '\u2212') + this._money(Math.abs(delta), a.currency, a),
        percent: (delta >= 0 ? '+' : '\u2212') + Math.abs(100 * delta / a.total.p50).toFixed(0) + '%',
      }) });
    }
    setChildren(v.compare, el('h3', { text: t('compare') }), toggle,
      el('div', { className: 'row compare-inputs' }, controls),
      el('div', { className: 'tiers', 'aria-live': 'polite' }, column('scenarioA', a), column('scenarioB', b)),
      diff);
  }

  _renderShare() {
    var v = this._view;
    v.shareTitle.textContent = this._t('share');
    Object.keys(v.shareButtons).forEach((k) => { v.shareButtons[k].textContent = this._t(k); });
    v.shareOutput.setAttribute('aria-label', this._t('copiedText'));
    // A link restores the inputs only where the page keeps them in its hash (url-state).
    v.shareButtons.copyLink.hidden = !this._following;
  }

  // Who the estimate is for, in one line: "Data scientist, 12 years, Germany" (every view says
  // what it shows, also a locked or compact card).
  _profileLine(r) {
    var names = this._names(r);
    var line = this._t(r.years === 1 ? 'profileLineOne' : 'profileLine',
      { role: names.role, years: r.years, place: names.place });
    return names.company ? this._t('profileCompany', { line: line, company: names.company }) : line;
  }

  // The labels of a result's role, place (city, country) and company, in the reader's language.
  _names(r) {
    var c = this._catalog, lang = this._lang();
    var find = function (list, id) { return list.filter(function (x) { return x.id === id; })[0]; };
    var role = find(c.roles, r.role), country = find(c.countries, r.country);
    var city = r.city ? find(c.cities, r.city) : null;
    var company = r.company ? find(c.companies, r.company) : null;
    return {
      role: role ? labelOf(role, lang) : r.role,
      place: (city ? labelOf(city, lang) + this._t('listComma') : '') + (country ? labelOf(country, lang) : r.country),
      company: company ? labelOf(company, lang) : '',
    };
  }

  // Text for the copy buttons, from the current profile and result.
  _shareText(kind) {
    var p = this._profile, r = this._result, c = this._catalog, lang = this._lang();
    var attributes = '';
    FIELDS.forEach(function (f) {
      var value = f.prop === 'years' ? p.years : p[f.prop];
      if (f.prop === 'employer' && value === f.fallback) return;  // the default says nothing
      if (value !== undefined && value !== '') attributes += ' ' + f.attr + '="' + escapeAttribute(value) + '"';
    });
    if (kind === 'copyLink') return location.href.split('#')[0] + '#' + this._hashWithInputs();
    if (kind === 'copyEmbed') {
      if (this._period !== 'annual') attributes += ' period="' + this._period + '"';
      if (lang === 'zh-CN') attributes += ' lang="zh-CN"';
      return '<script src="ml-salary.js"></script><ml-salary-calculator' + attributes +
        '></ml-salary-calculator>';
    }
    if (!r.ok) return r.error.message;
    var names = this._names(r);
    var dataset = c.datasets.filter(function (x) { return x.id === r.dataset; })[0];
    var text = this._t('textSummary', {
      role: names.role, years: r.years, place: names.place,
      median: this._money(r.total.p50, r.currency, r), period: this._perPeriod(),
      low: this._money(r.total.p10, r.currency, r), high: this._money(r.total.p90, r.currency, r),
      base: this._money(r.base.p50, r.currency, r),
      dataset: dataset ? dataset.label + ' (' + dataset.asOf + ')' : r.dataset,
    });
    if (kind === 'copyText') return text;
    return '**' + text + '**\n\n| | p10 | p50 | p90 |\n|---|---|---|---|\n' +
      [['row.total', r.total], ['row.base', r.base], ['row.bonus', r.bonus]].map((row) => {
        return '| ' + this._t(row[0]) + ' | ' + [row[1].p10, row[1].p50, row[1].p90].map((x) => {
          return this._money(x, r.currency, r);
        }).join(' | ') + ' |';
      }).join('\n') + '\n';
  }

  _copy(kind) {
    var v = this._view;
    var text = this._shareText(kind);
    v.shareOutput.value = text;
    v.shareOutput.removeAttribute('hidden');
    var done = () => { v.shareStatus.textContent = this._t('copied'); };
    var manual = () => {
      v.shareStatus.textContent = this._t('copyManually');
      v.shareOutput.focus();
      v.shareOutput.select();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, manual);
    } else {
      manual();
    }
  }

  _renderSources(datasetId) {
    var t = this._t.bind(this), lang = this._lang(), zh = lang === 'zh-CN';
    var dataset = this._catalog.datasets.filter(function (d) { return d.id === datasetId; })[0];
    if (!dataset) { setChildren(this._view.sources); return; }
    setChildren(this._view.sources,
      el('h3', { text: t('sources') }),
      el('p', { className: 'muted', text: labelOf(dataset, lang) + ', ' + t('asOf', { date: dataset.asOf }) }),
      el('ul', null, dataset.sources.map(function (s) {
        var text = zh && s.titleZh ? s.titleZh : s.title;
        var title = /^https:\/\//.test(s.url) ? el('a', { href: s.url, rel: 'noopener', text: text }) : text;
        return el('li', null, title, ' (' + t('asOf', { date: s.asOf }) + '; ' +
          t('licence', { licence: zh && s.licenceZh ? s.licenceZh : s.licence }) + ')');
      })));
  }
}

// Attributes <-> properties: strings for the profile and choices, booleans for the flags.
FIELDS.concat(Object.keys(CHOICES).map(function (name) {
  return { attr: name, prop: name, fallback: CHOICES[name][0] };
})).forEach(function (f) {
  Object.defineProperty(MLSalaryCalculator.prototype, f.property || f.prop, {
    get: function () { return this.hasAttribute(f.attr) ? this.getAttribute(f.attr) : f.fallback; },
    set: function (value) {
      if (value === null || value === undefined || value === '') this.removeAttribute(f.attr);
      else this.setAttribute(f.attr, String(value));
    },
  });
});
FLAGS.forEach(function (name) {
  var property = name.replace(/-(\w)/g, function (_, c) { return c.toUpperCase(); });  // urlState
  Object.defineProperty(MLSalaryCalculator.prototype, property, {
    get: function () { return this.hasAttribute(name); },
    set: function (on) { this.toggleAttribute(name, Boolean(on)); },
  });
});

if (typeof customElements !== 'undefined') MLSalaryCalculator.define();
