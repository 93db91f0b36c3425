// inflateRaw: a small raw-DEFLATE (RFC 1951) decoder: stored, fixed and dynamic Huffman blocks.
// Why: the wasm is inlined as deflate-compressed base64 and must be inflated synchronously at
// load, in browsers and Node, with no dependency; DecompressionStream is async and costs 45-60 ms
// in a page. Each Huffman code is decoded through one lookup table indexed by the next input bits.
// Corrupt or truncated input throws an Error('inflate: ...'); all reads and writes are checked.
// Checked against zlib.deflateRawSync (levels, strategies, corrupt input): tests/js/inflate.test.js.
// input: Uint8Array of raw deflate data; outputSize: the exact inflated size if known (else grown).
function inflateRaw(input, outputSize) {
  // The input is read from a copy with 16 zero bytes after it, so that a short last code can be
  // looked up with the same wide peek as any other; consuming a padding bit is an error, caught
  // (by overrun) before the next refill, which keeps every read inside the padding.
  var inLen = input.length, buf = new Uint8Array(inLen + 16), pos = 0, bb = 0, bc = 0; // bit buffer
  var sized = outputSize != null, op = 0;
  var out = new Uint8Array(sized ? outputSize : Math.max(inLen * 4, 1024));
  var lit = new Uint16Array(32768), dist = new Uint16Array(32768), clen = new Uint16Array(128);
  var lens = new Uint8Array(320), LB = new Int32Array(32), DB = new Int32Array(32);
  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  var i, b, e, s, n, nl, nd, last, type;

  buf.set(input);
  // Length (symbols 257..285) and distance (0..29) bases, stored as base << 4 | extra bits.
  // The zero entries (length 286-287, distance 30-31) are invalid codes.
  for (i = 0, b = 3; i < 28; i++) { e = i < 8 ? 0 : (i - 4) >> 2; LB[i] = b << 4 | e; b += 1 << e; }
  LB[28] = 258 << 4;
  for (i = 0, b = 1; i < 30; i++) { e = i < 4 ? 0 : (i - 2) >> 1; DB[i] = b << 4 | e; b += 1 << e; }

  function fail(what) { throw new Error('inflate: ' + what); }
  // Input position p with c bits still buffered: have padding bits been consumed?
  function overrun(p, c) { if ((p - inLen) * 8 > c) fail('unexpected end of input'); }
  function fill(n) { for (overrun(pos, bc); bc < n; bc += 8) bb |= buf[pos++] << bc; } // n <= 16
  function bits(n) { fill(n); var v = bb & ((1 << n) - 1); bb >>>= n; bc -= n; return v; }

  // Canonical Huffman code from code lengths l[off .. off+n) -> lookup table t; returns its mask.
  // t[next bits & mask] = symbol << 4 | code length (0: no such code). Codes are indexed
  // bit-reversed (deflate packs them MSB first into an LSB-first stream); the table doubles per
  // code length, so a shorter code's entry repeats over the bits it does not use.
  function build(t, l, off, n) {
    var count = new Uint16Array(16), end = new Uint16Array(17), sorted = [];
    var left = 1, len, s, k = 0, r = 0, i, half;
    for (s = 0; s < n; s++) count[l[off + s]]++;
    for (len = 1; len < 16; len++) {
      left = (left << 1) - count[len];
      end[len + 1] = end[len] + count[len];
    }
    // Over-subscribed, or incomplete with more than one code (zlib rejects these too).
    if (left < 0 || (left && end[16] > 1)) fail('invalid code lengths');
    for (s = 0; s < n; s++) if ((len = l[off + s])) sorted[end[len]++] = s; // by length, symbol
    t[0] = 0; // no code or a lone one leaves holes: 'invalid code'
    for (len = 1; k < sorted.length; len++) {
      t.set(t.subarray(0, half = 1 << (len - 1)), half);
      for (; k < end[len]; k++) {
        t[r] = sorted[k] << 4 | len;
        for (i = half; r & i; i >>= 1) r ^= i; // next code, bit-reversed
        r |= i;
      }
    }
    return (1 << (len - 1)) - 1;
  }

  // Make room for n more output bytes: grow, or throw when the size was given.
  function room(n) {
    if (op + n <= out.length) return;
    if (sized) fail('output longer than outputSize');
    var o = new Uint8Array(Math.max(out.length * 2, op + n));
    o.set(out);
    out = o;
  }

  // One block's literal/length and distance codes, up to end-of-block: the hot loop, on locals.
  // The 32-bit buffer is refilled to hold the next code and its extra bits.
  function codes(lm, dm) {
    var B = bb, C = bc, P = pos, O = op, o = out, lim = o.length, e, l, n, from, end;
    for (;;) {
      if (P > inLen) overrun(P, C);
      for (; C < 20; C += 8) B |= buf[P++] << C;
      e = lit[B & lm]; l = e & 15;
      if (!l) fail('invalid code');
      B >>>= l; C -= l; e >>= 4;
      if (e < 256) {
        if (O >= lim) { op = O; room(1); lim = (o = out).length; }
        o[O++] = e;
        continue;
      }
      if (e == 256) break;
      if (!(e = LB[e - 257])) fail('invalid length code');
      l = e & 15; n = (e >> 4) + (B & ((1 << l) - 1)); B >>>= l; C -= l;
      for (; C < 24; C += 8) B |= buf[P++] << C;
      e = dist[B & dm]; l = e & 15;
      if (!l) fail('invalid code');
      B >>>= l; C -= l;
      if (!(e = DB[e >> 4])) fail('invalid distance code');
      for (l = e & 15; C < l; C += 8) B |= buf[P++] << C;
      from = O - (e >> 4) - (B & ((1 << l) - 1)); B >>>= l; C -= l;
      if (from < 0) fail('invalid distance');
      if (O + n > lim) { op = O; room(n); lim = (o = out).length; }
      if (n > 4 && from + n <= O) { o.copyWithin(O, from, from + n); O += n; } // no overlap
      else for (end = O + n; O < end;) o[O++] = o[from++];
    }
    bb = B; bc = C; pos = P; op = O;
  }

  do {
    last = bits(1);
    type = bits(2);
    if (type == 0) { // stored: byte-align, LEN, NLEN, then LEN raw bytes
      bits(bc & 7);
      n = bits(16);
      if (n != (bits(16) ^ 0xffff)) fail('invalid stored block length');
      pos -= bc >> 3; bb = bc = 0; // give back the whole buffered bytes
      overrun(pos + n, 0);
      room(n);
      out.set(buf.subarray(pos, pos += n), op);
      op += n;
      continue;
    }
    if (type == 3) fail('invalid block type');
    if (type == 1) { // fixed codes
      for (i = 0; i < 320; i++) lens[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : i < 288 ? 8 : 5;
      nl = 288; nd = 32;
    } else { // dynamic: code-length code, then literal/length and distance code lengths
      nl = bits(5) + 257; nd = bits(5) + 1; n = bits(4) + 4;
      if (nl > 286 || nd > 30) fail('too many length or distance codes');
      for (i = 0; i < 19; i++) lens[ORDER[i]] = i < n ? bits(3) : 0;
      b = build(clen, lens, 0, 19);
      for (i = 0; i < nl + nd;) {
        fill(7);
        e = clen[bb & b]; s = e >> 4;
        if (!(e &= 15)) fail('invalid code');
        bb >>>= e; bc -= e;
        if (s < 16) { lens[i++] = s; continue; }
        n = s == 16 ? 3 + bits(2) : s == 17 ? 3 + bits(3) : 11 + bits(7);
        if ((s == 16 && !i) || i + n > nl + nd) fail('invalid code lengths');
        for (e = s == 16 ? lens[i - 1] : 0; n--;) lens[i++] = e;
      }
      if (!lens[256]) fail('no end-of-block code');
    }
    codes(build(lit, lens, 0, nl), build(dist, lens, nl, nd));
  } while (!last);

  overrun(pos, bc);
  if (sized && op < outputSize) fail('output shorter than outputSize');
  return sized ? out : new Uint8Array(out.subarray(0, op));
}
