// Invariants the fuzz targets assert on every result of the JSON contract (core/api.h).
// A violated invariant aborts with the offending result, which libFuzzer saves as a crash.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace fuzz {

using nlohmann::json;

[[noreturn]] inline void fail(const char* what, const json& result) {
  std::fprintf(stderr, "fuzz invariant violated: %s\nresult: %s\n", what,
               result.dump(-1, ' ', true, json::error_handler_t::replace).substr(0, 4000).c_str());
  std::abort();
}

#define FUZZ_CHECK(cond, result)                \
  do {                                          \
    if (!(cond)) ::fuzz::fail(#cond, (result)); \
  } while (0)

inline bool is_text(const json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() &&
         !j[key].get_ref<const std::string&>().empty();
}

/// {ok: false, error: {code, field, message}}: every part present, and not an exception
/// that core caught ("internal" means core hit a throw it did not expect).
inline bool valid_utf8(const json& r) {
  try {
    (void)r.dump();  // throws on a string that is not UTF-8, such as a message cut mid-character
    return true;
  } catch (const json::exception&) {
    return false;
  }
}

inline void check_error(const json& r) {
  FUZZ_CHECK(r.is_object() && r.contains("error") && r["error"].is_object(), r);
  const json& e = r["error"];
  FUZZ_CHECK(is_text(e, "code") && is_text(e, "message"), r);
  FUZZ_CHECK(valid_utf8(r), r);
  FUZZ_CHECK(e.contains("field") && e["field"].is_string(), r);
  FUZZ_CHECK(e["code"] != "internal", r);
}

/// Percentiles are finite, not negative, and ordered p10 <= p25 <= p50 <= p75 <= p90.
inline void check_quantiles(const json& q, const json& r, bool with_mean) {
  FUZZ_CHECK(q.is_object(), r);
  double previous = 0;
  for (const char* key : {"p10", "p25", "p50", "p75", "p90"}) {
    FUZZ_CHECK(q.contains(key) && q[key].is_number(), r);
    const double v = q[key].get<double>();
    FUZZ_CHECK(std::isfinite(v) && v >= 0, r);
    FUZZ_CHECK(v >= previous * (1 - 1e-12), r);  // rounding of products may cost an ulp
    previous = v;
  }
  if (with_mean) {
    FUZZ_CHECK(q.contains("mean") && q["mean"].is_number(), r);
    FUZZ_CHECK(std::isfinite(q["mean"].get<double>()) && q["mean"].get<double>() >= 0, r);
  }
}

/// One estimate result (core/api.h estimate()).
inline void check_estimate(const json& r) {
  FUZZ_CHECK(r.is_object() && r.contains("ok") && r["ok"].is_boolean(), r);
  if (!r["ok"].get<bool>()) return check_error(r);
  FUZZ_CHECK(r["tier"] == "entry" || r["tier"] == "mid" || r["tier"] == "senior", r);
  FUZZ_CHECK(is_text(r, "currency") && is_text(r, "dataset") && is_text(r, "level"), r);
  check_quantiles(r["base"], r, true);
  check_quantiles(r["total"], r, true);
  // Bonus percentiles are interpolated one by one and may be 0: finite and >= 0 only.
  for (const char* key : {"p10", "p25", "p50", "p75", "p90", "mean"}) {
    FUZZ_CHECK(r["bonus"][key].is_number(), r);
    const double v = r["bonus"][key].get<double>();
    FUZZ_CHECK(std::isfinite(v) && v >= 0, r);
  }
  FUZZ_CHECK(r["factors"].is_array() && r["warnings"].is_array(), r);
  for (const json& f : r["factors"]) {
    FUZZ_CHECK(f["multiplier"].is_number() && std::isfinite(f["multiplier"].get<double>()) &&
                   f["multiplier"].get<double>() > 0,
               r);
  }
  const std::string& confidence = r["sample"]["confidence"].get_ref<const std::string&>();
  FUZZ_CHECK(confidence == "high" || confidence == "medium" || confidence == "low", r);
}

/// tiers(): always three results, entry, mid and senior when they succeed.
inline void check_tiers(const json& r) {
  FUZZ_CHECK(r.is_array() && r.size() == 3, r);
  const char* ids[] = {"entry", "mid", "senior"};
  for (std::size_t i = 0; i < 3; ++i) {
    check_estimate(r[i]);
    if (r[i]["ok"] == true) FUZZ_CHECK(r[i]["tier"] == ids[i], r);
  }
}

/// levers(): an error result, or levers with finite figures, largest gain first, one per id.
inline void check_levers(const json& r) {
  FUZZ_CHECK(r.is_object() && r.contains("ok"), r);
  if (r["ok"] == false) return check_error(r);
  FUZZ_CHECK(r["levers"].is_array() && r["levers"].size() <= 64, r);
  std::set<std::string> ids;
  double last = std::numeric_limits<double>::infinity();
  for (const json& l : r["levers"]) {
    FUZZ_CHECK(l["id"].is_string() && ids.insert(l["id"].get<std::string>()).second, r);
    FUZZ_CHECK(l["change"].is_object() && !l["change"].empty(), r);
    check_quantiles(l["total"], r, true);
    // (the validator holds every pay_months within 12-24)
    FUZZ_CHECK(l["payMonths"].is_number() && l["payMonths"] >= 12 && l["payMonths"] <= 24, r);
    FUZZ_CHECK(l["delta"].is_number() && std::isfinite(l["delta"].get<double>()), r);
    FUZZ_CHECK(l["deltaPercent"].is_number() && std::isfinite(l["deltaPercent"].get<double>()), r);
    FUZZ_CHECK(l["delta"].get<double>() <= last, r);
    last = l["delta"].get<double>();
  }
}

/// curve(): an error result, or at most 121 points every half year, ascending.
inline void check_curve(const json& r) {
  if (r.is_object()) {
    FUZZ_CHECK(r.contains("ok") && r["ok"] == false, r);
    return check_error(r);
  }
  FUZZ_CHECK(r.is_array() && !r.empty() && r.size() <= 121, r);
  for (std::size_t i = 0; i < r.size(); ++i) {
    FUZZ_CHECK(r[i]["years"].is_number(), r);
    if (i > 0) {
      // Every half year; the last step, to toYears itself, may be shorter.
      const double step = r[i]["years"].get<double>() - r[i - 1]["years"].get<double>();
      FUZZ_CHECK(i + 1 == r.size() ? step > 0 && step < 0.5 + 1e-9 : std::fabs(step - 0.5) < 1e-9, r);
    }
    check_quantiles(r[i]["base"], r, false);
    check_quantiles(r[i]["total"], r, false);
  }
}

}  // namespace fuzz
