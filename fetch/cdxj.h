// CDXJ indexing in pywb's format: one line per response/revisit record,
//   SURTKEY TIMESTAMP14 {"url": ..., "mime": ..., "status": ..., "digest": ...,
//                        "length": ..., "offset": ..., "filename": ...}
// sorted byte-wise so a replay tool can binary-search it. SurtKey follows the surt
// package pywb uses (IA canonicaliser): lower-case, scheme and "www."/"wwwN." dropped,
// default port dropped, host labels reversed, fragment dropped, query args sorted,
// trailing slash of a non-root path dropped. Percent-decoding and session-id stripping
// are not applied (documented difference).
// CdxjIndex is thread-safe; the free functions are pure.
//
//   SurtKey("https://www.Example.com/a/?b=2&a=1")   // "com,example)/a?a=1&b=2"
//   auto index = CdxjIndex::Open(dir + "/index.cdxj");
//   (*index)->Append(entry);  ...  (*index)->Close();   // sorts the file
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "fetch/warc_reader.h"

namespace provscore::fetch {

// kInvalidArgument when `url` has no scheme or host.
Result<std::string> SurtKey(std::string_view url);

struct CdxjEntry {
  std::string urlkey;      // SurtKey(url)
  std::string timestamp;   // 14 digits, from WARC-Date
  std::string url;
  std::string mime;        // Content-Type without parameters; "warc/revisit" for revisits
  std::string status;      // HTTP status, as text
  std::string digest;      // WARC-Payload-Digest without "sha1:"
  uint64_t length = 0;     // record (gzip member) length
  uint64_t offset = 0;     // record offset
  std::string filename;    // WARC file base name
};

// One line, without the trailing newline.
std::string FormatCdxjLine(const CdxjEntry& entry);
Result<CdxjEntry> ParseCdxjLine(std::string_view line);

// The entry for a response or revisit record; kNotFound for other record types.
Result<CdxjEntry> CdxjEntryFor(const WarcRecord& record, uint64_t offset, uint64_t length,
                               std::string_view filename);

// Entries for every response/revisit record of a WARC file, in file order.
Result<std::vector<CdxjEntry>> IndexWarcFile(const std::string& path);

class CdxjIndex {
 public:
  // Opens (creating) the index file for appending.
  static Result<std::unique_ptr<CdxjIndex>> Open(std::string path);
  ~CdxjIndex();
  CdxjIndex(const CdxjIndex&) = delete;
  CdxjIndex& operator=(const CdxjIndex&) = delete;

  Status Append(const CdxjEntry& entry);
  // Sorts the file (write to a temporary, rename over), then closes it.
  Status Close();

 private:
  explicit CdxjIndex(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::mutex mu_;
  std::string path_;
  int fd_ = -1;
};

// Sorts the lines of an index file in place (atomic rename), dropping duplicates.
Status SortCdxjFile(const std::string& path);

}  // namespace provscore::fetch
