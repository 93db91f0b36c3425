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
#include "companies.h"
#include "country_levels.h"
#include "csv.h"
#include "h1b.h"
#include "market_model.h"
#include "pack_json.h"
#include "raw_data.h"
#include "stackoverflow.h"
#include "stats.h"
#include "worldbank.h"

namespace calibrate {

namespace {

/// Exchange rates for every currency of the catalog's countries (and USD), each from the
/// first source that has it: the Stack Overflow survey's own rate (the conversion the country
/// levels were measured with), the World Bank market rate of its year (the median over the
/// countries using the currency), the World Bank official rate of the year before, and last
/// the ai-jobs.net rows (median salary / salary_in_usd of the currency's latest year).
json currency_rates(const ProjectInputs& in, const LocalPay& local, const std::vector<AiJobsRow>& rows,
                    const std::map<std::string, double>& official, const MarketOptions& opt,
                    std::map<std::string, bool>& has_rate) {
  std::map<std::string, std::vector<double>> market;
  std::map<std::string, std::vector<double>> official_by_currency;
  for (const auto& [id, c] : in.countries) {
    if (const auto it = local.world_bank.market_rate.find(c.iso3); it != local.world_bank.market_rate.end()) {
      market[c.currency].push_back(it->second);
    }
    if (const auto it = official.find(c.iso3); it != official.end()) {
      official_by_currency[c.currency].push_back(it->second);
    }
  }
  std::map<std::string, std::pair<int, std::vector<double>>> aijobs;  // currency -> latest year, ratios
  for (const auto& r : rows) {
    if (!(r.salary > 0 && r.salary_in_usd > 0)) continue;
    auto& [year, ratios] = aijobs[r.salary_currency];
    if (r.work_year > year) year = r.work_year, ratios.clear();
    if (r.work_year == year) ratios.push_back(r.salary / r.salary_in_usd);
  }
  std::set<std::string> currencies = {"USD"};
  for (const auto& [id, c] : in.countries) currencies.insert(c.currency);
  json out = json::array();
  for (const auto& currency : currencies) {
    json entry;
    if (currency == "USD") {
      entry = {{"per_usd", 1.0}, {"as_of", "2024"}, {"source", "so-2024"}};
    } else if (const auto so = local.so_rates.find(currency); so != local.so_rates.end()) {
      entry = {{"per_usd", round_factor(so->second)}, {"as_of", "2024"}, {"source", "so-2024"}};
    } else if (const auto wb = market.find(currency); wb != market.end()) {
      entry = {{"per_usd", round_factor(median(wb->second))},
               {"as_of", std::to_string(opt.price_level_year)},
               {"source", "worldbank"}};
    } else if (const auto off = official_by_currency.find(currency); off != official_by_currency.end()) {
      entry = {{"per_usd", round_factor(median(off->second))},
               {"as_of", std::to_string(opt.exchange_rate_year)},
               {"source", "worldbank"}};
    } else if (const auto aj = aijobs.find(currency); aj != aijobs.end()) {
      entry = {{"per_usd", round_factor(median(aj->second.second))},
               {"as_of", std::to_string(aj->second.first)},
               {"source", "aijobs"}};
    } else {
      std::cerr << "calibrate: market: no exchange rate for " << currency << "\n";
      continue;
    }
    entry["id"] = currency;
    out.push_back(std::move(entry));
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
  const auto ids = us_city_ids(areas);
  // What pay buys there: the area's own price parity (a metro area), else the one of the US
  // nonmetropolitan portion (a nonmetropolitan area, which always lies in a state); none for
  // Puerto Rico, Guam and the Virgin Islands, which BEA does not measure.
  const auto rpp = read_bea_rpp(shared / opt.rpp_file, opt.rpp_year);
  std::size_t priced = 0;
  for (const auto& area : areas) {
    const auto it = raw.find(area.area_id);
    if (it == raw.end()) continue;
    json city = {{"id", ids.at(area.area_id)},
                 {"former_id", "us-" + area.area_id},
                 {"label", area.area_name},
                 {"country", "US"},
                 {"factor", round_factor(it->second / out.normaliser)},
                 {"source", "oflc"}};
    const bool nonmetro = area.area_name.find("nonmetropolitan area") != std::string::npos;
    const bool territory = area.state == "PR" || area.state == "GU" || area.state == "VI";
    if (const auto p = rpp.find(nonmetro ? "00999" : area.area_id); p != rpp.end() && !territory) {
      city["price_level"] = {{"value", round_factor(p->second)}, {"year", opt.rpp_year}, {"source", "bea-rpp"}};
      ++priced;
    }
    out.cities.push_back(std::move(city));
  }
  std::cerr << "calibrate: market: " << priced << " of " << out.cities.size()
            << " US areas with a BEA price level (nonmetropolitan areas: the US nonmetropolitan portion)\n";

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

namespace {

CompanyFactors read_company_factors(const std::filesystem::path& shared, const ProjectInputs& in,
                                    const std::vector<H1bRow>& h1b, const MarketOptions& opt) {
  std::map<std::string, std::size_t> skipped;
  std::vector<Filing> perm = read_perm_filings(read_csv(shared / opt.perm_file), in, opt, skipped);
  for (const auto& [reason, n] : skipped) {
    std::cerr << "calibrate: perm: skipped " << n << " filings: " << reason << "\n";
  }
  std::vector<Filing> h1b_f = h1b_filings(h1b, opt);
  const auto areas = read_oflc_areas(shared / opt.oflc_file);
  place_in_areas(perm, areas);
  place_in_areas(h1b_f, areas);
  return company_factors(perm, h1b_f, in, opt);
}

}  // namespace

std::map<std::string, std::string> us_city_ids(const std::vector<WageArea>& areas) {
  const auto ends_with = [](const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
  };
  std::map<std::string, std::string> name_of;  // area_id -> the name its id is made of
  std::map<std::string, int> uses;
  for (const auto& a : areas) {
    std::string name = a.area_name;
    if (const auto at = name.find(" nonmetropolitan area"); at != std::string::npos) {
      name.replace(at, std::string(" nonmetropolitan area").size(), " nonmetro");
    } else if (ends_with(name, " MSA")) {
      name.resize(name.size() - 4);  // "Guam MSA", "U.S. Virgin Islands MSA"
      if (name.rfind("U.S. ", 0) == 0) name.erase(0, 5);
    } else if (name.rfind("Winston-Salem", 0) == 0) {
      name = "Winston-Salem";  // the one first city whose own name has a hyphen
    } else {
      name = name.substr(0, name.find_first_of("-,"));
    }
    // Letters with accents as their plain ASCII letter (Mayag\u00fcez: mayaguez), not a break.
    for (std::size_t at; (at = name.find("\xC3\xBC")) != std::string::npos;) name.replace(at, 2, "u");
    name_of[a.area_id] = name;
    ++uses[slug(name)];
  }
  std::map<std::string, std::string> ids;
  std::set<std::string> taken;
  for (const auto& a : areas) {
    std::string id = "us-" + slug(name_of[a.area_id]);
    if (uses[slug(name_of[a.area_id])] > 1) {
      // The first state of the name ("Columbus, GA-AL": GA), else the file's state column.
      const auto comma = a.area_name.rfind(", ");
      id += "-" + slug(comma == std::string::npos ? a.state : a.area_name.substr(comma + 2, 2));
    }
    if (!taken.insert(id).second) {
      throw std::runtime_error("two US wage areas would both have the id " + id);
    }
    ids[a.area_id] = id;
  }
  return ids;
}

std::string company_cross_check(const std::filesystem::path& shared, const ProjectInputs& in,
                                const MarketOptions& opt) {
  return read_company_factors(shared, in, read_h1b(shared / opt.h1b_file), opt).cross_check;
}

std::string us_city_cross_check(const std::filesystem::path& shared, const MarketOptions& opt) {
  return us_city_factors(shared, read_h1b(shared / opt.h1b_file), opt).cross_check;
}

LocalPay read_local_pay(const std::filesystem::path& shared, const ProjectInputs& in,
                        const MarketOptions& opt) {
  LocalPay out;
  std::map<std::string, std::size_t> skipped, dropped;
  out.answers = read_so_answers(read_csv(shared / opt.so_file), in, skipped);
  out.kept = keep_so_answers(out.answers, opt.so_filter, dropped);
  for (const auto& [reason, n] : skipped) {
    std::cerr << "calibrate: stackoverflow: skipped " << n << " answers: " << reason << "\n";
  }
  for (const auto& [reason, n] : dropped) {
    std::cerr << "calibrate: stackoverflow: dropped " << n << " answers: " << reason << "\n";
  }
  std::cerr << "calibrate: stackoverflow: " << out.answers.size() << " answers read, "
            << out.kept.size() << " kept\n";
  out.so_rates = so_currency_rates(out.answers, opt.min_so_currency_answers);

  std::map<std::string, std::string> iso2_to_iso3;
  for (const auto& [id, c] : in.countries) iso2_to_iso3[id] = c.iso3;
  out.world_bank = read_world_bank(shared / opt.price_level_file, shared / opt.ppp_file,
                                   opt.price_level_year, iso2_to_iso3);
  std::map<std::string, double> price_level;  // by alpha-2 id
  for (const auto& [id, c] : in.countries) {
    if (const auto it = out.world_bank.price_level.find(c.iso3); it != out.world_bank.price_level.end()) {
      price_level[id] = it->second;
    }
  }
  out.levels = fit_country_levels(out.kept, in, price_level, opt.country_levels);
  std::cerr << "calibrate: country levels: " << price_level.size() << " of " << in.countries.size()
            << " countries with a World Bank price level; pooling k " << out.levels.k << " (sigma2 "
            << out.levels.sigma2 << ", tau2 " << out.levels.tau2 << "); role premiums:";
  for (const auto& [group, p] : out.levels.role_premium) std::cerr << ' ' << group << ' ' << p;
  std::cerr << "\n";
  return out;
}

json build_market_pack(const std::filesystem::path& shared, const ProjectInputs& in,
                       const MarketOptions& opt, int fit_to_year) {
  const std::vector<AiJobsRow> rows = read_aijobs(shared / opt.aijobs_file);
  const std::vector<Report> reports = keep_reports(rows, in, opt);
  if (fit_to_year == 0) {
    for (const auto& r : reports) fit_to_year = std::max(fit_to_year, r.year);
  }
  const LocalPay local = read_local_pay(shared, in, opt);
  ByLevel relative;
  for (const auto& [id, c] : in.countries) {
    auto& v = relative[id];
    for (std::size_t l = 0; l < in.levels.size(); ++l) {
      v.push_back(local.levels.relative(id, l, opt.reference_country));
    }
  }

  // tau is fitted with the drift into the nested fit's year; the pack gets the drift into its
  // own fit's year.
  SpreadCalibration spread = calibrate_spread(
      reports, in, opt, oews_drift(shared, opt, opt.spread_fit_to_year), relative);
  spread.drift = oews_drift(shared, opt, fit_to_year);
  std::cerr << "calibrate: market: drift " << spread.drift << " (OEWS May " << fit_to_year - 1
            << " -> May " << fit_to_year << ")\n";
  MarketModel model = fit_model(fit_window(reports, fit_to_year, opt), in, opt, relative);
  apply_spread(model, spread);
  const BonusShares shares = read_bonus_shares(shared / opt.de_survey_file, in.levels, opt);

  std::map<std::string, bool> has_rate;
  const json currencies = currency_rates(
      in, local, rows, read_wb_wide_file(shared / opt.exchange_rate_file, opt.exchange_rate_year),
      opt, has_rate);
  double cny_per_usd = 0;
  for (const auto& c : currencies) {
    if (c.at("id") == "CNY") cny_per_usd = c.at("per_usd");
  }
  if (cny_per_usd <= 0) throw std::runtime_error("market: no CNY rate");

  // China: ai-jobs.net has about one CN row and the survey few answers; its level per
  // experience level comes from the China postings, against the "*" ml-engineer cells.
  const ChinaFigures china = china_figures(shared, in, opt, cny_per_usd);
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
    auto& factor = model.country_log_factor.at("CN");
    for (std::size_t l = 0; l < in.levels.size(); ++l) {
      factor[l] = std::log(china.annual_usd.at(in.levels[l].id)) - model.star[role][l].lq[2];
    }
  }
  const std::vector<H1bRow> h1b = read_h1b(shared / opt.h1b_file);
  const UsCities us_cities = us_city_factors(shared, h1b, opt);
  const CompanyFactors companies = read_company_factors(shared, in, h1b, opt);
  std::cerr << "calibrate: market: fitted on " << model.n << " reports of "
            << fit_to_year - opt.window_years + 1 << "-" << fit_to_year << "\n";

  // Emit.
  json pack;
  pack["schema_version"] = 1;
  pack["id"] = opt.id;
  pack["label"] = opt.label;
  pack["label_zh"] = opt.label_zh;
  pack["as_of"] = opt.as_of;
  pack["currency"] = "USD";
  pack["years_model"] = "linear";
  pack["remote_reference"] = opt.reference_country;
  pack["sources"] = select_sources(in.sources, {"aijobs", "so-2024", "worldbank", "oews", "oflc", "bea-rpp",
                                                "perm", "h1b", "de-survey-2020", "china-2021",
                                                "nanjing-2023"});
  pack["currencies"] = currencies;
  if (!has_rate["USD"]) throw std::runtime_error("market: no USD rate");

  pack["levels"] = json::array();
  for (std::size_t l = 0; l < in.levels.size(); ++l) {
    json level = level_json(in.levels[l]);
    level["bonus"] = {{"incidence", round_factor(shares.incidence[l])},
                      {"incidence_large", round_factor(shares.incidence_large[l])},
                      {"paid_share",
                       {{"p25", round_factor(shares.paid_share[l][0])},
                        {"p50", round_factor(shares.paid_share[l][1])},
                        {"p75", round_factor(shares.paid_share[l][2])}}},
                      {"source", "de-survey-2020"}};
    pack["levels"].push_back(std::move(level));
  }

  pack["roles"] = json::array();
  for (const auto& r : in.roles) {
    pack["roles"].push_back(
        {{"id", r.id}, {"label", r.label}, {"label_zh", r.label_zh}, {"titles", r.titles}});
  }

  pack["regions"] = json::array();
  for (const auto& r : in.regions) {
    pack["regions"].push_back({{"id", r.id}, {"label", r.label}, {"label_zh", r.label_zh}});
  }

  // Money of every cell as written to the pack.
  auto money_of = [&](const LevelCells& cells, std::size_t level) {
    CellMoney m = cell_money(cells[level].lq, shares.by_level[level], opt.base_grid);
    for (MoneyDist* d : {&m.base, &m.bonus, &m.total}) {
      *d = round_significant(*d, opt.money_significant_digits);
    }
    return m;
  };
  pack["countries"] = json::array();
  for (const auto& [id, c] : in.countries) {
    if (!has_rate[c.currency]) throw std::runtime_error("market: no exchange rate for " + c.currency);
    json country = {{"id", id},
                    {"label", c.label},
                    {"label_zh", c.label_zh},
                    {"currency", c.currency},
                    {"region", c.region}};
    const std::size_t reports_n = model.country_n.count(id) ? model.country_n.at(id) : 0;
    if (id != opt.reference_country) {
      json factors = json::object();
      for (std::size_t l = 0; l < in.levels.size(); ++l) {
        factors[in.levels[l].id] = round_factor(std::exp(model.country_log_factor.at(id)[l]));
      }
      country["level_factors"] = factors;
      if (id == "CN") {
        country["source"] = "china-2021";
        country["n"] = china.aggregated_postings;
        country["borrowed"] = false;
      } else {
        const std::size_t answers = local.levels.answers.at(id);
        country["source"] = "so-2024";
        country["n"] = answers + reports_n;
        country["borrowed"] = answers < opt.country_levels.min_own_answers &&
                              reports_n < opt.min_country_rows;
      }
      if (model.remote_log_factor.count(id)) {
        const std::size_t n = model.remote_n.at(id);
        country["remote"] = {{"factor", round_factor(std::exp(model.remote_log_factor.at(id)))},
                             {"n", n},
                             {"borrowed", n < opt.min_country_rows},
                             {"source", "aijobs"}};
      }
    }
    if (id == "CN") {
      country["pay_months"] = china.pay_months;
      country["pay_months_source"] = "nanjing-2023";
    }
    // What pay buys there relative to the US (World Bank price level ratio; the US is 1).
    if (const auto p = local.world_bank.price_level.find(c.iso3); p != local.world_bank.price_level.end()) {
      country["price_level"] = {{"value", round_factor(p->second)}, {"year", local.world_bank.year},
                                {"source", "worldbank"}};
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
      const CellMoney m = money_of(cells, level);
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
    for (const auto& [key, cells] : model.countries) {
      if (key.first == i) emit(i, key.second, cells);
    }
  }

  std::cerr << "calibrate: market: " << pack["countries"].size() << " countries, "
            << model.countries.size() << " role x country cell sets, " << pack["cells"].size()
            << " cells, " << pack["cities"].size() << " cities, " << pack["companies"].size()
            << " companies\n";
  return pack;
}

}  // namespace calibrate
