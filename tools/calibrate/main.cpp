// calibrate: turns the raw salary data in ../shared/data into the committed data packs.
//
//   calibrate --shared <raw data dir> --sources <repo>/data/sources --out <dir>
//
// writes <dir>/market.json and <dir>/article-2019.json. Same inputs, same bytes.
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>

#include "article.h"
#include "market.h"
#include "pack_json.h"
#include "project_inputs.h"

namespace {

constexpr const char* kUsage =
    "usage: calibrate --shared <raw data dir> --sources <data/sources dir> --out <dir>\n";

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  fs::path shared, sources, out;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
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
    } else {
      std::cerr << "calibrate: unknown option " << arg << '\n' << kUsage;
      return 2;
    }
  }
  if (shared.empty() || sources.empty() || out.empty()) {
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
    const auto article = calibrate::build_article_pack(shared, sources);
    const auto market = calibrate::build_market_pack(shared, inputs);
    fs::create_directories(out);
    calibrate::write_pack(article, out / "article-2019.json");
    calibrate::write_pack(market, out / "market.json");
  } catch (const std::exception& e) {
    std::cerr << "calibrate: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
