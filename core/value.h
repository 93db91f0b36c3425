// A value handed over by a caller (a JS value in the browser, a JSON value natively), reduced
// to what the core checks: its kind, and its number or text. No JSON library needed.
#pragma once

#include <string>
#include <string_view>

namespace salary {

struct Value {
  enum class Kind { kAbsent, kNull, kBoolean, kNumber, kString, kArray, kObject, kOther };

  Kind kind = Kind::kAbsent;
  double number = 0;  // when kind is kNumber
  std::string text;   // when kind is kString

  static Value of_number(double n) { return {Kind::kNumber, n, {}}; }
  static Value of_string(std::string s) { return {Kind::kString, 0, std::move(s)}; }
  bool is_missing() const { return kind == Kind::kAbsent || kind == Kind::kNull; }
};

/// "a string", "a number", "NaN", "null", ... for messages such as "must be a number, got a
/// string".
std::string type_name(const Value& value);

/// `text` in double quotes for a message, cut after at most `max_bytes` bytes (then "...") at
/// a character boundary, never inside a UTF-8 sequence.
/// Example: quoted("\u20ac\u20ac", 4) == "\"\u20ac...\"" (one euro sign of three bytes)
std::string quoted(std::string_view text, std::size_t max_bytes = 40);

/// The shortest text that reads back as the same number ("5", "4.99", "70", "1e-07",
/// "60.300000000000004"): the digits "%.*g" gives at the smallest precision that round-trips,
/// in its form, except that a number from 1 up to 1e21 is written in full ("70", not "7e+01").
/// Exact for every double (big-integer arithmetic, no printf).
std::string format_number(double value);

}  // namespace salary
