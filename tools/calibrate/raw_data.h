// Readers for the raw files in ../shared/data (see its SOURCES.md). Each reader keeps the
// columns the pipeline uses, drops rows it cannot read, and reports the drops on stderr.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace calibrate {

/// One row of aijobs/salaries-*.csv.
struct AiJobsRow {
  int work_year = 0;
  std::string experience_level;  ///< EN, MI, SE, EX
  std::string employment_type;   ///< FT, PT, CT, FL
  std::string job_title;
  double salary = 0;
  std::string salary_currency;
  double salary_in_usd = 0;
  std::string company_location;  ///< ISO 3166-1 alpha-2
  std::string company_size;      ///< S, M, L
};

[[nodiscard]] std::vector<AiJobsRow> read_aijobs(const std::filesystem::path& path);

/// Base salaries (USD/yr) of h1b/lca-data-jobs-*.csv rows with the given type and year.
[[nodiscard]] std::vector<double> read_h1b_salaries(const std::filesystem::path& path,
                                                    const std::string& type, int year);

/// One row of h1b/lca-data-jobs-*.csv.
struct H1bRow {
  std::string type;     ///< title group: DA, DS, DE, ML
  std::string company;  ///< employer name as filed, e.g. "GOOGLE LLC"
  std::string city, state;  ///< from "CITY, ST"
  double salary = 0;    ///< base, USD/yr
  int year = 0;
};

/// All readable rows (positive salary, a year, a "CITY, ST" location).
[[nodiscard]] std::vector<H1bRow> read_h1b(const std::filesystem::path& path);

/// A_MEDIAN by OCC_CODE for one SURVEY_YEAR of bls/oews-national-*.csv.
[[nodiscard]] std::map<std::string, double> read_oews_medians(const std::filesystem::path& path,
                                                              int survey_year);

/// One area of oflc/prevailing-wage-*.csv with its Level III annual wage per SOC.
struct WageArea {
  std::string area_id;
  std::string area_name;
  std::string state;
  std::map<std::string, double> level3_annual;  ///< by SOC code
};

/// Areas sorted by area_id.
[[nodiscard]] std::vector<WageArea> read_oflc_areas(const std::filesystem::path& path);

/// BEA regional price parities, all items (LineCode 1), of `year`, divided by 100 (US = 1), by
/// GeoFIPS: a metro area's CBSA code (the OFLC area_id of the same area), and "00999" for the
/// nonmetropolitan portion of the US. The file's ids are quoted after a space (` "10180"`).
[[nodiscard]] std::map<std::string, double> read_bea_rpp(const std::filesystem::path& path, int year);

/// One answer of germany/it-salary-survey-2020.csv.
struct SurveyRow {
  std::string city;       ///< City, trimmed
  std::string seniority;  ///< Seniority_level, trimmed and lower-cased (ASCII)
  double base = 0;        ///< Yearly_brutto_salary_EUR
  double bonus = 0;       ///< Yearly_bonus_stocks_EUR; missing counts as 0
  std::string company_size;  ///< "Company size": "up to 10", "11-50", ..., "1000+"
};

[[nodiscard]] std::vector<SurveyRow> read_de_survey(const std::filesystem::path& path);

}  // namespace calibrate
