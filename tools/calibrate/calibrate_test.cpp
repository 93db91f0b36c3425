// Unit tests of the calibration pipeline's building blocks (no raw data needed).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "bonus.h"
#include "companies.h"
#include "country_levels.h"
#include "csv.h"
#include "market.h"
#include "market_model.h"
#include "pack_json.h"
#include "raw_data.h"
#include "stackoverflow.h"
#include "stats.h"
#include "worldbank.h"

using namespace calibrate;

TEST_CASE("the CSV reader keeps quoted commas, quotes and line breaks inside one field") {
  const CsvTable t = parse_csv("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\r\n", "t.csv");
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0][1] == "x, \"y\"\nz");
  CHECK(t.rows[0][2] == "3");
}

TEST_CASE("the CSV reader drops a UTF-8 byte order mark and passes Chinese text through") {
  const CsvTable t = parse_csv(
      "\xEF\xBB\xBF"
      "city,pay\n北京,25K\n",
      "t.csv");
  CHECK(t.column("city") == 0);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0][0] == "北京");
}

TEST_CASE("the CSV reader counts rows with a wrong field count and skips blank lines") {
  const CsvTable t = parse_csv("a,b\n1,2\n\n3\n4,5,6\n7,8", "t.csv");
  CHECK(t.rows.size() == 2);
  CHECK(t.malformed_rows == 2);
  CHECK(t.rows[1][1] == "8");
}

TEST_CASE("the CSV reader rejects an unterminated quoted field") {
  CHECK_THROWS_AS((void)parse_csv("a\n\"open", "t.csv"), std::runtime_error);
}

TEST_CASE("numbers parse whole fields only, whatever the locale") {
  CHECK(*parse_number(" 97090.0") == 97090.0);
  CHECK(*parse_number("1e3") == 1000.0);
  CHECK_FALSE(parse_number("").has_value());
  CHECK_FALSE(parse_number("15000+-").has_value());
  CHECK_FALSE(parse_number("1,5").has_value());
  CHECK_FALSE(parse_number("nan").has_value());
}

TEST_CASE("quantiles interpolate linearly between order statistics (type 7)") {
  CHECK(quantile_sorted({1, 2, 3, 4}, 0.5) == doctest::Approx(2.5));
  CHECK(quantile_sorted({1, 2, 3, 4}, 0.1) == doctest::Approx(1.3));
  CHECK(quantile_sorted({7}, 0.9) == 7);
  const Quantiles q = quantiles({10, 0, 5});
  CHECK(q[0] == doctest::Approx(1.0));
  CHECK(q[2] == doctest::Approx(5.0));
}

TEST_CASE("the normal quantile is symmetric and matches known values") {
  CHECK(normal_quantile(0.9) == doctest::Approx(kZ90).epsilon(1e-8));
  CHECK(normal_quantile(0.1) == doctest::Approx(-kZ90).epsilon(1e-8));
  CHECK(normal_quantile(0.5) == doctest::Approx(0.0));
  CHECK(normal_quantile(0.01) == doctest::Approx(-2.3263479).epsilon(1e-6));
}

TEST_CASE("money rounds to whole units and factors to four decimals") {
  CHECK(round_money(97089.5) == 97090);
  CHECK(round_factor(1.23456) == doctest::Approx(1.2346));
}

TEST_CASE("a cell's total is never below its base and its bonus never negative") {
  const Quantiles lq = {std::log(90000.0), std::log(110000.0), std::log(140000.0),
                        std::log(180000.0), std::log(240000.0)};
  const CellMoney m = cell_money(lq, {0.0, 0.0, 0.05, 0.1, 0.3}, 99);
  CHECK(m.base.q[2] == 140000);
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(m.total.q[i] >= m.base.q[i]);
    CHECK(m.bonus.q[i] >= 0);
    if (i > 0) CHECK(m.total.q[i] >= m.total.q[i - 1]);
  }
  // E[total] = E[base] (1 + mean share), mean share = 0.09.
  CHECK(static_cast<double>(m.total.mean) == doctest::Approx(m.base.mean * 1.09).epsilon(1e-5));
}

