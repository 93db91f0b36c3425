// embind glue of the shipped module: numbers and indices in, one flat record out.
//
// A call first sets the profile, by indices resolved once per catalog (written to the slots at
// profileSlots(), then setProfile(): the fast path) or from the caller's JS object
// (setProfileValue: any value, checked by the core), and then asks for an estimate, tiers, a
// curve or a percentile. Each answer is a record: numbers, read straight from wasm memory at the
// address the call returns (first the record's version, which changes when its text does, and
// where its text lies), and strings joined by U+001F, as UTF-8 bytes (read only when the
// version changed). Few arguments and no views made per call: a call's invoker (no eval under a
// strict CSP) costs more per argument than the estimate's arithmetic. JS values that
// the core checks (a profile object, a curve's years) cross as their kind, number and text
// (valueSlots(), setText()), not as embind's val, whose runtime would cost each bundle 0.8 KB.
// web/api.js reads records back into the objects of salary-core.d.ts. Logic belongs in core.
#include <emscripten/bind.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "binpack.h"
#include "embedded_packs.h"
#include "estimate.h"
#include "library.h"

namespace {

using salary::Error;
using salary::Value;

// ---- The record ----

constexpr char kSeparator = '\x1f';

// A growable array that keeps its storage from one record to the next, written by plain stores:
// std::vector's push_back and std::string's append are several calls each at -Oz, and writing
// the record that way took a quarter of an estimate.
template <class T>
class Buffer {
 public:
  void clear() { size_ = 0; }
  // Room for `n` more items at the end: where they go.
  T* extend(std::size_t n) {
    if (capacity_ - size_ < n) {
      const std::size_t capacity = std::max({capacity_ * 2, size_ + n, std::size_t{256}});
      std::unique_ptr<T[]> items(new T[capacity]);
      if (size_ > 0) std::memcpy(items.get(), items_.get(), size_ * sizeof(T));
      items_ = std::move(items);
      capacity_ = capacity;
    }
    size_ += n;
    return items_.get() + size_ - n;
  }
  void push(T v) { *extend(1) = v; }
  T* data() { return items_.get(); }
  const T* data() const { return items_.get(); }
  std::size_t size() const { return size_; }

 private:
  std::unique_ptr<T[]> items_;
  std::size_t size_ = 0, capacity_ = 0;
};

struct Record {
  Buffer<double> numbers;
  Buffer<char> text;             // rewritten from where it first differs from the record before
  std::size_t previous_size = 0; // the size of the record before's text
  bool same = true;              // the text so far is the record before's
  double version = 0;            // changes whenever the text does

