// provscore merge: the one merge step of a scale-out batch (docs/SCALE-OUT.md). Pass
// one feeds every task's signatures to a BatchMerge, in task order; pass two copies
// the tasks' profile lines into a ReportWriter (which applies the cross-article
// signals and writes the report as score does) and writes cross_article.jsonl.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <system_error>

#include "base/file_commit.h"
#include "batch/batch_merge.h"
#include "batch/signature.h"
#include "cli/batch_setup.h"
#include "cli/commands.h"
#include "cli/rules_location.h"
#include "cli/version.h"
#include "reports/profile_json.h"
#include "reports/profile_reader.h"
#include "reports/report_writer.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

// One map task's outputs, or one file of profiles (signatures computed from them).
struct MergeTask {
  std::string name;  // the task id, or the file's path
  fs::path profiles;
  std::optional<fs::path> signatures;  // none: computed from the profiles' text
  std::optional<fs::path> record;      // a map task's task-K.json (what scored it)
  size_t documents = 0;                // profiles (= signatures) read in pass one
};

// Task ids in order: numbers numerically, then the other ids by name.
bool TaskIdLess(const std::string& a, const std::string& b) {
  auto numeric = [](const std::string& s) { return !s.empty() && std::all_of(s.begin(), s.end(), ::isdigit); };
  const bool na = numeric(a), nb = numeric(b);
  if (na != nb) return na;
  if (na) {
    const std::string_view ta = std::string_view(a).substr(std::min(a.find_first_not_of('0'), a.size() - 1));
    const std::string_view tb = std::string_view(b).substr(std::min(b.find_first_not_of('0'), b.size() - 1));
    if (ta.size() != tb.size()) return ta.size() < tb.size();
    if (ta != tb) return ta < tb;
  }
  return a < b;
}

// The tasks of one input: a map output folder (profiles-K.jsonl + signatures-K.jsonl),
// a folder of profile files (*.jsonl, part-*; Spark's output) or one profile file.
Result<std::vector<MergeTask>> FindTasks(const std::string& input) {
  std::error_code ec;
  if (!fs::is_directory(input, ec)) {
    if (!fs::is_regular_file(input, ec)) return NotFound("no such file or folder: " + input);
    return std::vector<MergeTask>{{input, input, std::nullopt, std::nullopt}};
  }
  std::map<std::string, std::pair<std::optional<fs::path>, std::optional<fs::path>>, decltype(&TaskIdLess)> map_tasks(
      &TaskIdLess);
  std::map<std::string, fs::path> records;  // task id -> task-K.json
  std::vector<fs::path> profile_files;
  for (fs::directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string name = it->path().filename().string();
    if (name.starts_with(".") || name.starts_with("_")) continue;  // hidden, Spark's _SUCCESS
    if (name.starts_with("task-") && name.ends_with(".json")) {
      records[name.substr(5, name.size() - 5 - 5)] = it->path();
      continue;
    }
    if (!name.ends_with(".jsonl") && !name.starts_with("part-")) continue;
    if (name.starts_with("profiles-") && name.ends_with(".jsonl")) {
      map_tasks[name.substr(9, name.size() - 9 - 6)].first = it->path();
    } else if (name.starts_with("signatures-") && name.ends_with(".jsonl")) {
      map_tasks[name.substr(11, name.size() - 11 - 6)].second = it->path();
    } else if (name != "cross_article.jsonl" && name != "profiles.jsonl") {
      profile_files.push_back(it->path());
    }
  }
  if (ec) return IoError("cannot list " + input + ": " + ec.message());
  std::vector<MergeTask> tasks;
  if (!map_tasks.empty()) {
    for (const auto& [id, files] : map_tasks) {
      if (!files.first || !files.second) {
        return InvalidArgument("task " + id + " in " + input + " is incomplete (" +
                               (files.first ? "profiles without signatures" : "signatures without profiles") +
                               "): run it again");
      }
      const auto record = records.find(id);
      MergeTask& task = tasks.emplace_back(MergeTask{id, *files.first, files.second, std::nullopt});
      if (record != records.end()) task.record = record->second;
    }
    return tasks;
  }
  std::sort(profile_files.begin(), profile_files.end());
  for (const fs::path& p : profile_files) tasks.push_back({p.string(), p, std::nullopt, std::nullopt});
  if (tasks.empty())
    return NotFound("no map outputs (profiles-K.jsonl, signatures-K.jsonl) or profile files in " + input);
  return tasks;
}

