// libFuzzer target: arbitrary bytes -> JSON (no exceptions) -> the profile functions of the
// JSON contract (estimate, tiers, curve) against the committed packs and the test fixture.
// Every result must satisfy the invariants in check.h; no input may crash or throw.
//
// Input forms: a profile value (any JSON, usually an object), or [profile, fromYears, toYears]
// to drive curve() with arbitrary bounds as well.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "api.h"
#include "check.h"
#include "library.h"

namespace {

using nlohmann::json;

const salary::Library& library() {
  static const salary::Library instance =
      fuzz::library_of({fuzz::kArticlePack, fuzz::kMarketPack, fuzz::kTinyPack});
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const salary::Library& lib = library();
  // Any nesting the input holds (as deep as its bytes allow) and any UTF-8: the core reads only
  // the fields it knows and must not recurse into the others. An invalid text gives a
  // discarded value, which core must reject like any other non-object.
  const json input = json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);

  const bool curve_form = input.is_array() && input.size() == 3;
  const json& profile = curve_form ? input[0] : input;
  fuzz::check_estimate(salary::estimate(lib, profile));
  fuzz::check_tiers(salary::tiers(lib, profile));
  fuzz::check_levers(salary::levers(lib, profile));
  fuzz::check_curve(salary::curve(lib, profile, json(0), json(20)));
  if (curve_form) {
    const json points = salary::curve(lib, profile, input[1], input[2]);
    fuzz::check_curve(points);
    // It ends at toYears itself.
    if (points.is_array()) FUZZ_CHECK(points.back()["years"] == input[2].get<double>() + 0.0, points);
  }
  return 0;
}
