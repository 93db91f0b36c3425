#include "stackoverflow.h"

#include <cmath>
#include <stdexcept>

#include "stats.h"

namespace calibrate {

namespace {

std::optional<double> years_of(const std::string& field) {
  if (field == "Less than 1 year") return 0.0;
  if (field == "More than 50 years") return 51.0;
  return parse_number(field);
}

}  // namespace

std::vector<SoAnswer> read_so_answers(const CsvTable& t, const ProjectInputs& in,
                                      std::map<std::string, std::size_t>& skipped) {
  const auto country = t.column("country"), currency = t.column("currency"),
             total = t.column("comp_total"), usd = t.column("converted_comp_yearly"),
             years = t.column("years_code_pro"), dev_type = t.column("dev_type"),
             employment = t.column("employment");
  skipped["wrong number of fields"] += t.malformed_rows;
  std::vector<SoAnswer> out;
  for (const auto& r : t.rows) {
    const auto id = in.so_countries.find(r[country]);
    if (id == in.so_countries.end()) {
      ++skipped["country not in the catalog"];
      continue;
    }
    const auto group = in.so_dev_groups.find(r[dev_type]);
    if (group == in.so_dev_groups.end()) {
      if (r[dev_type].empty()) {
        ++skipped["no dev_type"];
        continue;
      }
      throw std::runtime_error(t.path.string() + ": dev_type \"" + r[dev_type] +
                               "\" is not in so-dev-types.csv");
    }
    const auto y = years_of(r[years]);
    const auto u = parse_number(r[usd]);
    const auto c = parse_number(r[total]);
    if (!y || *y < 0 || !u || !(*u > 0)) {
      ++skipped["unreadable years_code_pro or converted_comp_yearly"];
      continue;
    }
    // "EUR European Euro", "PKR\tPakistani rupee": the code is the first three characters.
    out.push_back({id->second, group->second, r[employment], r[currency].substr(0, 3), *y,
                   c && *c > 0 ? *c : 0, *u});
  }
  return out;
}

std::vector<SoAnswer> keep_so_answers(const std::vector<SoAnswer>& answers, const SoFilter& f,
                                      std::map<std::string, std::size_t>& dropped) {
  std::vector<SoAnswer> first;
  for (const auto& a : answers) {
    if (a.group == "excluded") {
      ++dropped["role not an individual technical contributor"];
    } else if (!a.employment.empty() && a.employment.find("Employed, full-time") == std::string::npos) {
      ++dropped["not employed full time"];
    } else if (a.usd < f.min_usd || a.usd > f.max_usd) {
      ++dropped["pay outside the absolute bounds"];
    } else {
      first.push_back(a);
    }
  }
  std::map<std::string, std::vector<double>> logs;
  for (const auto& a : first) logs[a.country].push_back(std::log(a.usd));
  std::map<std::string, double> country_median;
  for (auto& [c, v] : logs) country_median[c] = median(v);
  const double limit = std::log(f.max_ratio_to_country_median);
  std::vector<SoAnswer> kept;
  for (const auto& a : first) {
    if (std::abs(std::log(a.usd) - country_median.at(a.country)) > limit) {
      ++dropped["pay far from the country's median"];
    } else {
      kept.push_back(a);
    }
  }
  return kept;
}

std::map<std::string, double> so_currency_rates(const std::vector<SoAnswer>& answers,
                                                std::size_t min_answers) {
  std::map<std::string, std::vector<double>> ratios;
  for (const auto& a : answers) {
    if (a.comp_total > 0 && a.usd > 0) ratios[a.currency].push_back(a.comp_total / a.usd);
  }
  std::map<std::string, double> out;
  for (auto& [currency, v] : ratios) {
    if (v.size() >= min_answers) out[currency] = median(v);
  }
  return out;
}

}  // namespace calibrate