// The top-level "id" of a profile line, found without parsing it (the writer parses
// every line later): profile lines start {"schema":...,"id":"...".
std::string_view ProfileIdOf(std::string_view line) {
  const size_t at = line.find("\"id\":\"");
  if (at == std::string_view::npos) return {};
  const size_t begin = at + 6;
  const size_t end = line.find('"', begin);
  return end == std::string_view::npos ? std::string_view() : line.substr(begin, end - begin);
}

// The rules digest a map task's record names, or "" when it has none or it cannot be read.
std::string RecordedDigest(const MergeTask& task) {
  if (!task.record) return {};
  std::ifstream in(*task.record, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) return {};
  std::error_code ec;
  const json::value v = json::parse(line, ec);
  if (ec || !v.is_object()) return {};
  const json::value* digest = v.as_object().if_contains("rules_digest");
  return digest && digest->is_string() ? std::string(digest->as_string()) : std::string();
}

// Map tasks scored with other rules than the merge loads (another overlay, an edited
// rule, another release) would be rescored and clustered under rules that did not
// score them. Returns "" when every task that has a record agrees with `rules`, else
// what differs and what to do; logs the tasks that have no record (older map outputs).
std::string CheckTaskRules(const std::vector<MergeTask>& tasks, const RuleSet& rules) {
  std::map<std::string, std::vector<std::string>> tasks_by_digest;  // differing digest -> task ids
  size_t without = 0;
  for (const MergeTask& task : tasks) {
    if (!task.signatures) continue;  // a profile file (Spark's output): no record to check
    const std::string digest = RecordedDigest(task);
    if (digest.empty()) {
      ++without;
    } else if (digest != rules.digest()) {
      tasks_by_digest[digest].push_back(task.name);
    }
  }
  if (without > 0)
    spdlog::warn("{} map task(s) have no readable task-K.json: the rules that scored them cannot be checked", without);
  if (tasks_by_digest.empty()) return {};
  std::string message = "this merge loads rules " + rules.version() + " (" + rules.digest() + "), but";
  for (const auto& [digest, ids] : tasks_by_digest) {
    message += " task(s)";
    for (size_t i = 0; i < ids.size() && i < 5; ++i) message += " " + ids[i];
    if (ids.size() > 5) message += " and " + std::to_string(ids.size() - 5) + " more";
    message += " were scored with rules " + digest + ";";
  }
  return message + " pass merge the --rules the map tasks used, or run those tasks again with the same rules";
}

}  // namespace

