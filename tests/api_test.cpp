// The JSON contract the JS API exposes: results, error values and pack loading.
#include <algorithm>
#include <limits>
#include <set>

#include "binpack.h"
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
  CHECK(salary::load_data_pack(lib, json(doubled.dump())) ==
        json({{"ok", true}, {"id", "tiny"}, {"replaced", true}}));
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

// Issue 11: tiers() copied the profile to set its years, and the copy of a field nested
// 100,000 deep overflowed the stack (under ASan). The profile is read, never copied.
TEST_CASE("a profile with a field nested 100,000 deep is read without recursion") {
  const salary::Library lib = tiny_library();
  nlohmann::json profile = {{"dataset", "tiny"}, {"years", 3}};
  for (const char* field : {"extra", "years"}) {
    nlohmann::json deep = nlohmann::json::array();
    // Built from the inside out by moves (no recursion), taken apart by nlohmann iteratively.
    for (int i = 0; i < 100000; ++i) {
      nlohmann::json outer = nlohmann::json::array();
      outer.push_back(std::move(deep));
      deep = std::move(outer);
    }
    profile[field] = std::move(deep);
  }
  const nlohmann::json t = salary::tiers(lib, profile);
  REQUIRE(t.is_array());
  CHECK(t[0]["ok"] == true);  // tiers() ignores the years
  CHECK(salary::curve(lib, profile, 0, 20).is_array());
  CHECK(salary::estimate(lib, profile)["error"]["field"] == "years");
  CHECK(salary::percentile(lib, profile, 1e5, "base")["error"]["field"] == "years");
}

TEST_CASE("a library holds at most kMaxPacks packs and kMaxLoadedBytes; removing one makes room") {
  salary::Library lib = tiny_library();
  json pack = test::tiny_pack();
  for (std::size_t i = 1; i < salary::kMaxPacks; ++i) {
    pack["id"] = "tiny-" + std::to_string(i);
    REQUIRE(salary::load_data_pack(lib, json(pack.dump()))["ok"] == true);
  }
  pack["id"] = "one-too-many";
  const json refused = salary::load_data_pack(lib, json(pack.dump()));
  CHECK(refused["error"]["code"] == "too_large");
  CHECK(refused["error"]["field"] == "jsonText");
  CHECK(lib.packs.size() == salary::kMaxPacks);
  pack["id"] = "tiny-3";  // replacing one is no new pack
  CHECK(salary::load_data_pack(lib, json(pack.dump()))["replaced"] == true);
  CHECK(salary::unload_data_pack(lib, "tiny-3") == json({{"ok", true}, {"id", "tiny-3"}, {"restored", false}}));
  pack["id"] = "one-too-many";
  CHECK(salary::load_data_pack(lib, json(pack.dump()))["ok"] == true);
  CHECK(salary::unload_data_pack(lib, "tiny-3")["error"]["code"] == "unknown_id");
  CHECK(salary::unload_data_pack(lib, 7)["error"]["field"] == "id");

  salary::Library big;
  REQUIRE(salary::add_pack(big, test::tiny(), salary::kMaxLoadedBytes - 10).ok());
  salary::DataPack other = test::tiny();
  other.id = "other";
  const auto too_big = salary::add_pack(big, other, 11);
  REQUIRE(!too_big.ok());
  CHECK(too_big.error().code == "too_large");
  CHECK(big.packs.size() == 1);
  CHECK(salary::add_pack(big, test::tiny(), 20).ok());  // a replacement counts its own bytes once
  CHECK(salary::add_pack(big, other, 11).ok());
}

TEST_CASE("a built-in pack replaced by a loaded one comes back when that one is removed") {
  salary::Library lib;
  const std::string bytes = salary::write_binary_pack(test::tiny());
  salary::load_builtin_packs(lib, {bytes});
  const json before = salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}});
  json doubled = test::tiny_pack();
  for (json& cell : doubled["cells"]) {
    for (auto& [k, v] : cell["base"].items()) v = v.get<double>() * 2;
    for (auto& [k, v] : cell["total"].items()) v = v.get<double>() * 2;
  }
  CHECK(salary::load_data_pack(lib, json(doubled.dump()))["replaced"] == true);
  CHECK(salary::load_data_pack(lib, json(doubled.dump()))["replaced"] == true);  // twice: the same original
  CHECK(salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}}) != before);
  CHECK(salary::unload_data_pack(lib, "tiny") == json({{"ok", true}, {"id", "tiny"}, {"restored", true}}));
  CHECK(salary::estimate(lib, {{"dataset", "tiny"}, {"years", 2}}) == before);
  const json again = salary::unload_data_pack(lib, "tiny");
  CHECK(again["error"]["code"] == "invalid_value");
  CHECK(again["error"]["message"] == "id: \"tiny\" is built in: it cannot be removed");
}

