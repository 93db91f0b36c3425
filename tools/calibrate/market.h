// The "market" pack: 2023-25 pay by role, level and country from ai-jobs.net, with country,
// company-size and US city factors and a bonus model (see data/README.md for the method).
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "country_levels.h"
#include "project_inputs.h"
#include "raw_data.h"
#include "stackoverflow.h"
#include "worldbank.h"

namespace calibrate {

/// Every modelling choice of the market pack, in one place. The defaults are the committed
/// calibration; data/README.md explains each of them.
struct MarketOptions {
  std::string id = "market";
  std::string label = "Market 2024-25 (ai-jobs.net)";
  std::string label_zh = "市场行情 2024-25（ai-jobs.net）";
  std::string as_of = "2025-01-19";
  std::string aijobs_file = "aijobs/salaries-2025-01-19.csv";
  std::string oews_file = "bls/oews-national-2020-2025-tech.csv";
  std::string oflc_file = "oflc/prevailing-wage-fy2025-26.csv";
  std::string de_survey_file = "germany/it-salary-survey-2020.csv";
  std::string h1b_file = "h1b/lca-data-jobs-2015-2019.csv";
  std::string cn_aggregates_file = "china/algorithm-jobs-2021-10-aggregates.csv";
  std::string cn_postings_file = "china/nanjing-algorithm-postings-2023-02.csv";
  std::string so_file = "stackoverflow/survey-2024-pay.csv";
  std::string perm_file = "perm/perm-computing-fy2021-2023-2026.csv";
  std::string price_level_file = "worldbank/price-level-ratio-2024.csv";
  std::string ppp_file = "worldbank/ppp-gdp-1990-2024.csv";
  std::string exchange_rate_file = "worldbank/exchange-rates-2017-2023.csv";
  /// BEA regional price parities: the price level of each US area, of `rpp_year`.
  std::string rpp_file = "bea/rpp-msa-2008-2024.csv";
  int rpp_year = 2024;
  /// World Bank year of the price levels and derived market rates; the official exchange
  /// rate of `exchange_rate_year` is the fallback for a currency without them.
  int price_level_year = 2024, exchange_rate_year = 2023;

  /// The country whose reports set the scale of the "*" cells; every other country's level
  /// is relative to it, and remote work for a foreign employer is measured against its cells.
  std::string reference_country = "US";
  SoFilter so_filter;
  CountryLevelOptions country_levels;
  /// A currency gets the survey's own rate from this many answers in it on.
  std::size_t min_so_currency_answers = 5;

  /// An employer becomes a company of the pack from this many filings on (PERM, or H-1B for
  /// a company of companies.csv); its factor comes from H-1B filings when it has this many of
  /// them (actual offered salaries), else from PERM (often the legal minimum).
  std::size_t min_company_rows = 20;
  /// A filing's pay is compared with the median of other employers' filings of the same
  /// occupation, year (and PERM wage level) in the same area, else state, else nationally,
  /// whichever first has this many.
  std::size_t min_reference_filings = 20;
  /// Tiers of the companies not given one by hand, by factor.
  double above_market_factor = 1.10, below_market_factor = 0.90;
  /// Filings with a wage outside these bounds (USD a year) are dropped as typos.
  double min_filing_wage = 30000, max_filing_wage = 1000000;

  std::string employment_type = "FT";
  /// A fit uses the reports of its last `window_years` work years: the production pack the
  /// years up to the newest in the file (2024-25), the validation fit 2022-23.
  int window_years = 2;
  /// Prior strength of partial pooling: a cell of n reports gets weight n / (n + k) against
  /// its parent, so 20 reports weigh as much as the parent.
  double shrink_k = 20;
  /// A country gets cells of its own from this many reports paid in its currency on (all
  /// roles together) ...
  std::size_t min_country_rows = 30;
  /// ... for each role it has at least this many reports of; for other roles it reads the
  /// "*" cells times its level factors.
  std::size_t min_country_role_rows = 10;

