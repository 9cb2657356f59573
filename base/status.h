// Status and Result<T>: how provscore libraries report failure across their
// boundaries. Exceptions never cross a library boundary; third-party failures
// (CURLcode, a null GumboOutput, a Boost.JSON parse error) are wrapped where they
// happen into one of these codes.
//
//   Result<Article> r = extractor.Extract(doc);
//   if (!r.ok()) return r.status();
//   Use(r.value());
//
// Thread-safe as values: copy freely, no shared state.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace provscore {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller (or the user) gave something unusable
  kNotFound,         // a file, rule or record that should exist does not
  kParseError,       // input data is malformed (JSON, HTML, a rule pattern)
  kIoError,          // the operating system refused a read or write
  kUnsupported,      // valid input the tool does not handle (yet)
  kInternal,         // a bug: an invariant did not hold
};

const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse_error: rules/x.json:3: unknown field" — for logs and user messages.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status ParseError(std::string m) { return {StatusCode::kParseError, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// Either a value or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace provscore
