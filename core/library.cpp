#include "library.h"

#include "binpack.h"

namespace salary {
namespace {

// Appends to `out` the entries of pack `p`'s `items` that no earlier pack has (first pack wins).
template <class T, class Find>
void merge(std::vector<const T*>& out, const Library& library, std::size_t p,
           const std::vector<T>& items, Find find) {
  for (const T& item : items) {
    bool seen = false;
    for (std::size_t q = 0; q < p && !seen; ++q) seen = find(library.packs[q], item.id) != nullptr;
    if (!seen) out.push_back(&item);
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

void load_builtin_packs(Library& library, const std::vector<std::string_view>& packs) {
  for (std::string_view bytes : packs) {
    Result<DataPack> pack = read_binary_pack(bytes);
    if (pack.ok()) {
      add_pack(library, std::move(pack.value()));
    } else {
      library.unreadable.push_back(pack.error().message);
    }
  }
}

Result<const DataPack*> find_pack(const Library& library, const std::string& id) {
  for (const DataPack& pack : library.packs) {
    if (pack.id == id) return &pack;
  }
  std::string known;
  for (const DataPack& pack : library.packs) known += (known.empty() ? "" : ", ") + pack.id;
  const std::string message = "dataset: \"" + id.substr(0, 40) + "\" is not loaded (loaded: " + known + ")";
  if (!library.unreadable.empty()) {
    return Error{"corrupt_pack", "dataset",
                 message + "; a built-in data pack could not be read: " + library.unreadable.front()};
  }
  return Error{"unknown_id", "dataset", message};
}

CatalogEntries catalog_entries(const Library& library) {
  CatalogEntries out;
  for (std::size_t i = 0; i < library.packs.size(); ++i) {
    const DataPack& p = library.packs[i];
    merge(out.roles, library, i, p.roles,
          [](const DataPack& q, const std::string& id) { return find_by_id(q.roles, id); });
    merge(out.countries, library, i, p.countries, find_country);
    merge(out.cities, library, i, p.cities, find_city);
    merge(out.companies, library, i, p.companies, find_company);
    merge(out.company_sizes, library, i, p.company_sizes,
          [](const DataPack& q, const std::string& id) { return find_by_id(q.company_sizes, id); });
    std::vector<const Currency*> currencies;
    merge(currencies, library, i, p.currencies, find_currency);
    for (const Currency* c : currencies) out.currencies.push_back(c->id);
  }
  return out;
}

}  // namespace salary
