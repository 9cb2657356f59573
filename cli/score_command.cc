#include <spdlog/spdlog.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <deque>
#include <functional>
#include <future>
#include <map>

#include "base/text.h"
#include "cli/archive_input.h"
#include "cli/archive_setup.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/progress_display.h"
#include "cli/rules_location.h"
#include "cli/version.h"
#include "fetch/stored_capture.h"
#include "reports/report_writer.h"
#include "score/input_reader.h"
#include "score/pipeline.h"
#include "score/syndication.h"
#include "score/syndication_signals.h"

namespace provscore {
namespace {

std::string NowIso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

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

// Scores documents on `jobs` threads and hands the profiles back in input order, so
// the output is the same whatever the thread count. At most 2 x jobs documents are
// in flight, which bounds the memory their bytes take.
class OrderedScorer {
 public:
  // `emit` takes each profile in input order; it returns false to stop the run.
  using Emit = std::function<bool(ReliabilityProfile, const std::string& name)>;
  OrderedScorer(const Pipeline& pipeline, size_t jobs, Emit emit)
      : pipeline_(pipeline), jobs_(std::max<size_t>(jobs, 1)), emit_(std::move(emit)) {}

  // `read_error`: why the document could not be read (it is still scored, so the
  // output keeps one profile per input). False when emitting failed.
  bool Submit(SourceDocument doc, Status read_error) {
    std::string name = doc.url.empty() ? doc.path : doc.url;
    auto score = [this, doc = std::move(doc), read_error = std::move(read_error)] {
      ReliabilityProfile profile = pipeline_.Run(doc);
      if (!read_error.ok()) profile.errors.insert(profile.errors.begin(), {kErrReadFailed, read_error.message()});
      return profile;
    };
    if (jobs_ == 1) return emit_(score(), name);
    pending_.push_back({std::async(std::launch::async, std::move(score)), std::move(name)});
    return pending_.size() < 2 * jobs_ || EmitFront();
  }

  // Waits for every document in flight. False when emitting failed.
  bool Finish() {
    while (!pending_.empty()) {
      if (!EmitFront()) return false;
    }
    return true;
  }

 private:
  struct Pending {
    std::future<ReliabilityProfile> profile;
    std::string name;
  };

  bool EmitFront() {
    Pending front = std::move(pending_.front());
    pending_.pop_front();
    if (emit_(front.profile.get(), front.name)) return true;
    for (Pending& p : pending_) p.profile.wait();  // nothing outlives the run
    pending_.clear();
    return false;
  }

  const Pipeline& pipeline_;
  size_t jobs_;
  Emit emit_;
  std::deque<Pending> pending_;
};

// Where each URL input's archived response is, or why there is none.
struct UrlCapture {
  std::string warc_path;
  uint64_t offset = 0;
  Status error;
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

// The cross-article pass: each profile's text goes into a SyndicationIndex (which
// keeps a compact signature, not the text) and a small BatchDocument; at the end
// the clusters become signals and report.json's "clusters".
class BatchPass {
 public:
  explicit BatchPass(const RuleSet& rules) : rules_(rules) {}

