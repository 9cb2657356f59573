// Runs the real binary on fixture folders and checks the output contract.
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "tests/cli/run_cli.h"
#include "tests/read_file.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::RunCli;
using testing::RunResult;
namespace json = boost::json;

using testing::ReadFile;

std::vector<json::object> ReadProfiles(const fs::path& dir) {
  std::vector<json::object> out;
  std::ifstream in(dir / "profiles.jsonl");
  std::string line;
  while (std::getline(in, line)) out.push_back(json::parse(line).as_object());
  return out;
}

class EndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = fs::temp_directory_path() /
           ("provscore-e2e-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(out_);
  }
  void TearDown() override { fs::remove_all(out_); }
  fs::path out_;
  const fs::path data_ = fs::path(PROVSCORE_TEST_DATA) / "e2e";
};

const json::object* FindByName(const std::vector<json::object>& profiles, const std::string& name) {
  for (const auto& p : profiles) {
    if (fs::path(std::string(p.at("input").at("path").as_string())).filename() == name) return &p;
  }
  return nullptr;
}

bool HasErrorCode(const json::object& p, const std::string& code) {
  for (const auto& e : p.at("errors").as_array()) {
    if (e.at("code").as_string() == code) return true;
  }
  return false;
}

TEST_F(EndToEndTest, FixtureFolderGivesOneProfilePerFileAndExitOneForJunk) {
  const RunResult r = RunCli("score " + data_.string() + " --out " + out_.string() + " -q");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  const auto profiles = ReadProfiles(out_);
  ASSERT_EQ(profiles.size(), 6u);
  for (const auto& p : profiles) {
    EXPECT_EQ(p.at("schema").as_string(), "provscore.profile/1");
    EXPECT_EQ(p.at("id").as_string().size(), 16u);
    EXPECT_TRUE(p.at("article").at("text").is_string());
    EXPECT_TRUE(p.at("scores").at("overall").is_number());
  }
  // Input order is the sorted folder order.
  EXPECT_EQ(fs::path(std::string(profiles[0].at("input").at("path").as_string())).filename(), "broken.html");

  const auto* empty = FindByName(profiles, "empty.html");
  ASSERT_NE(empty, nullptr);
  EXPECT_TRUE(HasErrorCode(*empty, "empty_input"));
  const auto* junk = FindByName(profiles, "junk.html");
  ASSERT_NE(junk, nullptr);
  EXPECT_TRUE(HasErrorCode(*junk, "binary_input"));
  const auto* wrong = FindByName(profiles, "wrong-charset.html");
  ASSERT_NE(wrong, nullptr);
  EXPECT_TRUE(HasErrorCode(*wrong, "invalid_utf8"));
  const auto* broken = FindByName(profiles, "broken.html");
  ASSERT_NE(broken, nullptr);
  EXPECT_NE(std::string(broken->at("article").at("text").as_string()).find("council meeting"), std::string::npos);

  const auto* html = FindByName(profiles, "good.html");
  ASSERT_NE(html, nullptr);
  EXPECT_TRUE(html->at("errors").as_array().empty());
  EXPECT_EQ(html->at("article").at("title").as_string(), "Rail strike halts trains");
  EXPECT_EQ(html->at("article").at("authors").as_array().at(0).as_string(), "Ines Kovač");
  size_t cross_links = 0;
  for (const auto& s : html->at("signals").as_array()) {
    if (s.at("type").as_string() == "injected_cross_link") {
      ++cross_links;
      EXPECT_EQ(s.at("target_url").as_string(), "https://valley.example/news/bus-timetable");
    }
  }
  EXPECT_EQ(cross_links, 1u);

  const auto* text = FindByName(profiles, "good.txt");
  ASSERT_NE(text, nullptr);
  bool notice = false;
  for (const auto& s : text->at("signals").as_array()) {
    if (s.at("type").as_string() == "translation_notice") {
      notice = true;
      EXPECT_EQ(s.at("kind").as_string(), "machine");
      EXPECT_EQ(s.at("from_lang").as_string(), "no");
      const auto& ev = s.at("evidence").as_object();
      const std::string body(text->at("article").at("text").as_string());
      const auto start = static_cast<size_t>(ev.at("start").as_int64());
      const auto end = static_cast<size_t>(ev.at("end").as_int64());
      EXPECT_EQ(body.substr(start, end - start), std::string(ev.at("text").as_string()));
    }
  }
  EXPECT_TRUE(notice);

  const json::object report = json::parse(ReadFile(out_ / "report.json")).as_object();
  EXPECT_EQ(report.at("profiles").as_array().size(), 6u);
  EXPECT_FALSE(ReadFile(out_ / "report.html").empty());
}

