// The scale-out contract (docs/SCALE-OUT.md), end to end with the real binary: map
// over N shards + merge gives what one `score` over the same files gives; the stdin
// mode (Spark's RDD.pipe) writes what the per-file tasks write, concatenated; a task
// killed before it finished is run again and completes; a finished task is not redone.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "tests/batch/batch_fixtures.h"
#include "tests/cli/run_cli.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using testing::ReadText;
using testing::RunCli;
using testing::RunResult;
using testing::TempDir;
using testing::WriteText;

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += " " + s;
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> SortedLines(const fs::path& p) {
  std::vector<std::string> lines = Lines(ReadText(p));
  std::sort(lines.begin(), lines.end());
  return lines;
}

// The files of a report folder (names relative to it), sorted.
std::vector<std::string> Listing(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Runs the binary with stdout to `out_file` and stderr to `err_file` (RunCli merges them).
int RunToFiles(const std::string& args, const fs::path& out_file, const fs::path& err_file) {
  const std::string command =
      std::string(PROVSCORE_BINARY) + " " + args + " > " + out_file.string() + " 2> " + err_file.string();
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Every file `score` writes must come out of merge the same, byte for byte. Nothing
// is excluded: without --now neither run writes a time or a run id.
void ExpectSameReport(const fs::path& score_out, const fs::path& merge_out) {
  EXPECT_EQ(SortedLines(score_out / "profiles.jsonl"), SortedLines(merge_out / "profiles.jsonl"));
  // In fact in the same order, as the shards are the manifest's slices in order.
  EXPECT_EQ(ReadText(score_out / "profiles.jsonl"), ReadText(merge_out / "profiles.jsonl"));
  EXPECT_EQ(ReadText(score_out / "report.json"), ReadText(merge_out / "report.json"));
  std::vector<std::string> score_files = Listing(score_out);
  std::vector<std::string> merge_files = Listing(merge_out);
  merge_files.erase(std::remove(merge_files.begin(), merge_files.end(), "cross_article.jsonl"), merge_files.end());
  ASSERT_EQ(score_files, merge_files);
  for (const std::string& f : score_files) EXPECT_EQ(ReadText(score_out / f), ReadText(merge_out / f)) << f;
}

// One collection and one `score` over it for the whole suite (each run loads the rules).
class ScaleOutTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    collection_ = new TempDir;
    shared_warcs_ = new std::vector<std::string>(testing::WriteCollection(collection_->path()));
    const RunResult r =
        RunCli("score" + Join(*shared_warcs_) + " --out " + (collection_->path() / "score").string() + " -q");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    // The collection holds one cluster (the wire story and its three copies).
    const json::value report = json::parse(ReadText(collection_->path() / "score" / "report.json"));
    ASSERT_EQ(report.at("clusters").as_array().size(), 1u);
  }
  static void TearDownTestSuite() {
    delete shared_warcs_;
    delete collection_;
  }
  void SetUp() override {
    ASSERT_TRUE(fs::exists(score_out() / "report.json"));
    warcs_ = *shared_warcs_;
  }
  static fs::path score_out() { return collection_->path() / "score"; }

  static TempDir* collection_;
  static std::vector<std::string>* shared_warcs_;
  TempDir dir_;                  // this test's outputs
  std::vector<std::string> warcs_;  // the collection's WARC files, in order
};

TempDir* ScaleOutTest::collection_ = nullptr;
std::vector<std::string>* ScaleOutTest::shared_warcs_ = nullptr;

