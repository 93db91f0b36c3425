// The packs one instance of the calculator knows, and what its catalog lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "datapack.h"

namespace salary {

/// The packs an instance of the calculator knows, in load order.
struct Library {
  std::vector<DataPack> packs;
  /// Why each built-in pack that could not be read was left out (load_builtin_packs).
  std::vector<std::string> unreadable;
};

/// Reads packs in the binary form (core/binpack.h) into `library`, in order. They were checked
/// when the module was built, so a failure means damaged bytes: the pack is left out and its
/// error kept, and find_pack() names it instead of saying the dataset is merely not loaded.
void load_builtin_packs(Library& library, const std::vector<std::string_view>& packs);

/// Adds `pack` (indexed: see index_pack) to the library, or replaces the loaded pack with the
/// same id. Returns its id.
std::string add_pack(Library& library, DataPack pack);

/// The pack with this id, or the error naming the field "dataset" and the packs loaded
/// (code corrupt_pack, with the reason, when a built-in pack could not be read).
Result<const DataPack*> find_pack(const Library& library, const std::string& id);

/// What a catalog lists over all packs: each id once, from the first pack that has it.
struct CatalogEntries {
  std::vector<const Role*> roles;
  std::vector<const Country*> countries;
  std::vector<const City*> cities;
  std::vector<const Company*> companies;
  std::vector<const CompanySize*> company_sizes;
  std::vector<std::string> currencies;
};

CatalogEntries catalog_entries(const Library& library);

}  // namespace salary
