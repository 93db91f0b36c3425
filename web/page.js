// index.html: keeps the calculator's inputs in the URL hash, so a link restores them and the
// back and forward buttons step through the reader's changes.
// Example: #dataset=article-2019&years=6&role=ml-engineer&country=US
(function () {
  'use strict';
  // Hash keys, and the element attributes they set (the job role is job-role on the element).
  var FIELDS = ['dataset', 'years', 'role', 'country', 'city', 'company', 'company-size', 'currency'];
  var ATTRIBUTE = { role: 'job-role' };
  function attributeOf(key) { return ATTRIBUTE[key] || key; }
  var calculator = document.getElementById('calculator');
  var langLink = document.getElementById('switch-lang');

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var state = {};
    FIELDS.concat(['lang']).forEach(function (key) {
      var value = params.get(key);
      if (value !== null && value.length <= 100) state[key] = value;
    });
    return state;
  }

  function applyHash() {
    var state = readHash();
    FIELDS.forEach(function (key) {
      var attr = attributeOf(key);
      if (state[key] === undefined) calculator.removeAttribute(attr);
      else if (calculator.getAttribute(attr) !== state[key]) calculator.setAttribute(attr, state[key]);
    });
    var lang = state.lang === 'zh-CN' ? 'zh-CN' : 'en';
    document.documentElement.lang = lang;
    calculator.setAttribute('lang', lang);
    langLink.textContent = lang === 'zh-CN' ? 'English' : '中文';
    langLink.setAttribute('lang', lang === 'zh-CN' ? 'en' : 'zh-CN');
    langLink.href = '#' + buildHash(lang === 'zh-CN' ? 'en' : 'zh-CN');
  }

  function buildHash(lang) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (key) {
      var attr = attributeOf(key);
      if (calculator.hasAttribute(attr)) params.set(key, calculator.getAttribute(attr));
    });
    if (lang === 'zh-CN') params.set('lang', lang);
    return params.toString();
  }

  calculator.addEventListener('ml-salary-calculator-change', function () {
    var hash = buildHash(document.documentElement.lang);
    if (location.hash.replace(/^#/, '') !== hash) location.hash = hash;  // a new history entry
  });
  window.addEventListener('hashchange', applyHash);
  applyHash();
})();
