// The "market" pack: 2023-25 pay by role, level and country from ai-jobs.net, with country,
// company-size and US city factors and a bonus model (see data/README.md for the method).
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "project_inputs.h"

namespace calibrate {

/// Every modelling choice of the market pack, in one place. The defaults are the committed
/// calibration; data/README.md explains each of them.
struct MarketOptions {
  std::string id = "market";
  std::string label = "Market 2023-25 (ai-jobs.net)";
  std::string label_zh = "市场行情 2023-25（ai-jobs.net）";
  std::string as_of = "2025-01-19";
  std::string aijobs_file = "aijobs/salaries-2025-01-19.csv";
  std::string oews_file = "bls/oews-national-2020-2025-tech.csv";
  std::string oflc_file = "oflc/prevailing-wage-fy2025-26.csv";
  std::string de_survey_file = "germany/it-salary-survey-2020.csv";

  /// Rows before 2023 are few (about 2% of the file) and describe older pay.
  int min_work_year = 2023;
  std::string employment_type = "FT";
  /// Prior strength of partial pooling: a cell of n reports gets weight n / (n + k) against
  /// its parent, so 20 reports weigh as much as the parent.
  double shrink_k = 20;
  /// A country is listed (with a factor) from this many rows on.
  std::size_t min_country_rows = 5;
  /// A country gets its own cells for a role from this many rows of the role (all levels).
  std::size_t min_country_role_rows = 30;

  int oews_year = 2024;
  std::vector<std::string> city_socs = {"15-1221", "15-1252", "15-2051"};

  /// Bonus sample filters for the German survey (EUR).
  double de_min_base = 10000;  ///< base <= this is dropped (typos, part-time answers)
  double de_max_base = 500000;
  double de_max_ratio = 3;  ///< bonus / base above this is dropped
  /// About 11% of answers give a "bonus" at or just above the base (R = 1.0-1.3, next to an
  /// empty 0.5-0.9 gap): respondents who typed their total pay. Read those as total pay,
  /// R = field / base - 1, instead of a bonus as large as the salary.
  bool de_bonus_at_least_base_is_total = true;
  /// Base quantiles used to convolve a cell's base with the bonus-share sample.
  int base_grid = 99;
};

/// Builds the market pack from the raw data in `shared` and the committed inputs.
/// Throws std::runtime_error on unreadable or inconsistent inputs.
[[nodiscard]] nlohmann::json build_market_pack(const std::filesystem::path& shared,
                                               const ProjectInputs& inputs,
                                               const MarketOptions& options = {});

}  // namespace calibrate
