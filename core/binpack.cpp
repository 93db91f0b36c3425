#include "binpack.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace salary {
namespace {

constexpr char kMagic[4] = {'M', 'L', 'S', 'P'};
constexpr int kMaxPower = 22;  // 10^22 is the largest power of ten a double holds exactly
constexpr std::uint64_t kRawNumber = 63;

std::uint32_t fnv1a(std::string_view bytes) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : bytes) h = (h ^ c) * 16777619u;
  return h;
}

double power_of_ten(int k) {
  double p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// A number as mantissa m and power k: m / 10^k (k >= 0) or m * 10^-k. Both operands are exact
// doubles, so IEEE arithmetic gives the correctly rounded value: the same double a JSON parser
// reads from the decimal text.
double decimal_value(std::int64_t m, int k) {
  return k >= 0 ? static_cast<double>(m) / power_of_ten(k)
                : static_cast<double>(m) * power_of_ten(-k);
}

// A guess at a number, as a whole mantissa for the power k: the number is stored as its own
// mantissa less this one. 0 when the guess is 0, not finite, or 2^53 or more at that power, so
// that such a number is stored as it is.
std::int64_t guessed_mantissa(double guess, int k) {
  const double g = std::nearbyint(k >= 0 ? guess * power_of_ten(k) : guess / power_of_ten(-k));
  return std::fabs(g) < 9007199254740992.0 ? static_cast<std::int64_t>(g) : 0;  // 2^53
}

// The id a city usually has: its country's code and the first name of its label, as a slug
// ("San Francisco-Oakland-Fremont, CA" in US: "us-san-francisco"; "Berlin" in DE: "de-berlin"),
// and for a US nonmetropolitan area its whole name and "nonmetro" ("Sussex Delaware
// nonmetropolitan area": "us-sussex-delaware-nonmetro"; tools/calibrate names them so). Only
// whether an id is stored depends on it: the one area whose name goes on after "nonmetropolitan
// area" (noncontiguous) has its id stored, which costs fewer bytes than the code to derive it.
std::string usual_city_id(const City& c) {
  static constexpr std::string_view kNonmetro = " nonmetropolitan area";
  const std::string_view label = c.label;
  if (label.size() > kNonmetro.size() && label.substr(label.size() - kNonmetro.size()) == kNonmetro) {
    return slug(c.country + " " + std::string(label.substr(0, label.size() - kNonmetro.size()))) + "-nonmetro";
  }
  return slug(c.country + " " + c.label.substr(0, c.label.find_first_of("-,")));
}

// The pack's fields in order, for writing (Pack = const DataPack) and reading (DataPack): one
// description of the layout for both directions.
template <class IO, class Pack>
void visit_pack(IO& io, Pack& p) {
  auto labels = [&](auto& item) {
    io.text(item.id);
    io.text(item.label);
    io.text(item.label_zh);
  };
  auto price_level = [&](auto& p) {
    io.number(p.value);
    io.count(p.year);
    io.text(p.source);
  };
  io.count(p.schema_version);
  io.text(p.id);
  io.text(p.label);
  io.text(p.label_zh);
  io.text(p.as_of);
  io.text(p.currency);
  io.text(p.remote_reference);
  io.years_model(p.years_model);
  io.list(p.sources, [&](auto& s) {
    for (auto* t : {&s.id, &s.title, &s.url, &s.licence, &s.as_of, &s.title_zh, &s.licence_zh}) io.text(*t);
  });
  io.list(p.levels, [&](auto& l) {
    labels(l);
    io.number(l.from_years);
    io.optional(l.to_years, [&](auto& v) { io.number(v); });
    io.number(l.anchor_years);
    io.optional(l.bonus, [&](auto& b) {
      for (auto* v : {&b.incidence, &b.incidence_large, &b.paid_p25, &b.paid_p50, &b.paid_p75}) {
        io.number(*v);
      }
      io.text(b.source);
    });
  });
  io.list(p.roles, [&](auto& r) {
    labels(r);
    io.list(r.titles, [&](auto& t) { io.text(t); });
  });
  io.list(p.regions, [&](auto& r) { labels(r); });
  io.list(p.countries, [&](auto& c) {
    labels(c);
    io.text(c.currency);
    io.text(c.region);
    io.optional(c.factor, [&](auto& v) { io.number(v); });
    io.list(c.level_factors, [&](auto& v) { io.number(v); });
    io.text(c.source);
    io.count(c.n);
    io.flag(c.borrowed);
    io.number(c.pay_months);
    io.text(c.pay_months_source);
    io.optional(c.remote, [&](auto& r) {
      io.number(r.factor);
      io.count(r.n);
      io.flag(r.borrowed);
      io.text(r.source);
    });
    io.optional(c.price_level, price_level);
  });
  io.list(p.cities, [&](auto& c) {
    io.text(c.label);
    io.text(c.label_zh);
    io.text(c.country);
    io.id_of(c.id, [&] { return usual_city_id(c); });  // most are: not stored
    io.number(c.factor, 1);  // against a guess of 1 (see the cells below): 0.06 KB
    io.text(c.source);
    io.text(c.former_id);
    io.optional(c.price_level, price_level);
  });
  io.list(p.company_tiers, [&](auto& t) {
    labels(t);
    io.number(t.factor);
    io.text(t.source);
  });
  io.list(p.companies, [&](auto& c) {
    io.text(c.label);
    io.id_of(c.id, [&] { return slug(c.label); });  // most company ids are: not stored
    io.text(c.label_zh);
    io.text(c.tier);
    io.optional(c.factor, [&](auto& v) { io.number(v, 1); });  // against a guess of 1: 0.2 KB
    io.count(c.n);
    io.text(c.years);
    io.text(c.source);
    io.list(c.countries, [&](auto& t) { io.text(t); });
    io.text(c.size);
  });
  io.list(p.company_sizes, [&](auto& s) {
    labels(s);
    io.number(s.factor);
    io.text(s.source);
  });
  io.list(p.currencies, [&](auto& c) {
    io.text(c.id);
    io.number(c.per_usd);
    io.text(c.as_of);
    io.text(c.source);
  });
  io.list(p.cells, [&](auto& c) {
    io.text(c.role);
    io.text(c.country);
    io.text(c.level);
    io.count(c.n);
    io.text(c.source);
    // Pay spreads alike in every cell: each base and total pay figure but the median base pay
    // is stored as its difference from a guess made from figures read before it (the median
    // base pay times a typical spread; total pay 5% above base pay), which leaves smaller
    // numbers that compress better (1.1 KB of the module); bonus figures as they are. A figure
    // stays exact whatever the guess.
    auto& base = c.base;
    io.number(base.p50);
    io.number(base.p10, base.p50 * 0.6);
    io.number(base.p25, base.p50 * 0.75);
    io.number(base.p75, base.p50 * 1.3);
    io.number(base.p90, base.p50 * 1.65);
    io.number(base.mean, base.p50 * 1.1);
    auto& bonus = c.bonus;
    for (auto* v : {&bonus.p10, &bonus.p25, &bonus.p50, &bonus.p75, &bonus.p90, &bonus.mean}) io.number(*v);
    auto& total = c.total;
    io.number(total.p10, base.p10 * 1.05);
    io.number(total.p25, base.p25 * 1.05);
    io.number(total.p50, base.p50 * 1.05);
    io.number(total.p75, base.p75 * 1.05);
    io.number(total.p90, base.p90 * 1.05);
    io.number(total.mean, base.mean * 1.05);
  });
}

// Which stream each value goes to: one per field, found by the value's position among its
// item's values (and its list's position, for nested lists). Values of one field lie together
// (all city labels, all company factors), which compresses far better than rows. Writer and
// reader follow the same positions, so streams are numbered in the order first used.
class Columns {
 public:
  Columns() { stack_.push_back({&root_, 0}); }

  // The stream of the next value at the current position.
  std::size_t next() {
    Level& level = stack_.back();
    std::vector<std::size_t>& ids = level.list->streams;
    if (level.position >= ids.size()) ids.resize(level.position + 1, kNone);
    if (ids[level.position] == kNone) ids[level.position] = count_++;
    return ids[level.position++];
  }

  // The items nested under the value just taken (a list's count, an optional's flag): enter(),
  // then item() before each item (its values are numbered from 0), then leave(). Not a
  // template taking the item's code: each list of the pack would have its own copy.
  void enter() { stack_.push_back({&child_of_last(), 0}); }
  void item() { stack_.back().position = 0; }
  void leave() { stack_.pop_back(); }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // The streams of one list's items by position, and the lists nested at each position.
  struct List {
    std::vector<std::size_t> streams;
    std::vector<std::unique_ptr<List>> lists;
  };
  struct Level {
    List* list;
    std::size_t position;
  };

  // The list nested under the value just taken at the current level.
  List& child_of_last() {
    Level& level = stack_.back();
    const std::size_t at = level.position - 1;
    std::vector<std::unique_ptr<List>>& lists = level.list->lists;
    if (at >= lists.size()) lists.resize(at + 1);
    if (!lists[at]) lists[at] = std::make_unique<List>();
    return *lists[at];
  }

  List root_;
  std::vector<Level> stack_;
  std::size_t count_ = 0;
};

// ---- Writing ----

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

class Writer {
 public:
  void count(std::uint64_t v) { put_varint(stream(), v); }
  void count(long long v) { count(static_cast<std::uint64_t>(v)); }
  void count(int v) { count(static_cast<std::uint64_t>(v)); }
  void flag(bool v) { stream().push_back(v ? 1 : 0); }
  void years_model(YearsModel m) { flag(m == YearsModel::kLinear); }

  // An id stored only when it is not the one `usual` gives (from values written before it).
  template <class F>
  void id_of(const std::string& id, F usual) { text(id == usual() ? "" : id); }

  void text(const std::string& s) {
    std::string& out = stream();
    put_varint(out, s.size());
    out += s;
  }

  // The fewest decimals that give back exactly this double (their mantissa less the guess's at
  // the same power: see guessed_mantissa); 8 raw bytes otherwise.
  void number(double v, double guess = 0) {
    std::string& out = stream();
    if (std::isfinite(v) && !(v == 0 && std::signbit(v))) {
      for (int k = -kMaxPower; k <= kMaxPower; ++k) {
        const double m = k >= 0 ? std::nearbyint(v * power_of_ten(k)) : std::nearbyint(v / power_of_ten(-k));
        if (std::fabs(m) >= 9007199254740992.0) continue;  // 2^53: not a whole double
        const auto whole = static_cast<std::int64_t>(m);
        if (decimal_value(whole, k) != v) continue;
        const std::int64_t rest = whole - guessed_mantissa(guess, k);  // below 2^54 in size
        const std::uint64_t zigzag = rest < 0 ? (static_cast<std::uint64_t>(-rest) << 1) - 1
                                              : static_cast<std::uint64_t>(rest) << 1;
        put_varint(out, (zigzag << 6) | static_cast<std::uint64_t>(k + 31));
        return;
      }
    }
    put_varint(out, kRawNumber);
    unsigned char raw[8];
    std::memcpy(raw, &v, 8);
    out.append(reinterpret_cast<const char*>(raw), 8);
  }

  template <class T, class F>
  void list(const std::vector<T>& items, F item) {
    count(static_cast<std::uint64_t>(items.size()));
    columns_.enter();
    for (const T& i : items) {
      columns_.item();
      item(i);
    }
    columns_.leave();
  }

  template <class T, class F>
  void optional(const std::optional<T>& value, F item) {
    flag(value.has_value());
    columns_.enter();
    if (value) {
      columns_.item();
      item(*value);
    }
    columns_.leave();
  }

  std::string finish() const {
    std::string payload;
    put_varint(payload, streams_.size());
    for (const std::string& s : streams_) put_varint(payload, s.size());
    for (const std::string& s : streams_) payload += s;
    std::string bytes(kMagic, 4);
    bytes.push_back(static_cast<char>(kBinaryPackVersion));
    put_varint(bytes, payload.size());
    const std::uint32_t sum = fnv1a(payload);
    for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>((sum >> (8 * i)) & 0xff));
    return bytes + payload;
  }

 private:
  std::string& stream() {
    const std::size_t i = columns_.next();
    if (i == streams_.size()) streams_.emplace_back();
    return streams_[i];
  }

  Columns columns_;
  std::vector<std::string> streams_;
};

