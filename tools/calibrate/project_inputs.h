// The committed, hand-curated inputs in data/sources/: role and title tables, level spans,
// country reference table and source citations. They are data, not code, so every mapping
// the pipeline applies can be reviewed in a diff.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace calibrate {

struct RoleDef {
  std::string id, label, label_zh;
  std::vector<std::string> titles;  ///< raw job titles, in role-titles.csv order
};

struct LevelDef {
  std::string id, label, label_zh;
  nlohmann::json from_years, to_years, anchor_years;  ///< as written (to_years may be null)
  std::vector<std::string> de_survey_seniority;       ///< lower-case survey answers
};

struct CountryDef {
  std::string id, label, label_zh, currency;
};

struct LabelDef {
  std::string id, label, label_zh;
};

struct ProjectInputs {
  std::vector<RoleDef> roles;                        ///< roles.csv order
  std::map<std::string, std::size_t> role_of_title;  ///< raw title -> index into roles
  std::vector<LevelDef> levels;                      ///< levels.json order (by years)
  std::map<std::string, CountryDef> countries;       ///< by id
  std::vector<LabelDef> company_sizes;               ///< company-sizes.csv order
  nlohmann::json sources;                            ///< sources.json as read
};

/// Reads roles.csv, role-titles.csv, levels.json, countries.csv, company-sizes.csv and
/// sources.json from `dir`. Throws std::runtime_error naming the file on any inconsistency
/// (unknown role id, a title mapped twice, levels that do not tile [0, inf), ...).
[[nodiscard]] ProjectInputs read_project_inputs(const std::filesystem::path& dir);

}  // namespace calibrate
