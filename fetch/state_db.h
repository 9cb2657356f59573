// StateDb: the archiver's memory between runs, in one SQLite file (WAL mode, so a reader
// such as `provscore score` can look while a fetch writes). Per URL: when it was last
// fetched, the HTTP status, the validators for conditional requests (ETag,
// Last-Modified), and where the payload lives (digest, WARC file, offset, record id and
// date, which a revisit record refers to). Per payload digest: the first record holding
// it, so identical bytes are stored once. A schedule table for `provscore watch`, and
// the re-capture queue of the articles it discovered (fetch/HISTORY.md). Schema version
// 2 (PRAGMA user_version); Open upgrades a version-1 file in place, keeping its rows.
// Thread-safe (one connection behind a mutex; statements are prepared once).
//
//   auto db = StateDb::Open(dir + "/state.sqlite");
//   std::optional<UrlState> last = (*db)->GetUrl(url).value();
//   (*db)->PutUrl(state);
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"

namespace provscore::fetch {

struct UrlState {
  std::string url;
  std::string last_fetch;       // WARC-Date of the latest capture (revisit or response)
  int http_status = 0;          // of the latest capture
  std::string etag;             // validators from the latest 200 response
  std::string last_modified;
  std::string payload_digest;   // "sha1:..." of the payload on record
  std::string warc_file;        // the response record holding that payload
  uint64_t warc_offset = 0;
  std::string record_id;
  std::string record_date;      // its WARC-Date (WARC-Refers-To-Date of a revisit)
};

// The first response record that stored a payload.
struct PayloadRecord {
  std::string digest;
  std::string record_id;
  std::string target_uri;
  std::string date;
  std::string warc_file;
  uint64_t warc_offset = 0;
};

// A source `provscore watch` polls (fetch/watcher.h).
struct ScheduleEntry {
  std::string source_url;
  int64_t interval_seconds = 3600;
  int64_t next_due_unix = 0;
};

// An article `provscore watch` captures again on a schedule after discovering it.
// `steps_done` offsets of the source's policy have been fired; the next one is due at
// next_due_unix (discovered_unix + that offset).
struct RecaptureEntry {
  std::string url;
  std::string source_url;   // the feed or sitemap source that led to it
  int64_t discovered_unix = 0;
  int steps_done = 0;
  int64_t next_due_unix = 0;
};

class StateDb {
 public:
  // Opens or creates the database and its tables.
  static Result<std::unique_ptr<StateDb>> Open(const std::string& path);
  ~StateDb();
  StateDb(const StateDb&) = delete;
  StateDb& operator=(const StateDb&) = delete;

  Result<std::optional<UrlState>> GetUrl(const std::string& url);
  Status PutUrl(const UrlState& state);  // insert or replace

  Result<std::optional<PayloadRecord>> GetPayload(const std::string& digest);
  // Keeps the first record for a digest; later calls for the same digest are no-ops.
  Status PutPayload(const PayloadRecord& record);

  Status PutSchedule(const ScheduleEntry& entry);
  // Entries with next_due_unix <= now_unix, soonest first.
  Result<std::vector<ScheduleEntry>> DueSchedule(int64_t now_unix);
  Result<std::optional<ScheduleEntry>> GetSchedule(const std::string& source_url);
  // Every entry, soonest first.
  Result<std::vector<ScheduleEntry>> ListSchedule();
  Status RemoveSchedule(const std::string& source_url);

  Status PutRecapture(const RecaptureEntry& entry);  // insert or replace, keyed by url
  Result<std::optional<RecaptureEntry>> GetRecapture(const std::string& url);
  // Entries with next_due_unix <= now_unix, soonest first, at most `limit`.
  Result<std::vector<RecaptureEntry>> DueRecaptures(int64_t now_unix, size_t limit);
  // The soonest next_due_unix of the queue; empty when the queue is empty.
  Result<std::optional<int64_t>> NextRecaptureDue();
  Status RemoveRecapture(const std::string& url);

 private:
  struct Impl;
  explicit StateDb(std::unique_ptr<Impl> impl);
  std::mutex mu_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace provscore::fetch
