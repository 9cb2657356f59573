// WarcWriter: appends WARC/1.1 records to rotating files in one directory, each record
// its own gzip member (`.warc.gz`), each file opening with a warcinfo record. Files are
// named provscore-YYYYMMDDhhmmss-NNNNN.warc.gz and rotate at max_file_bytes.
//
// Thread-safe: Write may be called from many threads. Serialising and compressing happen
// outside the lock, so workers compress in parallel; only the append is serialised.
//
// Crash safety: every batch of members is appended with one write(2) to an O_APPEND
// file (no user-space buffer to lose), so a process killed at any instant leaves whole
// members plus at most one torn member at the end. Open() reads the newest file, cuts a
// torn tail after the last complete record (logging what it cut), and appends after it.
//
//   WarcWriterOptions o;  o.directory = "archive";
//   auto w = WarcWriter::Open(o);                      // repairs, then appends
//   Result<std::vector<WrittenRecord>> at = (*w)->Write({request, response});
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "fetch/warc_record.h"

namespace provscore::fetch {

struct WarcWriterOptions {
  std::string directory;                          // created when missing
  std::string prefix = "provscore";               // file name prefix
  uint64_t max_file_bytes = 1ULL << 30;           // rotate before a file passes 1 GiB
  int compression_level = 6;                      // gzip level for each member (libdeflate, 0..12)
  bool fsync_each_write = false;                  // fdatasync after every append
  std::string software = "provscore/0.1.0";       // warcinfo "software"
  // Extra warcinfo fields (operator, robots policy, ...), in order.
  std::vector<std::pair<std::string, std::string>> warcinfo_fields;
  WarcClock clock = SystemWarcClock();
  RecordIdGenerator ids = RandomRecordIds();
};

// Where a record landed.
struct WrittenRecord {
  std::string filename;  // base name inside the directory
  uint64_t offset = 0;   // gzip member offset
  uint64_t length = 0;   // gzip member length
  std::string record_id;
};

// What Open found and cut in the newest file.
struct RepairReport {
  std::string filename;
  uint64_t kept_bytes = 0;
  uint64_t cut_bytes = 0;
  std::string reason;
};

class WarcWriter {
 public:
  static Result<std::unique_ptr<WarcWriter>> Open(WarcWriterOptions options);
  ~WarcWriter();
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // Appends `records` contiguously, in order, in one file (a request/response pair
  // stays together). Thread-safe.
  Result<std::vector<WrittenRecord>> Write(const std::vector<WarcRecord>& records);
  Result<WrittenRecord> Write(const WarcRecord& record);

  // The repair Open performed, if any.
  const std::optional<RepairReport>& repair() const { return repair_; }
  std::string current_filename() const;
  const std::string& directory() const { return options_.directory; }
  const RecordIdGenerator& ids() const { return options_.ids; }
  const WarcClock& clock() const { return options_.clock; }

 private:
  explicit WarcWriter(WarcWriterOptions options);
  Status OpenExistingOrNew();
  Status StartNewFile();  // requires mu_
  Status AppendLocked(const std::string& bytes);

  WarcWriterOptions options_;
  mutable std::mutex mu_;
  int fd_ = -1;
  std::string filename_;
  uint64_t file_size_ = 0;
  uint64_t records_in_file_ = 0;  // warcinfo included
  uint64_t next_serial_ = 0;
  std::optional<RepairReport> repair_;
};

// Lists provscore WARC files (prefix-*.warc.gz) in `directory`, oldest first.
Result<std::vector<std::string>> ListWarcFiles(const std::string& directory, const std::string& prefix);

}  // namespace provscore::fetch
