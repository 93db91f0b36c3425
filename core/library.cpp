#include "library.h"

#include <set>

namespace salary {
namespace {

// Appends to `out` the entries of `items` whose id is not in `seen` yet (first pack wins).
template <class T>
void merge(std::vector<const T*>& out, std::set<std::string>& seen, const std::vector<T>& items) {
  for (const T& item : items) {
    if (seen.insert(item.id).second) out.push_back(&item);
  }
}

}  // namespace

std::string add_pack(Library& library, DataPack pack) {
  std::string id = pack.id;
  for (DataPack& loaded : library.packs) {
    if (loaded.id == id) {
      loaded = std::move(pack);
      return id;
    }
  }
  library.packs.push_back(std::move(pack));
  return id;
}

const DataPack* find_pack(const Library& library, std::string_view id) {
  for (const DataPack& pack : library.packs) {
    if (pack.id == id) return &pack;
  }
  return nullptr;
}

CatalogEntries catalog_entries(const Library& library) {
  CatalogEntries out;
  std::set<std::string> roles, countries, cities, companies, sizes, currencies;
  for (const DataPack& p : library.packs) {
    merge(out.roles, roles, p.roles);
    merge(out.countries, countries, p.countries);
    merge(out.cities, cities, p.cities);
    merge(out.companies, companies, p.companies);
    merge(out.company_sizes, sizes, p.company_sizes);
    for (const Currency& c : p.currencies) {
      if (currencies.insert(c.id).second) out.currencies.push_back(c.id);
    }
  }
  return out;
}

}  // namespace salary
