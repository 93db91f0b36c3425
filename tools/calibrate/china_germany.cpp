#include "china_germany.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <stdexcept>

#include "csv.h"
#include "pack_json.h"
#include "raw_data.h"
#include "stats.h"

namespace calibrate {

namespace {

/// "15-25K·15薪" -> 15; nullopt when the string states no months.
std::optional<double> months_paid(const std::string& salary) {
  const std::string dot = "\xC2\xB7";  // U+00B7 MIDDLE DOT, UTF-8
  const std::string xin = "\xE8\x96\xAA";  // 薪
  const auto at = salary.find(dot);
  if (at == std::string::npos) return std::nullopt;
  const auto end = salary.find(xin, at);
  if (end == std::string::npos) return std::nullopt;
  return parse_number(salary.substr(at + dot.size(), end - at - dot.size()));
}

}  // namespace

ChinaFigures china_figures(const std::filesystem::path& shared, const ProjectInputs& in,
                           const MarketOptions& opt, double cny_per_usd) {
  ChinaFigures out;
  const auto& cfg = in.china;

  const CsvTable postings = read_csv(shared / opt.cn_postings_file);
  const auto col = postings.column("薪资");
  std::vector<double> all, stated;
  for (const auto& r : postings.rows) {
    const auto n = months_paid(r[col]);
    all.push_back(n ? *n : 12.0);
    if (n) stated.push_back(*n);
  }
  if (stated.empty()) throw std::runtime_error(opt.cn_postings_file + ": no N薪 found");
  out.postings = all.size();
  out.stating_months = stated.size();
  out.pay_months = median(all);
  out.median_stated_months = median(stated);

  const CsvTable agg = read_csv(shared / opt.cn_aggregates_file);
  const auto dim = agg.column("dimension"), key = agg.column("key"), med = agg.column("median"),
             n = agg.column("n_postings");
  std::map<std::pair<std::string, std::string>, double> medians;
  for (const auto& r : agg.rows) {
    if (const auto m = parse_number(r[med])) medians[{r[dim], r[key]}] = *m;
    if (const auto count = parse_number(r[n]); count && r[dim] == "city") {
      out.aggregated_postings += static_cast<std::size_t>(*count);
    }
  }
  const std::string all_key = cfg.at("all_city_key");
  const auto all_it = medians.find({all_key, "all"});
  if (all_it == medians.end()) throw std::runtime_error(opt.cn_aggregates_file + ": no " + all_key);
  const double all_city = all_it->second;

  for (const auto& [bucket, level] : cfg.at("experience_levels").items()) {
    const auto it = medians.find({"experience", bucket});
    if (it == medians.end()) throw std::runtime_error(opt.cn_aggregates_file + ": no " + bucket);
    out.annual_usd[level.get<std::string>()] = it->second * 1000 * out.pay_months / cny_per_usd;
  }

  out.cities = nlohmann::json::array();
  for (const auto& c : in.other_cities) {
    if (c.country != "CN") continue;
    const auto it = medians.find({"city", c.source_key});
    if (it == medians.end()) throw std::runtime_error(opt.cn_aggregates_file + ": no " + c.source_key);
    out.cities.push_back({{"id", c.id},
                          {"label", c.label},
                          {"label_zh", c.label_zh},
                          {"country", "CN"},
                          {"factor", round_factor(it->second / all_city)},
                          {"source", "china-2021"}});
  }
  std::cerr << "calibrate: china: pay months " << out.pay_months << " (median of "
            << out.postings << " postings, unstated = 12; " << out.stating_months
            << " state N, median " << out.median_stated_months << ")\n";
  return out;
}

nlohmann::json germany_cities(const std::filesystem::path& shared, const ProjectInputs& in,
                              const MarketOptions& opt) {
  std::vector<double> all;
  std::map<std::string, std::vector<double>> by_city;
  for (const auto& r : read_de_survey(shared / opt.de_survey_file)) {
    if (r.base <= opt.de_min_base || r.base > opt.de_max_base) continue;
    all.push_back(r.base);
    by_city[r.city].push_back(r.base);
  }
  const double all_median = median(all);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : in.other_cities) {
    if (c.country != "DE") continue;
    const auto& v = by_city[c.source_key];
    if (v.size() < 20) throw std::runtime_error(opt.de_survey_file + ": too few " + c.source_key);
    out.push_back({{"id", c.id},
                   {"label", c.label},
                   {"label_zh", c.label_zh},
                   {"country", "DE"},
                   {"factor", round_factor(median(v) / all_median)},
                   {"n", v.size()},
                   {"source", "de-survey-2020"}});
  }
  return out;
}

}  // namespace calibrate
