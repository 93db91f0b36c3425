// The "article-2019" pack: the seed article's 2019 claims for US machine-learning engineers,
// kept exactly, with a distribution shape borrowed from 2019 H-1B filings.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

namespace calibrate {

/// Builds the article pack from data/sources/article-2019-claims.json (in `sources_dir`),
/// data/sources/sources.json and the H-1B file in `shared`.
/// Throws std::runtime_error on unreadable or inconsistent inputs.
[[nodiscard]] nlohmann::json build_article_pack(const std::filesystem::path& shared,
                                                const std::filesystem::path& sources_dir);

}  // namespace calibrate
