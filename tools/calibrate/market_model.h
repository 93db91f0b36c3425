// The market pack's model of base pay, in log space: reference cells by role x level ("*",
// on the reference country's scale) pooled from the reports paid in local currency of every
// country, each country's level per level (country_levels.h, adjusted by its own reports),
// cells of their own for countries with enough local reports, company-size factors, what
// USD-paid remote work for a US company pays from each country, and the calibration that
// widens each cell's spread for the uncertainty of predicting the next year.
// data/README.md explains every step.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "market.h"
#include "project_inputs.h"
#include "raw_data.h"
#include "stats.h"

namespace calibrate {

/// One kept salary report, reduced to what the model uses.
struct Report {
  std::size_t role = 0;
  std::size_t level = 0;
  std::string country, region, size;
  int year = 0;
  double log_usd = 0;
  /// Paid in the currency of its country (every US report). A report outside the US paid in
  /// another currency (almost always USD) describes remote work for a foreign, mostly US,
  /// employer: it feeds the country's remote factor, never its local figures.
  bool local = true;
};

/// The ai-jobs.net rows of the options' employment type with a positive salary, a title
/// mapped to a role and a known level, as reports of every year (windows are chosen later).
/// Throws std::runtime_error for a company_location missing from countries.csv.
[[nodiscard]] std::vector<Report> keep_reports(const std::vector<AiJobsRow>& rows,
                                               const ProjectInputs& inputs,
                                               const MarketOptions& options);

/// The reports of the fit window ending at `to_year`: to_year - window_years < year <= to_year.
[[nodiscard]] std::vector<Report> fit_window(const std::vector<Report>& reports, int to_year,
                                             const MarketOptions& options);

/// A cell in log space: log quantiles at kRanks and the number of its own reports.
struct LogCell {
  Quantiles lq{};
  std::size_t n = 0;
};

/// One cell per level.
using LevelCells = std::vector<LogCell>;

/// Per country id, per level: a log amount (country levels, factors).
using ByLevel = std::map<std::string, std::vector<double>>;

struct MarketModel {
  std::string reference;                                    ///< the country "*" is scaled to
  std::vector<LevelCells> star;                             ///< by role: reference cells
  std::map<std::pair<std::size_t, std::string>, LevelCells> countries;  ///< (role, country)
  /// Per country, per level: log factor of its pay against the "*" cells (0 for the
  /// reference): the country's relative level from country_levels.h plus the shrunk mean
  /// offset of its own local reports. Every country of the inputs.
  ByLevel country_log_factor;
  std::map<std::string, double> country_offset;     ///< that offset (0 without reports)
  std::map<std::string, std::size_t> country_n;     ///< local reports per country in the fit
  std::map<std::string, double> size_log_factor;    ///< by company size S/M/L
  /// Remote work for a foreign employer paid in USD, per country (not the reference): log
  /// factor against the reference country's cells, shrunk toward the region's and the
  /// global mean; and the reports behind it.
  std::map<std::string, double> remote_log_factor;
  std::map<std::string, std::size_t> remote_n;
  std::size_t n = 0;                                ///< reports in the fit
};

/// Makes each log quantile (p10 .. p90) of a role x place group non-decreasing over the
/// levels (EN <= MI <= SE <= EX): per rank, a weighted isotonic regression across the
/// levels with weights n + k, so a cell without reports of its own still counts as its
/// pooled prior's worth (k reports). Isotonic regression is order-preserving, so each
/// cell's quantiles stay ordered. fit_model applies it to every group as soon as it is
/// pooled, and apply_spread once more after widening.
void make_levels_monotone(LevelCells& cells, double k);

/// Fits the model to `train` (one fit window). `relative_level` gives each country's log
/// level against the reference per level (CountryLevels::relative; the reference's is 0).
/// In two passes: "*" cells from the local reports shifted by those levels; each country's
/// offset, the shrunk mean log distance of its local reports from "*" + its level; then "*"
/// again with the levels plus offsets, and own cells for countries with enough local
/// reports. Every group's cells are made monotone over the levels (make_levels_monotone) as
/// soon as they are pooled. Throws std::runtime_error if a level has no local reports.
[[nodiscard]] MarketModel fit_model(const std::vector<Report>& train, const ProjectInputs& inputs,
                                    const MarketOptions& options, const ByLevel& relative_level);

/// The log quantiles the model gives a report's role, level, country and company size, the
/// way the core reads a pack: own cells, else "*" times the country's level factor; a report
/// that is not local: the reference country's cells times the country's remote factor.
[[nodiscard]] Quantiles predict(const MarketModel& model, const ProjectInputs& inputs,
                                const Report& report);

/// Year-ahead predictive spread: the cells' log quantiles become those of
/// X + N(drift, tau(n)^2), X the within-cell distribution and
/// tau(n)^2 = tau0^2 + tau1^2 * k / (n + k) the sd of the year-ahead location error of a
/// group of n reports (k = shrink_k): a country's own cells use its report count; "*" cells,
/// which stand in for countries with few reports, use n = 0.
struct SpreadCalibration {
  double drift = 0;  ///< log pay change from the fit window to the next year (oews_drift)
  double tau0 = 0;   ///< location error of a large group, log
  double tau1 = 0;   ///< extra location error of a group without reports, log
  double k = 20;

  [[nodiscard]] double tau(std::size_t n) const;
  int fit_to_year = 0, test_year = 0;
  std::size_t n_fit = 0, n_test = 0;
  double loss_before = 0, loss_after = 0;  ///< mean pinball of the nested test rows
};

/// Estimates tau0 and tau1 inside the training period: fits the window ending at
/// options.spread_fit_to_year, shifts it by `drift` (the pay growth into that year, from
/// outside the reports: oews_drift), predicts the next year's local reports and takes the values
/// on the options' grid with the least mean pinball loss (log space, ranks kRanks),
/// searching tau0 and tau1 by turns (two sweeps each). The result carries `drift`.
[[nodiscard]] SpreadCalibration calibrate_spread(const std::vector<Report>& reports,
                                                 const ProjectInputs& inputs,
                                                 const MarketOptions& options, double drift,
                                                 const ByLevel& relative_level);

/// Widens every cell of `model` by `calibration` (see SpreadCalibration), then makes each
/// group monotone over the levels again (make_levels_monotone): widening a wider cell by
/// the same tau can lower its p10 below that of the level before it.
void apply_spread(MarketModel& model, const SpreadCalibration& calibration);

/// Mean over kRanks of the pinball loss of log quantiles `q` for the log value `y`.
[[nodiscard]] double pinball(const Quantiles& q, double y);

}  // namespace calibrate
