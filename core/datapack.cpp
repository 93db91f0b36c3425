#include "datapack.h"

#include <cmath>
#include <exception>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "json_read.h"

namespace salary {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxPackBytes = 8 * 1024 * 1024;
// A pack nests 5 levels deep (/cells/0/base/p10); deeper text is refused before it is parsed:
// 4 million nested brackets fit in 8 MB and took 181 MB as a JSON tree.
constexpr int kMaxDepth = 16;

// Whether brackets outside strings nest deeper than kMaxDepth in `text` (JSON or not).
bool too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// ---- Parse: JSON -> structs. Types are checked here, ranges in validate() below. ----

bool read_quantiles(Reader& r, const json& obj, const std::string& path, Quantiles& q) {
  if (!r.object(obj, path)) return false;
  return r.number(obj, "p10", path, q.p10) && r.number(obj, "p25", path, q.p25) &&
         r.number(obj, "p50", path, q.p50) && r.number(obj, "p75", path, q.p75) &&
         r.number(obj, "p90", path, q.p90) && r.number(obj, "mean", path, q.mean);
}

bool read_labels(Reader& r, const json& obj, const std::string& path, std::string& label,
                 std::string& label_zh) {
  return r.string(obj, "label", path, label) &&
         r.string(obj, "label_zh", path, label_zh, Presence::kOptional);
}

// {"incidence": .., "incidence_large": .., "paid_share": {"p25", "p50", "p75"}, "source"}.
bool read_bonus(Reader& r, const json& level, const std::string& path,
                std::optional<BonusModel>& out) {
  const auto it = level.find("bonus");
  if (it == level.end() || it->is_null()) return true;
  const std::string at = path + "/bonus";
  BonusModel b;
  if (!r.object(*it, at) || !r.number(*it, "incidence", at, b.incidence) ||
      !r.number(*it, "incidence_large", at, b.incidence_large) ||
      !r.object_at(*it, "paid_share", at) || !r.string(*it, "source", at, b.source)) {
    return false;
  }
  const json& share = it->at("paid_share");
  const std::string share_at = at + "/paid_share";
  if (!r.number(share, "p25", share_at, b.paid_p25) || !r.number(share, "p50", share_at, b.paid_p50) ||
      !r.number(share, "p75", share_at, b.paid_p75)) {
    return false;
  }
  out = b;
  return true;
}

// {"EN": 0.4, "MI": 0.45, ...}: numbers by level id; checked against /levels in validation.
bool read_level_factors(Reader& r, const json& country, const std::string& path,
                        std::map<std::string, double>& out) {
  const auto it = country.find("level_factors");
  if (it == country.end() || it->is_null()) return true;
  const std::string at = path + "/level_factors";
  if (!r.object(*it, at)) return false;
  for (const auto& [key, value] : it->items()) {
    if (key.size() > Reader::kMaxTextBytes || key.find('\0') != std::string::npos) {
      return r.fail("too_large", at, at + ": a key longer than " +
                                         std::to_string(Reader::kMaxTextBytes) + " bytes, or with a NUL");
    }
    double f = 0;
    if (!r.number(*it, key.c_str(), at, f)) return false;
    out[key] = f;
  }
  return true;
}

// {"factor": .., "n": .., "borrowed": .., "source": ..}
bool read_remote(Reader& r, const json& country, const std::string& path,
                 std::optional<RemoteFactor>& out) {
  const auto it = country.find("remote");
  if (it == country.end() || it->is_null()) return true;
  const std::string at = path + "/remote";
  RemoteFactor f;
  if (!r.object(*it, at) || !r.number(*it, "factor", at, f.factor) ||
      !r.count(*it, "n", at, f.n, Presence::kOptional) ||
      !r.boolean(*it, "borrowed", at, f.borrowed, Presence::kOptional) ||
      !r.string(*it, "source", at, f.source)) {
    return false;
  }
  out = f;
  return true;
}

// {"value": .., "year": .., "source": ..}: a country's or city's price level (optional).
bool read_price_level(Reader& r, const json& place, const std::string& path,
                      std::optional<PriceLevel>& out) {
  const auto it = place.find("price_level");
  if (it == place.end() || it->is_null()) return true;
  const std::string at = path + "/price_level";
  PriceLevel p;
  if (!r.object(*it, at) || !r.number(*it, "value", at, p.value) || !r.count(*it, "year", at, p.year) ||
      !r.string(*it, "source", at, p.source)) {
    return false;
  }
  out = p;
  return true;
}

// The most items a pack's list may hold: far above what data/ has (10 roles, 102 countries,
// 542 cities, 882 companies, 188 cells), and small enough that the index (roles x places) and
// the catalog's merging over 10 packs stay within a few MB and milliseconds.
std::size_t max_items(std::string_view key) {
  if (key == "cities" || key == "companies") return 20000;
  if (key == "cells") return 50000;
  if (key == "roles" || key == "regions") return 200;
  return 1000;  // sources, levels, countries, company tiers and sizes, currencies
}

// Reads the array at obj[key], calling read_item(item_json, item_path, item) for each element.
template <class T, class F>
bool read_list(Reader& r, const json& obj, const char* key, const std::string& path,
               std::vector<T>& out, Presence presence, F read_item) {
  const json* list = r.array(obj, key, path, presence);
  if (list == nullptr) return r.ok();
  if (list->size() > max_items(key)) {
    const std::string at = path + "/" + key;
    return r.fail("too_large", at, at + ": more than " + std::to_string(max_items(key)) + " items");
  }
  out.reserve(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string item_path = path + "/" + key + "/" + std::to_string(i);
    T item;
    if (!r.object((*list)[i], item_path) || !read_item((*list)[i], item_path, item)) return false;
    out.push_back(std::move(item));
  }
  return true;
}

bool parse(Reader& r, const json& doc, DataPack& p) {
  const std::string root;
  if (!r.object(doc, "/")) return false;
  double version = 0;
  if (!r.number(doc, "schema_version", root, version)) return false;
  if (version != kSchemaVersion) {
    return r.fail("unsupported_schema", "/schema_version",
                  "/schema_version: this calculator reads data packs of schema_version " +
                      std::to_string(kSchemaVersion));
  }
  p.schema_version = kSchemaVersion;
  std::string years_model;
  if (!r.string(doc, "id", root, p.id) || !read_labels(r, doc, root, p.label, p.label_zh) ||
      !r.string(doc, "as_of", root, p.as_of) || !r.string(doc, "currency", root, p.currency) ||
      !r.string(doc, "years_model", root, years_model) ||
      !r.string(doc, "remote_reference", root, p.remote_reference, Presence::kOptional)) {
    return false;
  }
  if (years_model == "step") {
    p.years_model = YearsModel::kStep;
  } else if (years_model == "linear") {
    p.years_model = YearsModel::kLinear;
  } else {
    return r.fail("invalid_value", "/years_model", "/years_model: must be \"step\" or \"linear\"");
  }

  return read_list(r, doc, "sources", root, p.sources, Presence::kRequired,
                   [&](const json& j, const std::string& at, Source& s) {
                     return r.string(j, "id", at, s.id) && r.string(j, "title", at, s.title) &&
                            r.string(j, "url", at, s.url, Presence::kOptional) &&
                            r.string(j, "licence", at, s.licence) &&
                            r.string(j, "as_of", at, s.as_of) &&
                            r.string(j, "title_zh", at, s.title_zh, Presence::kOptional) &&
                            r.string(j, "licence_zh", at, s.licence_zh, Presence::kOptional);
                   }) &&
         read_list(r, doc, "levels", root, p.levels, Presence::kRequired,
                   [&](const json& j, const std::string& at, Level& l) {
                     return r.string(j, "id", at, l.id) &&
                            read_labels(r, j, at, l.label, l.label_zh) &&
                            r.number(j, "from_years", at, l.from_years) &&
                            r.optional_number(j, "to_years", at, l.to_years) &&
                            r.number(j, "anchor_years", at, l.anchor_years) &&
                            read_bonus(r, j, at, l.bonus);
                   }) &&
         read_list(r, doc, "roles", root, p.roles, Presence::kRequired,
                   [&](const json& j, const std::string& at, Role& role) {
                     return r.string(j, "id", at, role.id) &&
                            read_labels(r, j, at, role.label, role.label_zh) &&
                            r.string_list(j, "titles", at, role.titles);
                   }) &&
         read_list(r, doc, "regions", root, p.regions, Presence::kOptional,
                   [&](const json& j, const std::string& at, Region& region) {
                     return r.string(j, "id", at, region.id) &&
                            read_labels(r, j, at, region.label, region.label_zh);
                   }) &&
         read_list(r, doc, "countries", root, p.countries, Presence::kRequired,
                   [&](const json& j, const std::string& at, Country& c) {
                     std::optional<double> months;
                     const bool ok =
                         r.string(j, "id", at, c.id) &&
                         read_labels(r, j, at, c.label, c.label_zh) &&
                         r.string(j, "currency", at, c.currency) &&
                         r.string(j, "region", at, c.region, Presence::kOptional) &&
                         r.optional_number(j, "factor", at, c.factor) &&
                         read_level_factors(r, j, at, c.level_factors_by_id) &&
                         r.string(j, "source", at, c.source,
                                  c.factor || !c.level_factors_by_id.empty() ? Presence::kRequired
                                                                       : Presence::kOptional) &&
                         r.count(j, "n", at, c.n, Presence::kOptional) &&
                         r.boolean(j, "borrowed", at, c.borrowed, Presence::kOptional) &&
                         r.optional_number(j, "pay_months", at, months) &&
                         r.string(j, "pay_months_source", at, c.pay_months_source,
                                  months ? Presence::kRequired : Presence::kOptional) &&
                         read_remote(r, j, at, c.remote) && read_price_level(r, j, at, c.price_level);
                     if (months) c.pay_months = *months;
                     return ok;
                   }) &&
         read_list(r, doc, "cities", root, p.cities, Presence::kOptional,
                   [&](const json& j, const std::string& at, City& c) {
                     return r.string(j, "id", at, c.id) &&
                            read_labels(r, j, at, c.label, c.label_zh) &&
                            r.string(j, "country", at, c.country) &&
                            r.number(j, "factor", at, c.factor) &&
                            r.string(j, "source", at, c.source) &&
                            r.string(j, "former_id", at, c.former_id, Presence::kOptional) &&
                            read_price_level(r, j, at, c.price_level);
                   }) &&
         read_list(r, doc, "company_tiers", root, p.company_tiers, Presence::kOptional,
                   [&](const json& j, const std::string& at, CompanyTier& t) {
                     return r.string(j, "id", at, t.id) &&
                            read_labels(r, j, at, t.label, t.label_zh) &&
                            r.number(j, "factor", at, t.factor) &&
                            r.string(j, "source", at, t.source);
                   }) &&
         read_list(r, doc, "companies", root, p.companies, Presence::kOptional,
                   [&](const json& j, const std::string& at, Company& c) {
                     return r.string(j, "id", at, c.id) &&
                            read_labels(r, j, at, c.label, c.label_zh) &&
                            r.string(j, "tier", at, c.tier) &&
                            r.optional_number(j, "factor", at, c.factor) &&
                            r.count(j, "n", at, c.n, Presence::kOptional) &&
                            r.string(j, "years", at, c.years, Presence::kOptional) &&
                            r.string(j, "source", at, c.source) &&
                            r.string_list(j, "countries", at, c.countries, Presence::kOptional) &&
                            r.string(j, "size", at, c.size, Presence::kOptional);
                   }) &&
         read_list(r, doc, "company_sizes", root, p.company_sizes, Presence::kOptional,
                   [&](const json& j, const std::string& at, CompanySize& s) {
                     return r.string(j, "id", at, s.id) &&
                            read_labels(r, j, at, s.label, s.label_zh) &&
                            r.number(j, "factor", at, s.factor) &&
                            r.string(j, "source", at, s.source);
                   }) &&
         read_list(r, doc, "currencies", root, p.currencies, Presence::kRequired,
                   [&](const json& j, const std::string& at, Currency& c) {
                     return r.string(j, "id", at, c.id) && r.number(j, "per_usd", at, c.per_usd) &&
                            r.string(j, "as_of", at, c.as_of) &&
                            r.string(j, "source", at, c.source);
                   }) &&
         read_list(r, doc, "cells", root, p.cells, Presence::kRequired,
                   [&](const json& j, const std::string& at, Cell& c) {
                     return r.string(j, "role", at, c.role) &&
                            r.string(j, "country", at, c.country) &&
                            r.string(j, "level", at, c.level) && r.count(j, "n", at, c.n) &&
                            r.string(j, "source", at, c.source) &&
                            r.object_at(j, "base", at) &&
                            read_quantiles(r, j.at("base"), at + "/base", c.base) &&
                            r.object_at(j, "bonus", at) &&
                            read_quantiles(r, j.at("bonus"), at + "/bonus", c.bonus) &&
                            r.object_at(j, "total", at) &&
                            read_quantiles(r, j.at("total"), at + "/total", c.total);
                   });
}

// ---- Validate: ranges, ordering, uniqueness and references, over the whole pack. ----

class Validator {
 public:
  explicit Validator(const DataPack& p) : p_(p) {}

