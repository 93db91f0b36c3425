// The committed, hand-curated inputs in data/sources/: role and title tables, level spans,
// country and region reference tables and source citations. They are data, not code, so every mapping
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
  std::string id, label, label_zh, currency, region;
  std::string iso3;  ///< ISO 3166-1 alpha-3, the World Bank's country code
};

struct LabelDef {
  std::string id, label, label_zh;
};

/// A company named by hand (companies.csv): its id, labels and tier are kept, and the
/// filings of the listed PERM employer groups and H-1B employer names are its own. Every
/// other PERM employer group with enough filings becomes a company too (companies.h).
struct CompanyDef {
  std::string id, label, label_zh, tier;
  std::string size;                        ///< "S", "M" or "L": the company's size, a fact
  std::vector<std::string> perm_groups;    ///< PERM employer_group values
  std::vector<std::string> h1b_employers;  ///< employer names as filed in the H-1B data
};

/// A city outside the US (cities-cn-de.csv); source_key names it in the raw file.
struct OtherCityDef {
  std::string id, label, label_zh, country, source_key;
};

struct ProjectInputs {
  std::vector<RoleDef> roles;                        ///< roles.csv order
  std::map<std::string, std::size_t> role_of_title;  ///< raw title -> index into roles
  std::vector<LevelDef> levels;                      ///< levels.json order (by years)
  std::vector<LabelDef> regions;                     ///< regions.csv order
  std::map<std::string, CountryDef> countries;       ///< by id
  std::vector<LabelDef> company_sizes;               ///< company-sizes.csv order
  std::vector<LabelDef> company_tiers;               ///< company-tiers.csv order
  std::vector<CompanyDef> companies;                 ///< companies.csv order
  std::vector<OtherCityDef> other_cities;            ///< cities-cn-de.csv order
  std::map<std::string, std::string> so_countries;   ///< Stack Overflow country name -> id
  std::map<std::string, std::string> so_dev_groups;  ///< Stack Overflow dev_type -> group
  std::map<std::string, std::string> perm_soc_groups;  ///< PERM soc_code -> occupation group
  nlohmann::json china;                              ///< china.json as read
  nlohmann::json sources;                            ///< sources.json as read
};

/// Reads roles.csv, role-titles.csv, levels.json, regions.csv, countries.csv,
/// company-sizes.csv, company-tiers.csv, companies.csv, cities-cn-de.csv, so-countries.csv,
/// so-dev-types.csv, perm-soc-groups.csv, china.json and sources.json from `dir`. Throws std::runtime_error naming the file on any inconsistency
/// (unknown role id, a title mapped twice, levels that do not tile [0, inf), ...).
[[nodiscard]] ProjectInputs read_project_inputs(const std::filesystem::path& dir);

}  // namespace calibrate
