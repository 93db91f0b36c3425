// web/lzma.js and its wasm decoder (web/lzma_decode.cpp), which unpack the inlined wasm, checked
// against xz: several presets and literal/position settings on edge-case and bulk data; cut,
// corrupt and mis-sized input must throw an 'lzma: ...' Error or give back the right bytes,
// never hang and never give bytes that are wrong. Needs make dist (the decoder's wasm) and xz.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const SRC_FILE = path.join(ROOT, 'web/lzma.js');
const SRC = fs.readFileSync(SRC_FILE, 'utf8');
const DECODER = path.join(ROOT, 'build/wasm/web/lzma_decoder.wasm');

// Evaluate the file as the bundle does: a 'use strict' script after the decoder's base64.
function load() {
  if (!fs.existsSync(DECODER)) throw new Error(`${DECODER} is missing: run "make dist" first`);
  const ctx = { Uint8Array, Error, WebAssembly, Math, atob };
  const before = new Set(Object.keys(ctx));
  const base64 = fs.readFileSync(DECODER).toString('base64');
  vm.runInNewContext(`'use strict';\nvar lzmaDecoderWasm = '${base64}';\n${SRC}`, ctx, { filename: SRC_FILE });
  return { fn: ctx.lzmaDecode, added: Object.keys(ctx).filter((k) => !before.has(k)) };
}
const lzmaDecode = load().fn;

// xz's .lzma file -> the bundle's form: the properties byte, then the data (no 13-byte header).
function compress(data, options = ['-6']) {
  const file = execFileSync('xz', ['--format=lzma', '--stdout', ...options], { input: data, maxBuffer: 1 << 26 });
  return Buffer.concat([file.subarray(0, 1), file.subarray(13)]);
}

// Deterministic data (mulberry32), so any failure reproduces.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function randomBytes(n, seed) {
  const r = rng(seed), b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (r() * 256) | 0;
  return b;
}
function text(n, seed) {
  const r = rng(seed);
  const words = ('machine learning engineer salary estimate the of and a to in base total bonus ' +
    'equity senior entry mid level country currency percentile median p90 data scientist research years')
    .split(' ');
  let s = '';
  while (s.length < n) s += words[(r() * r() * words.length) | 0] + (r() < 0.1 ? '.\n' : ' ');
  return Buffer.from(s.slice(0, n));
}
// Wasm-like: opcodes with LEB128 immediates from a skewed distribution, and repeated function
// bodies with small mutations (what a compiler's output looks like to deflate).
function wasmLike(n, seed) {
  const r = rng(seed), out = [], bodies = [];
  const leb = (v) => { do { let b = v & 0x7f; v >>>= 7; out.push(v ? b | 0x80 : b); } while (v); };
  while (out.length < n) {
    if (bodies.length && r() < 0.3) { // reuse a body, mutated
      const b = bodies[(r() * bodies.length) | 0];
      for (let i = 0; i < b.length; i++) out.push(r() < 0.02 ? (r() * 256) | 0 : b[i]);
      continue;
    }
    const start = out.length, ops = 5 + ((r() * 60) | 0);
    for (let i = 0; i < ops; i++) {
      const k = r();
      if (k < 0.3) { out.push(0x20); leb((r() * r() * 8) | 0); } // local.get
      else if (k < 0.45) { out.push(0x41); leb((r() * r() * r() * 70000) | 0); } // i32.const
      else if (k < 0.55) { out.push(0x10); leb((r() * 900) | 0); } // call
      else if (k < 0.7) { out.push(0x28 + ((r() * 4) | 0), 2); leb((r() * r() * 256) | 0); } // load
      else out.push([0x6a, 0x6b, 0x71, 0x21, 0x22, 0x0b, 0x0d, 0x45][(r() * 8) | 0]);
    }
    out.push(0x0b);
    bodies.push(out.slice(start));
  }
  return Buffer.from(out.slice(0, n));
}
function runs(n, seed) { // long and short runs: distance-1 and short-distance overlapping copies
  const r = rng(seed), b = Buffer.alloc(n);
  for (let i = 0; i < n;) {
    const len = (r() * r() * 2000) | 0, period = 1 + ((r() * r() * 5) | 0);
    const pat = randomBytes(period, (r() * 1e9) | 0);
    for (let j = 0; j < len && i < n; j++) b[i++] = pat[j % period];
    if (i < n) b[i++] = (r() * 256) | 0;
  }
  return b;
}

