#include "value.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace salary {

std::string type_name(const Value& value) {
  switch (value.kind) {
    case Value::Kind::kAbsent:
    case Value::Kind::kNull: return "null";
    case Value::Kind::kObject: return "an object";
    case Value::Kind::kArray: return "an array";
    case Value::Kind::kString: return "a string";
    case Value::Kind::kBoolean: return "a boolean";
    case Value::Kind::kNumber:
      if (std::isnan(value.number)) return "NaN";
      if (std::isinf(value.number)) return value.number > 0 ? "Infinity" : "-Infinity";
      return "a number";
    case Value::Kind::kOther: break;
  }
  return "a value of an unsupported type";
}

namespace {

std::string digits_of(std::uint64_t m) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('0' + m % 10));
    m /= 10;
  } while (m != 0);
  return out;
}

// Unsigned integers of any size, in base 10^9 (least significant limb first): just enough
// arithmetic to write a double's exact decimal value and to compare it with other values.
class Big {
 public:
  explicit Big(std::uint64_t v) {
    do {
      limbs_.push_back(static_cast<std::uint32_t>(v % kBase));
      v /= kBase;
    } while (v != 0);
  }

  void multiply(std::uint32_t factor) {
    std::uint64_t carry = 0;
    for (std::uint32_t& limb : limbs_) {
      const std::uint64_t x = std::uint64_t{limb} * factor + carry;
      limb = static_cast<std::uint32_t>(x % kBase);
      carry = x / kBase;
    }
    for (; carry != 0; carry /= kBase) limbs_.push_back(static_cast<std::uint32_t>(carry % kBase));
  }
  // this * base^n, base <= 10, in steps that keep each product below 2^32.
  void multiply_power(std::uint32_t base, int n) {
    std::uint32_t step = 1;
    for (int i = 0; i < n; ++i) {
      if (step > 0xffffffffu / 10) {
        multiply(step);
        step = 1;
      }
      step *= base;
    }
    multiply(step);
  }

  std::string digits() const {
    std::string out = digits_of(limbs_.back());
    for (std::size_t i = limbs_.size() - 1; i-- > 0;) {
      const std::string part = digits_of(limbs_[i]);
      out += std::string(9 - part.size(), '0') + part;
    }
    return out;
  }

  friend int compare(const Big& a, const Big& b) {
    if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
    for (std::size_t i = a.limbs_.size(); i-- > 0;) {
      if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
    }
    return 0;
  }

 private:
  static constexpr std::uint32_t kBase = 1000000000;
  std::vector<std::uint32_t> limbs_;
};

// The decimal digits[0..] x 10^(exponent - index) rounded to `count` significant digits, half
// to even (the value is exact, so a tie is a true tie, as in printf).
void round_digits(std::string& digits, int& exponent, std::size_t count) {
  if (digits.size() <= count) return;
  const char next = digits[count];
  const bool rest_zero = digits.find_first_not_of('0', count + 1) == std::string::npos;
  const bool up = next > '5' || (next == '5' && (!rest_zero || (digits[count - 1] - '0') % 2 == 1));
  digits.resize(count);
  if (!up) return;
  std::size_t i = count;
  while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
  if (i == 0) {
    digits.insert(digits.begin(), '1');
    digits.pop_back();
    ++exponent;
  } else {
    ++digits[i - 1];
  }
}

// The significant digits `digits` (no leading zeros) times 10^(exponent - digits.size() + 1),
// laid out as printf's %g does below 1e-4 and from 1e21 up ("1e-05", "1e+21"), and in full in
// between, where %g would write a round number such as 70 as "7e+01" (JavaScript writes 70).
std::string g_layout(const std::string& digits, int exponent) {
  const int count = static_cast<int>(digits.size());
  if (exponent >= count && exponent < 21) return digits + std::string(exponent + 1 - count, '0');
  if (exponent < -4 || exponent >= count) {
    std::string out = digits.substr(0, 1);
    if (count > 1) out += "." + digits.substr(1);
    const int e = exponent < 0 ? -exponent : exponent;
    return out + (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + digits_of(e);
  }
  if (exponent < 0) return "0." + std::string(-exponent - 1, '0') + digits;
  if (exponent + 1 == count) return digits;
  return digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
}

}  // namespace

std::string quoted(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return "\"" + std::string(text) + "\"";
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;  // a continuation byte
  return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

std::string format_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  const std::string sign = std::signbit(value) ? "-" : "";
  const double v = std::fabs(value);
  if (v == 0) return sign + "0";

  // v = m * 2^e exactly, m whole (53 bits at most).
  int e = 0;
  auto m = static_cast<std::uint64_t>(std::ldexp(std::frexp(v, &e), 53));
  e -= 53;
  for (; e < -1074; ++e) m >>= 1;  // subnormal: fewer bits, spaced 2^-1074 apart
  // Its exact decimal digits: m * 2^e, or m * 5^-e / 10^-e.
  Big exact(m);
  e >= 0 ? exact.multiply_power(2, e) : exact.multiply_power(5, -e);
  const std::string all = exact.digits();
  const int exponent = static_cast<int>(all.size()) - 1 + (e < 0 ? e : 0);  // of the first digit

  // The numbers that read back as v lie between the midpoints to its neighbours, which are
  // (2m - 1) * 2^(e-1) and (2m + 1) * 2^(e-1), the lower one nearer when m is a power of two
  // above the smallest exponent (the gap below is half). A midpoint itself reads back as v when
  // m is even (ties go to even).
  const bool closer_below = m == (std::uint64_t{1} << 52) && e > -1074;
  const std::uint64_t low = closer_below ? 4 * m - 1 : 2 * m - 1, high = 2 * m + 1;
  const int low_shift = closer_below ? e - 2 : e - 1, high_shift = e - 1;
  // compare(digits x 10^q, k x 2^shift), both scaled to whole numbers.
  auto versus = [](const std::string& digits, int q, std::uint64_t k, int shift) {
    std::uint64_t whole = 0;  // 17 digits at most
    for (char c : digits) whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
    Big left(whole), right(k);
    if (q > 0) left.multiply_power(10, q); else right.multiply_power(10, -q);
    if (shift > 0) right.multiply_power(2, shift); else left.multiply_power(2, -shift);
    return compare(left, right);
  };

  for (std::size_t precision = 1;; ++precision) {
    std::string digits = all;
    int first = exponent;
    round_digits(digits, first, precision);
    const int q = first - static_cast<int>(digits.size()) + 1;  // of the last digit
    const int below = versus(digits, q, low, low_shift), above = versus(digits, q, high, high_shift);
    const bool even = m % 2 == 0;
    if ((below > 0 || (below == 0 && even)) && (above < 0 || (above == 0 && even))) {
      while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      return sign + g_layout(digits, first);
    }
  }
}

}  // namespace salary
