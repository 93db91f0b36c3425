// Estimates: a profile (who, where, how experienced) in, pay distributions out.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "datapack.h"
#include "result.h"
#include "value.h"

namespace salary {

/// One of the article's three experience tiers.
struct Tier {
  const char* id;
  double from_years;
  double to_years;       // exclusive; infinity for the last tier
  double typical_years;  // the years tiers() estimates a tier at
};

/// The seed article's tiers: entry 0-4 years, mid 5-9, senior 10+ (4.99 is entry, 5 is mid).
/// typical_years sits inside each span (2, 7, 12); with a "step" pack any year of a tier
/// gives the same figures, with a "linear" pack these years stand for the tier.
const std::array<Tier, 3>& tiers_definition();

/// The tier holding `years` (years >= 0).
const Tier& tier_for_years(double years);

/// Who pays: an employer in the reader's country (local pay, the default), or an employer in
/// the pack's remote_reference country (the US) paying remote work from the reader's country.
inline constexpr const char* kEmployerLocal = "local";
inline constexpr const char* kEmployerUsRemote = "us-remote";

/// What a reader asks about. Ids refer to the chosen data pack; empty strings mean "not given".
struct Profile {
  std::string dataset = "market";
  double years = 0;
  std::string role = "ml-engineer";
  std::string country = "US";
  std::string city, company, company_size, currency;
  std::string employer = kEmployerLocal;
};

inline constexpr double kMaxYears = 60;

/// A profile as the caller gave it: the value itself (an object, or anything else, which is an
/// error) and each known field. The bindings fill it from a JS object; natively,
/// parse_profile(const nlohmann::json&) in json_read.h does.
struct ProfileInput {
  Value self = {Value::Kind::kObject, 0, {}};
  Value dataset, years, role, country, city, company, company_size, currency, employer;
};

/// Reads a profile as handed over by the JS API. Checks types and forms (years a finite number
/// in [0, 60], ids short and of the right shape), not whether ids exist.
/// Example: parse_profile(input with years = Value::string("six")).error().field == "years"
/// `ignore_years`: for tiers() and curve(), which set the years themselves (years read as 0).
Result<Profile> parse_profile(const ProfileInput& input, bool ignore_years = false);

/// A profile with its ids looked up in one pack (resolve()): what estimates compute from, so
/// that an estimate, its tiers, its levers and its curve look nothing up by text. The wasm
/// module's fast path makes one straight from the pack's lists. Its pointers are entries of
/// that pack's lists, valid while the pack is unchanged.
struct PackProfile {
  double years = 0;
  const Role* role = nullptr;        // null only when `unknown` says why
  const Country* country = nullptr;  // null only when `unknown` says why
  const City* city = nullptr;        // null: none named, or (city_unknown) not in the pack
  bool city_unknown = false;
  const Company* company = nullptr;  // null: none named, or (company_unknown) not in the pack
  bool company_unknown = false;
  std::string company_size;          // "S", "M", "L", or "" (any)
  bool us_remote = false;            // employer "us-remote"
  const Currency* currency = nullptr;  // null: the country's own
  std::string unknown_currency;      // a currency asked for that the pack has not (an error)
  /// A role or country the pack has not (unknown_id): the error of every estimate of the
  /// profile, where an estimate looked its ids up (after checking the years).
  std::optional<Error> unknown;
};

/// Looks up a profile's ids in a pack. Ids it has not are kept for the estimates to report:
/// an unknown role or country is their error, an unknown city or company a warning, an
/// unknown currency an error after the profile's other faults. (The estimates of a pack that
/// was not indexed, index_pack, say so first.)
PackProfile resolve(const DataPack& pack, const Profile& profile);

/// A multiplier applied on top of a cell's figures (city, company, size, currency, country).
struct Factor {
  std::string id;  // "country", "remote", "city", "company", "company-size", "currency"
  std::string label;
  double multiplier = 1;
  std::string source;
};

struct Warning {
  std::string code;
  std::string message;
};

/// How likely a bonus is for the profile and how large it is when paid (in money, for the
/// median base pay): the bonus distribution itself has a median of 0 wherever fewer than
/// half get one.
struct BonusWhenPaid {
  double incidence = 0;  // share of people with a bonus
  double p25 = 0, p50 = 0, p75 = 0;
  std::string source;
};

struct Estimate {
  std::string dataset, tier, level, role, country, city, company, currency;
  std::string employer = kEmployerLocal;
  std::string company_size;  // the size whose factor or bonus incidence applies ("" = any)
  double years = 0;
  Quantiles base, bonus, total;
  std::optional<BonusWhenPaid> bonus_paid;  // when the pack has a bonus model
  std::vector<Factor> factors;
  /// Monthly salaries a year (monthly = annual / this): the country's usual number for local
  /// work; for remote work, that of the employer's country (the pack's remote_reference: the US
  /// in the built-in pack, 12).
  double pay_months = 12;
  long long n = 0;
  /// What n counts: "reports" behind the cells (0: none at this level, or, with a
  /// sample_unknown warning, a source that gives no sample size), "country" (survey answers and
  /// reports behind the country's level, when its figures are scaled from others' or its own
  /// cell has no reports), "remote" (reports of remote work from the country).
  std::string sample_basis = "reports";
  /// "high" (n >= 100), "medium" (n >= 30) or "low"; at most "medium" when the figures
  /// are another place's scaled to this country, "low" when the scale is borrowed; at least
  /// "medium" for a country's own cells of few reports when its level is measured (the
  /// cells lean on it).
  std::string confidence;
  /// The id of the source of the figures (of the cells): an id, not its title, so that an
  /// estimate copies no long text (source_title() gives the title).
  std::string source;
  std::vector<Warning> warnings;
  /// What the pay buys: total pay in US dollars at US-average prices (total converted to USD,
  /// divided by the price level of the city, else of the country when no city is named), with
  /// that price level and the place it is of. Ids, not text (source_title() and place_label()
  /// give the titles: an estimate copies no long text). Absent where the place has none.
  struct PurchasingPower {
    PriceLevel price;
    std::string place;  // the id of the city, or of the country when no city is named
    Quantiles total;
  };
  std::optional<PurchasingPower> purchasing_power;
};

/// The pay distributions for a profile, from one pack. Never throws.
Result<Estimate> estimate(const DataPack& pack, const Profile& profile);
/// The same for a profile resolved in that pack (the same figures, warnings and errors).
Result<Estimate> estimate(const DataPack& pack, const PackProfile& profile);

/// The label of a city or country of the pack by its id (the id itself when it has neither).
const std::string& place_label(const DataPack& pack, const std::string& place_id);

/// One thing a reader could change, and what it does to the median total pay: the seed
/// article's advice (more years, a senior role, a high-paying city, a top company) as numbers.
struct Lever {
  std::string id;  // "years", "tier", "city", "company", "company-size", "employer", "role:<id>"
  /// The profile fields it changes, as the JS API names them, with their new values (years as
  /// a number in text).
  std::vector<std::pair<std::string, std::string>> change;
  Estimate estimate;  // of the changed profile, in the profile's own currency
  double delta = 0;          // estimate.total.p50 - the profile's total.p50
  double delta_percent = 0;  // 100 * delta / the profile's total.p50
  /// The same change in purchasing power (percent), where both places have a price level.
  std::optional<double> real_delta_percent;
  std::string source;  // the title of the source of the factor the change brings in, else of the figures
};

/// The levers of a profile, largest gain first. A change the data does not support (a city or
/// company without figures, a company measured only elsewhere, remote work where it is local)
/// is left out, not guessed. Never throws; the error is the profile's own.
Result<std::vector<Lever>> levers(const DataPack& pack, const Profile& profile);
Result<std::vector<Lever>> levers(const DataPack& pack, const PackProfile& profile);

/// The estimates at each tier's typical years, for the rest of the profile unchanged.
Result<std::array<Estimate, 3>> tiers(const DataPack& pack, const Profile& profile);
Result<std::array<Estimate, 3>> tiers(const DataPack& pack, const PackProfile& profile);

struct CurvePoint {
  double years = 0;
  Quantiles base, total;
};

/// Where `amount` falls in a pay distribution, as a percentile in [1, 99].
/// Between p10 and p90 it interpolates log pay linearly in normal scores (so a lognormal
/// distribution is reproduced exactly); outside, it extends the nearest segment. Needs q.p10 > 0.
/// Example: percentile_of({80e3, 90e3, 100e3, 110e3, 120e3, 0}, 100e3) == 50
double percentile_of(const Quantiles& q, double amount);

/// Percentiles every half year from `from_years` to `to_years` inclusive, for a chart:
/// 0 to 20 years gives 41 points; 0.1 to 20 gives 0.1, 0.6, ... 19.6 and 20 (41 points). Both
/// ends lie in [0, kMaxYears] and from <= to.
Result<std::vector<CurvePoint>> curve(const DataPack& pack, const Profile& profile,
                                      double from_years, double to_years);
Result<std::vector<CurvePoint>> curve(const DataPack& pack, const PackProfile& profile,
                                      double from_years, double to_years);

/// The years range of curve() as the caller gave it: both numbers, else invalid_type naming
/// fromYears or toYears. curve() checks the range itself.
struct YearsRange {
  double from = 0, to = 0;
};
Result<YearsRange> years_range(const Value& from_years, const Value& to_years);

/// What percentile() is asked: an amount (positive, finite) of a component, "base" (the default
/// when absent) or "total". Errors: amount invalid_type / out_of_range, component invalid_value.
struct PercentileQuery {
  double amount = 0;
  std::string component;
};
Result<PercentileQuery> percentile_query(const Value& amount, const Value& component);

/// Where the query's amount falls in the profile's distribution of that component.
struct PercentileAnswer {
  double percentile = 0;
  double amount = 0;
  std::string component;
  std::string currency;
};
Result<PercentileAnswer> percentile(const DataPack& pack, const Profile& profile,
                                    const PercentileQuery& query);
Result<PercentileAnswer> percentile(const DataPack& pack, const PackProfile& profile,
                                    const PercentileQuery& query);

}  // namespace salary
