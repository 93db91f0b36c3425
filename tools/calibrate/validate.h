// Measured accuracy of the market pack: fit on the years up to a cut-off, predict the next
// year's reports through the real core (salary::estimate on the fitted pack), and compare
// with a baseline of raw slice quantiles. See data/README.md, "Measured accuracy".
#pragma once

#include <filesystem>
#include <string>

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

}  // namespace calibrate
