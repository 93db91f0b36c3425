#include "country_levels.h"

#include <cmath>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "stats.h"

namespace calibrate {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Weighted least squares of y on x: {intercept, slope}.
std::pair<double, double> weighted_line(const std::vector<double>& x, const std::vector<double>& y,
                                        const std::vector<double>& w) {
  double sw = 0, sx = 0, sy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) sw += w[i], sx += w[i] * x[i], sy += w[i] * y[i];
  const double mx = sx / sw, my = sy / sw;
  double sxy = 0, sxx = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += w[i] * (x[i] - mx) * (y[i] - my);
    sxx += w[i] * (x[i] - mx) * (x[i] - mx);
  }
  const double slope = sxx > 0 ? sxy / sxx : 0;
  return {my - slope * mx, slope};
}

}  // namespace

double CountryLevels::relative(const std::string& country, std::size_t level,
                               const std::string& reference) const {
  return log_level.at(country).at(level) - log_level.at(reference).at(level);
}

bool CountryLevels::borrowed(const std::string& country, std::size_t min_own) const {
  const auto it = answers.find(country);
  return it == answers.end() || it->second < min_own;
}

std::size_t level_of_years(const std::vector<LevelDef>& levels, double years) {
  std::size_t i = 0;
  while (i + 1 < levels.size() && years >= levels[i + 1].from_years.get<double>()) ++i;
  return i;
}

