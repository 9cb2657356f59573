// provscore map: one task of a scale-out batch (docs/SCALE-OUT.md). The same source
// -> runner as score; each profile goes to profiles-K.jsonl as score would write it
// before the cross-article pass, and its signature to signatures-K.jsonl.
#include <spdlog/spdlog.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "base/file_commit.h"
#include "batch/batch_merge.h"
#include "batch/document_source.h"
#include "batch/ordered_runner.h"
#include "batch/signature.h"
#include "cli/batch_setup.h"
#include "cli/commands.h"
#include "cli/rules_location.h"
#include "cli/version.h"
#include "reports/profile_json.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

// A file written under "<name>.tmp" and renamed into place by Commit(); the temporary
// is truncated when opened (a killed attempt's leftovers) and removed unless committed.
class StagedFile {
 public:
  explicit StagedFile(fs::path path) : path_(std::move(path)), temp_(path_.string() + ".tmp") {}
  ~StagedFile() {
    if (opened_ && !committed_) {
      out_.close();
      std::error_code ec;
      fs::remove(temp_, ec);
    }
  }
  Status Open() {
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    opened_ = true;
    return out_ ? Status::Ok() : IoError("cannot write " + temp_.string());
  }
  std::ostream& stream() { return out_; }
  bool good() const { return static_cast<bool>(out_); }
  // Closes the temporary and commits it under the final name (base/file_commit.h).
  Status Commit() {
    out_.close();
    if (out_.fail()) return IoError("cannot write " + temp_.string());
    if (Status s = CommitFile(temp_, path_); !s.ok()) return s;
    committed_ = true;
    return Status::Ok();
  }

 private:
  fs::path path_;
  fs::path temp_;
  std::ofstream out_;
  bool opened_ = false;
  bool committed_ = false;
};

// The task's record of what scored it (schema provscore.map-task/1), which merge
// compares across tasks: {"schema","task","tool","rules_version","rules_digest"}.
Status WriteTaskRecord(const fs::path& path, const std::string& task, const RuleSet& rules) {
  boost::json::object record;
  record["schema"] = "provscore.map-task/1";
  record["task"] = task;
  record["tool"] = ToolVersion();
  record["rules_version"] = rules.version();
  record["rules_digest"] = rules.digest();
  StagedFile file(path);
  if (Status s = file.Open(); !s.ok()) return s;
  file.stream() << boost::json::serialize(record) << '\n';
  return file.Commit();
}

}  // namespace

int RunMap(const MapOptions& options, std::istream& in, std::ostream& out) {
  std::vector<std::string> paths = options.score.inputs;
  if (options.paths_from_stdin) {
    for (std::string& p : ReadInputPaths(in)) paths.push_back(std::move(p));
  }
  const std::string task = options.task_id;
  const fs::path dir = options.out_dir;
  const fs::path profiles_path = dir / ("profiles-" + task + ".jsonl");
  const fs::path signatures_path = dir / ("signatures-" + task + ".jsonl");
  if (!options.profiles_to_stdout) {
    std::error_code ec;
    if (fs::exists(profiles_path, ec) && fs::exists(signatures_path, ec)) {
      spdlog::info("task {}: {} and {} exist; nothing to do", task, profiles_path.string(), signatures_path.string());
      out << "task " << task << " already complete: " << profiles_path.string() << "\n";
      return kExitOk;
    }
    fs::create_directories(dir, ec);
    if (ec) {
      spdlog::error("cannot create {}: {}", dir.string(), ec.message());
      return kExitUsage;
    }
  }
  if (paths.empty()) {
    // An empty stdin is an empty task (a Spark partition may hold no path).
    if (!options.paths_from_stdin) {
      spdlog::error("map: no inputs");
      return kExitUsage;
    }
  }
  for (const std::string& p : paths) {
    if (IsHttpUrl(p)) {
      spdlog::error("map: {} is a URL; fetch it into an archive first (provscore fetch), then map the WARC files", p);
      return kExitUsage;
    }
  }
  const std::shared_ptr<const RuleSet> rules = LoadCommandRules(options.score.rules_dirs);
  if (!rules) return kExitUsage;
  std::optional<Pipeline> pipeline = MakeScorePipeline(options.score, rules);
  if (!pipeline) return kExitUsage;
  std::vector<ScoreInput> inputs;
  if (!paths.empty()) {
    std::optional<std::vector<ScoreInput>> expanded = ExpandCommandInputs(paths);
    if (!expanded) return kExitUsage;
    inputs = std::move(expanded).value();
  }

  if (!options.profiles_to_stdout) {
    // Written first: a complete task (profiles and signatures) always has its record.
    if (Status s = WriteTaskRecord(dir / ("task-" + task + ".json"), task, *rules); !s.ok()) {
      spdlog::error("task {}: {}", task, s.message());
      return kExitUsage;
    }
  }
  StagedFile profiles_file(profiles_path);
  StagedFile signatures_file(signatures_path);
  if (!options.profiles_to_stdout) {
    for (StagedFile* f : {&profiles_file, &signatures_file}) {
      if (Status s = f->Open(); !s.ok()) {
        spdlog::error("{}", s.message());
        return kExitUsage;
      }
    }
  }
  std::ostream& profiles = options.profiles_to_stdout ? out : profiles_file.stream();
  spdlog::info("task {}: scoring {} input(s) with rules {}", task, inputs.size(), rules->version());

  DocumentSource source(std::move(inputs));
  const SyndicationIndex signer;  // the options BatchMerge uses
  size_t with_errors = 0, done = 0;
  auto emit = [&](ReliabilityProfile profile, const std::string& name) -> bool {
    if (!profile.errors.empty()) {
      ++with_errors;
      for (const DocumentError& e : profile.errors) spdlog::warn("{}: {}: {}", name, e.code, e.message);
    }
    profiles << SerializeJson(ProfileToJson(profile)) << '\n';
    if (!options.profiles_to_stdout) {
      signatures_file.stream() << SignatureToJson(SignatureOf(profile, rules->outlets(), signer)) << '\n';
      if (!signatures_file.good()) return false;
    }
    ++done;
    return static_cast<bool>(profiles);
  };
  OrderedRunner runner(*pipeline, options.score.jobs, emit);
  SourceDocument doc;
  Status read_error;
  bool ok = true;
  while (ok && source.Next(&doc, &read_error)) {
    LogSourceProblems(source);
    ok = runner.Submit(std::move(doc), std::move(read_error));
  }
  LogSourceProblems(source);
  ok = ok && runner.Finish();
  if (!ok) {
    spdlog::error("task {}: cannot write its outputs{}", task,
                  options.profiles_to_stdout ? " (stdout)" : " in " + dir.string());
    return kExitUsage;
  }
  if (options.profiles_to_stdout) {
    out.flush();
    if (!out) return kExitUsage;
  } else {
    // Profiles first: a task is complete only when its signatures exist too.
    for (StagedFile* f : {&profiles_file, &signatures_file}) {
      if (Status s = f->Commit(); !s.ok()) {
        spdlog::error("task {}: {}", task, s.message());
        return kExitUsage;
      }
    }
  }
  const std::string summary = "task " + task + ": scored " + std::to_string(done) + " document(s), " +
                              std::to_string(with_errors) + " with errors" +
                              (source.archive_problems() > 0
                                   ? ", " + std::to_string(source.archive_problems()) + " archive(s) not fully readable"
                                   : "");
  if (options.profiles_to_stdout) {
    spdlog::info("{}", summary);
  } else {
    out << summary << "; wrote " << profiles_path.string() << ", " << signatures_path.string() << "\n";
  }
  return kExitOk;
}

}  // namespace provscore