int RunMerge(const MergeOptions& options, std::ostream& out) {
  std::vector<MergeTask> tasks;
  for (const std::string& input : options.inputs) {
    Result<std::vector<MergeTask>> found = FindTasks(input);
    if (!found.ok()) {
      spdlog::error("{}", found.status().message());
      return kExitUsage;
    }
    for (MergeTask& t : found.value()) tasks.push_back(std::move(t));
  }
  const std::shared_ptr<const RuleSet> rules = LoadCommandRules(options.rules_dirs);
  if (!rules) return kExitUsage;
  std::optional<Pipeline> pipeline = MakeScorePipeline(ScoreOptions(), rules);
  if (!pipeline) return kExitUsage;
  if (const std::string mismatch = CheckTaskRules(tasks, *rules); !mismatch.empty()) {
    if (!options.mixed_rules) {
      spdlog::error("{} (or --mixed-rules to merge anyway)", mismatch);
      return kExitUsage;
    }
    spdlog::warn("{}; merging anyway (--mixed-rules)", mismatch);
  }

  // Pass one: every signature, in task order.
  BatchMerge merge;
  for (MergeTask& task : tasks) {
    const fs::path& file = task.signatures ? *task.signatures : task.profiles;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      spdlog::error("cannot read {}", file.string());
      return kExitUsage;
    }
    std::string line;
    for (size_t n = 1; std::getline(in, line); ++n) {
      Result<Signature> signature = InvalidArgument("");
      if (task.signatures) {
        signature = SignatureFromJson(line);
      } else {
        std::error_code ec;
        const json::value v = json::parse(line, ec);
        Result<ReliabilityProfile> profile = ec || !v.is_object()
                                                 ? Result<ReliabilityProfile>(InvalidArgument("not a JSON object"))
                                                 : ProfileFromJson(v.get_object());
        if (profile.ok())
          signature = SignatureOf(*profile, rules->outlets(), merge.signer());
        else
          signature = profile.status();
      }
      if (!signature.ok()) {
        spdlog::error("{}:{}: {}", file.string(), n, signature.status().message());
        return kExitUsage;
      }
      if (Status s = merge.Add(*signature); !s.ok()) spdlog::warn("{}: {}", signature->path, s.message());
      ++task.documents;
    }
    if (in.bad()) {
      spdlog::error("cannot read {}", file.string());
      return kExitUsage;
    }
  }
  BatchAdditions additions = merge.Finish();
  additions.rescore = [&pipeline](ReliabilityProfile& p) { pipeline->Rescore(p); };
  spdlog::info("{} cluster(s) of near-duplicate articles among {} documents from {} task(s)", additions.clusters.size(),
               merge.size(), tasks.size());

  // Pass two: the profiles into the writer, and the cross-article file.
  ReportWriter writer;
  const ReportMeta meta{ToolVersion(), rules->version(), options.stamp_time ? NowIso8601() : "", rules->digest()};
  if (Status s = writer.Open(options.out_dir, meta); !s.ok()) {
    spdlog::error("cannot write to {}: {}", options.out_dir, s.message());
    return kExitUsage;
  }
  const fs::path cross_path = fs::path(options.out_dir) / "cross_article.jsonl";
  const fs::path cross_temp = cross_path.string() + ".tmp";
  std::ofstream cross(cross_temp, std::ios::binary | std::ios::trunc);
  auto fail = [&](const std::string& message) {
    spdlog::error("{}", message);
    cross.close();
    std::error_code ec;
    fs::remove(cross_temp, ec);
    return kExitUsage;
  };
  if (!cross) return fail("cannot write " + cross_temp.string());
  size_t position = 0, copies = 0;
  for (const MergeTask& task : tasks) {
    std::ifstream in(task.profiles, std::ios::binary);
    if (!in) return fail("cannot read " + task.profiles.string());
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (n > task.documents) break;
      if (task.signatures && ProfileIdOf(line) != merge.document(position).id) {
        return fail(task.profiles.string() + ":" + std::to_string(n) + ": profile id " +
                    std::string(ProfileIdOf(line)) + " but its signature is of " + merge.document(position).id +
                    "; were the files of two runs mixed?");
      }
      if (Status s = writer.AddSerialized(line); !s.ok()) return fail(s.message());
      if (position < additions.signals.size() && !additions.signals[position].empty()) {
        const std::vector<Signal>& added = additions.signals[position];
        std::error_code ec;
        const json::value v = json::parse(line, ec);
        Result<ReliabilityProfile> profile = ec || !v.is_object()
                                                 ? Result<ReliabilityProfile>(InvalidArgument("not a JSON object"))
                                                 : ProfileFromJson(v.get_object());
        if (!profile.ok())
          return fail(task.profiles.string() + ":" + std::to_string(n) + ": " + profile.status().message());
        for (const Signal& s : added) profile->signals.push_back(s);
        pipeline->Rescore(profile.value());
        json::object merged = ProfileToJson(*profile);
        json::array& all = merged["signals"].as_array();
        json::array signals(all.end() - static_cast<std::ptrdiff_t>(added.size()), all.end());
        json::object o;
        o["id"] = merged["id"];
        o["task"] = task.name;
        o["line"] = n;
        o["signals"] = std::move(signals);
        o["scores"] = merged["scores"];
        o["reasons"] = merged["reasons"];
        cross << SerializeJson(o) << '\n';
        ++copies;
      }
      ++position;
    }
    if (in.bad()) return fail("cannot read " + task.profiles.string());
    if (n != task.documents) {
      return fail(task.profiles.string() + " holds " + std::to_string(n) + " profile(s) but its signatures " +
                  std::to_string(task.documents) + "; were the files of two runs mixed?");
    }
  }
  cross.close();
  if (cross.fail()) return fail("cannot write " + cross_temp.string());
  if (Status s = writer.Finish(&additions); !s.ok())
    return fail("writing the reports in " + options.out_dir + ": " + s.message());
  if (Status s = CommitFile(cross_temp, cross_path); !s.ok()) return fail(s.message());
  out << "merged " << position << " document(s) from " << tasks.size() << " task(s), " << writer.documents_with_errors()
      << " with errors, " << additions.clusters.size() << " cluster(s), " << copies << " copies; wrote "
      << options.out_dir << "/cross_article.jsonl, profiles.jsonl, report.json, report.html\n";
  return writer.documents_with_errors() == 0 ? kExitOk : kExitDocumentErrors;
}

}  // namespace provscore