TEST_CASE("without bonus data a cell's total equals its base") {
  const Quantiles lq = {11.0, 11.2, 11.5, 11.8, 12.0};
  const CellMoney m = cell_money(lq, {}, 99);
  CHECK(m.bonus.mean == 0);
  CHECK(m.total.mean == m.base.mean);
}

TEST_CASE("widening by tau = 0 changes nothing; a positive tau widens and keeps the median") {
  const Quantiles lq = {11.0, 11.3, 11.5, 11.7, 12.0};
  CHECK(widened(lq, 0) == lq);
  const Quantiles w = widened(lq, 0.2);
  CHECK(w[2] == doctest::Approx(11.5).epsilon(1e-3));
  CHECK(w[0] < lq[0]);
  CHECK(w[4] > lq[4]);
  for (std::size_t i = 1; i < w.size(); ++i) CHECK(w[i] > w[i - 1]);
}

TEST_CASE("the pinball loss is zero at the truth's own quantiles and grows away from them") {
  const Quantiles q = {1, 1, 1, 1, 1};
  CHECK(pinball(q, 1) == doctest::Approx(0));
  // y above every quantile by 1: mean of the ranks = 0.5.
  CHECK(pinball(q, 2) == doctest::Approx(0.5));
  // y below by 1: mean of (1 - rank) = 0.5.
  CHECK(pinball(q, 0) == doctest::Approx(0.5));
}

TEST_CASE("round_significant keeps the given significant figures and is monotone") {
  CHECK(round_significant(171417, 3) == 171000);
  CHECK(round_significant(6736, 3) == 6740);
  CHECK(round_significant(999, 3) == 999);
  CHECK(round_significant(99950, 3) == 100000);
  CHECK(round_significant(0, 3) == 0);
  std::int64_t previous = 0;
  for (std::int64_t x = 0; x < 2000000; x += 997) {
    const std::int64_t r = round_significant(x, 3);
    CHECK(r >= previous);
    previous = r;
  }
}

TEST_CASE("isotonic regression pools falling runs into their weighted mean") {
  CHECK(isotonic_regression({1, 3, 2}, {1, 1, 1}) == std::vector<double>{1, 2.5, 2.5});
  // Already non-decreasing: unchanged (ties are not pooled).
  CHECK(isotonic_regression({1, 2, 2, 5}, {1, 4, 2, 1}) == std::vector<double>{1, 2, 2, 5});
  // A violation that spreads backwards: (3, 1) pools to 2, which then pools with 4 before it.
  const auto x = isotonic_regression({0, 4, 3, 1}, {1, 1, 1, 2});
  CHECK(x[0] == doctest::Approx(0));
  for (std::size_t i = 1; i < 4; ++i) CHECK(x[i] == doctest::Approx((4 + 3 + 2.0) / 4));
  // Weights pull the pooled value toward the heavier point.
  const auto y = isotonic_regression({10, 4}, {3, 1});
  CHECK(y[0] == doctest::Approx(8.5));
  CHECK(y[1] == doctest::Approx(8.5));
  CHECK_THROWS_AS((void)isotonic_regression({1, 2}, {1}), std::invalid_argument);
  CHECK_THROWS_AS((void)isotonic_regression({1, 2}, {1, 0}), std::invalid_argument);
}

