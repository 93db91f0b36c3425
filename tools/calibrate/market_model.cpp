#include "market_model.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <stdexcept>

namespace calibrate {

namespace {

Quantiles shifted(const Quantiles& q, double by) {
  Quantiles out = q;
  for (double& v : out) v += by;
  return out;
}

/// Partial pooling: w * own + (1 - w) * parent, w = n / (n + k); the parent when n == 0.
LogCell pooled(const std::vector<double>& own_logs, const Quantiles& parent, double k) {
  LogCell cell;
  cell.n = own_logs.size();
  cell.lq = parent;
  if (own_logs.empty()) return cell;
  const Quantiles own = quantiles(own_logs);
  const double w = shrink_weight(cell.n, k);
  for (std::size_t i = 0; i < own.size(); ++i) cell.lq[i] = w * own[i] + (1 - w) * parent[i];
  return cell;
}

/// Mean log ratio of a group's reports to their reference, shrunk toward 0 (factor 1).
double pooled_log_factor(const std::vector<double>& log_ratios, double k) {
  if (log_ratios.empty()) return 0;
  return shrink_weight(log_ratios.size(), k) * mean(log_ratios);
}

using LogsByLevel = std::vector<std::vector<double>>;

/// The cells a country without cells of its own for a role falls back to.
const LevelCells& fallback_cells(const MarketModel& m, const ProjectInputs& in,
                                 std::size_t role, const std::string& country) {
  const auto region = m.regions.find(in.countries.at(country).region);
  return region != m.regions.end() ? region->second[role] : m.star[role];
}

/// Log median for a report, without the company-size factor.
double located_median(const MarketModel& m, const ProjectInputs& in, const Report& r) {
  const auto own = m.countries.find({r.role, r.country});
  if (own != m.countries.end()) return own->second[r.level].lq[2];
  const auto f = m.country_log_factor.find(r.country);
  return fallback_cells(m, in, r.role, r.country)[r.level].lq[2] +
         (f != m.country_log_factor.end() ? f->second : 0.0);
}

}  // namespace

std::vector<Report> keep_reports(const std::vector<AiJobsRow>& rows, const ProjectInputs& in,
                                 const MarketOptions& opt) {
  std::map<std::string, std::size_t> level_index;
  for (std::size_t i = 0; i < in.levels.size(); ++i) level_index[in.levels[i].id] = i;

  std::vector<Report> kept;
  std::map<std::string, std::size_t> unmapped;  // title -> rows
  std::size_t filtered = 0, unknown_level = 0;
  for (const auto& r : rows) {
    if (r.employment_type != opt.employment_type || !(r.salary_in_usd > 0)) {
      ++filtered;
      continue;
    }
    const auto role = in.role_of_title.find(r.job_title);
    if (role == in.role_of_title.end()) {
      ++unmapped[r.job_title];
      continue;
    }
    const auto level = level_index.find(r.experience_level);
    if (level == level_index.end()) {
      ++unknown_level;
      continue;
    }
    const auto country = in.countries.find(r.company_location);
    if (country == in.countries.end()) {
      throw std::runtime_error("countries.csv: no entry for " + r.company_location);
    }
    kept.push_back({role->second, level->second, r.company_location, country->second.region,
                    r.company_size, r.work_year, std::log(r.salary_in_usd)});
  }
  std::size_t unmapped_rows = 0;
  for (const auto& [title, n] : unmapped) unmapped_rows += n;
  std::cerr << "calibrate: market: " << rows.size() << " rows, " << filtered << " not "
            << opt.employment_type << "/salary>0, " << unmapped_rows << " with "
            << unmapped.size() << " titles not mapped to a role (ignored), " << unknown_level
            << " with an unknown level, " << kept.size() << " kept\n";
  return kept;
}

std::vector<Report> fit_window(const std::vector<Report>& reports, int to_year,
                               const MarketOptions& opt) {
  std::vector<Report> out;
  for (const auto& r : reports) {
    if (r.year <= to_year && r.year > to_year - opt.window_years) out.push_back(r);
  }
  return out;
}

void make_levels_monotone(LevelCells& cells, double k) {
  std::vector<double> weights;
  for (const LogCell& c : cells) weights.push_back(static_cast<double>(c.n) + k);
  for (std::size_t rank = 0; rank < kRanks.size(); ++rank) {
    std::vector<double> by_level;
    for (const LogCell& c : cells) by_level.push_back(c.lq[rank]);
    const std::vector<double> fitted = isotonic_regression(by_level, weights);
    for (std::size_t l = 0; l < cells.size(); ++l) cells[l].lq[rank] = fitted[l];
  }
}

MarketModel fit_model(const std::vector<Report>& train, const ProjectInputs& in,
                      const MarketOptions& opt) {
  const std::size_t n_roles = in.roles.size(), n_levels = in.levels.size();
  const double k = opt.shrink_k;
  MarketModel m;
  m.n = train.size();

  // 1. All roles, all countries, per level: the root of the pooling tree.
  LogsByLevel level_logs(n_levels);
  for (const auto& r : train) level_logs[r.level].push_back(r.log_usd);
  std::vector<Quantiles> level_root(n_levels);
  for (std::size_t l = 0; l < n_levels; ++l) {
    if (level_logs[l].empty()) throw std::runtime_error("market: no reports for a level");
    level_root[l] = quantiles(level_logs[l]);
  }

  // 2. Role factors: mean log ratio to the level's median, shrunk toward 1; then the "*"
  //    cells per role x level, pooled toward the level root shifted by the role factor.
  std::vector<std::vector<double>> role_ratios(n_roles);
  std::vector<LogsByLevel> star_logs(n_roles, LogsByLevel(n_levels));
  for (const auto& r : train) {
    role_ratios[r.role].push_back(r.log_usd - level_root[r.level][2]);
    star_logs[r.role][r.level].push_back(r.log_usd);
  }
  m.star.assign(n_roles, LevelCells(n_levels));
  for (std::size_t i = 0; i < n_roles; ++i) {
    const double f = pooled_log_factor(role_ratios[i], k);
    for (std::size_t l = 0; l < n_levels; ++l) {
      m.star[i][l] = pooled(star_logs[i][l], shifted(level_root[l], f), k);
    }
    make_levels_monotone(m.star[i], k);
  }

  // 3. Regions with enough reports: cells pooled toward "*" shifted by the region factor.
  std::map<std::string, std::vector<double>> region_ratios;
  std::map<std::string, std::vector<LogsByLevel>> region_logs;
  for (const auto& r : train) {
    region_ratios[r.region].push_back(r.log_usd - m.star[r.role][r.level].lq[2]);
    auto& logs = region_logs[r.region];
    if (logs.empty()) logs.assign(n_roles, LogsByLevel(n_levels));
    logs[r.role][r.level].push_back(r.log_usd);
  }
  for (const auto& [region, ratios] : region_ratios) {
    if (ratios.size() < opt.min_region_rows) continue;
    const double f = pooled_log_factor(ratios, k);
    auto& cells = m.regions[region];
    cells.assign(n_roles, LevelCells(n_levels));
    for (std::size_t i = 0; i < n_roles; ++i) {
      for (std::size_t l = 0; l < n_levels; ++l) {
        cells[i][l] = pooled(region_logs[region][i][l], shifted(m.star[i][l].lq, f), k);
      }
      make_levels_monotone(cells[i], k);
    }
  }

  // 4. Country factors against the cells each country falls back to.
  std::map<std::string, std::vector<double>> country_ratios;
  std::map<std::pair<std::size_t, std::string>, LogsByLevel> own_logs;
  for (const auto& r : train) {
    country_ratios[r.country].push_back(
        r.log_usd - fallback_cells(m, in, r.role, r.country)[r.level].lq[2]);
    auto& logs = own_logs[{r.role, r.country}];
    if (logs.empty()) logs.resize(n_levels);
    logs[r.level].push_back(r.log_usd);
  }
  for (const auto& [country, ratios] : country_ratios) {
    m.country_log_factor[country] = pooled_log_factor(ratios, k);
    m.country_n[country] = ratios.size();
  }

  // 5. Cells of their own for countries with enough reports, for the roles they report.
  for (const auto& [key, logs] : own_logs) {
    const auto& [role, country] = key;
    std::size_t role_n = 0;
    for (const auto& level : logs) role_n += level.size();
    if (m.country_n[country] < opt.min_country_rows || role_n < opt.min_country_role_rows) {
      continue;
    }
    const LevelCells& parent = fallback_cells(m, in, role, country);
    const double f = m.country_log_factor[country];
    auto& cells = m.countries[key];
    for (std::size_t l = 0; l < n_levels; ++l) {
      cells.push_back(pooled(logs[l], shifted(parent[l].lq, f), k));
    }
    make_levels_monotone(cells, k);
  }

  // 6. Company sizes: mean log ratio to the median the pack gives the report's own role,
  //    level and country, shrunk toward 1.
  std::map<std::string, std::vector<double>> size_ratios;
  for (const auto& r : train) size_ratios[r.size].push_back(r.log_usd - located_median(m, in, r));
  for (const auto& [size, ratios] : size_ratios) {
    m.size_log_factor[size] = pooled_log_factor(ratios, k);
  }
  return m;
}

Quantiles predict(const MarketModel& m, const ProjectInputs& in, const Report& r) {
  double shift = 0;
  const LogCell* cell = nullptr;
  const auto own = m.countries.find({r.role, r.country});
  if (own != m.countries.end()) {
    cell = &own->second[r.level];
  } else {
    cell = &fallback_cells(m, in, r.role, r.country)[r.level];
    const auto f = m.country_log_factor.find(r.country);
    if (f != m.country_log_factor.end()) shift += f->second;
  }
  const auto s = m.size_log_factor.find(r.size);
  if (s != m.size_log_factor.end()) shift += s->second;
  return shifted(cell->lq, shift);
}

double pinball(const Quantiles& q, double y) {
  double sum = 0;
  for (std::size_t i = 0; i < kRanks.size(); ++i) {
    const double d = y - q[i];
    sum += d >= 0 ? kRanks[i] * d : (kRanks[i] - 1) * d;
  }
  return sum / static_cast<double>(kRanks.size());
}

double SpreadCalibration::tau(std::size_t n) const {
  return std::sqrt(tau0 * tau0 + tau1 * tau1 * k / (static_cast<double>(n) + k));
}

namespace {

/// Calls f(cells, n) for every role x place group, n being the report count its widening
/// depends on.
template <class F>
void for_each_group(MarketModel& m, F&& f) {
  for (auto& cells : m.star) f(cells, 0);
  for (auto& [region, by_role] : m.regions) {
    for (auto& cells : by_role) f(cells, 0);
  }
  for (auto& [key, cells] : m.countries) f(cells, m.country_n.at(key.second));
}

}  // namespace

void apply_spread(MarketModel& m, const SpreadCalibration& cal) {
  for_each_group(m, [&](LevelCells& cells, std::size_t n) {
    for (auto& c : cells) c.lq = shifted(widened(c.lq, cal.tau(n)), cal.drift);
    // One tau for the whole group, yet a quantile can still fall a little: a cell with a
    // longer upper tail gets a lower widened p10 (by up to 1.7% in 25 groups of the pack
    // when this second pass was added).
    make_levels_monotone(cells, cal.k);
  });
}

SpreadCalibration calibrate_spread(const std::vector<Report>& reports, const ProjectInputs& in,
                                   const MarketOptions& opt, double drift) {
  SpreadCalibration best;
  best.k = opt.shrink_k;
  best.drift = drift;
  best.fit_to_year = opt.spread_fit_to_year;
  best.test_year = opt.spread_fit_to_year + 1;
  const auto train = fit_window(reports, best.fit_to_year, opt);
  std::vector<const Report*> test;
  for (const auto& r : reports) {
    if (r.year == best.test_year) test.push_back(&r);
  }
  if (train.empty() || test.empty()) {
    throw std::runtime_error("market: no reports to calibrate the spread on (fit to " +
                             std::to_string(best.fit_to_year) + ")");
  }
  best.n_fit = train.size();
  best.n_test = test.size();
  const MarketModel fitted = fit_model(train, in, opt);

  // Mean pinball loss of the nested test reports for tau0, tau1 (integer grid steps, so the
  // grid is the same on every machine) and the given drift.
  auto loss_of = [&](int t0, int t1, double with_drift) {
    SpreadCalibration cal = best;
    cal.tau0 = t0 * opt.spread_tau_step;
    cal.tau1 = t1 * opt.spread_tau_step;
    cal.drift = with_drift;
    MarketModel m = fitted;
    apply_spread(m, cal);
    double loss = 0;
    for (const Report* r : test) loss += pinball(predict(m, in, *r), r->log_usd);
    return loss / static_cast<double>(test.size());
  };
  best.loss_before = loss_of(0, 0, 0);
  const int n_tau = static_cast<int>(std::lround(opt.spread_tau_max / opt.spread_tau_step));
  int t0 = 0, t1 = 0;
  double least = loss_of(0, 0, drift);
  for (int sweep = 0; sweep < 2; ++sweep) {
    for (int which = 0; which < 2; ++which) {
      for (int t = 0; t <= n_tau; ++t) {
        const int a = which == 0 ? t : t0, b = which == 0 ? t1 : t;
        const double loss = loss_of(a, b, drift);
        if (loss < least - 1e-12) {
          least = loss;
          t0 = a, t1 = b;
        }
      }
    }
  }
  best.tau0 = t0 * opt.spread_tau_step;
  best.tau1 = t1 * opt.spread_tau_step;
  best.loss_after = least;
  std::cerr << "calibrate: market: spread fit on " << best.n_fit << " reports to "
            << best.fit_to_year << ", tested on " << best.n_test << " of " << best.test_year
            << ": drift " << best.drift << " (OEWS), tau0 " << best.tau0 << ", tau1 " << best.tau1
            << " (pinball " << best.loss_before << " -> " << best.loss_after << ")\n";
  return best;
}

}  // namespace calibrate
