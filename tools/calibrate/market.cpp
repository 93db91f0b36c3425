#include "market.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "bonus.h"
#include "china_germany.h"
#include "h1b.h"
#include "market_model.h"
#include "pack_json.h"
#include "raw_data.h"
#include "stats.h"

namespace calibrate {

namespace {

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

/// US areas: geometric mean over the SOCs of area Level III wage / national median, divided
/// by the mean of that ratio over the H-1B data/ML filings (filings matched to areas by
/// city name), so that a job at a place drawn like the filings has factor 1: the ai-jobs.net
/// US figures describe where such jobs are, not the whole country.
struct UsCities {
  json cities;
  double normaliser = 1;
  std::string cross_check;  ///< Markdown: OFLC vs H-1B city ratios for the largest areas
};

UsCities us_city_factors(const std::filesystem::path& shared, const std::vector<H1bRow>& h1b,
                         const MarketOptions& opt) {
  const auto national = read_oews_medians(shared / opt.oews_file, opt.oews_year);
  for (const auto& soc : opt.city_socs) {
    if (national.count(soc) == 0) {
      throw std::runtime_error(opt.oews_file + ": no " + std::to_string(opt.oews_year) +
                               " median for " + soc);
    }
  }
  const auto areas = read_oflc_areas(shared / opt.oflc_file);
  std::map<std::string, double> raw;  // area id -> OFLC ratio
  std::size_t partial = 0;
  for (const auto& area : areas) {
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
    raw[area.area_id] = std::exp(log_sum / static_cast<double>(used));
  }
  if (partial != 0) {
    std::cerr << "calibrate: market: " << partial << " areas lack a wage for some SOC\n";
  }

  // Where the jobs are: H-1B filings per area, and each area's H-1B median pay.
  const auto area_of = area_of_city(areas, h1b);
  std::map<std::string, std::vector<double>> area_logs;
  std::vector<double> all_logs;
  for (const auto& r : h1b) {
    all_logs.push_back(std::log(r.salary));
    const auto it = area_of.find(r.city + ", " + r.state);
    if (it != area_of.end() && raw.count(it->second) != 0) {
      area_logs[it->second].push_back(std::log(r.salary));
    }
  }
  double weighted = 0, matched = 0;
  for (const auto& [id, logs] : area_logs) {
    weighted += static_cast<double>(logs.size()) * std::log(raw.at(id));
    matched += static_cast<double>(logs.size());
  }
  UsCities out;
  out.normaliser = std::exp(weighted / matched);
  std::cerr << "calibrate: market: " << matched << " of " << h1b.size()
            << " H-1B filings matched to an area; city factors divided by "
            << out.normaliser << "\n";

  out.cities = json::array();
  for (const auto& area : areas) {
    const auto it = raw.find(area.area_id);
    if (it == raw.end()) continue;
    out.cities.push_back({{"id", "us-" + area.area_id},
                          {"label", area.area_name},
                          {"country", "US"},
                          {"factor", round_factor(it->second / out.normaliser)},
                          {"source", "oflc"}});
  }

  // Cross-check: the 12 areas with the most filings.
  const double national_h1b = median(all_logs);
  std::vector<std::pair<std::size_t, std::string>> biggest;
  for (const auto& [id, logs] : area_logs) biggest.emplace_back(logs.size(), id);
  std::sort(biggest.rbegin(), biggest.rend());
  std::ostringstream t;
  t << "| area | H-1B filings | H-1B median / national H-1B median | OFLC Level III / national "
       "median | pack factor (OFLC / " << round_factor(out.normaliser) << ") |\n"
       "|---|---:|---:|---:|---:|\n";
  for (std::size_t i = 0; i < biggest.size() && i < 12; ++i) {
    const auto& id = biggest[i].second;
    std::string name;
    for (const auto& a : areas) {
      if (a.area_id == id) name = a.area_name;
    }
    t << "| " << name << " | " << biggest[i].first << " | "
      << round_factor(std::exp(median(area_logs[id]) - national_h1b)) << " | "
      << round_factor(raw.at(id)) << " | " << round_factor(raw.at(id) / out.normaliser)
      << " |\n";
  }
  out.cross_check = t.str();
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

double oews_drift(const std::filesystem::path& shared, const MarketOptions& opt, int year) {
  const auto before = read_oews_medians(shared / opt.oews_file, year - 1);
  const auto after = read_oews_medians(shared / opt.oews_file, year);
  double sum = 0;
  std::size_t n = 0;
  std::string used;
  for (const auto& soc : opt.city_socs) {
    const auto b = before.find(soc), a = after.find(soc);
    if (b == before.end() || a == after.end()) continue;
    sum += std::log(a->second / b->second);
    ++n;
    used += (used.empty() ? "" : ", ") + soc;
  }
  if (n == 0) {
    throw std::runtime_error(opt.oews_file + ": no SOC of the roles has a national median for both May " +
                             std::to_string(year - 1) + " and May " + std::to_string(year) +
                             " (needed for the drift of a fit ending in " + std::to_string(year) +
                             ")");
  }
  if (n < opt.city_socs.size()) {
    std::cerr << "calibrate: market: drift into " << year << " from " << used
              << " only (the other SOCs lack a median in one of the years)\n";
  }
  return sum / static_cast<double>(n);
}

std::string us_city_cross_check(const std::filesystem::path& shared, const MarketOptions& opt) {
  return us_city_factors(shared, read_h1b(shared / opt.h1b_file), opt).cross_check;
}

json build_market_pack(const std::filesystem::path& shared, const ProjectInputs& in,
                       const MarketOptions& opt, int fit_to_year) {
  const std::vector<AiJobsRow> rows = read_aijobs(shared / opt.aijobs_file);
  const std::vector<Report> reports = keep_reports(rows, in, opt);
  if (fit_to_year == 0) {
    for (const auto& r : reports) fit_to_year = std::max(fit_to_year, r.year);
  }
  // tau is fitted with the drift into the nested fit's year; the pack gets the drift into its
  // own fit's year.
  SpreadCalibration spread =
      calibrate_spread(reports, in, opt, oews_drift(shared, opt, opt.spread_fit_to_year));
  spread.drift = oews_drift(shared, opt, fit_to_year);
  std::cerr << "calibrate: market: drift " << spread.drift << " (OEWS May " << fit_to_year - 1
            << " -> May " << fit_to_year << ")\n";
  MarketModel model = fit_model(fit_window(reports, fit_to_year, opt), in, opt);
  apply_spread(model, spread);
  const BonusShares shares = read_bonus_shares(shared / opt.de_survey_file, in.levels, opt);

  // China: ai-jobs.net has about one CN row; its level comes from the China files, as a
  // factor on the cells CN falls back to (ml-engineer medians, mean log ratio over levels).
  const ChinaFigures china = china_figures(shared, in, opt);
  {
    const std::string role_id = in.china.at("compare_role");
    std::size_t role = in.roles.size();
    for (std::size_t i = 0; i < in.roles.size(); ++i) {
      if (in.roles[i].id == role_id) role = i;
    }
    if (role == in.roles.size()) throw std::runtime_error("china.json: unknown compare_role");
    for (auto it = model.countries.begin(); it != model.countries.end();) {
      it = it->first.second == "CN" ? model.countries.erase(it) : std::next(it);
    }
    const auto region = model.regions.find(in.countries.at("CN").region);
    const LevelCells& parent = region != model.regions.end() ? region->second[role] : model.star[role];
    double sum = 0;
    for (std::size_t l = 0; l < in.levels.size(); ++l) {
      sum += std::log(china.annual_usd.at(in.levels[l].id)) - parent[l].lq[2];
    }
    model.country_log_factor["CN"] = sum / static_cast<double>(in.levels.size());
  }
  const std::vector<H1bRow> h1b = read_h1b(shared / opt.h1b_file);
  const UsCities us_cities = us_city_factors(shared, h1b, opt);
  const CompanyFactors companies = company_factors(h1b, in, opt.min_company_rows);
  std::cerr << "calibrate: market: fitted on " << model.n << " reports of "
            << fit_to_year - opt.window_years + 1 << "-" << fit_to_year << "\n";

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
  pack["sources"] = select_sources(in.sources, {"aijobs", "oews", "oflc", "de-survey-2020", "h1b",
                                                "china-2021", "nanjing-2023", "cny-rate"});
  pack["currencies"] = currency_rates(rows, has_rate);
  if (!has_rate["CNY"]) {
    // No CNY rows in ai-jobs.net: the cited 2024 annual average (data/sources/china.json).
    pack["currencies"].push_back({{"id", "CNY"},
                                  {"per_usd", round_factor(china.cny_per_usd)},
                                  {"as_of", in.china.at("cny_per_usd_as_of")},
                                  {"source", "cny-rate"}});
    has_rate["CNY"] = true;
    std::sort(pack["currencies"].begin(), pack["currencies"].end(),
              [](const json& a, const json& b) { return a.at("id") < b.at("id"); });
  }
  if (!has_rate["USD"]) throw std::runtime_error("market: no USD rows");

  pack["levels"] = json::array();
  for (const auto& l : in.levels) pack["levels"].push_back(level_json(l));

  pack["roles"] = json::array();
  for (const auto& r : in.roles) {
    pack["roles"].push_back(
        {{"id", r.id}, {"label", r.label}, {"label_zh", r.label_zh}, {"titles", r.titles}});
  }

  pack["regions"] = json::array();
  for (const auto& r : in.regions) {
    pack["regions"].push_back({{"id", r.id}, {"label", r.label}, {"label_zh", r.label_zh}});
  }

  pack["countries"] = json::array();
  for (const auto& [id, c] : in.countries) {
    const bool rated = has_rate.count(c.currency) != 0;
    json country = {{"id", id},
                    {"label", c.label},
                    {"label_zh", c.label_zh},
                    {"currency", rated ? c.currency : "USD"},
                    {"region", c.region}};
    const auto f = model.country_log_factor.find(id);
    if (f != model.country_log_factor.end()) {
      country["factor"] = round_factor(std::exp(f->second));
      country["source"] = id == "CN" ? "china-2021" : "aijobs";
    }
    if (id == "CN") {
      country["pay_months"] = china.pay_months;
      country["pay_months_source"] = "nanjing-2023";
    }
    pack["countries"].push_back(std::move(country));
  }

  pack["cities"] = us_cities.cities;
  for (const auto& city : china.cities) pack["cities"].push_back(city);
  for (const auto& city : germany_cities(shared, in, opt)) pack["cities"].push_back(city);
  pack["company_tiers"] = companies.tiers;
  pack["companies"] = companies.companies;

  pack["company_sizes"] = json::array();
  for (const auto& s : in.company_sizes) {
    const auto it = model.size_log_factor.find(s.id);
    if (it == model.size_log_factor.end()) continue;
    pack["company_sizes"].push_back({{"id", s.id},
                                     {"label", s.label},
                                     {"label_zh", s.label_zh},
                                     {"factor", round_factor(std::exp(it->second))},
                                     {"source", "aijobs"}});
  }

  pack["cells"] = json::array();
  auto emit = [&](std::size_t role, const std::string& country, const LevelCells& cells) {
    for (std::size_t level = 0; level < cells.size(); ++level) {
      const std::string where = in.roles[role].id + "/" + country + "/" + in.levels[level].id;
      CellMoney m = cell_money(cells[level].lq, shares.by_level[level], opt.base_grid);
      for (MoneyDist* d : {&m.base, &m.bonus, &m.total}) {
        *d = round_significant(*d, opt.money_significant_digits);
      }
      check_cell(m.base, m.bonus, m.total, where);
      pack["cells"].push_back({{"role", in.roles[role].id},
                               {"country", country},
                               {"level", in.levels[level].id},
                               {"n", cells[level].n},
                               {"source", "aijobs"},
                               {"base", to_json(m.base)},
                               {"bonus", to_json(m.bonus)},
                               {"total", to_json(m.total)}});
    }
  };
  for (std::size_t i = 0; i < in.roles.size(); ++i) {
    emit(i, "*", model.star[i]);
    for (const auto& [region, by_role] : model.regions) emit(i, region, by_role[i]);
    for (const auto& [key, cells] : model.countries) {
      if (key.first == i) emit(i, key.second, cells);
    }
  }

  std::cerr << "calibrate: market: " << pack["countries"].size() << " countries, "
            << model.regions.size() << " regions with cells, " << model.countries.size()
            << " role x country cell sets, " << pack["cells"].size() << " cells, "
            << pack["cities"].size() << " cities\n";
  return pack;
}

}  // namespace calibrate
