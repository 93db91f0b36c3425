// The lookups of a pack (PackIndex) and the checks that make them safe to use.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "datapack.h"

namespace salary {
namespace {

// Positions 0..ids.size()-1 in the order of their ids, equal ids in the order of their
// positions (so that a duplicate is reported at its second place, as the JSON validator does).
// Not a template: one sort in the module for the four lists, not one per list (3.7 KB of wasm).
// A heap sort: a few hundred bytes of code where std::sort's introsort takes 1.7 KB (0.5 KB of
// each bundle gzipped); about twice as slow, 0.4 ms for the 882 companies in Node.
std::vector<std::uint32_t> order_of(const std::vector<std::string_view>& ids) {
  std::vector<std::uint32_t> order(ids.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  const auto less = [&](std::uint32_t a, std::uint32_t b) {
    return ids[a] < ids[b] || (ids[a] == ids[b] && a < b);
  };
  // Packs list most items in id order already (the companies, countries and currencies of the
  // built-in packs): then there is nothing to sort.
  for (std::size_t i = 1; i < ids.size(); ++i) {
    if (ids[i] < ids[i - 1]) {
      std::make_heap(order.begin(), order.end(), less);
      std::sort_heap(order.begin(), order.end(), less);
      break;
    }
  }
  return order;
}

template <class T>
std::vector<std::uint32_t> sorted_positions(const std::vector<T>& items) {
  std::vector<std::string_view> ids;
  ids.reserve(items.size());
  for (const T& item : items) ids.emplace_back(item.id);
  return order_of(ids);
}

// The path of the first id that appears twice, or "".
template <class T>
std::string first_duplicate(const char* list, const std::vector<T>& items,
                            const std::vector<std::uint32_t>& order) {
  for (std::size_t i = 1; i < order.size(); ++i) {
    if (items[order[i]].id == items[order[i - 1]].id) {
      return std::string("/") + list + "/" + std::to_string(std::max(order[i], order[i - 1])) + "/id";
    }
  }
  return "";
}

// An id against a key, ordered as std::string's operator< orders them (bytes, then length),
// written out: the library's comparison is a chain of calls at -Oz, where the lookups of an
// estimate spent most of their time.
int compare_id(const std::string& id, std::string_view key) {
  const std::size_t a = id.size(), b = key.size(), n = a < b ? a : b;
  const int c = n == 0 ? 0 : std::memcmp(id.data(), key.data(), n);
  return c != 0 ? c : static_cast<int>(a > b) - static_cast<int>(a < b);
}

// The item with this id, by binary search over positions in id order (ids are unique).
template <class T>
const T* find_sorted(const std::vector<T>& items, const std::vector<std::uint32_t>& order,
                     std::string_view id) {
  const T* const item = items.data();
  const std::uint32_t* const position = order.data();
  std::size_t lo = 0, hi = order.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const int c = compare_id(item[position[mid]].id, id);
    if (c == 0) return &item[position[mid]];
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return nullptr;
}

Error error_at(const char* code, const std::string& path, const std::string& what) {
  return Error{code, path, path + ": " + what};
}

// The index's groups table has one slot per role and place; it is at most this big (4 MB).
constexpr std::size_t kMaxGroupSlots = 1000000;

// The group slots of one role: one per country, one per region, and "*".
std::size_t group_slots(const DataPack& pack) { return pack.countries.size() + pack.regions.size() + 1; }

// The cells of the group in `slot` of `role` (see PackIndex::groups), or nullptr.
const std::uint32_t* cells_at(const DataPack& pack, const Role& role, std::size_t slot) {
  const std::uint32_t first =
      pack.index.groups[static_cast<std::size_t>(&role - pack.roles.data()) * group_slots(pack) + slot];
  return first == PackIndex::kNone ? nullptr : &pack.index.group_cells[first];
}

}  // namespace

std::optional<Error> index_pack(DataPack& pack) {
  PackIndex index;
  if (pack.levels.empty()) return error_at("invalid_value", "/levels", "must list at least one level");
  if (!find_by_id(pack.currencies, pack.currency)) {
    return error_at("unknown_id", "/currency", "is not listed in /currencies");
  }
  index.countries = sorted_positions(pack.countries);
  index.cities = sorted_positions(pack.cities);
  index.companies = sorted_positions(pack.companies);
  index.currencies = sorted_positions(pack.currencies);
  for (const auto& [list, path] :
       {std::pair{"countries", first_duplicate("countries", pack.countries, index.countries)},
        std::pair{"cities", first_duplicate("cities", pack.cities, index.cities)},
        std::pair{"companies", first_duplicate("companies", pack.companies, index.companies)},
        std::pair{"currencies", first_duplicate("currencies", pack.currencies, index.currencies)}}) {
    if (!path.empty()) {
      return error_at("duplicate_id", path, std::string("appears more than once in /") + list);
    }
  }
  if (!pack.remote_reference.empty() &&
      !find_sorted(pack.countries, index.countries, pack.remote_reference)) {
    return error_at("unknown_id", "/remote_reference", "is not listed in /countries");
  }
  for (std::size_t i = 0; i < pack.countries.size(); ++i) {
    const auto& factors = pack.countries[i].level_factors;
    if (!factors.empty() && factors.size() != pack.levels.size()) {
      return error_at("invalid_value", "/countries/" + std::to_string(i) + "/level_factors",
                      "must hold a factor for every level");
    }
  }
  // Price levels divide pay (a binary pack is not validated as JSON is).
  const auto bad_price = [](const std::optional<PriceLevel>& p) {
    return p && !(std::isfinite(p->value) && p->value > 0);
  };
  for (std::size_t i = 0; i < pack.countries.size(); ++i) {
    if (bad_price(pack.countries[i].price_level)) {
      return error_at("not_positive", "/countries/" + std::to_string(i) + "/price_level/value",
                      "must be a finite number > 0");
    }
  }
  for (std::size_t i = 0; i < pack.cities.size(); ++i) {
    if (bad_price(pack.cities[i].price_level)) {
      return error_at("not_positive", "/cities/" + std::to_string(i) + "/price_level/value",
                      "must be a finite number > 0");
    }
  }
  for (std::size_t i = 0; i < pack.companies.size(); ++i) {
    if (!find_by_id(pack.company_tiers, pack.companies[i].tier)) {
      return error_at("unknown_id", "/companies/" + std::to_string(i) + "/tier",
                      "is not listed in /company_tiers");
    }
  }

  index.currency = static_cast<std::uint32_t>(
      find_sorted(pack.currencies, index.currencies, pack.currency) - pack.currencies.data());
  for (const Country& c : pack.countries) {
    const Currency* currency = find_sorted(pack.currencies, index.currencies, c.currency);
    index.country_currency.push_back(
        currency ? static_cast<std::uint32_t>(currency - pack.currencies.data()) : PackIndex::kNone);
  }

  // Cells: each (role, group) with all its levels, at a slot found by positions.
  const std::size_t levels = pack.levels.size();
  const std::size_t slots = group_slots(pack);
  if (pack.roles.size() > kMaxGroupSlots / slots) {  // (JSON packs are held far below this)
    return error_at("too_large", "/roles", "too many roles for the countries and regions");
  }
  index.groups.assign(pack.roles.size() * slots, PackIndex::kNone);
  for (std::size_t i = 0; i < pack.cells.size(); ++i) {
    const Cell& c = pack.cells[i];
    const auto at = [i] { return "/cells/" + std::to_string(i); };
    const Role* role = find_by_id(pack.roles, c.role);
    if (role == nullptr) return error_at("unknown_id", at() + "/role", "is not listed in /roles");
    std::size_t group = 0;
    if (const Country* country = find_sorted(pack.countries, index.countries, c.country)) {
      group = static_cast<std::size_t>(country - pack.countries.data());
    } else if (const Region* region = find_by_id(pack.regions, c.country)) {
      group = pack.countries.size() + static_cast<std::size_t>(region - pack.regions.data());
    } else if (c.country == "*") {
      group = slots - 1;
    } else {
      return error_at("unknown_id", at() + "/country", "is not listed in /countries or /regions");
    }
    std::size_t level = 0;
    while (level < levels && pack.levels[level].id != c.level) ++level;
    if (level == levels) return error_at("unknown_id", at() + "/level", "is not listed in /levels");
    std::uint32_t& first = index.groups[static_cast<std::size_t>(role - pack.roles.data()) * slots + group];
    if (first == PackIndex::kNone) {
      first = static_cast<std::uint32_t>(index.group_cells.size());
      index.group_cells.resize(index.group_cells.size() + levels, PackIndex::kNone);
    }
    std::uint32_t& slot = index.group_cells[first + level];
    if (slot != PackIndex::kNone) {
      return error_at("duplicate_id", at(), "a second cell for " + c.role + ", " + c.country + ", " + c.level);
    }
    slot = static_cast<std::uint32_t>(i);
  }
  // A group exists because one of its cells does: every other level needs one too.
  for (std::size_t first = 0; first < index.group_cells.size(); first += levels) {
    const auto begin = index.group_cells.begin() + static_cast<std::ptrdiff_t>(first);
    const auto missing = std::find(begin, begin + static_cast<std::ptrdiff_t>(levels), PackIndex::kNone);
    if (missing != begin + static_cast<std::ptrdiff_t>(levels)) {
      const Cell& known = pack.cells[*std::find_if(begin, begin + static_cast<std::ptrdiff_t>(levels),
                                                   [](std::uint32_t c) { return c != PackIndex::kNone; })];
      return Error{"missing_cell", "/cells",
                   "/cells: no cell for role " + known.role + ", country " + known.country +
                       ", level " + pack.levels[static_cast<std::size_t>(missing - begin)].id};
    }
  }
  index.ready = true;
  pack.index = std::move(index);
  return std::nullopt;
}

bool same_id(const std::string& item_id, std::string_view id) {
  return item_id.size() == id.size() && (id.empty() || std::memcmp(item_id.data(), id.data(), id.size()) == 0);
}

const Country* find_country(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.countries, pack.index.countries, id);
}

const City* find_city(const DataPack& pack, std::string_view id) {
  if (const City* city = find_sorted(pack.cities, pack.index.cities, id)) return city;
  for (const City& city : pack.cities) {  // an old link: rare, so no index of its own
    if (!city.former_id.empty() && same_id(city.former_id, id)) return &city;
  }
  return nullptr;
}

const Company* find_company(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.companies, pack.index.companies, id);
}

