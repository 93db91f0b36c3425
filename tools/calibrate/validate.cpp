#include "validate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "datapack.h"
#include "estimate.h"
#include "market_model.h"
#include "csv.h"
#include "stats.h"

namespace calibrate {

namespace {

/// Running sums of one slice for one predictor.
struct Score {
  std::size_t n = 0;
  double loss = 0;
  std::size_t in50 = 0, in80 = 0;

  void add(const Quantiles& q, double y) {
    ++n;
    loss += pinball(q, y);
    in50 += q[1] <= y && y <= q[3];
    in80 += q[0] <= y && y <= q[4];
  }
  [[nodiscard]] double mean_loss() const { return loss / static_cast<double>(n); }
  [[nodiscard]] double cov50() const { return 100.0 * static_cast<double>(in50) / static_cast<double>(n); }
  [[nodiscard]] double cov80() const { return 100.0 * static_cast<double>(in80) / static_cast<double>(n); }
};

struct Slice {
  std::string name;
  std::function<bool(const Report&)> member;
  Score model, baseline;
};

/// Raw slice quantiles of the training reports: role x level x country, else role x level
/// over all countries, else the level over all roles and countries.
class Baseline {
 public:
  explicit Baseline(const std::vector<Report>& train) {
    for (const auto& r : train) {
      fine_[{r.role, r.level, r.country}].push_back(r.log_usd);
      role_level_[{r.role, r.level}].push_back(r.log_usd);
      level_[r.level].push_back(r.log_usd);
    }
  }

  [[nodiscard]] Quantiles operator()(const Report& r) const {
    if (const auto it = fine_.find({r.role, r.level, r.country}); it != fine_.end()) {
      return quantiles(it->second);
    }
    if (const auto it = role_level_.find({r.role, r.level}); it != role_level_.end()) {
      return quantiles(it->second);
    }
    return quantiles(level_.at(r.level));
  }

