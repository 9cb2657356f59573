#include "fetch/stored_capture.h"

#include <optional>

namespace provscore::fetch {

Result<ReadRecord> ReadRecordAt(const std::string& path, uint64_t offset) {
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path, offset);
  if (!reader.ok()) return reader.status();
  ReadRecord rec;
  if (!(*reader)->Next(&rec)) {
    if (!(*reader)->status().ok()) return (*reader)->status();
    return NotFound("no WARC record at offset " + std::to_string(offset) + " of " + path);
  }
  return rec;
}

Result<StoredCapture> FindStoredCapture(StateDb& state, const std::string& directory, const std::string& url) {
  Result<std::optional<UrlState>> st = state.GetUrl(url);
  if (!st.ok()) return st.status();
  if (!st->has_value() || (*st)->record_id.empty()) return NotFound("nothing archived for " + url);
  const UrlState& u = **st;
  // The payload table knows where a deduplicated payload lives; a URL's own record
  // (after a 304, or for an error page that is not deduplicated) is in its state row.
  std::string file = u.warc_file;
  uint64_t offset = u.warc_offset;
  if (!u.payload_digest.empty()) {
    Result<std::optional<PayloadRecord>> p = state.GetPayload(u.payload_digest);
    if (!p.ok()) return p.status();
    if (p->has_value() && (*p)->record_id == u.record_id) {
      file = (*p)->warc_file;
      offset = (*p)->warc_offset;
    }
  }
  if (file.empty()) return NotFound("no stored record for " + url);
  StoredCapture out;
  out.warc_file = file;
  out.warc_path = directory + "/" + file;
  out.offset = offset;
  Result<ReadRecord> rec = ReadRecordAt(out.warc_path, offset);
  if (!rec.ok()) return rec.status();
  if (rec->record.Header("WARC-Record-ID").value_or("") != u.record_id) {
    return NotFound("the state names " + u.record_id + " at " + out.warc_path + ":" + std::to_string(offset) +
                    ", but another record is there");
  }
  out.record = std::move(rec->record);
  return out;
}

}  // namespace provscore::fetch