const Currency* find_currency(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.currencies, pack.index.currencies, id);
}

const std::uint32_t* country_cells(const DataPack& pack, const Role& role, const Country& country) {
  return cells_at(pack, role, static_cast<std::size_t>(&country - pack.countries.data()));
}

const std::uint32_t* region_cells(const DataPack& pack, const Role& role, const Region& region) {
  return cells_at(pack, role, pack.countries.size() + static_cast<std::size_t>(&region - pack.regions.data()));
}

const std::uint32_t* all_cells(const DataPack& pack, const Role& role) {
  return cells_at(pack, role, group_slots(pack) - 1);
}

const Currency& pack_currency(const DataPack& pack) { return pack.currencies[pack.index.currency]; }

const Currency* country_currency(const DataPack& pack, const Country& country) {
  const std::uint32_t i = pack.index.country_currency[static_cast<std::size_t>(&country - pack.countries.data())];
  return i == PackIndex::kNone ? nullptr : &pack.currencies[i];
}

std::string slug(std::string_view name) {
  // Written through a pointer, not by +=: a pack derives most of its company and city ids so
  // when it is read, and each += was a chain of calls at -Oz. The slug is never longer than
  // the name (a dash stands for one or more other characters).
  std::string out(name.size(), '\0');
  char* const first = &out[0];
  char* last = first;
  bool dash = false;
  for (char c : name) {
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      dash = true;
      continue;
    }
    if (dash && last != first) *last++ = '-';
    dash = false;
    *last++ = upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out.resize(static_cast<std::size_t>(last - first));
  return out;
}

const std::string& source_title(const DataPack& pack, const std::string& source_id) {
  const Source* s = find_by_id(pack.sources, source_id);
  return s ? s->title : source_id;
}

}  // namespace salary