TEST_CASE("make_levels_monotone: no quantile falls with the level, weights are n + k") {
  // SE -> EX falls; EX has no reports of its own, so it weighs k = 20 against SE's 80 + 20.
  LevelCells cells(4);
  cells[0] = {{10.8, 11.0, 11.2, 11.4, 11.6}, 50};
  cells[1] = {{11.0, 11.2, 11.4, 11.6, 11.8}, 100};
  cells[2] = {{11.3, 11.5, 11.7, 11.9, 12.1}, 80};
  cells[3] = {{11.0, 11.2, 11.4, 11.6, 11.8}, 0};
  make_levels_monotone(cells, 20);
  for (std::size_t r = 0; r < kRanks.size(); ++r) {
    CAPTURE(r);
    CHECK(cells[0].lq[r] == doctest::Approx(10.8 + 0.2 * static_cast<double>(r)));
    CHECK(cells[1].lq[r] == doctest::Approx(11.0 + 0.2 * static_cast<double>(r)));
    // (100 * (11.3 + 0.2 r) + 20 * (11.0 + 0.2 r)) / 120 = 11.25 + 0.2 r.
    CHECK(cells[2].lq[r] == doctest::Approx(11.25 + 0.2 * static_cast<double>(r)));
    CHECK(cells[3].lq[r] == doctest::Approx(cells[2].lq[r]));
  }
  CHECK(cells[3].n == 0);  // report counts are kept
}

TEST_CASE("make_levels_monotone keeps every cell's percentiles ordered") {
  // Pseudo-random groups (fixed LCG, so the test is deterministic) whose ranks fall across
  // levels in different places, so the pooled blocks differ between ranks.
  std::uint64_t state = 12345;
  auto uniform = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / 9007199254740992.0;
  };
  for (int trial = 0; trial < 2000; ++trial) {
    LevelCells cells(4);
    for (auto& c : cells) {
      double v = 10.5 + uniform();
      for (double& q : c.lq) {
        q = v;
        v += 0.01 + 0.4 * uniform();
      }
      c.n = static_cast<std::size_t>(uniform() * 60);
    }
    make_levels_monotone(cells, 20);
    for (std::size_t l = 0; l < cells.size(); ++l) {
      for (std::size_t r = 0; r < kRanks.size(); ++r) {
        if (r > 0) REQUIRE(cells[l].lq[r] > cells[l].lq[r - 1]);
        if (l > 0) REQUIRE(cells[l].lq[r] >= cells[l - 1].lq[r]);
      }
    }
  }
}

TEST_CASE("oews_drift: mean log growth of the SOC medians into the year, over the SOCs with both") {
  // A folder of its own per run, removed whatever the checks do.
  struct TempDir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("calibrate_test_oews_" + std::to_string(std::random_device{}()));
    ~TempDir() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  } dir;
  std::filesystem::create_directories(dir.path / "bls");
  {
    std::ofstream f(dir.path / "bls" / "oews.csv", std::ios::binary);
    f << "SURVEY_YEAR,OCC_CODE,A_MEDIAN\r\n"
         "2022,15-1221,100000\r\n2022,15-1252,200000\r\n2022,15-2051,100000\r\n"
         "2023,15-1221,110000\r\n2023,15-1252,190000\r\n2023,15-2051,#\r\n";
  }
  MarketOptions opt;
  opt.oews_file = "bls/oews.csv";
  opt.city_socs = {"15-1221", "15-1252"};
  const double both = (std::log(1.1) + std::log(0.95)) / 2;
  CHECK(oews_drift(dir.path, opt, 2023) == doctest::Approx(both).epsilon(1e-12));
  // 15-2051 is top-coded ("#") in 2023: it is left out, the others still count.
  opt.city_socs.push_back("15-2051");
  CHECK(oews_drift(dir.path, opt, 2023) == doctest::Approx(both).epsilon(1e-12));
  // No SOC has both years (no 2021 rows), or no SOC is asked for: an error, not 0 or NaN.
  CHECK_THROWS_AS(static_cast<void>(oews_drift(dir.path, opt, 2022)), std::runtime_error);
  opt.city_socs = {"15-2051"};
  CHECK_THROWS_AS(static_cast<void>(oews_drift(dir.path, opt, 2023)), std::runtime_error);
  opt.city_socs.clear();
  CHECK_THROWS_AS(static_cast<void>(oews_drift(dir.path, opt, 2023)), std::runtime_error);
}

