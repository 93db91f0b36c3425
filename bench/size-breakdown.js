#!/usr/bin/env node
// `make bench`: where the gzipped bytes of a bundle go (the README's "Size" section), from the
// built file alone: its inline wasm (stored LZMA-compressed by tools/bundle.js) split into code,
// data and the data packs in it, and the JS around it. Each part is compressed alone, as the
// bundle compresses it (LZMA for the wasm, gzip -9 for the file), so the parts do not add up to
// the whole exactly. Needs xz (Debian's xz-utils), as the build does.
//
// Usage: node bench/size-breakdown.js [dist/ml-salary.js ...]
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const { WASM_URI, lzmaFile } = require('../tools/bundle.js');

const ROOT = path.resolve(__dirname, '..');

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
// LZMA as tools/bundle.js writes it, without xz's 13-byte header.
const lzma = (bytes) => lzmaFile(bytes).length - 13;

// The wasm of a bundle: [size, 4 bytes LE][LZMA properties byte][LZMA data], given back to xz
// with the header it was stored without (a dictionary of 64 MiB, the known size).
function inlineWasm(base64) {
  const packed = Buffer.from(base64, 'base64');
  const header = Buffer.alloc(13);
  packed.copy(header, 0, 4, 5);
  header.writeUInt32LE(1 << 26, 1);
  header.writeUInt32LE(packed.readUInt32LE(0), 5);
  return execFileSync('xz', ['--format=lzma', '--decompress', '--stdout'],
    { input: Buffer.concat([header, packed.subarray(5)]), maxBuffer: 1 << 28 });
}

// A LEB128 number at bytes[at]: [value, the position after it]. (Signed: an i32.const offset.)
function leb(bytes, at, signed) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  if (signed && byte & 0x40) value -= 2 ** shift;
  return [value, at];
}

// The wasm's sections by id (10: code, 11: data).
function sections(wasm) {
  const out = new Map();
  for (let p = 8; p < wasm.length;) {
    const id = wasm[p];
    const [size, start] = leb(wasm, p + 1);
    out.set(id, wasm.subarray(start, start + size));
    p = start + size;
  }
  return out;
}

// The module's memory as its data segments lay it out (the optimiser splits data at runs of
// zeros, which the segments leave out): each active segment at its i32.const offset.
function memory(data) {
  const segments = [];
  let [count, p] = leb(data, 0);
  for (; count > 0; count--) {
    if (data[p] !== 0 || data[p + 1] !== 0x41) throw new Error('a data segment other than active, i32.const');
    let offset, size;
    [offset, p] = leb(data, p + 2, true);
    [size, p] = leb(data, p + 1);  // (after the expression's end, 0x0b)
    segments.push([offset, data.subarray(p, p + size)]);
    p += size;
  }
  const end = Math.max(...segments.map(([offset, bytes]) => offset + bytes.length));
  const bytes = Buffer.alloc(end);
  for (const [offset, segment] of segments) segment.copy(bytes, offset);
  return bytes;
}

// The binary data packs in memory: "MLSP", the format version, the payload's size, its FNV-1a
// checksum, the payload (core/binpack.h). The checksum tells a pack from the same letters in a
// message.
function packs(mem) {
  const found = [];
  for (let at = mem.indexOf('MLSP'); at >= 0; at = mem.indexOf('MLSP', at + 1)) {
    const [size, p] = leb(mem, at + 5);
    const payload = mem.subarray(p + 4, p + 4 + size);
    let sum = 2166136261;
    for (const byte of payload) sum = Math.imul(sum ^ byte, 16777619) >>> 0;
    if (payload.length === size && sum === mem.readUInt32LE(p)) found.push(mem.subarray(at, p + 4 + size));
  }
  return found;
}

const n = (bytes) => bytes.toLocaleString('en-US');

// The rows of a bundle's table: [part, compressed, raw].
function breakdown(file) {
  const text = fs.readFileSync(file, 'utf8');
  const base64 = text.match(WASM_URI)[1];
  const wasm = inlineWasm(base64);
  const parts = sections(wasm);
  const runs = text.match(/[A-Za-z0-9+/=]{1500,}/g);  // the inline wasm and the LZMA decoder's
  const js = runs.reduce((rest, run) => rest.replace(run, ''), text);
  const rows = [
    ['the whole file', `${n(gzip(Buffer.from(text)))} B gzip`, `${n(text.length)} B`],
    ['its inline wasm, as base64', `${n(gzip(Buffer.from(base64)))} B gzip`,
      `${n(wasm.length)} B of wasm, ${n(lzma(wasm))} B LZMA-compressed`],
    ['- code', `${n(lzma(parts.get(10)))} B LZMA`, `${n(parts.get(10).length)} B`],
    ['- data', `${n(lzma(parts.get(11)))} B LZMA`, `${n(parts.get(11).length)} B`],
  ];
  packs(memory(parts.get(11))).forEach((pack, i) => {
    rows.push([`  - built-in data pack ${i + 1}`, `${n(lzma(pack))} B LZMA`, `${n(pack.length)} B`]);
  });
  for (const run of runs.filter((r) => r !== base64)) {
    rows.push(['the LZMA decoder\'s wasm, as base64', `${n(gzip(Buffer.from(run)))} B gzip`, `${n(run.length * 3 / 4)} B`]);
  }
  rows.push(['the JS around them', `${n(gzip(Buffer.from(js)))} B gzip`, `${n(js.length)} B minified`]);
  return rows;
}

function main() {
  const files = process.argv.slice(2);
  for (const file of files.length ? files : ['dist/ml-salary.js', 'dist/salary-core.js'].map((f) => path.join(ROOT, f))) {
    console.log(`### Where the bytes of ${path.relative(ROOT, file)} go (each part compressed alone)\n`);
    console.log('| part | compressed | raw |');
    console.log('|---|---:|---:|');
    for (const row of breakdown(file)) console.log(`| ${row.join(' | ')} |`);
    console.log('');
  }
}

if (require.main === module) main();
module.exports = { inlineWasm, sections, memory, packs, breakdown };
