// Measured accuracy of the market pack: fit on the years up to a cut-off, predict the next
// year's reports through the real core (salary::estimate on the fitted pack), and compare
// with a baseline of raw slice quantiles. See data/README.md, "Measured accuracy".
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "market.h"
#include "project_inputs.h"

namespace calibrate {

/// Fits the market pack on the reports of the window ending at `train_to_year`, loads it
/// with salary::parse_data_pack, estimates every report of `test_year` with
/// salary::estimate (years = its level's anchor; its role, country and company size;
/// currency USD) and returns a Markdown table per slice: n, mean pinball loss over
/// p10..p90 of log base pay, and coverage of p25-p75 and p10-p90, beside the baseline.
/// Throws std::runtime_error if the fitted pack is rejected by the core or an estimate fails.
[[nodiscard]] std::string validate_market(const std::filesystem::path& shared,
                                          const ProjectInputs& inputs,
                                          const MarketOptions& options, int train_to_year,
                                          int test_year);

/// The external check: the production market pack's median total pay of a machine learning
/// engineer at 2, 6 and 12 years in each country of `countries` (local currency), beside the
/// Stack Overflow 2024 median of the country's developers with 0-4, 5-9 and 10-14 years (and
/// of its ML specialists where there are 5 or more), and beside the official statistics of
/// sources/official-pay.csv. The premium of the pack over the survey is measured in the
/// reference country (the US) per band; the table gives each country's pack median divided
/// by its survey median times that premium. Returns Markdown.
[[nodiscard]] std::string external_validation(const std::filesystem::path& shared,
                                              const std::filesystem::path& sources,
                                              const ProjectInputs& inputs,
                                              const MarketOptions& options,
                                              const std::vector<std::string>& countries);

}  // namespace calibrate
