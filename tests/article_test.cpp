// The article-2019 pack reproduces the seed article's figures exactly, and the market pack
// gives ordered, plausible figures for every role and level.
#include "helpers.h"

#include <algorithm>

using nlohmann::json;

TEST_CASE("article-2019: base mean and total p90 are the article's figures, exactly") {
  const salary::Library lib = test::committed_library();
  const struct {
    double years;
    const char* tier;
    double base_mean;
    double total_p90;
  } cases[] = {
      {0, "entry", 97090, 130000},   {2, "entry", 97090, 130000},  {4.99, "entry", 97090, 130000},
      {5, "mid", 112095, 160000},    {9.99, "mid", 112095, 160000}, {10, "senior", 132500, 181000},
      {25, "senior", 132500, 181000},
  };
  for (const auto& c : cases) {
    CAPTURE(c.years);
    const json r = salary::estimate(
        lib, {{"dataset", "article-2019"}, {"years", c.years}, {"role", "ml-engineer"},
              {"country", "US"}});
    REQUIRE(r["ok"] == true);
    CHECK(r["tier"] == c.tier);
    CHECK(r["currency"] == "USD");
    CHECK(r["base"]["mean"].get<double>() == c.base_mean);
    CHECK(r["total"]["p90"].get<double>() == c.total_p90);
    CHECK(r["factors"].empty());
  }
  const json t = salary::tiers(lib, {{"dataset", "article-2019"}});
  CHECK(t[0]["base"]["mean"] == 97090);
  CHECK(t[1]["base"]["mean"] == 112095);
  CHECK(t[2]["base"]["mean"] == 132500);
}

TEST_CASE("market: every role and level gives ordered figures with total >= base") {
  const salary::Library lib = test::committed_library();
  const json catalog = salary::catalog(lib);
  for (const json& role : catalog["roles"]) {
    for (const char* country : {"US", "GB", "CA", "DE", "IN"}) {
      for (double years : {0.0, 1.0, 3.5, 7.5, 14.0, 30.0}) {
        CAPTURE(role["id"]);
        const std::string country_id = country;
        CAPTURE(country_id);
        CAPTURE(years);
        const json r = salary::estimate(
            lib, {{"years", years}, {"role", role["id"]}, {"country", country}, {"currency", "USD"}});
        REQUIRE(r["ok"] == true);
        const json& b = r["base"];
        const json& t = r["total"];
        CHECK(b["p10"] <= b["p25"]);
        CHECK(b["p25"] <= b["p50"]);
        CHECK(b["p50"] <= b["p75"]);
        CHECK(b["p75"] <= b["p90"]);
        for (const char* q : {"p10", "p25", "p50", "p75", "p90"}) CHECK(t[q] >= b[q]);
        // Plausible annual pay in USD, not noise: between 5k and 1.5M.
        CHECK(b["p50"].get<double>() > 5000);
        CHECK(b["p50"].get<double>() < 1500000);
      }
    }
  }
}

TEST_CASE("market: a US machine learning engineer is paid more with experience") {
  const salary::Library lib = test::committed_library();
  double previous = 0;
  for (double years = 0; years <= 20; years += 1) {
    const json r = salary::estimate(lib, {{"years", years}});
    REQUIRE(r["ok"] == true);
    CHECK(r["base"]["p50"].get<double>() >= previous);
    previous = r["base"]["p50"].get<double>();
  }
}

TEST_CASE("market: nobody is paid less with more experience, for any role in any country") {
  const salary::Library lib = test::committed_library();
  const json catalog = salary::catalog(lib);
  const json& market = catalog["datasets"][1];
  REQUIRE(market["id"] == "market");
  int profiles = 0;
  for (const json& role : market["roles"]) {
    for (const json& country : market["countries"]) {
      json previous;
      for (double years = 0; years <= 20; years += 1) {
        const json r = salary::estimate(
            lib, {{"years", years}, {"role", role}, {"country", country}, {"currency", "USD"}});
        REQUIRE(r["ok"] == true);
        if (!previous.is_null()) {
          for (const char* q : {"p10", "p25", "p50", "p75", "p90"}) {
            if (r["base"][q].get<double>() < previous["base"][q].get<double>() * (1 - 1e-9)) {
              FAIL_CHECK(role << " in " << country << ": base " << std::string(q) << " falls from "
                              << previous["base"][q] << " to " << r["base"][q] << " at " << years
                              << " years");
            }
          }
          CHECK(r["total"]["p50"].get<double>() >=
                previous["total"]["p50"].get<double>() * (1 - 1e-9));
        }
        previous = r;
        ++profiles;
      }
    }
  }
  CHECK(profiles == 10 * static_cast<int>(market["countries"].size()) * 21);
}