  void Add(const ReliabilityProfile& p) {
    const size_t doc = docs_.size();
    BatchDocument d;
    d.id = p.id;
    d.url = !p.input.url.empty() ? p.input.url : p.article.canonical_url;
    d.path = p.input.path;
    d.site = !p.article.site_name.empty() ? p.article.site_name : UrlHost(d.url);
    ArticleFacts facts;
    facts.site = d.site;
    facts.url = d.url;
    if (p.article.published) facts.published = p.article.published->value;
    if (!p.input.archive.fetched_at.empty()) facts.fetched_at = p.input.archive.fetched_at;
    for (const Signal& s : p.signals) {
      const boost::json::value* role = s.fields.if_contains("role");
      const boost::json::value* outlet = s.fields.if_contains("outlet");
      if (s.type == kSignalWireAttribution && role && role->is_string() && role->as_string() == "credit" && outlet &&
          outlet->is_string()) {
        facts.credited_outlets.emplace_back(outlet->as_string());
        d.credits_any = true;
      }
    }
    // The names the page's own site goes by, so a copy crediting it points here.
    const OutletLexicon& lexicon = rules_.outlets();
    for (const Outlet* o : {lexicon.FindByAlias(p.article.site_name), lexicon.FindByDomain(UrlHost(d.url))}) {
      if (o != nullptr) facts.own_outlet_names.push_back(lexicon.Canonical(o)->name);
    }
    if (!p.article.site_name.empty()) facts.own_outlet_names.push_back(p.article.site_name);
    if (Status s = index_.Add(doc, p.article.text, facts); !s.ok()) spdlog::warn("{}: {}", d.path, s.message());
    docs_.push_back(std::move(d));
  }

  BatchAdditions Finish(const Pipeline& pipeline) const {
    BatchAdditions additions;
    const std::vector<SyndicationCluster> clusters = index_.Clusters();
    additions.signals = SyndicationSignals(clusters, docs_);
    additions.rescore = [&pipeline](ReliabilityProfile& p) { pipeline.Rescore(p); };
    for (const SyndicationCluster& c : clusters) {
      boost::json::object cluster;
      cluster["id"] = c.id;
      cluster["original"] = docs_[c.original].id;
      cluster["original_reason"] = c.original_reason;
      boost::json::array members;
      for (size_t i = 0; i < c.members.size(); ++i) {
        const BatchDocument& d = docs_[c.members[i]];
        boost::json::object m;
        m["id"] = d.id;
        m["path"] = d.path;
        m["url"] = d.url.empty() ? boost::json::value(nullptr) : boost::json::value(d.url);
        m["similarity"] = std::round(c.similarity[i] * 100.0) / 100.0;
        m["credits_original"] = static_cast<bool>(c.credits_original[i]);
        members.push_back(std::move(m));
      }
      cluster["members"] = std::move(members);
      additions.clusters.push_back(std::move(cluster));
    }
    if (!clusters.empty()) {
      spdlog::info("{} cluster(s) of near-duplicate articles among {} documents", clusters.size(), docs_.size());
    }
    return additions;
  }

