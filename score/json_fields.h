// Typed reads of one field of a Boost.JSON object, for the files provscore reads
// (rules, scoring model, profiles): a field that is absent or of another type
// reads as empty, never as an error.
//
//   const std::string id(JsonString(rule, "id"));
//   if (JsonTrue(rule, "disabled")) ...
//   const double points = JsonNumber(effect, "points").value_or(0.0);
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string_view>

namespace provscore {

// The string, or "" (the view lives as long as the object).
inline std::string_view JsonString(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string_view(v->get_string()) : std::string_view();
}

// A number of any JSON representation (Boost reads 3 as int64, 3.5 as double).
inline std::optional<double> JsonNumber(const boost::json::value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_double()) return v->get_double();
  if (v->is_int64()) return static_cast<double>(v->get_int64());
  if (v->is_uint64()) return static_cast<double>(v->get_uint64());
  return std::nullopt;
}

inline std::optional<double> JsonNumber(const boost::json::object& o, std::string_view key) {
  return JsonNumber(o.if_contains(key));
}

// The field is present and `true`.
inline bool JsonTrue(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v != nullptr && v->is_bool() && v->get_bool();
}

inline const boost::json::object* JsonObject(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v != nullptr ? v->if_object() : nullptr;
}

inline const boost::json::array* JsonArray(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v != nullptr ? v->if_array() : nullptr;
}

}  // namespace provscore
