// Shared by the native tests: reading the committed packs and the tiny fixture.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "api.h"
#include "datapack.h"
#include "json_read.h"

namespace test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string data_file(const std::string& name) { return read_file(std::string(DATA_DIR) + "/" + name); }

inline nlohmann::json tiny_pack() {
  return nlohmann::json::parse(read_file(std::string(FIXTURES_DIR) + "/tiny-pack.json"));
}

inline salary::DataPack parsed(const std::string& text) {
  salary::Result<salary::DataPack> pack = salary::parse_data_pack(text);
  REQUIRE_MESSAGE(pack.ok(), (pack.ok() ? "" : pack.error().message));
  return pack.value();
}

/// The tiny fixture, parsed once.
inline const salary::DataPack& tiny() {
  static const salary::DataPack pack = parsed(tiny_pack().dump());
  return pack;
}

/// A library with the committed packs, as the wasm module loads them.
inline salary::Library committed_library() {
  salary::Library lib;
  for (const char* name : {"article-2019.json", "market.json"}) {
    const nlohmann::json r = salary::load_data_pack(lib, nlohmann::json(data_file(name)));
    REQUIRE_MESSAGE(r["ok"] == true, name << ": " << r.dump());
  }
  return lib;
}

}  // namespace test
