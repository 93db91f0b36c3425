#include "pack_json.h"

#include <cmath>
#include <fstream>
#include <stdexcept>

namespace calibrate {

std::int64_t round_money(double x) {
  if (!std::isfinite(x)) throw std::logic_error("non-finite money value");
  return static_cast<std::int64_t>(std::llround(x));
}

double round_factor(double x) {
  if (!std::isfinite(x)) throw std::logic_error("non-finite factor");
  return std::round(x * 1e4) / 1e4;
}

std::int64_t round_significant(std::int64_t x, int digits) {
  const std::int64_t magnitude = x < 0 ? -x : x;
  std::int64_t limit = 1;  // 10^digits
  for (int i = 0; i < digits; ++i) limit *= 10;
  std::int64_t unit = 1;
  while (magnitude >= limit * unit) unit *= 10;
  if (unit == 1) return x;
  const std::int64_t half = unit / 2;
  return (x >= 0 ? (x + half) / unit : -((-x + half) / unit)) * unit;
}

MoneyDist round_significant(const MoneyDist& d, int digits) {
  MoneyDist out = d;
  for (auto& v : out.q) v = round_significant(v, digits);
  out.mean = round_significant(out.mean, digits);
  return out;
}

MoneyDist to_money(const Quantiles& q, double mean) {
  MoneyDist d;
  for (std::size_t i = 0; i < q.size(); ++i) d.q[i] = round_money(q[i]);
  d.mean = round_money(mean);
  return d;
}

json to_json(const MoneyDist& d) {
  return json{{"p10", d.q[0]}, {"p25", d.q[1]}, {"p50", d.q[2]},
              {"p75", d.q[3]}, {"p90", d.q[4]}, {"mean", d.mean}};
}

namespace {
void check_dist(const MoneyDist& d, bool positive, const std::string& where) {
  for (std::size_t i = 0; i < d.q.size(); ++i) {
    if (positive ? d.q[i] <= 0 : d.q[i] < 0) throw std::logic_error(where + ": bad value");
    if (i > 0 && d.q[i] < d.q[i - 1]) throw std::logic_error(where + ": quantiles out of order");
  }
  if (positive ? d.mean <= 0 : d.mean < 0) throw std::logic_error(where + ": bad mean");
}
}  // namespace

void check_cell(const MoneyDist& base, const MoneyDist& bonus, const MoneyDist& total,
                const std::string& where) {
  check_dist(base, true, where + "/base");
  check_dist(bonus, false, where + "/bonus");
  check_dist(total, true, where + "/total");
  for (std::size_t i = 0; i < base.q.size(); ++i) {
    if (total.q[i] < base.q[i]) throw std::logic_error(where + ": total below base");
  }
}

json read_json_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open");
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    throw std::runtime_error(path.string() + ": " + e.what());
  }
}

void write_pack(const json& pack, const std::filesystem::path& path, Layout layout) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
  if (layout == Layout::kIndented || !pack.is_object()) {
    out << pack.dump(1) << '\n';
  } else {
    out << "{\n";
    bool first = true;
    for (const auto& [key, value] : pack.items()) {
      out << (first ? "" : ",\n") << ' ' << json(key).dump() << ": ";
      first = false;
      if (!value.is_array() || value.empty()) {
        out << value.dump();
        continue;
      }
      out << "[\n";
      for (std::size_t i = 0; i < value.size(); ++i) {
        out << "  " << value[i].dump() << (i + 1 < value.size() ? ",\n" : "\n");
      }
      out << " ]";
    }
    out << "\n}\n";
  }
  if (!out) throw std::runtime_error(path.string() + ": write failed");
}

json select_sources(const json& sources_file, const std::vector<std::string>& ids) {
  json out = json::array();
  for (const auto& id : ids) {
    const json* found = nullptr;
    for (const auto& s : sources_file.at("sources")) {
      if (s.at("id").get<std::string>() == id) found = &s;
    }
    if (found == nullptr) throw std::runtime_error("sources.json: no source \"" + id + "\"");
    out.push_back(*found);
  }
  return out;
}

}  // namespace calibrate