  void clear() {
    numbers.clear();
    numbers.extend(3);  // the version and where the text lies, set by finish()
    previous_size = text.size();
    same = true;
    text.clear();     // (keeps its bytes: the strings are compared with them as they come)
  }
  // Ends the record: its version, the address and size of its text, then the numbers. Returns
  // their address. The caller decodes the text only when the version changed (the same profile
  // with other years gives the same strings).
  std::uintptr_t finish() {
    if (!same || text.size() != previous_size) ++version;
    double* const head = numbers.data();
    head[0] = version;
    head[1] = static_cast<double>(reinterpret_cast<std::uintptr_t>(text.data()));
    head[2] = static_cast<double>(text.size());
    return reinterpret_cast<std::uintptr_t>(head);
  }
  void number(double v) { numbers.push(v); }
  // U+001F inside a string (none in the built-in packs; possible in a loaded pack or quoted
  // input) becomes a space, so it cannot split the record. Such a string is always written:
  // compared as it is, it could match two strings of the record before.
  void string(const std::string& s) {
    const std::size_t size = s.size();  // (a call at -Oz: not once per character)
    const std::size_t at = text.size();
    const bool plain = std::memchr(s.data(), kSeparator, size) == nullptr;
    if (same && plain && at + size < previous_size && text.data()[at + size] == kSeparator &&
        std::memcmp(text.data() + at, s.data(), size) == 0) {
      text.extend(size + 1);  // the same string at the same place: nothing to write
      return;
    }
    same = false;
    char* const out = text.extend(size + 1);
    std::memcpy(out, s.data(), size);
    out[size] = kSeparator;
    for (char* c = out; !plain && (c = static_cast<char*>(std::memchr(c, kSeparator, size - (c - out)))) != nullptr;) {
      *c++ = ' ';
    }
  }
  void quantiles(const salary::Quantiles& q, bool with_mean = true) {
    for (double v : {q.p10, q.p25, q.p50, q.p75, q.p90}) number(v);
    if (with_mean) number(q.mean);
  }
};

Record& record() {
  static Record instance;
  return instance;
}

void put_error(Record& r, const Error& e) {
  r.number(0);
  r.string(e.code);
  r.string(e.field);
  r.string(e.message);
}

void put_estimate(Record& r, const salary::DataPack& pack, const salary::Estimate& e) {
  r.number(1);
  for (const std::string* s : {&e.dataset, &e.tier, &e.level, &e.role, &e.country, &e.city,
                               &e.company, &e.company_size, &e.employer, &e.currency,
                               &e.sample_basis, &e.confidence}) {
    r.string(*s);
  }
  r.number(e.years);
  r.number(e.pay_months);
  r.quantiles(e.base);
  r.quantiles(e.bonus);
  r.quantiles(e.total);
  r.number(static_cast<double>(e.n));
  r.number(e.bonus_paid ? 1 : 0);
  if (e.bonus_paid) {
    for (double v : {e.bonus_paid->incidence, e.bonus_paid->p25, e.bonus_paid->p50, e.bonus_paid->p75}) {
      r.number(v);
    }
    r.string(e.bonus_paid->source);
  }
  r.number(static_cast<double>(e.factors.size()));
  for (const salary::Factor& f : e.factors) {
    r.number(f.multiplier);
    r.string(f.id);
    r.string(f.label);
    r.string(f.source);
  }
  r.number(static_cast<double>(e.warnings.size()));
  for (const salary::Warning& w : e.warnings) {
    r.string(w.code);
    r.string(w.message);
  }
  r.number(e.purchasing_power ? 1 : 0);
  if (e.purchasing_power) {
    const auto& p = *e.purchasing_power;
    r.number(p.price.value);
    r.number(static_cast<double>(p.price.year));
    r.string(salary::place_label(pack, p.place));
    r.string(salary::source_title(pack, p.price.source));
    r.quantiles(p.total);
  }
}

// ---- The library and the profile of the next call ----

salary::Library& library() {
  static salary::Library instance = [] {
    salary::Library lib;
    salary::load_builtin_packs(lib, salary::embedded_packs());
    return lib;
  }();
  return instance;
}

// The profile set by setProfile or setProfileValue: its pack and its ids looked up there, or
// why it cannot be used. (Its pointers are entries of the library's packs: loading or removing
// a pack forgets it.)
Error no_profile() { return Error{"internal", "profile", "profile: no profile was set"}; }

struct Current {
  std::optional<Error> error = no_profile();  // when set, the profile cannot be used
  const salary::DataPack* pack = nullptr;
  salary::PackProfile profile;
};

Current& current() {
  static Current instance;
  return instance;
}

void forget_profile() { current().error = no_profile(); }

void resolve(const salary::Result<salary::Profile>& parsed) {
  Current& c = current();
  const salary::Result<const salary::DataPack*> pack =
      parsed.ok() ? salary::find_pack(library(), parsed.value().dataset)
                  : salary::Result<const salary::DataPack*>(parsed.error());
  if (!pack.ok()) {
    c.error = pack.error();
    return;
  }
  c.error.reset();
  c.pack = pack.value();
  c.profile = salary::resolve(*c.pack, parsed.value());
}

// The fast path: indices into the pack's lists, as catalog() lists them (-1: not given);
// size 0-2 for S, M, L; employer 0 local, 1 us-remote. api.js writes them to these slots, in
// this order, and calls setProfile(); it returns whether the profile is usable.
enum Slot { kDataset, kYears, kRole, kCountry, kCity, kCompany, kSize, kCurrency, kEmployer, kSlots };
double profile_slots[kSlots];

std::uintptr_t profile_slots_address() { return reinterpret_cast<std::uintptr_t>(profile_slots); }

// The slow paths' values: a profile and its nine fields (setProfileValue), a curve's years or a
// percentile's amount and component, a pack's id (unloadPack). api.js writes each value's kind
// (core/value.h's order) and number to these slots, and its text, for a string, by setText().
constexpr int kValues = 10;
double value_slots[2 * kValues];
std::string value_texts[kValues];
constexpr int kLastKind = static_cast<int>(Value::Kind::kOther);
static_assert(static_cast<int>(Value::Kind::kAbsent) == 0 && static_cast<int>(Value::Kind::kNumber) == 3 &&
              static_cast<int>(Value::Kind::kString) == 4 && static_cast<int>(Value::Kind::kObject) == 6 &&
              kLastKind == 7, "api.js (kindOf) numbers the kinds in this order");

std::uintptr_t value_slots_address() { return reinterpret_cast<std::uintptr_t>(value_slots); }

void set_text(int slot, const std::string& text) {
  if (slot >= 0 && slot < kValues) value_texts[slot] = text;
}

// The value in slot `slot` (a kind out of range reads as a value of an unsupported type).
Value value_at(int slot) {
  const double kind = value_slots[2 * slot];
  Value v;
  v.kind = kind >= 0 && kind <= kLastKind && kind == std::floor(kind)
               ? static_cast<Value::Kind>(static_cast<int>(kind))
               : Value::Kind::kOther;
  if (v.kind == Value::Kind::kNumber) v.number = value_slots[2 * slot + 1];
  if (v.kind == Value::Kind::kString) v.text = value_texts[slot];
  return v;
}

// A slot's index: a whole number in [-1, 2^31), else -2 (out of range for every list).
int index_in(double v) { return v >= -1 && v < 2147483648.0 && v == std::floor(v) ? static_cast<int>(v) : -2; }

// The entry at a slot's index, or nullptr: -1 (not given), or (`bad`) out of range.
template <class T>
const T* entry_at(const std::vector<T>& items, double slot, bool& bad) {
  const int i = index_in(slot);
  if (i >= 0 && static_cast<std::size_t>(i) < items.size()) return &items[i];
  bad = bad || i != -1;
  return nullptr;
}

// api.js writes only indices it found in the catalog: an index out of range, or a role or
// country not given, is a fault of the caller (internal), not an id to look for.
bool set_profile() {
  const auto& packs = library().packs;
  const int dataset = index_in(profile_slots[kDataset]), size = index_in(profile_slots[kSize]),
            employer = index_in(profile_slots[kEmployer]);
  Current& c = current();
  bool bad = dataset < 0 || static_cast<std::size_t>(dataset) >= packs.size() || size < -1 ||
             size > 2 || employer < 0 || employer > 1;
  if (!bad) {
    const salary::DataPack& p = *packs[dataset];
    salary::PackProfile profile;
    profile.years = profile_slots[kYears];
    profile.role = entry_at(p.roles, profile_slots[kRole], bad);
    profile.country = entry_at(p.countries, profile_slots[kCountry], bad);
    profile.city = entry_at(p.cities, profile_slots[kCity], bad);
    profile.company = entry_at(p.companies, profile_slots[kCompany], bad);
    if (size >= 0) profile.company_size.assign(1, "SML"[size]);
    profile.currency = entry_at(p.currencies, profile_slots[kCurrency], bad);
    profile.us_remote = employer == 1;
    bad = bad || profile.role == nullptr || profile.country == nullptr;
    c.profile = std::move(profile);
    c.pack = &p;
  }
  if (bad) {
    c.error = Error{"internal", "profile", "profile: an index out of range"};
    return false;
  }
  c.error.reset();
  return true;
}

// The slow path: any profile value, checked by the core (`ignore_years`: see parse_profile). The
// profile is value 0; an object's fields are values 1-9, in the order of ProfileInput.
bool set_profile_value(bool ignore_years) {
  salary::ProfileInput input;
  input.self = value_at(0);
  if (input.self.kind == Value::Kind::kObject) {
    Value* const fields[] = {&input.dataset, &input.years,        &input.role,
                             &input.country, &input.city,         &input.company,
                             &input.company_size, &input.currency, &input.employer};
    for (int i = 0; i < 9; ++i) *fields[i] = value_at(i + 1);
  }
  resolve(salary::parse_profile(input, ignore_years));
  return !current().error;
}

// ---- Calls on the current profile ----

std::uintptr_t estimate() {
  Record& r = record();
  r.clear();
  const Current& c = current();
  const salary::Result<salary::Estimate> e =
      c.error ? salary::Result<salary::Estimate>(*c.error) : salary::estimate(*c.pack, c.profile);
  e.ok() ? put_estimate(r, *c.pack, e.value()) : put_error(r, e.error());
  return r.finish();
}

std::uintptr_t tiers() {
  Record& r = record();
  r.clear();
  const Current& c = current();
  const salary::Result<std::array<salary::Estimate, 3>> t =
      c.error ? salary::Result<std::array<salary::Estimate, 3>>(*c.error) : salary::tiers(*c.pack, c.profile);
  for (std::size_t i = 0; i < 3; ++i) t.ok() ? put_estimate(r, *c.pack, t.value()[i]) : put_error(r, t.error());
  return r.finish();
}

// levers(): the number of levers, then each: id, the changed fields (count, then name and
// value, years as text), the changed total and its monthly salaries a year, delta, delta
// percent, the purchasing power change (a flag, then the percent), source and confidence.
std::uintptr_t levers() {
  Record& r = record();
  r.clear();
  const Current& c = current();
  const salary::Result<std::vector<salary::Lever>> l =
      c.error ? salary::Result<std::vector<salary::Lever>>(*c.error) : salary::levers(*c.pack, c.profile);
  if (!l.ok()) {
    put_error(r, l.error());
    return r.finish();
  }
  r.number(1);
  r.number(static_cast<double>(l.value().size()));
  for (const salary::Lever& lever : l.value()) {
    r.string(lever.id);
    r.number(static_cast<double>(lever.change.size()));
    for (const auto& [field, value] : lever.change) {
      r.string(field);
      r.string(value);
    }
    r.quantiles(lever.estimate.total);
    r.number(lever.estimate.pay_months);
    r.number(lever.delta);
    r.number(lever.delta_percent);
    r.number(lever.real_delta_percent ? 1 : 0);
    if (lever.real_delta_percent) r.number(*lever.real_delta_percent);
    r.string(lever.source);
    r.string(lever.estimate.confidence);
  }
  return r.finish();
}

// The curve from value 0 to value 1 (years).
std::uintptr_t curve() {
  Record& r = record();
  r.clear();
  const salary::Result<salary::YearsRange> range = salary::years_range(value_at(0), value_at(1));
  const Current& c = current();
  const auto points = !range.ok() ? salary::Result<std::vector<salary::CurvePoint>>(range.error())
                      : c.error   ? salary::Result<std::vector<salary::CurvePoint>>(*c.error)
                                  : salary::curve(*c.pack, c.profile, range.value().from, range.value().to);
  if (!points.ok()) {
    put_error(r, points.error());
    return r.finish();
  }
  r.number(1);
  r.number(static_cast<double>(points.value().size()));
  for (const salary::CurvePoint& p : points.value()) {
    r.number(p.years);
    r.quantiles(p.base, false);
    r.quantiles(p.total, false);
  }
  return r.finish();
}

// The percentile of value 0 (an amount) in value 1 (a component).
std::uintptr_t percentile() {
  Record& r = record();
  r.clear();
  const salary::Result<salary::PercentileQuery> query = salary::percentile_query(value_at(0), value_at(1));
  const Current& c = current();
  const auto answer = !query.ok() ? salary::Result<salary::PercentileAnswer>(query.error())
                      : c.error   ? salary::Result<salary::PercentileAnswer>(*c.error)
                                  : salary::percentile(*c.pack, c.profile, query.value());
  if (!answer.ok()) {
    put_error(r, answer.error());
    return r.finish();
  }
  r.number(1);
  r.number(answer.value().percentile);
  r.number(answer.value().amount);
  r.string(answer.value().component);
  r.string(answer.value().currency);
  return r.finish();
}

// ---- Packs and the catalog ----

// Adds a binary pack (made by the pack compiler from JSON text), replacing one of the same id:
// [1, replaced] and its id, or an error (within the library's bounds: core/library.h).
std::uintptr_t load_pack(const std::string& bytes) {
  Record& r = record();
  r.clear();
  salary::Result<salary::DataPack> pack = salary::read_binary_pack(bytes);
  const auto added = pack.ok() ? salary::add_pack(library(), std::move(pack.value()), bytes.size())
                               : salary::Result<salary::AddedPack>(pack.error());
  if (!added.ok()) {
    put_error(r, added.error());
    return r.finish();
  }
  forget_profile();  // (its pointers are into the packs as they were)
  r.number(1);
  r.number(added.value().replaced ? 1 : 0);
  r.string(added.value().id);
  return r.finish();
}

// Removes the loaded pack whose id is value 0: [1, restored] (a built-in pack it replaced is
// back), or an error.
std::uintptr_t unload_pack() {
  Record& r = record();
  r.clear();
  const Value v = value_at(0);
  const salary::Result<bool> removed =
      v.kind == Value::Kind::kString
          ? salary::remove_pack(library(), v.text)
          : salary::Result<bool>(Error{"invalid_type", "id", "id: must be the id of a loaded data pack, got " + salary::type_name(v)});
  if (!removed.ok()) {
    put_error(r, removed.error());
    return r.finish();
  }
  forget_profile();
  r.number(1);
  r.number(removed.value() ? 1 : 0);
  return r.finish();
}

template <class T>
void put_ids(Record& r, const std::vector<T>& items) {
  r.number(static_cast<double>(items.size()));
  for (const T& item : items) r.string(item.id);
}

template <class T>
void put_labels(Record& r, const T& item) {
  r.string(item.id);
  r.string(item.label);
  r.string(item.label_zh);
}

// The catalog, in the order api.js reads it (readCatalog).
std::uintptr_t catalog() {
  Record& r = record();
  r.clear();
  const salary::Library& lib = library();
  r.number(static_cast<double>(lib.packs.size()));
  for (const auto& held : lib.packs) {
    const salary::DataPack& p = *held;
    for (const std::string* s : {&p.id, &p.label, &p.label_zh, &p.as_of, &p.currency}) r.string(*s);
    r.number(static_cast<double>(p.sources.size()));
    for (const salary::Source& s : p.sources) {
      for (const std::string* t : {&s.id, &s.title, &s.url, &s.licence, &s.as_of, &s.title_zh, &s.licence_zh}) {
        r.string(*t);
      }
    }
    put_ids(r, p.roles);
    put_ids(r, p.countries);
    put_ids(r, p.cities);
    put_ids(r, p.companies);
    put_ids(r, p.company_sizes);
    put_ids(r, p.currencies);
    r.number(p.remote_reference.empty() ? 0 : 1);
    r.number(static_cast<double>(p.levels.size()));
    for (const salary::Level& l : p.levels) {
      put_labels(r, l);
      r.number(l.from_years);
      r.number(l.to_years ? *l.to_years : NAN);
      r.number(l.anchor_years);
    }
  }
  const auto& tiers = salary::tiers_definition();
  r.number(static_cast<double>(tiers.size()));
  for (const salary::Tier& t : tiers) {
    r.string(t.id);
    r.number(t.from_years);
    r.number(std::isinf(t.to_years) ? NAN : t.to_years);
    r.number(t.typical_years);
  }
  const salary::CatalogEntries entries = salary::catalog_entries(lib);
  r.number(static_cast<double>(entries.roles.size()));
  for (const salary::Role* role : entries.roles) {
    put_labels(r, *role);
    r.number(static_cast<double>(role->titles.size()));
    for (const std::string& t : role->titles) r.string(t);
  }
  r.number(static_cast<double>(entries.countries.size()));
  for (const salary::Country* c : entries.countries) {
    put_labels(r, *c);
    r.string(c->currency);
    r.string(c->region);
    r.number(c->pay_months);
    r.number(c->borrowed ? 1 : 0);
    r.number(c->remote ? 1 : 0);
  }
  r.number(static_cast<double>(entries.cities.size()));
  for (const salary::City* c : entries.cities) {
    put_labels(r, *c);
    r.string(c->country);
  }
  r.number(static_cast<double>(entries.companies.size()));
  for (const salary::Company* c : entries.companies) {
    put_labels(r, *c);
    r.string(c->tier);
    r.string(c->size);
    r.number(static_cast<double>(c->countries.size()));
    for (const std::string& country : c->countries) r.string(country);
  }
  r.number(static_cast<double>(entries.company_sizes.size()));
  for (const salary::CompanySize* s : entries.company_sizes) put_labels(r, *s);
  r.number(static_cast<double>(entries.currencies.size()));
  for (const std::string& c : entries.currencies) r.string(c);
  return r.finish();
}

std::string version() { return SALARY_VERSION; }

// The types the functions below pass, registered here instead of by libembind, which this module
// does not link (web/CMakeLists.txt; Emscripten 3.1.6's bind.cpp registers every builtin type).
// web/embind-lean.js is the JS side of these registrations, for these five types only. bind()
// refuses, at compile time, a function that passes any other type; a registration embind-lean.js
// does not have (a class, a value_object) fails the link as an undefined symbol.
template <class T>
constexpr bool kRegistered = std::is_same_v<T, void> || std::is_same_v<T, bool> || std::is_same_v<T, int> ||
                             std::is_same_v<T, unsigned long> || std::is_same_v<T, std::string>;

template <class Result, class... Args>
void bind(const char* name, Result (*function)(Args...)) {
  static_assert(kRegistered<Result> && (kRegistered<std::decay_t<Args>> && ...),
                "a type that EMSCRIPTEN_BINDINGS(builtin_types) does not register");
  emscripten::function(name, function);
}

}  // namespace