// ---- Readers and models of local pay (Stack Overflow, World Bank, PERM) ----

namespace {

/// Inputs with the three mapping tables these readers use, small enough to read at a glance.
ProjectInputs small_inputs() {
  ProjectInputs in;
  in.so_countries = {{"Germany", "DE"}, {"India", "IN"}, {"United States of America", "US"}};
  in.so_dev_groups = {{"Developer, back-end", "developer"},
                      {"Data scientist or machine learning specialist", "ml"},
                      {"Engineering manager", "excluded"}};
  in.perm_soc_groups = {{"15-1252", "software"}, {"15-2051", "data"}};
  return in;
}

}  // namespace

TEST_CASE("the Stack Overflow reader maps countries and dev types, and skips what it cannot read") {
  const CsvTable t = parse_csv(
      "response_id,employment,country,currency,comp_total,converted_comp_yearly,years_code_pro,dev_type\n"
      "1,,Germany,EUR European Euro,60000,64450,5,\"Developer, back-end\"\n"
      "2,\"Employed, full-time\",India,\"INR\tIndian rupee\",2000000,23926,Less than 1 year,"
      "Data scientist or machine learning specialist\n"
      "3,,Atlantis,XXX Gold,1,1,3,\"Developer, back-end\"\n"
      "4,,Germany,EUR European Euro,,n/a,5,\"Developer, back-end\"\n"
      "5,,Germany,EUR European Euro,1,1,3,\n"
      "6,,Germany,EUR European Euro,1,1,More than 50 years,Engineering manager\n",
      "so.csv");
  std::map<std::string, std::size_t> skipped;
  const auto answers = read_so_answers(t, small_inputs(), skipped);
  REQUIRE(answers.size() == 3);
  CHECK(answers[0].country == "DE");
  CHECK(answers[0].currency == "EUR");
  CHECK(answers[0].usd == 64450);
  CHECK(answers[1].currency == "INR");  // a tab after the code, not a space
  CHECK(answers[1].years == 0);
  CHECK(answers[1].group == "ml");
  CHECK(answers[2].years == 51);
  CHECK(answers[2].group == "excluded");
  CHECK(skipped["country not in the catalog"] == 1);
  CHECK(skipped["unreadable years_code_pro or converted_comp_yearly"] == 1);
  CHECK(skipped["no dev_type"] == 1);
  // A dev type the mapping does not know needs a decision: an error, not a silent drop.
  const CsvTable unknown = parse_csv(
      "country,currency,comp_total,converted_comp_yearly,years_code_pro,dev_type,employment\n"
      "Germany,EUR,1,1,1,Astronaut,\n",
      "so.csv");
  CHECK_THROWS_AS(static_cast<void>(read_so_answers(unknown, small_inputs(), skipped)),
                  std::runtime_error);
}

TEST_CASE("absurd Stack Overflow answers are trimmed; part-timers and managers left out") {
  std::vector<SoAnswer> answers;
  for (int i = 0; i < 20; ++i) {
    answers.push_back({"DE", "developer", "", "EUR", 5, 0, 60000.0 + 1000 * i});
  }
  answers.push_back({"DE", "developer", "", "EUR", 5, 0, 1});           // "1 USD"
  answers.push_back({"DE", "developer", "", "EUR", 5, 0, 1e9});         // 10^9
  answers.push_back({"DE", "developer", "", "EUR", 5, 0, 6000});        // monthly typed as yearly
  answers.push_back({"DE", "developer", "", "EUR", 5, 0, 900000});      // 13x the median
  answers.push_back({"DE", "developer", "Employed, part-time", "EUR", 5, 0, 30000});
  answers.push_back({"DE", "developer", "Employed, full-time;Student, part-time", "EUR", 5, 0, 61000});
  answers.push_back({"DE", "excluded", "", "EUR", 5, 0, 150000});
  std::map<std::string, std::size_t> dropped;
  const auto kept = keep_so_answers(answers, SoFilter{}, dropped);
  CHECK(kept.size() == 21);  // the 20 and the full-time student
  CHECK(dropped["pay outside the absolute bounds"] == 2);
  CHECK(dropped["pay far from the country's median"] == 2);
  CHECK(dropped["not employed full time"] == 1);
  CHECK(dropped["role not an individual technical contributor"] == 1);
}

