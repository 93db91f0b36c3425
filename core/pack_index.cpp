// The lookups of a pack (PackIndex) and the checks that make them safe to use.
#include <algorithm>

#include "datapack.h"

namespace salary {
namespace {

template <class T>
std::vector<std::uint32_t> sorted_positions(const std::vector<T>& items) {
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return items[a].id < items[b].id; });
  return order;
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

template <class T>
const T* find_sorted(const std::vector<T>& items, const std::vector<std::uint32_t>& order,
                     std::string_view id) {
  const auto it = std::lower_bound(order.begin(), order.end(), id,
                                   [&](std::uint32_t i, std::string_view key) { return items[i].id < key; });
  return it != order.end() && items[*it].id == id ? &items[*it] : nullptr;
}

Error error_at(const char* code, const std::string& path, const std::string& what) {
  return Error{code, path, path + ": " + what};
}

bool group_less(const PackIndex::Group& g, std::string_view role, std::string_view group) {
  return g.role != role ? g.role < role : g.group < group;
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
  for (std::size_t i = 0; i < pack.companies.size(); ++i) {
    if (!find_by_id(pack.company_tiers, pack.companies[i].tier)) {
      return error_at("unknown_id", "/companies/" + std::to_string(i) + "/tier",
                      "is not listed in /company_tiers");
    }
  }

  // Cells: each (role, group) with all its levels, found by binary search.
  const std::size_t levels = pack.levels.size();
  std::vector<std::uint32_t> order(pack.cells.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Cell& x = pack.cells[a];
    const Cell& y = pack.cells[b];
    return x.role != y.role ? x.role < y.role : x.country < y.country;
  });
  for (std::uint32_t i : order) {
    const Cell& c = pack.cells[i];
    std::size_t level = 0;
    while (level < levels && pack.levels[level].id != c.level) ++level;
    if (level == levels) {
      return error_at("unknown_id", "/cells/" + std::to_string(i) + "/level", "is not listed in /levels");
    }
    if (index.groups.empty() || index.groups.back().role != c.role ||
        index.groups.back().group != c.country) {
      index.groups.push_back({c.role, c.country, static_cast<std::uint32_t>(index.group_cells.size())});
      index.group_cells.resize(index.group_cells.size() + levels, UINT32_MAX);
    }
    std::uint32_t& slot = index.group_cells[index.groups.back().first + level];
    if (slot != UINT32_MAX) {
      return error_at("duplicate_id", "/cells/" + std::to_string(i),
                      "a second cell for " + c.role + ", " + c.country + ", " + c.level);
    }
    slot = i;
  }
  for (const PackIndex::Group& g : index.groups) {
    for (std::size_t level = 0; level < levels; ++level) {
      if (index.group_cells[g.first + level] == UINT32_MAX) {
        return Error{"missing_cell", "/cells",
                     "/cells: no cell for role " + g.role + ", country " + g.group + ", level " +
                         pack.levels[level].id};
      }
    }
  }
  index.ready = true;
  pack.index = std::move(index);
  return std::nullopt;
}

const Country* find_country(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.countries, pack.index.countries, id);
}

const City* find_city(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.cities, pack.index.cities, id);
}

const Company* find_company(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.companies, pack.index.companies, id);
}

const Currency* find_currency(const DataPack& pack, std::string_view id) {
  return find_sorted(pack.currencies, pack.index.currencies, id);
}

const std::uint32_t* group_cells(const DataPack& pack, std::string_view role,
                                 std::string_view group) {
  const auto& groups = pack.index.groups;
  const auto it = std::lower_bound(groups.begin(), groups.end(), std::pair{role, group},
                                   [](const PackIndex::Group& g, const auto& key) {
                                     return group_less(g, key.first, key.second);
                                   });
  if (it == groups.end() || it->role != role || it->group != group) return nullptr;
  return &pack.index.group_cells[it->first];
}

std::string slug(std::string_view name) {
  std::string out;
  bool dash = false;
  for (char c : name) {
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      dash = true;
      continue;
    }
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string source_title(const DataPack& pack, std::string_view source_id) {
  const Source* s = find_by_id(pack.sources, source_id);
  return s ? s->title : std::string(source_id);
}

}  // namespace salary
