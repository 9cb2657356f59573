// CaptureArchive: the captures an archive holds for each URL, in time order, and their
// payloads read back one at a time -- the fetch side of capture history (HISTORY.md).
// The list comes from the archive's CDXJ index (ours, or one written by another
// indexer: pywb's cdxj-indexer, numbers quoted or not, digests with or without "sha1:")
// or, when there is none, from a scan of every .warc/.warc.gz file in the directory
// (wget writes no index). Only the list is kept in memory (one small entry per
// capture); Load reads one capture's record -- and, for a revisit, the record it
// repeats -- and decodes its payload as DecodeHttpPayload does (chunking removed,
// gzip/deflate decoded), so memory holds one payload at a time.
// Immutable after Open: const methods are safe to call from several threads.
//
//   Result<std::unique_ptr<CaptureArchive>> a = CaptureArchive::Open("arch");
//   for (const CaptureRef& c : (*a)->CapturesOf("https://ex.org/story")) {
//     Result<LoadedCapture> got = (*a)->Load(c);   // got->payload.body is the HTML
//   }
//   std::vector<std::string> changed = (*a)->UrlsWithDistinctCaptures();
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "fetch/warc_reader.h"

namespace provscore::fetch {

// One response or revisit record of the archive, as its index line describes it.
struct CaptureRef {
  std::string url;          // WARC-Target-URI (angle brackets of wget 1.x removed)
  std::string key;          // SurtKey(url): captures of one URL share it
  std::string timestamp;    // 14 digits (WARC-Date), UTC
  std::string warc_file;    // as the index names it (a base name for ours)
  uint64_t offset = 0;      // where the record (its gzip member) starts
  int status = 0;           // HTTP status of the record; 0 when unknown
  std::string mime;         // "warc/revisit" for a revisit record
  std::string digest;       // payload digest without the "sha1:" prefix; may be empty
  bool revisit = false;

  // A capture of the page itself: a 2xx response, or a revisit (which repeats one).
  bool successful() const { return revisit || (status >= 200 && status < 300); }
};

// A capture read back: the payload it shows, and the record that held it.
struct LoadedCapture {
  CaptureRef capture;       // the capture itself (a revisit keeps its own date)
  CaptureRef payload_from;  // the response record holding the payload (== capture unless a revisit)
  std::string record_id;    // WARC-Record-ID of `capture`'s record
  HttpPayload payload;      // status and body of the payload record, decoded
};

struct CaptureArchiveOptions {
  // The CDXJ index to read; "" means DIR/index.cdxj when present, else a WARC scan.
  std::string index_path;
  // Ignore any index and scan the WARC files (what an archive without an index gets).
  bool scan_warc_files = false;
};

class CaptureArchive {
 public:
  enum class Source { kIndex, kWarcScan };

  // kNotFound when `directory` does not exist; kIoError / kParseError when the index or a
  // WARC file cannot be read (a torn WARC tail is not an error: what precedes it counts).
  static Result<std::unique_ptr<CaptureArchive>> Open(const std::string& directory,
                                                      CaptureArchiveOptions options = {});

  // Every capture of `url` (compared by SURT key, so http/https and "www." agree), oldest
  // first; captures at the same second in file-name and offset order. Empty when none.
  std::vector<CaptureRef> CapturesOf(std::string_view url) const;

  // The URLs (one spelling each, the first archived) with more than one distinct
  // successful capture: 2xx responses and revisits grouped by payload digest, so a
  // revisit or an identical re-fetch does not count as a new capture. Sorted by SURT key.
  std::vector<std::string> UrlsWithDistinctCaptures() const;

  // Reads `capture`'s record and decodes the payload. A revisit is resolved to the
  // record it repeats: by WARC-Refers-To-Target-URI and -Date, else by the record id of
  // WARC-Refers-To (the URL's earlier responses read, latest first), else by its payload
  // digest (the latest earlier response with that digest, the same URL's first), else --
  // for a server-not-modified revisit that names nothing -- the URL's latest earlier
  // response. kNotFound when the record or the original is not in the archive.
  Result<LoadedCapture> Load(const CaptureRef& capture) const;

  Source source() const { return source_; }
  size_t size() const { return captures_.size(); }

 private:
  CaptureArchive(std::string directory, Source source) : directory_(std::move(directory)), source_(source) {}
  std::string PathOf(const std::string& warc_file) const;
  const CaptureRef* ResolveRevisit(const CaptureRef& revisit, const WarcRecord& record) const;

  std::string directory_;
  Source source_;
  std::vector<CaptureRef> captures_;                      // sorted by key, timestamp, file, offset
  std::multimap<std::string, size_t> by_digest_;          // digest -> index of a non-revisit capture
};

}  // namespace provscore::fetch
