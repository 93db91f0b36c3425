#include "estimate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace salary {
namespace {

bool is_id(const std::string& s, std::size_t max_size) {
  if (s.empty() || s.size() > max_size) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool is_upper_code(std::string& s, std::size_t size) {
  if (s.size() != size) return false;
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Reads an optional string field: absent, null and "" all mean "not given".
std::optional<Error> read_text(const Value& value, const char* key, std::string& out) {
  if (value.is_missing()) return std::nullopt;
  if (value.kind != Value::Kind::kString) {
    return Error{"invalid_type", key,
                 std::string(key) + ": must be a string, got " + type_name(value)};
  }
  out = value.text;
  return std::nullopt;
}

template <class T>
std::string id_list(const std::vector<T>& items) {
  std::string out;
  constexpr std::size_t kShown = 12;
  for (std::size_t i = 0; i < items.size() && i < kShown; ++i) {
    out += (i ? ", " : "") + items[i].id;
  }
  if (items.size() > kShown) out += ", ... (" + std::to_string(items.size()) + " in all)";
  return out;
}

// ---- Figures of a (role, country) group at some years ----

struct Figures {
  Quantiles base, bonus, total;
  const Cell* own = nullptr;  // the cell of the level `years` is in: its level id and n
};

double lerp_positive(double a, double b, double t) {
  if (a > 0 && b > 0) {
    const double log_a = std::log(a);
    return std::exp(log_a + t * (std::log(b) - log_a));
  }
  return a + t * (b - a);  // bonus quantiles may be 0: interpolate those linearly
}

Quantiles lerp(const Quantiles& a, const Quantiles& b, double t) {
  return {lerp_positive(a.p10, b.p10, t), lerp_positive(a.p25, b.p25, t),
          lerp_positive(a.p50, b.p50, t), lerp_positive(a.p75, b.p75, t),
          lerp_positive(a.p90, b.p90, t), lerp_positive(a.mean, b.mean, t)};
}

Quantiles scaled(const Quantiles& q, double m) {
  return {q.p10 * m, q.p25 * m, q.p50 * m, q.p75 * m, q.p90 * m, q.mean * m};
}

// A (role, group)'s cells by level, as country_cells() and the like give them (index_pack makes
// sure a group has a cell at every level).
struct Group {
  const DataPack& pack;
  const std::uint32_t* cells;
  const Cell& at(std::size_t level) const { return pack.cells[cells[level]]; }
};

std::size_t level_index(const DataPack& pack, double years) {
  std::size_t i = 0;
  while (i + 1 < pack.levels.size() && years >= pack.levels[i + 1].from_years) ++i;
  return i;
}

// Where `years` falls between the level anchors: the levels below and above and the weight
// of the upper one (the same level twice, weight 0, outside the anchors or for "step").
struct LevelPosition {
  std::size_t lo = 0, hi = 0;
  double t = 0;
};

LevelPosition level_position(const DataPack& pack, double years) {
  if (pack.years_model == YearsModel::kStep) {
    const std::size_t li = level_index(pack, years);
    return {li, li, 0};
  }
  std::size_t lo = 0;
  while (lo + 1 < pack.levels.size() && years >= pack.levels[lo + 1].anchor_years) ++lo;
  if (lo + 1 >= pack.levels.size() || years <= pack.levels[lo].anchor_years) return {lo, lo, 0};
  const double t = (years - pack.levels[lo].anchor_years) /
                   (pack.levels[lo + 1].anchor_years - pack.levels[lo].anchor_years);
  return {lo, lo + 1, t};
}

Quantiles max_of(const Quantiles& a, const Quantiles& b) {
  return {std::max(a.p10, b.p10), std::max(a.p25, b.p25), std::max(a.p50, b.p50),
          std::max(a.p75, b.p75), std::max(a.p90, b.p90), std::max(a.mean, b.mean)};
}

struct LevelFigures {
  Quantiles base, bonus, total;
};

// The figures of a (role, group) at level `l`; with a country's level factors, each level's
// cells scaled by its factor and never below the figures of the level before: a country whose
// level rises more slowly than the cells' upper percentiles must not see pay fall with
// experience. Validation guarantees every level has a cell in a group that has any.
LevelFigures level_figures(const Group& group, std::size_t l, const std::vector<double>* factors) {
  const Cell& c = group.at(l);
  if (factors == nullptr) return {c.base, c.bonus, c.total};
  LevelFigures out;
  for (std::size_t i = 0; i <= l; ++i) {
    const Cell& cell = group.at(i);
    const double m = (*factors)[i];
    const LevelFigures scaled_cell{scaled(cell.base, m), scaled(cell.bonus, m), scaled(cell.total, m)};
    out = i == 0 ? scaled_cell
                 : LevelFigures{max_of(out.base, scaled_cell.base), max_of(out.bonus, scaled_cell.bonus),
                                max_of(out.total, scaled_cell.total)};
  }
  return out;
}

// The median base pay of figures_at(group, years) without level factors, computed the same way
// (the same doubles) without the other 17 figures.
double base_median_at(const Group& group, double years) {
  const LevelPosition at = level_position(group.pack, years);
  const double a = group.at(at.lo).base.p50;
  return at.hi == at.lo ? a : lerp_positive(a, group.at(at.hi).base.p50, at.t);
}

Figures figures_at(const Group& group, double years, const std::vector<double>* factors = nullptr) {
  const DataPack& pack = group.pack;
  const Cell& own = group.at(level_index(pack, years));
  const LevelPosition at = level_position(pack, years);
  const LevelFigures a = level_figures(group, at.lo, factors);
  if (at.hi == at.lo) return {a.base, a.bonus, a.total, &own};
  const LevelFigures b = level_figures(group, at.hi, factors);
  return {lerp(a.base, b.base, at.t), lerp(a.bonus, b.bonus, at.t), lerp(a.total, b.total, at.t), &own};
}

// Every figure finite, and > 0 (or >= 0 where a pack may say 0, as for bonuses).
bool in_range(const Quantiles& q, bool allow_zero) {
  for (double v : {q.p10, q.p25, q.p50, q.p75, q.p90, q.mean}) {
    if (!std::isfinite(v) || v < 0 || (v == 0 && !allow_zero)) return false;
  }
  return true;
}

// The confidence word for a cell of n reports: about 100 reports pin a median within a few
// per cent, 30 is the usual floor for a sample quantile, fewer (or a fallback) is "low".
std::string confidence_for(long long n) {
  if (n >= 100) return "high";
  if (n >= 30) return "medium";
  return "low";
}

// The level's bonus model at `years`, interpolated linearly between anchors; none when a level
// around `years` has none.
std::optional<BonusModel> bonus_at(const DataPack& pack, double years) {
  const LevelPosition at = level_position(pack, years);
  const auto& a = pack.levels[at.lo].bonus;
  const auto& b = pack.levels[at.hi].bonus;
  if (!a || !b) return std::nullopt;
  auto mix = [&](double x, double y) { return x + at.t * (y - x); };
  return BonusModel{mix(a->incidence, b->incidence), mix(a->incidence_large, b->incidence_large),
                    mix(a->paid_p25, b->paid_p25),   mix(a->paid_p50, b->paid_p50),
                    mix(a->paid_p75, b->paid_p75),   a->source};
}

// "no reports", "1 report", "12 reports".
std::string with_count(long long n, const char* one, const char* many) {
  return n == 0 ? std::string("no ") + many : std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string cap_confidence(const std::string& c, const std::string& cap) {
  return c == "high" && cap == "medium" ? "medium" : cap == "low" ? "low" : c;
}

// What the figures of an estimate at other years need (curve): its group's cells, the
// country's level factors when they scale the cells, and its factors' multipliers.
struct Scaling {
  const std::uint32_t* cells = nullptr;
  const std::vector<double>* level_factors = nullptr;
  std::vector<double> multipliers;
};

// The figures of a group at `years` (scaled by the country's level factors, if any) and the
// factor of those already in them, which the reader sees as the country factor.
struct Unscaled {
  Figures figures;
  double prescaled = 1;
};

Unscaled unscaled_figures(const DataPack& pack, const std::uint32_t* cells,
                          const std::vector<double>* level_factors, double years) {
  const Group group{pack, cells};
  Unscaled u{figures_at(group, years, level_factors)};
  if (level_factors != nullptr) u.prescaled = u.figures.base.p50 / base_median_at(group, years);
  return u;
}

// The pay of figures with an estimate's multipliers applied (the first one, when the figures
// are prescaled, is already in them), or nothing when out of range.
std::optional<Figures> apply_scaling(const Unscaled& u, const Scaling& s) {
  double m = 1 / u.prescaled;
  for (std::size_t k = 0; k < s.multipliers.size(); ++k) {
    m *= k == 0 && s.level_factors != nullptr ? u.prescaled : s.multipliers[k];
  }
  Figures f = u.figures;
  f.base = scaled(f.base, m);
  f.bonus = scaled(f.bonus, m);
  f.total = scaled(f.total, m);
  if (!in_range(f.base, false) || !in_range(f.bonus, true) || !in_range(f.total, false)) {
    return std::nullopt;
  }
  return f;
}

// The pay at `years` for an estimate's scaling, computed as estimate() computes it (the same
// operations in the same order, so the same doubles), or nothing when out of range.
std::optional<Figures> scaled_figures(const DataPack& pack, const Scaling& s, double years) {
  return apply_scaling(unscaled_figures(pack, s.cells, s.level_factors, years), s);
}

Error out_of_range_error(const DataPack& pack) {
  return Error{"out_of_range", "dataset",
               "dataset: " + pack.id +
                   " gives figures out of range for this profile (its factors or amounts are "
                   "too large or too small)"};
}

std::optional<Error> years_error(double years) {
  if (std::isfinite(years) && years >= 0 && years <= kMaxYears) return std::nullopt;
  return Error{"out_of_range", "years", "years: must be between 0 and 60"};
}

// The years of a curve: both in [0, kMaxYears], from <= to.
std::optional<Error> years_range_error(double from_years, double to_years) {
  for (auto [name, v] : {std::pair{"fromYears", from_years}, std::pair{"toYears", to_years}}) {
    if (!std::isfinite(v) || v < 0 || v > kMaxYears) {
      return Error{"out_of_range", name, std::string(name) + ": must be between 0 and 60"};
    }
  }
  if (from_years > to_years) {
    return Error{"out_of_range", "toYears", "toYears: must not be below fromYears"};
  }
  return std::nullopt;
}

Error not_indexed(const DataPack& pack) {
  return Error{"internal", "dataset", "dataset: " + pack.id + " was not indexed (index_pack)"};
}

// An estimate, and (`scaling`) what its figures at other years need: curve().
Result<Estimate> estimate_scaled(const DataPack& pack, const PackProfile& profile,
                                 Scaling* scaling = nullptr) {
  if (!pack.index.ready) return not_indexed(pack);
  if (auto error = years_error(profile.years)) return *error;
  if (profile.unknown) return *profile.unknown;
  const Role* const role = profile.role;
  const Country* const country = profile.country;

  Estimate e;
  e.dataset = pack.id;
  e.role = role->id;
  e.country = country->id;
  e.years = profile.years + 0.0;  // (-0 reads as 0)
  e.tier = tier_for_years(profile.years).id;
  e.factors.reserve(5);  // at most: country or remote, city, company, company size, currency

  // Remote work for an employer in the reference country, from another country.
  bool remote = profile.us_remote;
  if (remote && country->id == pack.remote_reference) {
    e.warnings.push_back({"remote_is_local", "Remote work for an employer in " + country->label +
                                                 " from " + country->label +
                                                 " is local work: local figures are shown."});
    remote = false;
  }
  if (remote && (pack.remote_reference.empty() || !country->remote)) {
    return Error{"no_data", "employer",
                 "employer: dataset " + pack.id + " has no figures for remote work from " +
                     country->label};
  }
  e.employer = remote ? kEmployerUsRemote : kEmployerLocal;

  // The cells to read and how they are scaled to the country.
  const std::uint32_t* cells = country_cells(pack, *role, *country);
  const bool own_cells = !remote && cells != nullptr;
  std::string confidence_cap;
  std::optional<long long> sample_n;
  const std::vector<double>* level_factors = nullptr;  // the country's, when they scale the cells
  // Monthly salaries a year: the custom of the employer's country (remote work for an employer
  // in the pack's remote_reference: the US in the built-in pack, 12), else of the country.
  double pay_months = country->pay_months;
  if (remote) {
    const Country& reference = *find_country(pack, pack.remote_reference);
    pay_months = reference.pay_months;
    cells = country_cells(pack, *role, reference);
    if (cells == nullptr) cells = all_cells(pack, *role);
    e.factors.push_back({"remote", "Remote for an employer in " + reference.label + ", from " +
                                       country->label,
                         country->remote->factor, source_title(pack, country->remote->source)});
    sample_n = country->remote->n;
    e.sample_basis = "remote";
    confidence_cap = country->remote->borrowed ? "low" : "medium";
    if (country->remote->borrowed) {
      e.warnings.push_back(
          {"remote_borrowed", "Few reports of remote work from " + country->label + " (" +
                                  with_count(country->remote->n, "report", "reports") +
                                  "): the remote factor is mostly its region's."});
    }
  } else if (cells == nullptr) {
    const Region* region = find_by_id(pack.regions, country->region);
    cells = region != nullptr ? region_cells(pack, *role, *region) : nullptr;
    if (cells == nullptr) {
      region = nullptr;
      cells = all_cells(pack, *role);
    }
    const std::string wider = region != nullptr ? region->label : "all countries";
    if (!country->level_factors.empty()) {
      level_factors = &country->level_factors;
      sample_n = country->n;
      e.sample_basis = "country";
      confidence_cap = country->borrowed ? "low" : "medium";
      if (country->borrowed) {
        e.warnings.push_back({"country_level_borrowed",
                              "Little local pay data for " + country->label + " (" +
                                  with_count(country->n, "answer or report", "answers and reports") +
                                  "): its pay level is estimated from its region and price "
                                  "level, not measured."});
      } else {
        e.warnings.push_back({"country_scaled", "Figures for " + role->label + " in " + wider +
                                                    ", scaled to the pay level and experience "
                                                    "curve measured in " +
                                                    country->label + "."});
      }
    } else {
      if (country->factor) {
        e.factors.push_back({"country", country->label, *country->factor,
                             source_title(pack, country->source)});
      }
      confidence_cap = "low";
      if (country->factor) {
        e.warnings.push_back({"country_fallback", "Few reports for " + role->label + " in " +
                                                      country->label + ": figures for " + wider +
                                                      ", scaled to this country's pay level."});
      } else {
        e.warnings.push_back({"country_fallback_unscaled",
                              "Few reports for " + role->label + " in " + country->label +
                                  ": figures for " + wider + ", not adjusted to this country."});
      }
    }
  }
  if (cells == nullptr) {
    return Error{"no_data", "country",
                 "country: dataset " + pack.id + " has no figures for " + role->label + " in " +
                     country->label};
  }
  const Unscaled unscaled = unscaled_figures(pack, cells, level_factors, profile.years);
  if (level_factors != nullptr) {  // a factor already in the figures, listed for the reader
    e.factors.insert(e.factors.begin(), Factor{"country", country->label, unscaled.prescaled,
                                               source_title(pack, country->source)});
  }
  e.level = unscaled.figures.own->level;
  e.source = unscaled.figures.own->source;
  e.n = sample_n ? *sample_n : unscaled.figures.own->n;

  const City* home_city = nullptr;  // where the reader lives, for prices (also when remote)
  if (profile.city != nullptr || profile.city_unknown) {
    const City* city = profile.city;
    if (city != nullptr && city->country == country->id) home_city = city;
    if (city == nullptr) {
      e.warnings.push_back({"city_unknown", "No data for this city: country level used."});
    } else if (city->country != country->id) {
      return Error{"invalid_value", "city",
                   "city: " + city->label + " is in " + city->country + ", not in " + country->id};
    } else if (remote) {
      e.warnings.push_back({"remote_city_ignored",
                            "Remote pay does not depend on the city you work from: " +
                                city->label + " is not applied."});
    } else {
      e.city = city->id;
      e.factors.push_back({"city", city->label, city->factor, source_title(pack, city->source)});
    }
  }

  // A named company: its own factor where its data was measured; its size in any case.
  std::string size_id = profile.company_size;
  bool company_factor = false;
  if (profile.company != nullptr || profile.company_unknown) {
    const Company* company = profile.company;
    if (company == nullptr) {
      e.warnings.push_back({"company_unknown", "No data for this company: market level used."});
    } else {
      e.company = company->id;
      const bool covered = company->countries.empty() ||
                           std::find(company->countries.begin(), company->countries.end(),
                                     country->id) != company->countries.end();
      const CompanyTier& tier = *find_by_id(pack.company_tiers, company->tier);
      if (!covered) {
        std::string where;
        for (const auto& c : company->countries) where += (where.empty() ? "" : ", ") + c;
        e.warnings.push_back({"company_outside_data",
                              company->label + "'s factor is measured on filings in " + where +
                                  " only: it is not applied to " + country->label + "."});
      } else if (company->factor) {
        e.factors.push_back(
            {"company", company->label, *company->factor, source_title(pack, company->source)});
        company_factor = true;
      } else {
        e.factors.push_back({"company", company->label + " (" + tier.label + ")", tier.factor,
                             source_title(pack, tier.source)});
        e.warnings.push_back({"company_tier", "No figures of its own for " + company->label +
                                                  ": the factor of its tier (" + tier.label +
                                                  ") is used."});
        company_factor = true;
      }
      if (!company->size.empty()) {
        if (!size_id.empty() && size_id != company->size) {
          e.warnings.push_back({"company_size_implied",
                                company->label + " is a company of size " + company->size +
                                    ": the size given is not used."});
        }
        size_id = company->size;
      }
    }
  }

  // Company size: its factor, unless a company factor applies (it compares the company with
  // other employers in the same occupation and place, whatever their size).
  if (!size_id.empty()) {
    const CompanySize* size = find_by_id(pack.company_sizes, size_id);
    if (size == nullptr) {
      e.warnings.push_back({"company_size_unknown",
                            "No data by company size in this dataset: all sizes used."});
      size_id.clear();
    } else if (!company_factor) {
      e.factors.push_back(
          {"company-size", size->label, size->factor, source_title(pack, size->source)});
    }
  }
  e.company_size = size_id;

  // Currency: the one asked for, else the country's own if the pack has a rate for it.
  const Currency* from = &pack_currency(pack);
  const Currency* to = profile.currency;
  if (!profile.unknown_currency.empty()) {
    return Error{"unknown_id", "currency",
                 "currency: " + quoted(profile.unknown_currency) + " is not available in dataset " +
                     pack.id + " (it has: " + id_list(pack.currencies) + ")"};
  }
  if (to == nullptr) {
    to = country_currency(pack, *country);
    if (to == nullptr) to = from;
  }
  e.currency = to->id;
  if (to != from) {
    e.factors.push_back({"currency", from->id + " to " + to->id, to->per_usd / from->per_usd,
                         source_title(pack, to->source) + " (" + to->as_of + ")"});
  }

  Scaling own;
  own.cells = cells;
  own.level_factors = level_factors;
  own.multipliers.reserve(e.factors.size());
  for (const Factor& factor : e.factors) own.multipliers.push_back(factor.multiplier);
  // Each factor and amount is validated finite and > 0, but their product can still overflow
  // to infinity (or underflow to 0) in a pack with extreme values: an error, never inf or 0.
  const std::optional<Figures> pay = apply_scaling(unscaled, own);
  if (!pay) return out_of_range_error(pack);
  e.base = pay->base;
  e.bonus = pay->bonus;
  e.total = pay->total;

  // What it buys: prices of the city named, else of the country (a city without a price level
  // has none: the country's would be a guess for it).
  const std::optional<PriceLevel>& price = home_city != nullptr ? home_city->price_level : country->price_level;
  if (price) {
    Estimate::PurchasingPower power;
    power.price = *price;
    power.place = home_city != nullptr ? home_city->id : country->id;
    const double usd = 1 / (to->per_usd * price->value);
    power.total = e.total;
    for (double* v : {&power.total.p10, &power.total.p25, &power.total.p50, &power.total.p75,
                      &power.total.p90, &power.total.mean}) {
      *v *= usd;
    }
    e.purchasing_power = std::move(power);
  }
  if (scaling != nullptr) *scaling = std::move(own);
  if (const auto bonus = bonus_at(pack, profile.years)) {
    e.bonus_paid = BonusWhenPaid{size_id == "L" ? bonus->incidence_large : bonus->incidence,
                                 e.base.p50 * bonus->paid_p25, e.base.p50 * bonus->paid_p50,
                                 e.base.p50 * bonus->paid_p75, source_title(pack, bonus->source)};
  }

  e.pay_months = pay_months;
  e.confidence = cap_confidence(confidence_for(e.n), confidence_cap);
  // A country's own cells of few reports are pooled toward its measured level.
  if (own_cells && !country->level_factors.empty() && !country->borrowed &&
      e.confidence == "low" && country->n >= 30) {
    e.confidence = "medium";
  }
  // A cell of the country's own without reports (a level its reports do not reach) holds the
  // country's measured level and curve: its sample is the country's, not an unknown one.
  if (own_cells && e.n == 0 && !country->level_factors.empty() && country->n > 0) {
    e.n = country->n;
    e.sample_basis = "country";
  }
  // No reports: none at this level (a source that counts them elsewhere: the figures are the
  // model's), or a source that gives no sample size (its published claims).
  if (e.n == 0 && !sample_n &&
      std::none_of(pack.cells.begin(), pack.cells.end(),
                   [&](const Cell& c) { return c.n > 0 && c.source == e.source; })) {
    e.warnings.push_back({"sample_unknown",
                          "The source gives no sample size: these figures are its published claims."});
  }
  return e;
}

// Standard normal CDF.
double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

}  // namespace

double percentile_of(const Quantiles& q, double amount) {
  // Normal scores of the 10th, 25th, 50th, 75th and 90th percentiles.
  static constexpr double kZ[] = {-1.2815516, -0.6744898, 0, 0.6744898, 1.2815516};
  const double x[] = {std::log(q.p10), std::log(q.p25), std::log(q.p50), std::log(q.p75),
                      std::log(q.p90)};
  const double v = std::log(amount);
  std::size_t i = 0;  // the segment [x[i], x[i + 1]] used, the end ones extended outward
  while (i < 3 && v > x[i + 1]) ++i;
  const double dx = x[i + 1] - x[i];
  const double z = dx > 0 ? kZ[i] + (v - x[i]) * (kZ[i + 1] - kZ[i]) / dx
                          : (v < x[i] ? kZ[i] : v > x[i + 1] ? kZ[i + 1] : (kZ[i] + kZ[i + 1]) / 2);
  const double p = 100 * normal_cdf(z);
  return std::min(99.0, std::max(1.0, p));
}

const std::array<Tier, 3>& tiers_definition() {
  static const std::array<Tier, 3> kTiers = {{
      {"entry", 0, 5, 2},
      {"mid", 5, 10, 7},
      {"senior", 10, std::numeric_limits<double>::infinity(), 12},
  }};
  return kTiers;
}

const Tier& tier_for_years(double years) {
  for (const Tier& t : tiers_definition()) {
    if (years < t.to_years) return t;
  }
  return tiers_definition().back();
}

Result<Profile> parse_profile(const ProfileInput& input, bool ignore_years) {
  if (input.self.kind != Value::Kind::kObject) {
    return Error{"invalid_type", "profile",
                 "profile: must be an object such as {years: 6}, got " + type_name(input.self)};
  }
  Profile p;
  static const Value kNoYears = Value::of_number(0);
  const Value& years = ignore_years ? kNoYears : input.years;
  if (years.is_missing()) {
    return Error{"missing_field", "years", "years: is required (years of experience, e.g. 6)"};
  }
  if (years.kind != Value::Kind::kNumber) {
    return Error{"invalid_type", "years",
                 "years: must be a number of years, got " + type_name(years)};
  }
  p.years = years.number;
  if (!std::isfinite(p.years)) {
    return Error{"invalid_value", "years",
                 "years: must be a finite number, got " + type_name(years)};
  }
  if (p.years < 0 || p.years > kMaxYears) {
    return Error{"out_of_range", "years",
                 "years: must be between 0 and 60, got " + format_number(p.years)};
  }
  for (auto [key, in, out] : {std::tuple{"dataset", &input.dataset, &p.dataset},
                              std::tuple{"role", &input.role, &p.role}}) {
    if (auto error = read_text(*in, key, *out)) return *error;
    if (!is_id(*out, 40)) {
      return Error{"invalid_value", key,
                   std::string(key) + ": " + quoted(*out) +
                       " is not an id (lower-case letters, digits and -)"};
    }
  }
  for (auto [key, in, out] : {std::tuple{"city", &input.city, &p.city},
                              std::tuple{"company", &input.company, &p.company}}) {
    if (auto error = read_text(*in, key, *out)) return *error;
    if (!out->empty() && !is_id(*out, 64)) {
      return Error{"invalid_value", key,
                   std::string(key) + ": " + quoted(*out) +
                       " is not an id (lower-case letters, digits and -)"};
    }
  }
  if (auto error = read_text(input.country, "country", p.country)) return *error;
  if (!is_upper_code(p.country, 2)) {
    return Error{"invalid_value", "country",
                 "country: " + quoted(p.country) +
                     " is not an ISO 3166-1 alpha-2 code such as \"US\""};
  }
  if (auto error = read_text(input.company_size, "companySize", p.company_size)) return *error;
  if (!p.company_size.empty() && p.company_size != "S" && p.company_size != "M" &&
      p.company_size != "L") {
    return Error{"invalid_value", "companySize",
                 "companySize: must be \"S\", \"M\" or \"L\", got " + quoted(p.company_size)};
  }
  if (auto error = read_text(input.employer, "employer", p.employer)) return *error;
  if (p.employer.empty()) p.employer = kEmployerLocal;
  if (p.employer != kEmployerLocal && p.employer != kEmployerUsRemote) {
    return Error{"invalid_value", "employer",
                 "employer: must be \"local\" or \"us-remote\", got " + quoted(p.employer)};
  }
  if (auto error = read_text(input.currency, "currency", p.currency)) return *error;
  if (!p.currency.empty() && !is_upper_code(p.currency, 3)) {
    return Error{"invalid_value", "currency",
                 "currency: " + quoted(p.currency) +
                     " is not an ISO 4217 code such as \"EUR\""};
  }
  return p;
}

PackProfile resolve(const DataPack& pack, const Profile& profile) {
  PackProfile p;
  p.years = profile.years;
  p.role = find_by_id(pack.roles, profile.role);
  p.country = find_country(pack, profile.country);
  if (p.role == nullptr) {
    p.unknown = Error{"unknown_id", "role",
                      "role: " + quoted(profile.role) + " is not in dataset " + pack.id +
                          " (it has: " + id_list(pack.roles) + ")"};
  } else if (p.country == nullptr) {
    p.unknown = Error{"unknown_id", "country",
                      "country: " + quoted(profile.country) + " is not in dataset " + pack.id +
                          " (it has: " + id_list(pack.countries) + ")"};
  }
  if (!profile.city.empty()) {
    p.city = find_city(pack, profile.city);
    p.city_unknown = p.city == nullptr;
  }
  if (!profile.company.empty()) {
    p.company = find_company(pack, profile.company);
    p.company_unknown = p.company == nullptr;
  }
  p.company_size = profile.company_size;
  p.us_remote = profile.employer == kEmployerUsRemote;
  if (!profile.currency.empty()) {
    p.currency = find_currency(pack, profile.currency);
    if (p.currency == nullptr) p.unknown_currency = profile.currency;
  }
  return p;
}

Result<Estimate> estimate(const DataPack& pack, const Profile& profile) {
  return estimate(pack, resolve(pack, profile));
}

Result<Estimate> estimate(const DataPack& pack, const PackProfile& profile) {
  return estimate_scaled(pack, profile);
}

Result<std::array<Estimate, 3>> tiers(const DataPack& pack, const Profile& profile) {
  return tiers(pack, resolve(pack, profile));
}

Result<std::array<Estimate, 3>> tiers(const DataPack& pack, const PackProfile& profile) {
  const auto at = [&](std::size_t i) {
    PackProfile p = profile;
    p.years = tiers_definition()[i].typical_years;
    return estimate(pack, p);
  };
  Result<Estimate> entry = at(0), mid = at(1), senior = at(2);
  for (const Result<Estimate>* r : {&entry, &mid, &senior}) {
    if (!r->ok()) return r->error();
  }
  // Moved into place, not assigned: the module then has no code for assigning an Estimate.
  return std::array<Estimate, 3>{std::move(entry.value()), std::move(mid.value()), std::move(senior.value())};
}

namespace {

// The seed article's high-paying cities (San Francisco, San Jose, Seattle, Boston).
constexpr const char* kSeedCities[] = {"us-san-francisco", "us-san-jose", "us-seattle", "us-boston"};

}  // namespace

const std::string& place_label(const DataPack& pack, const std::string& place_id) {
  // Country ids are upper case, city ids lower case (the validator sees to it): one lookup, not
  // two. (find_city looks through every city's former id when it finds no id.)
  const bool country_id = !place_id.empty() && place_id[0] >= 'A' && place_id[0] <= 'Z';
  if (const Country* country = country_id ? find_country(pack, place_id) : nullptr) return country->label;
  if (const City* city = country_id ? nullptr : find_city(pack, place_id)) return city->label;
  return place_id;
}

Result<std::vector<Lever>> levers(const DataPack& pack, const Profile& profile) {
  return levers(pack, resolve(pack, profile));
}

Result<std::vector<Lever>> levers(const DataPack& pack, const PackProfile& profile) {
  Result<Estimate> own = estimate(pack, profile);
  if (!own.ok()) return own.error();
  const Estimate& base = own.value();
  PackProfile same = profile;
  same.currency = find_currency(pack, base.currency);  // every change compared in the profile's
  same.unknown_currency.clear();                       // own currency
  std::vector<Lever> out;
  const auto add = [&](const std::string& id, const PackProfile& changed,
                       std::vector<std::pair<std::string, std::string>> change, const char* factor) {
    Result<Estimate> r = estimate(pack, changed);
    if (!r.ok()) return;
    for (const Warning& w : r.value().warnings) {
      for (const char* unsupported : {"city_unknown", "company_unknown", "company_outside_data",
                                      "company_size_unknown", "remote_is_local"}) {
        if (w.code == unsupported) return;
      }
    }
    // Moved in, not assigned (no code for assigning an Estimate); delta and source below.
    Lever lever{id, std::move(change), std::move(r.value()), 0, 0, std::nullopt, {}};
    const Estimate& e = lever.estimate;
    if (e.total.p50 == base.total.p50) return;  // no effect: nothing to say
    lever.delta = e.total.p50 - base.total.p50;
    lever.delta_percent = 100 * lever.delta / base.total.p50;
    if (e.purchasing_power && base.purchasing_power) {
      lever.real_delta_percent =
          100 * (e.purchasing_power->total.p50 / base.purchasing_power->total.p50 - 1);
    }
    lever.source = source_title(pack, e.source);
    for (const Factor& f : e.factors) {
      if (factor != nullptr && f.id == factor) lever.source = f.source;
    }
    out.push_back(std::move(lever));
  };

  if (profile.years + 3 <= kMaxYears) {  // three more years
    PackProfile p = same;
    p.years = profile.years + 3;
    add("years", p, {{"years", format_number(p.years)}}, nullptr);
  }
  const auto& tiers = tiers_definition();
  for (std::size_t i = 0; i + 1 < tiers.size(); ++i) {  // the next tier, at its typical years
    if (profile.years >= tiers[i].from_years && profile.years < tiers[i].to_years &&
        tiers[i + 1].typical_years > profile.years + 3) {
      PackProfile p = same;
      p.years = tiers[i + 1].typical_years;
      add("tier", p, {{"years", format_number(p.years)}}, nullptr);
    }
  }
  // The best-paying of the seed's cities (in their country: a move, for a reader elsewhere).
  std::optional<PackProfile> best_city;
  double best = 0;
  for (const char* id : kSeedCities) {
    const City* city = find_city(pack, id);
    if (city == nullptr || base.city == city->id) continue;  // (base: named by a former id too)
    PackProfile p = same;
    p.country = find_country(pack, city->country);
    if (p.country == nullptr) continue;
    p.city = city;
    p.city_unknown = false;
    p.us_remote = false;
    Result<Estimate> r = estimate(pack, p);
    if (r.ok() && r.value().total.p50 > best) {
      best = r.value().total.p50;
      best_city = p;
    }
  }
  if (best_city) {
    std::vector<std::pair<std::string, std::string>> change;
    if (best_city->country->id != base.country) change.push_back({"country", best_city->country->id});
    change.push_back({"city", best_city->city->id});
    if (profile.us_remote) change.push_back({"employer", kEmployerLocal});
    add("city", *best_city, std::move(change), "city");
  }
  // A big-tech company: the one of that tier with the most filings where its data applies.
  const Company* big = nullptr;
  for (const Company& c : pack.companies) {
    const bool here = c.countries.empty() ||
                      std::find(c.countries.begin(), c.countries.end(), profile.country->id) != c.countries.end();
    if (c.tier == "big-tech" && here && (big == nullptr || c.n > big->n)) big = &c;
  }
  const Company* mine = profile.company;
  if (big != nullptr && (mine == nullptr || mine->tier != "big-tech")) {
    PackProfile p = same;
    p.company = big;
    p.company_unknown = false;
    p.company_size.clear();
    add("company", p, {{"company", big->id}}, "company");
  }
  if (profile.company == nullptr && !profile.company_unknown &&
      profile.company_size != "L") {  // a large company
    PackProfile p = same;
    p.company_size = "L";
    add("company-size", p, {{"companySize", "L"}}, "company-size");
  }
  if (!profile.us_remote && !pack.remote_reference.empty() &&
      profile.country->id != pack.remote_reference) {  // remote work for a US employer
    PackProfile p = same;
    p.us_remote = true;
    add("employer", p, {{"employer", kEmployerUsRemote}}, "remote");
  }
  for (const Role& role : pack.roles) {  // each other role
    if (role.id == base.role) continue;
    PackProfile p = same;
    p.role = &role;
    add("role:" + role.id, p, {{"role", role.id}}, nullptr);
  }
  // Largest gain first, ties in the order above: an insertion sort (a dozen levers), which
  // costs the module far less code than std::stable_sort's merges.
  for (std::size_t i = 1; i < out.size(); ++i) {
    for (std::size_t j = i; j > 0 && out[j - 1].delta < out[j].delta; --j) std::swap(out[j - 1], out[j]);
  }
  return out;
}

Result<std::vector<CurvePoint>> curve(const DataPack& pack, const Profile& profile,
                                      double from_years, double to_years) {
  return curve(pack, resolve(pack, profile), from_years, to_years);
}

Result<std::vector<CurvePoint>> curve(const DataPack& pack, const PackProfile& profile,
                                      double from_years, double to_years) {
  if (auto error = years_range_error(from_years, to_years)) return *error;
  // The first point is a whole estimate (any error of the profile shows there); the others
  // only need the figures at their years, scaled as the first.
  PackProfile first = profile;
  first.years = from_years;
  Scaling scaling;
  Result<Estimate> r = estimate_scaled(pack, first, &scaling);
  if (!r.ok()) return r.error();
  std::vector<CurvePoint> points = {{from_years + 0.0, r.value().base, r.value().total}};
  constexpr double kStep = 0.5;
  const int count = static_cast<int>(std::floor((to_years - from_years) / kStep + 1e-9)) + 1;
  for (int i = 1; i <= count; ++i) {
    // Every half year, and `to_years` itself last when the steps do not land on it.
    const double years = i < count ? from_years + i * kStep : to_years;
    if (years <= points.back().years) break;
    const std::optional<Figures> pay = scaled_figures(pack, scaling, years);
    if (!pay) return out_of_range_error(pack);
    points.push_back({years, pay->base, pay->total});
  }
  return points;
}

Result<YearsRange> years_range(const Value& from_years, const Value& to_years) {
  for (auto [name, v] : {std::pair{"fromYears", &from_years}, std::pair{"toYears", &to_years}}) {
    if (v->kind != Value::Kind::kNumber) {
      return Error{"invalid_type", name,
                   std::string(name) + ": must be a number of years, got " + type_name(*v)};
    }
  }
  return YearsRange{from_years.number, to_years.number};
}

Result<PercentileQuery> percentile_query(const Value& amount, const Value& component) {
  PercentileQuery query{0, "base"};
  if (!component.is_missing()) {
    if (component.kind != Value::Kind::kString || (component.text != "base" && component.text != "total")) {
      const std::string got = component.kind == Value::Kind::kString
                                  ? quoted(component.text)
                                  : type_name(component);
      return Error{"invalid_value", "component", "component: must be \"base\" or \"total\", got " + got};
    }
    query.component = component.text;
  }
  if (amount.kind != Value::Kind::kNumber) {
    return Error{"invalid_type", "amount", "amount: must be a number (annual pay), got " + type_name(amount)};
  }
  if (!std::isfinite(amount.number) || amount.number <= 0) {
    return Error{"out_of_range", "amount", "amount: must be a positive annual amount"};
  }
  query.amount = amount.number;
  return query;
}

Result<PercentileAnswer> percentile(const DataPack& pack, const Profile& profile,
                                    const PercentileQuery& query) {
  return percentile(pack, resolve(pack, profile), query);
}

Result<PercentileAnswer> percentile(const DataPack& pack, const PackProfile& profile,
                                    const PercentileQuery& query) {
  Result<Estimate> e = estimate(pack, profile);
  if (!e.ok()) return e.error();
  const Quantiles& q = query.component == "base" ? e.value().base : e.value().total;
  return PercentileAnswer{percentile_of(q, query.amount), query.amount, query.component, e.value().currency};
}

}  // namespace salary
