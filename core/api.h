// The calculator's contract with JavaScript, as JSON values (not text): the bindings only
// convert JS values to nlohmann::json and back, so all behaviour is here and tested natively.
// Shapes are documented in web/salary-core.d.ts. No function here throws.
#pragma once

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "datapack.h"
#include "library.h"

namespace salary {

/// Adds a pack from JSON text, or replaces the loaded pack with the same id.
/// On any error the library is left exactly as it was.
/// Returns {ok: true, id, replaced} or {ok: false, error: {code, field, message}}.
nlohmann::json load_data_pack(Library& library, const nlohmann::json& text);

/// Removes a loaded pack (a built-in one it replaced is back): {ok: true, id, restored} or an
/// error (unknown_id; invalid_value for a built-in pack).
nlohmann::json unload_data_pack(Library& library, const nlohmann::json& id);

/// {datasets, roles, levels, tiers, countries, cities, companies, currencies} over all packs.
nlohmann::json catalog(const Library& library);

/// One result: {ok: true, tier, dataset, currency, base, bonus, total, factors, sample,
/// warnings, ...} or {ok: false, error}.
nlohmann::json estimate(const Library& library, const nlohmann::json& profile);

/// Three results, for the entry, mid and senior tiers; each may be an error result.
nlohmann::json tiers(const Library& library, const nlohmann::json& profile);

/// {ok: true, levers: [{id, change, total, payMonths, delta, deltaPercent, purchasingPowerPercent,
/// source, confidence}, ...]} largest gain first, or an error result.
nlohmann::json levers(const Library& library, const nlohmann::json& profile);

/// [{years, base, total}, ...] every half year, or an error result.
nlohmann::json curve(const Library& library, const nlohmann::json& profile,
                     const nlohmann::json& from_years, const nlohmann::json& to_years);

/// Where an amount (annual, in the estimate's currency) falls among the profile's `component`
/// ("base" or "total") pay: {ok: true, percentile, component, amount, currency} or an error.
nlohmann::json percentile(const Library& library, const nlohmann::json& profile,
                          const nlohmann::json& amount, const nlohmann::json& component);

}  // namespace salary
