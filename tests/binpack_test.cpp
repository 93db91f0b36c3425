// The binary pack: a lossless copy of the JSON pack (the same estimates, bit for bit), and a
// reader that turns corrupt or truncated bytes into an error without reading out of bounds.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include "binpack.h"
#include "library.h"
#include "estimate.h"
#include "helpers.h"

namespace {

salary::DataPack from_binary(const std::string& bytes) {
  salary::Result<salary::DataPack> pack = salary::read_binary_pack(bytes);
  REQUIRE_MESSAGE(pack.ok(), (pack.ok() ? "" : pack.error().message));
  return pack.value();
}

// Where the payload starts: "MLSP", the version byte, the payload size (varint), 4 checksum bytes.
std::size_t payload_start(const std::string& bytes) {
  std::size_t i = 5;
  while (static_cast<unsigned char>(bytes[i]) & 0x80) ++i;
  return i + 1 + 4;
}

// Writes the FNV-1a checksum of the payload into the header, so a test reaches the reader's
// checks behind it.
void fix_checksum(std::string& bytes) {
  const std::size_t start = payload_start(bytes);
  std::uint32_t h = 2166136261u;
  for (std::size_t i = start; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 16777619u;
  for (int k = 0; k < 4; ++k) bytes[start - 4 + k] = static_cast<char>((h >> (8 * k)) & 0xff);
}

// Both estimates agree exactly, field by field, or fail the same way.
void check_same(const salary::Result<salary::Estimate>& a, const salary::Result<salary::Estimate>& b) {
  REQUIRE(a.ok() == b.ok());
  if (!a.ok()) {
    CHECK(a.error().message == b.error().message);
    return;
  }
  const salary::Estimate& x = a.value();
  const salary::Estimate& y = b.value();
  for (auto [q, r] : {std::pair{&x.base, &y.base}, std::pair{&x.bonus, &y.bonus}, std::pair{&x.total, &y.total}}) {
    CHECK(std::memcmp(q, r, sizeof *q) == 0);
  }
  REQUIRE(x.factors.size() == y.factors.size());
  for (std::size_t i = 0; i < x.factors.size(); ++i) {
    CHECK(x.factors[i].label == y.factors[i].label);
    CHECK(x.factors[i].multiplier == y.factors[i].multiplier);
    CHECK(x.factors[i].source == y.factors[i].source);
  }
  REQUIRE(x.warnings.size() == y.warnings.size());
  for (std::size_t i = 0; i < x.warnings.size(); ++i) CHECK(x.warnings[i].message == y.warnings[i].message);
  CHECK(x.n == y.n);
  CHECK(x.confidence == y.confidence);
  CHECK(x.currency == y.currency);
}

}  // namespace

TEST_CASE("each committed pack reads back from its binary form with the same estimates") {
  for (const char* name : {"article-2019.json", "market.json"}) {
    CAPTURE(name);
    const salary::DataPack json_pack = test::parsed(test::data_file(name));
    const std::string bytes = salary::write_binary_pack(json_pack);
    const salary::DataPack binary_pack = from_binary(bytes);
    // Written again, the pack gives the same bytes: nothing was lost or changed.
    CHECK(salary::write_binary_pack(binary_pack) == bytes);
    int compared = 0;
    for (const salary::Role& role : json_pack.roles) {
      for (const salary::Country& country : json_pack.countries) {
        for (double years : {0.0, 3.5, 7.0, 12.0, 40.0}) {
          salary::Profile p;
          p.dataset = json_pack.id;
          p.role = role.id;
          p.country = country.id;
          p.years = years;
          check_same(salary::estimate(json_pack, p), salary::estimate(binary_pack, p));
          ++compared;
        }
      }
    }
    for (const salary::City& city : json_pack.cities) {
      salary::Profile p;
      p.dataset = json_pack.id;
      p.country = city.country;
      p.city = city.id;
      p.years = 6;
      const auto by_id = salary::estimate(binary_pack, p);
      check_same(salary::estimate(json_pack, p), by_id);
      ++compared;
      if (!city.former_id.empty()) {  // an old link gives the same city
        p.city = city.former_id;
        check_same(by_id, salary::estimate(binary_pack, p));
      }
    }
    for (const salary::Company& company : json_pack.companies) {
      salary::Profile p;
      p.dataset = json_pack.id;
      p.company = company.id;
      p.years = 6;
      check_same(salary::estimate(json_pack, p), salary::estimate(binary_pack, p));
      ++compared;
    }
    MESSAGE(name << ": " << compared << " estimates identical, " << bytes.size() << " bytes");
  }
}

TEST_CASE("a city id that follows from the city's name is not stored, any other is") {
  const std::string bytes = salary::write_binary_pack(test::parsed(test::data_file("market.json")));
  const auto stored = [&](const char* id) { return bytes.find(id) != std::string::npos; };
  CHECK_FALSE(stored("us-san-francisco"));             // San Francisco-Oakland-Fremont, CA
  CHECK_FALSE(stored("us-sussex-delaware-nonmetro"));  // Sussex Delaware nonmetropolitan area
  CHECK(stored("us-north-northeastern-ohio-nonmetro-noncontiguous"));  // "... area (noncontiguous)"
  CHECK(stored("us-albany-ga"));  // Albany, GA: one of several Albanys, named by its state
  CHECK(stored("us-1000005"));    // a former id is stored
}

TEST_CASE("numbers are stored exactly: decimals, integers, extremes, -0, subnormals") {
  nlohmann::json doc = test::tiny_pack();
  salary::DataPack pack = test::parsed(doc.dump());
  const double values[] = {0.1, 0.7, 1.0 / 3, 1e-300, 5e-324, 1.7976931348623157e308, 123456789.125,
                           -0.0, 0.0, 152000, 0.0342, 2.5e22, 9007199254740993.0};
  pack.currencies[0].per_usd = 1;
  for (double v : values) {
    CAPTURE(v);
    pack.cities[0].factor = v;
    const salary::DataPack back = from_binary(salary::write_binary_pack(pack));
    CHECK(std::memcmp(&back.cities[0].factor, &v, sizeof v) == 0);
  }
}

TEST_CASE("a cell's figures are exact whatever the guesses they are stored against") {
  // Each base and total pay figure but the median base pay is stored against a guess made from
  // figures read before it: a figure far from its guess, or a guess that overflows or is not a
  // number, changes how it is written, never its value.
  salary::DataPack pack = test::parsed(test::tiny_pack().dump());
  const double values[] = {0.1, 1.0 / 3, 1e-300, 5e-324, 1.7976931348623157e308, 123456789.125, -0.0,
                           0.0, 152000, 91720, 0.0342, 2.5e22, 9007199254740993.0, -4503599627370497.0,
                           NAN, INFINITY, -INFINITY, 1e15 + 0.5};
  salary::Cell& cell = pack.cells[0];
  auto figures = [](salary::Cell& c) {
    std::vector<double*> all;
    for (salary::Quantiles* q : {&c.base, &c.bonus, &c.total}) {
      for (double* v : {&q->p10, &q->p25, &q->p50, &q->p75, &q->p90, &q->mean}) all.push_back(v);
    }
    return all;
  };
  int checked = 0;
  for (double median : values) {
    for (double other : values) {
      for (double* v : figures(cell)) *v = other;
      cell.base.p50 = median;
      cell.total.p50 = median * 1.05;  // near its guess
      salary::DataPack back = from_binary(salary::write_binary_pack(pack));
      const std::vector<double*> want = figures(cell), got = figures(back.cells[0]);
      for (std::size_t i = 0; i < want.size(); ++i) {
        CAPTURE(median);
        CAPTURE(other);
        CAPTURE(i);
        CHECK(std::memcmp(got[i], want[i], sizeof(double)) == 0);
        ++checked;
      }
    }
  }
  CHECK(checked == 18 * 18 * 18);
}

TEST_CASE("truncated, corrupt or foreign bytes are a corrupt_pack error") {
  const std::string bytes = salary::write_binary_pack(test::tiny());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    CAPTURE(n);
    const auto r = salary::read_binary_pack(std::string_view(bytes).substr(0, n));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "corrupt_pack");
    CHECK(r.error().field == "/");
  }
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x20;
  const auto sum = salary::read_binary_pack(flipped);
  REQUIRE_FALSE(sum.ok());
  CHECK(sum.error().message == "data pack: not a valid binary pack (checksum mismatch)");
  CHECK(salary::read_binary_pack("{\"schema_version\": 1}").error().message ==
        "data pack: not a valid binary pack (no MLSP header)");
  std::string longer = bytes + "x";
  CHECK(salary::read_binary_pack(longer).error().code == "corrupt_pack");
}