  std::optional<Error> run() {
    check_id("/id", p_.id);
    check_unique("/sources", p_.sources);
    check_unique("/levels", p_.levels);
    check_unique("/roles", p_.roles);
    check_unique("/regions", p_.regions);
    check_unique("/countries", p_.countries);
    check_unique("/cities", p_.cities);
    check_unique("/company_tiers", p_.company_tiers);
    check_unique("/companies", p_.companies);
    check_unique("/company_sizes", p_.company_sizes);
    check_unique("/currencies", p_.currencies);
    if (!find_by_id(p_.currencies, p_.currency)) {
      fail("unknown_id", "/currency", "is not listed in /currencies");
    }
    check_ids("/roles", p_.roles, 40);
    check_ids("/cities", p_.cities, 64);
    check_ids("/companies", p_.companies, 64);
    check_levels();
    for (std::size_t i = 0; i < p_.regions.size(); ++i) {
      // Region ids share the cells' "country" field with ISO codes, so they must not look like one.
      const std::string at = "/regions/" + std::to_string(i) + "/id";
      check_id(at, p_.regions[i].id);
    }
    for (std::size_t i = 0; i < p_.countries.size(); ++i) {
      const Country& c = p_.countries[i];
      const std::string at = "/countries/" + std::to_string(i);
      check_country_code(at + "/id", c.id);
      if (!find_by_id(p_.currencies, c.currency)) {
        fail("unknown_id", at + "/currency", "is not listed in /currencies");
      }
      if (!c.region.empty() && !find_by_id(p_.regions, c.region)) {
        fail("unknown_id", at + "/region", "is not listed in /regions");
      }
      if (c.factor) check_factor(at + "/factor", *c.factor);
      if (!c.level_factors_by_id.empty()) {
        for (const auto& [level, f] : c.level_factors_by_id) {
          if (!find_by_id(p_.levels, level)) {
            fail("unknown_id", at + "/level_factors/" + level, "is not listed in /levels");
          }
          check_factor(at + "/level_factors/" + level, f);
        }
        for (const Level& l : p_.levels) {
          if (!c.level_factors_by_id.count(l.id)) {
            fail("missing_field", at + "/level_factors/" + l.id, "is required: a factor for every level");
          }
        }
      }
      if (!c.source.empty()) check_source(at + "/source", c.source);
      if (c.remote) {
        if (p_.remote_reference.empty()) {
          fail("missing_field", "/remote_reference", "is required when a country has remote figures");
        }
        check_factor(at + "/remote/factor", c.remote->factor);
        check_source(at + "/remote/source", c.remote->source);
      }
      if (!(c.pay_months >= 12 && c.pay_months <= 24)) {
        fail("invalid_value", at + "/pay_months", "must be between 12 and 24");
      }
      if (!c.pay_months_source.empty()) check_source(at + "/pay_months_source", c.pay_months_source);
      check_price_level(at, c.price_level);
    }
    if (!p_.remote_reference.empty() && !find_by_id(p_.countries, p_.remote_reference)) {
      fail("unknown_id", "/remote_reference", "is not listed in /countries");
    }
    for (std::size_t i = 0; i < p_.cities.size(); ++i) {
      const City& c = p_.cities[i];
      const std::string at = "/cities/" + std::to_string(i);
      if (!find_by_id(p_.countries, c.country)) {
        fail("unknown_id", at + "/country", "is not listed in /countries");
      }
      check_factor(at + "/factor", c.factor);
      check_source(at + "/source", c.source);
      check_price_level(at, c.price_level);
    }
    check_former_ids();
    for (std::size_t i = 0; i < p_.company_tiers.size(); ++i) {
      const std::string at = "/company_tiers/" + std::to_string(i);
      check_factor(at + "/factor", p_.company_tiers[i].factor);
      check_source(at + "/source", p_.company_tiers[i].source);
    }
    for (std::size_t i = 0; i < p_.companies.size(); ++i) {
      const Company& c = p_.companies[i];
      const std::string at = "/companies/" + std::to_string(i);
      if (!find_by_id(p_.company_tiers, c.tier)) {
        fail("unknown_id", at + "/tier", "is not listed in /company_tiers");
      }
      if (c.factor) check_factor(at + "/factor", *c.factor);
      check_source(at + "/source", c.source);
      for (std::size_t k = 0; k < c.countries.size(); ++k) {
        if (!find_by_id(p_.countries, c.countries[k])) {
          fail("unknown_id", at + "/countries/" + std::to_string(k), "is not listed in /countries");
        }
      }
      if (!c.size.empty() && c.size != "S" && c.size != "M" && c.size != "L") {
        fail("invalid_value", at + "/size", "must be \"S\", \"M\" or \"L\"");
      }
    }
    for (std::size_t i = 0; i < p_.company_sizes.size(); ++i) {
      const CompanySize& s = p_.company_sizes[i];
      const std::string at = "/company_sizes/" + std::to_string(i);
      if (s.id != "S" && s.id != "M" && s.id != "L") {
        fail("invalid_value", at + "/id", "must be \"S\", \"M\" or \"L\"");
      }
      check_factor(at + "/factor", s.factor);
      check_source(at + "/source", s.source);
    }
    for (std::size_t i = 0; i < p_.currencies.size(); ++i) {
      const Currency& c = p_.currencies[i];
      const std::string at = "/currencies/" + std::to_string(i);
      check_currency_code(at + "/id", c.id);
      check_factor(at + "/per_usd", c.per_usd);
      check_source(at + "/source", c.source);
    }
    check_cells();
    return error_;
  }