TEST_F(ScaleOutTest, MapOverShardsThenMergeEqualsOneScore) {
  struct Sharding {
    std::vector<std::pair<std::string, std::vector<size_t>>> tasks;  // task id -> WARC files
  };
  const std::vector<Sharding> shardings = {
      {{{"0", {0}}, {"1", {1}}, {"2", {2}}}},
      {{{"9", {0}}, {"10", {1, 2}}}},  // task ids in numeric order, not by name
      {{{"0", {0, 1, 2}}}},
  };
  for (size_t k = 0; k < shardings.size(); ++k) {
    SCOPED_TRACE("sharding " + std::to_string(k));
    const fs::path batch = dir_.path() / ("batch-" + std::to_string(k));
    for (const auto& [task, files] : shardings[k].tasks) {
      std::vector<std::string> inputs;
      for (size_t f : files) inputs.push_back(warcs_[f]);
      // One task on one thread: the output does not depend on -j.
      const std::string jobs = task == "9" ? " -j 1" : "";
      const RunResult r =
          RunCli("map" + Join(inputs) + " --out " + batch.string() + " --task-id " + task + jobs + " -q");
      ASSERT_EQ(r.exit_code, 0) << r.output;
      EXPECT_TRUE(fs::exists(batch / ("profiles-" + task + ".jsonl")));
      EXPECT_TRUE(fs::exists(batch / ("signatures-" + task + ".jsonl")));
    }
    const fs::path out = dir_.path() / ("merged-" + std::to_string(k));
    const RunResult r = RunCli("merge " + batch.string() + " --out " + out.string() + " -q");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("1 cluster(s), 3 copies"), std::string::npos) << r.output;
    ExpectSameReport(score_out(), out);
  }
}

TEST_F(ScaleOutTest, CrossArticleLinesTurnMapProfilesIntoScoreProfiles) {
  const fs::path batch = dir_.path() / "batch";
  for (size_t i = 0; i < warcs_.size(); ++i) {
    ASSERT_EQ(
        RunCli("map " + warcs_[i] + " --out " + batch.string() + " --task-id " + std::to_string(i) + " -q").exit_code,
        0);
  }
  const std::string map_before = ReadText(batch / "profiles-1.jsonl") + ReadText(batch / "signatures-1.jsonl");
  const fs::path out = dir_.path() / "merged";
  ASSERT_EQ(RunCli("merge " + batch.string() + " --out " + out.string() + " -q").exit_code, 0);
  EXPECT_EQ(ReadText(batch / "profiles-1.jsonl") + ReadText(batch / "signatures-1.jsonl"), map_before);  // immutable

  // Apply each line to its map profile: append the signals, replace scores and reasons.
  std::map<std::string, std::vector<std::string>> tasks;
  for (size_t i = 0; i < warcs_.size(); ++i) {
    tasks[std::to_string(i)] = Lines(ReadText(batch / ("profiles-" + std::to_string(i) + ".jsonl")));
  }
  const std::vector<std::string> cross = Lines(ReadText(out / "cross_article.jsonl"));
  ASSERT_EQ(cross.size(), 3u);
  const std::vector<std::string> merged = Lines(ReadText(out / "profiles.jsonl"));
  for (const std::string& line : cross) {
    const json::object c = json::parse(line).as_object();
    std::string& profile_line =
        tasks.at(std::string(c.at("task").as_string())).at(static_cast<size_t>(c.at("line").as_int64() - 1));
    json::object profile = json::parse(profile_line).as_object();
    EXPECT_EQ(profile.at("id"), c.at("id"));
    for (const json::value& s : c.at("signals").as_array()) profile["signals"].as_array().push_back(s);
    profile["scores"] = c.at("scores");
    profile["reasons"] = c.at("reasons");
    profile_line = json::serialize(profile);
  }
  std::vector<std::string> applied;
  for (const auto& [task, lines] : tasks) applied.insert(applied.end(), lines.begin(), lines.end());
  ASSERT_EQ(applied.size(), merged.size());
  for (size_t i = 0; i < merged.size(); ++i) EXPECT_EQ(json::parse(applied[i]), json::parse(merged[i])) << i;
}

