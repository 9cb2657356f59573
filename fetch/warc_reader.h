// WarcReader: iterates the records of a .warc or .warc.gz file, one at a time, without
// loading the file (memory is bounded by the largest record). Reads one-member-per-record
// gzip (what provscore and wget write), a single gzip stream holding every record (what
// some tools write), and uncompressed WARC. A torn tail -- the file ends inside a record
// or a gzip member, as after a crash -- ends iteration and is reported, not an error.
// Not thread-safe; open one reader per thread.
//
//   Result<std::unique_ptr<WarcReader>> r = WarcReader::Open(path);
//   ReadRecord rec;
//   while ((*r)->Next(&rec)) Use(rec.record, rec.offset, rec.length);
//   if (!(*r)->status().ok()) ...;           // malformed data before the end
//   if ((*r)->torn_tail()) ...;              // where the last complete record ends
//   auto one = WarcReader::Open(path, cdxj.offset);   // starts at a record (from the index)
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "fetch/warc_record.h"

namespace provscore::fetch {

struct ReadRecord {
  WarcRecord record;     // headers (Content-Length included, as read) and block
  uint64_t offset = 0;   // file offset of the record: its gzip member's first byte
  // Bytes from `offset` to the end of the record (its gzip member). For a single-stream
  // gzip file, records share one member and cannot be addressed alone: 0.
  uint64_t length = 0;
  // The block was longer than the reader's max_block_bytes: record.block holds its
  // first max_block_bytes (the record's headers still give the declared length).
  bool block_cut = false;
};

struct TornTail {
  uint64_t valid_end = 0;   // the file is a valid archive up to this offset
  uint64_t file_size = 0;
  std::string reason;
};

class WarcReader {
 public:
  // Reads from `offset`, which must be where a record (its gzip member) starts, as
  // written in CDXJ lines and the state database; 0 reads the whole file. A record's
  // block beyond `max_block_bytes` is read through but not kept (ReadRecord::block_cut),
  // which bounds memory whatever a Content-Length or a gzip member says.
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path, uint64_t offset = 0,
                                                  uint64_t max_block_bytes = kDefaultMaxBlockBytes);
  static constexpr uint64_t kDefaultMaxBlockBytes = 256ULL << 20;
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // Reads the next record into *out. False at the end, at a torn tail, or on error.
  bool Next(ReadRecord* out);
  // Non-ok when a record in the middle of the file is malformed (kParseError).
  const Status& status() const { return status_; }
  const std::optional<TornTail>& torn_tail() const { return torn_; }
  bool gzipped() const;
  // Offset just past the last complete record returned so far.
  uint64_t valid_end() const { return valid_end_; }

 private:
  class Source;
  explicit WarcReader(std::unique_ptr<Source> source);
  std::unique_ptr<Source> source_;
  Status status_;
  std::optional<TornTail> torn_;
  uint64_t valid_end_ = 0;
  uint64_t record_pos_ = 0;  // decoded offset where the next record starts
  uint64_t max_block_bytes_ = kDefaultMaxBlockBytes;
  bool done_ = false;
};

// What an HTTP response (or request) record carries once decoded for use.
struct HttpPayload {
  int status = 0;                   // 0 for requests
  std::string head;                 // the raw HTTP head
  std::string content_type;         // Content-Type field value, "" when absent
  std::string body;                 // chunking removed, gzip/deflate decoded
  bool content_decoded = true;      // false when the content-coding is unsupported
  bool body_cut = false;            // decoding stopped at max_body_bytes (a gzip bomb, say)
};

// Splits a response/request/revisit record block into its HTTP head and the decoded
// payload. kParseError when the block does not start with an HTTP head. A
// Content-Encoding is decoded up to `max_body_bytes` (HttpPayload::body_cut).
Result<HttpPayload> DecodeHttpPayload(const WarcRecord& record, size_t max_body_bytes = 64ULL << 20);

}  // namespace provscore::fetch
