#include "raw_data.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <stdexcept>

#include "csv.h"

namespace calibrate {

namespace {

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

void note_malformed(const CsvTable& table, SkipLog& log) {
  for (std::size_t i = 0; i < table.malformed_rows; ++i) log.skip("wrong number of fields");
}

}  // namespace

std::vector<AiJobsRow> read_aijobs(const std::filesystem::path& path) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);
  const auto year = t.column("work_year"), level = t.column("experience_level"),
             type = t.column("employment_type"), title = t.column("job_title"),
             salary = t.column("salary"), currency = t.column("salary_currency"),
             usd = t.column("salary_in_usd"), location = t.column("company_location"),
             size = t.column("company_size");
  std::vector<AiJobsRow> rows;
  rows.reserve(t.rows.size());
  for (const auto& r : t.rows) {
    const auto y = parse_number(r[year]);
    const auto s = parse_number(r[salary]);
    const auto u = parse_number(r[usd]);
    if (!y || !s || !u) {
      log.skip("unreadable work_year, salary or salary_in_usd");
      continue;
    }
    AiJobsRow row;
    row.work_year = static_cast<int>(*y);
    row.experience_level = r[level];
    row.employment_type = r[type];
    row.job_title = trim(r[title]);
    row.salary = *s;
    row.salary_currency = r[currency];
    row.salary_in_usd = *u;
    row.company_location = r[location];
    row.company_size = r[size];
    rows.push_back(std::move(row));
  }
  log.report(std::cerr);
  return rows;
}

std::vector<double> read_h1b_salaries(const std::filesystem::path& path, const std::string& type,
                                      int year) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);
  const auto type_col = t.column("type"), salary_col = t.column("salary"),
             year_col = t.column("year");
  std::vector<double> out;
  for (const auto& r : t.rows) {
    if (r[type_col] != type) continue;
    const auto y = parse_number(r[year_col]);
    if (!y) {
      log.skip("unreadable year");
      continue;
    }
    if (static_cast<int>(*y) != year) continue;
    const auto s = parse_number(r[salary_col]);
    if (!s || *s <= 0) {
      log.skip("unreadable or non-positive salary");
      continue;
    }
    out.push_back(*s);
  }
  log.report(std::cerr);
  return out;
}

std::vector<H1bRow> read_h1b(const std::filesystem::path& path) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);
  const auto type = t.column("type"), company = t.column("company"),
             salary = t.column("salary"), location = t.column("location"),
             year = t.column("year");
  std::vector<H1bRow> out;
  for (const auto& r : t.rows) {
    const auto s = parse_number(r[salary]);
    const auto y = parse_number(r[year]);
    const auto comma = r[location].rfind(',');
    if (!s || *s <= 0 || !y || comma == std::string::npos) {
      log.skip("unreadable salary, year or location");
      continue;
    }
    out.push_back({r[type], trim(r[company]), trim(r[location].substr(0, comma)),
                   trim(r[location].substr(comma + 1)), *s, static_cast<int>(*y)});
  }
  log.report(std::cerr);
  return out;
}

std::map<std::string, double> read_oews_medians(const std::filesystem::path& path,
                                                int survey_year) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);
  const auto year_col = t.column("SURVEY_YEAR"), occ = t.column("OCC_CODE"),
             median_col = t.column("A_MEDIAN");
  std::map<std::string, double> out;
  for (const auto& r : t.rows) {
    const auto y = parse_number(r[year_col]);
    if (!y || static_cast<int>(*y) != survey_year) continue;
    const auto m = parse_number(r[median_col]);
    if (!m || *m <= 0) {
      // OEWS writes "#" for wages above its top-coding limit and "*" when not available.
      log.skip("A_MEDIAN not a number");
      continue;
    }
    out[r[occ]] = *m;
  }
  log.report(std::cerr);
  return out;
}

namespace {

// One name of the file is garbled: "Mayag\u0081uez, PR" (U+0081, a control character, before the
// u) is Mayag\u00fcez, Puerto Rico. It is the only control character among the names.
std::string fix_area_name(std::string name) {
  for (std::size_t at; (at = name.find("\xC2\x81u")) != std::string::npos;) name.replace(at, 3, "\xC3\xBC");
  return name;
}

}  // namespace

std::map<std::string, double> read_bea_rpp(const std::filesystem::path& path, int year) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);  // (the notes under the table)
  const auto fips = t.column("GeoFIPS"), line = t.column("LineCode"), value = t.column(std::to_string(year));
  std::map<std::string, double> out;
  for (const auto& r : t.rows) {
    if (parse_number(r[line]) != 1.0) continue;  // goods, housing, utilities, other services
    std::string id = r[fips];
    id.erase(0, id.find_first_not_of(" \""));
    id.erase(id.find_last_not_of(" \"") + 1);
    const auto rpp = parse_number(r[value]);
    if (!rpp || *rpp <= 0) {
      log.skip("no all-items price parity for " + std::to_string(year));
      continue;
    }
    out[id] = *rpp / 100;
  }
  log.report(std::cerr);
  if (out.count("00000") == 0 || std::abs(out.at("00000") - 1) > 1e-9) {
    throw std::runtime_error(path.string() + ": no United States row at 100");
  }
  return out;
}

std::vector<WageArea> read_oflc_areas(const std::filesystem::path& path) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);
  const auto soc = t.column("soc"), id = t.column("area_id"), name = t.column("area_name"),
             state = t.column("state"), l3 = t.column("l3_annual");
  std::map<std::string, WageArea> by_id;
  for (const auto& r : t.rows) {
    const auto wage = parse_number(r[l3]);
    if (!wage || *wage <= 0) {
      log.skip("unreadable l3_annual");
      continue;
    }
    WageArea& area = by_id[r[id]];
    area.area_id = r[id];
    area.area_name = fix_area_name(r[name]);
    area.state = r[state];
    area.level3_annual[r[soc]] = *wage;
  }
  log.report(std::cerr);
  std::vector<WageArea> out;
  for (auto& [key, area] : by_id) out.push_back(std::move(area));
  return out;
}

std::vector<SurveyRow> read_de_survey(const std::filesystem::path& path) {
  const CsvTable t = read_csv(path);
  SkipLog log(path.filename().string());
  note_malformed(t, log);
  const auto city = t.column("City"), size = t.column("Company size");
  const auto level = t.column("Seniority_level"), base = t.column("Yearly_brutto_salary_EUR"),
             bonus = t.column("Yearly_bonus_stocks_EUR");
  std::vector<SurveyRow> out;
  for (const auto& r : t.rows) {
    const auto b = parse_number(r[base]);
    if (!b) {
      log.skip("unreadable Yearly_brutto_salary_EUR");
      continue;
    }
    SurveyRow row;
    row.city = trim(r[city]);
    row.seniority = ascii_lower(trim(r[level]));
    row.base = *b;
    row.company_size = trim(r[size]);
    if (!trim(r[bonus]).empty()) {
      const auto x = parse_number(r[bonus]);
      if (!x || *x < 0) {
        log.skip("unreadable Yearly_bonus_stocks_EUR (e.g. \"depends\")");
        continue;
      }
      row.bonus = *x;
    }
    out.push_back(row);
  }
  log.report(std::cerr);
  return out;
}

}  // namespace calibrate
