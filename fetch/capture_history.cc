#include "fetch/capture_history.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <tuple>

#include "base/text.h"
#include "fetch/cdxj.h"
#include "fetch/stored_capture.h"

namespace provscore::fetch {
namespace {

std::string StripDigestPrefix(std::string_view digest) {
  digest = TrimAscii(digest);
  const size_t colon = digest.find(':');
  return std::string(colon == std::string_view::npos ? digest : digest.substr(colon + 1));
}

std::string StripAngles(std::string_view url) {
  url = TrimAscii(url);
  if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
  return std::string(url);
}

// Our own SURT key of the entry's URL, so that an index written by another indexer
// (which may keep "www." or sort query arguments differently) still groups by URL.
std::string KeyOf(std::string_view url, std::string_view fallback) {
  Result<std::string> key = SurtKey(url);
  return key.ok() ? std::move(key).value() : std::string(fallback);
}

CaptureRef RefOf(const CdxjEntry& e) {
  CaptureRef c;
  c.url = StripAngles(e.url);
  c.key = KeyOf(c.url, e.urlkey);
  c.timestamp = e.timestamp;
  c.warc_file = e.filename;
  c.offset = e.offset;
  std::from_chars(e.status.data(), e.status.data() + e.status.size(), c.status);
  c.mime = e.mime;
  c.digest = StripDigestPrefix(e.digest);
  c.revisit = e.mime == "warc/revisit";
  return c;
}

bool IsWarcFileName(const std::string& name) {
  return name.ends_with(".warc") || name.ends_with(".warc.gz");
}

}  // namespace

Result<std::unique_ptr<CaptureArchive>> CaptureArchive::Open(const std::string& directory,
                                                             CaptureArchiveOptions options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) return NotFound("no archive directory " + directory);
  std::string index = options.index_path;
  if (index.empty() && !options.scan_warc_files && std::filesystem::exists(directory + "/index.cdxj", ec)) {
    index = directory + "/index.cdxj";
  }
  const bool use_index = !index.empty() && !options.scan_warc_files;
  std::unique_ptr<CaptureArchive> archive(
      new CaptureArchive(directory, use_index ? Source::kIndex : Source::kWarcScan));
  if (use_index) {
    std::ifstream in(index, std::ios::binary);
    if (!in) return IoError("cannot read the index " + index);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line.front() == '!') continue;  // a header line of some indexers
      Result<CdxjEntry> e = ParseCdxjLine(line);
      if (!e.ok()) continue;  // a torn last line; SortCdxjFile drops the same lines
      if (e->mime == "warc/request" || e->mime == "warc/metadata") continue;
      archive->captures_.push_back(RefOf(*e));
    }
  } else {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && IsWarcFileName(name)) files.push_back(name);
    }
    if (ec) return IoError("cannot list " + directory + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const std::string& name : files) {
      Result<std::vector<CdxjEntry>> entries = IndexWarcFile(directory + "/" + name);
      if (!entries.ok()) return Status(entries.status().code(), name + ": " + entries.status().message());
      for (const CdxjEntry& e : *entries) archive->captures_.push_back(RefOf(e));
    }
  }
  std::stable_sort(archive->captures_.begin(), archive->captures_.end(), [](const CaptureRef& a, const CaptureRef& b) {
    return std::tie(a.key, a.timestamp, a.warc_file, a.offset) < std::tie(b.key, b.timestamp, b.warc_file, b.offset);
  });
  for (size_t i = 0; i < archive->captures_.size(); ++i) {
    const CaptureRef& c = archive->captures_[i];
    if (!c.revisit && !c.digest.empty()) archive->by_digest_.emplace(c.digest, i);
  }
  return archive;
}

std::vector<CaptureRef> CaptureArchive::CapturesOf(std::string_view url) const {
  const std::string key = KeyOf(StripAngles(url), url);
  auto lo = std::lower_bound(captures_.begin(), captures_.end(), key,
                             [](const CaptureRef& c, const std::string& k) { return c.key < k; });
  std::vector<CaptureRef> out;
  for (auto it = lo; it != captures_.end() && it->key == key; ++it) out.push_back(*it);
  return out;
}

std::vector<std::string> CaptureArchive::UrlsWithDistinctCaptures() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < captures_.size();) {
    size_t j = i;
    std::set<std::string> payloads;
    std::string first_url;
    for (; j < captures_.size() && captures_[j].key == captures_[i].key; ++j) {
      const CaptureRef& c = captures_[j];
      if (!c.successful()) continue;
      if (first_url.empty()) first_url = c.url;
      // A revisit repeats a payload by definition; a response without a digest is
      // distinct from every other (nothing says otherwise).
      if (c.revisit) continue;
      payloads.insert(c.digest.empty() ? c.warc_file + "@" + std::to_string(c.offset) : c.digest);
    }
    if (payloads.size() > 1) out.push_back(first_url);
    i = j;
  }
  return out;
}

std::string CaptureArchive::PathOf(const std::string& warc_file) const {
  if (!warc_file.empty() && warc_file.front() == '/') return warc_file;
  return directory_ + "/" + warc_file;
}

