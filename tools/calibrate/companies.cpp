#include "companies.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include "datapack.h"
#include "h1b.h"
#include "pack_json.h"
#include "stats.h"

namespace calibrate {

namespace {

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// An employer name without punctuation and legal suffixes, to link H-1B names ("SNAP INC")
/// to PERM employer groups ("SNAP").
std::string normalized(const std::string& name) {
  static const std::set<std::string> kSuffixes = {
      "INC", "INCORPORATED", "LLC", "CORP", "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED",
      "LP", "LLP", "PLC", "NA", "THE"};
  std::string out, word;
  auto flush = [&] {
    if (!word.empty() && kSuffixes.count(word) == 0) out += (out.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : upper(name)) {
    if (is_alnum(c)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::string years_of(int lo, int hi) {
  return lo == hi ? std::to_string(lo) : std::to_string(lo) + "-" + std::to_string(hi);
}

/// A company's filings and where they come from.
struct CompanyData {
  std::string id, label, label_zh, tier, size;
  std::vector<std::size_t> perm, h1b;  ///< indices into the filing lists
};

}  // namespace

std::vector<Filing> read_perm_filings(const CsvTable& t, const ProjectInputs& in,
                                      const MarketOptions& opt,
                                      std::map<std::string, std::size_t>& skipped) {
  const auto year = t.column("fiscal_year"), group = t.column("employer_group"),
             soc = t.column("soc_code"), city = t.column("worksite_city"),
             state = t.column("worksite_state"), wage = t.column("wage_annual"),
             level = t.column("pw_wage_level");
  skipped["wrong number of fields"] += t.malformed_rows;
  std::vector<Filing> out;
  for (const auto& r : t.rows) {
    const auto occupation = in.perm_soc_groups.find(r[soc]);
    const auto y = parse_number(r[year]);
    const auto w = parse_number(r[wage]);
    if (occupation == in.perm_soc_groups.end()) {
      ++skipped["SOC code not in perm-soc-groups.csv"];
    } else if (!y || !w) {
      ++skipped["unreadable fiscal_year or wage_annual"];
    } else if (*w < opt.min_filing_wage || *w > opt.max_filing_wage) {
      ++skipped["wage outside the bounds"];
    } else if (r[group].empty()) {
      ++skipped["no employer"];
    } else {
      out.push_back({r[group], occupation->second, r[level], upper(r[state]), upper(r[city]),
                     static_cast<int>(*y), std::log(*w)});
    }
  }
  return out;
}

std::vector<Filing> h1b_filings(const std::vector<H1bRow>& rows, const MarketOptions& opt) {
  std::vector<Filing> out;
  for (const auto& r : rows) {
    if (r.salary < opt.min_filing_wage || r.salary > opt.max_filing_wage) continue;
    out.push_back({r.company, r.type, "", upper(r.state), upper(r.city), r.year, std::log(r.salary)});
  }
  return out;
}

void place_in_areas(std::vector<Filing>& filings, const std::vector<WageArea>& areas) {
  std::vector<H1bRow> places;
  for (const auto& f : filings) places.push_back({"", "", f.area, f.state, 1, f.year});
  const auto area_of = area_of_city(areas, places);
  for (auto& f : filings) {
    const auto it = area_of.find(f.area + ", " + f.state);
    f.area = it != area_of.end() ? it->second : "";
  }
}

double median_excluding(const std::vector<double>& all, const std::vector<double>& own) {
  const std::size_t m = all.size() - own.size();
  // The i-th smallest (0-based) of all minus own: the first value x of `all` with at least
  // i + 1 others at or below it.
  auto kth = [&](std::size_t i) {
    std::size_t lo = 0, hi = all.size() - 1;
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      const double x = all[mid];
      const auto others = static_cast<std::size_t>(
          (std::upper_bound(all.begin(), all.end(), x) - all.begin()) -
          (std::upper_bound(own.begin(), own.end(), x) - own.begin()));
      if (others >= i + 1) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return all[lo];
  };
  const double h = (static_cast<double>(m) - 1) / 2;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const double a = kth(lo);
  const double b = h > static_cast<double>(lo) ? kth(lo + 1) : a;
  return a + (h - static_cast<double>(lo)) * (b - a);
}

std::vector<double> filing_ratios(const std::vector<Filing>& filings, std::size_t min_reference) {
  using Key = std::tuple<int, std::string, std::string, int, std::string>;  // depth, occ, level, year, place
  auto key_at = [](const Filing& f, int depth) -> Key {
    switch (depth) {
      case 0: return {0, f.occupation, f.wage_level, f.year, f.area.empty() ? "" : "a" + f.area};
      case 1: return {1, f.occupation, f.wage_level, f.year, "s" + f.state};
      case 2: return {2, f.occupation, f.wage_level, f.year, ""};
      default: return {3, f.occupation, "", f.year, ""};
    }
  };
  struct Group {
    std::vector<double> all;
    std::map<std::string, std::vector<double>> by_employer;
  };
  std::map<Key, Group> groups;
  for (const auto& f : filings) {
    for (int depth = 0; depth < 4; ++depth) {
      if (depth == 0 && f.area.empty()) continue;
      Group& g = groups[key_at(f, depth)];
      g.all.push_back(f.log_wage);
      g.by_employer[f.employer].push_back(f.log_wage);
    }
  }
  for (auto& [key, g] : groups) {
    std::sort(g.all.begin(), g.all.end());
    for (auto& [e, v] : g.by_employer) std::sort(v.begin(), v.end());
  }
  std::map<std::pair<Key, std::string>, double> cache;
  std::vector<double> out;
  out.reserve(filings.size());
  for (const auto& f : filings) {
    double ratio = std::numeric_limits<double>::quiet_NaN();
    for (int depth = 0; depth < 4; ++depth) {
      if (depth == 0 && f.area.empty()) continue;
      const Key key = key_at(f, depth);
      const Group& g = groups.at(key);
      const auto& own = g.by_employer.at(f.employer);
      if (g.all.size() - own.size() < min_reference) continue;
      auto [it, fresh] = cache.emplace(std::make_pair(key, f.employer), 0.0);
      if (fresh) it->second = median_excluding(g.all, own);
      ratio = f.log_wage - it->second;
      break;
    }
    out.push_back(ratio);
  }
  return out;
}

std::string readable_name(const std::string& name) {
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return name;
  }
  static const std::set<std::string> kSmall = {"AND", "OF", "THE", "FOR"};
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string w = word;
    const bool letters_only =
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!out.empty() && kSmall.count(w)) {
      for (char& c : w) c = static_cast<char>(c - 'A' + 'a');
    } else if (letters_only && w.size() > 3) {
      for (std::size_t i = 1; i < w.size(); ++i) w[i] = static_cast<char>(w[i] - 'A' + 'a');
    }
    out += w;
    word.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '-' || c == '/' || c == '&' || c == '(' || c == ')' || c == ',' ||
        c == '.') {
      flush();
      out += c;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

std::string slug(const std::string& name) { return salary::slug(name); }

CompanyFactors company_factors(const std::vector<Filing>& perm, const std::vector<Filing>& h1b,
                               const ProjectInputs& in, const MarketOptions& opt) {
  const std::vector<double> perm_ratio = filing_ratios(perm, opt.min_reference_filings);
  const std::vector<double> h1b_ratio = filing_ratios(h1b, opt.min_reference_filings);

  // The companies: companies.csv first, then every other PERM employer group.
  std::vector<CompanyData> companies;
  std::map<std::string, std::size_t> by_group, by_h1b;
  std::set<std::string> ids;
  for (const auto& c : in.companies) {
    for (const auto& g : c.perm_groups) by_group[g] = companies.size();
    for (const auto& e : c.h1b_employers) by_h1b[e] = companies.size();
    ids.insert(c.id);
    companies.push_back({c.id, c.label, c.label_zh, c.tier, c.size, {}, {}});
  }
  std::map<std::string, std::size_t> group_count;
  for (const auto& f : perm) ++group_count[f.employer];
  std::map<std::string, std::size_t> by_normalized;
  for (const auto& [group, n] : group_count) {
    if (by_group.count(group) || n < opt.min_company_rows) continue;
    const std::string label = readable_name(group);
    std::string id = slug(label);
    if (id.empty() || id.size() > 60) id = "company-" + std::to_string(companies.size());
    for (int suffix = 2; ids.count(id); ++suffix) id = slug(label) + "-" + std::to_string(suffix);
    ids.insert(id);
    by_group[group] = companies.size();
    by_normalized[normalized(group)] = companies.size();
    companies.push_back({id, label, "", "auto", "", {}, {}});
  }
  for (std::size_t i = 0; i < perm.size(); ++i) {
    const auto it = by_group.find(perm[i].employer);
    if (it != by_group.end() && !std::isnan(perm_ratio[i])) companies[it->second].perm.push_back(i);
  }
  std::size_t linked = 0;
  for (std::size_t i = 0; i < h1b.size(); ++i) {
    auto it = by_h1b.find(h1b[i].employer);
    if (it == by_h1b.end()) {
      const auto n = by_normalized.find(normalized(h1b[i].employer));
      if (n == by_normalized.end()) continue;
      it = by_h1b.emplace(h1b[i].employer, n->second).first;
      ++linked;
    }
    if (!std::isnan(h1b_ratio[i])) companies[it->second].h1b.push_back(i);
  }

  // Factors: H-1B (actual offered salary) when there are enough filings, else PERM.
  CompanyFactors out{nlohmann::json::array(), nlohmann::json::array(), ""};
  std::map<std::string, std::vector<double>> tier_ratios;
  std::vector<std::pair<std::size_t, std::string>> cross_rows;  // PERM filings, row
  std::size_t from_h1b = 0, dropped = 0;
  for (const auto& c : companies) {
    std::vector<double> hr, pr;
    for (std::size_t i : c.h1b) hr.push_back(h1b_ratio[i]);
    for (std::size_t i : c.perm) pr.push_back(perm_ratio[i]);
    const bool use_h1b = hr.size() >= opt.min_company_rows;
    const std::vector<double>& ratios = use_h1b ? hr : pr;
    if (ratios.size() < opt.min_company_rows) {
      std::cerr << "calibrate: companies: " << c.id << ": " << hr.size() << " H-1B and "
                << pr.size() << " PERM filings, fewer than " << opt.min_company_rows
                << ": left out\n";
      ++dropped;
      continue;
    }
    from_h1b += use_h1b;
    const double factor = std::exp(median(ratios));
    std::string tier = c.tier;
    if (tier == "auto") {
      tier = factor >= opt.above_market_factor   ? "above-market"
             : factor < opt.below_market_factor ? "below-market"
                                                 : "market";
    }
    int lo = 9999, hi = 0;
    for (std::size_t i : use_h1b ? c.h1b : c.perm) {
      const int y = (use_h1b ? h1b : perm)[i].year;
      lo = std::min(lo, y), hi = std::max(hi, y);
    }
    nlohmann::json company = {{"id", c.id},
                              {"label", c.label},
                              {"tier", tier},
                              {"factor", round_factor(factor)},
                              {"n", ratios.size()},
                              {"years", years_of(lo, hi)},
                              {"countries", {"US"}},
                              {"source", use_h1b ? "h1b" : "perm"}};
    if (!c.label_zh.empty()) company["label_zh"] = c.label_zh;
    if (!c.size.empty()) company["size"] = c.size;
    out.companies.push_back(std::move(company));
    for (double r : ratios) tier_ratios[tier].push_back(r);
    if (hr.size() >= opt.min_company_rows && pr.size() >= opt.min_company_rows) {
      std::ostringstream row;
      row << "| " << c.label << " | " << hr.size() << " | " << round_factor(std::exp(median(hr)))
          << " | " << pr.size() << " | " << round_factor(std::exp(median(pr))) << " |\n";
      cross_rows.emplace_back(pr.size(), row.str());
    }
  }
  std::sort(out.companies.begin(), out.companies.end(),
            [](const nlohmann::json& a, const nlohmann::json& b) { return a.at("id") < b.at("id"); });
  for (const auto& t : in.company_tiers) {
    const auto& ratios = tier_ratios[t.id];
    if (ratios.empty()) throw std::runtime_error("companies: no company in tier " + t.id);
    out.tiers.push_back({{"id", t.id},
                         {"label", t.label},
                         {"label_zh", t.label_zh},
                         {"factor", round_factor(std::exp(median(ratios)))},
                         {"n", ratios.size()},
                         {"source", "perm"}});
  }
  // The 20 companies with the most PERM filings among those with enough of both.
  std::stable_sort(cross_rows.begin(), cross_rows.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  out.cross_check = "| company | H-1B filings | H-1B factor (used) | PERM filings | PERM factor |\n"
                    "|---|---:|---:|---:|---:|\n";
  for (std::size_t i = 0; i < cross_rows.size() && i < 20; ++i) out.cross_check += cross_rows[i].second;
  std::cerr << "calibrate: companies: " << out.companies.size() << " companies (" << from_h1b
            << " with H-1B factors, " << out.companies.size() - from_h1b << " PERM; "
            << linked << " more H-1B employer names linked by name), " << dropped
            << " left out\n";
  return out;
}

}  // namespace calibrate