TEST_CASE("the survey's exchange rate of a currency is the median of total / converted pay") {
  std::vector<SoAnswer> answers;
  for (int i = 0; i < 6; ++i) answers.push_back({"DE", "developer", "", "EUR", 1, 93100, 100000});
  answers.push_back({"DE", "developer", "", "EUR", 1, 7758, 100000});  // a monthly figure
  answers.push_back({"IN", "developer", "", "INR", 1, 2000000, 23926});
  const auto rates = so_currency_rates(answers, 5);
  CHECK(rates.at("EUR") == doctest::Approx(0.931));
  CHECK(rates.count("INR") == 0);  // one answer is not enough
}

TEST_CASE("World Bank wide files: metadata lines skipped, missing values left out") {
  const std::string text =
      "\xEF\xBB\xBF\"Data Source\",\"World Development Indicators\",\n\n"
      "\"Last Updated Date\",\"2025-10-07\",\n\n"
      "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2023\",\"2024\",\n"
      "\"Germany\",\"DEU\",\"x\",\"PA.NUS.PPPC.RF\",\"0.81\",\"0.8\",\n"
      "\"Taiwan\",\"TWN\",\"x\",\"PA.NUS.PPPC.RF\",\"\",\"\",\n";
  const auto v = read_wb_wide(text, 2024, "plr.csv");
  CHECK(v.size() == 1);
  CHECK(v.at("DEU") == doctest::Approx(0.8));
  // A DataBank extract names its columns "2023 [YR2023]" and writes ".." for missing values.
  const auto rates = read_wb_wide(
      "Series Name,Series Code,Country Name,Country Code,2022 [YR2022],2023 [YR2023]\n"
      "Rate,PA.NUS.FCRF,Japan,JPN,131.5,140.5\nRate,PA.NUS.FCRF,Lebanon,LBN,1507.5,..\n",
      2023, "fx.csv");
  CHECK(rates.size() == 1);
  CHECK(rates.at("JPN") == doctest::Approx(140.5));
  CHECK_THROWS_AS(static_cast<void>(read_wb_wide(text, 1999, "plr.csv")), std::runtime_error);
}

