// A small LZMA decoder, built to its own tiny wasm (web/CMakeLists.txt: lzma_decoder) that
// web/lzma.js instantiates synchronously to unpack the main module's wasm before it starts.
// The algorithm is the LZMA SDK's reference decoder (LzmaSpec.cpp). Why LZMA and why in wasm:
// LZMA stores the wasm and its data packs 20% smaller than deflate (78 KB -> 63 KB), and range
// decoding works on 32-bit unsigned numbers, which JS engines box (as heap numbers) in cold,
// unoptimised code: a JS decoder took ~50 ms for what this one does in a few.
//
// No libc, no allocation: the caller lays out the memory (input, output, probabilities) and
// every read, write and match distance is checked, so corrupt input gives an error code.
#include <cstdint>

namespace {

constexpr std::uint32_t kTop = 1u << 24;

struct Decoder {
  const std::uint8_t* in;
  std::uint32_t in_pos, in_len;
  std::uint32_t range, code;
  std::uint16_t* p;
  bool overrun;

  std::uint8_t next() {
    if (in_pos >= in_len) {
      overrun = true;
      return 0;
    }
    return in[in_pos++];
  }
  __attribute__((always_inline)) void normalize() {
    if (range < kTop) {
      range <<= 8;
      code = (code << 8) | next();
    }
  }
  // One bit of probability p[i]: inlined, with normalize(), where literals are decoded, which
  // is most of the bits; a call everywhere else, as -Oz makes it. Unpacking the element's 199 KB
  // of wasm in Node: 9.1 -> 7.0 ms once optimised, 15-17 -> 12.5-14 ms in its first call (a
  // fresh page's), for 120 bytes of the bundles gzipped.
  __attribute__((always_inline)) unsigned literal_bit(std::uint32_t i) {
    const std::uint32_t prob = p[i], bound = (range >> 11) * prob;
    unsigned b;
    if (code < bound) {
      range = bound;
      p[i] = static_cast<std::uint16_t>(prob + ((2048 - prob) >> 5));
      b = 0;
    } else {
      range -= bound;
      code -= bound;
      p[i] = static_cast<std::uint16_t>(prob - (prob >> 5));
      b = 1;
    }
    normalize();
    return b;
  }
  __attribute__((noinline)) unsigned bit(std::uint32_t i) { return literal_bit(i); }
  // A bit tree, most significant bit first.
  std::uint32_t tree(std::uint32_t base, unsigned bits) {
    std::uint32_t m = 1;
    for (unsigned i = 0; i < bits; ++i) m = (m << 1) | bit(base + m);
    return m - (1u << bits);
  }
  // A bit tree, least significant bit first.
  std::uint32_t reverse(std::uint32_t base, unsigned bits) {
    std::uint32_t m = 1, symbol = 0;
    for (unsigned i = 0; i < bits; ++i) {
      const unsigned b = bit(base + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  }
  // Bits of probability one half.
  std::uint32_t direct(unsigned bits) {
    std::uint32_t result = 0;
    for (; bits > 0; --bits) {
      range >>= 1;
      const std::uint32_t b = code >= range ? 1 : 0;
      code -= range & (0u - b);
      result = (result << 1) | b;
      normalize();
    }
    return result;
  }
  // A match length, 2-273: a choice, then 8 low, 8 middle or 256 high lengths.
  std::uint32_t length(std::uint32_t base, std::uint32_t pos_state) {
    if (!bit(base)) return 2 + tree(base + 2 + (pos_state << 3), 3);
    if (!bit(base + 1)) return 10 + tree(base + 130 + (pos_state << 3), 3);
    return 18 + tree(base + 258, 8);
  }
};

// The probability models after the literals' (0x300 << (lc + lp)) probabilities, one region
// each: offsets from the end of the literals, and how many there are in all.
constexpr std::uint32_t kIsRep = 192, kIsRepG0 = kIsRep + 12, kIsRepG1 = kIsRepG0 + 12,
                        kIsRepG2 = kIsRepG1 + 12, kIsRep0Long = kIsRepG2 + 12,
                        kPosSlot = kIsRep0Long + 192, kPosSpecial = kPosSlot + 256,
                        kAlign = kPosSpecial + 115, kLen = kAlign + 16, kRepLen = kLen + 514,
                        kModels = kRepLen + 514;

}  // namespace

/// How many 16-bit probabilities lzma_decode needs as work space for the properties byte
/// `props` (0 for properties that are not valid).
extern "C" std::uint32_t lzma_work_size(std::uint32_t props) {
  return props < 225 ? (0x300u << (props % 9 + props / 9 % 5)) + kModels : 0;
}

/// Decodes `in` ([properties byte][range-coded data], as tools/bundle.js stores it) into
/// exactly `size` bytes at `out`, using `probs` (lzma_work_size(in[0]) entries) as work space;
/// web/lzma.js lays out the memory. Returns 0, or 1 for corrupt or truncated input.
extern "C" int lzma_decode(const std::uint8_t* in, std::uint32_t in_len, std::uint8_t* out,
                           std::uint32_t size, std::uint16_t* probs) {
  if (in_len < 6 || in[0] >= 225 || in[1] != 0) return 1;
  const std::uint32_t lc = in[0] % 9, lp = in[0] / 9 % 5, pb = in[0] / 45;
  const std::uint32_t is_match = 0x300u << (lc + lp), is_rep = is_match + kIsRep,
                      is_rep_g0 = is_match + kIsRepG0, is_rep_g1 = is_match + kIsRepG1,
                      is_rep_g2 = is_match + kIsRepG2, is_rep0_long = is_match + kIsRep0Long,
                      pos_slot = is_match + kPosSlot, pos_special = is_match + kPosSpecial,
                      align = is_match + kAlign, len = is_match + kLen,
                      rep_len = is_match + kRepLen, end = is_match + kModels;
  for (std::uint32_t i = 0; i < end; ++i) probs[i] = 1024;

  Decoder d{in, 2, in_len, 0xffffffffu, 0, probs, false};
  for (int i = 0; i < 4; ++i) d.code = (d.code << 8) | d.next();
  if (d.code == d.range) return 1;

  std::uint32_t state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, pos = 0;
  const std::uint32_t pb_mask = (1u << pb) - 1, lp_mask = (1u << lp) - 1;
  while (pos < size) {
    if (d.overrun) return 1;
    const std::uint32_t pos_state = pos & pb_mask;
    if (!d.bit(is_match + (state << 4) + pos_state)) {
      // A literal, coded with the previous byte's top lc bits as context (and, right after a
      // match, with the byte at the last distance).
      const std::uint32_t prev = pos > 0 ? out[pos - 1] : 0;
      const std::uint32_t base = 0x300u * (((pos & lp_mask) << lc) + (prev >> (8 - lc)));
      std::uint32_t symbol = 1;
      if (state >= 7) {
        std::uint32_t match_byte = out[pos - rep0 - 1];
        do {
          const std::uint32_t match_bit = (match_byte >> 7) & 1;
          match_byte <<= 1;
          const unsigned b = d.bit(base + ((1 + match_bit) << 8) + symbol);
          symbol = (symbol << 1) | b;
          if (match_bit != b) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) symbol = (symbol << 1) | d.literal_bit(base + symbol);
      out[pos++] = static_cast<std::uint8_t>(symbol - 0x100);
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    std::uint32_t n;
    if (d.bit(is_rep + state)) {
      if (pos == 0) return 1;
      if (!d.bit(is_rep_g0 + state)) {
        if (!d.bit(is_rep0_long + (state << 4) + pos_state)) {  // one byte at the last distance
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          ++pos;
          continue;
        }
      } else {
        std::uint32_t dist;
        if (!d.bit(is_rep_g1 + state)) {
          dist = rep1;
        } else {
          if (!d.bit(is_rep_g2 + state)) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      n = d.length(rep_len, pos_state);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      n = d.length(len, pos_state);
      state = state < 7 ? 7 : 10;
      const std::uint32_t slot = d.tree(pos_slot + ((n < 5 ? n - 2 : 3) << 6), 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const unsigned bits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) << bits;
        if (slot < 14) {
          rep0 += d.reverse(pos_special + rep0 - slot, bits);
        } else {
          rep0 += d.direct(bits - 4) << 4;
          rep0 += d.reverse(align, 4);
        }
      }
      if (rep0 >= pos) return 1;  // before the start (or the end marker, too early)
    }
    if (n > size - pos) return 1;
    for (std::uint32_t from = pos - rep0 - 1; n > 0; --n) out[pos++] = out[from++];
  }
  return d.overrun ? 1 : 0;
}
