// Company factors from US filings: PERM (permanent labour certification, FY2021-23 and
// FY2026) for computing, data and research occupations, and H-1B LCA filings (2015-19) for
// data/ML titles. A filing is compared with other employers' filings of the same occupation,
// year and place; a company's factor is the median of its filings' ratios.
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "csv.h"
#include "market.h"
#include "project_inputs.h"
#include "raw_data.h"

namespace calibrate {

/// One filing, from either source, reduced to what the factors use.
struct Filing {
  std::string employer;    ///< PERM employer_group or H-1B company as filed
  std::string occupation;  ///< perm-soc-groups.csv group, or the H-1B title group (DA, DS, ...)
  std::string wage_level;  ///< PERM pw_wage_level ("Level II"); empty for H-1B
  std::string state, area;  ///< two-letter state; OFLC area id when the city names one
  int year = 0;
  double log_wage = 0;
};

/// PERM rows of `table` as filings. Rows with a SOC code missing from perm-soc-groups.csv,
/// an unreadable year or a wage outside the options' bounds are counted in `skipped`.
[[nodiscard]] std::vector<Filing> read_perm_filings(const CsvTable& table, const ProjectInputs& inputs,
                                                    const MarketOptions& options,
                                                    std::map<std::string, std::size_t>& skipped);

/// H-1B rows as filings (wage bounds as above).
[[nodiscard]] std::vector<Filing> h1b_filings(const std::vector<H1bRow>& rows,
                                              const MarketOptions& options);

/// The readers leave the worksite city in Filing::area; this replaces it with the OFLC area
/// whose name lists that city in that state (area_of_city), or empty.
void place_in_areas(std::vector<Filing>& filings, const std::vector<WageArea>& areas);

/// For each filing, log wage minus the median log wage of the filings of other employers
/// with the same occupation, year and wage level in the same area, else state, else the
/// whole country, else the same occupation and year: the first of these with at least
/// `min_reference` such filings. NaN when none has.
[[nodiscard]] std::vector<double> filing_ratios(const std::vector<Filing>& filings,
                                                std::size_t min_reference);

/// Type-7 median of the values in `all` after removing the values in `own` (both sorted;
/// `own` a sub-multiset of `all`). Requires all.size() > own.size().
/// Example: median_excluding({1, 2, 3, 10}, {10}) == 2.
[[nodiscard]] double median_excluding(const std::vector<double>& all,
                                      const std::vector<double>& own);

/// "COMPUNNEL SOFTWARE GROUP" -> "Compunnel Software Group"; names with lower-case letters
/// are kept; words of up to three letters stay upper case ("HCL", "USA"), except "and",
/// "of", "the", "for" inside a name.
[[nodiscard]] std::string readable_name(const std::string& name);

/// "X (Twitter)" -> "x-twitter": lower case, runs of other characters become one "-".
[[nodiscard]] std::string slug(const std::string& name);

struct CompanyFactors {
  nlohmann::json tiers, companies;
  /// Markdown: H-1B and PERM factors side by side for the companies that have both.
  std::string cross_check;
};

/// The companies of the pack: those of companies.csv and every other PERM employer group
/// with at least options.min_company_rows filings. Factors apply in the US only.
[[nodiscard]] CompanyFactors company_factors(const std::vector<Filing>& perm,
                                             const std::vector<Filing>& h1b,
                                             const ProjectInputs& inputs,
                                             const MarketOptions& options);

}  // namespace calibrate