TEST_F(EndToEndTest, OutputIsByteIdenticalAcrossRuns) {
  const fs::path second = out_ / "second";
  RunCli("score " + (data_ / "good.html").string() + " --out " + out_.string() + " -q");
  RunCli("score " + (data_ / "good.html").string() + " --out " + second.string() + " -q");
  EXPECT_EQ(ReadFile(out_ / "profiles.jsonl"), ReadFile(second / "profiles.jsonl"));
  EXPECT_EQ(ReadFile(out_ / "report.json"), ReadFile(second / "report.json"));
}

TEST_F(EndToEndTest, OutputDoesNotDependOnTheNumberOfJobs) {
  // The fixture folder (junk among good pages) and the syndication fixtures, on one
  // thread and on four: the same bytes, in input order.
  const std::string inputs = data_.string() + " " + (fs::path(PROVSCORE_TEST_DATA) / "syndication").string();
  const fs::path one = out_ / "one", four = out_ / "four";
  const RunResult r1 = RunCli("score " + inputs + " -j 1 --out " + one.string() + " -q");
  const RunResult r4 = RunCli("score " + inputs + " -j 4 --out " + four.string() + " -q");
  EXPECT_EQ(r1.exit_code, 1) << r1.output;
  EXPECT_EQ(r4.exit_code, 1) << r4.output;
  ASSERT_GT(ReadProfiles(one).size(), 6u);
  EXPECT_EQ(ReadFile(one / "profiles.jsonl"), ReadFile(four / "profiles.jsonl"));
  EXPECT_EQ(ReadFile(one / "report.json"), ReadFile(four / "report.json"));
  EXPECT_EQ(ReadFile(one / "report.html"), ReadFile(four / "report.html"));
}

TEST_F(EndToEndTest, CleanInputsExitZero) {
  const RunResult r = RunCli("score " + (data_ / "good.html").string() + " " + (data_ / "good.txt").string() +
                          " --out " + out_.string());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(ReadProfiles(out_).size(), 2u);
}

TEST_F(EndToEndTest, StandardInputIsScored) {
  const RunResult r = RunCli("score - --out " + out_.string() + " -q < " + (data_ / "good.html").string());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  const auto profiles = ReadProfiles(out_);
  ASSERT_EQ(profiles.size(), 1u);
  EXPECT_EQ(profiles[0].at("input").at("path").as_string(), "-");
  EXPECT_EQ(profiles[0].at("input").at("content_type").as_string(), "text/html");
}

TEST_F(EndToEndTest, TwentyMegabytePageIsScored) {
  fs::create_directories(out_);
  const fs::path big = out_ / "big.html";
  {
    std::ofstream f(big);
    f << "<html><head><title>Big page</title></head><body><article><h1>Big page</h1>";
    const std::string para =
        "<p>The regional council met again on Thursday to discuss the harbour budget, the ferry timetable and the "
        "new bus lanes, and members agreed to publish the minutes next week.</p>\n";
    while (static_cast<size_t>(f.tellp()) < 20u * 1024 * 1024) f << para;
    f << "</article></body></html>";
  }
  // Under a raised --max-bytes the whole page is scored, with no error.
  // No deadline: under the sanitizers a 20 MB page can take longer than the default 10 s.
  const RunResult r =
      RunCli("score " + big.string() + " --max-bytes 32M --max-seconds 0 --out " + (out_ / "o").string() + " -q");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  const auto profiles = ReadProfiles(out_ / "o");
  ASSERT_EQ(profiles.size(), 1u);
  EXPECT_GT(profiles[0].at("article").at("word_count").as_int64(), 1000);
  EXPECT_TRUE(profiles[0].at("errors").as_array().empty());
  // Under the default (16 MiB) its first 16 MiB are scored and the cut is reported.
  const RunResult cut = RunCli("score " + big.string() + " --max-seconds 0 --out " + (out_ / "d").string() + " -q");
  EXPECT_EQ(cut.exit_code, 1) << cut.output;
  const auto cut_profiles = ReadProfiles(out_ / "d");
  ASSERT_EQ(cut_profiles.size(), 1u);
  EXPECT_GT(cut_profiles[0].at("article").at("word_count").as_int64(), 1000);
  ASSERT_EQ(cut_profiles[0].at("errors").as_array().size(), 1u);
  EXPECT_EQ(cut_profiles[0].at("errors").at(0).at("code").as_string(), "too_large");
}

