#include "stats.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace calibrate {

double quantile_sorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) throw std::invalid_argument("quantile of an empty sample");
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  const double frac = h - static_cast<double>(lo);
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

Quantiles quantiles(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  Quantiles q{};
  for (std::size_t i = 0; i < kRanks.size(); ++i) q[i] = quantile_sorted(values, kRanks[i]);
  return q;
}

std::vector<double> isotonic_regression(const std::vector<double>& y,
                                        const std::vector<double>& w) {
  if (y.size() != w.size()) throw std::invalid_argument("isotonic_regression: sizes differ");
  struct Block {
    double weighted_sum, weight;
    std::size_t count;
    [[nodiscard]] double value() const { return weighted_sum / weight; }
  };
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < y.size(); ++i) {
    if (!(w[i] > 0)) throw std::invalid_argument("isotonic_regression: weight not positive");
    blocks.push_back({w[i] * y[i], w[i], 1});
    // Pool the new block with its predecessors while they lie above it.
    while (blocks.size() > 1 && blocks[blocks.size() - 2].value() > blocks.back().value()) {
      const Block last = blocks.back();
      blocks.pop_back();
      blocks.back().weighted_sum += last.weighted_sum;
      blocks.back().weight += last.weight;
      blocks.back().count += last.count;
    }
  }
  std::vector<double> out;
  out.reserve(y.size());
  for (const Block& b : blocks) out.insert(out.end(), b.count, b.value());
  return out;
}

double mean(const std::vector<double>& values) {
  if (values.empty()) throw std::invalid_argument("mean of an empty sample");
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return quantile_sorted(values, 0.5);
}

double normal_quantile(double p) {
  if (!(p > 0 && p < 1)) throw std::invalid_argument("normal_quantile needs 0 < p < 1");
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                 -2.759285104469687e+02, 1.383577518672690e+02,
                                 -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                 -1.556989798598866e+02, 6.680131188771972e+01,
                                 -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                 -2.400758277161838e+00, -2.549732539343734e+00,
                                 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                 2.445134137142996e+00, 3.754408661907416e+00};
  constexpr double kLow = 0.02425;
  if (p < kLow) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - kLow) return -normal_quantile(1 - p);
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double log_quantile_at(const Quantiles& lq, double p) {
  static const Quantiles z = [] {
    Quantiles out{};
    for (std::size_t i = 0; i < kRanks.size(); ++i) out[i] = normal_quantile(kRanks[i]);
    return out;
  }();
  const double sigma = (lq.back() - lq.front()) / (2 * kZ90);
  const double zp = normal_quantile(p);
  if (zp <= z.front()) return lq.front() + sigma * (zp - z.front());
  if (zp >= z.back()) return lq.back() + sigma * (zp - z.back());
  std::size_t i = 1;
  while (zp > z[i]) ++i;
  const double t = (zp - z[i - 1]) / (z[i] - z[i - 1]);
  return lq[i - 1] + t * (lq[i] - lq[i - 1]);
}

Quantiles widened(const Quantiles& lq, double tau, int grid) {
  if (!(tau > 0)) return lq;
  std::vector<double> x(static_cast<std::size_t>(grid));
  for (int g = 0; g < grid; ++g) x[static_cast<std::size_t>(g)] = log_quantile_at(lq, (g + 1.0) / (grid + 1.0));
  // F(q) = mean of Phi((q - x_i) / tau): Newton steps inside a shrinking bracket.
  const double kInvSqrt2Pi = 0.3989422804014327;
  Quantiles out{};
  for (std::size_t i = 0; i < kRanks.size(); ++i) {
    double lo = x.front() - 8 * tau, hi = x.back() + 8 * tau, q = lq[i];
    for (int it = 0; it < 100; ++it) {
      double f = 0, df = 0;
      for (double xi : x) {
        const double u = (q - xi) / tau;
        f += normal_cdf(u);
        df += kInvSqrt2Pi * std::exp(-0.5 * u * u);
      }
      f = f / grid - kRanks[i];
      df /= grid * tau;
      (f < 0 ? lo : hi) = q;
      double next = df > 0 ? q - f / df : 0.5 * (lo + hi);
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (std::abs(next - q) < 1e-10 || hi - lo < 1e-10) {
        q = next;
        break;
      }
      q = next;
    }
    out[i] = q;
  }
  return out;
}

}  // namespace calibrate
