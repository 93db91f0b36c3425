// Found by fuzzing (tests/fuzz/datapack_fuzz): a pack whose factors are each valid (finite,
// > 0) can multiply to infinity, or to 0, for one profile. The estimate is then an error
// naming the dataset, never Infinity or 0 handed to the page.
#include <cmath>

#include "estimate.h"
#include "helpers.h"

namespace {

using nlohmann::json;

json with_factors(double city, double company) {
  json pack = test::tiny_pack();
  pack["cities"][0]["factor"] = city;
  for (json& c : pack["companies"]) c["factor"] = company;
  return pack;
}

const json kSeattleAcme = {{"dataset", "tiny"},
                           {"years", 3},
                           {"country", "US"},
                           {"city", "us-seattle"},
                           {"company", "acme"}};

}  // namespace

TEST_CASE("factors whose product overflows give an out_of_range error, not infinity") {
  struct Case {
    const char* name;
    double city, company;
  };
  const Case cases[] = {{"overflow", 1e300, 1e300}, {"underflow to 0", 1e-300, 1e-300}};
  for (const Case& c : cases) {
    CAPTURE(c.name);
    salary::Library lib;
    const json loaded = salary::load_data_pack(lib, json(with_factors(c.city, c.company).dump()));
    REQUIRE_MESSAGE(loaded["ok"] == true, loaded.dump());  // each factor alone is valid
    const json r = salary::estimate(lib, kSeattleAcme);
    CHECK(r["ok"] == false);
    CHECK(r["error"]["code"] == "out_of_range");
    CHECK(r["error"]["field"] == "dataset");
    CHECK(r["error"]["message"] ==
          "dataset: tiny gives figures out of range for this profile (its factors or amounts are "
          "too large or too small)");
    // The same pack still answers profiles that do not multiply the extreme factors together.
    const json plain =
        salary::estimate(lib, {{"dataset", "tiny"}, {"years", 3}, {"country", "US"}});
    CHECK(plain["ok"] == true);
    const json t = salary::tiers(lib, kSeattleAcme);
    for (const json& tier : t) CHECK(tier["error"]["code"] == "out_of_range");
    CHECK(salary::curve(lib, kSeattleAcme, json(0), json(20))["error"]["code"] == "out_of_range");
  }
}

TEST_CASE("large but finite factors still give finite estimates") {
  salary::Library lib;
  REQUIRE(salary::load_data_pack(lib, json(with_factors(1e6, 1e6).dump()))["ok"] == true);
  const json r = salary::estimate(lib, kSeattleAcme);
  REQUIRE_MESSAGE(r["ok"] == true, r.dump());
  for (const char* key : {"p10", "p50", "p90", "mean"}) {
    CHECK(std::isfinite(r["total"][key].get<double>()));
    CHECK(r["total"][key].get<double>() > 1e12);
  }
}