TEST_F(EndToEndTest, MissingInputIsAUsageError) {
  const RunResult r = RunCli("score " + (data_ / "nope.html").string() + " --out " + out_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("no such file"), std::string::npos) << r.output;
}

TEST_F(EndToEndTest, BrokenUserRulesAreAUsageErrorWithFileAndLine) {
  const fs::path rules = fs::path(PROVSCORE_TEST_DATA) / "rules" / "bad-pattern";
  const RunResult score = RunCli("score " + (data_ / "good.html").string() + " --out " + out_.string() + " --rules " +
                              rules.string());
  EXPECT_EQ(score.exit_code, 2);
  EXPECT_NE(score.output.find("rules.json:6"), std::string::npos) << score.output;
  const RunResult check = RunCli("rules check " + rules.string());
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_NE(check.output.find("bad pattern"), std::string::npos) << check.output;
  const RunResult ok = RunCli("rules check");
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
}

TEST_F(EndToEndTest, NearDuplicatesAreClusteredAndSameTopicArticlesAreNot) {
  // The syndication fixtures: one wire story, three copies of it, one same-event
  // article from another outlet and five storm articles about one day's events.
  const fs::path batch = fs::path(PROVSCORE_TEST_DATA) / "syndication";
  const RunResult r = RunCli("score " + batch.string() + " --out " + out_.string() + " -q");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  const json::object report = json::parse(ReadFile(out_ / "report.json")).as_object();
  const json::array& clusters = report.at("clusters").as_array();
  ASSERT_EQ(clusters.size(), 1u) << ReadFile(out_ / "report.json").substr(0, 2000);
  std::set<std::string> members;
  for (const auto& m : clusters[0].at("members").as_array()) {
    members.insert(fs::path(std::string(m.at("path").as_string())).filename().string());
  }
  EXPECT_EQ(members, (std::set<std::string>{"wire_original.txt", "republished_credited.txt", "republished_edited.txt",
                                            "republished_padded.txt"}));
  size_t copies = 0;
  for (const auto& p : ReadProfiles(out_)) {
    for (const auto& s : p.at("signals").as_array()) {
      if (s.at("type").as_string() != "syndicated_copy") continue;
      ++copies;
      bool explained = false;
      for (const auto& reason : p.at("reasons").as_array()) {
        explained |= reason.at("dimension").as_string() == "originality" && reason.at("points").to_number<double>() < 0;
      }
      EXPECT_TRUE(explained) << p.at("input").at("path").as_string();
    }
  }
  EXPECT_EQ(copies, 3u);
}

TEST_F(EndToEndTest, ExplainPrintsEveryReasonWithItsEvidence) {
  RunCli("score " + (data_ / "good.html").string() + " --out " + out_.string() + " -q");
  const RunResult r = RunCli("explain good.html --in " + out_.string());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("Rail strike halts trains"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("injected_cross_link"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("READ ALSO"), std::string::npos) << r.output;
  const RunResult missing = RunCli("explain no-such-article --in " + out_.string());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.output.find("no profile"), std::string::npos) << missing.output;
}

TEST_F(EndToEndTest, VersionNamesToolAndRules) {
  const RunResult r = RunCli("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("provscore 0."), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("rules 20"), std::string::npos) << r.output;
}

TEST_F(EndToEndTest, ReportRerendersTheHtmlFromSavedOutput) {
  RunCli("score " + (data_ / "good.html").string() + " --out " + out_.string() + " -q");
  const fs::path site = out_ / "site";
  const RunResult r = RunCli("report " + out_.string() + " --out " + site.string());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(ReadFile(site / "report.html"), ReadFile(out_ / "report.html"));
  size_t pages = 0;
  for (const auto& e : fs::directory_iterator(site / "a")) {
    EXPECT_EQ(ReadFile(e.path()), ReadFile(out_ / "a" / e.path().filename())) << e.path();
    ++pages;
  }
  EXPECT_EQ(pages, 1u);
  EXPECT_EQ(RunCli("report " + (out_ / "nothing-here").string()).exit_code, 2);
}

}  // namespace
}  // namespace provscore
