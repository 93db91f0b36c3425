#include "h1b.h"

namespace calibrate {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    const auto at = s.find(sep, from);
    out.push_back(s.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos) return out;
    from = at + 1;
  }
}

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

}  // namespace

std::map<std::string, std::string> area_of_city(const std::vector<WageArea>& areas,
                                                const std::vector<H1bRow>& rows) {
  // (CITY, ST) -> area id, from the metro area names.
  std::map<std::pair<std::string, std::string>, std::string> lookup;
  for (const auto& a : areas) {
    const auto comma = a.area_name.rfind(", ");
    if (comma == std::string::npos) continue;  // nonmetropolitan areas have no city list
    const auto cities = split(upper(a.area_name.substr(0, comma)), '-');
    const auto states = split(a.area_name.substr(comma + 2), '-');
    for (const auto& city : cities) {
      for (const auto& st : states) lookup.emplace(std::make_pair(city, st), a.area_id);
    }
  }
  std::map<std::string, std::string> out;  // "CITY, ST" -> area id
  for (const auto& r : rows) {
    const auto it = lookup.find({upper(r.city), r.state});
    if (it != lookup.end()) out[r.city + ", " + r.state] = it->second;
  }
  return out;
}

}  // namespace calibrate