CountryLevels fit_country_levels(const std::vector<SoAnswer>& kept, const ProjectInputs& in,
                                 const std::map<std::string, double>& price_level,
                                 const CountryLevelOptions& opt) {
  const std::size_t n_levels = in.levels.size();
  CountryLevels out;

  // 1. Role premiums, pooled across countries: each answer's log distance from the median of
  //    its country and level, medians per group, relative to "developer"; the cell medians
  //    are then taken of the role-adjusted pay and the premiums measured again (backfitting),
  //    so a cell with many ML answers does not hide their premium.
  std::vector<std::size_t> level(kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) level[i] = level_of_years(in.levels, kept[i].years);
  for (const auto& a : kept) out.role_premium[a.group] = 0;
  if (out.role_premium.count("developer") == 0) {
    throw std::runtime_error("country levels: no answers of the developer group");
  }
  for (int iteration = 0; iteration < 10; ++iteration) {
    std::map<std::pair<std::string, std::size_t>, std::vector<double>> cell_logs;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      cell_logs[{kept[i].country, level[i]}].push_back(std::log(kept[i].usd) -
                                                       out.role_premium.at(kept[i].group));
    }
    std::map<std::pair<std::string, std::size_t>, double> cell_median;
    for (auto& [key, logs] : cell_logs) cell_median[key] = median(logs);
    std::map<std::string, std::vector<double>> group_residuals;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      group_residuals[kept[i].group].push_back(std::log(kept[i].usd) -
                                               cell_median.at({kept[i].country, level[i]}));
    }
    const double developer = median(group_residuals.at("developer"));
    for (auto& [group, residuals] : group_residuals) {
      out.role_premium[group] = median(residuals) - developer;
    }
  }

  // 2. Role-adjusted log pay per country and level.
  std::map<std::string, std::vector<std::vector<double>>> adjusted;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    auto& by_level = adjusted[kept[i].country];
    by_level.resize(n_levels);
    by_level[level[i]].push_back(std::log(kept[i].usd) - out.role_premium.at(kept[i].group));
  }
  for (const auto& [id, c] : in.countries) {
    out.answers[id] = 0;
    if (const auto it = adjusted.find(id); it != adjusted.end()) {
      for (const auto& v : it->second) out.answers[id] += v.size();
    }
  }

  // 3. The prior per level: a line in log price level through the country medians.
  auto log_price = [&](const std::string& id) -> std::optional<double> {
    const auto it = price_level.find(id);
    if (it == price_level.end()) return std::nullopt;
    return std::log(it->second);
  };
  out.intercept.assign(n_levels, 0);
  out.slope.assign(n_levels, 0);
  for (std::size_t l = 0; l < n_levels; ++l) {
    std::vector<double> x, y, w;
    for (const auto& [id, by_level] : adjusted) {
      const auto p = log_price(id);
      if (!p || by_level[l].size() < opt.min_regression_answers) continue;
      x.push_back(*p);
      y.push_back(median(by_level[l]));
      w.push_back(shrink_weight(by_level[l].size(), opt.k));
    }
    if (x.size() < 3) {
      throw std::runtime_error("country levels: fewer than 3 countries with enough answers at level " +
                               in.levels[l].id);
    }
    std::tie(out.intercept[l], out.slope[l]) = weighted_line(x, y, w);
  }

  // 4. Country offsets from the line (all levels of the country together), shrunk toward the
  //    mean offset of the region's countries.
  std::map<std::string, double> raw_offset;
  std::map<std::string, std::vector<double>> region_offsets;
  for (const auto& [id, by_level] : adjusted) {
    const auto p = log_price(id);
    if (!p) continue;
    std::vector<double> e;
    for (std::size_t l = 0; l < n_levels; ++l) {
      for (double v : by_level[l]) e.push_back(v - (out.intercept[l] + out.slope[l] * *p));
    }
    raw_offset[id] = median(e);
    if (e.size() >= opt.min_regression_answers) {
      region_offsets[in.countries.at(id).region].push_back(raw_offset[id]);
    }
  }
  for (const auto& [region, offsets] : region_offsets) out.region_offset[region] = mean(offsets);

  // The pooling constant, by empirical Bayes: a median of n answers has sampling variance
  // about (pi / 2) sigma^2 / n (sigma^2: the variance of log pay within a country and level),
  // and countries scatter around the line with variance tau^2 (their offsets' variance less
  // that sampling variance); n answers then weigh n / (n + k) with k = (pi / 2) sigma^2 / tau^2.
  {
    double ss = 0, dof = 0;
    for (const auto& [id, by_level] : adjusted) {
      for (const auto& v : by_level) {
        if (v.size() < 2) continue;
        const double m = mean(v);
        for (double x : v) ss += (x - m) * (x - m);
        dof += static_cast<double>(v.size() - 1);
      }
    }
    out.sigma2 = ss / dof;
    std::vector<double> offsets, noise;
    for (const auto& [id, offset] : raw_offset) {
      if (out.answers.at(id) < opt.min_own_answers) continue;
      offsets.push_back(offset);
      noise.push_back(kPi / 2 * out.sigma2 / static_cast<double>(out.answers.at(id)));
    }
    const double m = mean(offsets);
    double var = 0;
    for (double o : offsets) var += (o - m) * (o - m);
    var /= static_cast<double>(offsets.size() - 1);
    out.tau2 = std::max(var - mean(noise), 1e-4);
    out.k = std::min(100.0, std::max(1.0, kPi / 2 * out.sigma2 / out.tau2));
  }

  // 5. Each level: own median pooled toward the prior, then non-decreasing over the levels.
  auto pooled_levels = [&](const std::string& id, const std::vector<double>& prior) {
    std::vector<double> levels(n_levels), weights(n_levels);
    const auto it = adjusted.find(id);
    for (std::size_t l = 0; l < n_levels; ++l) {
      const std::vector<double> own = it != adjusted.end() ? it->second[l] : std::vector<double>{};
      const double w = shrink_weight(own.size(), out.k);
      levels[l] = own.empty() ? prior[l] : w * median(own) + (1 - w) * prior[l];
      weights[l] = static_cast<double>(own.size()) + out.k;
    }
    return isotonic_regression(levels, weights);
  };
  std::vector<std::string> without_price;
  for (const auto& [id, c] : in.countries) {
    const auto p = log_price(id);
    if (!p) {
      without_price.push_back(id);
      continue;
    }
    const double region = out.region_offset.count(c.region) ? out.region_offset.at(c.region) : 0;
    const auto raw = raw_offset.find(id);
    const double offset =
        raw == raw_offset.end()
            ? region
            : region + shrink_weight(out.answers.at(id), out.k) * (raw->second - region);
    std::vector<double> prior(n_levels);
    for (std::size_t l = 0; l < n_levels; ++l) prior[l] = out.intercept[l] + out.slope[l] * *p + offset;
    out.log_level[id] = pooled_levels(id, prior);
  }
  // Countries without a World Bank price level (Taiwan, Gibraltar, ...): the mean level of
  // their region's countries that have answers of their own is the prior.
  for (const auto& id : without_price) {
    const std::string& region = in.countries.at(id).region;
    std::vector<double> prior(n_levels, 0);
    std::size_t members = 0;
    for (const auto& [other, levels] : out.log_level) {
      if (in.countries.at(other).region != region || out.borrowed(other, opt.min_own_answers)) continue;
      for (std::size_t l = 0; l < n_levels; ++l) prior[l] += levels[l];
      ++members;
    }
    if (members == 0) throw std::runtime_error("country levels: no prior for " + id);
    for (double& v : prior) v /= static_cast<double>(members);
    out.log_level[id] = pooled_levels(id, prior);
  }
  return out;
}

}  // namespace calibrate
