#include "json_read.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace salary {

using nlohmann::json;

Value value_of(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return {Value::Kind::kNull, 0, {}};
    case json::value_t::object: return {Value::Kind::kObject, 0, {}};
    case json::value_t::array: return {Value::Kind::kArray, 0, {}};
    case json::value_t::string: return Value::of_string(value.get<std::string>());
    case json::value_t::boolean: return {Value::Kind::kBoolean, 0, {}};
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return Value::of_number(value.get<double>());
    default: return {Value::Kind::kOther, 0, {}};
  }
}

std::string type_name(const json& value) {
  if (value.is_string()) return "a string";  // without copying the text
  return type_name(value_of(value));
}

Result<Profile> parse_profile(const json& value, bool ignore_years) {
  ProfileInput input;
  input.self = value.is_object() ? Value{Value::Kind::kObject, 0, {}} : value_of(value);
  if (value.is_object()) {
    const std::pair<const char*, Value*> fields[] = {
        {"dataset", &input.dataset}, {"years", &input.years},     {"role", &input.role},
        {"country", &input.country}, {"city", &input.city},       {"company", &input.company},
        {"companySize", &input.company_size}, {"currency", &input.currency},
        {"employer", &input.employer}};
    for (const auto& [key, out] : fields) {
      const auto it = value.find(key);
      if (it != value.end()) *out = value_of(*it);
    }
  }
  return parse_profile(input, ignore_years);
}

bool Reader::fail(const std::string& code, const std::string& path, const std::string& message) {
  if (!error_) error_ = Error{code, path, message};
  return false;
}

bool Reader::object(const json& value, const std::string& path) {
  if (value.is_object()) return true;
  return fail("invalid_type", path, path + ": must be an object, got " + type_name(value));
}

const json* Reader::member(const json& obj, const char* key, const std::string& path,
                           Presence presence) {
  const auto it = obj.find(key);
  if (it == obj.end() || (presence == Presence::kOptional && it->is_null())) {
    if (presence == Presence::kRequired) {
      fail("missing_field", path + "/" + key, path + "/" + key + ": is required");
    }
    return nullptr;
  }
  return &*it;
}

bool Reader::object_at(const json& obj, const char* key, const std::string& path) {
  const json* v = member(obj, key, path, Presence::kRequired);
  return v != nullptr && object(*v, path + "/" + key);
}

const json* Reader::array(const json& obj, const char* key, const std::string& path,
                          Presence presence) {
  const json* v = member(obj, key, path, presence);
  if (v == nullptr || v->is_array()) return v;
  const std::string at = path + "/" + key;
  fail("invalid_type", at, at + ": must be an array, got " + type_name(*v));
  return nullptr;
}

bool Reader::number(const json& obj, const char* key, const std::string& path, double& out) {
  const json* v = member(obj, key, path, Presence::kRequired);
  if (v == nullptr) return false;
  const std::string at = path + "/" + key;
  if (!v->is_number()) return fail("invalid_type", at, at + ": must be a number, got " + type_name(*v));
  out = v->get<double>();
  if (!std::isfinite(out)) return fail("invalid_value", at, at + ": must be a finite number");
  return true;
}

bool Reader::optional_number(const json& obj, const char* key, const std::string& path,
                             std::optional<double>& out) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    out.reset();
    return true;
  }
  double value = 0;
  if (!number(obj, key, path, value)) return false;
  out = value;
  return true;
}

bool Reader::count(const json& obj, const char* key, const std::string& path, long long& out,
                   Presence presence) {
  if (presence == Presence::kOptional && member(obj, key, path, presence) == nullptr) return true;
  double value = 0;
  if (!number(obj, key, path, value)) return false;
  if (value < 0 || value > 1e15 || std::floor(value) != value) {
    const std::string at = path + "/" + key;
    return fail("invalid_value", at, at + ": must be a whole number >= 0");
  }
  out = static_cast<long long>(value);
  return true;
}

bool Reader::string(const json& obj, const char* key, const std::string& path, std::string& out,
                    Presence presence) {
  const json* v = member(obj, key, path, presence);
  if (v == nullptr) return presence == Presence::kOptional && ok();
  if (!v->is_string()) {
    const std::string at = path + "/" + key;
    return fail("invalid_type", at, at + ": must be a string, got " + type_name(*v));
  }
  if (v->get_ref<const std::string&>().size() > kMaxTextBytes) {
    const std::string at = path + "/" + key;
    return fail("too_large", at, at + ": longer than " + std::to_string(kMaxTextBytes) + " bytes");
  }
  out = v->get<std::string>();
  return true;
}

bool Reader::string_list(const json& obj, const char* key, const std::string& path,
                         std::vector<std::string>& out, Presence presence) {
  const json* list = array(obj, key, path, presence);
  if (list == nullptr) return presence == Presence::kOptional && ok();
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    if (!item.is_string()) {
      const std::string at = path + "/" + key + "/" + std::to_string(i);
      return fail("invalid_type", at, at + ": must be a string, got " + type_name(item));
    }
    if (item.get_ref<const std::string&>().size() > kMaxTextBytes) {
      const std::string at = path + "/" + key + "/" + std::to_string(i);
      return fail("too_large", at, at + ": longer than " + std::to_string(kMaxTextBytes) + " bytes");
    }
    out.push_back(item.get<std::string>());
  }
  return true;
}

bool Reader::boolean(const json& obj, const char* key, const std::string& path, bool& out,
                     Presence presence) {
  const json* v = member(obj, key, path, presence);
  if (v == nullptr) return presence == Presence::kOptional && ok();
  if (!v->is_boolean()) {
    const std::string at = path + "/" + key;
    return fail("invalid_type", at, at + ": must be true or false, got " + type_name(*v));
  }
  out = v->get<bool>();
  return true;
}

}  // namespace salary
