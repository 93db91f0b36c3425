// Errors as values: every fallible core function returns Result<T>.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace salary {

/// A failure the caller can show to a person and test against.
/// `code` is stable (tests and the JS API rely on it), `field` names the input at fault
/// (a profile field such as "years", or a JSON path such as "/cells/3/base/p50"), and
/// `message` is one human sentence that names the field.
struct Error {
  std::string code;
  std::string field;
  std::string message;
};

/// Either a value or an Error. Example:
///   Result<int> r = parse_count("12");
///   if (!r.ok()) return r.error();
template <class T>
class [[nodiscard]] Result {
 public:
  // (By reference: `return value;` of a local moves it once, where a by-value parameter
  // took a move of its own first.)
  Result(const T& value) : state_(value) {}              // NOLINT: implicit by design
  Result(T&& value) : state_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  const T& value() const { return std::get<0>(state_); }
  T& value() { return std::get<0>(state_); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace salary
