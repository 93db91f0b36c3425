// <ml-salary-calculator>: the calculator as a custom element, used by index.html and by blogs.
// This file holds the element itself: its lifecycle, reading its attributes into a profile,
// and one render per change, which each part of the view does in its own file (concatenated
// before this one inside one closure, web/CMakeLists.txt):
//   web/fields.js         the attributes: profile fields, choices, flags
//   web/dom.js            el() and setChildren(): the DOM built with calls, no HTML strings
//   web/format.js         money in the reader's locale and period; names in the reader's language
//   web/url-state.js      the inputs in the page's URL hash (the url-state attribute)
//   web/inputs.js         the form (with web/picker.js for the long lists)
//   web/estimate-view.js  the estimate, the tiers, the curve (web/chart.js), the sources
//   web/offer.js, web/compare.js, web/share.js   the panels under the estimate
// Each part's functions take the element (`host`) first, and read its state (host._result,
// host._profile, host._period ...) and its view (host._view: the parts built once). Names that
// start with "_" are private to the bundle: terser shortens them (tools/bundle.js), so a property
// that comes from outside (an object of the core's API, a page's) must not start with "_".

// One MediaQueryList for the page, so that listeners added to it can be removed from it.
var darkSchemeQuery = null;
function darkScheme() {
  if (!darkSchemeQuery) darkSchemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
  return darkSchemeQuery;
}

