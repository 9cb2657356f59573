// What `score` reads besides plain files: web archives and URLs. ExpandScoreInputs sorts
// the arguments into documents (HTML and text files, stdin), WARC files (.warc,
// .warc.gz, also found inside folders) and http(s) URLs, in argument order (a folder's
// files in sorted path order). WarcDocumentReader then walks one WARC file record by
// record -- memory is bounded by the largest record -- and yields each HTML `response`
// record as a SourceDocument: the HTTP payload with Transfer- and Content-Encoding
// removed, the charset from the HTTP Content-Type, the target URI, and where the record
// lies (ArchiveOrigin). Requests, revisits, metadata, non-HTML and non-2xx responses are
// skipped. This lives in batch/ (above score/ and fetch/) so score/ never depends on fetch/.
// Not thread-safe: one reader per thread.
//
//   auto r = WarcDocumentReader::Open("archive/provscore-2024...warc.gz");
//   WarcDocument d;
//   while ((*r)->Next(&d)) d.error.ok() ? Score(d.doc) : Report(d);
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "fetch/warc_reader.h"
#include "score/input/input_reader.h"

namespace provscore {

struct ScoreInput {
  enum class Kind { kDocument, kWarc, kUrl };
  Kind kind = Kind::kDocument;
  InputRef document;     // kDocument
  std::string location;  // kWarc: the file's path; kUrl: the URL
};

bool IsHttpUrl(std::string_view arg);
bool IsWarcPath(std::string_view path);

// kNotFound when a named path does not exist (URLs are not checked here).
Result<std::vector<ScoreInput>> ExpandScoreInputs(const std::vector<std::string>& args);

// One record made into a document, or the reason it could not be decoded (a profile
// is still written for it, with the error).
struct WarcDocument {
  SourceDocument doc;  // path = the WARC file as named, url, archive origin; bytes when ok
  Status error;
};

// The document for a response record, or nullopt when the record is not scored (not a
// response, not 2xx, not HTML). `path` is the WARC file as the user named it.
std::optional<WarcDocument> DocumentFromRecord(const fetch::WarcRecord& record, const std::string& path,
                                               uint64_t offset);

// The same for a payload already decoded (a capture read back by fetch::CaptureArchive):
// `doc` carries the path, URL and archive origin; its bytes become the payload's body.
std::optional<WarcDocument> DocumentFromPayload(fetch::HttpPayload payload, SourceDocument doc);

class WarcDocumentReader {
 public:
  static Result<std::unique_ptr<WarcDocumentReader>> Open(const std::string& path);

  // The next scored record; false at the end of the file (or at a malformed record:
  // see status()).
  bool Next(WarcDocument* out);
  // Non-ok when the file is malformed before its end; records before it were returned.
  const Status& status() const { return reader_->status(); }
  const std::optional<fetch::TornTail>& torn_tail() const { return reader_->torn_tail(); }
  size_t records() const { return records_; }  // every record read, scored or not
  size_t skipped() const { return skipped_; }

 private:
  WarcDocumentReader(std::string path, std::unique_ptr<fetch::WarcReader> reader)
      : path_(std::move(path)), reader_(std::move(reader)) {}
  std::string path_;
  std::unique_ptr<fetch::WarcReader> reader_;
  size_t records_ = 0;
  size_t skipped_ = 0;
};

}  // namespace provscore