const CaptureRef* CaptureArchive::ResolveRevisit(const CaptureRef& revisit, const WarcRecord& record) const {
  // 1. The record it names by URI and date (what WARC 1.1 asks a revisit to carry).
  const std::string target = StripAngles(record.Header("WARC-Refers-To-Target-URI").value_or(""));
  const std::string_view date = record.Header("WARC-Refers-To-Date").value_or("");
  if (!target.empty() && !date.empty()) {
    if (Result<TimePoint> t = ParseWarcDate(date); t.ok()) {
      const std::string ts = FormatTimestamp14(*t);
      const std::string key = KeyOf(target, target);
      auto lo = std::lower_bound(captures_.begin(), captures_.end(), key,
                                 [](const CaptureRef& c, const std::string& k) { return c.key < k; });
      for (auto it = lo; it != captures_.end() && it->key == key; ++it) {
        if (!it->revisit && it->timestamp == ts) return &*it;
      }
    }
  }
  // 2. The record it names by id alone (WARC-Refers-To, as wget writes it): no index
  // carries record ids, so the URL's earlier responses are read, the latest first,
  // until one has that id. Only the same URL is searched (a revisit repeats its own
  // URL's capture, whatever else shares the payload).
  const std::string_view refers_to = record.Header("WARC-Refers-To").value_or("");
  if (!refers_to.empty()) {
    auto lo = std::lower_bound(captures_.begin(), captures_.end(), revisit.key,
                               [](const CaptureRef& c, const std::string& k) { return c.key < k; });
    auto hi = lo;
    while (hi != captures_.end() && hi->key == revisit.key) ++hi;
    for (auto it = std::make_reverse_iterator(hi); it != std::make_reverse_iterator(lo); ++it) {
      if (it->revisit || it->timestamp > revisit.timestamp) continue;
      Result<ReadRecord> earlier = ReadRecordAt(PathOf(it->warc_file), it->offset);
      if (earlier.ok() && earlier->record.Header("WARC-Record-ID").value_or("") == refers_to) return &*it;
    }
  }
  // 3. The payload digest (when the record id is not in the archive): the latest
  // earlier response with that digest, preferring the same URL.
  std::string digest = StripDigestPrefix(record.Header("WARC-Payload-Digest").value_or(""));
  if (digest.empty()) digest = revisit.digest;
  if (!digest.empty()) {
    const CaptureRef* best = nullptr;
    auto [lo, hi] = by_digest_.equal_range(digest);
    for (auto it = lo; it != hi; ++it) {
      const CaptureRef& c = captures_[it->second];
      if (c.timestamp > revisit.timestamp) continue;
      const bool same_url = c.key == revisit.key;
      if (!best || (same_url && best->key != revisit.key) ||
          (same_url == (best->key == revisit.key) && c.timestamp >= best->timestamp)) {
        best = &c;
      }
    }
    if (best) return best;
  }
  // 4. A server-not-modified revisit that names nothing repeats the URL's previous response.
  if (record.Header("WARC-Profile").value_or("") == kRevisitServerNotModified) {
    auto lo = std::lower_bound(captures_.begin(), captures_.end(), revisit.key,
                               [](const CaptureRef& c, const std::string& k) { return c.key < k; });
    const CaptureRef* previous = nullptr;
    for (auto it = lo; it != captures_.end() && it->key == revisit.key; ++it) {
      if (it->revisit || !it->successful() || it->timestamp > revisit.timestamp) continue;
      previous = &*it;
    }
    if (previous) return previous;
  }
  return nullptr;
}

Result<LoadedCapture> CaptureArchive::Load(const CaptureRef& capture) const {
  Result<ReadRecord> rec = ReadRecordAt(PathOf(capture.warc_file), capture.offset);
  if (!rec.ok()) return rec.status();
  LoadedCapture out;
  out.capture = capture;
  out.payload_from = capture;
  out.record_id = std::string(rec->record.Header("WARC-Record-ID").value_or(""));
  if (rec->record.Type() == "revisit") {
    const CaptureRef* original = ResolveRevisit(capture, rec->record);
    if (!original) {
      return NotFound("the revisit of " + capture.url + " at " + capture.timestamp +
                      " repeats a record that is not in the archive");
    }
    out.payload_from = *original;
    rec->record = WarcRecord();  // one record in memory at a time
    Result<ReadRecord> orig = ReadRecordAt(PathOf(original->warc_file), original->offset);
    if (!orig.ok()) return orig.status();
    if (orig->record.Type() != "response") {
      return NotFound("the record a revisit of " + capture.url + " repeats is not a response");
    }
    rec = std::move(orig);
  } else if (rec->record.Type() != "response") {
    return NotFound("no response record at " + capture.warc_file + ":" + std::to_string(capture.offset));
  }
  Result<HttpPayload> payload = DecodeHttpPayload(rec->record);
  if (!payload.ok()) return payload.status();
  out.payload = std::move(payload).value();
  return out;
}

}  // namespace provscore::fetch
