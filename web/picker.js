// Search-as-you-type pickers for the long lists (countries, cities, companies): a text field
// with a <datalist> of the labels, sorted in the reader's language by the element. The reader
// types a few letters ("seattle", "德国") and picks a suggestion, or presses Enter: the best
// match is taken (findOption). Concatenated before element.js (web/CMakeLists.txt).

// Text compared without case and accents: "Mayagüez" is found by "mayaguez".
function foldText(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

// The option that `text` names, among [value, label, other name] options: a name equal to it,
// else the first (in list order) whose name starts with it, else the first with a word that
// starts with it ("jose" finds San Jose), else the first whose words' initials start with it
// ("sf" finds San Francisco-Oakland-Fremont, not Bakersfield), else the first that contains it;
// null for none. With `codes` (the countries), two or three capitals are a code or initials
// first: "US", "DE", "UK", "UAE" (not Australia, DR Congo, Ukraine; "de" and "uk" still start
// Denmark and Ukraine).
function findOption(options, text, codes) {
  var wanted = foldText(text);
  if (!wanted) return null;
  var capitals = codes && /^[A-Z]{2,3}$/.test(String(text).trim());
  var initials = /^[a-z]{2,}$/.test(wanted);
  var best = [null, null, null, null, null];
  for (var i = 0; i < options.length; i++) {
    if (capitals && foldText(options[i][0]) === wanted) return options[i];
    for (var k = 1; k < options[i].length; k++) {
      var name = foldText(options[i][k] || '');
      if (name === wanted) return options[i];
      var letters = name.replace(/([a-z0-9])[a-z0-9]*|[^a-z0-9]+/g, '$1');  // the words' initials
      if (capitals && !best[0] && letters === wanted) best[0] = options[i];
      if (initials && !best[3] && letters.indexOf(wanted) === 0) best[3] = options[i];
      var at = name.indexOf(wanted);
      if (at < 0) continue;
      var rank = at === 0 ? 1 : /[a-z0-9]/.test(name.charAt(at - 1)) ? 4 : 2;
      if (!best[rank]) best[rank] = options[i];
    }
  }
  return best.find(Boolean) || null;
}

// A picker: `input` (the field, named `name`), `list` (its datalist) and `note` (what became of
// text that names nothing: explain(text) says), all to be placed in the same shadow root. The
// element says what it shows (show) and where its options come from (load, called when the
// reader first reaches the field: building 530 cities costs a few ms); a value the reader picks
// goes to pick(value). '' is "any" when allowEmpty.
function makePicker(name, pick, explain) {
  var list = el('datalist', { id: 'picker-' + name });
  var note = el('span', { className: 'picker-note', role: 'status', id: 'picker-note-' + name });
  var input = el('input', { type: 'text', name: name, list: 'picker-' + name, autocomplete: 'off',
    spellcheck: 'false', enterkeyhint: 'done', 'aria-describedby': 'picker-note-' + name });
  var state = { value: '', label: '', load: null, options: null, allowEmpty: false, picking: false };
  var codes = name === 'country';  // a country's code or initials name it (findOption)

  // No note and no mark: the reader types again, or another choice, language or list came.
  function clearNote() {
    note.textContent = '';
    input.removeAttribute('aria-invalid');
  }
  function options() {
    if (!state.options) {
      state.options = state.load ? state.load() : [];
      setChildren(list, state.options.map(function (o) {
        return el('option', o[2] ? { value: o[1], label: o[2] } : { value: o[1] });
      }));
    }
    return state.options;
  }
  function commit(option, typed) {
    // Text that names nothing is marked invalid (for assistive technology too), replaced by
    // what is shown, and the note says why ("Berlin is in another country (Germany)...").
    clearNote();
    if (typed && !option) {
      input.setAttribute('aria-invalid', 'true');
      note.textContent = explain(typed);
    }
    if (option && option[0] !== state.value) {
      state.picking = true;  // (the render this pick causes shows its label: see show())
      try { pick(option[0]); } finally { state.picking = false; }
    } else {
      input.value = state.label;
    }
  }
  function exact(text) {
    var option = findOption(options(), text, codes);
    return option && (foldText(option[1]) === foldText(text) || foldText(option[2] || '') === foldText(text))
      ? option : null;
  }
  // Whether another name starts with this text: typing "印度" may be on its way to 印度尼西亚,
  // "ca" to "Capital One".
  function startsLonger(text) {
    var wanted = foldText(text);
    return options().some(function (o) {
      for (var k = 1; k < o.length; k++) {
        var name = foldText(o[k] || '');
        if (name !== wanted && name.indexOf(wanted) === 0) return true;
      }
      return false;
    });
  }
  // A suggestion picked from the list takes effect at once, and so does a whole name typed that
  // no longer name starts with; other text waits for Enter or leaving the field (and text an
  // input method is still composing waits for it).
  function onInput(e) {
    clearNote();
    if (e.isComposing) return;
    var option = exact(input.value);
    var picked = e.inputType === undefined || e.inputType === 'insertReplacementText';
    if (option && (picked || !startsLonger(input.value))) commit(option);
  }
  function onChange() {
    var text = input.value;
    if (foldText(text) === '') commit(state.allowEmpty ? ['', ''] : null);
    else if (text !== state.label) commit(findOption(options(), text, codes), text);
  }

  ['focus', 'pointerenter'].forEach(function (type) { input.addEventListener(type, options); });
  input.addEventListener('input', onInput);
  input.addEventListener('change', onChange);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') onChange();
    if (e.key === 'Escape' && input.value !== state.label) {
      input.value = state.label;
      e.preventDefault();
    }
  });

  return {
    input: input,
    list: list,
    note: note,
    /** Shows `value` by its label; `placeholder` is what an empty field means ("Any city"). Text
     *  the reader is typing (focused, not yet taken) stays through a render that another change
     *  causes (the language, the hash); it is taken or put back when they are done. */
    show: function (value, label, placeholder) {
      var typing = !state.picking && input.getRootNode().activeElement === input && input.value !== state.label;
      if (!typing && (value !== state.value || label !== state.label)) clearNote();
      state.value = value;
      state.label = label;
      state.allowEmpty = Boolean(placeholder);
      if (!typing && input.value !== label) input.value = label;
      if (placeholder) input.placeholder = placeholder;
      else input.removeAttribute('placeholder');
    },
    /** Where the options come from: load() gives [value, label, other name] in display order. */
    setLoad: function (load) {
      clearNote();
      state.load = load;
      state.options = null;
      setChildren(list);
      if (input.getRootNode().activeElement === input) options();
    },
  };
}
