// WarcRecord: one WARC/1.1 record (ISO 28500:2017) as ordered header fields plus a
// block, and the pure functions that build, digest and serialise records. Values are
// plain data: thread-safe to copy, no shared state. The clock and the record ids are
// injected (WarcClock, RecordIdGenerator) so a test can compare records byte for byte.
//
//   HttpCapture c = ...;                       // what http_client.h captured
//   std::string req_id = ids(), resp_id = ids();
//   WarcRecord req = MakeRequestRecord(c, req_id, resp_id);
//   WarcRecord resp = MakeResponseRecord(c, resp_id, req_id);
//   std::string bytes = SerializeWarcRecord(resp);   // "WARC/1.1\r\n...\r\n\r\n"
//
// Digests. WARC-Block-Digest covers the whole block. WARC-Payload-Digest covers the HTTP
// entity body: the bytes after the response head, with chunked transfer-coding removed
// (RFC 9112 §7.1) but Content-Encoding kept. The block itself keeps the chunked bytes
// exactly as the server sent them. We chose the dechunked body because it is what the
// WARC 1.1 text calls the payload and because it makes the same document served chunked
// and unchunked share a digest (so revisits dedupe it); wget digests the raw bytes
// instead, so its payload digests differ from ours for chunked responses.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace provscore::fetch {

using TimePoint = std::chrono::system_clock::time_point;
// Returns "now"; WARC-Date and file names come from it.
using WarcClock = std::function<TimePoint()>;
// Returns a fresh "<urn:uuid:...>" record id on every call. Must be thread-safe.
using RecordIdGenerator = std::function<std::string()>;

WarcClock SystemWarcClock();
// Random (version 4) UUIDs from a per-generator PRNG seeded by std::random_device.
RecordIdGenerator RandomRecordIds();

// "2024-03-01T12:00:05Z" (WARC-Date, second precision, UTC).
std::string FormatWarcDate(TimePoint t);
// "20240301120005": the 14-digit timestamp CDXJ and file names use.
std::string FormatTimestamp14(TimePoint t);
// Parses WARC-Date (fractional seconds accepted, dropped).
Result<TimePoint> ParseWarcDate(std::string_view s);

// "sha1:" + RFC 4648 base32 of SHA-1(data): 32 upper-case characters, as wget/warcio.
std::string Sha1Base32Digest(std::string_view data);

inline constexpr std::string_view kRevisitServerNotModified =
    "http://netpreserve.org/warc/1.1/revisit/server-not-modified";
inline constexpr std::string_view kRevisitIdenticalPayload =
    "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";

struct WarcRecord {
  std::string version = "WARC/1.1";
  // Named fields in write order. Content-Length is computed by SerializeWarcRecord.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string block;

  // First field with this name (case-insensitive), or nullopt.
  std::optional<std::string_view> Header(std::string_view name) const;
  // Replaces the first field with this name, or appends it.
  void SetHeader(std::string_view name, std::string value);
  std::string_view Type() const { return Header("WARC-Type").value_or(""); }
};

// Version line, fields, Content-Length, blank line, block, CRLF CRLF.
std::string SerializeWarcRecord(const WarcRecord& record);

// One HTTP exchange as captured on the wire (one hop of a redirect chain).
struct HttpCapture {
  std::string target_uri;
  std::string ip_address;   // WARC-IP-Address; empty when unknown
  TimePoint date;           // when the request was sent
  std::string request_head;   // request line + fields + CRLF CRLF, as sent
  std::string request_body;   // empty for GET
  std::string response_head;  // status line + fields + CRLF CRLF, as received
  std::string response_body;  // as received: chunking and Content-Encoding kept
  bool truncated = false;     // body cut at the size limit -> WARC-Truncated: length
  std::string truncated_reason = "length";
};

// The record a revisit points at.
struct RevisitTarget {
  std::string record_id;     // WARC-Refers-To
  std::string target_uri;    // WARC-Refers-To-Target-URI
  std::string date;          // WARC-Refers-To-Date (WARC-Date of the original)
  std::string payload_digest;  // the original's WARC-Payload-Digest (may be empty)
};

// `fields` are "name: value" pairs for the application/warc-fields block.
WarcRecord MakeWarcinfoRecord(std::string_view filename, TimePoint date, std::string record_id,
                              const std::vector<std::pair<std::string, std::string>>& fields);
WarcRecord MakeRequestRecord(const HttpCapture& capture, std::string record_id,
                             std::string concurrent_to);
WarcRecord MakeResponseRecord(const HttpCapture& capture, std::string record_id,
                              std::string concurrent_to);
// A revisit keeps only the response head as its block. `profile` is one of the
// kRevisit* constants. WARC-Payload-Digest is the original's when known.
WarcRecord MakeRevisitRecord(const HttpCapture& capture, std::string record_id,
                             std::string concurrent_to, std::string_view profile,
                             const RevisitTarget& target);

// WARC-Payload-Digest of a response capture (see the header comment for what it covers).
std::string ResponsePayloadDigest(const HttpCapture& capture);

}  // namespace provscore::fetch
