// A JS value as the core sees it (core/value.h): its kind, and its number or text.
#pragma once

#include <emscripten/val.h>

#include <string>

#include "value.h"

namespace salary::web {

/// Objects and arrays are only named: api.js hands over plain copies, and the core never reads
/// inside them.
inline Value value_of(const emscripten::val& v) {
  const std::string type = v.typeOf().as<std::string>();
  if (type == "number") return Value::of_number(v.as<double>());
  if (type == "string") return Value::of_string(v.as<std::string>());
  if (type == "boolean") return {Value::Kind::kBoolean, 0, {}};
  if (v.isUndefined()) return {};
  if (v.isNull()) return {Value::Kind::kNull, 0, {}};
  if (type != "object") return {Value::Kind::kOther, 0, {}};
  const bool array = emscripten::val::global("Array").call<bool>("isArray", v);
  return {array ? Value::Kind::kArray : Value::Kind::kObject, 0, {}};
}

}  // namespace salary::web
