// gzip members: compress one buffer into one complete member with libdeflate (whole-buffer
// DEFLATE, 2-3x faster than zlib at a similar ratio; compression dominates archiving
// time), and inflate with zlib a stream that may hold many members back to back (RFC 1952
// allows it; .warc.gz uses one member per record so each record can be read from its
// offset alone).
// Not thread-safe per object; separate objects may be used from separate threads.
//
//   Result<std::string> member = GzipCompress(record_bytes, 6);
//   GzipInflater inflater;  inflater.Feed(chunk, &out)  -> consumed bytes, member_end flag
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace provscore::fetch::internal {

// One complete gzip member holding `data` (level 0..12: libdeflate's levels; 0 stores,
// 1 is fastest, 6 is zlib's default trade-off, 10-12 are slow and small).
Result<std::string> GzipCompress(std::string_view data, int level);

// Whole-buffer helpers for Content-Encoding: gzip (any number of members) and deflate
// (zlib-wrapped, or raw as some servers send). Fail on corrupt or truncated input.
// Output stops at `max_out` bytes (a gzip bomb costs no more), and *truncated is then
// set when given.
Result<std::string> GunzipAll(std::string_view data, size_t max_out = SIZE_MAX, bool* truncated = nullptr);
Result<std::string> InflateDeflate(std::string_view data, size_t max_out = SIZE_MAX, bool* truncated = nullptr);

// Streaming gzip inflater that stops at each member boundary so the caller can note
// member offsets. Owns its z_stream (RAII).
class GzipInflater {
 public:
  GzipInflater();
  ~GzipInflater();
  GzipInflater(const GzipInflater&) = delete;
  GzipInflater& operator=(const GzipInflater&) = delete;

  struct Step {
    size_t consumed = 0;      // bytes of `in` used
    bool member_end = false;  // the current member's trailer (CRC, size) was verified
  };
  // Inflates from `in`, appending output to `out`, until `in` is used up or a member
  // ends. After member_end the next call starts a new member. Errors are kParseError.
  Result<Step> Feed(std::string_view in, std::string* out);
  // True between the first byte of a member and its verified trailer.
  bool in_member() const { return in_member_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  bool in_member_ = false;
};

}  // namespace provscore::fetch::internal