 private:
  std::map<std::tuple<std::size_t, std::size_t, std::string>, std::vector<double>> fine_;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<double>> role_level_;
  std::map<std::size_t, std::vector<double>> level_;
};

std::string fixed(double x, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

}  // namespace

std::string validate_market(const std::filesystem::path& shared, const ProjectInputs& in,
                            const MarketOptions& options, int train_to_year,
                            int test_year) {
  // The spread is calibrated on the year pair before the fit's end: fit the window ending
  // at train_to_year - 1, predict train_to_year; the test year is never seen.
  MarketOptions opt = options;
  opt.spread_fit_to_year = train_to_year - 1;
  const nlohmann::json pack_json = build_market_pack(shared, in, opt, train_to_year);
  const auto parsed = salary::parse_data_pack(pack_json.dump());
  if (!parsed.ok()) {
    throw std::runtime_error("validation: the core rejects the fitted pack: " +
                             parsed.error().field + ": " + parsed.error().message);
  }
  const salary::DataPack& pack = parsed.value();

  const std::vector<Report> reports = keep_reports(read_aijobs(shared / opt.aijobs_file), in, opt);
  const Baseline baseline(fit_window(reports, train_to_year, opt));

  std::vector<Slice> slices;
  slices.push_back({"all roles", [](const Report&) { return true; }, {}, {}});
  std::size_t ml = in.roles.size();
  for (std::size_t i = 0; i < in.roles.size(); ++i) {
    if (in.roles[i].id == "ml-engineer") ml = i;
  }
  if (ml == in.roles.size()) throw std::runtime_error("validation: roles.csv has no ml-engineer");
  slices.push_back({in.roles[ml].label + ", US",
                    [ml](const Report& r) { return r.role == ml && r.country == "US"; }, {}, {}});
  for (std::size_t i = 0; i < in.roles.size(); ++i) {
    slices.push_back({in.roles[i].label, [i](const Report& r) { return r.role == i; }, {}, {}});
  }
  slices.push_back({"US", [](const Report& r) { return r.country == "US"; }, {}, {}});
  slices.push_back({"non-US", [](const Report& r) { return r.country != "US"; }, {}, {}});
  std::map<std::string, std::size_t> test_per_country;
  for (const auto& r : reports) {
    if (r.year == test_year) ++test_per_country[r.country];
  }
  std::vector<std::pair<std::size_t, std::string>> big;
  for (const auto& [country, n] : test_per_country) {
    if (n >= 100) big.emplace_back(n, country);
  }
  std::sort(big.rbegin(), big.rend());
  for (const auto& [n, country] : big) {
    slices.push_back({in.countries.at(country).label + " (" + country + ")",
                      [c = country](const Report& r) { return r.country == c; }, {}, {}});
  }

  // One estimate per distinct (role, level, country, size, employer), through the core. A
  // report outside the reference country paid in a foreign currency is remote work for a
  // foreign employer: the profile says so.
  std::map<std::tuple<std::size_t, std::size_t, std::string, std::string, bool>, Quantiles> cache;
  auto model_quantiles = [&](const Report& r) -> const Quantiles& {
    const auto key = std::make_tuple(r.role, r.level, r.country, r.size, r.local);
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    salary::Profile p;
    p.dataset = pack.id;
    p.years = in.levels[r.level].anchor_years.get<double>();
    p.role = in.roles[r.role].id;
    p.country = r.country;
    p.company_size = r.size;
    p.currency = "USD";
    p.employer = r.local ? salary::kEmployerLocal : salary::kEmployerUsRemote;
    const auto e = salary::estimate(pack, p);
    if (!e.ok()) {
      throw std::runtime_error("validation: estimate failed for " + p.role + "/" + p.country +
                               ": " + e.error().message);
    }
    const salary::Quantiles& b = e.value().base;
    const Quantiles q = {std::log(b.p10), std::log(b.p25), std::log(b.p50), std::log(b.p75),
                         std::log(b.p90)};
    return cache.emplace(key, q).first->second;
  };

  for (const auto& r : reports) {
    if (r.year != test_year) continue;
    const Quantiles& m = model_quantiles(r);
    const Quantiles b = baseline(r);
    for (auto& s : slices) {
      if (!s.member(r)) continue;
      s.model.add(m, r.log_usd);
      s.baseline.add(b, r.log_usd);
    }
  }

  std::ostringstream out;
  out << "| slice | n | pinball model | pinball baseline | p25-p75 model | p25-p75 baseline "
         "| p10-p90 model | p10-p90 baseline | target met |\n"
         "|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
  std::size_t met = 0;
  for (const auto& s : slices) {
    if (s.model.n == 0) continue;
    const bool beats = s.model.mean_loss() < s.baseline.mean_loss();
    const bool c50 = std::abs(s.model.cov50() - 50) <= 3;
    const bool c80 = std::abs(s.model.cov80() - 80) <= 3;
    std::string verdict = beats && c50 && c80 ? "yes" : "no:";
    if (!beats) verdict += " loss";
    if (!c50) verdict += " p25-p75";
    if (!c80) verdict += " p10-p90";
    met += beats && c50 && c80;
    out << "| " << s.name << " | " << s.model.n << " | " << fixed(s.model.mean_loss(), 4)
        << " | " << fixed(s.baseline.mean_loss(), 4) << " | " << fixed(s.model.cov50(), 1)
        << "% | " << fixed(s.baseline.cov50(), 1) << "% | " << fixed(s.model.cov80(), 1)
        << "% | " << fixed(s.baseline.cov80(), 1) << "% | " << verdict << " |\n";
  }
  out << "\nTarget met in " << met << " of " << slices.size() << " slices.\n";
  return out.str();
}

}  // namespace calibrate

namespace calibrate {

namespace {

struct Band {
  double years, from, to;  // pack years; survey band, inclusive
};
constexpr Band kBands[] = {{2, 0, 4}, {6, 5, 9}, {12, 10, 14}};

/// Median survey pay (USD) of a country's kept answers in a band, optionally of one group.
std::pair<double, std::size_t> survey_median(const std::vector<SoAnswer>& kept,
                                             const std::string& country, const Band& band,
                                             const std::string& group = "") {
  std::vector<double> v;
  for (const auto& a : kept) {
    if (a.country == country && a.years >= band.from && a.years <= band.to &&
        (group.empty() || a.group == group)) {
      v.push_back(a.usd);
    }
  }
  return {v.empty() ? 0 : median(v), v.size()};
}

std::string thousands(double x) {
  const auto v = static_cast<long long>(std::llround(x));
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

}  // namespace

std::string external_validation(const std::filesystem::path& shared,
                                const std::filesystem::path& sources, const ProjectInputs& in,
                                const MarketOptions& opt,
                                const std::vector<std::string>& countries) {
  const nlohmann::json pack_json = build_market_pack(shared, in, opt);
  const auto parsed = salary::parse_data_pack(pack_json.dump());
  if (!parsed.ok()) throw std::runtime_error("external validation: pack rejected: " + parsed.error().message);
  const salary::DataPack& pack = parsed.value();
  const LocalPay local = read_local_pay(shared, in, opt);

  auto pack_median = [&](const std::string& country, double years, std::string* currency) {
    salary::Profile p;
    p.dataset = pack.id;
    p.years = years;
    p.country = country;
    const auto e = salary::estimate(pack, p);
    if (!e.ok()) throw std::runtime_error("external validation: " + e.error().message);
    if (currency) *currency = e.value().currency;
    return e.value().total.p50;
  };
  auto rate = [&](const std::string& currency) {
    return salary::find_by_id(pack.currencies, currency)->per_usd;
  };

  // The premium of the pack over the survey's developers, per band, in the reference country.
  const std::string& ref = opt.reference_country;
  std::vector<double> premium;
  for (const Band& b : kBands) {
    premium.push_back(pack_median(ref, b.years, nullptr) / survey_median(local.kept, ref, b).first);
  }

  std::ostringstream out;
  out << "Premium of the pack's machine learning engineer (median total pay) over the median "
         "developer of the survey in "
      << ref << ": " << fixed(premium[0], 2) << " (2 years vs 0-4), " << fixed(premium[1], 2)
      << " (6 vs 5-9), " << fixed(premium[2], 2) << " (12 vs 10-14).\n\n";
  out << "| country | currency | pack 2 y | pack 6 y | pack 12 y | survey devs 0-4 y (n) | "
         "survey devs 5-9 y (n) | survey devs 10-14 y (n) | survey ML specialists 5-9 y (n) | "
         "pack / (survey x premium) 2, 6, 12 y | within 0.75-1.35 |\n"
         "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n";
  std::size_t within = 0;
  for (const auto& c : countries) {
    std::string currency;
    double ratios[3];
    std::string row = "| " + in.countries.at(c).label + " (" + c + ") | ";
    std::string pack_cells, survey_cells;
    bool ok = true;
    for (std::size_t i = 0; i < 3; ++i) {
      const double p = pack_median(c, kBands[i].years, &currency);
      const auto [s, n] = survey_median(local.kept, c, kBands[i]);
      pack_cells += thousands(p) + " | ";
      survey_cells += n == 0 ? "- | " : thousands(s * rate(currency)) + " (" + std::to_string(n) + ") | ";
      ratios[i] = n == 0 ? 0 : p / (s * rate(currency) * premium[i]);
      ok = ok && ratios[i] >= 0.75 && ratios[i] <= 1.35;
    }
    const auto [ml, ml_n] = survey_median(local.kept, c, Band{0, 5, 9}, "ml");
    within += ok;
    out << row << currency << " | " << pack_cells << survey_cells
        << (ml_n >= 5 ? thousands(ml * rate(currency)) + " (" + std::to_string(ml_n) + ")" : "-")
        << " | " << fixed(ratios[0], 2) << ", " << fixed(ratios[1], 2) << ", "
        << fixed(ratios[2], 2) << " | " << (ok ? "yes" : "no") << " |\n";
  }
  out << "\n" << within << " of " << countries.size()
      << " countries within 0.75-1.35 of the survey at all three bands.\n\n";

  // Official statistics, as published, and the pack's 6-year median against them relative
  // to the same ratio in the US (OEWS national median of software developers, 15-1252).
  const double us_official = read_oews_medians(shared / opt.oews_file, opt.oews_year).at("15-1252");
  const double us_ratio = pack_median(ref, 6, nullptr) / us_official;
  out << "Official statistics (figures as published; annual = month x 12 or week x 52; hourly "
         "figures are not annualised). The last column is (pack at 6 years / official) / (the "
         "same in the US, against the OEWS May "
      << opt.oews_year << " median of software developers, " << thousands(us_official)
      << " USD: " << fixed(us_ratio, 2) << ").\n\n"
      << "| country | year | statistic | as published | annual | population | publisher | "
         "pack at 6 y | relative to the US |\n|---|---|---|---:|---:|---|---|---:|---:|\n";
  const CsvTable official = read_csv(sources / "official-pay.csv");
  for (const auto& r : official.rows) {
    const std::string& c = r[official.column("country")];
    if (in.countries.count(c) == 0) throw std::runtime_error("official-pay.csv: unknown country " + c);
    const auto amount = parse_number(r[official.column("amount")]);
    if (!amount) throw std::runtime_error("official-pay.csv: unreadable amount for " + c);
    const std::string period = r[official.column("period")];
    const double per_year = period == "year" ? 1 : period == "month" ? 12 : period == "week" ? 52 : 0;
    std::string currency;
    const double p6 = pack_median(c, 6, &currency);
    if (currency != r[official.column("currency")]) {
      throw std::runtime_error("official-pay.csv: " + c + " figure not in the pack's currency");
    }
    const std::string year = r[official.column("year")];
    out << "| " << in.countries.at(c).label << " | " << (year.empty() ? "not stated" : year)
        << " | " << r[official.column("statistic")] << " | " << r[official.column("amount")] << " "
        << currency << " a " << period << " | "
        << (per_year > 0 ? thousands(*amount * per_year) : "-") << " | "
        << r[official.column("population")] << " | " << r[official.column("publisher")] << " | "
        << thousands(p6) << " | "
        << (per_year > 0 ? fixed(p6 / (*amount * per_year) / us_ratio, 2) : "-") << " |\n";
  }
  return out.str();
}

}  // namespace calibrate