// ---- Reading: every read checked against the bytes left; the first failure is kept ----

class Cursor {
 public:
  Cursor(std::string_view bytes, std::string& error) : bytes_(bytes), error_(&error) {}

  std::size_t left() const { return bytes_.size() - pos_; }
  bool ok() const { return error_->empty(); }

  void fail(const std::string& what) {
    if (error_->empty()) *error_ = what;
    pos_ = bytes_.size();  // nothing more is read
  }

  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= bytes_.size()) {
        fail("truncated");
        return 0;
      }
      const auto b = static_cast<unsigned char>(bytes_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    fail("a number longer than 10 bytes");
    return 0;
  }

  std::string_view bytes(std::uint64_t n) {
    if (n > left()) {
      fail("truncated");
      return {};
    }
    const std::string_view out(bytes_.data() + pos_, static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return out;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::string* error_;  // shared by the cursors of one pack
};

class Reader {
 public:
  explicit Reader(std::string_view payload) {
    Cursor head(payload, error_);
    const std::uint64_t n = head.varint();
    if (n > head.left()) {
      head.fail("more streams than bytes");
      return;
    }
    std::vector<std::uint64_t> sizes;
    for (std::uint64_t i = 0; i < n && ok(); ++i) sizes.push_back(head.varint());
    for (std::uint64_t size : sizes) {
      const std::string_view bytes = head.bytes(size);
      if (!ok()) {
        fail("a stream longer than the pack");
        return;
      }
      streams_.emplace_back(bytes, error_);
    }
    if (ok() && head.left() != 0) fail("bytes after the last stream");
  }

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(const std::string& what) {
    if (error_.empty()) error_ = what;
  }
  bool finished() const {
    for (const Cursor& c : streams_) {
      if (c.left() != 0) return false;
    }
    return true;
  }

  void count(long long& v) { count(stream(), v); }
  void count(Cursor& in, long long& v) {
    const std::uint64_t n = in.varint();
    if (n > static_cast<std::uint64_t>(1e15)) return in.fail("a count out of range");
    v = static_cast<long long>(n);
  }
  void count(int& v) {
    long long n = 0;
    count(n);
    if (n > 1000000) return fail("a count out of range");
    v = static_cast<int>(n);
  }
  void flag(bool& v) {
    Cursor& in = stream();
    const std::string_view b = in.bytes(1);
    if (b.empty()) return;
    if (b[0] != 0 && b[0] != 1) return in.fail("a flag other than 0 or 1");
    v = b[0] == 1;
  }
  void years_model(YearsModel& m) {
    bool linear = false;
    flag(linear);
    m = linear ? YearsModel::kLinear : YearsModel::kStep;
  }

  void text(std::string& s) {
    Cursor& in = stream();
    const std::string_view bytes = in.bytes(in.varint());
    if (ok()) s = bytes;
  }

  template <class F>
  void id_of(std::string& id, F usual) {
    text(id);
    if (id.empty()) id = usual();
  }

  void number(double& v, double guess = 0) {
    Cursor& in = stream();
    const std::uint64_t h = in.varint();
    if (!ok()) return;
    const std::uint64_t code = h & 63;
    if (code == kRawNumber) {
      const std::string_view raw = in.bytes(8);
      if (raw.size() == 8) std::memcpy(&v, raw.data(), 8);
      return;
    }
    const int k = static_cast<int>(code) - 31;
    const std::uint64_t zigzag = h >> 6;
    if (k < -kMaxPower || k > kMaxPower || zigzag >= (std::uint64_t{1} << 55)) {
      return in.fail("a number out of range");
    }
    const auto rest = static_cast<std::int64_t>(zigzag >> 1);
    v = decimal_value((zigzag & 1 ? -rest - 1 : rest) + guessed_mantissa(guess, k), k);
  }

  template <class T, class F>
  void list(std::vector<T>& items, F item) {
    Cursor& in = stream();
    long long n = 0;
    count(in, n);
    // Each item takes a byte or more: a longer list is corrupt (and must not allocate). The
    // bytes left in all streams are summed only when the count's own stream has fewer left than
    // the count: summing them for each of the pack's 1,000 lists took a fifth of the reading.
    const auto size = static_cast<std::uint64_t>(n);
    if (ok() && size > in.left() && size > bytes_left()) fail("a list longer than the pack");
    if (!ok()) return;
    // A fresh vector of n items, not resize(): resize() would carry, for each of the pack's
    // types, the code that moves items to a larger buffer (1.1 KB of the module gzipped).
    std::vector<T>(static_cast<std::size_t>(n)).swap(items);
    columns_.enter();
    for (std::size_t i = 0; i < items.size() && ok(); ++i) {
      columns_.item();
      item(items[i]);
    }
    columns_.leave();
  }

  template <class T, class F>
  void optional(std::optional<T>& value, F item) {
    bool present = false;
    flag(present);
    if (present && ok()) value.emplace();
    columns_.enter();
    if (value) {
      columns_.item();
      item(*value);
    }
    columns_.leave();
  }

 private:
  Cursor& stream() {
    const std::size_t i = columns_.next();
    if (i >= streams_.size()) {
      fail("more fields than streams");
      return empty_;
    }
    return streams_[i];
  }
  std::uint64_t bytes_left() const {
    std::uint64_t n = 0;
    for (const Cursor& c : streams_) n += c.left();
    return n;
  }

  std::string error_;
  std::vector<Cursor> streams_;
  Cursor empty_{{}, error_};
  Columns columns_;
};

Error corrupt(const std::string& what) {
  return Error{"corrupt_pack", "/", "data pack: not a valid binary pack (" + what + ")"};
}

}  // namespace

