#include "worldbank.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "csv.h"

namespace calibrate {

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot be read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::map<std::string, double> read_wb_wide(std::string_view text, int year,
                                           const std::string& origin) {
  // The bulk download starts with "Data Source", "Last Updated Date" and blank lines; the
  // table begins at the line that starts with the "Country Name" header.
  const auto header = text.find("\"Country Name\"");
  const auto plain = text.find("Country Name");
  const auto start = header != std::string_view::npos ? header : plain;
  if (start == std::string_view::npos) throw std::runtime_error(origin + ": no Country Name header");
  const auto line_start = text.rfind('\n', start);
  const CsvTable t =
      parse_csv(text.substr(line_start == std::string_view::npos ? 0 : line_start + 1), origin);
  const auto code = t.column("Country Code");
  // Column names are "2024" in the bulk file and "2024 [YR2024]" in a DataBank extract.
  const std::string y = std::to_string(year);
  std::size_t col = t.header.size();
  for (std::size_t i = 0; i < t.header.size(); ++i) {
    if (t.header[i] == y || t.header[i] == y + " [YR" + y + "]") col = i;
  }
  if (col == t.header.size()) throw std::runtime_error(origin + ": no column for " + y);
  std::map<std::string, double> out;
  for (const auto& r : t.rows) {
    if (const auto v = parse_number(r[col]); v && *v > 0) out[r[code]] = *v;
  }
  return out;
}

std::map<std::string, double> read_wb_wide_file(const std::filesystem::path& path, int year) {
  return read_wb_wide(read_text(path), year, path.filename().string());
}

std::map<std::string, double> read_wb_ppp(const std::filesystem::path& path, int year) {
  const CsvTable t = read_csv(path);
  const auto id = t.column("Country ID"), y = t.column("Year"), ppp = t.column("PPP");
  std::map<std::string, double> out;
  for (const auto& r : t.rows) {
    const auto year_read = parse_number(r[y]);
    const auto v = parse_number(r[ppp]);
    if (year_read && static_cast<int>(*year_read) == year && v && *v > 0) out[r[id]] = *v;
  }
  return out;
}

WorldBankYear read_world_bank(const std::filesystem::path& price_level_file,
                              const std::filesystem::path& ppp_file, int year,
                              const std::map<std::string, std::string>& iso2_to_iso3) {
  WorldBankYear out;
  out.year = year;
  out.price_level = read_wb_wide_file(price_level_file, year);
  const auto ppp = read_wb_ppp(ppp_file, year);
  for (const auto& [iso2, iso3] : iso2_to_iso3) {
    const auto p = ppp.find(iso2);
    const auto l = out.price_level.find(iso3);
    if (p != ppp.end() && l != out.price_level.end()) out.market_rate[iso3] = p->second / l->second;
  }
  return out;
}

}  // namespace calibrate
