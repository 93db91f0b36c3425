#include "csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace calibrate {

std::size_t CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  throw std::runtime_error(path.string() + ": no column \"" + std::string(name) + "\"");
}

CsvTable parse_csv(std::string_view text, const std::filesystem::path& origin) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());

  CsvTable table;
  table.path = origin;
  std::vector<std::string> record;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool header_done = false;

  auto end_record = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
    const bool blank = record.size() == 1 && record[0].empty();
    if (!blank) {
      if (!header_done) {
        table.header = std::move(record);
        header_done = true;
      } else if (record.size() == table.header.size()) {
        table.rows.push_back(std::move(record));
      } else {
        ++table.malformed_rows;
      }
    }
    record.clear();
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        // A quote opens a quoted field only at its start; elsewhere it is kept literally
        // (lenient with sloppy exports such as 5" in the German survey).
        if (field.empty() && !field_was_quoted) {
          in_quotes = true;
          field_was_quoted = true;
        } else {
          field.push_back(c);
        }
        break;
      case ',':
        record.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        end_record();
        break;
      case '\n':
        end_record();
        break;
      default:
        field.push_back(c);
    }
  }
  if (in_quotes) {
    throw std::runtime_error(origin.string() + ": unterminated quoted field at end of file");
  }
  if (!field.empty() || !record.empty()) end_record();
  return table;
}

CsvTable read_csv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_csv(buffer.str(), path);
}

std::optional<double> parse_number(std::string_view field) {
  while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
  while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
  if (!field.empty() && field.front() == '+') field.remove_prefix(1);
  if (field.empty()) return std::nullopt;
  double value = 0;
  const char* first = field.data();
  const char* last = first + field.size();
  const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
  if (ec != std::errc() || ptr != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::size_t SkipLog::total() const {
  std::size_t n = 0;
  for (const auto& [reason, count] : counts_) n += count;
  return n;
}

void SkipLog::report(std::ostream& out) const {
  for (const auto& [reason, count] : counts_) {
    out << "calibrate: " << file_ << ": skipped " << count << " rows: " << reason << '\n';
  }
}

}  // namespace calibrate