// Before the functions (static initialisers of one file run in order): embind-lean.js looks a
// function's types up when it is bound, and stops the module's start if one is missing.
EMSCRIPTEN_BINDINGS(builtin_types) {
  using namespace emscripten::internal;
  _embind_register_void(TypeID<void>::get(), "void");
  _embind_register_bool(TypeID<bool>::get(), "bool", sizeof(bool), true, false);
  _embind_register_integer(TypeID<int>::get(), "int", sizeof(int), INT_MIN, INT_MAX);
  _embind_register_integer(TypeID<unsigned long>::get(), "unsigned long", sizeof(unsigned long), 0, ULONG_MAX);
  _embind_register_std_string(TypeID<std::string>::get(), "std::string");
}

EMSCRIPTEN_BINDINGS(salary_core) {
  bind("version", &version);
  bind("profileSlots", &profile_slots_address);
  bind("valueSlots", &value_slots_address);
  bind("setText", &set_text);
  bind("setProfile", &set_profile);
  bind("setProfileValue", &set_profile_value);
  bind("estimate", &estimate);
  bind("tiers", &tiers);
  bind("levers", &levers);
  bind("curve", &curve);
  bind("percentile", &percentile);
  bind("loadPack", &load_pack);
  bind("unloadPack", &unload_pack);
  bind("catalog", &catalog);
}
