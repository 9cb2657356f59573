#include "batch/document_source.h"

#include <istream>
#include <optional>
#include <utility>

#include "base/text.h"
#include "fetch/stored_capture.h"
#include "fetch/warc_reader.h"
#include "score/input/input_reader.h"

namespace provscore {

DocumentSource::DocumentSource(std::vector<ScoreInput> inputs, std::map<std::string, UrlCapture> captures)
    : inputs_(std::move(inputs)), captures_(std::move(captures)) {}

DocumentSource::~DocumentSource() = default;

std::vector<SourceProblem> DocumentSource::TakeProblems() { return std::exchange(problems_, {}); }

void DocumentSource::FinishWarc() {
  using Severity = SourceProblem::Severity;
  WarcDocumentReader& r = *warc_;
  auto report = [&](Severity severity, std::string message) {
    if (severity == Severity::kError) ++archive_problems_;
    problems_.push_back({severity, warc_path_, std::move(message)});
  };
  if (!r.status().ok()) report(Severity::kError, r.status().message() + " (the records before it were scored)");
  if (const auto& torn = r.torn_tail(); torn && torn->valid_end == 0 && r.records() == 0) {
    report(Severity::kError, "not a WARC file: no complete record (" + torn->reason + ")");
  } else if (torn) {
    report(Severity::kWarning, "ends inside a record after offset " + std::to_string(torn->valid_end) + " (" +
                                   torn->reason + "); a crash or a copy in progress?");
  } else if (r.records() == 0 && r.status().ok()) {
    // An empty file (or one whose decompressed content is empty) is no archive.
    report(Severity::kError, "not a WARC file: it holds no record");
  }
  report(Severity::kNote,
         std::to_string(r.records()) + " record(s), " + std::to_string(warc_scored_) + " HTML page(s) scored");
  warc_.reset();
}

bool DocumentSource::Next(SourceDocument* doc, Status* read_error) {
  while (true) {
    if (warc_) {
      WarcDocument d;
      if (warc_->Next(&d)) {
        ++warc_scored_;
        ++documents_;
        *doc = std::move(d.doc);
        *read_error = std::move(d.error);
        return true;
      }
      FinishWarc();
    }
    if (next_input_ >= inputs_.size()) return false;
    const ScoreInput& input = inputs_[next_input_++];
    *doc = SourceDocument();
    *read_error = Status::Ok();
    switch (input.kind) {
      case ScoreInput::Kind::kDocument: {
        Result<SourceDocument> read = ReadInput(input.document);
        if (read.ok()) {
          *doc = std::move(read).value();
        } else {
          doc->path = input.document.path;
          doc->kind = input.document.kind;
          *read_error = read.status();
        }
        ++documents_;
        return true;
      }
      case ScoreInput::Kind::kUrl: {
        doc->path = input.location;
        doc->url = input.location;
        const auto found = captures_.find(input.location);
        Status error = found == captures_.end() ? IoError("not fetched: interrupted") : found->second.error;
        if (error.ok()) {
          const UrlCapture& c = found->second;
          Result<fetch::ReadRecord> rec = fetch::ReadRecordAt(c.warc_path, c.offset);
          if (rec.ok()) {
            std::optional<WarcDocument> d = DocumentFromRecord(rec->record, c.warc_path, c.offset);
            if (d) {
              *doc = std::move(d->doc);
              *read_error = std::move(d->error);
              ++documents_;
              return true;
            }
            error = Unsupported("not an HTML page; it was archived, not scored");
          } else {
            error = rec.status();
          }
        }
        *read_error = std::move(error);
        ++documents_;
        return true;
      }
      case ScoreInput::Kind::kWarc: {
        Result<std::unique_ptr<WarcDocumentReader>> reader = WarcDocumentReader::Open(input.location);
        if (!reader.ok()) {
          doc->path = input.location;
          *read_error = reader.status();
          ++documents_;
          return true;
        }
        warc_ = std::move(reader).value();
        warc_path_ = input.location;
        warc_scored_ = 0;
        break;  // read its records on the next turn of the loop
      }
    }
  }
}

std::vector<std::string> ReadInputPaths(std::istream& in) {
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view path = TrimAscii(line);
    if (path.empty() || path.front() == '#') continue;
    out.emplace_back(path);
  }
  return out;
}

}  // namespace provscore
