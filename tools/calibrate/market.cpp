#include "market.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include "bonus.h"
#include "pack_json.h"
#include "raw_data.h"
#include "stats.h"

namespace calibrate {

namespace {

/// One kept salary report, reduced to what the model uses.
struct Report {
  std::size_t role = 0;
  std::size_t level = 0;
  std::string country;
  std::string size;
  double log_usd = 0;
};

/// A cell in log space: log quantiles at kRanks and the number of own reports.
struct LogCell {
  Quantiles lq{};
  std::size_t n = 0;
};

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

std::vector<Report> keep_reports(const std::vector<AiJobsRow>& rows, const ProjectInputs& in,
                                 const MarketOptions& opt) {
  std::map<std::string, std::size_t> level_index;
  for (std::size_t i = 0; i < in.levels.size(); ++i) level_index[in.levels[i].id] = i;

  std::vector<Report> kept;
  std::map<std::string, std::size_t> unmapped;  // title -> rows
  std::size_t filtered = 0, unknown_level = 0;
  for (const auto& r : rows) {
    if (r.employment_type != opt.employment_type || r.work_year < opt.min_work_year ||
        !(r.salary_in_usd > 0)) {
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
    kept.push_back({role->second, level->second, r.company_location, r.company_size,
                    std::log(r.salary_in_usd)});
  }
  std::size_t unmapped_rows = 0;
  for (const auto& [title, n] : unmapped) unmapped_rows += n;
  std::cerr << "calibrate: market: " << rows.size() << " rows, " << filtered << " not "
            << opt.employment_type << "/work_year>=" << opt.min_work_year << "/salary>0, "
            << unmapped_rows << " with " << unmapped.size()
            << " titles not mapped to a role (ignored), " << unknown_level
            << " with an unknown level, " << kept.size() << " kept\n";
  return kept;
}

/// Exchange rates: per currency, the median of salary / salary_in_usd over its rows of its
/// latest work_year (all rows of the file, whatever their other columns).
json currency_rates(const std::vector<AiJobsRow>& rows, std::map<std::string, bool>& has_rate) {
  std::map<std::string, int> latest;
  for (const auto& r : rows) {
    if (r.salary > 0 && r.salary_in_usd > 0) {
      auto [it, fresh] = latest.emplace(r.salary_currency, r.work_year);
      if (!fresh) it->second = std::max(it->second, r.work_year);
    }
  }
  json out = json::array();
  for (const auto& [currency, year] : latest) {
    std::vector<double> ratios;
    for (const auto& r : rows) {
      if (r.salary_currency == currency && r.work_year == year && r.salary > 0 &&
          r.salary_in_usd > 0) {
        ratios.push_back(r.salary / r.salary_in_usd);
      }
    }
    const double rate = currency == "USD" ? 1.0 : round_factor(median(ratios));
    out.push_back({{"id", currency},
                   {"per_usd", rate},
                   {"as_of", std::to_string(year)},
                   {"source", "aijobs"}});
    has_rate[currency] = true;
  }
  return out;
}

json city_factors(const std::filesystem::path& shared, const MarketOptions& opt) {
  const auto national = read_oews_medians(shared / opt.oews_file, opt.oews_year);
  for (const auto& soc : opt.city_socs) {
    if (national.count(soc) == 0) {
      throw std::runtime_error(opt.oews_file + ": no " + std::to_string(opt.oews_year) +
                               " median for " + soc);
    }
  }
  json out = json::array();
  std::size_t partial = 0;
  for (const auto& area : read_oflc_areas(shared / opt.oflc_file)) {
    // Geometric mean over the SOCs of area Level III wage / national median.
    double log_sum = 0;
    std::size_t used = 0;
    for (const auto& soc : opt.city_socs) {
      const auto it = area.level3_annual.find(soc);
      if (it == area.level3_annual.end()) continue;
      log_sum += std::log(it->second / national.at(soc));
      ++used;
    }
    if (used == 0) continue;
    if (used < opt.city_socs.size()) ++partial;
    out.push_back({{"id", "us-" + area.area_id},
                   {"label", area.area_name},
                   {"country", "US"},
                   {"factor", round_factor(std::exp(log_sum / static_cast<double>(used)))},
                   {"source", "oflc"}});
  }
  if (partial != 0) {
    std::cerr << "calibrate: market: " << partial << " areas lack a wage for some SOC\n";
  }
  return out;
}

json level_json(const LevelDef& l) {
  return {{"id", l.id},
          {"label", l.label},
          {"label_zh", l.label_zh},
          {"from_years", l.from_years},
          {"to_years", l.to_years},
          {"anchor_years", l.anchor_years}};
}

}  // namespace

json build_market_pack(const std::filesystem::path& shared, const ProjectInputs& in,
                       const MarketOptions& opt) {
  const std::vector<AiJobsRow> rows = read_aijobs(shared / opt.aijobs_file);
  const std::vector<Report> reports = keep_reports(rows, in, opt);
  const std::size_t n_roles = in.roles.size(), n_levels = in.levels.size();
  const double k = opt.shrink_k;

  // 1. All roles, all countries, per level: the root of the pooling tree.
  std::vector<std::vector<double>> level_logs(n_levels);
  for (const auto& r : reports) level_logs[r.level].push_back(r.log_usd);
  std::vector<Quantiles> level_root(n_levels);
  for (std::size_t l = 0; l < n_levels; ++l) {
    if (level_logs[l].empty()) throw std::runtime_error("market: no reports for a level");
    level_root[l] = quantiles(level_logs[l]);
  }

  // 2. Role factors: mean log ratio to the level's median, shrunk toward 1.
  std::vector<std::vector<double>> role_ratios(n_roles);
  for (const auto& r : reports) role_ratios[r.role].push_back(r.log_usd - level_root[r.level][2]);
  std::vector<double> role_log_factor(n_roles);
  for (std::size_t i = 0; i < n_roles; ++i)
    role_log_factor[i] = pooled_log_factor(role_ratios[i], k);

  // 3. "*" cells per role x level, pooled toward the level root shifted by the role factor.
  std::vector<std::vector<std::vector<double>>> star_logs(
      n_roles, std::vector<std::vector<double>>(n_levels));
  for (const auto& r : reports) star_logs[r.role][r.level].push_back(r.log_usd);
  std::vector<std::vector<LogCell>> star(n_roles, std::vector<LogCell>(n_levels));
  for (std::size_t i = 0; i < n_roles; ++i) {
    for (std::size_t l = 0; l < n_levels; ++l) {
      star[i][l] = pooled(star_logs[i][l], shifted(level_root[l], role_log_factor[i]), k);
    }
  }

  // 4. Country factors: mean log ratio to the "*" medians, shrunk toward 1.
  std::map<std::string, std::vector<double>> country_ratios;
  for (const auto& r : reports) {
    country_ratios[r.country].push_back(r.log_usd - star[r.role][r.level].lq[2]);
  }
  std::map<std::string, double> country_log_factor;  // listed countries only
  for (const auto& [country, ratios] : country_ratios) {
    if (ratios.size() < opt.min_country_rows) continue;
    if (in.countries.count(country) == 0) {
      throw std::runtime_error("countries.csv: no entry for " + country);
    }
    country_log_factor[country] = pooled_log_factor(ratios, k);
  }

  // 5. Country cells where a country has enough reports of a role.
  std::map<std::pair<std::size_t, std::string>, std::vector<std::vector<double>>> own_logs;
  std::map<std::pair<std::size_t, std::string>, std::size_t> role_country_rows;
  for (const auto& r : reports) ++role_country_rows[{r.role, r.country}];
  for (const auto& r : reports) {
    const auto key = std::make_pair(r.role, r.country);
    if (role_country_rows[key] < opt.min_country_role_rows) continue;
    auto& logs = own_logs[key];
    if (logs.empty()) logs.resize(n_levels);
    logs[r.level].push_back(r.log_usd);
  }
  std::map<std::pair<std::size_t, std::string>, std::vector<LogCell>> country_cells;
  for (const auto& [key, logs] : own_logs) {
    const double shift = country_log_factor.at(key.second);
    auto& cells = country_cells[key];
    for (std::size_t l = 0; l < n_levels; ++l) {
      cells.push_back(pooled(logs[l], shifted(star[key.first][l].lq, shift), k));
    }
  }

  // 6. Company sizes: mean log ratio to the median the pack gives the report's own role,
  //    level and country (its country cell, else the "*" cell times the country factor).
  std::map<std::string, std::vector<double>> size_ratios;
  for (const auto& r : reports) {
    const auto cf = country_log_factor.find(r.country);
    if (cf == country_log_factor.end()) continue;  // country not in the pack
    const auto cell = country_cells.find({r.role, r.country});
    const double ref = cell != country_cells.end() ? cell->second[r.level].lq[2]
                                                   : star[r.role][r.level].lq[2] + cf->second;
    size_ratios[r.size].push_back(r.log_usd - ref);
  }

  // 7. Bonus shares per level.
  const BonusShares shares = read_bonus_shares(shared / opt.de_survey_file, in.levels, opt);

  // Emit.
  std::map<std::string, bool> has_rate;
  json pack;
  pack["schema_version"] = 1;
  pack["id"] = opt.id;
  pack["label"] = opt.label;
  pack["label_zh"] = opt.label_zh;
  pack["as_of"] = opt.as_of;
  pack["currency"] = "USD";
  pack["years_model"] = "linear";
  pack["sources"] = select_sources(in.sources, {"aijobs", "oews", "oflc", "de-survey-2020"});
  pack["currencies"] = currency_rates(rows, has_rate);
  if (!has_rate["USD"]) throw std::runtime_error("market: no USD rows");

  pack["levels"] = json::array();
  for (const auto& l : in.levels) pack["levels"].push_back(level_json(l));

  pack["roles"] = json::array();
  for (const auto& r : in.roles) {
    pack["roles"].push_back(
        {{"id", r.id}, {"label", r.label}, {"label_zh", r.label_zh}, {"titles", r.titles}});
  }

  pack["countries"] = json::array();
  for (const auto& [id, log_factor] : country_log_factor) {
    const CountryDef& c = in.countries.at(id);
    const bool rated = has_rate.count(c.currency) != 0;
    if (!rated) {
      std::cerr << "calibrate: market: " << id << ": no " << c.currency
                << " rate in the data, currency set to USD\n";
    }
    pack["countries"].push_back({{"id", id},
                                 {"label", c.label},
                                 {"label_zh", c.label_zh},
                                 {"currency", rated ? c.currency : "USD"},
                                 {"factor", round_factor(std::exp(log_factor))},
                                 {"source", "aijobs"}});
  }

  pack["cities"] = city_factors(shared, opt);

  pack["company_sizes"] = json::array();
  for (const auto& s : in.company_sizes) {
    const auto it = size_ratios.find(s.id);
    if (it == size_ratios.end()) continue;
    pack["company_sizes"].push_back({{"id", s.id},
                                     {"label", s.label},
                                     {"label_zh", s.label_zh},
                                     {"factor", round_factor(std::exp(mean(it->second)))},
                                     {"source", "aijobs"}});
  }

  pack["cells"] = json::array();
  auto emit = [&](std::size_t role, const std::string& country, std::size_t level,
                  const LogCell& cell) {
    const std::string where = in.roles[role].id + "/" + country + "/" + in.levels[level].id;
    const CellMoney m = cell_money(cell.lq, shares.by_level[level], opt.base_grid);
    check_cell(m.base, m.bonus, m.total, where);
    pack["cells"].push_back({{"role", in.roles[role].id},
                             {"country", country},
                             {"level", in.levels[level].id},
                             {"n", cell.n},
                             {"source", "aijobs"},
                             {"base", to_json(m.base)},
                             {"bonus", to_json(m.bonus)},
                             {"total", to_json(m.total)}});
  };
  for (std::size_t i = 0; i < n_roles; ++i) {
    for (std::size_t l = 0; l < n_levels; ++l) emit(i, "*", l, star[i][l]);
    for (const auto& [key, cells] : country_cells) {
      if (key.first != i) continue;
      for (std::size_t l = 0; l < n_levels; ++l) emit(i, key.second, l, cells[l]);
    }
  }

  std::cerr << "calibrate: market: " << pack["countries"].size() << " countries, "
            << country_cells.size() << " role x country cell sets, " << pack["cells"].size()
            << " cells, " << pack["cities"].size() << " cities\n";
  return pack;
}

}  // namespace calibrate
