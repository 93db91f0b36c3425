#include "project_inputs.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "csv.h"
#include "pack_json.h"

namespace calibrate {

namespace {

std::runtime_error error(const std::filesystem::path& file, const std::string& what) {
  return std::runtime_error(file.string() + ": " + what);
}

void require_no_malformed(const CsvTable& t) {
  if (t.malformed_rows != 0) {
    throw error(t.path, std::to_string(t.malformed_rows) + " rows with a wrong number of fields");
  }
}

/// "A|B|C" -> {"A", "B", "C"}; empty parts are dropped.
std::vector<std::string> split_bars(const std::string& names) {
  std::vector<std::string> out;
  for (std::size_t from = 0; from <= names.size();) {
    const auto bar = std::min(names.find('|', from), names.size());
    if (bar > from) out.push_back(names.substr(from, bar - from));
    from = bar + 1;
  }
  return out;
}

/// A two-column CSV as a map from the first column to the second; a key listed twice or a
/// value outside `allowed` (when given) is an error naming the file.
std::map<std::string, std::string> read_mapping(const std::filesystem::path& path,
                                                const std::string& key, const std::string& value,
                                                const std::set<std::string>& allowed = {}) {
  const CsvTable t = read_csv(path);
  require_no_malformed(t);
  std::map<std::string, std::string> out;
  for (const auto& r : t.rows) {
    const std::string& v = r[t.column(value)];
    if (!allowed.empty() && allowed.count(v) == 0) {
      throw error(t.path, r[t.column(key)] + ": unknown " + value + " \"" + v + "\"");
    }
    if (!out.emplace(r[t.column(key)], v).second) {
      throw error(t.path, "listed twice: " + r[t.column(key)]);
    }
  }
  return out;
}

}  // namespace

ProjectInputs read_project_inputs(const std::filesystem::path& dir) {
  ProjectInputs in;

  const CsvTable roles = read_csv(dir / "roles.csv");
  require_no_malformed(roles);
  std::map<std::string, std::size_t> role_index;
  for (const auto& r : roles.rows) {
    const auto& id = r[roles.column("id")];
    if (!role_index.emplace(id, in.roles.size()).second) throw error(roles.path, "duplicate " + id);
    in.roles.push_back({id, r[roles.column("label")], r[roles.column("label_zh")], {}});
  }

  const CsvTable titles = read_csv(dir / "role-titles.csv");
  require_no_malformed(titles);
  for (const auto& r : titles.rows) {
    const auto& role = r[titles.column("role_id")];
    const auto& title = r[titles.column("title")];
    const auto it = role_index.find(role);
    if (it == role_index.end()) throw error(titles.path, "unknown role " + role);
    if (!in.role_of_title.emplace(title, it->second).second) {
      throw error(titles.path, "title mapped twice: " + title);
    }
    in.roles[it->second].titles.push_back(title);
  }

  const auto levels_path = dir / "levels.json";
  const json levels = read_json_file(levels_path);
  json expected_from = 0;
  for (const auto& l : levels.at("levels")) {
    LevelDef def{l.at("id"),
                 l.at("label"),
                 l.at("label_zh"),
                 l.at("from_years"),
                 l.at("to_years"),
                 l.at("anchor_years"),
                 l.at("de_survey_seniority").get<std::vector<std::string>>()};
    if (def.from_years != expected_from) throw error(levels_path, def.id + ": levels must tile");
    expected_from = def.to_years;
    in.levels.push_back(std::move(def));
  }
  if (in.levels.empty() || !expected_from.is_null()) {
    throw error(levels_path, "the last level must be open ended (to_years null)");
  }

  const CsvTable regions = read_csv(dir / "regions.csv");
  require_no_malformed(regions);
  std::set<std::string> region_ids;
  for (const auto& r : regions.rows) {
    const auto& id = r[regions.column("id")];
    if (!region_ids.insert(id).second) throw error(regions.path, "duplicate " + id);
    in.regions.push_back({id, r[regions.column("label")], r[regions.column("label_zh")]});
  }

  const CsvTable countries = read_csv(dir / "countries.csv");
  require_no_malformed(countries);
  for (const auto& r : countries.rows) {
    CountryDef c{r[countries.column("id")],       r[countries.column("label")],
                 r[countries.column("label_zh")], r[countries.column("currency")],
                 r[countries.column("region")],   r[countries.column("iso3")]};
    if (region_ids.count(c.region) == 0) {
      throw error(countries.path, c.id + ": unknown region \"" + c.region + "\"");
    }
    if (!in.countries.emplace(c.id, c).second) throw error(countries.path, "duplicate " + c.id);
  }

  const CsvTable sizes = read_csv(dir / "company-sizes.csv");
  require_no_malformed(sizes);
  for (const auto& r : sizes.rows) {
    in.company_sizes.push_back(
        {r[sizes.column("id")], r[sizes.column("label")], r[sizes.column("label_zh")]});
  }

  const CsvTable tiers = read_csv(dir / "company-tiers.csv");
  require_no_malformed(tiers);
  std::set<std::string> tier_ids;
  for (const auto& r : tiers.rows) {
    tier_ids.insert(r[tiers.column("id")]);
    in.company_tiers.push_back(
        {r[tiers.column("id")], r[tiers.column("label")], r[tiers.column("label_zh")]});
  }

  const CsvTable companies = read_csv(dir / "companies.csv");
  require_no_malformed(companies);
  std::set<std::string> employers, groups;
  for (const auto& r : companies.rows) {
    CompanyDef c{r[companies.column("id")],
                 r[companies.column("label")],
                 r[companies.column("label_zh")],
                 r[companies.column("tier")],
                 r[companies.column("size")],
                 split_bars(r[companies.column("perm_groups")]),
                 split_bars(r[companies.column("h1b_employers")])};
    if (c.tier != "auto" && tier_ids.count(c.tier) == 0) {
      throw error(companies.path, c.id + ": unknown tier " + c.tier);
    }
    if (c.size != "S" && c.size != "M" && c.size != "L") {
      throw error(companies.path, c.id + ": size must be S, M or L");
    }
    for (const auto& g : c.perm_groups) {
      if (!groups.insert(g).second) throw error(companies.path, "PERM group twice: " + g);
    }
    for (const auto& e : c.h1b_employers) {
      if (!employers.insert(e).second) throw error(companies.path, "employer twice: " + e);
    }
    in.companies.push_back(std::move(c));
  }

  const CsvTable cities = read_csv(dir / "cities-cn-de.csv");
  require_no_malformed(cities);
  for (const auto& r : cities.rows) {
    OtherCityDef c{r[cities.column("id")], r[cities.column("label")], r[cities.column("label_zh")],
                   r[cities.column("country")], r[cities.column("source_key")]};
    if (in.countries.count(c.country) == 0) throw error(cities.path, c.id + ": unknown country");
    in.other_cities.push_back(std::move(c));
  }

  std::set<std::string> country_ids;
  for (const auto& [id, c] : in.countries) country_ids.insert(id);
  in.so_countries = read_mapping(dir / "so-countries.csv", "so_country", "id", country_ids);
  in.so_dev_groups = read_mapping(dir / "so-dev-types.csv", "dev_type", "group",
                                  {"ml", "data", "analyst", "research", "developer", "excluded"});
  in.perm_soc_groups = read_mapping(dir / "perm-soc-groups.csv", "soc_code", "group");

  in.china = read_json_file(dir / "china.json");
  in.sources = read_json_file(dir / "sources.json");
  return in;
}

}  // namespace calibrate