TEST_CASE("with a valid checksum, any single changed byte is an error or a usable pack") {
  // Behind the checksum the reader still checks every length, index and count, and
  // index_pack() what estimates rely on; ASan (make test-asan) sees any read out of bounds.
  const std::string bytes = salary::write_binary_pack(test::tiny());
  int errors = 0, packs = 0;
  for (std::size_t i = payload_start(bytes); i < bytes.size(); ++i) {
    for (unsigned char x : {0x01, 0x80, 0xff}) {
      std::string changed = bytes;
      changed[i] = static_cast<char>(changed[i] ^ x);
      fix_checksum(changed);
      const auto r = salary::read_binary_pack(changed);
      if (!r.ok()) {
        ++errors;
        continue;
      }
      ++packs;
      for (const salary::Country& c : r.value().countries) {
        salary::Profile p;
        p.dataset = r.value().id;
        p.country = c.id;
        p.years = 6;
        (void)salary::estimate(r.value(), p);  // may fail, must not crash
      }
    }
  }
  MESSAGE(errors << " errors, " << packs << " packs read from changed bytes");
  CHECK(errors > 0);
}

TEST_CASE("index_pack refuses what estimates could not use") {
  salary::DataPack pack = test::tiny();
  pack.cells.pop_back();
  auto error = salary::index_pack(pack);
  REQUIRE(error);
  CHECK(error->code == "missing_cell");
  pack = test::tiny();
  pack.remote_reference = "ZZ";
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->field == "/remote_reference");
  pack = test::tiny();
  pack.countries[2].level_factors = {1.0};
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->code == "invalid_value");
  pack = test::tiny();
  pack.cities.push_back(pack.cities.front());
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->code == "duplicate_id");
  // An id three times: reported at its second place, whatever order the sort leaves equal ids in.
  pack = test::tiny();
  REQUIRE(pack.cities.size() >= 2);
  pack.cities.insert(pack.cities.begin() + 2, 2, pack.cities.front());  // at 0, 2 and 3
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->field == "/cities/2/id");
  // A binary pack is not validated as JSON is: its cells' role and group must be listed.
  pack = test::tiny();
  pack.cells[1].role = "astronaut";
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->field == "/cells/1/role");
  pack = test::tiny();
  pack.cells[1].country = "ZZ";
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->field == "/cells/1/country");
  pack = test::tiny();
  pack.cells.push_back(pack.cells.front());
  REQUIRE(salary::index_pack(pack));
  CHECK(salary::index_pack(pack)->code == "duplicate_id");
  CHECK(salary::index_pack(pack)->field == "/cells/" + std::to_string(pack.cells.size() - 1));
}

