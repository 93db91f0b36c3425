// Turning computed figures into data-pack JSON (data/SCHEMA.md), with the rounding rules
// that make the output byte-for-byte reproducible.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "stats.h"

namespace calibrate {

using nlohmann::json;

/// A money distribution as written to a pack: whole currency units.
struct MoneyDist {
  std::array<std::int64_t, 5> q{};  ///< p10, p25, p50, p75, p90
  std::int64_t mean = 0;
};

/// Money is written in whole units (round half away from zero).
[[nodiscard]] std::int64_t round_money(double x);

/// Factors and rates are written with 4 decimals.
[[nodiscard]] double round_factor(double x);

/// Rounds quantiles and mean to whole units.
[[nodiscard]] MoneyDist to_money(const Quantiles& q, double mean);

/// Rounds a whole amount to `digits` significant figures (171417 -> 171000 for 3). Monotone,
/// so ordered percentiles stay ordered and total >= base still holds.
[[nodiscard]] std::int64_t round_significant(std::int64_t x, int digits);

/// round_significant of every figure of d.
[[nodiscard]] MoneyDist round_significant(const MoneyDist& d, int digits);

/// {"p10": .., "p25": .., "p50": .., "p75": .., "p90": .., "mean": ..}
[[nodiscard]] json to_json(const MoneyDist& d);

/// Checks the schema's rules for one cell's base, bonus and total; throws
/// std::logic_error naming `where` when one is broken (a bug in the pipeline, not bad data).
void check_cell(const MoneyDist& base, const MoneyDist& bonus, const MoneyDist& total,
                const std::string& where);

/// Reads a JSON file; throws std::runtime_error naming the file on failure.
[[nodiscard]] json read_json_file(const std::filesystem::path& path);

/// How write_pack lays a pack out.
enum class Layout {
  kIndented,  ///< dump(1): one value per line
  kCompact,   ///< top-level keys one per line, each array entry compact on its own line:
              ///< about half the bytes of kIndented (the pack is embedded in the download)
              ///< and still one diff line per cell or city
};

/// Writes `pack` plus a trailing newline (keys sorted by nlohmann's std::map).
void write_pack(const json& pack, const std::filesystem::path& path,
                Layout layout = Layout::kIndented);

/// The entries of data/sources/sources.json with the given ids, in that order.
/// Throws std::runtime_error if an id is unknown.
[[nodiscard]] json select_sources(const json& sources_file, const std::vector<std::string>& ids);

}  // namespace calibrate
