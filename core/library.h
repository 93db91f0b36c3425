// The packs one instance of the calculator knows, and what its catalog lists.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "datapack.h"

namespace salary {

/// Bounds on what one instance holds, so that no sequence of loads can exhaust the memory:
/// at most kMaxPacks packs at once (the built-in ones included), and kMaxLoadedBytes of loaded
/// packs in all, counted as given to add_pack (a pack itself is at most 8 MB of JSON).
inline constexpr std::size_t kMaxPacks = 10;
inline constexpr std::size_t kMaxLoadedBytes = 24 * 1024 * 1024;

/// The packs an instance of the calculator knows, in load order. Each pack is held by pointer:
/// it stays where it is while others come and go, and the module has no code to move or
/// assign whole packs.
struct Library {
  std::vector<std::unique_ptr<DataPack>> packs;
  /// Why each built-in pack that could not be read was left out (load_builtin_packs).
  std::vector<std::string> unreadable;
  /// The bytes of each pack loaded by add_pack, by id; a pack not listed here is built in.
  std::vector<std::pair<std::string, std::size_t>> loaded_bytes;
  /// The built-in packs a loaded pack of the same id replaced, kept for remove_pack.
  std::vector<std::unique_ptr<DataPack>> replaced;
};

/// A copy of `library` with copies of its packs, for tests that try a change on a copy.
Library copy_of(const Library& library);

/// Reads packs in the binary form (core/binpack.h) into `library`, in order. They were checked
/// when the module was built, so a failure means damaged bytes: the pack is left out and its
/// error kept, and find_pack() names it instead of saying the dataset is merely not loaded.
void load_builtin_packs(Library& library, const std::vector<std::string_view>& packs);

struct AddedPack {
  std::string id;
  bool replaced = false;  // it took the place of a pack with the same id (built-in or loaded)
};

/// Adds `pack` (indexed: see index_pack; `bytes` long as given) to the library, or replaces the
/// pack with the same id. Errors (too_large, field "jsonText") past kMaxPacks or
/// kMaxLoadedBytes; then the library is unchanged.
Result<AddedPack> add_pack(Library& library, DataPack pack, std::size_t bytes);

/// Removes a loaded pack; where it had replaced a built-in pack, that one is back. Returns
/// whether a built-in pack was restored. Errors: unknown_id (no such pack), invalid_value (a
/// built-in pack: it cannot be removed), both with field "id".
Result<bool> remove_pack(Library& library, const std::string& id);

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
