// A small RFC 4180 CSV reader for the calibration pipeline.
//
// Handles quoted fields with embedded commas, doubled quotes and line breaks, CRLF or LF
// line endings and a leading UTF-8 byte order mark. Text is passed through as raw bytes,
// so UTF-8 (e.g. Chinese) survives untouched.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace calibrate {

/// One CSV file: the header row and the data rows that have exactly as many fields.
struct CsvTable {
  std::filesystem::path path;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::size_t malformed_rows = 0;  ///< rows dropped because their field count was wrong

  /// Index of the header column `name`; throws std::runtime_error naming the file if absent.
  [[nodiscard]] std::size_t column(std::string_view name) const;
};

/// Parses CSV text. Throws std::runtime_error on an unterminated quoted field.
/// Blank lines are ignored; rows whose field count differs from the header's are counted in
/// `malformed_rows` and dropped.
[[nodiscard]] CsvTable parse_csv(std::string_view text, const std::filesystem::path& origin = {});

/// Reads and parses a CSV file. Throws std::runtime_error if it cannot be read.
[[nodiscard]] CsvTable read_csv(const std::filesystem::path& path);

/// Parses a whole field as a finite decimal number, independent of the C locale.
/// Leading/trailing ASCII spaces are allowed; anything else (empty, "n/a", "12k") is not.
/// Example: parse_number(" 97090.0") == 97090.0, parse_number("15000+-") == nullopt.
[[nodiscard]] std::optional<double> parse_number(std::string_view field);

/// Counts rows a reader skips, by reason, and prints one summary line per reason.
class SkipLog {
 public:
  explicit SkipLog(std::string file) : file_(std::move(file)) {}
  void skip(const std::string& reason) { ++counts_[reason]; }
  [[nodiscard]] std::size_t total() const;
  /// Writes "calibrate: <file>: skipped N rows: <reason>" lines, sorted by reason.
  void report(std::ostream& out) const;

 private:
  std::string file_;
  std::map<std::string, std::size_t> counts_;
};

}  // namespace calibrate