TEST_CASE("country levels: own answers pooled toward a price-level prior, monotone, role-adjusted") {
  ProjectInputs in;
  for (const auto& [id, level] : std::vector<std::pair<std::string, double>>{{"EN", 0}, {"SE", 5}}) {
    LevelDef l;
    l.id = id;
    l.from_years = level;
    in.levels.push_back(l);
  }
  for (const char* id : {"AA", "BB", "CC", "DD"}) in.countries[id] = {id, id, "", "USD", "r", ""};
  std::vector<SoAnswer> kept;
  // Four countries whose developers earn 20k, 40k, 80k, 160k at 5+ years and half at entry;
  // price levels in proportion. ML specialists earn 20% more in each.
  const std::map<std::string, double> level = {{"AA", 20e3}, {"BB", 40e3}, {"CC", 80e3}, {"DD", 160e3}};
  for (const auto& [id, pay] : level) {
    for (int i = 0; i < 40; ++i) {
      const double jitter = 1 + 0.001 * i;
      kept.push_back({id, "developer", "", "USD", 7, 0, pay * jitter});
      kept.push_back({id, "developer", "", "USD", 1, 0, pay / 2 * jitter});
      kept.push_back({id, "ml", "", "USD", 7, 0, pay * 1.2 * jitter});
    }
  }
  // A fifth country, EE, with 3 answers far below its price level's line: pooled toward it.
  in.countries["EE"] = {"EE", "EE", "", "USD", "r", ""};
  for (int i = 0; i < 3; ++i) kept.push_back({"EE", "developer", "", "USD", 7, 0, 10e3});
  const std::map<std::string, double> price = {
      {"AA", 0.25}, {"BB", 0.5}, {"CC", 1}, {"DD", 2}, {"EE", 1}};
  const CountryLevels fit = fit_country_levels(kept, in, price, CountryLevelOptions{});
  CHECK(fit.role_premium.at("ml") == doctest::Approx(std::log(1.2)).epsilon(0.01));
  CHECK(fit.slope[1] == doctest::Approx(1.0).epsilon(0.02));
  CHECK(std::exp(fit.relative("CC", 1, "DD")) == doctest::Approx(0.5).epsilon(0.01));
  CHECK(std::exp(fit.relative("CC", 0, "CC") ) == 1);
  // EE: its own 10k are pooled toward the line's ~80k, with k from empirical Bayes.
  CHECK(fit.k == doctest::Approx(std::min(100.0, std::max(1.0, 3.14159265358979 / 2 * fit.sigma2 / fit.tau2))));
  const double ee = std::exp(fit.log_level.at("EE")[1]);
  CHECK(ee > 10e3 * 1.01);
  CHECK(ee < 80e3 * 0.99);
  CHECK(fit.borrowed("EE", 30));
  CHECK_FALSE(fit.borrowed("AA", 30));
  for (const auto& [id, levels] : fit.log_level) CHECK(levels[1] >= levels[0]);
}

TEST_CASE("the PERM reader maps SOC codes and drops wages outside the bounds") {
  const CsvTable t = parse_csv(
      "fiscal_year,employer_group,employer_name,job_title,soc_code,worksite_city,worksite_state,"
      "wage_annual,pw_wage_level\n"
      "2023,Google,Google LLC,Software Engineer,15-1252,Mountain View,CA,150000,Level III\n"
      "2023,Acme,Acme Inc,Data Scientist,15-2051,Boston,ma,95000,Level II\n"
      "2023,Acme,Acme Inc,Nurse,29-1141,Boston,MA,95000,Level II\n"
      "2023,Acme,Acme Inc,Typo,15-1252,Boston,MA,95,Level II\n"
      "twenty,Acme,Acme Inc,Typo,15-1252,Boston,MA,95000,Level II\n",
      "perm.csv");
  std::map<std::string, std::size_t> skipped;
  const auto filings = read_perm_filings(t, small_inputs(), MarketOptions{}, skipped);
  REQUIRE(filings.size() == 2);
  CHECK(filings[0].occupation == "software");
  CHECK(filings[1].state == "MA");
  CHECK(filings[1].wage_level == "Level II");
  CHECK(skipped["SOC code not in perm-soc-groups.csv"] == 1);
  CHECK(skipped["wage outside the bounds"] == 1);
  CHECK(skipped["unreadable fiscal_year or wage_annual"] == 1);
}

TEST_CASE("a company is compared with the median of other employers, never with itself") {
  CHECK(median_excluding({1, 2, 3, 10}, {10}) == doctest::Approx(2));
  CHECK(median_excluding({1, 2, 2, 3, 9, 9}, {2, 9}) == doctest::Approx(2.5));
  CHECK(median_excluding({5, 5, 5, 7}, {}) == doctest::Approx(5));
  // A big employer at 120 among 20 others at 100: its ratio is log(1.2), not 0.
  std::vector<Filing> filings;
  for (int i = 0; i < 30; ++i) filings.push_back({"Big", "software", "Level II", "WA", "", 2023, std::log(120.0)});
  for (int i = 0; i < 20; ++i) {
    filings.push_back({"Other" + std::to_string(i), "software", "Level II", "WA", "", 2023, std::log(100.0)});
  }
  const auto ratios = filing_ratios(filings, 20);
  CHECK(ratios[0] == doctest::Approx(std::log(1.2)));
  CHECK(std::isnan(filing_ratios(filings, 21)[0]));  // too few other filings anywhere
}

