// The form: one control per profile field and the period, showing what the estimate used. A
// control the reader changes calls host._onInput(attribute, value); the element then sets the
// attribute and renders. `host` is the element (web/element.js), `v` its parts (host._view).

// The long lists (102 countries, 530 US areas, 880 companies) are search-as-you-type pickers
// (web/picker.js); the others are selects. The selects of the currencies (75) and of the
// countries whose prices to compare with (102) are built when the reader reaches them
// (showOnly, completeOptions): building and sorting them made the first estimate later.
var PICKERS = ['country', 'city', 'company'];
var LONG_LISTS = ['currency', 'pricesIn'];
// The inputs fewer readers change, in a fold ("More options") that starts closed on a narrow
// screen (under NARROW_PX wide: the width at which the styles put the result first).
var MORE_FIELDS = ['dataset', 'companySize', 'currency', 'employer', 'period', 'pricesIn'];
var NARROW_PX = 640;

// Sorts [value, label] pairs by label in the reader's language, with one collator per
// language (String.prototype.localeCompare builds one per call: slow for 900 companies).
var collators = {};
function byLabel(lang) {
  if (!collators[lang]) collators[lang] = new Intl.Collator(lang);
  var compare = collators[lang].compare;
  return function (a, b) { return compare(a[1], b[1]); };
}

// Builds the form once: v.controls, v.captions and v.pickers by profile key, and the fold.
function buildForm(host, v) {
  v.controls = {};
  v.captions = {};
  v.pickers = {};
  v.form = el('form', { part: 'form' });
  v.form.addEventListener('submit', function (e) { e.preventDefault(); });
  v.moreSummary = el('summary');
  v.moreFields = el('div', { className: 'more-fields' });
  v.more = el('details', { className: 'more', part: 'more', open: '' }, v.moreSummary, v.moreFields);
  FIELDS.concat([{ prop: 'period', attr: 'period' }, { prop: 'pricesIn', attr: 'prices-in' }]).forEach(function (f) {
    if (f.prop === 'years') {
      v.form.appendChild(buildYears(host, v));
      return;
    }
    var parent = MORE_FIELDS.indexOf(f.prop) >= 0 ? v.moreFields : v.form;
    if (PICKERS.indexOf(f.prop) >= 0) {
      var picker = makePicker(f.prop, function (value) { host._onInput(f.attr, value); },
        function (text) { return pickerNote(host, f.prop, text); });
      v.pickers[f.prop] = picker;
      v.controls[f.prop] = picker.input;
      v.captions[f.prop] = el('span');
      // (the note outside the label, which names the field)
      v.form.appendChild(el('div', { className: 'picker-field', part: 'field' },
        el('label', null, v.captions[f.prop], picker.input, picker.list), picker.note));
      return;
    }
    var control = el('select');
    control.name = f.prop;
    control.addEventListener('change', function () { host._onInput(f.attr, control.value); });
    ['pointerenter', 'focus', 'pointerdown'].forEach(function (type) {
      control.addEventListener(type, function () { completeOptions(host, control); });
    });
    v.controls[f.prop] = control;
    v.captions[f.prop] = el('span');
    parent.appendChild(el('label', { part: 'field' }, v.captions[f.prop], control));
  });
  v.form.appendChild(v.more);
  return v.form;
}

// The years a field's text gives, brought into 0-60; null while there is no number ("" or "-"
// being typed). The form's years and the comparison's read them so.
function fieldYears(text) {
  var years = Math.min(60, Math.max(0, Number(text)));
  return text === '' || !isFinite(years) ? null : years;
}

// Years: a number field and a slider that update the estimate as the reader types or drags,
// clamped to 0-60 (a value outside is brought to the nearest end, in the field and the URL).
function buildYears(host, v) {
  var field = el('input', { type: 'number', min: '0', max: '60', step: '1', inputmode: 'decimal', name: 'years' });
  var slider = el('input', { type: 'range', min: '0', max: '60', step: '1', name: 'years-slider' });
  // A gesture ends when the field's text is committed, or when the slider is left: the arrow
  // keys' steps on it are one history entry, as a drag is.
  var apply = function (source, commit) {
    var years = fieldYears(source.value);
    if (years === null) {  // (typing "-" or clearing: wait for a number; left so, show the years)
      if (commit) field.value = slider.value;
      return;
    }
    var text = String(years);
    if (field.value !== text && (commit || Number(field.value) !== years)) field.value = text;
    if (slider.value !== text) slider.value = text;
    if (host.getAttribute('years') !== text) host._onInput('years', text, source === slider || !commit);
    else if (commit && source === field) host._liveEntry = null;
  };
  field.addEventListener('input', function () { apply(field, false); });
  field.addEventListener('change', function () { apply(field, true); });
  slider.addEventListener('input', function () { apply(slider, false); });
  slider.addEventListener('change', function () { apply(slider, true); });
  slider.addEventListener('blur', function () { host._liveEntry = null; });
  v.controls.years = field;
  v.yearsSlider = slider;
  v.captions.years = el('span');
  return el('label', { part: 'field', className: 'years' }, v.captions.years,
    el('span', { className: 'years-inputs' }, field, slider));
}