 private:
  const RuleSet& rules_;
  SyndicationIndex index_;
  std::vector<BatchDocument> docs_;
};

}  // namespace

int RunScore(const ScoreOptions& options, std::ostream& out) {
  const std::shared_ptr<const RuleSet> rules = LoadCommandRules(options.rules_dirs);
  if (!rules) return kExitUsage;
  PipelineOptions pipeline_options;
  pipeline_options.html.max_attributes_per_element = options.max_attributes;
  pipeline_options.html.max_depth = options.max_depth;
  pipeline_options.html.max_nodes = options.max_nodes;
  pipeline_options.html.max_links = options.max_links;
  pipeline_options.max_input_bytes = static_cast<size_t>(options.max_bytes);
  pipeline_options.max_seconds = options.max_seconds;
  auto pipeline = Pipeline::Create(rules, pipeline_options);
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitUsage;
  }
  auto inputs = ExpandScoreInputs(options.inputs);
  if (!inputs.ok()) {
    spdlog::error("{}", inputs.status().message());
    return kExitUsage;
  }
  if (inputs->empty()) {
    spdlog::error("no .html, .htm, .txt, .warc or .warc.gz files found in {}", fmt::join(options.inputs, ", "));
    return kExitUsage;
  }
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
  const ReportMeta meta{ToolVersion(), rules->version(), options.stamp_time ? NowIso8601() : ""};
  if (Status s = writer.Open(options.out_dir, meta); !s.ok()) {
    spdlog::error("cannot write to {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  spdlog::info("scoring {} input(s) with rules {} into {}", inputs->size(), rules->version(), options.out_dir);

  Progress progress(has_warc ? 0 : inputs->size());
  BatchPass batch(*rules);
  size_t with_errors = 0, done = 0, archive_problems = 0;
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
    batch.Add(profile);
    progress.Tick(++done, with_errors);
    return true;
  };
  OrderedScorer scorer(*pipeline, options.jobs, emit);
  // Scores one document, or records why it could not be read.
  auto score_one = [&](SourceDocument doc, Status read_error) { return scorer.Submit(std::move(doc), std::move(read_error)); };

  for (const ScoreInput& input : *inputs) {
    switch (input.kind) {
      case ScoreInput::Kind::kDocument: {
        Result<SourceDocument> doc = ReadInput(input.document);
        SourceDocument empty;
        empty.path = input.document.path;
        empty.kind = input.document.kind;
        const Status read_status = doc.status();
        if (!score_one(doc.ok() ? std::move(doc).value() : std::move(empty), read_status)) return kExitUsage;
        break;
      }
      case ScoreInput::Kind::kUrl: {
        const UrlCapture& c = captures[input.location];
        SourceDocument failed;
        failed.path = input.location;
        failed.url = input.location;
        Status error = c.error;
        if (error.ok()) {
          Result<fetch::ReadRecord> rec = fetch::ReadRecordAt(c.warc_path, c.offset);
          if (rec.ok()) {
            std::optional<WarcDocument> d = DocumentFromRecord(rec->record, c.warc_path, c.offset);
            if (d) {
              if (!score_one(std::move(d->doc), d->error)) return kExitUsage;
              break;
            }
            error = Unsupported("not an HTML page; it was archived, not scored");
          } else {
            error = rec.status();
          }
        }
        if (!score_one(failed, error)) return kExitUsage;
        break;
      }
      case ScoreInput::Kind::kWarc: {
        Result<std::unique_ptr<WarcDocumentReader>> reader = WarcDocumentReader::Open(input.location);
        if (!reader.ok()) {
          SourceDocument failed;
          failed.path = input.location;
          if (!score_one(failed, reader.status())) return kExitUsage;
          break;
        }
        WarcDocument d;
        size_t scored = 0;
        while ((*reader)->Next(&d)) {
          ++scored;
          if (!score_one(std::move(d.doc), d.error)) return kExitUsage;
        }
        if (!(*reader)->status().ok()) {
          ++archive_problems;
          spdlog::error("{}: {} (the records before it were scored)", input.location, (*reader)->status().message());
        }
        if (const auto& torn = (*reader)->torn_tail(); torn && torn->valid_end == 0 && (*reader)->records() == 0) {
          ++archive_problems;
          spdlog::error("{}: not a WARC file: no complete record ({})", input.location, torn->reason);
        } else if (torn) {
          spdlog::warn("{}: ends inside a record after offset {} ({}); a crash or a copy in progress?",
                       input.location, torn->valid_end, torn->reason);
        } else if ((*reader)->records() == 0 && (*reader)->status().ok()) {
          // An empty file (or one whose decompressed content is empty) is no archive.
          ++archive_problems;
          spdlog::error("{}: not a WARC file: it holds no record", input.location);
        }
        spdlog::debug("{}: {} record(s), {} HTML page(s) scored", input.location, (*reader)->records(), scored);
        break;
      }
    }
  }
  if (!scorer.Finish()) return kExitUsage;
  progress.Done(done, with_errors);
  const BatchAdditions additions = batch.Finish(*pipeline);
  if (Status s = writer.Finish(&additions); !s.ok()) {
    spdlog::error("writing the reports in {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  out << "scored " << done << " document(s), " << with_errors << " with errors";
  if (archive_problems > 0) out << ", " << archive_problems << " archive(s) not fully readable";
  out << "; wrote " << options.out_dir << "/profiles.jsonl, report.json, report.html\n";
  if (done == 0) spdlog::warn("no HTML pages found in the inputs");
  return with_errors == 0 && archive_problems == 0 ? kExitOk : kExitDocumentErrors;
}

}  // namespace provscore