TEST_CASE("employer names become readable labels and ids") {
  CHECK(readable_name("COMPUNNEL SOFTWARE GROUP") == "Compunnel Software Group");
  CHECK(readable_name("HCL GLOBAL SYSTEMS") == "HCL Global Systems");
  CHECK(readable_name("BANK OF AMERICA") == "Bank of America");
  CHECK(readable_name("Meta (Facebook)") == "Meta (Facebook)");
  CHECK(slug("X (Twitter)") == "x-twitter");
  CHECK(slug("Capital One") == "capital-one");
  CHECK(slug("AT&T Services") == "at-t-services");
}

TEST_CASE("the OFLC file's one garbled area name is read as Mayag\xC3\xBC" "ez") {
  const auto dir = std::filesystem::temp_directory_path() / "calibrate-oflc-test";
  std::filesystem::create_directories(dir);
  const auto file = dir / "areas.csv";
  std::ofstream(file) << "soc,area_id,area_name,state,l3_annual\n"
                      << "15-2051,32420,\"Mayag\xC2\x81uez, PR\",PR,70000\n"
                      << "15-2051,10180,\"Abilene, TX\",TX,80000\n";
  const auto areas = read_oflc_areas(file);
  REQUIRE(areas.size() == 2);
  CHECK(areas[1].area_name == "Mayag\xC3\xBC" "ez, PR");  // (sorted by area_id)
  CHECK(areas[0].area_name == "Abilene, TX");
  std::filesystem::remove_all(dir);
}

TEST_CASE("US wage areas get readable ids, told apart by state where a name repeats") {
  const std::vector<WageArea> areas = {
      {"41860", "San Francisco-Oakland-Fremont, CA", "CA", {}},
      {"38900", "Portland-Vancouver-Hillsboro, OR-WA", "OR", {}},
      {"38860", "Portland-South Portland, ME", "ME", {}},
      {"1000005", "Sussex Delaware nonmetropolitan area", "DE", {}},
      {"3900005", "North Northeastern Ohio nonmetropolitan area (noncontiguous)", "OH", {}},
      {"11260", "Anchorage, AK", "AK", {}},
      {"28880", "Guam MSA", "GU", {}},
      {"78000", "U.S. Virgin Islands MSA", "VI", {}},
      {"17980", "Columbus, GA-AL", "AL", {}},
      {"18140", "Columbus, OH", "OH", {}},
      {"32420", "Mayag\xC3\xBC" "ez, PR", "PR", {}},
      {"49180", "Winston-Salem, NC", "NC", {}},
  };
  const auto ids = us_city_ids(areas);
  CHECK(ids.at("41860") == "us-san-francisco");
  CHECK(ids.at("38900") == "us-portland-or");
  CHECK(ids.at("38860") == "us-portland-me");
  CHECK(ids.at("1000005") == "us-sussex-delaware-nonmetro");
  CHECK(ids.at("3900005") == "us-north-northeastern-ohio-nonmetro-noncontiguous");
  CHECK(ids.at("11260") == "us-anchorage");
  CHECK(ids.at("28880") == "us-guam");
  CHECK(ids.at("78000") == "us-virgin-islands");
  CHECK(ids.at("17980") == "us-columbus-ga");  // the name's first state, not the state column's
  CHECK(ids.at("18140") == "us-columbus-oh");
  CHECK(ids.at("32420") == "us-mayaguez");
  CHECK(ids.at("49180") == "us-winston-salem");
  // Two areas of one name in one state cannot be told apart: an error, not a shared id.
  CHECK_THROWS_AS((void)us_city_ids({{"1", "Springfield, IL", "IL", {}}, {"2", "Springfield, IL", "IL", {}}}),
                  std::runtime_error);
}
