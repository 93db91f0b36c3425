// The JSON contract the JS API exposes: results, error values and pack loading.
#include <algorithm>
#include <limits>
#include <set>

#include "helpers.h"

using nlohmann::json;

namespace {

salary::Library tiny_library() {
  salary::Library lib;
  REQUIRE(salary::load_data_pack(lib, json(test::tiny_pack().dump()))["ok"] == true);
  return lib;
}

}  // namespace

TEST_CASE("estimate() returns the documented result shape") {
  const salary::Library lib = tiny_library();
  const json r = salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}, {"city", "us-seattle"}});
  REQUIRE(r["ok"] == true);
  for (const char* key : {"dataset", "tier", "level", "years", "role", "country", "city", "company",
                          "currency", "base", "bonus", "total", "factors", "sample", "warnings"}) {
    CAPTURE(key);
    CHECK(r.contains(key));
  }
  for (const char* q : {"p10", "p25", "p50", "p75", "p90", "mean"}) CHECK(r["base"].contains(q));
  CHECK(r["sample"] == json({{"n", 150}, {"basis", "reports"}, {"confidence", "high"}}));
  CHECK(r["factors"][0] == json({{"id", "city"},
                                 {"label", "Seattle, WA"},
                                 {"multiplier", 1.2},
                                 {"source", "Invented figures for tests"}}));
  CHECK(r["company"].is_null());
}

TEST_CASE("an unknown dataset is an error naming the dataset field") {
  const salary::Library lib = tiny_library();
  const json r = salary::estimate(lib, {{"dataset", "nope"}, {"years", 2}});
  CHECK(r == json({{"ok", false},
                   {"error",
                    {{"code", "unknown_id"},
                     {"field", "dataset"},
                     {"message", "dataset: \"nope\" is not loaded (loaded: tiny)"}}}}));
}

TEST_CASE("tiers() returns three results, or three copies of the profile's error") {
  const salary::Library lib = tiny_library();
  const json ok = salary::tiers(lib, {{"dataset", "tiny"}});  // years are not needed here
  REQUIRE(ok.size() == 3);
  CHECK(salary::tiers(lib, {{"dataset", "tiny"}, {"years", "six"}}) == ok);  // and ignored
  CHECK(ok[0]["tier"] == "entry");
  CHECK(ok[2]["tier"] == "senior");
  const json bad = salary::tiers(lib, {{"dataset", "tiny"}, {"role", 5}});
  REQUIRE(bad.size() == 3);
  CHECK(bad[1]["error"]["field"] == "role");
}

TEST_CASE("curve() rejects years that are not numbers") {
  const salary::Library lib = tiny_library();
  const json profile = {{"dataset", "tiny"}, {"years", 2}};
  CHECK(salary::curve(lib, profile, 0, 20).size() == 41);
  CHECK(salary::curve(lib, profile, "0", 20)["error"]["field"] == "fromYears");
  CHECK(salary::curve(lib, profile, 0, nullptr)["error"]["code"] == "invalid_type");
}

TEST_CASE("a rejected pack leaves the loaded packs untouched; a valid one replaces by id") {
  salary::Library lib = tiny_library();
  const json before = salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}});

  json bad = test::tiny_pack();
  bad["cells"][0]["base"]["p50"] = -1;
  const json rejected = salary::load_data_pack(lib, json(bad.dump()));
  CHECK(rejected["ok"] == false);
  CHECK(rejected["error"]["field"] == "/cells/0/base/p50");
  CHECK(salary::load_data_pack(lib, json(42))["error"]["code"] == "invalid_type");
  CHECK(salary::load_data_pack(lib, json("{\"schema_version\":"))["error"]["code"] ==
        "invalid_json");
  CHECK(lib.packs.size() == 1);
  CHECK(salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}}) == before);

  json doubled = test::tiny_pack();
  for (json& cell : doubled["cells"]) {
    for (const char* d : {"base", "bonus", "total"}) {
      for (auto& [k, v] : cell[d].items()) v = v.get<double>() * 2;
    }
  }
  CHECK(salary::load_data_pack(lib, json(doubled.dump())) == json({{"ok", true}, {"id", "tiny"}}));
  CHECK(lib.packs.size() == 1);
  CHECK(salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}})["base"]["p50"] == 200000);
}

TEST_CASE("catalog() merges the packs' lists and lists the tiers") {
  const salary::Library lib = test::committed_library();
  const json c = salary::catalog(lib);
  REQUIRE(c["datasets"].size() == 2);
  CHECK(c["datasets"][0]["id"] == "article-2019");
  CHECK(c["datasets"][1]["id"] == "market");
  for (const json& d : c["datasets"]) {
    CHECK_FALSE(d["asOf"].get<std::string>().empty());
    CHECK_FALSE(d["sources"].empty());
  }
  std::set<std::string> roles;
  for (const json& r : c["roles"]) {
    roles.insert(r["id"].get<std::string>());
    CHECK(r["titles"].is_array());
  }
  for (const char* id : {"ml-engineer", "data-scientist", "deep-learning-engineer",
                         "research-scientist", "applied-scientist", "ai-engineer",
                         "mlops-engineer", "data-engineer", "data-analyst", "research-engineer"}) {
    CAPTURE(id);
    CHECK(roles.count(id) == 1);
  }
  std::set<std::string> market_levels;
  for (const json& l : c["levels"]) {
    if (l["dataset"] == "market") market_levels.insert(l["id"].get<std::string>());
  }
  CHECK(market_levels == std::set<std::string>{"EN", "MI", "SE", "EX"});
  CHECK(c["tiers"] == json::parse(R"([
    {"id": "entry", "fromYears": 0.0, "toYears": 5.0, "typicalYears": 2.0},
    {"id": "mid", "fromYears": 5.0, "toYears": 10.0, "typicalYears": 7.0},
    {"id": "senior", "fromYears": 10.0, "toYears": null, "typicalYears": 12.0}])"));
  CHECK(c["countries"].size() >= 10);
  // Each dataset lists the ids it has, so a form can offer only those.
  CHECK(c["datasets"][0]["roles"] == json::array({"ml-engineer"}));
  CHECK(c["datasets"][0]["countries"] == json::array({"US"}));
  CHECK(c["datasets"][1]["roles"].size() == 10);
  CHECK(c["datasets"][1]["companySizes"] == json::array({"S", "M", "L"}));
  REQUIRE(c["companySizes"].size() == 3);
  CHECK(c["companySizes"][0].contains("labelZh"));
  CHECK(std::find(c["currencies"].begin(), c["currencies"].end(), "EUR") != c["currencies"].end());
}

TEST_CASE("percentile() places an offer among base or total pay, and checks its arguments") {
  const salary::Library lib = tiny_library();
  const json profile = {{"dataset", "tiny"}, {"years", 2}};
  const json base = salary::percentile(lib, profile, 100000, nullptr);
  CHECK(base["ok"] == true);
  CHECK(base["component"] == "base");
  CHECK(base["percentile"].get<double>() == doctest::Approx(50).epsilon(1e-4));
  CHECK(salary::percentile(lib, profile, 105000, "total")["percentile"].get<double>() ==
        doctest::Approx(50).epsilon(1e-4));
  CHECK(salary::percentile(lib, profile, "100k", nullptr)["error"]["field"] == "amount");
  CHECK(salary::percentile(lib, profile, -5, nullptr)["error"]["code"] == "out_of_range");
  CHECK(salary::percentile(lib, profile, 100000, "bonus")["error"]["field"] == "component");
  CHECK(salary::percentile(lib, {{"years", -1}}, 100000, nullptr)["error"]["field"] == "years");
}
