#include "value.h"

#include <cmath>
#include <cstdint>

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

// Powers of ten held exactly by a double.
double exact_power_of_ten(int k) {
  double p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

std::string digits_of(std::uint64_t m) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('0' + m % 10));
    m /= 10;
  } while (m != 0);
  return out;
}

// printf's %g layout of the significant digits `digits` (no leading zeros) times
// 10^(exponent - digits.size() + 1): scientific below 1e-4 and from 10^(digits) up.
std::string g_layout(const std::string& digits, int exponent) {
  const int count = static_cast<int>(digits.size());
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

std::string format_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  const std::string sign = std::signbit(value) ? "-" : "";
  const double v = std::fabs(value);
  if (v == 0) return sign + "0";
  // The fewest decimals k with m / 10^k == v for a whole m: m's digits are the shortest text.
  constexpr double kExactWhole = 9007199254740992.0;  // 2^53
  for (int k = 0; k <= 22; ++k) {
    const double scale = exact_power_of_ten(k);
    const double m = std::nearbyint(v * scale);
    if (m >= kExactWhole) break;
    if (m / scale != v) continue;
    std::uint64_t whole = static_cast<std::uint64_t>(m);
    int exponent = -k;  // of the last digit
    while (whole % 10 == 0) {
      whole /= 10;
      ++exponent;
    }
    const std::string digits = digits_of(whole);
    return sign + g_layout(digits, exponent + static_cast<int>(digits.size()) - 1);
  }
  // Very large or very small: the fewest significant digits that read back, in double
  // arithmetic (may differ from printf in the last digit).
  const int exponent = static_cast<int>(std::floor(std::log10(v)));
  for (int precision = 1; precision <= 17; ++precision) {
    // Two steps, so that the scale stays finite next to the smallest doubles.
    const double half = std::pow(10.0, (precision - 1 - exponent) / 2);
    const double scale = half * std::pow(10.0, precision - 1 - exponent - (precision - 1 - exponent) / 2);
    const double m = std::nearbyint(v * half * (scale / half));
    if (m / scale == v || precision == 17) {
      std::string digits = digits_of(static_cast<std::uint64_t>(m));
      int e = exponent + static_cast<int>(digits.size()) - precision;
      while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      return sign + g_layout(digits, e);
    }
  }
  return sign + "0";  // not reached
}

}  // namespace salary
