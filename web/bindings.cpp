// embind glue: converts JS values to nlohmann::json and back, and forwards to core/api.h.
// Logic belongs in core; this file only adapts types.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <string>

#include "api.h"
#include "embedded_packs.h"

namespace {

using emscripten::val;
using nlohmann::json;

constexpr int kMaxDepth = 8;

// JS value -> JSON value. NaN and Infinity survive as numbers (core reports them by name);
// functions, symbols and bigints become a discarded value that core calls "unsupported".
json to_json(const val& v, int depth = 0) {
  const std::string type = v.typeOf().as<std::string>();
  if (type == "number") return json(v.as<double>());
  if (type == "string") return json(v.as<std::string>());
  if (type == "boolean") return json(v.as<bool>());
  if (v.isNull() || v.isUndefined()) return json(nullptr);
  if (type != "object" || depth >= kMaxDepth) return json(json::value_t::discarded);
  if (val::global("Array").call<bool>("isArray", v)) {
    json out = json::array();
    const unsigned length = v["length"].as<unsigned>();
    for (unsigned i = 0; i < length; ++i) out.push_back(to_json(v[i], depth + 1));
    return out;
  }
  json out = json::object();
  const val keys = val::global("Object").call<val>("keys", v);
  const unsigned length = keys["length"].as<unsigned>();
  for (unsigned i = 0; i < length; ++i) {
    const std::string key = keys[i].as<std::string>();
    const val item = v[key];
    if (!item.isUndefined()) out[key] = to_json(item, depth + 1);
  }
  return out;
}

val to_val(const json& j) {
  switch (j.type()) {
    case json::value_t::object: {
      val out = val::object();
      for (const auto& [key, item] : j.items()) out.set(key, to_val(item));
      return out;
    }
    case json::value_t::array: {
      val out = val::array();
      for (std::size_t i = 0; i < j.size(); ++i) out.set(i, to_val(j[i]));
      return out;
    }
    case json::value_t::string: return val(j.get_ref<const std::string&>());
    case json::value_t::boolean: return val(j.get<bool>());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return val(j.get<double>());
    default: return val::null();
  }
}

// One library per module instance: each createSalaryCore() call gets its own.
salary::Library& library() {
  static salary::Library instance = [] {
    salary::Library lib;
    for (const char* text : salary::embedded_packs()) salary::load_data_pack(lib, json(text));
    return lib;
  }();
  return instance;
}

std::string version() { return SALARY_VERSION; }
val catalog() { return to_val(salary::catalog(library())); }
val estimate(const val& profile) { return to_val(salary::estimate(library(), to_json(profile))); }
val tiers(const val& profile) { return to_val(salary::tiers(library(), to_json(profile))); }
val curve(const val& profile, const val& from, const val& to) {
  return to_val(salary::curve(library(), to_json(profile), to_json(from), to_json(to)));
}
val percentile(const val& profile, const val& amount, const val& component) {
  return to_val(salary::percentile(library(), to_json(profile), to_json(amount), to_json(component)));
}
val load_data_pack(const val& text) {
  return to_val(salary::load_data_pack(library(), to_json(text)));
}

}  // namespace

EMSCRIPTEN_BINDINGS(salary_core) {
  emscripten::function("version", &version);
  emscripten::function("catalog", &catalog);
  emscripten::function("estimate", &estimate);
  emscripten::function("tiers", &tiers);
  emscripten::function("curve", &curve);
  emscripten::function("percentile", &percentile);
  emscripten::function("loadDataPack", &load_data_pack);
}
