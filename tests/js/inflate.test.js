// web/inflate.js, the synchronous raw-DEFLATE decoder for the inlined wasm, checked against zlib:
// every level and strategy on edge-case and bulk data, with and without outputSize; corrupt,
// truncated and mis-sized input must throw an 'inflate: ...' Error, never hang or come back wrong.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');

const SRC_FILE = path.resolve(__dirname, '../../web/inflate.js');
const SRC = fs.readFileSync(SRC_FILE, 'utf8');
const Z = zlib.constants;

// Evaluate the file as the UMD bundle does: a 'use strict' script sharing the caller's typed arrays.
let fresh = 0;
function load() {
  const ctx = { Uint8Array, Uint16Array, Int32Array, Error };
  const before = new Set(Object.keys(ctx));
  // A unique suffix keeps V8 from reusing the previous compile, so each load starts cold.
  vm.runInNewContext(`'use strict';\n${SRC}\n// load ${fresh++}`, ctx, { filename: SRC_FILE });
  return { fn: ctx.inflateRaw, added: Object.keys(ctx).filter((k) => !before.has(k)) };
}
const inflateRaw = load().fn;

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
  const dist = path.resolve(__dirname, '../../dist/salary-core.js');
  const m = fs.existsSync(dist) && /base64,(AGFzbQ[A-Za-z0-9+/=]*)/.exec(fs.readFileSync(dist, 'utf8'));
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
  ['level 0', { level: 0 }], ['level 1', { level: 1 }],
  ['level 6', { level: 6 }], ['level 9', { level: 9 }],
  ['Z_FIXED', { level: 9, strategy: Z.Z_FIXED }],
  ['Z_HUFFMAN_ONLY', { level: 9, strategy: Z.Z_HUFFMAN_ONLY }],
  ['Z_RLE', { level: 9, strategy: Z.Z_RLE }],
  ['Z_FILTERED', { level: 6, strategy: Z.Z_FILTERED }],
  ['memLevel 1 (small blocks)', { level: 9, memLevel: 1 }],
  ['windowBits 9', { level: 9, windowBits: 9 }],
];

function same(got, want, what) {
  assert.ok(got instanceof Uint8Array, `${what}: returns a Uint8Array`);
  assert.equal(got.length, want.length, `${what}: length`);
  assert.ok(Buffer.from(got.buffer, got.byteOffset, got.length).equals(want), `${what}: bytes`);
}
function throwsInflate(fn, what) {
  assert.throws(fn, (e) => e instanceof Error && /^inflate: /.test(e.message), what);
}

