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

/// The cells a report of `role` in `country` is read from when the country has none of its
/// own, and the log factor that scales them.
double fallback_shift(const MarketModel& m, const std::string& country, std::size_t level) {
  const auto f = m.country_log_factor.find(country);
  return f != m.country_log_factor.end() ? f->second[level] : 0.0;
}

/// The reference country's cells of a role (its own, else "*", which is on its scale).
const LevelCells& reference_cells(const MarketModel& m, std::size_t role) {
  const auto ref = m.countries.find({role, m.reference});
  return ref != m.countries.end() ? ref->second : m.star[role];
}

/// The cells the model reads for a report (own, else "*"), and the shift to add to them.
std::pair<const LevelCells*, double> located(const MarketModel& m, const Report& r) {
  if (!r.local) {
    const auto f = m.remote_log_factor.find(r.country);
    return {&reference_cells(m, r.role), f != m.remote_log_factor.end() ? f->second : 0.0};
  }
  const auto own = m.countries.find({r.role, r.country});
  if (own != m.countries.end()) return {&own->second, 0.0};
  return {&m.star[r.role], fallback_shift(m, r.country, r.level)};
}

/// Log median for a report, without the company-size factor.
double located_median(const MarketModel& m, const Report& r) {
  const auto [cells, shift] = located(m, r);
  return (*cells)[r.level].lq[2] + shift;
}

