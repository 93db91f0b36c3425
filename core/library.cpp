#include "library.h"

#include <algorithm>

#include "binpack.h"
#include "value.h"

namespace salary {
namespace {

// Appends to `out` the entries of pack `p`'s `items` that no earlier pack has (first pack wins).
template <class T, class Find>
void merge(std::vector<const T*>& out, const Library& library, std::size_t p,
           const std::vector<T>& items, Find find) {
  for (const T& item : items) {
    bool seen = false;
    for (std::size_t q = 0; q < p && !seen; ++q) seen = find(*library.packs[q], item.id) != nullptr;
    if (!seen) out.push_back(&item);
  }
}

}  // namespace

namespace {

// The entry of a loaded (not built-in) pack in library.loaded_bytes.
auto loaded_entry(Library& library, const std::string& id) {
  return std::find_if(library.loaded_bytes.begin(), library.loaded_bytes.end(),
                      [&](const auto& entry) { return entry.first == id; });
}

}  // namespace

Result<AddedPack> add_pack(Library& library, DataPack pack, std::size_t bytes) {
  const auto same_id = [&](const std::unique_ptr<DataPack>& p) { return p->id == pack.id; };
  const auto in_place = std::find_if(library.packs.begin(), library.packs.end(), same_id);
  std::size_t total = bytes;
  for (const auto& [id, size] : library.loaded_bytes) total += id == pack.id ? 0 : size;
  if (in_place == library.packs.end() && library.packs.size() >= kMaxPacks) {
    return Error{"too_large", "jsonText",
                 "jsonText: " + std::to_string(kMaxPacks) + " data packs are loaded, the most one "
                 "calculator holds: remove one first (unloadDataPack)"};
  }
  if (total > kMaxLoadedBytes) {
    return Error{"too_large", "jsonText",
                 "jsonText: the loaded data packs would take " + std::to_string(total / 1024) +
                     " KB, more than the " + std::to_string(kMaxLoadedBytes / 1024 / 1024) +
                     " MB one calculator holds: remove one first (unloadDataPack)"};
  }
  const AddedPack added{pack.id, in_place != library.packs.end()};
  // Held before the library changes: a failed allocation (natively, an exception) leaves it as
  // it was.
  auto held = std::make_unique<DataPack>(std::move(pack));
  const auto entry = loaded_entry(library, added.id);
  if (entry == library.loaded_bytes.end()) {
    // A pack in place that was not loaded is a built-in one: kept, for remove_pack.
    if (added.replaced) library.replaced.push_back(std::move(*in_place));
    library.loaded_bytes.emplace_back(added.id, bytes);
  } else {
    entry->second = bytes;
  }
  if (added.replaced) {
    *in_place = std::move(held);
  } else {
    library.packs.push_back(std::move(held));
  }
  return added;
}

Result<bool> remove_pack(Library& library, const std::string& id) {
  const auto same_id = [&](const std::unique_ptr<DataPack>& p) { return p->id == id; };
  const auto in_place = std::find_if(library.packs.begin(), library.packs.end(), same_id);
  if (in_place == library.packs.end()) {
    return Error{"unknown_id", "id", "id: " + quoted(id) + " is not a loaded data pack"};
  }
  const auto entry = loaded_entry(library, id);
  if (entry == library.loaded_bytes.end()) {
    return Error{"invalid_value", "id", "id: " + quoted(id) + " is built in: it cannot be removed"};
  }
  library.loaded_bytes.erase(entry);
  const auto original = std::find_if(library.replaced.begin(), library.replaced.end(), same_id);
  if (original == library.replaced.end()) {
    library.packs.erase(in_place);
    return false;
  }
  *in_place = std::move(*original);
  library.replaced.erase(original);
  return true;
}

Library copy_of(const Library& library) {
  const auto copies = [](const std::vector<std::unique_ptr<DataPack>>& packs) {
    std::vector<std::unique_ptr<DataPack>> out;
    for (const auto& p : packs) out.push_back(std::make_unique<DataPack>(*p));
    return out;
  };
  return Library{copies(library.packs), library.unreadable, library.loaded_bytes,
                 copies(library.replaced)};
}

void load_builtin_packs(Library& library, const std::vector<std::string_view>& packs) {
  for (std::string_view bytes : packs) {
    Result<DataPack> pack = read_binary_pack(bytes);
    if (pack.ok()) {
      library.packs.push_back(std::make_unique<DataPack>(std::move(pack.value())));
    } else {
      library.unreadable.push_back(pack.error().message);
    }
  }
}

Result<const DataPack*> find_pack(const Library& library, const std::string& id) {
  for (const auto& pack : library.packs) {
    if (pack->id == id) return pack.get();
  }
  std::string known;
  for (const auto& pack : library.packs) known += (known.empty() ? "" : ", ") + pack->id;
  const std::string message = "dataset: " + quoted(id) + " is not loaded (loaded: " + known + ")";
  if (!library.unreadable.empty()) {
    return Error{"corrupt_pack", "dataset",
                 message + "; a built-in data pack could not be read: " + library.unreadable.front()};
  }
  return Error{"unknown_id", "dataset", message};
}

CatalogEntries catalog_entries(const Library& library) {
  CatalogEntries out;
  for (std::size_t i = 0; i < library.packs.size(); ++i) {
    const DataPack& p = *library.packs[i];
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
