// The Stack Overflow Developer Survey 2024 (ODbL): pay, years of professional experience,
// role and country of developers in about 170 countries, mostly paid in their own currency.
// The market pack takes each country's pay level and experience curve from it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "csv.h"
#include "project_inputs.h"

namespace calibrate {

/// One answer that reports pay, with its country and dev type mapped through the committed
/// tables (so-countries.csv, so-dev-types.csv).
struct SoAnswer {
  std::string country;     ///< ISO 3166-1 alpha-2 id of countries.csv
  std::string group;       ///< so-dev-types.csv group: ml, data, analyst, research, developer, excluded
  std::string employment;  ///< as answered ("Employed, full-time;..."); often empty
  std::string currency;    ///< ISO 4217 code of the currency the answer was given in
  double years = 0;        ///< years_code_pro ("Less than 1 year" = 0, "More than 50 years" = 51)
  double comp_total = 0;   ///< pay in `currency`, as answered
  double usd = 0;          ///< converted_comp_yearly: Stack Overflow's conversion to USD a year
};

/// Reads the answers of `table` (columns country, currency, comp_total,
/// converted_comp_yearly, years_code_pro, dev_type, employment). Answers from a country not in
/// so-countries.csv, or with an unreadable number, are skipped and counted in `skipped`
/// (reason -> answers). A dev type missing from so-dev-types.csv is an error: a new survey
/// wave needs a reviewed mapping.
[[nodiscard]] std::vector<SoAnswer> read_so_answers(const CsvTable& table,
                                                    const ProjectInputs& inputs,
                                                    std::map<std::string, std::size_t>& skipped);

/// Which answers count as pay of a full-time developer in a country.
struct SoFilter {
  double min_usd = 1000;      ///< converted pay below this is dropped (typos: "1", "40")
  double max_usd = 2000000;   ///< ... and above this (10^9 answers)
  /// Then, per country, an answer more than this factor above or below the country's median
  /// is dropped: most are monthly pay typed as yearly, or an amount in another currency.
  double max_ratio_to_country_median = 5;
};

/// Keeps the answers of developers employed full time (employment empty, which the survey
/// file has for about 60% of answers, or naming "Employed, full-time"), of a group other than
/// "excluded" (managers, executives, students, educators ...), within the filter's bounds.
/// `dropped` counts the answers left out, by reason.
[[nodiscard]] std::vector<SoAnswer> keep_so_answers(const std::vector<SoAnswer>& answers,
                                                    const SoFilter& filter,
                                                    std::map<std::string, std::size_t>& dropped);

/// The survey's own exchange rate of each currency (units per USD): the median of
/// comp_total / converted_comp_yearly over its answers, for currencies with at least
/// `min_answers` answers. Stack Overflow converted every answer at one rate per currency, so
/// the median is that rate.
[[nodiscard]] std::map<std::string, double> so_currency_rates(const std::vector<SoAnswer>& answers,
                                                              std::size_t min_answers);

}  // namespace calibrate
