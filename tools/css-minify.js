// minifyCss(css): a stylesheet without its comments and the whitespace a browser ignores, for
// the element's bundle (tools/bundle.js; 0.3 KB of ml-salary.js gzipped). Quoted strings are
// kept as they are (not escaped quotes, nor "/*" inside a string). Not a general minifier: it
// relies on our stylesheet having no spaces that matter after ":" or around "{", "}", ";", ","
// and ">"; "+" and "-" (calc()) are never touched. tests/browser/widget.test.js checks that
// Chromium parses both to the same rules.
'use strict';

function minifyCss(css) {
  return css.replace(/\/\*[^]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')))
    .join('')
    .trim();
}

module.exports = { minifyCss };
