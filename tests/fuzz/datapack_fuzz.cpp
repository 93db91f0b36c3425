// libFuzzer target: arbitrary bytes as a data pack. parse_data_pack() and load_data_pack()
// must agree, never crash or throw, and a rejected pack must leave the library exactly as it
// was. A pack that is accepted is then used: every estimate, tier and curve from it must
// satisfy the invariants in check.h (validation is what makes estimate() safe to call).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "api.h"
#include "check.h"
#include "datapack.h"
#include "estimate.h"
#include "library.h"

namespace {

using nlohmann::json;

// Small packs, so that copying the library for each input stays cheap.
struct Baseline {
  salary::Library library = fuzz::library_of({fuzz::kArticlePack, fuzz::kTinyPack});
  json catalog = salary::catalog(library);
  json probe =
      json::array({salary::estimate(library, {{"dataset", "tiny"}, {"years", 6}}),
                   salary::estimate(library, {{"dataset", "article-2019"}, {"years", 6}})});
};

const Baseline& baseline() {
  static const Baseline instance;
  return instance;
}

json probe(const salary::Library& library) {
  return json::array({salary::estimate(library, {{"dataset", "tiny"}, {"years", 6}}),
                      salary::estimate(library, {{"dataset", "article-2019"}, {"years", 6}})});
}

// Uses an accepted pack the way the widget does, over a bounded sample of its ids.
void exercise(const salary::Library& library, const salary::DataPack& pack) {
  constexpr std::size_t kMaxIds = 4;
  json profile = {{"dataset", pack.id}};
  for (std::size_t r = 0; r < std::min(kMaxIds, pack.roles.size()); ++r) {
    profile["role"] = pack.roles[r].id;
    for (std::size_t c = 0; c < std::min(kMaxIds, pack.countries.size()); ++c) {
      profile["country"] = pack.countries[c].id;
      profile.erase("city");
      profile.erase("company");
      for (const salary::Level& level : pack.levels) {
        for (double years : {level.from_years, level.anchor_years}) {
          if (years >= 0 && years <= salary::kMaxYears) {
            profile["years"] = years;
            fuzz::check_estimate(salary::estimate(library, profile));
          }
        }
      }
      for (const salary::City& city : pack.cities) {
        if (city.country != pack.countries[c].id) continue;
        profile["city"] = city.id;
        break;
      }
      if (!pack.companies.empty())
        profile["company"] = pack.companies[c % pack.companies.size()].id;
      profile["years"] = 60;
      fuzz::check_estimate(salary::estimate(library, profile));
      fuzz::check_tiers(salary::tiers(library, profile));
      // One full-span curve per pack: 121 estimates is the costliest call there is.
      if (r == 0 && c == 0) fuzz::check_curve(salary::curve(library, profile, json(0), json(60)));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Baseline& base = baseline();
  const std::string text(reinterpret_cast<const char*>(data), size);

  const salary::Result<salary::DataPack> parsed = salary::parse_data_pack(std::string_view(text));
  salary::Library library = salary::copy_of(base.library);
  const json r = salary::load_data_pack(library, json(text));
  FUZZ_CHECK(r.is_object() && r.contains("ok") && r["ok"].is_boolean(), r);
  FUZZ_CHECK(r["ok"].get<bool>() == parsed.ok(), r);

  if (!parsed.ok()) {
    fuzz::check_error(r);
    FUZZ_CHECK(r["error"]["code"] == parsed.error().code, r);
    FUZZ_CHECK(r["error"]["field"] == parsed.error().field, r);
    FUZZ_CHECK(salary::catalog(library) == base.catalog, r);
    FUZZ_CHECK(probe(library) == base.probe, r);
    return 0;
  }
  FUZZ_CHECK(r["id"] == parsed.value().id, r);
  const std::size_t before = base.library.packs.size();
  FUZZ_CHECK(library.packs.size() == before || library.packs.size() == before + 1, r);
  exercise(library, parsed.value());
  return 0;
}
