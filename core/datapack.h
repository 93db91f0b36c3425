// A data pack: the figures one estimate is computed from (see data/SCHEMA.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "result.h"

namespace salary {

inline constexpr int kSchemaVersion = 1;

/// Five percentiles and the mean of one pay distribution, per year, in a pack's currency.
struct Quantiles {
  double p10 = 0, p25 = 0, p50 = 0, p75 = 0, p90 = 0, mean = 0;
};

struct Source {
  std::string id, title, url, licence, as_of;
  std::string title_zh, licence_zh;  // optional: in Simplified Chinese
};

/// How bonuses are paid at a level: how many get one, and its size (bonus / base) when paid.
struct BonusModel {
  double incidence = 0;        // share of people with a bonus, in [0, 1]
  double incidence_large = 0;  // the same at large companies
  double paid_p25 = 0, paid_p50 = 0, paid_p75 = 0;  // bonus / base among those with one
  std::string source;
};

struct Level {
  std::string id, label, label_zh;
  double from_years = 0;
  std::optional<double> to_years;  // exclusive; empty on the open-ended last level
  double anchor_years = 0;         // the years this level's cells describe
  std::optional<BonusModel> bonus;
};

struct Role {
  std::string id, label, label_zh;
  std::vector<std::string> titles;
};

/// A group of countries whose cells stand in for a country with too few reports of its own.
struct Region {
  std::string id, label, label_zh;
};

/// What remote work for an employer in the pack's remote_reference country pays from a
/// country: a factor on that country's cells.
struct RemoteFactor {
  double factor = 1;
  long long n = 0;        // reports behind it
  bool borrowed = false;  // too few of its own: mostly its region's
  std::string source;
};

/// What pay buys in a place: its price level relative to the US average (1.2: prices 20% above
/// it), of a year, from a source of the pack.
struct PriceLevel {
  double value = 1;
  long long year = 0;
  std::string source;
};

struct Country {
  std::string id, label, label_zh, currency;
  std::string region;            // empty: falls back to the "*" cells directly
  std::optional<double> factor;  // scales the region's (or "*") cells it falls back to
  /// Empty, or one factor per pack level (in the order of DataPack::levels): they scale the
  /// cells it falls back to level by level, and take the place of `factor`.
  std::vector<double> level_factors;
  std::map<std::string, double> level_factors_by_id;  // as written in JSON (parse time only)
  std::string source;
  long long n = 0;        // answers and reports behind the country's level (0: unknown)
  bool borrowed = false;  // its level is estimated from its region, not measured
  double pay_months = 12;        // monthly salaries paid a year (China: often 13-16)
  std::string pay_months_source;
  std::optional<RemoteFactor> remote;
  std::optional<PriceLevel> price_level;  // the World Bank's price level ratio (US = 1)
};

struct City {
  std::string id, label, label_zh, country;
  double factor = 1;
  std::string source;
  /// The id an earlier pack gave this city (optional): a profile naming it gets this city, so
  /// that old links keep working (market packs before 2026-12 used "us-<OFLC area code>").
  std::string former_id;
  std::optional<PriceLevel> price_level;  // BEA's regional price parity / 100 (US = 1)
};

struct CompanyTier {
  std::string id, label, label_zh;
  double factor = 1;
  std::string source;
};

struct Company {
  std::string id, label, label_zh, tier;
  std::optional<double> factor;  // empty: the tier's factor applies
  long long n = 0;
  std::string years;  // of the filings behind the factor, e.g. "2015-2019"
  std::string source;
  std::vector<std::string> countries;  // where the factor was measured; empty: everywhere
  std::string size;                    // "S", "M", "L" or empty: the company's own size
};

struct CompanySize {
  std::string id, label, label_zh;
  double factor = 1;
  std::string source;
};

struct Currency {
  std::string id;
  double per_usd = 1;  // units of this currency for one US dollar
  std::string as_of, source;
};

/// The figures for one role, country (or region id, or "*" for all) and experience level.
struct Cell {
  std::string role, country, level;
  long long n = 0;  // reports behind the figures; 0 when the source does not say
  std::string source;
  Quantiles base, bonus, total;
};

/// Lookups built once per pack by index_pack(), so that an estimate finds ids in O(log n) and
/// cells and currencies in O(1): positions sorted by id, and each (role, group)'s cells by level.
struct PackIndex {
  static constexpr std::uint32_t kNone = UINT32_MAX;
  bool ready = false;
  std::vector<std::uint32_t> countries, cities, companies, currencies;  // positions, in id order
  /// The groups of cells: for the role at position r, slot r * group_slots() + g holds where
  /// the group's cells start in `group_cells`, or kNone. g is a country's position, or
  /// countries.size() + a region's position, or countries.size() + regions.size() for "*".
  std::vector<std::uint32_t> groups;
  std::vector<std::uint32_t> group_cells;       // positions in cells, levels.size() per group
  std::vector<std::uint32_t> country_currency;  // per country: its currency's position, or kNone
  std::uint32_t currency = 0;                   // the pack currency's position in currencies
};

enum class YearsModel {
  kStep,    // a level's figures hold for every year in its span
  kLinear,  // log-linear between level anchors, flat before the first and after the last
};

struct DataPack {
  int schema_version = 0;
  std::string id, label, label_zh, as_of, currency;
  /// The country whose employers remote work is measured against (countries[].remote):
  /// remote figures are its cells times the remote factor. Empty: no remote figures.
  std::string remote_reference;
  YearsModel years_model = YearsModel::kStep;
  std::vector<Source> sources;
  std::vector<Level> levels;
  std::vector<Role> roles;
  std::vector<Region> regions;
  std::vector<Country> countries;
  std::vector<City> cities;
  std::vector<CompanyTier> company_tiers;
  std::vector<Company> companies;
  std::vector<CompanySize> company_sizes;
  std::vector<Currency> currencies;
  std::vector<Cell> cells;
  PackIndex index;  // filled by index_pack()
};

/// Builds pack.index, after checking what an estimate relies on to never read out of bounds:
/// at least one level; each country's level factors one per level; the pack's currency, the
/// remote reference and each company's tier listed; unique country, city, company and currency
/// ids;
/// each cell's role, group and level listed, no cell twice, and every level for a (role, group)
/// that has any.
/// parse_data_pack() and read_binary_pack() call it; the error names the JSON path at fault.
std::optional<Error> index_pack(DataPack& pack);

const Country* find_country(const DataPack& pack, std::string_view id);
/// The city with this id, or else the one whose former_id it is.
const City* find_city(const DataPack& pack, std::string_view id);
const Company* find_company(const DataPack& pack, std::string_view id);
const Currency* find_currency(const DataPack& pack, std::string_view id);

/// The cells of a role in a country, in a region, or over all countries ("*"), by level
/// (levels.size() positions in pack.cells), or nullptr when there are none. The role, country
/// and region are entries of the pack's own lists (as find_country and find_by_id give them).
const std::uint32_t* country_cells(const DataPack& pack, const Role& role, const Country& country);
const std::uint32_t* region_cells(const DataPack& pack, const Role& role, const Region& region);
const std::uint32_t* all_cells(const DataPack& pack, const Role& role);

/// The pack's own currency, and a country's currency (nullptr when the pack has no rate for it).
const Currency& pack_currency(const DataPack& pack);
const Currency* country_currency(const DataPack& pack, const Country& country);

/// Parses JSON text into a pack and validates it as a whole (JSON builds only: salary_json).
/// Never throws; the first problem found is returned with its JSON path. Example:
///   auto pack = parse_data_pack(R"({"schema_version": 2})");
///   // pack.error().code == "unsupported_schema", .field == "/schema_version"
Result<DataPack> parse_data_pack(std::string_view json_text);

/// Whether an item's id is `id` (std::string's == is a chain of calls at -Oz).
bool same_id(const std::string& item_id, std::string_view id);

/// The entry of `items` whose id is `id`, or nullptr.
template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const T* const end = items.data() + items.size();
  for (const T* item = items.data(); item != end; ++item) {
    if (same_id(item->id, id)) return item;
  }
  return nullptr;
}

/// The id a name gives: its ASCII letters (lower-cased) and digits, each run of anything else
/// as one "-" between them. Example: slug("AT&T Services") == "at-t-services"
std::string slug(std::string_view name);

/// The title of the source with this id, or the id itself when the pack has no such source.
const std::string& source_title(const DataPack& pack, const std::string& source_id);

}  // namespace salary
