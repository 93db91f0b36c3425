// The packs the fuzz targets estimate against, read from the source tree once per process.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "api.h"

namespace fuzz {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", path.c_str());
    std::exit(2);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// A library with the given packs loaded in order; exits if one is rejected.
inline salary::Library library_of(const std::vector<std::string>& paths) {
  salary::Library library;
  for (const std::string& path : paths) {
    const nlohmann::json r = salary::load_data_pack(library, nlohmann::json(read_file(path)));
    if (r["ok"] != true) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(), r.dump().c_str());
      std::exit(2);
    }
  }
  return library;
}

inline const std::string kArticlePack = std::string(DATA_DIR) + "/article-2019.json";
inline const std::string kMarketPack = std::string(DATA_DIR) + "/market.json";
inline const std::string kTinyPack = std::string(FIXTURES_DIR) + "/tiny-pack.json";

}  // namespace fuzz
