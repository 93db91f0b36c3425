// Statistics shared by every pack the pipeline builds, so that "p25" means the same thing
// everywhere.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace calibrate {

/// The ranks every distribution in a pack reports, in order.
inline constexpr std::array<double, 5> kRanks = {0.10, 0.25, 0.50, 0.75, 0.90};

/// Five values, one per rank of kRanks (p10, p25, p50, p75, p90).
using Quantiles = std::array<double, 5>;

/// Quantile of already sorted values by linear interpolation between order statistics
/// (Hyndman & Fan type 7, the default of R and NumPy): h = (n - 1) p.
/// Example: quantile_sorted({1, 2, 3, 4}, 0.5) == 2.5. Requires a non-empty input.
[[nodiscard]] double quantile_sorted(const std::vector<double>& sorted, double p);

/// kRanks quantiles of `values` (copied and sorted), by quantile_sorted.
[[nodiscard]] Quantiles quantiles(std::vector<double> values);

/// Arithmetic mean, summed in input order (deterministic). Requires a non-empty input.
[[nodiscard]] double mean(const std::vector<double>& values);

/// Median, by quantile_sorted.
[[nodiscard]] double median(std::vector<double> values);

/// Inverse of the standard normal CDF (Acklam's rational approximation, |rel. error| < 1.2e-9).
[[nodiscard]] double normal_quantile(double p);

/// z of the 90th percentile of a standard normal: (log p90 - log p10) / (2 * kZ90) is the
/// sigma of a lognormal with those percentiles.
inline constexpr double kZ90 = 1.2815515655446004;

/// Standard normal CDF.
[[nodiscard]] double normal_cdf(double x);

/// Log value at probability p of a distribution known by its log quantiles at kRanks:
/// linear in the normal score z between the known ranks, and beyond p10/p90 lognormal tails
/// with sigma = (lq[p90] - lq[p10]) / (2 kZ90).
[[nodiscard]] double log_quantile_at(const Quantiles& lq, double p);

/// Log quantiles at kRanks of X + N(0, tau^2), where X has log quantiles `lq` (read through
/// log_quantile_at on a grid of `grid` probabilities 1/(grid+1) .. grid/(grid+1)). This is how
/// a within-group spread is widened for the uncertainty of predicting the next year.
/// tau == 0 returns `lq` unchanged. Example: widened({...}, 0) == {...}.
[[nodiscard]] Quantiles widened(const Quantiles& lq, double tau, int grid = 49);

/// Weighted isotonic regression by pool-adjacent-violators: the non-decreasing sequence x
/// that minimises sum w_i (x_i - y_i)^2. Runs of y that fall are replaced by their weighted
/// mean. Weights must be positive and as many as the values. It is order-preserving: if
/// y <= y' element by element, then the fits are too (same weights).
/// Example: isotonic_regression({1, 3, 2}, {1, 1, 1}) == {1, 2.5, 2.5}.
[[nodiscard]] std::vector<double> isotonic_regression(const std::vector<double>& y,
                                                      const std::vector<double>& w);

/// Weight of a sample of n against its prior in partial pooling: n / (n + k).
[[nodiscard]] inline double shrink_weight(std::size_t n, double k) {
  return static_cast<double>(n) / (static_cast<double>(n) + k);
}

}  // namespace calibrate