test('the file defines only inflateRaw, in ES5, with no module syntax', () => {
  assert.deepEqual(load().added, ['inflateRaw']);
  const code = SRC.replace(/\/\/.*$/gm, '').replace(/'[^'\n]*'/g, "''");
  assert.doesNotMatch(code, /\b(let|const|class|export|import|require|async|await)\b|=>|`/);
  assert.match(SRC, /tests\/js\/inflate\.test\.js/);
});

for (const [name, data] of DATA) {
  test(`inflates ${name} (${data.length} B) as zlib deflated it`, () => {
    for (const [oname, opts] of OPTIONS) {
      const packed = zlib.deflateRawSync(data, opts);
      same(inflateRaw(new Uint8Array(packed)), data, `${oname}, size unknown`);
      same(inflateRaw(packed, data.length), data, `${oname}, outputSize given`);
    }
  });
}

test('hand-made and flushed streams: empty stored and fixed blocks, several blocks, trailing bytes', () => {
  same(inflateRaw(new Uint8Array([1, 0, 0, 255, 255])), Buffer.alloc(0), 'empty final stored block');
  same(inflateRaw(new Uint8Array([3, 0]), 0), Buffer.alloc(0), 'empty final fixed block');
  same(inflateRaw(new Uint8Array([0, 0, 0, 255, 255, 1, 2, 0, 253, 255, 7, 9])), Buffer.from([7, 9]),
    'an empty stored block, then a final one');
  // Without outputSize, the output grows (from 4x the input) in a copy and in the stored block.
  const a = Buffer.alloc(230000, 5), b = randomBytes(60000, 12), c = text(3000, 13);
  const sync = { finishFlush: Z.Z_SYNC_FLUSH };
  const packed = Buffer.concat([
    zlib.deflateRawSync(a, sync), zlib.deflateRawSync(b, { ...sync, level: 0 }),
    zlib.deflateRawSync(c, { strategy: Z.Z_FIXED }), Buffer.from('trailing bytes are ignored, as zlib does'),
  ]);
  same(inflateRaw(packed), Buffer.concat([a, b, c]), 'sync-flushed segments');
  same(inflateRaw(packed, a.length + b.length + c.length), Buffer.concat([a, b, c]), 'with outputSize');
});

test('truncated input throws, at every cut of a small stream and at several of big ones', () => {
  const small = zlib.deflateRawSync(text(3000, 14), { level: 9 });
  for (let cut = 0; cut < small.length; cut++) {
    throwsInflate(() => inflateRaw(small.subarray(0, cut)), `cut at ${cut}`);
    throwsInflate(() => inflateRaw(small.subarray(0, cut), 3000), `cut at ${cut}, sized`);
  }
  for (const [data, opts] of [[wasmLike(200000, 15), { level: 9 }], [randomBytes(150000, 16), { level: 0 }],
    [text(50000, 17), { strategy: Z.Z_FIXED }], [Buffer.alloc(100000, 7), { level: 1 }]]) {
    const packed = zlib.deflateRawSync(data, opts), n = packed.length;
    for (const cut of [0, 1, 2, 3, 5, 6, n >> 3, n >> 1, n - 5, n - 2, n - 1]) {
      throwsInflate(() => inflateRaw(packed.subarray(0, cut)), `cut at ${cut}/${n}`);
      throwsInflate(() => inflateRaw(packed.subarray(0, cut), data.length), `cut at ${cut}/${n}, sized`);
    }
  }
});

test('a wrong outputSize throws: too small or too big', () => {
  const data = wasmLike(50000, 18);
  for (const opts of [{ level: 9 }, { level: 0 }]) {
    const packed = zlib.deflateRawSync(data, opts);
    for (const size of [0, 1, 4096, data.length - 1, data.length + 1, data.length * 2]) {
      throwsInflate(() => inflateRaw(packed, size), `outputSize ${size} for ${data.length}`);
    }
  }
  throwsInflate(() => inflateRaw(new Uint8Array([1, 1, 0, 254, 255, 9]), 0), 'stored byte past size 0');
});

// Hand-made streams: bits go in LSB first, Huffman codes MSB first (RFC 1951 3.1.1).
function bitStream() {
  const bytes = [];
  let acc = 0, n = 0;
  const w = {
    bits(v, len) {
      for (let i = 0; i < len; i++) {
        acc |= ((v >> i) & 1) << n;
        if (++n === 8) { bytes.push(acc); acc = n = 0; }
      }
      return w;
    },
    code(v, len) { for (let i = len - 1; i >= 0; i--) w.bits(v >> i, 1); return w; },
    lit(s) { // a fixed-code literal/length symbol
      return s < 144 ? w.code(0x30 + s, 8) : s < 256 ? w.code(0x190 + s - 144, 9)
        : s < 280 ? w.code(s - 256, 7) : w.code(0xc0 + s - 280, 8);
    },
    done() { return new Uint8Array(n ? [...bytes, acc] : bytes); },
  };
  return w;
}
// A final dynamic block header: HLIT, HDIST, then code-length code lengths in RFC order.
function dynamic(hlit, hdist, clens) {
  const w = bitStream().bits(1, 1).bits(2, 2).bits(hlit, 5).bits(hdist, 5).bits(clens.length - 4, 4);
  for (const l of clens) w.bits(l, 3);
  return w;
}

test('hand-made streams: a valid one inflates, each corruption throws with a clear message', () => {
  const fixed = () => bitStream().bits(1, 1).bits(1, 2); // final fixed block
  // A dynamic block with codes for 'a' (10), end-of-block (11) and length 3 (0), and no distance
  // codes. Code-length codes, all 2 bits: 0 (00), 1 (01), 2 (10), 18 (11, a run of zeros).
  const noDistances = () => dynamic(1, 0, [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2])
    .code(3, 2).bits(97 - 11, 7).code(2, 2) // 0..96 unused, 'a'
    .code(3, 2).bits(127, 7).code(3, 2).bits(20 - 11, 7) // 98..255 unused
    .code(2, 2).code(1, 2).code(0, 2); // end-of-block, length 3, distance 0 unused
  const a = noDistances().code(2, 2).code(2, 2).code(3, 2).done();
  same(inflateRaw(a), Buffer.from('aa'), 'no distance codes, literals only');
  same(zlib.inflateRawSync(a), Buffer.from('aa'), 'zlib agrees');
  // 'a', then a copy of length 3 at distance 1, end of block
  same(inflateRaw(fixed().lit(97).lit(257).code(0, 5).lit(256).done()), Buffer.from('aaaa'), 'valid');
  same(inflateRaw(fixed().lit(97).lit(257).code(0, 5).lit(256).done(), 4), Buffer.from('aaaa'), 'sized');
  const cases = [
    [new Uint8Array([0x07]), /invalid block type/],
    [new Uint8Array([0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5]), /invalid stored block length/],
    [new Uint8Array([0x01, 5, 0, 250, 255, 1, 2]), /unexpected end of input/],
    [fixed().lit(97).lit(257).code(1, 5).lit(256).done(), /invalid distance/], // 2 back after 1 byte
    [fixed().lit(257).code(0, 5).lit(256).done(), /invalid distance/], // a copy before any output
    [fixed().lit(97).lit(286).code(0, 5).lit(256).done(), /invalid length code/],
    [fixed().lit(97).lit(257).code(30, 5).lit(256).done(), /invalid distance code/],
    [fixed().lit(97).done(), /unexpected end of input/], // no end-of-block
    [dynamic(31, 0, [0, 0, 0, 1]).done(), /too many length or distance codes/],
    [dynamic(0, 30, [0, 0, 0, 1]).done(), /too many length or distance codes/],
    [dynamic(0, 0, [1, 1, 1, 0]).done(), /invalid code lengths/], // over-subscribed
    [dynamic(0, 0, [0, 0, 2, 2]).done(), /invalid code lengths/], // incomplete: 2 codes of 2 bits
    [noDistances().code(2, 2).code(0, 1).code(0, 1).done(), /invalid code$/], // no distance code
    [dynamic(0, 0, [1, 0, 0, 1]).code(1, 1).bits(0, 2).done(), /invalid code lengths/], // 16 first
    [dynamic(0, 0, [0, 0, 1, 1]).code(1, 1).bits(127, 7).code(1, 1).bits(127, 7).done(),
      /invalid code lengths/], // 276 lengths for 258 symbols
    [dynamic(0, 0, [0, 0, 1, 1]).code(1, 1).bits(127, 7).code(1, 1).bits(109, 7).done(),
      /no end-of-block code/], // 258 zero lengths
    [dynamic(0, 0, [0, 0, 2, 0]).code(3, 2).done(), /invalid code$/], // a lone code's unused entries
  ];
  for (const [bytes, re] of cases) {
    assert.throws(() => inflateRaw(bytes), re, `${[...bytes]} should throw ${re}`);
    assert.throws(() => inflateRaw(bytes, 100), re, `${[...bytes]}, sized, should throw ${re}`);
  }
});

test('random garbage, bit flips and cuts: the same verdict and bytes as zlib, never a hang', () => {
  const r = rng(19);
  const base = [
    zlib.deflateRawSync(wasmLike(20000, 20), { level: 9 }), zlib.deflateRawSync(randomBytes(300, 22)),
    zlib.deflateRawSync(text(20000, 21), { strategy: Z.Z_FIXED }),
    zlib.deflateRawSync(runs(5000, 23), { level: 1 }),
  ];
  const inputs = [];
  for (let i = 0; i < 500; i++) inputs.push(randomBytes(1 + ((r() * 3000) | 0), 1000 + i));
  for (let i = 0; i < 2000; i++) {
    let buf = Buffer.from(base[i % base.length]);
    for (let k = 1 + ((r() * 3) | 0); k--;) buf[(r() * buf.length) | 0] ^= 1 << ((r() * 8) | 0);
    if (i % 5 === 0) buf = buf.subarray(0, (r() * buf.length) | 0);
    inputs.push(buf);
  }
  let rejected = 0;
  inputs.forEach((buf, i) => {
    let want = null, got = null;
    try { want = zlib.inflateRawSync(buf); } catch { /* corrupt for zlib too */ }
    try {
      got = inflateRaw(buf, want && i % 2 ? want.length : undefined);
    } catch (e) {
      assert.ok(e instanceof Error && /^inflate: /.test(e.message), `input ${i}: ${e}`);
      assert.equal(want, null, `input ${i}: zlib inflates what inflateRaw rejects (${e.message})`);
      rejected++;
      return;
    }
    assert.ok(want, `input ${i}: inflateRaw accepts what zlib rejects`);
    same(got, want, `input ${i}`);
  });
  assert.ok(rejected > inputs.length / 3, `${rejected} of ${inputs.length} rejected`);
});

test('speed (printed, not asserted)', () => {
  const data = realWasm.length ? realWasm[0][1] : wasmLike(500000, 23);
  const packed = zlib.deflateRawSync(data, { level: 9 });
  const fn = load().fn, ms = [];
  for (let i = 0; i < 15; i++) {
    const t = process.hrtime.bigint();
    fn(packed, data.length);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const zt = process.hrtime.bigint();
  for (let i = 0; i < 15; i++) zlib.inflateRawSync(packed);
  const zms = Number(process.hrtime.bigint() - zt) / 15e6;
  const warm = ms.slice(1).sort((a, b) => a - b);
  console.log(`inflateRaw ${packed.length} -> ${data.length} B: first call ${ms[0].toFixed(1)} ms, ` +
    `warm median ${warm[warm.length >> 1].toFixed(2)} ms, min ${warm[0].toFixed(2)} ms ` +
    `(zlib.inflateRawSync ${zms.toFixed(2)} ms)`);
});
