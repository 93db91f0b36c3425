// The data packs compiled into the module: each pack of data/*.json, validated and written in
// the binary form (core/binpack.h) at build time by tools/embed-packs.js.
#pragma once

#include <string_view>
#include <vector>

namespace salary {

/// The bytes of each built-in pack, in load order.
const std::vector<std::string_view>& embedded_packs();

}  // namespace salary
