// Figures for China and Germany that ai-jobs.net cannot give: China's pay level, months paid
// and cities from the China files, German cities from the German survey.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "market.h"
#include "project_inputs.h"

namespace calibrate {

struct ChinaFigures {
  double pay_months = 12;  ///< median N of "·N薪" over all Nanjing postings, unstated = 12
  std::size_t postings = 0, stating_months = 0;
  double median_stated_months = 0;  ///< median N over the postings that state one
  std::map<std::string, double> annual_usd;  ///< by level id: median monthly x months / rate
  std::size_t aggregated_postings = 0;       ///< postings behind the city rows of the aggregates
  nlohmann::json cities;  ///< city median / all-city median of the 2021 aggregates
};

/// Reads the 2021 aggregates and the 2023 Nanjing postings (paths in `options`) with the
/// inputs in china.json, converting at the pack's CNY rate. Throws std::runtime_error on
/// missing keys or rows.
[[nodiscard]] ChinaFigures china_figures(const std::filesystem::path& shared,
                                         const ProjectInputs& inputs,
                                         const MarketOptions& options, double cny_per_usd);

/// German cities: median base of the survey answers in the city / median of all answers
/// (base within the options' filters).
[[nodiscard]] nlohmann::json germany_cities(const std::filesystem::path& shared,
                                            const ProjectInputs& inputs,
                                            const MarketOptions& options);

}  // namespace calibrate
