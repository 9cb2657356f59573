// Archiver: fetches URLs and keeps what the servers sent. For every completed exchange
// (each redirect hop too) it writes a request record and either a response record or,
// when the server answered 304 Not Modified or sent a payload already stored (same
// WARC-Payload-Digest), a revisit record -- a payload is never stored twice. Then it
// appends the CDXJ line and updates the SQLite state. Layout of `directory`:
//   provscore-*.warc.gz   the archive          index.cdxj   sorted on Close
//   state.sqlite          conditional-request validators, payload digests, schedule
// Archive() runs the HTTP client on the calling thread and `writer_threads` workers
// that build, compress and append records. Not thread-safe: one Archive() at a time.
//
//   auto a = Archiver::Open(options);
//   Result<ArchiveSummary> s = (*a)->Archive(urls, on_progress, &cancel);
//   (*a)->Close();
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "fetch/cdxj.h"
#include "fetch/http_client.h"
#include "fetch/state_db.h"
#include "fetch/warc_writer.h"

namespace provscore::fetch {

struct ArchiverOptions {
  std::string directory;          // WARC files, index.cdxj and state.sqlite live here
  HttpClientOptions http;         // user_agent is required
  WarcWriterOptions warc;         // its directory is set from `directory`
  int writer_threads = 2;         // workers compressing and appending records
  bool conditional_requests = true;  // send If-None-Match / If-Modified-Since from state
};

struct ArchiveProgress {
  size_t done = 0;
  size_t total = 0;
  uint64_t bytes = 0;   // compressed bytes appended to WARC files
  size_t errors = 0;     // URLs that failed: no response, or a final 4xx/5xx
};

enum class CaptureKind { kResponse, kNotModified, kIdenticalPayload };  // the last two are revisits

struct ArchivedHop {
  std::string url;
  int status = 0;
  CaptureKind kind = CaptureKind::kResponse;
  WrittenRecord request;
  WrittenRecord response;  // the response or revisit record
};

struct ArchivedUrl {
  std::string url;
  std::vector<ArchivedHop> hops;
  bool robots_denied = false;
  Status error;   // fetch or write problem for this URL (data, not a crash)
};

struct ArchiveSummary {
  std::vector<ArchivedUrl> urls;   // in completion order
  size_t responses = 0;
  size_t revisits = 0;
  size_t errors = 0;     // as ArchiveProgress::errors
  uint64_t bytes = 0;
};

class Archiver {
 public:
  static Result<std::unique_ptr<Archiver>> Open(ArchiverOptions options);
  ~Archiver();
  Archiver(const Archiver&) = delete;
  Archiver& operator=(const Archiver&) = delete;

  // Duplicate URLs are fetched once. `progress` (optional) runs on a worker thread
  // after each URL is written, serialised.
  Result<ArchiveSummary> Archive(const std::vector<std::string>& urls,
                                 const std::function<void(const ArchiveProgress&)>& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);
  // Sorts the CDXJ index. Also done by the destructor.
  Status Close();

  StateDb& state() { return *state_; }
  const std::string& directory() const { return options_.directory; }

 private:
  explicit Archiver(ArchiverOptions options);
  ArchivedUrl Store(const FetchResult& result);
  Status StoreHop(const HttpCapture& hop, ArchivedHop* out);

  ArchiverOptions options_;
  std::unique_ptr<WarcWriter> writer_;
  std::unique_ptr<CdxjIndex> index_;
  std::unique_ptr<StateDb> state_;
  HttpClient* client_ = nullptr;
  std::unique_ptr<HttpClient> client_owner_;
  struct DigestClaims;
  std::unique_ptr<DigestClaims> claims_;
};

}  // namespace provscore::fetch