TEST_F(ScaleOutTest, StdinModeWritesThePerFileProfilesConcatenated) {
  const fs::path batch = dir_.path() / "batch";
  std::string expected;
  for (size_t i = 0; i < warcs_.size(); ++i) {
    ASSERT_EQ(
        RunCli("map " + warcs_[i] + " --out " + batch.string() + " --task-id " + std::to_string(i) + " -q").exit_code,
        0);
    expected += ReadText(batch / ("profiles-" + std::to_string(i) + ".jsonl"));
  }
  const fs::path paths = dir_.path() / "paths.txt";
  std::string manifest;
  for (const std::string& w : warcs_) manifest += w + "\n";
  WriteText(paths, manifest);
  const fs::path stdout_file = dir_.path() / "piped.jsonl";
  ASSERT_EQ(RunToFiles("map --paths-from-stdin --profiles-to-stdout < " + paths.string(), stdout_file,
                       dir_.path() / "piped.log"),
            0)
      << ReadText(dir_.path() / "piped.log");
  EXPECT_EQ(ReadText(stdout_file), expected);

  // The merge reads such a file directly (the signatures come from the profiles' text).
  const fs::path out = dir_.path() / "merged";
  const RunResult r = RunCli("merge " + stdout_file.string() + " --out " + out.string() + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  ExpectSameReport(score_out(), out);
}

TEST_F(ScaleOutTest, AnEmptyStdinIsAnEmptyTask) {
  const fs::path empty = dir_.path() / "empty.txt";
  WriteText(empty, "");
  const fs::path stdout_file = dir_.path() / "piped.jsonl";
  EXPECT_EQ(RunToFiles("map --paths-from-stdin --profiles-to-stdout < " + empty.string(), stdout_file,
                       dir_.path() / "piped.log"),
            0);
  EXPECT_EQ(ReadText(stdout_file), "");
}

TEST_F(ScaleOutTest, AKilledTaskIsRunAgainAndCompletes) {
  const fs::path clean = dir_.path() / "clean";
  ASSERT_EQ(RunCli("map " + warcs_[0] + " --out " + clean.string() + " --task-id 4 -q").exit_code, 0);
  // What a task killed mid-run leaves: half-written temporaries, and (killed between
  // the two renames) profiles without signatures.
  const fs::path batch = dir_.path() / "batch";
  fs::create_directories(batch);
  WriteText(batch / "profiles-4.jsonl.tmp", "{\"schema\":\"provscore.profile/1\",\"id\":\"half");
  WriteText(batch / "signatures-4.jsonl.tmp", "{\"id\":");
  const RunResult incomplete = RunCli("merge " + batch.string() + " --out " + (dir_.path() / "m0").string());
  EXPECT_EQ(incomplete.exit_code, 2) << incomplete.output;  // nothing complete to merge
  WriteText(batch / "profiles-4.jsonl", ReadText(clean / "profiles-4.jsonl").substr(0, 100));
  const RunResult refused = RunCli("merge " + batch.string() + " --out " + (dir_.path() / "m1").string());
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_NE(refused.output.find("task 4 in " + batch.string() + " is incomplete"), std::string::npos) << refused.output;

  const RunResult retry = RunCli("map " + warcs_[0] + " --out " + batch.string() + " --task-id 4 -q");
  ASSERT_EQ(retry.exit_code, 0) << retry.output;
  EXPECT_EQ(ReadText(batch / "profiles-4.jsonl"), ReadText(clean / "profiles-4.jsonl"));
  EXPECT_EQ(ReadText(batch / "signatures-4.jsonl"), ReadText(clean / "signatures-4.jsonl"));
  EXPECT_FALSE(fs::exists(batch / "profiles-4.jsonl.tmp"));
  EXPECT_FALSE(fs::exists(batch / "signatures-4.jsonl.tmp"));

  // Done once, done: a second run (a retried array task) changes nothing.
  const auto written = fs::last_write_time(batch / "signatures-4.jsonl");
  const RunResult again = RunCli("map " + warcs_[0] + " --out " + batch.string() + " --task-id 4");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("task 4 already complete"), std::string::npos) << again.output;
  EXPECT_EQ(fs::last_write_time(batch / "signatures-4.jsonl"), written);
}

