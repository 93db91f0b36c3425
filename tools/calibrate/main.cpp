// calibrate: turns the raw salary data in ../shared/data into the committed data packs.
//
//   calibrate --shared <raw data dir> --sources <repo>/data/sources --out <dir>
//
// writes <dir>/market.json and <dir>/article-2019.json. Same inputs, same bytes.
//
//   calibrate --validate --shared <raw data dir> --sources <repo>/data/sources
//             [--train-to 2023] [--test-year 2024]
//
// prints the Markdown accuracy table of the market pack fitted on the years up to
// --train-to and tested on --test-year (data/README.md, "Measured accuracy").
#include <cmath>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>

#include "article.h"
#include "csv.h"
#include "market.h"
#include "pack_json.h"
#include "project_inputs.h"
#include "validate.h"

namespace {

constexpr const char* kUsage =
    "usage: calibrate --shared <raw data dir> --sources <data/sources dir> --out <dir>\n"
    "       calibrate --validate --shared <raw data dir> --sources <data/sources dir>\n"
    "                 [--train-to <year, default 2023>] [--test-year <year, default 2024>]\n";

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  fs::path shared, sources, out;
  bool validate = false;
  int train_to = 2023, test_year = 2024;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (arg == "--validate") {
      validate = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << kUsage;
      return 2;
    }
    if (arg == "--shared") {
      shared = argv[++i];
    } else if (arg == "--sources") {
      sources = argv[++i];
    } else if (arg == "--out") {
      out = argv[++i];
    } else if (arg == "--train-to" || arg == "--test-year") {
      const auto year = calibrate::parse_number(argv[++i]);
      if (!year || *year < 2000 || *year > 2100 || *year != std::floor(*year)) {
        std::cerr << "calibrate: " << arg << ": not a year: " << argv[i] << '\n';
        return 2;
      }
      (arg == "--train-to" ? train_to : test_year) = static_cast<int>(*year);
    } else {
      std::cerr << "calibrate: unknown option " << arg << '\n' << kUsage;
      return 2;
    }
  }
  if (shared.empty() || sources.empty() || (out.empty() && !validate)) {
    std::cerr << kUsage;
    return 2;
  }
  if (!fs::is_directory(shared)) {
    std::cerr << "calibrate: " << shared.string()
              << " not found: the raw data is needed (see data/README.md)\n";
    return 1;
  }
  try {
    const calibrate::ProjectInputs inputs = calibrate::read_project_inputs(sources);
    if (validate) {
      std::cout << "Fit on work_year <= " << train_to << ", tested on the " << test_year
                << " reports.\n\n"
                << calibrate::validate_market(shared, inputs, {}, train_to, test_year)
                << "\nUS city factors cross-checked against H-1B city medians:\n\n"
                << calibrate::us_city_cross_check(shared)
                << "\nCompany factors from H-1B (used) and PERM filings, side by side:\n\n"
                << calibrate::company_cross_check(shared, inputs)
                << "\nThe production pack against sources other than ai-jobs.net:\n\n"
                << calibrate::external_validation(
                       shared, sources, inputs, {},
                       {"US", "GB", "DE", "FR", "NL", "ES", "CH", "CA", "IN", "JP", "CN", "AU",
                        "SG", "PL", "BR"});
      return 0;
    }
    const auto article = calibrate::build_article_pack(shared, sources);
    const auto market = calibrate::build_market_pack(shared, inputs);
    fs::create_directories(out);
    calibrate::write_pack(article, out / "article-2019.json");
    calibrate::write_pack(market, out / "market.json", calibrate::Layout::kCompact);
  } catch (const std::exception& e) {
    std::cerr << "calibrate: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