const realWasm = (() => { // any real wasm on hand, optional
  const files = [path.resolve(__dirname, '../../node_modules/playwright-core/lib/webp_codec.wasm')];
  const out = files.filter((f) => fs.existsSync(f)).map((f) => [path.basename(f), fs.readFileSync(f)]);
  const module = path.join(ROOT, 'build/wasm/web/salary_core_module.js');  // holds the raw wasm
  const m = fs.existsSync(module) && /base64,(AGFzbQ[A-Za-z0-9+/=]*)/.exec(fs.readFileSync(module, 'utf8'));
  if (m) out.push(['salary-core.wasm', Buffer.from(m[1], 'base64')]);
  return out;
})();

const DATA = [
  ['empty', Buffer.alloc(0)],
  ['one byte', Buffer.from([0x42])],
  ['zero byte', Buffer.from([0])],
  ['300 B text', text(300, 1)],
  ['100 KB text', text(100000, 2)],
  ['200 KB random (stored blocks)', randomBytes(200000, 3)],
  ['300 KB of one byte (distance 1)', Buffer.alloc(300000, 0x61)],
  ['200 KB runs', runs(200000, 4)],
  ['500 KB wasm-like', wasmLike(500000, 5)],
  ['1 MB mixed', Buffer.concat([text(250000, 6), randomBytes(150000, 7), wasmLike(350000, 8),
    runs(150000, 9), Buffer.alloc(70000), text(78576, 10)])],
  ...realWasm,
];
const OPTIONS = [
  ['preset 0', ['-0']],
  ['preset 6', ['-6']],
  ['preset 9e (as the build)', ['-9e']],
  ['lc=0 lp=2 pb=2', ['--lzma1=preset=6,lc=0,lp=2,pb=2']],
  ['lc=4 lp=0 pb=0', ['--lzma1=preset=6,lc=4,lp=0,pb=0']],
  ['lc=1 lp=3 pb=4', ['--lzma1=preset=6,lc=1,lp=3,pb=4']],
  ['fast mode, small dictionary', ['--lzma1=preset=1,mode=fast,dict=4KiB']],
];

function same(got, want, what) {
  assert.ok(got instanceof Uint8Array, `${what}: returns a Uint8Array`);
  assert.equal(got.length, want.length, `${what}: length`);
  assert.ok(Buffer.from(got.buffer, got.byteOffset, got.length).equals(want), `${what}: bytes`);
}
function throwsLzma(fn, what) {
  assert.throws(fn, (e) => e instanceof Error && /^lzma: /.test(e.message), what);
}
// Either an 'lzma: ...' Error or exactly the right bytes (LZMA data carries no checksum, so a
// change may also decode to other bytes of the right size: those must not be the original's).
function errorOrRight(fn, want, what) {
  let got;
  try {
    got = fn();
  } catch (e) {
    assert.match(e.message, /^lzma: /, what);
    return 'error';
  }
  assert.ok(got instanceof Uint8Array && got.length === want.length, `${what}: size`);
  return Buffer.from(got.buffer, got.byteOffset, got.length).equals(want) ? 'right' : 'other';
}

