// index.html: the page's language lives in the URL hash (#lang=zh-CN), next to the
// calculator's inputs, which the element keeps there itself (its url-state attribute).
(function () {
  'use strict';
  var calculator = document.getElementById('calculator');
  var link = document.getElementById('switch-lang');

  function apply() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var lang = params.get('lang') === 'zh-CN' ? 'zh-CN' : 'en';
    var other = lang === 'zh-CN' ? 'en' : 'zh-CN';
    document.documentElement.lang = lang;
    calculator.setAttribute('lang', lang);
    if (other === 'en') params.delete('lang');
    else params.set('lang', other);
    link.href = '#' + params.toString();
    link.textContent = lang === 'zh-CN' ? 'English' : '中文';
    link.setAttribute('lang', other);
  }

  window.addEventListener('hashchange', apply);
  apply();
})();