/// "*" cells per role x level from local reports shifted by -factor[country][level]: the
/// level root, role factors against it, then role x level cells pooled toward the root
/// shifted by the role factor, made monotone over the levels.
std::vector<LevelCells> fit_star(const std::vector<const Report*>& local, const ByLevel& factor,
                                 const ProjectInputs& in, double k) {
  const std::size_t n_roles = in.roles.size(), n_levels = in.levels.size();
  auto shifted_log = [&](const Report& r) {
    const auto f = factor.find(r.country);
    return r.log_usd - (f != factor.end() ? f->second[r.level] : 0.0);
  };
  LogsByLevel level_logs(n_levels);
  for (const Report* r : local) level_logs[r->level].push_back(shifted_log(*r));
  std::vector<Quantiles> level_root(n_levels);
  for (std::size_t l = 0; l < n_levels; ++l) {
    if (level_logs[l].empty()) throw std::runtime_error("market: no local reports for a level");
    level_root[l] = quantiles(level_logs[l]);
  }
  std::vector<std::vector<double>> role_ratios(n_roles);
  std::vector<LogsByLevel> star_logs(n_roles, LogsByLevel(n_levels));
  for (const Report* r : local) {
    const double y = shifted_log(*r);
    role_ratios[r->role].push_back(y - level_root[r->level][2]);
    star_logs[r->role][r->level].push_back(y);
  }
  std::vector<LevelCells> star(n_roles, LevelCells(n_levels));
  for (std::size_t i = 0; i < n_roles; ++i) {
    const double f = pooled_log_factor(role_ratios[i], k);
    for (std::size_t l = 0; l < n_levels; ++l) {
      star[i][l] = pooled(star_logs[i][l], shifted(level_root[l], f), k);
    }
    make_levels_monotone(star[i], k);
  }
  return star;
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
                    r.company_size, r.work_year, std::log(r.salary_in_usd),
                    r.salary_currency == country->second.currency});
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
                      const MarketOptions& opt, const ByLevel& relative_level) {
  const std::size_t n_levels = in.levels.size();
  const double k = opt.shrink_k;
  MarketModel m;
  m.reference = opt.reference_country;
  m.n = train.size();
  std::vector<const Report*> local, remote;
  for (const auto& r : train) (r.local ? local : remote).push_back(&r);

  // 1. First pass: "*" from the local reports shifted by the countries' relative levels.
  const std::vector<LevelCells> first = fit_star(local, relative_level, in, k);

  // 2. Each country's offset: its local reports against "*" + its relative level, shrunk
  //    toward 0 (the reference's is 0 by definition: "*" is on its scale).
  std::map<std::string, std::vector<double>> offsets;
  for (const Report* r : local) {
    ++m.country_n[r->country];
    if (r->country == m.reference) continue;
    offsets[r->country].push_back(r->log_usd - first[r->role][r->level].lq[2] -
                                  relative_level.at(r->country)[r->level]);
  }
  for (const auto& [id, c] : in.countries) {
    const auto it = offsets.find(id);
    m.country_offset[id] = it == offsets.end() ? 0.0 : pooled_log_factor(it->second, k);
    std::vector<double> f = relative_level.at(id);
    for (double& v : f) v += m.country_offset[id];
    m.country_log_factor[id] = std::move(f);
  }

  // 3. "*" again with the offsets, then own cells for countries with enough local reports,
  //    for the roles they report, pooled toward "*" times their factor.
  m.star = fit_star(local, m.country_log_factor, in, k);
  std::map<std::pair<std::size_t, std::string>, LogsByLevel> own_logs;
  for (const Report* r : local) {
    auto& logs = own_logs[{r->role, r->country}];
    if (logs.empty()) logs.resize(n_levels);
    logs[r->level].push_back(r->log_usd);
  }
  for (const auto& [key, logs] : own_logs) {
    const auto& [role, country] = key;
    std::size_t role_n = 0;
    for (const auto& level : logs) role_n += level.size();
    if (m.country_n[country] < opt.min_country_rows || role_n < opt.min_country_role_rows) {
      continue;
    }
    auto& cells = m.countries[key];
    for (std::size_t l = 0; l < n_levels; ++l) {
      cells.push_back(pooled(logs[l], shifted(m.star[role][l].lq, m.country_log_factor.at(country)[l]), k));
    }
    make_levels_monotone(cells, k);
  }

  // 4. Company sizes: mean log ratio of local reports to the median the pack gives their own
  //    role, level and country, shrunk toward 1.
  std::map<std::string, std::vector<double>> size_ratios;
  for (const Report* r : local) size_ratios[r->size].push_back(r->log_usd - located_median(m, *r));
  for (const auto& [size, ratios] : size_ratios) {
    m.size_log_factor[size] = pooled_log_factor(ratios, k);
  }

  // 5. Remote work for a foreign employer: each report against the reference country's cells;
  //    the global mean, each region's mean shrunk toward it, each country's toward its region.
  std::vector<double> all;
  std::map<std::string, std::vector<double>> by_region, by_country;
  for (const Report* r : remote) {
    const double e = r->log_usd - reference_cells(m, r->role)[r->level].lq[2];
    all.push_back(e);
    by_region[r->region].push_back(e);
    by_country[r->country].push_back(e);
  }
  if (!all.empty()) {
    const double global = mean(all);
    for (const auto& [id, c] : in.countries) {
      if (id == m.reference) continue;
      double region = global;
      if (const auto it = by_region.find(c.region); it != by_region.end()) {
        region += shrink_weight(it->second.size(), k) * (mean(it->second) - global);
      }
      double own = region;
      std::size_t n = 0;
      if (const auto it = by_country.find(id); it != by_country.end()) {
        n = it->second.size();
        own += shrink_weight(n, k) * (mean(it->second) - region);
      }
      m.remote_log_factor[id] = own;
      m.remote_n[id] = n;
    }
  }
  return m;
}

Quantiles predict(const MarketModel& m, const ProjectInputs&, const Report& r) {
  auto [cells, shift] = located(m, r);
  const auto s = m.size_log_factor.find(r.size);
  if (s != m.size_log_factor.end()) shift += s->second;
  return shifted((*cells)[r.level].lq, shift);
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
                                   const MarketOptions& opt, double drift,
                                   const ByLevel& relative_level) {
  SpreadCalibration best;
  best.k = opt.shrink_k;
  best.drift = drift;
  best.fit_to_year = opt.spread_fit_to_year;
  best.test_year = opt.spread_fit_to_year + 1;
  const auto train = fit_window(reports, best.fit_to_year, opt);
  std::vector<const Report*> test;
  // Local reports only: the widening describes the cells; remote figures reuse the reference
  // country's cells times a factor, and their error is that factor's, not the cells'.
  for (const auto& r : reports) {
    if (r.year == best.test_year && r.local) test.push_back(&r);
  }
  if (train.empty() || test.empty()) {
    throw std::runtime_error("market: no reports to calibrate the spread on (fit to " +
                             std::to_string(best.fit_to_year) + ")");
  }
  best.n_fit = train.size();
  best.n_test = test.size();
  const MarketModel fitted = fit_model(train, in, opt, relative_level);

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
