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
