// Writes the starting corpora of the fuzz targets into a build directory:
//   <out>/datapack/  each pack given, and smaller valid variants of it (one array cut to its
//                    first entry, or one optional key dropped), so mutations start near valid
//   <out>/binpack/   each valid pack (and its reduced variant) in the binary form
//   <out>/profile/   a profile for each dataset x role, country, city, company, size and
//                    currency of the packs given, and a few curve inputs
// Usage: make_seeds <out-dir> <pack.json>...   (the corpora are not committed)
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "api.h"
#include "binpack.h"
#include "datapack.h"
#include "library.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

int written = 0;
int valid_packs = 0;

void write_pack(const fs::path& dir, const std::string& name, const std::string& text) {
  if (salary::parse_data_pack(text).ok()) ++valid_packs;
  std::ofstream(dir / (name + ".json"), std::ios::binary) << text;
  ++written;
}

void write(const fs::path& dir, const std::string& name, const std::string& text,
           const char* extension = ".json") {
  std::ofstream(dir / (name + extension), std::ios::binary) << text;
  ++written;
}

bool listed(const std::set<std::string>& ids, const json& value) {
  return value.is_string() && ids.count(value.get<std::string>()) > 0;
}

// A consistent pack a few KB long: two roles, three countries and what refers to them.
// Big packs make slow inputs; mutations of a small valid pack reach validation's depths.
json reduced(const json& pack) {
  json out = pack;
  std::set<std::string> roles, countries = {"*"};
  const auto keep_first = [&](const char* key, std::size_t n, std::set<std::string>* ids) {
    if (!out.contains(key) || !out[key].is_array()) return;
    json kept = json::array();
    for (const json& item : out[key]) {
      if (kept.size() == n) break;
      kept.push_back(item);
      if (ids != nullptr) ids->insert(item.value("id", ""));
    }
    out[key] = kept;
  };
  keep_first("roles", 2, &roles);
  keep_first("countries", 3, &countries);
  if (out.contains("regions")) {
    for (const json& region : out["regions"]) countries.insert(region.value("id", ""));
  }
  const auto keep_if = [&](const char* key, const auto& pred) {
    if (!out.contains(key)) return;
    json kept = json::array();
    for (const json& item : out[key]) {
      if (pred(item) && kept.size() < 3 * 4 * 8) kept.push_back(item);
    }
    out[key] = kept;
  };
  keep_if("cities", [&](const json& c) { return listed(countries, c["country"]); });
  keep_first("cities", 3, nullptr);
  keep_first("companies", 3, nullptr);
  keep_if("cells", [&](const json& c) {
    return listed(roles, c["role"]) && listed(countries, c["country"]);
  });
  return out;
}

void pack_seeds(const fs::path& dir, const std::string& stem, const json& full) {
  // The big market pack only as its reduced form: the profile target covers it whole.
  const bool big = full.dump().size() > 32 * 1024;
  const json pack = big ? reduced(full) : full;
  write_pack(dir, stem, pack.dump(2));
  if (!big) write_pack(dir, stem + "-reduced", reduced(full).dump());
  for (const auto& [key, value] : pack.items()) {
    if (value.is_array() && value.size() > 1) {
      json cut = pack;
      cut[key] = json::array({value[0]});
      write_pack(dir, stem + "-one-" + key, cut.dump());
    }
  }
  for (const char* optional :
       {"regions", "cities", "company_tiers", "companies", "company_sizes"}) {
    if (!pack.contains(optional)) continue;
    json without = pack;
    without.erase(optional);
    if (optional == std::string("company_tiers")) without.erase("companies");
    write_pack(dir, stem + "-no-" + optional, without.dump());
  }
}

template <class T, class F>
void each_capped(const std::vector<T>& items, std::size_t cap, const F& fn) {
  for (std::size_t i = 0; i < items.size() && i < cap; ++i) fn(items[i]);
}

void profile_seeds(const fs::path& dir, const salary::Library& library) {
  constexpr std::size_t kCap = 12;
  int n = 0;
  const auto emit = [&](const json& value) { write(dir, "p" + std::to_string(n++), value.dump()); };
  for (const auto& held : library.packs) {
    const salary::DataPack& pack = *held;
    const json base = {{"dataset", pack.id}, {"years", 6}};
    // One seed per id of each list: the base profile with that one field set.
    const auto with = [&](const char* key, const std::string& value) {
      json p = base;
      p[key] = value;
      return p;
    };
    each_capped(pack.roles, kCap, [&](const salary::Role& r) { emit(with("role", r.id)); });
    each_capped(pack.countries, kCap,
                [&](const salary::Country& c) { emit(with("country", c.id)); });
    each_capped(pack.cities, kCap, [&](const salary::City& c) {
      json p = with("city", c.id);
      p["country"] = c.country;
      emit(p);
    });
    each_capped(pack.companies, kCap,
                [&](const salary::Company& c) { emit(with("company", c.id)); });
    each_capped(pack.company_sizes, kCap,
                [&](const salary::CompanySize& c) { emit(with("companySize", c.id)); });
    each_capped(pack.currencies, kCap,
                [&](const salary::Currency& c) { emit(with("currency", c.id)); });
    for (const salary::Level& l : pack.levels) {
      json p = base;
      p["years"] = l.anchor_years;
      emit(json::array({p, l.from_years, l.to_years ? json(*l.to_years) : json(60)}));
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s <out-dir> <pack.json>...\n", argv[0]);
    return 2;
  }
  const fs::path out = argv[1];
  fs::remove_all(out);
  fs::create_directories(out / "datapack");
  fs::create_directories(out / "profile");
  fs::create_directories(out / "binpack");
  std::vector<std::string> packs(argv + 2, argv + argc);
  // Binary packs: each valid pack as it is (first byte 0) and as a payload (first byte 1: the
  // target adds the header and checksum), whole and reduced.
  for (const std::string& path : packs) {
    const json doc = json::parse(fuzz::read_file(path));
    for (const auto& [suffix, variant] : {std::pair{"", doc}, std::pair{"-reduced", reduced(doc)}}) {
      const auto pack = salary::parse_data_pack(variant.dump());
      if (!pack.ok()) continue;
      const std::string bytes = salary::write_binary_pack(pack.value());
      std::size_t payload = 5;
      while (static_cast<unsigned char>(bytes[payload]) & 0x80) ++payload;
      payload += 1 + 4;
      const std::string name = fs::path(path).stem().string() + suffix;
      write(out / "binpack", name + "-whole", std::string(1, '\0') + bytes, ".bin");
      write(out / "binpack", name + "-payload", std::string(1, '\1') + bytes.substr(payload), ".bin");
    }
  }
  for (const std::string& path : packs) {
    pack_seeds(out / "datapack", fs::path(path).stem().string(),
               json::parse(fuzz::read_file(path)));
  }
  profile_seeds(out / "profile", fuzz::library_of(packs));
  std::printf("fuzz seeds: %d files (%d valid data packs) in %s\n", written, valid_packs,
              out.string().c_str());
  return 0;
}
