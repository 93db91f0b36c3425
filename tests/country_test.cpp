// Country levels, remote work, companies outside their data and bonuses when paid, on the
// tiny fixture (ES: measured level factors, KE: borrowed ones; Hooli: a US-only company of
// size L; remote_reference US).
#include <cmath>

#include "estimate.h"
#include "helpers.h"

using nlohmann::json;
using salary::Profile;

namespace {

using test::tiny;

Profile profile(double years, const char* country = "US") {
  Profile p;
  p.dataset = "tiny";
  p.years = years;
  p.country = country;
  p.currency = "USD";
  return p;
}

salary::Estimate ok_estimate(const Profile& p) {
  salary::Result<salary::Estimate> r = salary::estimate(tiny(), p);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().message));
  return r.value();
}

bool has_warning(const salary::Estimate& e, const std::string& code) {
  for (const auto& w : e.warnings) {
    if (w.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("level factors scale the cells a country falls back to, level by level") {
  // "*" cells: junior p50 50k (anchor 2 years), senior 100k (anchor 8); ES factors 0.5, 0.6.
  CHECK(ok_estimate(profile(2, "ES")).base.p50 == doctest::Approx(50000 * 0.5));
  CHECK(ok_estimate(profile(8, "ES")).base.p50 == doctest::Approx(100000 * 0.6));
  // Half way between the anchors both the cells and the factors interpolate in log space.
  const salary::Estimate mid = ok_estimate(profile(5, "ES"));
  CHECK(mid.base.p50 == doctest::Approx(std::sqrt(50000 * 0.5 * 100000 * 0.6)));
  REQUIRE(mid.factors.size() == 1);
  CHECK(mid.factors[0].id == "country");
  CHECK(mid.factors[0].multiplier == doctest::Approx(std::sqrt(0.5 * 0.6)));
}

TEST_CASE("a measured country level says whose cells it scales; its sample is the country's") {
  const salary::Estimate e = ok_estimate(profile(2, "ES"));
  CHECK(has_warning(e, "country_scaled"));
  CHECK_FALSE(has_warning(e, "country_level_borrowed"));
  CHECK(e.n == 500);
  CHECK(e.sample_basis == "country");
  CHECK(e.confidence == "medium");  // another place's cells: never "high"
}

TEST_CASE("a country's own cell without reports rests on the country's level: its sample is the country's") {
  // Spain given cells of its own, the junior one without reports (a level its reports do not
  // reach, which the market pipeline fills from the country's level and curve).
  json pack = test::tiny_pack();
  for (const char* level : {"junior", "senior"}) {
    json cell = pack["cells"][0];
    cell["country"] = "ES";
    cell["level"] = level;
    cell["n"] = std::string(level) == "junior" ? 0 : 1;
    pack["cells"].push_back(cell);
  }
  const salary::DataPack spain = test::parsed(pack.dump());
  const salary::Estimate junior = salary::estimate(spain, profile(2, "ES")).value();
  CHECK(junior.n == 500);
  CHECK(junior.sample_basis == "country");
  CHECK(junior.confidence == "medium");
  CHECK_FALSE(has_warning(junior, "sample_unknown"));  // the source does give sample sizes
  const salary::Estimate senior = salary::estimate(spain, profile(8, "ES")).value();
  CHECK(senior.n == 1);  // one report is a sample of one
  CHECK(senior.sample_basis == "reports");
  // A cell without reports in a country without a measured level (the US, the reference):
  // none at this level, not an unknown size, as its source counts reports elsewhere.
  json us_pack = test::tiny_pack();
  for (json& cell : us_pack["cells"]) {
    if (cell["country"] == "US" && cell["level"] == "senior") cell["n"] = 0;
  }
  const salary::DataPack us_zero = test::parsed(us_pack.dump());
  const salary::Estimate none = salary::estimate(us_zero, profile(8, "US")).value();
  CHECK(none.n == 0);
  CHECK(none.sample_basis == "reports");
  CHECK(none.confidence == "low");
  CHECK_FALSE(has_warning(none, "sample_unknown"));
  // A pack whose cells say no size (n 0, a source's published claims) still says so.
  Profile us = profile(2, "US");
  us.dataset = "article-2019";
  const salary::DataPack article = test::parsed(test::data_file("article-2019.json"));
  CHECK(has_warning(salary::estimate(article, us).value(), "sample_unknown"));
}

TEST_CASE("counts in messages: no reports, 1 report, 5 reports") {
  json pack = test::tiny_pack();
  for (json& c : pack["countries"]) {
    if (c["id"] == "KE") c["remote"]["n"] = 0;
  }
  Profile p = profile(2, "KE");
  p.employer = salary::kEmployerUsRemote;
  const auto message = [&](const json& pk, const std::string& code) {
    const salary::DataPack kenya = test::parsed(pk.dump());
    const salary::Estimate e = salary::estimate(kenya, p).value();
    for (const auto& w : e.warnings) {
      if (w.code == code) return w.message;
    }
    return std::string();
  };
  CHECK(message(pack, "remote_borrowed").find("(no reports)") != std::string::npos);
  for (json& c : pack["countries"]) {
    if (c["id"] == "KE") c["remote"]["n"] = 1;
  }
  CHECK(message(pack, "remote_borrowed").find("(1 report)") != std::string::npos);
  p.employer = salary::kEmployerLocal;
  for (json& c : pack["countries"]) {
    if (c["id"] == "KE") c["n"] = 1;
  }
  CHECK(message(pack, "country_level_borrowed").find("(1 answer or report)") != std::string::npos);
}

TEST_CASE("a borrowed country level is said in the estimate, with low confidence") {
  const salary::Estimate e = ok_estimate(profile(2, "KE"));
  CHECK(has_warning(e, "country_level_borrowed"));
  CHECK(e.confidence == "low");
  CHECK(e.n == 5);
  for (const auto& w : e.warnings) {
    if (w.code == "country_level_borrowed") {
      CHECK(w.message ==
            "Little local pay data for Kenya (5 answers and reports): its pay level is estimated "
            "from its region and price level, not measured.");
    }
  }
}

TEST_CASE("remote work for a US employer: the US cells times the country's remote factor") {
  Profile p = profile(2, "ES");
  p.employer = salary::kEmployerUsRemote;
  const salary::Estimate e = ok_estimate(p);
  CHECK(e.employer == "us-remote");
  CHECK(e.base.p50 == doctest::Approx(100000 * 0.7));  // US junior cell x 0.7
  REQUIRE(e.factors.size() == 1);
  CHECK(e.factors[0].id == "remote");
  CHECK(e.factors[0].label == "Remote for an employer in United States, from Spain");
  CHECK(e.n == 40);
  CHECK(e.sample_basis == "remote");
  CHECK(e.confidence == "medium");
  // The default is local pay, which differs.
  CHECK(ok_estimate(profile(2, "ES")).base.p50 != doctest::Approx(e.base.p50));
}

TEST_CASE("remote figures that rest on few reports say so") {
  Profile p = profile(2, "KE");
  p.employer = salary::kEmployerUsRemote;
  const salary::Estimate e = ok_estimate(p);
  CHECK(has_warning(e, "remote_borrowed"));
  CHECK(e.confidence == "low");
}

TEST_CASE("remote from the reference country itself is local pay, with a warning") {
  Profile p = profile(2, "US");
  p.employer = salary::kEmployerUsRemote;
  const salary::Estimate e = ok_estimate(p);
  CHECK(e.employer == "local");
  CHECK(has_warning(e, "remote_is_local"));
  CHECK(e.base.p50 == doctest::Approx(100000));
}

TEST_CASE("remote from a country without remote figures is an error naming the employer") {
  Profile p = profile(2, "FR");
  p.employer = salary::kEmployerUsRemote;
  const salary::Result<salary::Estimate> r = salary::estimate(tiny(), p);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "no_data");
  CHECK(r.error().field == "employer");
  CHECK(r.error().message == "employer: dataset tiny has no figures for remote work from France");
}

TEST_CASE("remote pay ignores the city, with a warning") {
  Profile local = profile(2, "ES");
  local.city = "es-madrid";
  CHECK(ok_estimate(local).base.p50 == doctest::Approx(50000 * 0.5 * 1.1));
  Profile remote = local;
  remote.employer = salary::kEmployerUsRemote;
  const salary::Estimate e = ok_estimate(remote);
  CHECK(has_warning(e, "remote_city_ignored"));
  CHECK(e.city.empty());
  CHECK(e.base.p50 == doctest::Approx(100000 * 0.7));
}

TEST_CASE("a company factor never applies outside the countries of its data") {
  Profile us = profile(2, "US");
  us.company = "hooli";
  const salary::Estimate in_us = ok_estimate(us);
  CHECK(in_us.base.p50 == doctest::Approx(100000 * 1.3));
  CHECK(in_us.company == "hooli");

  Profile es = profile(2, "ES");
  es.company = "hooli";
  const salary::Estimate in_es = ok_estimate(es);
  CHECK(has_warning(in_es, "company_outside_data"));
  for (const auto& f : in_es.factors) CHECK(f.id != "company");
  // Hooli is large: outside its data the size factor of L applies instead.
  CHECK(in_es.company_size == "L");
  CHECK(in_es.base.p50 == doctest::Approx(50000 * 0.5 * 1.1));

  Profile remote = profile(2, "ES");
  remote.company = "hooli";
  remote.employer = salary::kEmployerUsRemote;
  CHECK(has_warning(ok_estimate(remote), "company_outside_data"));
}

TEST_CASE("a named company implies its size; another size given is not used, with a warning") {
  Profile p = profile(2, "US");
  p.company = "hooli";
  p.company_size = "S";
  const salary::Estimate e = ok_estimate(p);
  CHECK(has_warning(e, "company_size_implied"));
  CHECK(e.company_size == "L");
  CHECK(e.base.p50 == doctest::Approx(100000 * 1.3));  // no size factor next to a company factor
}

TEST_CASE("bonus when paid: the level's incidence and its share of the median base") {
  const salary::Estimate e = ok_estimate(profile(2, "US"));
  REQUIRE(e.bonus_paid.has_value());
  CHECK(e.bonus_paid->incidence == doctest::Approx(0.4));
  CHECK(e.bonus_paid->p25 == doctest::Approx(100000 * 0.05));
  CHECK(e.bonus_paid->p50 == doctest::Approx(100000 * 0.1));
  CHECK(e.bonus_paid->p75 == doctest::Approx(100000 * 0.15));
  // Between the anchors, linear in years; at a large company, the large-company incidence.
  Profile large = profile(5, "US");
  large.company = "hooli";
  const salary::Estimate l = ok_estimate(large);
  CHECK(l.bonus_paid->incidence == doctest::Approx(0.65));
  CHECK(l.bonus_paid->p50 == doctest::Approx(l.base.p50 * 0.15));
}

TEST_CASE("employer must be local or us-remote; absent, null or empty means local") {
  for (const json& value : {json(nullptr), json(""), json("local")}) {
    const auto p = salary::parse_profile(json{{"years", 3}, {"employer", value}});
    REQUIRE(p.ok());
    CHECK(p.value().employer == "local");
  }
  const auto bad = salary::parse_profile(json{{"years", 3}, {"employer", "remote"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == "invalid_value");
  CHECK(bad.error().field == "employer");
  CHECK(bad.error().message == "employer: must be \"local\" or \"us-remote\", got \"remote\"");
  const auto typed = salary::parse_profile(json{{"years", 3}, {"employer", 1}});
  REQUIRE_FALSE(typed.ok());
  CHECK(typed.error().code == "invalid_type");
}

TEST_CASE("level factors must name every level of the pack, and only those") {
  json doc = test::tiny_pack();
  doc["countries"][4]["level_factors"].erase("senior");
  auto r = salary::parse_data_pack(doc.dump());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "missing_field");
  CHECK(r.error().field == "/countries/4/level_factors/senior");

  doc = test::tiny_pack();
  doc["countries"][4]["level_factors"]["guru"] = 2;
  r = salary::parse_data_pack(doc.dump());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "unknown_id");
  CHECK(r.error().field == "/countries/4/level_factors/guru");

  doc = test::tiny_pack();
  doc["countries"][4]["remote"]["factor"] = 0;
  r = salary::parse_data_pack(doc.dump());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "not_positive");
  CHECK(r.error().field == "/countries/4/remote/factor");

  doc = test::tiny_pack();
  doc["companies"][2]["countries"] = {"JP"};
  r = salary::parse_data_pack(doc.dump());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "unknown_id");
  CHECK(r.error().field == "/companies/2/countries/0");

  doc = test::tiny_pack();
  doc["levels"][0]["bonus"]["incidence"] = 1.5;
  r = salary::parse_data_pack(doc.dump());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "out_of_range");
  CHECK(r.error().field == "/levels/0/bonus/incidence");
}
