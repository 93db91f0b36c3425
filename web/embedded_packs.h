// The data packs compiled into the module (generated from data/*.json at build time).
#pragma once

#include <vector>

namespace salary {

/// The JSON text of each built-in pack, in load order.
const std::vector<const char*>& embedded_packs();

}  // namespace salary
