// Data packs are validated as a whole, and each problem is named by code and JSON path.
#include <cmath>
#include <limits>

#include "helpers.h"

using nlohmann::json;

TEST_CASE("the tiny fixture pack is valid") {
  const salary::DataPack pack = test::parsed(test::tiny_pack().dump());
  CHECK(pack.id == "tiny");
  CHECK(pack.levels.size() == 2);
  CHECK(pack.cells.size() == 6);
  CHECK_FALSE(pack.levels[1].to_years.has_value());
}

TEST_CASE("the committed packs are valid") {
  for (const char* name : {"article-2019.json", "market.json"}) {
    const std::string pack_name = name;
    CAPTURE(pack_name);
    salary::Result<salary::DataPack> pack = salary::parse_data_pack(test::data_file(name));
    CHECK_MESSAGE(pack.ok(), (pack.ok() ? "" : pack.error().message));
  }
}

struct BadPack {
  const char* what;
  const char* pointer;  // JSON pointer of the value to change ("" = replace the whole text)
  json value;           // the new value; a discarded json removes the key
  const char* code;
  const char* path;
};

TEST_CASE("each validation error has its code and JSON path") {
  const json removed(json::value_t::discarded);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const BadPack cases[] = {
      {"wrong schema version", "/schema_version", 2, "unsupported_schema", "/schema_version"},
      {"schema version as text", "/schema_version", "1", "invalid_type", "/schema_version"},
      {"missing id", "/id", removed, "missing_field", "/id"},
      {"id with capitals", "/id", "Tiny", "invalid_value", "/id"},
      {"unknown years model", "/years_model", "cubic", "invalid_value", "/years_model"},
      {"sources not a list", "/sources", "made-up", "invalid_type", "/sources"},
      {"duplicate role id", "/roles/1", {{"id", "ml-engineer"}, {"label", "x"}, {"titles", json::array()}},
       "duplicate_id", "/roles/1/id"},
      {"duplicate level id", "/levels/1/id", "junior", "duplicate_id", "/levels/1/id"},
      {"levels with a gap", "/levels/1/from_years", 6, "invalid_value", "/levels/1/from_years"},
      {"anchor outside its level", "/levels/0/anchor_years", 7, "invalid_value",
       "/levels/0/anchor_years"},
      {"last level closed", "/levels/1/to_years", 40, "invalid_value", "/levels/1/to_years"},
      {"country code too long", "/countries/0/id", "USA", "invalid_value", "/countries/0/id"},
      {"country currency unknown", "/countries/1/currency", "JPY", "unknown_id",
       "/countries/1/currency"},
      {"role id a profile cannot name", "/roles/0/id", "ML_Eng", "invalid_value", "/roles/0/id"},
      {"city id with a space", "/cities/0/id", "us seattle", "invalid_value", "/cities/0/id"},
      {"country in an unknown region", "/countries/0/region", "asia", "unknown_id",
       "/countries/0/region"},
      {"too many pay months", "/countries/2/pay_months", 30, "invalid_value",
       "/countries/2/pay_months"},
      {"region id shaped like a country code", "/regions/0/id", "EU", "invalid_value",
       "/regions/0/id"},
      {"former city id with a space", "/cities/0/former_id", "us 42660", "invalid_value",
       "/cities/0/former_id"},
      {"former city id that is another city's id", "/cities/0/former_id", "es-madrid", "duplicate_id",
       "/cities/0/former_id"},
      {"former city id that is its own id", "/cities/0/former_id", "us-seattle", "duplicate_id",
       "/cities/0/former_id"},
      {"one former id for two cities", "/cities/1/former_id", "us-42660", "duplicate_id",
       "/cities/1/former_id"},
      {"zero price level", "/cities/0/price_level/value", 0, "not_positive", "/cities/0/price_level/value"},
      {"price level from an unknown source", "/countries/0/price_level/source", "nowhere", "unknown_id",
       "/countries/0/price_level/source"},
      {"price level without a year", "/countries/0/price_level/year", removed, "missing_field",
       "/countries/0/price_level/year"},
      {"city in an unknown country", "/cities/0/country", "JP", "unknown_id", "/cities/0/country"},
      {"zero city factor", "/cities/0/factor", 0, "not_positive", "/cities/0/factor"},
      {"negative company factor", "/companies/0/factor", -1, "not_positive",
       "/companies/0/factor"},
      {"company in an unknown tier", "/companies/0/tier", "startup", "unknown_id",
       "/companies/0/tier"},
      {"company size other than S, M, L", "/company_sizes/0/id", "XL", "invalid_value",
       "/company_sizes/0/id"},
      {"zero exchange rate", "/currencies/1/per_usd", 0, "not_positive", "/currencies/1/per_usd"},
      {"pack currency without a rate", "/currency", "GBP", "unknown_id", "/currency"},
      {"unknown source", "/cities/0/source", "nowhere", "unknown_id", "/cities/0/source"},
      {"negative base pay", "/cells/0/base/p10", -5, "not_positive", "/cells/0/base/p10"},
      {"zero base mean", "/cells/0/base/mean", 0, "not_positive", "/cells/0/base/mean"},
      {"NaN base pay", "/cells/0/base/p50", nan, "invalid_type", "/cells/0/base/p50"},
      {"pay as text", "/cells/0/base/p50", "100000", "invalid_type", "/cells/0/base/p50"},
      {"unordered percentiles", "/cells/0/base/p75", 95000, "unordered_percentiles",
       "/cells/0/base/p75"},
      {"negative bonus", "/cells/0/bonus/p10", -1, "not_positive", "/cells/0/bonus/p10"},
      {"total below base", "/cells/0/total/p50", 99000, "total_below_base", "/cells/0/total/p50"},
      {"missing distribution", "/cells/1/total", removed, "missing_field", "/cells/1/total"},
      {"cell for an unknown role", "/cells/0/role", "astronaut", "unknown_id", "/cells/0/role"},
      {"cell for an unknown level", "/cells/0/level", "guru", "unknown_id", "/cells/0/level"},
      {"fractional sample size", "/cells/0/n", 1.5, "invalid_value", "/cells/0/n"},
      {"duplicate cell", "/cells/1/level", "junior", "duplicate_id", "/cells/1"},
      {"a cell moved onto an existing key", "/cells/3/country", "US", "duplicate_id", "/cells/3"},
  };
  for (const BadPack& c : cases) {
    const std::string what = c.what;
    CAPTURE(what);
    json doc = test::tiny_pack();
    const json::json_pointer ptr(c.pointer);
    if (c.value.is_discarded()) {
      doc.at(ptr.parent_pointer()).erase(ptr.back());
    } else {
      doc[ptr] = c.value;
    }
    // NaN cannot be written as JSON text: nlohmann writes null, which is a type error.
    salary::Result<salary::DataPack> pack = salary::parse_data_pack(doc.dump());
    REQUIRE_FALSE(pack.ok());
    CHECK(pack.error().code == c.code);
    CHECK(pack.error().field == c.path);
    CHECK(pack.error().message.rfind(c.path, 0) == 0);  // the message starts with the path
  }
}

TEST_CASE("a missing level of a country group is reported") {
  json doc = test::tiny_pack();
  doc["cells"].erase(1);  // US senior
  salary::Result<salary::DataPack> pack = salary::parse_data_pack(doc.dump());
  REQUIRE_FALSE(pack.ok());
  CHECK(pack.error().code == "missing_cell");
  CHECK(pack.error().message == "/cells: no cell for role ml-engineer, country US, level senior");
}

TEST_CASE("text that is not a whole JSON object is rejected") {
  const std::string full = test::tiny_pack().dump();
  const struct {
    std::string text;
    const char* code;
  } cases[] = {
      {full.substr(0, full.size() / 2), "invalid_json"},
      {"", "invalid_json"},
      {"[1, 2, 3]", "invalid_type"},
      {"null", "invalid_type"},
      {"{\"schema_version\": 1}", "missing_field"},
      {std::string(9 * 1024 * 1024, ' '), "too_large"},
  };
  for (const auto& c : cases) {
    const std::string code = c.code;
    CAPTURE(code);
    salary::Result<salary::DataPack> pack = salary::parse_data_pack(c.text);
    REQUIRE_FALSE(pack.ok());
    CHECK(pack.error().code == c.code);
  }
}
