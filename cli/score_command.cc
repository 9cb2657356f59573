#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>

#include "cli/commands.h"
#include "cli/rules_location.h"
#include "cli/version.h"
#include "reports/report_writer.h"
#include "score/input_reader.h"
#include "score/pipeline.h"

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

// Logs progress at most every two seconds, and once at the end.
class Progress {
 public:
  explicit Progress(size_t total) : total_(total), last_(std::chrono::steady_clock::now()) {}
  void Tick(size_t done, size_t errors) {
    const auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_ < std::chrono::seconds(2)) return;
    last_ = now;
    spdlog::info("scored {}/{} documents ({} with errors)", done, total_, errors);
  }

 private:
  size_t total_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

int RunScore(const ScoreOptions& options, std::ostream& out) {
  const std::vector<std::filesystem::path> dirs = RuleFolders(options.rules_dirs);
  if (dirs.empty()) {
    spdlog::error("the built-in rules were not found; set PROVSCORE_RULES to the rules folder or reinstall");
    return kExitUsage;
  }
  auto rules = RuleSet::Load(dirs);
  if (!rules.ok()) {
    spdlog::error("{}", rules.status().message());
    spdlog::error("fix the rule files (provscore rules check DIR lists every problem)");
    return kExitUsage;
  }
  auto pipeline = Pipeline::Create(*rules);
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitUsage;
  }
  auto inputs = ExpandInputs(options.inputs);
  if (!inputs.ok()) {
    spdlog::error("{}", inputs.status().message());
    return kExitUsage;
  }
  if (inputs->empty()) {
    spdlog::error("no .html, .htm or .txt files found in {}", fmt::join(options.inputs, ", "));
    return kExitUsage;
  }

  ReportWriter writer;
  const ReportMeta meta{ToolVersion(), (*rules)->version(), options.stamp_time ? NowIso8601() : ""};
  if (Status s = writer.Open(options.out_dir, meta); !s.ok()) {
    spdlog::error("cannot write to {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  spdlog::info("scoring {} document(s) with rules {} into {}", inputs->size(), (*rules)->version(), options.out_dir);

  Progress progress(inputs->size());
  size_t with_errors = 0, done = 0;
  for (const InputRef& input : *inputs) {
    ReliabilityProfile profile;
    Result<SourceDocument> doc = ReadInput(input);
    if (doc.ok()) {
      profile = pipeline->Run(*doc);
    } else {
      // The document is still represented, so the output stays one line per input.
      SourceDocument empty;
      empty.path = input.path;
      empty.kind = input.kind;
      profile = pipeline->Run(empty);
      profile.errors.insert(profile.errors.begin(), {kErrReadFailed, doc.status().message()});
    }
    if (!profile.errors.empty()) {
      ++with_errors;
      for (const DocumentError& e : profile.errors) spdlog::warn("{}: {}: {}", input.path, e.code, e.message);
    }
    spdlog::debug("{}: grade {} ({}), {} signal(s)", input.path, profile.scores.grade, profile.scores.overall,
                  profile.signals.size());
    if (Status s = writer.Add(profile); !s.ok()) {
      spdlog::error("writing {}: {}", options.out_dir, s.message());
      return kExitUsage;
    }
    progress.Tick(++done, with_errors);
  }
  if (Status s = writer.Finish(); !s.ok()) {
    spdlog::error("writing the reports in {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  out << "scored " << done << " document(s), " << with_errors << " with errors; wrote " << options.out_dir
      << "/profiles.jsonl, report.json, report.html\n";
  return with_errors == 0 ? kExitOk : kExitDocumentErrors;
}

}  // namespace provscore
