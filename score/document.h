// The pipeline's input and the per-document problems it can report.
// A SourceDocument is the raw bytes of one article plus what is known about where
// they came from; nothing in it has been decoded or parsed. Plain value types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace provscore {

enum class ContentKind { kHtml, kText };

// Where a document read from a web archive (WARC) was stored; empty for files and stdin.
struct ArchiveOrigin {
  std::string fetched_at;               // WARC-Date of the capture, e.g. "2024-03-01T12:00:05Z"
  std::string warc_file;                // the WARC file's base name, as in CDXJ lines
  std::optional<uint64_t> warc_offset;  // where the record (its gzip member) starts in that file
  std::string warc_record_id;           // WARC-Record-ID, "<urn:uuid:...>"
};

struct SourceDocument {
  std::string path;              // as the user named it; "-" for standard input
  std::string url;               // where it was fetched from, or empty
  ContentKind kind = ContentKind::kHtml;
  std::string declared_charset;  // charset from an HTTP Content-Type header, or empty
  std::string bytes;             // the raw bytes, exactly as read
  ArchiveOrigin archive;         // set when read from a WARC record
};

// A per-document problem: recorded in the profile's "errors", never thrown.
// Codes are stable snake_case identifiers that outside tools may match on.
struct DocumentError {
  std::string code;     // e.g. "empty_input", "invalid_utf8", "binary_input"
  std::string message;  // one sentence for a person
};

// Stable error codes.
inline constexpr char kErrEmptyInput[] = "empty_input";
inline constexpr char kErrBinaryInput[] = "binary_input";
inline constexpr char kErrInvalidUtf8[] = "invalid_utf8";
inline constexpr char kErrCharsetUnknown[] = "charset_unknown";
inline constexpr char kErrParseFailed[] = "parse_failed";
inline constexpr char kErrNoText[] = "no_text";
inline constexpr char kErrReadFailed[] = "read_failed";
inline constexpr char kErrTooLarge[] = "too_large";
inline constexpr char kErrLimitExceeded[] = "limit_exceeded";  // the message names the limit

}  // namespace provscore
