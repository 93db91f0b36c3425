#!/usr/bin/env node
// node tools/bundle.js OUT.js PART.js... : one self-contained script from the Emscripten module
// and our scripts. It joins the parts, stores the inline wasm deflated (web/pre.js inflates it
// with web/inflate.js: the base64 of raw wasm costs ~30% more after gzip than that of deflated
// wasm), and minifies the whole with terser, keeping /*! comments (the licence header).
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { minify } = require('terser');

const WASM_URI = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;

async function main() {
  const [out, ...parts] = process.argv.slice(2);
  let code = parts.map((p) => fs.readFileSync(p, 'utf8')).join('\n');
  const match = code.match(WASM_URI);
  if (match) {
    // [size of the wasm, 4 bytes little-endian][raw deflate of the wasm]
    const wasm = Buffer.from(match[1], 'base64');
    const size = Buffer.alloc(4);
    size.writeUInt32LE(wasm.length);
    const packed = Buffer.concat([size, zlib.deflateRawSync(wasm, { level: 9 })]);
    code = code.replace(match[1], packed.toString('base64'));
  }
  const result = await minify(code, {
    ecma: 2015,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^!/ },
  });
  fs.mkdirSync(require('path').dirname(out), { recursive: true });
  fs.writeFileSync(out, result.code + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
