// Content hashing for stable ids. Thread-safe (no shared state).
//
//   std::string id = ContentId(bytes);   // "sha256:" + first 16 hex digits
#pragma once

#include <string>
#include <string_view>

namespace provscore {

// Lower-case hex SHA-256 of `data` (64 digits).
std::string Sha256Hex(std::string_view data);

// A profile id: the first 64 bits of SHA-256 over the input bytes, as 16 hex digits.
// The same bytes always give the same id, whatever their path.
std::string ContentId(std::string_view data);

}  // namespace provscore
