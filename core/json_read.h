// Type-checked reads from nlohmann::json that record the first failure with its JSON path,
// instead of throwing as json::at() / get<T>() do. Internal to core.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "estimate.h"
#include "result.h"
#include "value.h"

namespace salary {

enum class Presence { kRequired, kOptional };

/// The kind and number or text of a JSON value (see value.h).
Value value_of(const nlohmann::json& value);

/// "a string", "a number", "null", ... for messages such as "must be a number, got a string".
std::string type_name(const nlohmann::json& value);

/// parse_profile (estimate.h) of a JSON value: the native form of the JS API's profile. Only
/// the known fields are read, never copied whole (a field nested 100,000 deep is no deeper
/// for it). `ignore_years`: for tiers() and curve(), which set the years themselves.
/// Example: parse_profile({{"years", "six"}}).error().field == "years"
Result<Profile> parse_profile(const nlohmann::json& value, bool ignore_years = false);

class Reader {
 public:
  bool ok() const { return !error_.has_value(); }
  const Error& error() const { return *error_; }

  /// Records the first failure only; always returns false so callers can `return r.fail(...)`.
  bool fail(const std::string& code, const std::string& path, const std::string& message);

  bool object(const nlohmann::json& value, const std::string& path);
  bool object_at(const nlohmann::json& obj, const char* key, const std::string& path);
  const nlohmann::json* array(const nlohmann::json& obj, const char* key, const std::string& path,
                              Presence presence);
  bool number(const nlohmann::json& obj, const char* key, const std::string& path, double& out);
  bool optional_number(const nlohmann::json& obj, const char* key, const std::string& path,
                       std::optional<double>& out);
  bool count(const nlohmann::json& obj, const char* key, const std::string& path, long long& out,
             Presence presence = Presence::kRequired);
  /// Strings of a pack are at most this long (the longest in data/ is under 300 bytes): a
  /// label of megabytes would be copied into every catalog.
  static constexpr std::size_t kMaxTextBytes = 1000;
  bool string(const nlohmann::json& obj, const char* key, const std::string& path,
              std::string& out, Presence presence = Presence::kRequired);
  bool string_list(const nlohmann::json& obj, const char* key, const std::string& path,
                   std::vector<std::string>& out, Presence presence = Presence::kRequired);
  bool boolean(const nlohmann::json& obj, const char* key, const std::string& path, bool& out,
               Presence presence = Presence::kRequired);

 private:
  const nlohmann::json* member(const nlohmann::json& obj, const char* key, const std::string& path,
                               Presence presence);
  std::optional<Error> error_;
};

}  // namespace salary
