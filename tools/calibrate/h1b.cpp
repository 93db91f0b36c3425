#include "h1b.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <set>

#include "pack_json.h"
#include "stats.h"

namespace calibrate {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    const auto at = s.find(sep, from);
    out.push_back(s.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos) return out;
    from = at + 1;
  }
}

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

std::string years_of(const std::vector<int>& years) {
  const auto [lo, hi] = std::minmax_element(years.begin(), years.end());
  return *lo == *hi ? std::to_string(*lo) : std::to_string(*lo) + "-" + std::to_string(*hi);
}

}  // namespace

CompanyFactors company_factors(const std::vector<H1bRow>& rows, const ProjectInputs& in,
                               std::size_t min_rows) {
  std::map<std::pair<std::string, int>, std::vector<double>> group_logs;
  for (const auto& r : rows) group_logs[{r.type, r.year}].push_back(std::log(r.salary));
  std::map<std::pair<std::string, int>, double> group_median;
  for (auto& [key, logs] : group_logs) group_median[key] = median(logs);

  std::map<std::string, const CompanyDef*> company_of;
  for (const auto& c : in.companies) {
    for (const auto& e : c.h1b_employers) company_of[e] = &c;
  }
  std::map<std::string, std::vector<double>> company_ratios, tier_ratios;
  std::map<std::string, std::vector<int>> company_years;
  for (const auto& r : rows) {
    const double ratio = std::log(r.salary) - group_median.at({r.type, r.year});
    const auto it = company_of.find(r.company);
    if (it == company_of.end()) {
      tier_ratios["local"].push_back(ratio);
      continue;
    }
    company_ratios[it->second->id].push_back(ratio);
    company_years[it->second->id].push_back(r.year);
    if (it->second->tier != "local") tier_ratios[it->second->tier].push_back(ratio);
  }

  CompanyFactors out{nlohmann::json::array(), nlohmann::json::array()};
  for (const auto& t : in.company_tiers) {
    const auto& ratios = tier_ratios[t.id];
    if (ratios.empty()) throw std::runtime_error("h1b: no filings for tier " + t.id);
    out.tiers.push_back({{"id", t.id},
                         {"label", t.label},
                         {"label_zh", t.label_zh},
                         {"factor", round_factor(std::exp(median(ratios)))},
                         {"n", ratios.size()},
                         {"source", "h1b"}});
  }
  for (const auto& c : in.companies) {
    nlohmann::json company = {{"id", c.id},   {"label", c.label}, {"label_zh", c.label_zh},
                              {"tier", c.tier}, {"n", 0},          {"source", "h1b"}};
    const auto& ratios = company_ratios[c.id];
    if (ratios.size() >= min_rows) {
      company["factor"] = round_factor(std::exp(median(ratios)));
      company["n"] = ratios.size();
      company["years"] = years_of(company_years[c.id]);
    }
    std::cerr << "calibrate: h1b: " << c.id << ": " << ratios.size() << " filings\n";
    out.companies.push_back(std::move(company));
  }
  return out;
}

std::map<std::string, std::string> area_of_city(const std::vector<WageArea>& areas,
                                                const std::vector<H1bRow>& rows) {
  // (CITY, ST) -> area id, from the metro area names.
  std::map<std::pair<std::string, std::string>, std::string> lookup;
  for (const auto& a : areas) {
    const auto comma = a.area_name.rfind(", ");
    if (comma == std::string::npos) continue;  // nonmetropolitan areas have no city list
    const auto cities = split(upper(a.area_name.substr(0, comma)), '-');
    const auto states = split(a.area_name.substr(comma + 2), '-');
    for (const auto& city : cities) {
      for (const auto& st : states) lookup.emplace(std::make_pair(city, st), a.area_id);
    }
  }
  std::map<std::string, std::string> out;  // "CITY, ST" -> area id
  for (const auto& r : rows) {
    const auto it = lookup.find({upper(r.city), r.state});
    if (it != lookup.end()) out[r.city + ", " + r.state] = it->second;
  }
  return out;
}

}  // namespace calibrate