TEST_CASE("market: every country has a currency with a rate of its own, never a silent USD") {
  const salary::Library lib = test::committed_library();
  const json catalog = salary::catalog(lib);
  const json& market = catalog["datasets"][1];
  REQUIRE(market["countries"].size() >= 80);
  for (const json& country : catalog["countries"]) {
    CAPTURE(country["id"]);
    const json r = salary::estimate(lib, {{"years", 6}, {"country", country["id"]}});
    REQUIRE(r["ok"] == true);
    CHECK(r["currency"] == country["currency"]);
    bool listed = false;
    for (const json& c : market["currencies"]) listed = listed || c == country["currency"];
    CHECK(listed);
  }
}

TEST_CASE("market: at least 300 companies with sources; the seed article's seven resolve") {
  const salary::Library lib = test::committed_library();
  const salary::DataPack& pack = *lib.packs[1];
  REQUIRE(pack.id == "market");
  CHECK(pack.companies.size() >= 300);
  for (const salary::Company& c : pack.companies) {
    CAPTURE(c.id);
    CHECK(c.factor.has_value());
    CHECK(c.n >= 20);
    CHECK_FALSE(c.years.empty());
    CHECK((c.source == "perm" || c.source == "h1b"));
    CHECK(c.countries == std::vector<std::string>{"US"});
  }
  for (const char* id : {"apple", "intel", "meta", "linkedin", "spotify", "ibm", "google"}) {
    CAPTURE(id);
    const json r = salary::estimate(lib, {{"years", 6}, {"company", id}});
    REQUIRE(r["ok"] == true);
    CHECK(r["company"] == id);
    bool company_factor = false;
    for (const json& f : r["factors"]) company_factor = company_factor || f["id"] == "company";
    CHECK(company_factor);
  }
}

TEST_CASE("market: a company factor never applies outside the countries of its data") {
  const salary::Library lib = test::committed_library();
  const salary::DataPack& pack = *lib.packs[1];
  int checked = 0;
  for (const salary::Company& c : pack.companies) {
    for (const char* country : {"DE", "IN", "CN", "US"}) {
      const bool covered = std::find(c.countries.begin(), c.countries.end(), country) != c.countries.end();
      const json r = salary::estimate(lib, {{"years", 6}, {"company", c.id}, {"country", country}});
      REQUIRE(r["ok"] == true);
      bool applied = false, warned = false;
      for (const json& f : r["factors"]) applied = applied || f["id"] == "company";
      for (const json& w : r["warnings"]) warned = warned || w["code"] == "company_outside_data";
      CHECK(applied == covered);
      CHECK(warned == !covered);
      ++checked;
    }
  }
  CHECK(checked == 4 * static_cast<int>(pack.companies.size()));
}

TEST_CASE("market: remote work for a US employer pays more than local work outside the US") {
  const salary::Library lib = test::committed_library();
  for (const char* country : {"IN", "BR", "PL", "DE"}) {
    CAPTURE(country);
    const json local = salary::estimate(lib, {{"years", 6}, {"country", country}, {"currency", "USD"}});
    const json remote = salary::estimate(
        lib, {{"years", 6}, {"country", country}, {"currency", "USD"}, {"employer", "us-remote"}});
    REQUIRE(local["ok"] == true);
    REQUIRE(remote["ok"] == true);
    CHECK(remote["employer"] == "us-remote");
    CHECK(remote["total"]["p50"].get<double>() > local["total"]["p50"].get<double>());
  }
}

TEST_CASE("market: a measured country's own cells of few reports lean on its level") {
  const salary::Library lib = test::committed_library();
  const json de = salary::estimate(lib, {{"years", 7.5}, {"country", "DE"}});
  REQUIRE(de["ok"] == true);
  CHECK(de["sample"]["basis"] == "reports");
  CHECK(de["sample"]["n"].get<int>() < 30);
  CHECK(de["sample"]["confidence"] == "medium");
  const json jp = salary::estimate(lib, {{"years", 7.5}, {"country", "JP"}});
  CHECK(jp["sample"]["basis"] == "country");
  CHECK(jp["sample"]["confidence"] == "medium");
  const json ke = salary::estimate(lib, {{"years", 7.5}, {"country", "KE"}});
  CHECK(ke["sample"]["confidence"] == "low");
}