std::string write_binary_pack(const DataPack& pack) {
  Writer w;
  visit_pack(w, pack);
  return w.finish();
}

Result<DataPack> read_binary_pack(std::string_view bytes) {
  if (bytes.size() < 4 || std::memcmp(bytes.data(), kMagic, 4) != 0) return corrupt("no MLSP header");
  std::string header_error;
  Cursor header(bytes.substr(4), header_error);
  const std::string_view version = header.bytes(1);
  if (version.empty() || static_cast<unsigned char>(version[0]) != kBinaryPackVersion) {
    return corrupt("format version is not " + std::to_string(kBinaryPackVersion));
  }
  const std::uint64_t size = header.varint();
  const std::string_view sum = header.bytes(4);
  if (!header.ok()) return corrupt("header: " + header_error);
  if (size != header.left()) {
    return corrupt("payload of " + std::to_string(header.left()) + " bytes, header says " +
                   std::to_string(size));
  }
  const std::string_view payload = bytes.substr(bytes.size() - header.left());
  std::uint32_t expected = 0;
  for (int i = 0; i < 4; ++i) expected |= static_cast<std::uint32_t>(static_cast<unsigned char>(sum[i])) << (8 * i);
  if (fnv1a(payload) != expected) return corrupt("checksum mismatch");

  Reader r(payload);
  DataPack pack;
  if (r.ok()) visit_pack(r, pack);
  if (r.ok() && !r.finished()) r.fail("bytes after the pack");
  if (!r.ok()) return corrupt(r.error());
  if (pack.schema_version != kSchemaVersion) return corrupt("schema_version is not 1");
  if (auto error = index_pack(pack)) return *error;
  return pack;
}

}  // namespace salary