TEST_CASE("a pack's strings and nesting are bounded before anything is built from them") {
  json pack = test::tiny_pack();
  pack["roles"][0]["label"] = std::string(1001, 'x');
  auto error = salary::parse_data_pack(pack.dump());
  REQUIRE(!error.ok());
  CHECK(error.error().code == "too_large");
  CHECK(error.error().field == "/roles/0/label");
  pack = test::tiny_pack();
  pack["roles"][0]["titles"] = json::array({std::string(1001, 'x')});
  CHECK(salary::parse_data_pack(pack.dump()).error().field == "/roles/0/titles/0");
  // 4 million brackets: refused at depth 17, not built.
  const std::string deep = std::string(4000000, '[') + std::string(4000000, ']');
  error = salary::parse_data_pack(deep);
  REQUIRE(!error.ok());
  CHECK(error.error().code == "too_large");
  CHECK(error.error().message == "data pack: nested more than 16 levels deep (a pack needs 5)");
  pack = test::tiny_pack();
  pack["extra"] = json::parse(std::string(15, '[') + std::string(15, ']'));
  CHECK(salary::parse_data_pack(pack.dump()).ok());  // 16 with the pack itself: the deepest allowed
  pack["extra"] = json::parse(std::string(16, '[') + std::string(16, ']'));
  CHECK(salary::parse_data_pack(pack.dump()).error().code == "too_large");
  pack["extra"] = std::string(100, '[') + "\\\"{{{";  // brackets in a string do not count
  CHECK(salary::parse_data_pack(pack.dump()).ok());
}

// Found in review: 20,000 roles and 20,000 regions in 1.4 MB of JSON made an index of 1.6 GB.
TEST_CASE("a pack's lists are bounded, and so is its index") {
  json pack = test::tiny_pack();
  const json role = pack["roles"][0];
  for (int i = 0; i < 200; ++i) {
    json r = role;
    r["id"] = "role-" + std::to_string(i);
    pack["roles"].push_back(r);
  }
  const auto refused = salary::parse_data_pack(pack.dump());
  REQUIRE(!refused.ok());
  CHECK(refused.error().code == "too_large");
  CHECK(refused.error().field == "/roles");
  CHECK(refused.error().message == "/roles: more than 200 items");
  pack = test::tiny_pack();
  pack["countries"][4]["level_factors"][std::string(1001, 'k')] = 1;
  CHECK(salary::parse_data_pack(pack.dump()).error().field == "/countries/4/level_factors");
  // A binary pack is indexed without the JSON checks: the index refuses what would be too big.
  salary::DataPack big = test::tiny();
  const std::size_t slots = big.countries.size() + big.regions.size() + 1;
  big.roles.resize(1000000 / slots + 1, big.roles[0]);
  const auto error = salary::index_pack(big);
  REQUIRE(error);
  CHECK(error->code == "too_large");
  CHECK(error->field == "/roles");
}

TEST_CASE("levers() as JSON: the changed profile's figures, largest gain first, errors as values") {
  salary::Library lib = test::committed_library();
  const json r = salary::levers(lib, {{"years", 2}, {"country", "US"}});
  REQUIRE(r["ok"] == true);
  REQUIRE(r["levers"].size() >= 5);
  const json first = r["levers"][0];
  json changed = {{"years", 2}, {"country", "US"}};
  for (const auto& [k, v] : first["change"].items()) changed[k] = v;
  CHECK(salary::estimate(lib, changed)["total"] == first["total"]);
  CHECK(salary::estimate(lib, changed)["payMonths"] == first["payMonths"]);
  // China pays 13 monthly salaries a year; remote work for a US employer, 12.
  const json china = salary::levers(lib, {{"years", 6}, {"country", "CN"}});
  REQUIRE(china["ok"] == true);
  for (const json& lever : china["levers"]) {
    CHECK(lever["payMonths"] == (lever["id"] == "employer" || lever["id"] == "city" ? 12 : 13));
  }
  CHECK(salary::levers(lib, {{"years", "six"}}) == salary::estimate(lib, {{"years", "six"}}));
  CHECK(salary::estimate(lib, {{"years", 6}, {"city", "us-seattle"}})["purchasingPower"]["place"] ==
        "Seattle-Tacoma-Bellevue, WA");
}
