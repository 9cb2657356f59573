#include <spdlog/spdlog.h>

#include <chrono>
#include <map>

#include "base/text.h"
#include "batch/batch_merge.h"
#include "batch/document_source.h"
#include "batch/ordered_runner.h"
#include "cli/archive_setup.h"
#include "cli/batch_setup.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/progress_display.h"
#include "cli/rules_location.h"
#include "cli/version.h"
#include "fetch/stored_capture.h"
#include "reports/report_writer.h"

namespace provscore {
namespace {

// Logs progress at most every two seconds, and once at the end. `total` is 0 when
// unknown (WARC files hold an unknown number of pages until read).
class Progress {
 public:
  explicit Progress(size_t total) : total_(total), last_(std::chrono::steady_clock::now()) {}
  void Tick(size_t done, size_t errors) {
    const auto now = std::chrono::steady_clock::now();
    if ((total_ == 0 || done < total_) && now - last_ < std::chrono::seconds(2)) return;
    last_ = now;
    if (total_) spdlog::info("scored {}/{} documents ({} with errors)", done, total_, errors);
    else spdlog::info("scored {} documents ({} with errors)", done, errors);
  }
  void Done(size_t done, size_t errors) {
    if (total_ == 0) spdlog::info("scored {} documents ({} with errors)", done, errors);
  }

 private:
  size_t total_;
  std::chrono::steady_clock::time_point last_;
};

// Fetches the URL inputs into the archive, then finds each one's stored response.
// Fails only when the archive cannot be opened or its state cannot be read.
Result<std::map<std::string, UrlCapture>> FetchUrlInputs(const std::vector<std::string>& urls,
                                                         const FetchFlags& flags) {
  const std::string dir = flags.archive_dir.empty() ? DefaultArchiveDir() : flags.archive_dir;
  Result<std::unique_ptr<fetch::Archiver>> archiver = OpenArchiver(flags, dir);
  if (!archiver.ok()) return archiver.status();
  spdlog::info("fetching {} URL(s) into the archive {}", urls.size(), dir);
  InterruptGuard guard;
  ProgressDisplay display(ProgressDisplay::Resolve(flags.progress), "fetch");
  Result<fetch::ArchiveSummary> summary =
      (*archiver)->Archive(urls, [&](const fetch::ArchiveProgress& p) { display.Update(p); }, guard.flag());
  display.Finish();
  if (!summary.ok()) return summary.status();
  std::map<std::string, UrlCapture> out;
  for (const std::string& u : urls) out[u].error = IoError("not fetched: interrupted");
  for (const fetch::ArchivedUrl& a : summary->urls) {
    UrlCapture& c = out[a.url];
    c.error = Status::Ok();
    if (!a.error.ok()) {
      c.error = a.error;
    } else if (a.hops.empty()) {
      c.error = IoError("no response");
    } else if (a.hops.back().status >= 400 || a.hops.back().status < 200) {
      c.error = IoError("HTTP " + std::to_string(a.hops.back().status) + " from " + a.hops.back().url);
    } else {
      Result<fetch::StoredCapture> stored = fetch::FindStoredCapture((*archiver)->state(), dir, a.hops.back().url);
      if (!stored.ok()) {
        c.error = stored.status();
      } else {
        c.warc_path = stored->warc_path;
        c.offset = stored->offset;
      }
    }
  }
  if (Status s = (*archiver)->Close(); !s.ok()) spdlog::warn("sorting the index of {}: {}", dir, s.message());
  return out;
}

}  // namespace

int RunScore(const ScoreOptions& options, std::ostream& out) {
  const std::shared_ptr<const RuleSet> rules = LoadCommandRules(options.rules_dirs);
  if (!rules) return kExitUsage;
  std::optional<Pipeline> pipeline = MakeScorePipeline(options, rules);
  if (!pipeline) return kExitUsage;
  std::optional<std::vector<ScoreInput>> inputs = ExpandCommandInputs(options.inputs);
  if (!inputs) return kExitUsage;
  std::vector<std::string> urls;
  bool has_warc = false;
  for (const ScoreInput& in : *inputs) {
    if (in.kind == ScoreInput::Kind::kUrl) urls.push_back(in.location);
    has_warc |= in.kind == ScoreInput::Kind::kWarc;
  }
  std::map<std::string, UrlCapture> captures;
  if (!urls.empty()) {
    Result<std::map<std::string, UrlCapture>> fetched = FetchUrlInputs(urls, options.fetch);
    if (!fetched.ok()) {
      spdlog::error("{}", fetched.status().message());
      return kExitUsage;
    }
    captures = std::move(fetched).value();
  }

  ReportWriter writer;
  const ReportMeta meta{ToolVersion(), rules->version(), options.stamp_time ? NowIso8601() : "", rules->digest()};
  if (Status s = writer.Open(options.out_dir, meta); !s.ok()) {
    spdlog::error("cannot write to {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  spdlog::info("scoring {} input(s) with rules {} into {}", inputs->size(), rules->version(), options.out_dir);

  Progress progress(has_warc ? 0 : inputs->size());
  // source -> runner -> writer, and each profile's signature into the merge.
  DocumentSource source(std::move(inputs).value(), std::move(captures));
  BatchMerge merge;
  size_t with_errors = 0, done = 0;
  // Writes one scored document's profile (in input order).
  auto emit = [&](ReliabilityProfile profile, const std::string& name) -> bool {
    if (!profile.errors.empty()) {
      ++with_errors;
      for (const DocumentError& e : profile.errors) spdlog::warn("{}: {}: {}", name, e.code, e.message);
    }
    spdlog::debug("{}: grade {} ({}), {} signal(s)", name, profile.scores.grade, profile.scores.overall,
                  profile.signals.size());
    if (Status s = writer.Add(profile); !s.ok()) {
      spdlog::error("writing {}: {}", options.out_dir, s.message());
      return false;
    }
    if (Status s = merge.Add(SignatureOf(profile, rules->outlets(), merge.signer())); !s.ok()) {
      spdlog::warn("{}: {}", profile.input.path, s.message());
    }
    progress.Tick(++done, with_errors);
    return true;
  };
  OrderedRunner runner(*pipeline, options.jobs, emit);
  SourceDocument doc;
  Status read_error;
  while (source.Next(&doc, &read_error)) {
    LogSourceProblems(source);
    if (!runner.Submit(std::move(doc), std::move(read_error))) return kExitUsage;
  }
  LogSourceProblems(source);
  if (!runner.Finish()) return kExitUsage;
  progress.Done(done, with_errors);
  BatchAdditions additions = merge.Finish();
  additions.rescore = [&pipeline](ReliabilityProfile& p) { pipeline->Rescore(p); };
  if (!additions.clusters.empty()) {
    spdlog::info("{} cluster(s) of near-duplicate articles among {} documents", additions.clusters.size(), merge.size());
  }
  if (Status s = writer.Finish(&additions); !s.ok()) {
    spdlog::error("writing the reports in {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  const size_t archive_problems = source.archive_problems();
  out << "scored " << done << " document(s), " << with_errors << " with errors";
  if (archive_problems > 0) out << ", " << archive_problems << " archive(s) not fully readable";
  out << "; wrote " << options.out_dir << "/profiles.jsonl, report.json, report.html\n";
  if (done == 0) spdlog::warn("no HTML pages found in the inputs");
  return with_errors == 0 && archive_problems == 0 ? kExitOk : kExitDocumentErrors;
}

}  // namespace provscore