// printf's shortest round-tripping "%g": what format_number must give, without printf.
std::string shortest_g(double v) {
  char text[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(text, sizeof text, "%.*g", precision, v);
    if (std::strtod(text, nullptr) == v) break;
  }
  return text;
}

// format_number's form: printf's shortest round-tripping "%g", except that where %g has an
// exponent for a number from 1 up to 1e21 the number is written in full (70, not 7e+01).
std::string expected_number(double v) {
  const std::string g = shortest_g(v);
  const std::size_t e = g.find('e');
  if (e == std::string::npos || g[e + 1] == '-' || std::fabs(v) >= 1e21) return g;
  std::string digits;
  for (char c : g.substr(0, e)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  const int exponent = std::stoi(g.substr(e + 1));
  return (v < 0 ? "-" : "") + digits + std::string(exponent + 1 - digits.size(), '0');
}

TEST_CASE("format_number writes round numbers in full below 1e21") {
  CHECK(salary::format_number(70) == "70");
  CHECK(salary::format_number(120) == "120");
  CHECK(salary::format_number(-10) == "-10");
  CHECK(salary::format_number(1000) == "1000");
  CHECK(salary::format_number(1e20) == "100000000000000000000");
  CHECK(salary::format_number(8.41e20) == "841000000000000000000");
  CHECK(salary::format_number(1e21) == "1e+21");
  CHECK(salary::format_number(0.00001) == "1e-05");
}

TEST_CASE("format_number prints the shortest text that reads back, as printf's %g") {
  const double values[] = {0, -0.0, 5, 4.99, 60.5, -3, 61, 100, 1e9, 1e-7, 0.0001, 0.00001, 1e15,
                           1e16, 1e17, 123456789012, 0.1, 1.0 / 3, 2.5e-5, 1e300, 1e-300, -1e21,
                           60.300000000000004, 0.30000000000000004, 9007199254740993.0,
                           1.7976931348623157e308, 4.9406564584124654e-324, 2.2250738585072014e-308,
                           2.2250738585072009e-308, 1e23, 8.41e21, 5e-324, 0.1 + 0.7, 123.456e-300};
  for (double v : values) {
    CAPTURE(v);
    CHECK(salary::format_number(v) == expected_number(v));
    CHECK(std::strtod(salary::format_number(v).c_str(), nullptr) == v);
  }
}

TEST_CASE("format_number agrees with printf's digits on 50,000 doubles of every exponent") {
  std::uint64_t state = 0x9e3779b97f4a7c15u;  // xorshift: the same doubles on every run
  int mismatches = 0;
  for (int i = 0; i < 50000; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double v = 0;
    // Half of them any bit pattern; half short decimals such as a reader types (60.3, 0.07).
    if (i % 2 == 0) {
      std::memcpy(&v, &state, sizeof v);
    } else {
      v = static_cast<double>(state % 1000000) / std::pow(10.0, static_cast<double>(state >> 60));
    }
    if (!std::isfinite(v)) continue;
    if (salary::format_number(v) != expected_number(v) && ++mismatches <= 5) {
      CAPTURE(v);
      CHECK(salary::format_number(v) == expected_number(v));
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("a built-in pack that cannot be read is left out, and find_pack says why") {
  const std::string good = salary::write_binary_pack(test::tiny());
  std::string damaged = good;
  damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5a);
  salary::Library library;
  salary::load_builtin_packs(library, {good, damaged});
  REQUIRE(library.packs.size() == 1);
  REQUIRE(library.unreadable.size() == 1);
  CHECK(library.unreadable.front() == "data pack: not a valid binary pack (checksum mismatch)");
  CHECK(salary::find_pack(library, test::tiny().id).ok());
  const auto missing = salary::find_pack(library, "market");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == "corrupt_pack");
  CHECK(missing.error().field == "dataset");
  CHECK(missing.error().message.find("a built-in data pack could not be read: data pack: not a valid "
                                     "binary pack (checksum mismatch)") != std::string::npos);

  salary::Library intact;  // without damage, the usual message
  salary::load_builtin_packs(intact, {good});
  CHECK(salary::find_pack(intact, "market").error().code == "unknown_id");
}
