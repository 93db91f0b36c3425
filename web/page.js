// index.html: the page's language and theme live in the URL hash (#lang=zh-CN&theme=dark),
// next to the calculator's inputs, which the element keeps there itself (its url-state attribute).
(function () {
  'use strict';
  var calculator = document.getElementById('calculator');
  var link = document.getElementById('switch-lang');
  var themes = document.getElementById('theme');
  // The page's own text in Chinese; the English is in index.html (kept for en).
  var ZH = {
    heading: '机器学习工程师的薪资是多少？',
    intro: '按经验、职位、公司、国家和城市给出薪资范围，全部在你的浏览器中计算。你输入的内容不会离开本页面。',
    footer: '数据：ai-jobs.net 薪资报告（CC0）、Stack Overflow 2024 开发者调查（ODbL）、' +
      '美国劳工统计局 OEWS、劳工部 OFLC 工资和 PERM 申报（公有领域）、H-1B LCA 记录、' +
      '世界银行物价水平和汇率（CC BY 4.0）、中国招聘数据、德国 IT 薪资调查；日期和许可见 data/README.md。',
    theme: '主题', 'theme.auto': '跟随系统', 'theme.light': '浅色', 'theme.dark': '深色',
  };
  var english = {};
  document.querySelectorAll('[data-text]').forEach(function (node) {
    english[node.getAttribute('data-text')] = node.textContent;
  });

  // The hash of this view in the other language. The calculator writes its inputs to the hash
  // as the reader types (history.replaceState: no hashchange), so the link is made again at each
  // of its changes and when it is followed: made only at a hashchange, it took the reader back
  // to the years before.
  function otherLanguage() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (params.get('lang') === 'zh-CN') params.delete('lang');
    else params.set('lang', 'zh-CN');
    return '#' + params.toString();
  }

  function apply() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var lang = params.get('lang') === 'zh-CN' ? 'zh-CN' : 'en';
    var other = lang === 'zh-CN' ? 'en' : 'zh-CN';
    document.documentElement.lang = lang;
    if (calculator.getAttribute('lang') !== lang) calculator.setAttribute('lang', lang);
    document.querySelectorAll('[data-text]').forEach(function (node) {
      var key = node.getAttribute('data-text');
      node.textContent = lang === 'zh-CN' ? ZH[key] : english[key];
    });
    document.title = lang === 'zh-CN' ? ZH.heading : english.heading;
    link.href = otherLanguage();
    link.textContent = lang === 'zh-CN' ? 'English' : '中文';
    link.setAttribute('lang', other);

    // The theme: the system's (auto, no attribute) unless the reader picked light or dark.
    var theme = params.get('theme');
    if (theme !== 'light' && theme !== 'dark') theme = 'auto';
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    if (calculator.getAttribute('theme') !== theme) calculator.setAttribute('theme', theme);
    themes.value = theme;
  }

  themes.addEventListener('change', function () {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (themes.value === 'auto') params.delete('theme');
    else params.set('theme', themes.value);
    location.hash = params.toString();
  });
  calculator.addEventListener('ml-salary-calculator-change', function () { link.href = otherLanguage(); });
  link.addEventListener('click', function () { link.href = otherLanguage(); });
  window.addEventListener('hashchange', apply);
  apply();
})();