TEST_F(ScaleOutTest, MergeRefusesFilesOfTwoRuns) {
  const fs::path batch = dir_.path() / "batch";
  ASSERT_EQ(RunCli("map " + warcs_[0] + " --out " + batch.string() + " --task-id 0 -q").exit_code, 0);
  const fs::path other = dir_.path() / "other";
  ASSERT_EQ(RunCli("map " + warcs_[1] + " --out " + other.string() + " --task-id 0 -q").exit_code, 0);
  fs::copy_file(other / "signatures-0.jsonl", batch / "signatures-0.jsonl", fs::copy_options::overwrite_existing);
  const RunResult r = RunCli("merge " + batch.string() + " --out " + (dir_.path() / "m").string());
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("were the files of two runs mixed?"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(dir_.path() / "m" / "report.json"));
  EXPECT_FALSE(fs::exists(dir_.path() / "m" / "cross_article.jsonl"));
}

// Each task records the rules that scored it (task-K.json); a merge whose rules are
// not those of every task stops and names the tasks, unless told --mixed-rules.
TEST_F(ScaleOutTest, MergeRefusesTasksScoredWithOtherRules) {
  const fs::path batch = dir_.path() / "batch";
  const std::string overlay = (fs::path(PROVSCORE_TEST_DATA) / "rules" / "overlay").string();
  ASSERT_EQ(RunCli("map " + warcs_[0] + " --out " + batch.string() + " --task-id 0 -q").exit_code, 0);
  ASSERT_EQ(RunCli("map " + warcs_[1] + " --out " + batch.string() + " --task-id 1 -q --rules " + overlay).exit_code,
            0);
  const json::value record = json::parse(ReadText(batch / "task-1.json"));
  EXPECT_EQ(record.at("schema").as_string(), "provscore.map-task/1");
  EXPECT_EQ(record.at("task").as_string(), "1");
  const std::string overlay_digest(record.at("rules_digest").as_string());
  EXPECT_NE(json::parse(ReadText(batch / "task-0.json")).at("rules_digest").as_string(), overlay_digest);

  // The built-in rules: task 1 differs. The overlay: task 0 differs.
  RunResult r = RunCli("merge " + batch.string() + " --out " + (dir_.path() / "m1").string());
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("task(s) 1 were scored with rules " + overlay_digest), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("--mixed-rules"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(dir_.path() / "m1" / "report.json"));
  r = RunCli("merge " + batch.string() + " --rules " + overlay + " --out " + (dir_.path() / "m2").string());
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("task(s) 0 were scored"), std::string::npos) << r.output;

  r = RunCli("merge " + batch.string() + " --mixed-rules --out " + (dir_.path() / "m3").string());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("merging anyway"), std::string::npos) << r.output;
  EXPECT_TRUE(fs::exists(dir_.path() / "m3" / "report.json"));

  // Map outputs of an older provscore (no record) merge with a warning.
  fs::remove(batch / "task-1.json");
  fs::remove(batch / "task-0.json");
  r = RunCli("merge " + batch.string() + " --out " + (dir_.path() / "m4").string());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("2 map task(s) have no readable task-K.json"), std::string::npos) << r.output;
}

TEST(MapCommandTest, UsageErrors) {
  TempDir dir;
  struct Case {
    std::string args;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"map x.warc", "--out DIR"},
      {"map --out " + dir.str(), "name inputs"},
      {"map x.warc --out " + dir.str() + " --task-id ../up", "letters, digits"},
      {"map http://a.example/x --out " + dir.str(), "fetch it into an archive first"},
      {"map " + dir.str() + "/missing.warc --out " + dir.str(), "no such file"},
      {"merge " + dir.str() + " --out " + dir.str() + "/m", "no map outputs"},
  };
  for (const Case& c : cases) {
    const RunResult r = RunCli(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args << "\n" << r.output;
    EXPECT_NE(r.output.find(c.says), std::string::npos) << c.args << "\n" << r.output;
  }
}

TEST(MapCommandTest, HelpShowsAnExample) {
  for (const std::string command : {"map", "merge"}) {
    const RunResult r = RunCli(command + " --help");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.output.find("provscore " + command + " "), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Example"), std::string::npos) << r.output;
  }
}

}  // namespace
}  // namespace provscore
