// Finding what an archive holds for a URL: the response record that carries the payload
// of the URL's latest capture. After a plain response that is the record just written;
// after a revisit (304 Not Modified, or an identical payload already stored) it is the
// original record the revisit refers to, found through the state database. Used by
// `provscore score URL` and the watcher to read back what was archived.
// Thread-safe as far as StateDb is (it is); the files are only read.
//
//   Result<StoredCapture> c = FindStoredCapture(archiver->state(), dir, final_url);
//   Result<HttpPayload> p = DecodeHttpPayload(c->record);
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"
#include "fetch/state_db.h"
#include "fetch/warc_reader.h"

namespace provscore::fetch {

struct StoredCapture {
  std::string warc_path;  // directory/file
  std::string warc_file;  // base name, as in CDXJ lines
  uint64_t offset = 0;    // gzip member offset
  WarcRecord record;      // the response record
};

// The record starting at `offset` of `path`; kNotFound when none starts there.
Result<ReadRecord> ReadRecordAt(const std::string& path, uint64_t offset);

// kNotFound when the URL has no stored payload (never fetched, or every capture failed).
Result<StoredCapture> FindStoredCapture(StateDb& state, const std::string& directory, const std::string& url);

}  // namespace provscore::fetch
