// DocumentSource: the documents of a batch, one at a time, in input order -- HTML and
// text files, stdin ("-"), every HTML response record of each WARC file (.warc,
// .warc.gz), and URL inputs read back from the archive they were fetched into. A
// document that cannot be read is still returned, with the reason, so the batch keeps
// one profile per input. Damage to an archive (a torn tail, a file that is no WARC,
// an empty file) is reported through TakeProblems(), never by stopping the batch.
// Memory is bounded by the largest record. Not thread-safe: one source per thread.
//
//   auto inputs = ExpandScoreInputs(args);                 // batch/archive_input.h
//   DocumentSource source(std::move(inputs).value());
//   SourceDocument doc;
//   Status read_error;
//   while (source.Next(&doc, &read_error)) Score(doc, read_error);
//   for (const SourceProblem& p : source.TakeProblems()) Log(p);  // also between calls
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "batch/archive_input.h"
#include "score/document.h"

namespace provscore {

// Where a URL input's archived response is, or why there is none (the fetch happens
// before the batch: cli/score_command.cc fetches URL inputs into the archive).
struct UrlCapture {
  std::string warc_path;
  uint64_t offset = 0;
  Status error;  // non-ok: the document is returned empty with this as its read error
};

// Something worth telling about an input that is not a document's own error.
struct SourceProblem {
  enum class Severity {
    kError,    // an archive not fully readable: counted by archive_problems()
    kWarning,  // e.g. a torn tail after complete records (a crash or a copy in progress)
    kNote,     // per-archive statistics, for verbose logs
  };
  Severity severity = Severity::kError;
  std::string path;     // the input as named
  std::string message;  // without the path
};

class DocumentSource {
 public:
  // `captures`: for each kUrl input (by its location), where its response was stored.
  // A kUrl input missing from it is returned with a "not fetched" read error.
  explicit DocumentSource(std::vector<ScoreInput> inputs, std::map<std::string, UrlCapture> captures = {});
  ~DocumentSource();
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // The next document, or false after the last. `*read_error` is ok, or why the
  // document could not be read (then `*doc` holds only its path, URL and origin).
  bool Next(SourceDocument* doc, Status* read_error);

  // The problems found since the last call, in the order met.
  std::vector<SourceProblem> TakeProblems();
  // kError problems so far (archives not fully readable).
  size_t archive_problems() const { return archive_problems_; }
  // Documents returned so far.
  size_t documents() const { return documents_; }

 private:
  void FinishWarc();  // reports the current WARC file's state and closes it

  std::vector<ScoreInput> inputs_;
  std::map<std::string, UrlCapture> captures_;
  size_t next_input_ = 0;
  std::unique_ptr<WarcDocumentReader> warc_;  // the WARC file being read, if any
  std::string warc_path_;
  size_t warc_scored_ = 0;
  std::vector<SourceProblem> problems_;
  size_t archive_problems_ = 0;
  size_t documents_ = 0;
};

// The inputs named one per line of `in` (Spark's RDD.pipe, a manifest): blank lines
// and lines starting with '#' are skipped, surrounding spaces trimmed.
std::vector<std::string> ReadInputPaths(std::istream& in);

}  // namespace provscore