var sharedCore = null;  // one wasm instance for every element made by this script
function getCore() {
  if (!sharedCore) sharedCore = createSalaryCore();
  return sharedCore;
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
      .concat(Object.keys(CHOICES), FLAGS, ['lang', 'role', 'prices-in']);
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
    this._compare = null;  // the other scenario's profile while the comparison is open (compare.js)
    this._compareView = null;  // the comparison's controls, made at its first render (compare.js)
    this._offer = { amount: '', component: 'base' };  // the offer as typed (offer.js)
    this._optionsKey = '';   // what the selects' lists were built for (inputs.js)
    this._lazy = new Map();  // select -> the profile of its list, not built yet (inputs.js)
    this._onSchemeChange = () => this._queueRender();  // theme="auto" follows the system
    this._onHashChange = () => {
      // Back or a link (not the hash this element wrote): the next change is an entry of its own.
      if (location.hash.replace(/^#/, '') !== hashWithInputs(this)) this._liveEntry = null;
      readHash(this);
    };
    // Widths come from a ResizeObserver, which reports them after the browser's own layout and
    // before it paints: reading them while rendering would force a layout of its own. It watches
    // a ruler (_build: an empty line as wide as the content, hence as the chart), whose size
    // does not change when the callback draws (the host's height does: watching the host made
    // the browser report a ResizeObserver loop). The first width folds "More options" on a
    // narrow screen (once; a hidden element reports 0 and waits); the chart is drawn for the
    // width (web/chart.js), and drawn again when that changes much.
    this._onResize = (entries) => {
      var width = entries[entries.length - 1].contentRect.width;
      if (!width) return;
      if (this._folded === undefined) {
        this._folded = width < NARROW_PX;
        this._view.more.open = !this._folded;
      }
      if (Math.abs(width - (this._chartWidth || 0)) > 24) {
        this._chartWidth = width;
        if (this._result && this._result.ok) renderChart(this, this._profile, this._result);
      }
    };
    this._resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(this._onResize) : null;
    // url-state (url-state.js)
    this._following = false;  // this element follows the page's hash
    this._authored = null;    // the page author's values of the hash's attributes (and role), by name
    this._changing = false;   // an attribute is being set by the hash or the reader (setInput)
    this._view = this._build();
  }

  connectedCallback() {
    darkScheme().addEventListener('change', this._onSchemeChange);
    followHash(this, this.hasAttribute('url-state'));
    if (this._resizes) this._resizes.observe(this._view.ruler);
    if (this._started) {
      // Moved (a script-built page): under another [lang] it speaks and writes numbers anew.
      if (this._rendered !== this._lang() + ' ' + this._locale()) this._queueRender();
      return;
    }
    this._started = true;
    // On a narrow screen the less used inputs start folded, so the result is near the top.
    if (!this._resizes) this._view.more.open = this.getBoundingClientRect().width >= NARROW_PX;
    // "Loading", if the core is not there by the next frame. Where the engine compiles the
    // module synchronously (the usual case), the first estimate is rendered before then, and a
    // loading render now (0.5-1 ms) would only be replaced before anyone saw it.
    (typeof requestAnimationFrame === 'function' ? requestAnimationFrame : setTimeout)(() => {
      if (!this._core && !this._startError) this._queueRender();
    });
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
    followHash(this, false);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;  // set again to the same value: nothing changed
    if (name === 'url-state') followHash(this, this.hasAttribute('url-state'));
    noteAuthored(this, name, value);
    this._queueRender();
  }

  /** The estimate shown (the core's result object), or null before the first one. */
  get result() { return this._result; }

  // ---- Reading the attributes ----

  _lang() {
    var tagged = this.closest('[lang]');
    return pickLanguage(tagged ? tagged.getAttribute('lang') : document.documentElement.lang);
  }

  _t(key, values) { return translate(this._lang(), key, values); }

  // Numbers follow the nearest [lang] as written (en-GB, zh-TW, de ...); text is en or zh-CN.
  _locale() {
    var tagged = this.closest('[lang]');
    var tag = tagged ? tagged.getAttribute('lang') : document.documentElement.lang;
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
      notes.push(this._t('invalidAttribute', {
        attr: field.alias && !this.hasAttribute(field.attr) ? field.alias : field.attr,
        caption: this._t(field.prop),
        value: cut(String(profile[field.prop]), 40),
        message: result.error.message,
        fallback: fallback === '' ? this._t('defaultValue') : nameOf(lists[field.prop] || [], String(fallback), this._lang()),
      }));
      if (fallback === '') delete profile[field.prop];
      else profile[field.prop] = fallback;
    }
    return { profile: profile, result: this._core.estimate(profile) };
  }

  // One render per change: a render asked for while one is queued is the same render, and a
  // render made directly (the reader's input) takes the place of the queued one. None before
  // the element is first connected: connectedCallback starts the first render.
  _queueRender() {
    if (this._queued || !this._started) return;
    this._queued = true;
    Promise.resolve().then(() => {
      if (this._queued) this._render();
    });
  }

  // ---- Building the static parts once ----

  _build() {
    var v = {};
    v.ruler = el('div', { className: 'ruler', 'aria-hidden': 'true' });  // its width: _onResize
    v.title = el('h2', { part: 'title' });
    v.notes = el('ul', { className: 'notes', part: 'notes' });
    buildForm(this, v);
    v.tiersTitle = el('h3');
    v.tiers = el('div', { className: 'tiers', part: 'tiers' });
    v.estimateTitle = el('h3', { className: 'estimate-title' });
    v.estimate = el('div', { className: 'estimate', part: 'estimate' });
    // What a screen reader announces when the estimate changes: one short sentence, not the
    // whole estimate (a thousand characters at each step of the years).
    v.status = el('p', { className: 'status', role: 'status' });
    v.chart = el('figure', { className: 'chart-box', part: 'chart-box' });
    v.levers = el('section', { className: 'levers', part: 'levers' });
    v.offer = buildOffer(this, v);
    v.compare = el('section', { className: 'compare', part: 'compare' });
    v.share = buildShare(this, v);
    v.sources = el('footer', { part: 'sources' });
    v.privacy = el('p', { className: 'muted privacy' });
    v.fallback = el('div', { className: 'fallback', hidden: '' }, el('slot'));
    // "loading" until the first estimate: the controls and panels keep their place but are not
    // shown empty (no layout shift, no blank buttons).
    v.section = el('section', { className: 'calculator loading', part: 'calculator' },
      v.ruler, v.title, v.notes, v.form, v.estimateTitle, v.estimate, v.status, v.tiersTitle, v.tiers, v.chart,
      v.levers, v.offer, v.compare, v.share, v.sources, v.privacy, v.fallback);
    this._root.appendChild(v.section);
    return v;
  }

  // ---- Reader actions ----

  // `live`: a value still being typed or dragged. Its first step makes a history entry, the
  // next ones of the same input replace it, so Back undoes a whole gesture; any other input
  // makes an entry of its own.
  _onInput(attr, value, live) {
    setInput(this, attr, value === '' ? null : value);
    if (attr === 'job-role') setInput(this, 'role', null);
    if (attr === 'country') setInput(this, 'city', null);
    if (attr === 'dataset') dropUnavailable(this, value || 'market');
    writeHash(this, this._liveEntry === attr);
    this._liveEntry = live ? attr : null;
    this._render();
    this._emitChange();
  }

  // Years outside 0-60 from an attribute or a link are brought to the nearest end, as the field
  // and the slider do, in the attribute and the URL too (no history entry: the same view).
  _clampYears() {
    var text = this.getAttribute('years');
    var years = text !== null && NUMBER.test(text) ? Number(text) : NaN;
    if (!isFinite(years) || (years >= 0 && years <= 60)) return;
    setInput(this, 'years', String(Math.min(60, Math.max(0, years))));
    this._queued = false;  // (this render shows it)
    if (hashHasInputs()) writeHash(this, true);  // (an in-page link such as #method stays)
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
    this._rendered = this._lang() + ' ' + this._locale();  // (what connectedCallback compares)
    this._clampYears();
    var v = this._view;
    var notes = [];
    var period = this._choice('period', notes);
    var theme = this._choice('theme', notes);
    if (theme === 'auto') theme = darkScheme().matches ? 'dark' : 'light';
    if (this.getAttribute('data-theme') !== theme) this.setAttribute('data-theme', theme);
    v.title.textContent = this._t('title');
    v.estimateTitle.textContent = this._t('estimate');
    v.tiersTitle.textContent = this._t('tiers');
    v.privacy.textContent = this._t('privacy');
    labelInputs(this);

    if (this._startError || !this._core) {
      var failed = Boolean(this._startError);
      setChildren(v.estimate, el('p', { className: failed ? 'error' : 'muted',
        text: failed ? this._t('failed', { message: this._startError }) : this._t('loading') }));
      if (failed) {
        // The panels that never filled give their place to the message and the page's fallback.
        v.section.classList.remove('loading');
        v.section.classList.add('failed');
        v.fallback.removeAttribute('hidden');
      }
      return;
    }
    v.section.classList.remove('loading');
    var resolved = this._resolve(notes);
    var profile = resolved.profile, r = resolved.result;
    // The ids the estimate used, as the catalog has them: a former city id (us-41940) or a
    // lower-case country code (de) shows as its city and country in the pickers and compare.
    if (r.ok) {
      profile.country = r.country;
      if (r.city) profile.city = r.city;
    }
    this._profile = profile;
    this._result = r;
    // Where pay is N monthly salaries a year (China: 13), it is quoted as a monthly salary times
    // N: shown so by default. (The pack's pay_months, with its source, says where.) The country
    // decides, not the result: remote work for a US employer (12 salaries) from there is shown
    // monthly too, so the view does not change with the employer.
    var country = r.ok && byId(this._catalog.countries, r.country);
    if (!this.hasAttribute('period') && country && country.payMonths > 12) {
      period = 'monthly';
    }
    this._period = period;
    setChildren(v.notes, notes.map(function (n) { return el('li', { text: n }); }));
    fillControls(this, profile, period);
    renderEstimate(this, r);
    renderTiers(this, r.ok ? this._core.tiers(profile) : []);
    renderChart(this, profile, r);
    renderLevers(this, profile, r);
    renderOfferControls(this);
    renderOffer(this);
    renderCompare(this);
    renderShare(this);
    renderSources(this, profile.dataset || 'market');
  }

  _dataset(id) {
    return this._catalog.datasets.filter(function (d) { return d.id === id; })[0];
  }
}

// Attributes <-> properties: strings for the profile and choices, booleans for the flags.
FIELDS.concat(Object.keys(CHOICES).map(function (name) {
  return { attr: name, prop: name, fallback: CHOICES[name][0] };
}), [{ attr: 'prices-in', prop: 'pricesIn', fallback: '' }]).forEach(function (f) {
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
