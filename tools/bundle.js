#!/usr/bin/env node
// node tools/bundle.js OUT.js PART.js... : one self-contained script from the Emscripten module
// and our scripts. It joins the parts, stores the inline wasm LZMA-compressed (web/wasm-bytes.js
// decodes it with web/lzma.js: the base64 of raw wasm costs ~30% more after gzip than that of
// compressed wasm, and LZMA is ~20% smaller than deflate here), and minifies the whole with
// terser, keeping /*! comments (the licence header). LZMA comes from xz (Debian's xz-utils).
// The output is ASCII: other characters (the Chinese interface) are written as \u escapes, so
// the file means the same whatever charset a blog serves it with, and it is 0.2 KB smaller
// gzipped than in UTF-8 (three bytes per character there, six letters here that gzip shares).
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { minify } = require('terser');
const { minifyCss } = require('./css-minify.js');

const WASM_URI = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;

// xz's .lzma file of `bytes`: a 13-byte header (the LZMA properties byte, the dictionary size,
// the length), then the range-coded data. pb=0 (no position context for matches and literals):
// 0.5% smaller on this wasm than the default 2. bench/size-breakdown.js compresses with it too.
const lzmaFile = (bytes) => execFileSync('xz', ['--format=lzma', '--lzma1=preset=9e,pb=0', '--stdout'],
  { input: bytes, maxBuffer: 1 << 28 });

// Edits of Emscripten 3.1.6's glue, code that our modules never run. terser then drops what
// only that code used. Each must match each module's glue exactly once: a glue that does not
// match (another Emscripten) fails the build, rather than keeping dead code unnoticed.
// - createWasm() fetches, or reads, and instantiates the wasm itself when Module.instantiateWasm
//   is not set. Our modules always set it (web/pre.js, web/compiler-pre.js): the call of that
//   fallback is cut, and with it fetch and XHR loading, Node's fs and synchronous instantiation
//   (0.7 KB of salary-core.js, 0.3 KB of ml-salary.js, 0.8 KB of the compiler, gzipped).
// - A base64 decoder for engines without atob(): every browser and worker has it, and in Node
//   intArrayFromBase64 uses Buffer (0.2 KB of each bundle).
const GLUE_EDITS = [
  { what: 'the wasm loading fallback',
    find: /instantiateAsync\(\)\.catch\(readyPromiseReject\);|var result=instantiateSync\(wasmBinaryFile,info\);receiveInstance\(result\[0\]\);return Module\["asm"\]/g,
    replace: '' },
  { what: 'the atob() polyfill',
    find: /(var decodeBase64=typeof atob=="function"\?atob:)function\(input\)\{[^]*?return output\};/g,
    replace: '$1null;' },
];

async function main() {
  const [out, ...parts] = process.argv.slice(2);
  // A .wasm part becomes a string of its base64: lzma_decoder.wasm -> var lzmaDecoderWasm = '...';
  // The element's stylesheet (web/styles.js: var STYLES = `...`) is minified too.
  const source = (p) => {
    if (!p.endsWith('.wasm')) {
      return fs.readFileSync(p, 'utf8').replace(/^(var STYLES = `)([^`]*)`/m,
        (_, head, css) => head + minifyCss(css) + '`');
    }
    const name = path.basename(p, '.wasm').replace(/_(\w)/g, (_, c) => c.toUpperCase()) + 'Wasm';
    return `var ${name} = '${fs.readFileSync(p).toString('base64')}';`;
  };
  let code = parts.map(source).join('\n');
  const match = code.match(WASM_URI);
  if (match) {
    for (const edit of GLUE_EDITS) {
      const found = (code.match(edit.find) || []).length;
      if (found !== 1) throw new Error(`${out}: ${edit.what} found ${found} times in the glue, not once`);
      code = code.replace(edit.find, edit.replace);
    }
    // [size of the wasm, 4 bytes little-endian][LZMA properties byte][LZMA range-coded data]:
    // lzmaFile() without its dictionary size and length fields.
    const wasm = Buffer.from(match[1], 'base64');
    const size = Buffer.alloc(4);
    size.writeUInt32LE(wasm.length);
    const lzma = lzmaFile(wasm);
    const packed = Buffer.concat([size, lzma.subarray(0, 1), lzma.subarray(13)]);
    code = code.replace(match[1], packed.toString('base64'));
  }
  const result = await minify(code, {
    ecma: 2015,
    // unsafe_arrows: a function expression that uses neither `this` nor `arguments` is written as
    // an arrow function. That is unsafe only for one called with `new` or whose prototype is
    // used: in these bundles every such function is a callback, a method called as a function or
    // a local helper; the constructors (web/api.js: Record, IdIndex; Emscripten's) are
    // declarations, or use `this` (0.1 KB of ml-salary.js gzipped).
    compress: { passes: 2, unsafe_arrows: true },
    // Properties named with a leading underscore are private (the element's state and methods:
    // host._view, host._t() ...) and get short names too. Emscripten's glue quotes its own
    // (Module["_malloc"]), and keep_quoted leaves every name that is quoted anywhere as it is
    // (0.2 KB of ml-salary.js gzipped). No page or test reads them from a bundle (tests/js give
    // web/*.js stand-ins with these names, from the sources).
    mangle: { properties: { regex: /^_/, keep_quoted: true } },
    format: { comments: /^!/, ascii_only: true },
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, result.code + '\n');
}

module.exports = { WASM_URI, lzmaFile };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