test('the file defines only lzmaDecode, in ES5, with no module syntax', () => {
  assert.deepEqual(load().added.sort(), ['lzmaDecode', 'lzmaDecoderWasm'], 'besides the base64 put before it');
  const code = SRC.replace(/\/\/.*$/gm, '').replace(/'[^'\n]*'/g, "''");
  assert.doesNotMatch(code, /\b(let|const|class|export|import|require|async|await)\b|=>|`/);
  assert.ok(fs.statSync(DECODER).size < 4096, 'small enough to compile synchronously anywhere');
});

for (const [name, data] of DATA) {
  test(`decodes ${name} (${data.length} B) as xz encoded it`, () => {
    for (const [oname, options] of OPTIONS) {
      same(lzmaDecode(compress(data, options), data.length), data, oname);
    }
  });
}

test('the size must be the decoded size: a longer one throws, a shorter one never gives wrong bytes', () => {
  const data = wasmLike(50000, 18), packed = compress(data);
  same(lzmaDecode(packed, 0), Buffer.alloc(0), 'nothing');
  for (const size of [1, 1000, 30000, data.length - 1]) {
    const outcome = errorOrRight(() => lzmaDecode(packed, size), data.subarray(0, size), `size ${size}`);
    assert.notEqual(outcome, 'other', `size ${size}`);
  }
  for (const size of [data.length + 1, data.length + 100, data.length * 2]) {
    throwsLzma(() => lzmaDecode(packed, size), `size ${size} for ${data.length}`);
  }
});

test('cut input throws (or, cut only in its end marker, gives the right bytes)', () => {
  const data = text(3000, 14), packed = compress(data);
  const seen = { error: 0, right: 0, other: 0 };
  for (let cut = 0; cut < packed.length; cut++) {
    const outcome = errorOrRight(() => lzmaDecode(packed.subarray(0, cut), data.length), data, `cut at ${cut}`);
    seen[outcome]++;
    if (cut < packed.length - 12) assert.equal(outcome, 'error', `cut at ${cut} of ${packed.length}`);
  }
  assert.equal(seen.other, 0, JSON.stringify(seen));
  for (const big of [wasmLike(200000, 15), randomBytes(150000, 16)]) {
    const p = compress(big), n = p.length;
    for (const cut of [0, 1, 2, 5, 6, n >> 3, n >> 1, n - 100]) {
      throwsLzma(() => lzmaDecode(p.subarray(0, cut), big.length), `cut at ${cut}/${n}`);
    }
  }
});

test('corrupt input: bad properties and stream start throw; changed bytes never hang or overrun', () => {
  const data = wasmLike(20000, 19), packed = compress(data);
  for (const props of [225, 255]) {
    const bad = Buffer.from(packed);
    bad[0] = props;
    throwsLzma(() => lzmaDecode(bad, data.length), `properties ${props}`);
  }
  const notZero = Buffer.from(packed);
  notZero[1] = 1;
  throwsLzma(() => lzmaDecode(notZero, data.length), 'the range coder\'s first byte is not 0');
  const r = rng(20), seen = { error: 0, right: 0, other: 0 };
  for (let k = 0; k < 3000; k++) {
    const bad = Buffer.from(packed);
    for (let j = 1 + ((r() * 3) | 0); j > 0; j--) bad[1 + ((r() * (bad.length - 1)) | 0)] = (r() * 256) | 0;
    seen[errorOrRight(() => lzmaDecode(bad, data.length), data, `change ${k}`)]++;
  }
  assert.ok(seen.error > 2000, JSON.stringify(seen));
});

test('the memory laid out for the decoder is exactly enough: sizes that fill the last page decode', () => {
  // web/lzma.js: 64 KB, the input, the output, then (0x300 << (lc + lp)) + 1847 probabilities.
  // With one probability too few, an exact fit wrote past the memory (a RuntimeError).
  let exactFits = 0;
  for (let n = 49400; n < 49560; n++) {
    const data = Buffer.alloc(n, 0x61), packed = compress(data, ['-6']);
    const outAt = 65536 + packed.length, probsAt = outAt + n + ((outAt + n) % 2);
    if ((probsAt + 2 * ((0x300 << 3) + 1847)) % 65536 === 0) exactFits++;
    same(lzmaDecode(packed, n), data, `${n} bytes of "a"`);
  }
  assert.ok(exactFits > 0, 'at least one size fills the last page exactly');
});