// The captions in the reader's language (shown also while the core loads).
function labelInputs(host) {
  var v = host._view;
  v.moreSummary.textContent = host._t('moreOptions');
  Object.keys(v.captions).forEach(function (prop) { v.captions[prop].textContent = host._t(prop); });
  v.yearsSlider.setAttribute('aria-label', host._t('years'));
  v.controls.years.setAttribute('aria-label', host._t('years'));  // (not the slider's value too)
}

// Why text typed in a picker names nothing there: a company or city of that name elsewhere
// (its figures are another country's), else no match.
function pickerNote(host, prop, text) {
  var c = host._catalog, lang = host._lang(), t = host._t.bind(host);
  var list = prop === 'company' ? c.companies : prop === 'city' ? c.cities : [];
  var found = findOption(list.map(function (x) { return [x.id, x.label, x.labelZh]; }), text);
  var item = found && byId(list, found[0]);
  var where = function (ids) {
    return ids.map(function (id) { return nameOf(c.countries, id, lang); }).join(t('listComma'));
  };
  if (item && item.country) return t('pickerCity', { name: labelOf(item, lang), country: where([item.country]) });
  if (item && item.countries.length && !measuredIn(item, host._profile.country)) {
    return t('pickerCompany', { name: labelOf(item, lang), countries: where(item.countries) });
  }
  return t('pickerNone', { text: cut(text.trim(), 40) });
}

// Whether a catalog company's factor was measured in (and so applies to) `country`: its
// countries, or everywhere when it names none.
function measuredIn(company, country) {
  return !company.countries.length || company.countries.indexOf(country) >= 0;
}

