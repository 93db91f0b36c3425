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

const WASM_URI = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;

// Emscripten 3.1.6's createWasm() fetches, or reads, and instantiates the wasm itself when
// Module.instantiateWasm is not set. Our modules always set it (web/pre.js, web/compiler-pre.js),
// so that fallback is dead code: its call is cut here, and terser drops what only it used
// (fetch and XHR loading, Node's fs, the synchronous instantiation): 0.7 KB of salary-core.js
// and 0.3 KB of ml-salary.js gzipped. Each module's glue must hold one of these calls exactly
// once: a glue without them (another Emscripten) fails the build, rather than keeping dead code.
const DEAD_FALLBACKS = [
  'instantiateAsync().catch(readyPromiseReject);',  // the shipped modules (async by default)
  'var result=instantiateSync(wasmBinaryFile,info);receiveInstance(result[0]);return Module["asm"]',  // the compiler
];

async function main() {
  const [out, ...parts] = process.argv.slice(2);
  // A .wasm part becomes a string of its base64: lzma_decoder.wasm -> var lzmaDecoderWasm = '...';
  const source = (p) => {
    if (!p.endsWith('.wasm')) return fs.readFileSync(p, 'utf8');
    const name = path.basename(p, '.wasm').replace(/_(\w)/g, (_, c) => c.toUpperCase()) + 'Wasm';
    return `var ${name} = '${fs.readFileSync(p).toString('base64')}';`;
  };
  let code = parts.map(source).join('\n');
  const match = code.match(WASM_URI);
  if (match) {
    const found = DEAD_FALLBACKS.filter((call) => code.split(call).length === 2);
    if (found.length !== 1) throw new Error(`${out}: the glue's wasm loading fallback was not found once`);
    code = code.replace(found[0], '');
    // [size of the wasm, 4 bytes little-endian][LZMA properties byte][LZMA range-coded data]:
    // xz's .lzma file without its dictionary size and length fields (13-byte header). pb=0 (no
    // position context for matches and literals): 0.5% smaller on this wasm than the default 2.
    const wasm = Buffer.from(match[1], 'base64');
    const size = Buffer.alloc(4);
    size.writeUInt32LE(wasm.length);
    const lzma = execFileSync('xz', ['--format=lzma', '--lzma1=preset=9e,pb=0', '--stdout'], { input: wasm });
    const packed = Buffer.concat([size, lzma.subarray(0, 1), lzma.subarray(13)]);
    code = code.replace(match[1], packed.toString('base64'));
  }
  const result = await minify(code, {
    ecma: 2015,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^!/, ascii_only: true },
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, result.code + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
