// Country pay levels from local pay: each country's level and experience curve, from the
// Stack Overflow 2024 answers of its developers (role mix adjusted with premiums pooled
// across countries), shrunk toward a prior from its World Bank price level and its region
// where the answers are few. data/README.md ("Country levels") explains every step.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "project_inputs.h"
#include "stackoverflow.h"

namespace calibrate {

struct CountryLevelOptions {
  /// Weight of a country's median in the price-level regression: n / (n + k).
  double k = 20;
  /// A country x level enters the price-level regression from this many answers on.
  std::size_t min_regression_answers = 10;
  /// A country's level counts as its own (not borrowed) from this many answers on.
  std::size_t min_own_answers = 30;
};

struct CountryLevels {
  /// Per country id, per pack level: log USD a year of a developer (role premiums removed),
  /// pooled and made non-decreasing over the levels. Every country of countries.csv.
  std::map<std::string, std::vector<double>> log_level;
  std::map<std::string, std::size_t> answers;  ///< kept answers per country (0: none)
  /// Log premium of each so-dev-types.csv group over "developer" (0), pooled over countries.
  std::map<std::string, double> role_premium;
  /// Prior per level: log level = intercept + slope * log(price level) (+ country offset).
  std::vector<double> intercept, slope;
  std::map<std::string, double> region_offset;  ///< mean offset of the region's countries
  /// Pooling constant of a country's answers against its prior, by empirical Bayes:
  /// k = (pi / 2) sigma2 / tau2, from the variance of log pay within a country and level
  /// (sigma2) and the variance of the countries' offsets from the line (tau2).
  double sigma2 = 0, tau2 = 0, k = 0;

  /// log_level[country][level] - log_level[reference][level].
  [[nodiscard]] double relative(const std::string& country, std::size_t level,
                                const std::string& reference) const;
  /// True when the country has fewer than min_own_answers answers.
  [[nodiscard]] bool borrowed(const std::string& country, std::size_t min_own) const;
};

/// The level index (into `levels`) of `years` of experience.
[[nodiscard]] std::size_t level_of_years(const std::vector<LevelDef>& levels, double years);

/// Fits the country levels from kept answers (keep_so_answers). `price_level` is the World
/// Bank price level ratio by ISO alpha-2 id (countries without one get their region's prior).
/// Throws std::runtime_error if no country has enough answers for the regression.
[[nodiscard]] CountryLevels fit_country_levels(const std::vector<SoAnswer>& kept,
                                               const ProjectInputs& inputs,
                                               const std::map<std::string, double>& price_level,
                                               const CountryLevelOptions& options);

}  // namespace calibrate
