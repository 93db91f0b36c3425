#include "project_inputs.h"

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

  const CsvTable countries = read_csv(dir / "countries.csv");
  require_no_malformed(countries);
  for (const auto& r : countries.rows) {
    CountryDef c{r[countries.column("id")], r[countries.column("label")],
                 r[countries.column("label_zh")], r[countries.column("currency")]};
    if (!in.countries.emplace(c.id, c).second) throw error(countries.path, "duplicate " + c.id);
  }

  const CsvTable sizes = read_csv(dir / "company-sizes.csv");
  require_no_malformed(sizes);
  for (const auto& r : sizes.rows) {
    in.company_sizes.push_back(
        {r[sizes.column("id")], r[sizes.column("label")], r[sizes.column("label_zh")]});
  }

  in.sources = read_json_file(dir / "sources.json");
  return in;
}

}  // namespace calibrate