 private:
  void fail(const char* code, const std::string& path, const std::string& what) {
    if (!error_) error_ = Error{code, path, path + ": " + what};
  }

  // Ids a profile can name (see parse_profile): 1-40 (cities and companies: 64) characters.
  void check_id(const std::string& path, const std::string& id, std::size_t max_size = 40) {
    bool ok = !id.empty() && id.size() <= max_size;
    for (char c : id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok) {
      fail("invalid_value", path,
           "must be 1-" + std::to_string(max_size) + " characters of a-z, 0-9 and -");
    }
  }

  template <class T>
  void check_ids(const std::string& path, const std::vector<T>& items, std::size_t max_size) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      check_id(path + "/" + std::to_string(i) + "/id", items[i].id, max_size);
    }
  }

  void check_price_level(const std::string& at, const std::optional<PriceLevel>& p) {
    if (!p) return;
    check_factor(at + "/price_level/value", p->value);
    check_source(at + "/price_level/source", p->source);
  }

  // A city's former id names that city only: it is an id's form, and neither a city's id nor
  // another city's former id.
  void check_former_ids() {
    std::set<std::string> ids;
    for (const City& c : p_.cities) ids.insert(c.id);
    std::set<std::string> former;
    for (std::size_t i = 0; i < p_.cities.size(); ++i) {
      const std::string& id = p_.cities[i].former_id;
      if (id.empty()) continue;
      const std::string at = "/cities/" + std::to_string(i) + "/former_id";
      check_id(at, id, 64);
      if (ids.count(id) != 0 || !former.insert(id).second) {
        fail("duplicate_id", at, "names another city too");
      }
    }
  }

  void check_country_code(const std::string& path, const std::string& id) {
    bool ok = id.size() == 2;
    for (char c : id) ok = ok && c >= 'A' && c <= 'Z';
    if (!ok) fail("invalid_value", path, "must be an ISO 3166-1 alpha-2 code such as \"US\"");
  }

  void check_currency_code(const std::string& path, const std::string& id) {
    bool ok = id.size() == 3;
    for (char c : id) ok = ok && c >= 'A' && c <= 'Z';
    if (!ok) fail("invalid_value", path, "must be an ISO 4217 code such as \"USD\"");
  }

  void check_factor(const std::string& path, double f) {
    if (!std::isfinite(f) || f <= 0) fail("not_positive", path, "must be a finite number > 0");
  }

  void check_source(const std::string& path, const std::string& id) {
    if (!find_by_id(p_.sources, id)) fail("unknown_id", path, "is not listed in /sources");
  }

  template <class T>
  void check_unique(const std::string& path, const std::vector<T>& items) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string at = path + "/" + std::to_string(i) + "/id";
      if (items[i].id.empty()) fail("invalid_value", at, "must not be empty");
      if (!seen.insert(items[i].id).second) {
        fail("duplicate_id", at, "\"" + items[i].id + "\" appears more than once in " + path);
      }
    }
  }

  void check_levels() {
    if (p_.levels.empty()) fail("invalid_value", "/levels", "must list at least one level");
    double expected_from = 0;
    for (std::size_t i = 0; i < p_.levels.size(); ++i) {
      const Level& l = p_.levels[i];
      const std::string at = "/levels/" + std::to_string(i);
      const bool last = i + 1 == p_.levels.size();
      if (l.from_years != expected_from) {
        fail("invalid_value", at + "/from_years",
             "levels must tile the years from 0 up: expected " + format_number(expected_from));
      }
      if (last != !l.to_years.has_value()) {
        fail("invalid_value", at + "/to_years",
             last ? "must be null on the last level" : "must be a number except on the last level");
      }
      if (l.to_years && !(*l.to_years > l.from_years)) {
        fail("invalid_value", at + "/to_years", "must be greater than from_years");
      }
      const bool anchor_inside =
          l.anchor_years >= l.from_years && (!l.to_years || l.anchor_years < *l.to_years);
      if (!anchor_inside) fail("invalid_value", at + "/anchor_years", "must lie within the level");
      if (l.to_years) expected_from = *l.to_years;
      if (l.bonus) {
        const BonusModel& b = *l.bonus;
        for (auto [name, v] : {std::pair{"incidence", b.incidence},
                               std::pair{"incidence_large", b.incidence_large}}) {
          if (!(v >= 0 && v <= 1)) {
            fail("out_of_range", at + "/bonus/" + name, "must be a share between 0 and 1");
          }
        }
        const double shares[] = {b.paid_p25, b.paid_p50, b.paid_p75};
        const char* names[] = {"p25", "p50", "p75"};
        for (int k = 0; k < 3; ++k) {
          const std::string share_at = at + "/bonus/paid_share/" + names[k];
          if (!(shares[k] > 0) || shares[k] > 100) {
            fail("not_positive", share_at, "must be a share of base pay > 0");
          } else if (k > 0 && shares[k] < shares[k - 1]) {
            fail("unordered_percentiles", share_at, std::string("must not be below ") + names[k - 1]);
          }
        }
        check_source(at + "/bonus/source", b.source);
      }
    }
  }

  void check_distribution(const std::string& path, const Quantiles& q, bool allow_zero) {
    const double values[] = {q.p10, q.p25, q.p50, q.p75, q.p90, q.mean};
    const char* names[] = {"p10", "p25", "p50", "p75", "p90", "mean"};
    for (int k = 0; k < 6; ++k) {
      const bool ok = std::isfinite(values[k]) && (allow_zero ? values[k] >= 0 : values[k] > 0);
      if (!ok) {
        fail("not_positive", path + "/" + names[k],
             allow_zero ? "must be a finite number >= 0" : "must be a finite number > 0");
      }
    }
    for (int k = 1; k < 5; ++k) {
      if (values[k] < values[k - 1]) {
        fail("unordered_percentiles", path + "/" + names[k],
             std::string("must not be below ") + names[k - 1]);
      }
    }
  }

  void check_cells() {
    if (p_.cells.empty()) fail("invalid_value", "/cells", "must hold at least one cell");
    std::set<std::string> keys;
    std::set<std::pair<std::string, std::string>> groups;
    for (std::size_t i = 0; i < p_.cells.size(); ++i) {
      const Cell& c = p_.cells[i];
      const std::string at = "/cells/" + std::to_string(i);
      if (!find_by_id(p_.roles, c.role)) fail("unknown_id", at + "/role", "is not listed in /roles");
      if (c.country != "*" && !find_by_id(p_.countries, c.country) &&
          !find_by_id(p_.regions, c.country)) {
        fail("unknown_id", at + "/country", "is neither \"*\" nor listed in /countries or /regions");
      }
      if (!find_by_id(p_.levels, c.level)) {
        fail("unknown_id", at + "/level", "is not listed in /levels");
      }
      check_source(at + "/source", c.source);
      check_distribution(at + "/base", c.base, false);
      check_distribution(at + "/bonus", c.bonus, true);
      check_distribution(at + "/total", c.total, false);
      const double base[] = {c.base.p10, c.base.p25, c.base.p50, c.base.p75, c.base.p90};
      const double total[] = {c.total.p10, c.total.p25, c.total.p50, c.total.p75, c.total.p90};
      const char* names[] = {"p10", "p25", "p50", "p75", "p90"};
      for (int k = 0; k < 5; ++k) {
        if (total[k] < base[k]) {
          fail("total_below_base", at + "/total/" + names[k], "must not be below base pay");
        }
      }
      if (!keys.insert(c.role + "|" + c.country + "|" + c.level).second) {
        fail("duplicate_id", at, "a second cell for " + c.role + ", " + c.country + ", " + c.level);
      }
      groups.insert({c.role, c.country});
    }
    // Every (role, country) needs all levels, so interpolation never meets a hole.
    for (const auto& [role, country] : groups) {
      for (const Level& l : p_.levels) {
        if (!keys.count(role + "|" + country + "|" + l.id)) {
          fail("missing_cell", "/cells",
               "no cell for role " + role + ", country " + country + ", level " + l.id);
        }
      }
    }
  }

  const DataPack& p_;
  std::optional<Error> error_;
};

}  // namespace

Result<DataPack> parse_data_pack(std::string_view json_text) {
  try {
    if (json_text.size() > kMaxPackBytes) {
      return Error{"too_large", "/", "data pack: larger than 8 MB"};
    }
    if (too_deep(json_text)) {
      return Error{"too_large", "/", "data pack: nested more than " + std::to_string(kMaxDepth) +
                                         " levels deep (a pack needs 5)"};
    }
    const json doc = json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (doc.is_discarded()) {
      return Error{"invalid_json", "/", "data pack: not valid JSON text (is it truncated?)"};
    }
    Reader reader;
    DataPack pack;
    if (!parse(reader, doc, pack)) return reader.error();
    if (auto error = Validator(pack).run()) return *error;
    for (Country& c : pack.countries) {
      if (c.level_factors_by_id.empty()) continue;
      for (const Level& l : pack.levels) c.level_factors.push_back(c.level_factors_by_id.at(l.id));
    }
    if (auto error = index_pack(pack)) return *error;
    return pack;
  } catch (const std::exception& e) {
    return Error{"internal", "/", std::string("data pack: could not be read: ") + e.what()};
  }
}

}  // namespace salary
