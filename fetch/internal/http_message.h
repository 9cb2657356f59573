// Parsing of HTTP/1.x message heads and bodies as stored in WARC request/response blocks:
// the head as raw bytes, chunked transfer-coding, and gzip/deflate content-coding.
// Pure functions, thread-safe.
//
//   Result<HttpHead> head = ParseHttpHead(block);
//   std::string entity = EntityBody(*head, block.substr(head->length));   // dechunked
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace provscore::fetch::internal {

struct HttpHead {
  std::string start_line;  // "HTTP/1.1 200 OK" or "GET /path HTTP/1.1"
  int status = 0;          // responses only; 0 for requests
  std::vector<std::pair<std::string, std::string>> fields;  // in order, values trimmed
  size_t length = 0;       // bytes of the head including the blank line

  // First field with this name (case-insensitive).
  std::optional<std::string_view> Field(std::string_view name) const;
};

// Parses a head ending in CRLF CRLF (a bare LF LF is accepted too). kParseError when no
// blank line is found or the start line is not HTTP.
Result<HttpHead> ParseHttpHead(std::string_view bytes);

// Decodes chunked transfer-coding. Stops at the first malformed or missing chunk and
// returns what was decoded; `*complete` (optional) tells whether the last chunk and
// trailer were seen. Tolerant by design: a truncated capture still has a payload.
std::string Dechunk(std::string_view body, bool* complete = nullptr);

// True when Transfer-Encoding lists "chunked".
bool IsChunked(const HttpHead& head);

// The entity body of a message: `body` with chunked transfer-coding removed when the
// head declares it (Content-Encoding is kept). This is what WARC-Payload-Digest covers.
std::string EntityBody(const HttpHead& head, std::string_view body);

// Removes gzip / x-gzip / deflate content-coding (several codings are undone in reverse
// order). kUnsupported for other codings (br, zstd); kParseError for corrupt data.
// Each decoding stops at `max_out` bytes, setting *truncated when given.
Result<std::string> DecodeContentEncoding(std::string_view body, std::string_view codings,
                                          size_t max_out = SIZE_MAX, bool* truncated = nullptr);

}  // namespace provscore::fetch::internal
