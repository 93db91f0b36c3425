// Bonus model: the share R = bonus / base per level, taken from a survey and assumed
// independent of base pay; a cell's bonus and total distributions follow by convolution.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <vector>

#include "market.h"
#include "pack_json.h"
#include "project_inputs.h"
#include "stats.h"

namespace calibrate {

/// Empirical bonus shares per level (index = level), each sorted ascending, and the two
/// parts of a bonus a reader asks about: how many get one, and how large it is when paid.
struct BonusShares {
  std::vector<std::vector<double>> by_level;
  /// Per level: the share of answers with a bonus (R > 0).
  std::vector<double> incidence;
  /// Per level: the same share at companies of 1000+ employees, as the level's incidence
  /// times the ratio of the two shares over all levels (per level the large-company answers
  /// are too few), at most 1.
  std::vector<double> incidence_large;
  /// Per level: p25, p50, p75 of R among the answers with a bonus.
  std::vector<std::array<double, 3>> paid_share;
};

/// Reads the German IT survey and keeps, per level, R = bonus / base of the answers whose
/// seniority maps to that level (levels[].de_survey_seniority), within the options' filters;
/// incidence and size as in BonusShares.
[[nodiscard]] BonusShares read_bonus_shares(const std::filesystem::path& survey,
                                            const std::vector<LevelDef>& levels,
                                            const MarketOptions& options);

/// A cell's figures in money.
struct CellMoney {
  MoneyDist base, bonus, total;
};

/// Money figures of a cell given its base log quantiles (at kRanks) and the level's shares.
///
/// Base: exp of the log quantiles; mean of the lognormal with median p50 and
/// sigma = (log p90 - log p10) / (2 z90). Bonus and total: `grid` base quantiles (at
/// p = 1/(grid+1) .. grid/(grid+1), log-linear in z between the known ranks, lognormal tails
/// beyond p10/p90) times every share, all pairs weighted equally; their quantiles by the
/// shared type-7 definition. Means use independence: E[total] = E[base] (1 + E[R]).
/// Total quantiles are never below base quantiles.
[[nodiscard]] CellMoney cell_money(const Quantiles& base_log_quantiles,
                                   const std::vector<double>& shares, int grid);

}  // namespace calibrate
