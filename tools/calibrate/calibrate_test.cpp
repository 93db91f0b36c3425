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
#include "csv.h"
#include "market.h"
#include "market_model.h"
#include "pack_json.h"
#include "stats.h"

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