  /// Spread calibration (SpreadCalibration): fit the window ending at this year, predict
  /// the next year, choose tau on this grid by least pinball loss. The validation sets it
  /// to its train_to_year - 1 (validate_market), so the test year is never seen; the
  /// production pack uses the same split as the default validation.
  int spread_fit_to_year = 2022;
  double spread_tau_max = 0.4, spread_tau_step = 0.01;

  /// OEWS national medians of this May are the reference of the US city factors.
  int oews_year = 2024;
  /// The SOCs of the roles (data scientists, research scientists, software developers):
  /// city factors average over them, and so does the year-ahead drift (oews_drift).
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
  /// Money in market cells is written to this many significant figures (171,417 -> 171,400):
  /// finer digits carry no information at these spreads and cost download size.
  int money_significant_digits = 4;
};

/// What the pack takes from local pay outside ai-jobs.net: the Stack Overflow answers, the
/// country levels fitted to them, the World Bank price levels and rates, the survey's rates.
struct LocalPay {
  std::vector<SoAnswer> answers;  ///< every readable answer of a catalog country
  std::vector<SoAnswer> kept;     ///< those keep_so_answers keeps
  CountryLevels levels;
  WorldBankYear world_bank;
  std::map<std::string, double> so_rates;  ///< currency -> units per USD (so_currency_rates)
};

/// Reads and fits LocalPay from the raw data (paths and settings in `options`).
[[nodiscard]] LocalPay read_local_pay(const std::filesystem::path& shared,
                                      const ProjectInputs& inputs, const MarketOptions& options);

/// Builds the market pack from the raw data in `shared` and the committed inputs. The model
/// is fitted to the window ending at `fit_to_year` (0: the newest work year in the file);
/// validation passes an earlier year to hold out the years after it.
/// Throws std::runtime_error on unreadable or inconsistent inputs.
[[nodiscard]] nlohmann::json build_market_pack(const std::filesystem::path& shared,
                                               const ProjectInputs& inputs,
                                               const MarketOptions& options = {},
                                               int fit_to_year = 0);

/// Year-ahead pay drift of a fit whose newest reports are of `year`, in log: the mean over
/// options.city_socs of log(OEWS national median of May `year` / that of May `year` - 1),
/// the wage growth measured for that year (BLS publishes the May figures the next spring).
/// It comes from outside the ai-jobs.net reports, whose year-to-year change mixes pay growth
/// with changes in who reports (self-reports up to 2022, mostly postings from 2023). SOCs
/// without a median in one of the two years (OEWS top-codes some, and the file's 2020 has
/// 15-1221 only) are left out of the mean, with a note on stderr; throws
/// std::runtime_error if none is left.
[[nodiscard]] double oews_drift(const std::filesystem::path& shared, const MarketOptions& options,
                                int year);

/// Readable ids of the US wage areas, by area_id: "us-" + the slug of the area's first city
/// ("San Francisco-Oakland-Fremont, CA" -> "us-san-francisco"), with the state's code when
/// two areas share that city's name ("us-portland-me", "us-portland-or": the first state of the
/// name); a nonmetropolitan
/// area keeps its whole name, shortened ("us-sussex-delaware-nonmetro"). Throws
/// std::runtime_error if two areas would still share an id.
[[nodiscard]] std::map<std::string, std::string> us_city_ids(const std::vector<WageArea>& areas);

/// Markdown table of the H-1B and PERM factors of the companies that have enough filings of
/// both (the pack uses H-1B's), for the 20 with the most PERM filings.
[[nodiscard]] std::string company_cross_check(const std::filesystem::path& shared,
                                              const ProjectInputs& inputs,
                                              const MarketOptions& options = {});

/// Markdown table comparing, for the US areas with the most H-1B data/ML filings, the H-1B
/// area median / national H-1B median with the OFLC ratio and the pack's city factor.
[[nodiscard]] std::string us_city_cross_check(const std::filesystem::path& shared,
                                              const MarketOptions& options = {});

}  // namespace calibrate