// [value, label] pairs for a select or picker, limited to what the profile's dataset has; with
// `only`, just the "any" choice (if the list has one) and the option of that value, quickly.
// Places and companies are sorted by label in the reader's language (pinyin order in
// Chinese); in Chinese, a third entry is the English name, which the pickers also search.
function fieldOptions(host, prop, profile, only) {
  var c = host._catalog, lang = host._lang(), t = host._t.bind(host);
  var d = host._dataset(profile.dataset || 'market') || c.datasets[0];
  var of = function (list, ids) {
    var known = new Set(ids);
    return list.filter(function (x) { return known.has(x.id) && (only === undefined || x.id === only); })
      .map(function (x) {
        var label = labelOf(x, lang);
        // In Chinese the English name is shown beside the label and searched; in English the
        // Chinese name is searched only ("德国" finds Germany).
        if (label !== x.label) return [x.id, label, x.label];
        return x.labelZh ? [x.id, label, '', x.labelZh] : [x.id, label];
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
    // apply (the core says so if one is named anyway). The profile's own company is listed
    // wherever it is, so that the field shows it (its size still applies) and can be cleared.
    case 'company': return [['', t('anyCompany')]].concat(sorted(of(c.companies.filter(function (x) {
      return measuredIn(x, profile.country) || x.id === profile.company;
    }), d.companies)));
    case 'companySize': return [['', t('anySize')]].concat(of(c.companySizes, d.companySizes));
    case 'currency': return [['', t('defaultCurrency')]].concat(d.currencies.filter(function (x) {
      return only === undefined || x === only;
    }).map(function (x) { return [x, x]; }));
    case 'employer': return d.employers.map(function (x) { return [x, t('employer.' + x)]; });
    case 'period': return CHOICES.period.map(function (x) { return [x, t('period.' + x)]; });
    // What the pay buys, in the prices of: the US average, or a country the reader picks.
    case 'pricesIn': return [['', t('usAverage')]].concat(sorted(of(c.countries, d.countries)));
    default: return [];
  }
}

// The controls show the profile the estimate used; their lists are built again only when the
// language, dataset or country changes, or a company outside the country's data (listed there
// too) is named.
function fillControls(host, profile, period) {
  var v = host._view;
  var pricesIn = host.getAttribute('prices-in') || '';
  // What a select shows: the profile's value of its field, or the prices-in attribute.
  var shown = function (prop) { return prop === 'pricesIn' ? pricesIn : profile[prop] || ''; };
  var company = profile.company && byId(host._catalog.companies, profile.company);
  var outside = company && !measuredIn(company, profile.country);
  var key = [host._lang(), profile.dataset, profile.country, outside ? profile.company : ''].join('|');
  if (key !== host._optionsKey) {
    host._optionsKey = key;
    Object.keys(v.pickers).forEach(function (prop) {
      v.pickers[prop].setLoad(function () {
        return fieldOptions(host, prop, profile).filter(function (o) { return o[0] !== ''; });
      });
    });
    Object.keys(v.controls).forEach(function (prop) {
      var control = v.controls[prop];
      if (prop === 'years' || v.pickers[prop]) return;
      // A select the reader is on (changing the country with the arrow keys) keeps its list.
      if (LONG_LISTS.indexOf(prop) < 0 || host._root.activeElement === control) {
        host._lazy.delete(control);
        fillSelect(control, fieldOptions(host, prop, profile));
        return;
      }
      host._lazy.set(control, profile);
      showOnly(host, control, shown(prop));
    });
  }
  FIELDS.forEach(function (f) {
    var control = v.controls[f.prop];
    if (v.pickers[f.prop]) {
      showPicked(host, f.prop, profile);
      return;
    }
    showValue(host, control, f.prop === 'years' ? String(profile.years) : shown(f.prop));
  });
  v.controls.period.value = period;
  showValue(host, v.controls.pricesIn, pricesIn);
  if (v.yearsSlider.value !== String(profile.years)) v.yearsSlider.value = String(Math.min(60, profile.years));
  // A named company implies its size: the size the core used is shown, not editable.
  var r = host._result;
  var implied = r && r.ok && r.company && r.companySize;
  v.controls.companySize.disabled = Boolean(implied);
  if (implied) v.controls.companySize.value = r.companySize;
}

// A picker shows what the estimate used: a city named by its former id shows as the city; an
// unknown one as "any city", which is what the estimate is for.
function showPicked(host, prop, profile) {
  var r = host._result, value = profile[prop] || '';
  if (r && r.ok && prop !== 'country') value = r[prop] || '';
  var option = value ? fieldOptions(host, prop, profile, value).filter(function (o) { return o[0] === value; })[0] : null;
  var placeholder = prop === 'city' ? host._t('anyCity') : prop === 'company' ? host._t('anyCompany') : '';
  host._view.pickers[prop].show(option ? value : '', option ? option[1] : '', placeholder);
}

// A long list (LONG_LISTS: the 75 currencies, the 102 countries' prices) is built when the reader reaches its select
// (pointer over it, focus, tap); until then the select holds only the "any" choice and the
// current one, which look the same. host._lazy: select -> the profile of its list, not built yet.
function showOnly(host, select, value) {
  fillSelect(select, fieldOptions(host, select.name, host._lazy.get(select), value));
  select.value = value;
}

// Shows `value` in a control; a long list not built yet gets that option first.
function showValue(host, control, value) {
  if (host._lazy.has(control) && control.value !== value) showOnly(host, control, value);
  if (control.value !== value) control.value = value;
}

function completeOptions(host, select) {
  var profile = host._lazy.get(select);
  if (!profile) return;
  host._lazy.delete(select);
  // A value the list lacks (prices-in="XX") shows as no choice, before and after.
  var value = select.value, none = select.selectedIndex < 0;
  fillSelect(select, fieldOptions(host, select.name, profile));
  select.value = value;
  if (none) select.selectedIndex = -1;
}

// Drops the inputs a newly chosen dataset cannot serve, so they fall back quietly.
function dropUnavailable(host, datasetId) {
  var d = host._dataset(datasetId);
  if (!d) return;
  var lists = { 'job-role': d.roles, country: d.countries, city: d.cities, company: d.companies,
    'company-size': d.companySizes, currency: d.currencies, employer: d.employers };
  Object.keys(lists).forEach(function (attr) {
    var value = host.getAttribute(attr);
    if (value !== null && lists[attr].indexOf(value) < 0) setInput(host, attr, null);
  });
  setInput(host, 'role', null);
}
