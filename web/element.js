// <ml-salary-calculator>: the calculator as a custom element. Used by index.html and by blogs.
// Concatenated after api.js and messages.js inside one closure (see web/CMakeLists.txt).
// All text goes in through textContent and DOM APIs: no HTML is ever built from strings.

var TAG = 'ml-salary-calculator';
var CHANGE_EVENT = TAG + '-change';

// Profile fields as attributes (kebab-case) and properties (camelCase), with defaults.
var FIELDS = [
  { attr: 'dataset', prop: 'dataset', fallback: 'market' },
  { attr: 'years', prop: 'years', fallback: '3' },
  { attr: 'role', prop: 'role', fallback: 'ml-engineer' },
  { attr: 'country', prop: 'country', fallback: 'US' },
  { attr: 'city', prop: 'city', fallback: '' },
  { attr: 'company', prop: 'company', fallback: '' },
  { attr: 'company-size', prop: 'companySize', fallback: '' },
  { attr: 'currency', prop: 'currency', fallback: '' },
];

var sharedCore = null;  // one wasm instance for every element of this script
function getCore() {
  if (!sharedCore) sharedCore = createSalaryCore();
  return sharedCore;
}

// el('p', {className: 'x', part: 'y'}, 'text', child, ...) -> element; strings become text nodes.
function el(tag, props) {
  var node = document.createElement(tag);
  if (props) {
    for (var key in props) {
      if (key === 'text') node.textContent = props[key];
      else if (key === 'className') node.className = props[key];
      else node.setAttribute(key, props[key]);
    }
  }
  for (var i = 2; i < arguments.length; i++) {
    var child = arguments[i];
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function replaceChildren(node, children) {
  while (node.firstChild) node.removeChild(node.firstChild);
  for (var i = 0; i < children.length; i++) if (children[i]) node.appendChild(children[i]);
}

function labelOf(item, lang) {
  return lang === 'zh-CN' && item.labelZh ? item.labelZh : item.label;
}

var STYLES = [
  ':host{display:block;font:var(--ml-salary-font,inherit);color:var(--ml-salary-text,#1d232b);',
  'background:var(--ml-salary-background,#fff);border:1px solid var(--ml-salary-border,#d3d8de);',
  'border-radius:var(--ml-salary-radius,8px);padding:1rem;container-type:inline-size}',
  ':host([hidden]){display:none}',
  'h2{font-size:1.25rem;margin:0 0 .75rem}h3{font-size:1rem;margin:1rem 0 .5rem}',
  'form{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem .75rem}',
  'label{display:flex;flex-direction:column;font-size:.85rem;gap:.2rem}',
  'input,select{font:inherit;padding:.3rem;border:1px solid var(--ml-salary-border,#d3d8de);',
  'border-radius:4px;background:var(--ml-salary-background,#fff);color:inherit;min-width:0}',
  '.tiers{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem}',
  '.card{border:1px solid var(--ml-salary-border,#d3d8de);border-radius:6px;padding:.75rem}',
  '.card h4{margin:0 0 .25rem;font-size:1rem}.muted{color:var(--ml-salary-muted,#5b6470);font-size:.85rem}',
  'dl{margin:.25rem 0;display:grid;grid-template-columns:auto;gap:.1rem}dt{font-size:.8rem;',
  'color:var(--ml-salary-muted,#5b6470)}dd{margin:0 0 .3rem;font-variant-numeric:tabular-nums}',
  '.headline{font-size:1.6rem;font-weight:700;color:var(--ml-salary-accent,#0b5cad)}',
  'table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:left;',
  'padding:.25rem .4rem;border-bottom:1px solid var(--ml-salary-border,#d3d8de)}',
  '.error{color:var(--ml-salary-error,#a4161a);font-weight:600}ul{padding-left:1.2rem}',
  'a{color:var(--ml-salary-accent,#0b5cad)}',
].join('');

var sharedSheet = null;
function adoptStyles(root) {
  // A constructed stylesheet: allowed under a strict style-src, unlike a <style> element.
  if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
    try {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(STYLES);
      }
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch (e) { /* fall through */ }
  }
  root.appendChild(el('style', { text: STYLES }));
}

class MLSalaryCalculator extends HTMLElement {
  static get observedAttributes() {
    return FIELDS.map(function (f) { return f.attr; }).concat(['lang']);
  }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    adoptStyles(this._root);
    this._core = null;
    this._catalog = null;
    this._result = null;
    this._renderQueued = false;
    this._started = false;
    this._controls = {};
    this._optionsKey = '';
    this._view = this._buildSkeleton();
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    var self = this;
    this._queueRender();
    getCore().then(function (core) {
      self._core = core;
      self._catalog = core.catalog();
      self._queueRender();
    }, function (error) {
      self._startError = error && error.message ? error.message : String(error);
      self._queueRender();
    });
  }

  attributeChangedCallback() { this._queueRender(); }

  /** The last estimate shown (the core's result object), or null before the first one. */
  get result() { return this._result; }

  /** The profile the element shows, from its attributes and their defaults. */
  get profile() {
    var p = {};
    for (var i = 0; i < FIELDS.length; i++) {
      var f = FIELDS[i];
      var value = this.hasAttribute(f.attr) ? this.getAttribute(f.attr) : f.fallback;
      if (f.prop === 'years') p.years = value.trim() === '' ? NaN : Number(value);
      else if (value !== '') p[f.prop] = value;
    }
    return p;
  }

  _lang() {
    var host = this.closest('[lang]');
    return pickLanguage(host ? host.getAttribute('lang') : document.documentElement.lang);
  }

  _t(key, values) { return translate(this._lang(), key, values); }

  _queueRender() {
    if (this._renderQueued) return;
    this._renderQueued = true;
    var self = this;
    Promise.resolve().then(function () {
      self._renderQueued = false;
      self._render();
    });
  }

  _buildSkeleton() {
    var v = {};
    v.title = el('h2', { part: 'title' });
    v.form = el('form', { part: 'form' });
    v.form.addEventListener('submit', function (e) { e.preventDefault(); });
    var self = this;
    FIELDS.forEach(function (f) {
      var control = f.prop === 'years'
        ? el('input', { type: 'number', min: '0', max: '60', step: '1', inputmode: 'decimal' })
        : el('select');
      control.name = f.prop;
      control.addEventListener('change', function () { self._onInput(f, control.value); });
      var caption = el('span');
      self._controls[f.prop] = { control: control, caption: caption };
      v.form.appendChild(el('label', { part: 'field' }, caption, control));
    });
    v.tiersTitle = el('h3');
    v.tiers = el('div', { className: 'tiers', part: 'tiers' });
    v.estimateTitle = el('h3');
    v.estimate = el('div', { part: 'estimate', 'aria-live': 'polite' });
    v.sources = el('footer', { part: 'sources' });
    v.status = el('p', { className: 'muted' });
    this._root.appendChild(el('section', { part: 'calculator' }, v.title, v.form, v.tiersTitle,
      v.tiers, v.estimateTitle, v.estimate, v.status, v.sources));
    return v;
  }

  _onInput(field, value) {
    if (value === '') this.removeAttribute(field.attr);
    else this.setAttribute(field.attr, value);
    if (field.prop === 'country') this.removeAttribute('city');
    this._render();
    this.dispatchEvent(new CustomEvent(CHANGE_EVENT, {
      bubbles: true, composed: true, detail: { profile: this.profile, result: this._result },
    }));
  }

  _render() {
    var v = this._view;
    v.title.textContent = this._t('title');
    v.tiersTitle.textContent = this._t('tiers');
    v.estimateTitle.textContent = this._t('estimate');
    v.status.textContent = this._t('privacy');
    for (var i = 0; i < FIELDS.length; i++) {
      this._controls[FIELDS[i].prop].caption.textContent = this._t(FIELDS[i].prop);
    }
    if (this._startError) {
      replaceChildren(v.estimate, [el('p', { className: 'error', text: this._t('failed', { message: this._startError }) })]);
      return;
    }
    if (!this._core) {
      replaceChildren(v.estimate, [el('p', { className: 'muted', text: this._t('loading') })]);
      return;
    }
    var profile = this.profile;
    this._fillControls(profile);
    var result = this._core.estimate(profile);
    this._result = result;
    this._renderTiers(this._core.tiers(profile));
    this._renderEstimate(result);
    this._renderSources(profile.dataset || 'market');
  }

  _fillControls(profile) {
    var lang = this._lang();
    var c = this._catalog;
    var key = lang + '|' + profile.country;
    if (key !== this._optionsKey) {
      this._optionsKey = key;
      var options = {
        dataset: c.datasets.map(function (d) { return [d.id, d.label]; }),
        role: c.roles.map(function (r) { return [r.id, labelOf(r, lang)]; }),
        country: c.countries.map(function (x) { return [x.id, labelOf(x, lang)]; }),
        city: [['', this._t('anyCity')]].concat(c.cities
          .filter(function (x) { return x.country === profile.country; })
          .map(function (x) { return [x.id, labelOf(x, lang)]; })),
        company: [['', this._t('anyCompany')]].concat(c.companies.map(function (x) { return [x.id, labelOf(x, lang)]; })),
        companySize: [['', this._t('anySize')], ['S', 'S'], ['M', 'M'], ['L', 'L']],
        currency: [['', this._t('defaultCurrency')]].concat(c.currencies.map(function (x) { return [x, x]; })),
      };
      for (var prop in options) {
        var select = this._controls[prop].control;
        replaceChildren(select, options[prop].map(function (o) { return el('option', { value: o[0], text: o[1] }); }));
      }
    }
    for (var i = 0; i < FIELDS.length; i++) {
      var f = FIELDS[i];
      var control = this._controls[f.prop].control;
      var value = f.prop === 'years' ? (Number.isFinite(profile.years) ? String(profile.years) : '')
        : (profile[f.prop] || '');
      if (control.value !== value) control.value = value;
    }
  }

  _money(amount, currency) {
    try {
      return new Intl.NumberFormat(this._lang(), {
        style: 'currency', currency: currency, maximumFractionDigits: 0,
      }).format(amount);
    } catch (e) {
      return Math.round(amount).toLocaleString() + ' ' + currency;
    }
  }

  _range(q, currency) {
    return this._money(q.p10, currency) + ' \u2013 ' + this._money(q.p90, currency);
  }

  _renderTiers(results) {
    var self = this;
    var ids = ['entry', 'mid', 'senior'];
    replaceChildren(this._view.tiers, results.map(function (r, i) {
      var head = [el('h4', { text: self._t('tier.' + ids[i]) }),
        el('p', { className: 'muted', text: self._t('tierYears.' + ids[i]) })];
      if (!r.ok) return el.apply(null, ['div', { className: 'card', part: 'tier' }].concat(head));
      return el('div', { className: 'card', part: 'tier tier-' + ids[i], 'data-tier': ids[i] },
        head[0], head[1],
        el('dl', null,
          el('dt', { text: self._t('averageBase') }), el('dd', { text: self._money(r.base.mean, r.currency) }),
          el('dt', { text: self._t('baseRange') }), el('dd', { text: self._range(r.base, r.currency) }),
          el('dt', { text: self._t('bonusRange') }), el('dd', { text: self._range(r.bonus, r.currency) }),
          el('dt', { text: self._t('totalUpTo') }), el('dd', { text: self._money(r.total.p90, r.currency) })));
    }));
  }

  _renderEstimate(r) {
    if (!r.ok) {
      replaceChildren(this._view.estimate, [el('p', { className: 'error', role: 'alert', text: r.error.message })]);
      return;
    }
    var factorRows = r.factors.map(function (f) {
      return el('tr', null, el('td', { text: f.label }), el('td', { text: '\u00d7 ' + f.multiplier.toFixed(2) }),
        el('td', { text: f.source }));
    });
    var factors = factorRows.length
      ? el('table', { part: 'factors' },
        el('thead', null, el('tr', null, el('th', { text: this._t('factor') }),
          el('th', { text: this._t('multiplier') }), el('th', { text: this._t('source') }))),
        el.apply(null, ['tbody', null].concat(factorRows)))
      : el('p', { className: 'muted', text: this._t('noFactors') });
    var confidence = this._t('confidence.' + r.sample.confidence);
    var sample = r.sample.n > 0 ? this._t('sample', { n: r.sample.n.toLocaleString(), confidence: confidence })
      : this._t('sampleUnknown', { confidence: confidence });
    replaceChildren(this._view.estimate, [
      el('p', null, el('span', { className: 'muted', text: this._t('totalMedian') + ' ' }),
        el('span', { className: 'headline', part: 'headline', 'data-value': 'total-p50', text: this._money(r.total.p50, r.currency) }),
        el('span', { className: 'muted', text: ' ' + this._t('perYear') })),
      el('dl', null,
        el('dt', { text: this._t('range') }), el('dd', { 'data-value': 'total-range', text: this._range(r.total, r.currency) }),
        el('dt', { text: this._t('baseMedian') }), el('dd', { text: this._money(r.base.p50, r.currency) }),
        el('dt', { text: this._t('baseRange') }), el('dd', { text: this._range(r.base, r.currency) }),
        el('dt', { text: this._t('bonusMedian') }), el('dd', { text: this._money(r.bonus.p50, r.currency) })),
      el('h4', { text: this._t('factors') }),
      factors,
      el('p', { className: 'muted', part: 'sample', text: sample }),
      r.warnings.length ? el.apply(null, ['ul', { part: 'warnings' }].concat(r.warnings.map(function (w) {
        return el('li', { text: w.message });
      }))) : null,
    ]);
  }

  _renderSources(datasetId) {
    var self = this;
    var dataset = this._catalog.datasets.filter(function (d) { return d.id === datasetId; })[0];
    if (!dataset) { replaceChildren(this._view.sources, []); return; }
    replaceChildren(this._view.sources, [
      el('h3', { text: this._t('sources') }),
      el('p', { className: 'muted', text: dataset.label + ', ' + this._t('asOf', { date: dataset.asOf }) }),
      el.apply(null, ['ul', null].concat(dataset.sources.map(function (s) {
        var title = /^https:\/\//.test(s.url) ? el('a', { href: s.url, rel: 'noopener', text: s.title }) : s.title;
        return el('li', null, title, ' (' + self._t('asOf', { date: s.asOf }) + '; ' +
          self._t('licence', { licence: s.licence }) + ')');
      }))),
    ]);
  }
}

FIELDS.forEach(function (f) {
  Object.defineProperty(MLSalaryCalculator.prototype, f.prop, {
    get: function () { return this.hasAttribute(f.attr) ? this.getAttribute(f.attr) : f.fallback; },
    set: function (value) {
      if (value === null || value === undefined || value === '') this.removeAttribute(f.attr);
      else this.setAttribute(f.attr, String(value));
    },
  });
});

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, MLSalaryCalculator);
}
