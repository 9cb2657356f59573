#include "reports/report_writer.h"

#include <boost/json.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reports/profile_json.h"
#include "tests/read_file.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

using testing::ReadFile;

std::vector<std::string> ReadLines(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

Signal MakeSignal(const char* type, const char* rule, double confidence, Evidence evidence) {
  Signal s;
  s.type = type;
  s.rule = rule;
  s.confidence = confidence;
  s.evidence = {std::move(evidence)};
  return s;
}

// Document `i` of a small batch: every third has an error, signals vary.
ReliabilityProfile MakeProfile(int i) {
  ReliabilityProfile p;
  p.id = "id-" + std::to_string(i);
  p.input = {"in/" + std::to_string(i) + ".html", "", "text/html", 100, "utf-8", "default", {}};
  p.article.title = "Article " + std::to_string(i);
  p.article.text = "Body of article " + std::to_string(i) + ". (Reuters) Translated by machine.";
  const size_t paren = p.article.text.find("(Reuters)");
  p.signals.push_back(MakeSignal(kSignalWireAttribution, "wa.en.paren", 0.9, {"(Reuters)", paren, paren + 9, "body"}));
  if (i % 2 == 0) {
    const size_t t = p.article.text.find("Translated");
    p.signals.push_back(
        MakeSignal(kSignalTranslationNotice, "tn.en.machine", 0.7, {"Translated by machine", t, t + 21, "body"}));
  }
  p.scores.overall = 50.0 + i;
  p.scores.grade = i % 2 == 0 ? "B" : "C";
  if (i % 3 == 0) p.errors.push_back({kErrCharsetUnknown, "No charset was declared."});
  return p;
}

class ReportWriterTest : public ::testing::Test {
 protected:
  testing::TempDir tmp_;

  // Writes profiles 0..n-1 into `dir`.
  static void WriteBatch(const fs::path& dir, int n, ReportMeta meta = {"0.1.0", "2024.1", ""}) {
    ReportWriter w;
    ASSERT_TRUE(w.Open(dir, meta).ok());
    for (int i = 0; i < n; ++i) ASSERT_TRUE(w.Add(MakeProfile(i)).ok());
    ASSERT_TRUE(w.Finish().ok());
  }

  const fs::path dir_ = tmp_.path();
};

TEST_F(ReportWriterTest, ProfilesJsonlHasOneLinePerDocumentInInputOrder) {
  WriteBatch(dir_, 5);
  const std::vector<std::string> lines = ReadLines(dir_ / "profiles.jsonl");
  ASSERT_EQ(lines.size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(lines[static_cast<size_t>(i)], SerializeJson(ProfileToJson(MakeProfile(i)))) << i;
  }
}

TEST_F(ReportWriterTest, ReportJsonParsesAndCountsAreRight) {
  WriteBatch(dir_, 5);
  const json::value report = json::parse(ReadFile(dir_ / "report.json"));
  EXPECT_EQ(report.at("schema").as_string(), "provscore.report/1");
  EXPECT_EQ(SerializeJson(report.at("tool")), R"({"name":"provscore","version":"0.1.0"})");
  EXPECT_EQ(report.at("rules_version").as_string(), "2024.1");
  // Errors on 0 and 3; translation notices on 0, 2, 4; grades B for even documents.
  const json::object& counts = report.at("counts").as_object();
  EXPECT_EQ(counts.at("documents").as_int64(), 5);
  EXPECT_EQ(counts.at("with_errors").as_int64(), 2);
  EXPECT_EQ(SerializeJson(counts.at("signals")), R"({"translation_notice":3,"wire_attribution":5})");
  EXPECT_EQ(SerializeJson(counts.at("grades")), R"({"B":3,"C":2})");
  EXPECT_TRUE(counts.contains("score_distribution"));
  EXPECT_TRUE(counts.contains("sites"));
  EXPECT_EQ(SerializeJson(report.at("inputs")), R"(["in/0.html","in/1.html","in/2.html","in/3.html","in/4.html"])");
  const json::array& profiles = report.at("profiles").as_array();
  ASSERT_EQ(profiles.size(), 5u);
  const std::vector<std::string> lines = ReadLines(dir_ / "profiles.jsonl");
  for (size_t i = 0; i < profiles.size(); ++i) EXPECT_EQ(SerializeJson(profiles[i]), lines[i]);
}

TEST_F(ReportWriterTest, ReportJsonKeysFollowTheLayout) {
  WriteBatch(dir_, 2, {"0.1.0", "2024.1", "2024-06-01T00:00:00Z", "sha256:00112233aabbccdd"});
  const json::object report = json::parse(ReadFile(dir_ / "report.json")).as_object();
  std::vector<std::string> keys;
  for (const auto& kv : report) keys.emplace_back(kv.key());
  EXPECT_THAT(keys, ElementsAre("schema", "tool", "rules_version", "rules_digest", "generated_at", "counts",
                                "clusters", "inputs", "profiles"));
  EXPECT_EQ(report.at("generated_at").as_string(), "2024-06-01T00:00:00Z");
  EXPECT_EQ(report.at("rules_digest").as_string(), "sha256:00112233aabbccdd");
}

TEST_F(ReportWriterTest, ReportJsonOmitsGeneratedAtWhenEmpty) {
  WriteBatch(dir_, 1);
  EXPECT_FALSE(json::parse(ReadFile(dir_ / "report.json")).as_object().contains("generated_at"));
}

TEST_F(ReportWriterTest, ReportJsonHasOneProfilePerLine) {
  WriteBatch(dir_, 3);
  const std::vector<std::string> lines = ReadLines(dir_ / "report.json");
  ASSERT_EQ(lines.size(), 7u);  // head, clusters, inputs and profiles key, 3 profiles, closing bracket
  EXPECT_EQ(lines[3], SerializeJson(ProfileToJson(MakeProfile(0))) + ",");
  EXPECT_EQ(lines[5], SerializeJson(ProfileToJson(MakeProfile(2))));
  EXPECT_EQ(lines[6], "]}");
}

TEST_F(ReportWriterTest, SameBatchTwiceGivesByteIdenticalFiles) {
  WriteBatch(dir_ / "a", 4);
  WriteBatch(dir_ / "b", 4);
  for (const char* name : {"profiles.jsonl", "report.json", "report.html"}) {
    const std::string a = ReadFile(dir_ / "a" / name);
    EXPECT_FALSE(a.empty()) << name;
    EXPECT_EQ(a, ReadFile(dir_ / "b" / name)) << name;
  }
}

TEST_F(ReportWriterTest, EmptyBatchWritesAValidReport) {
  WriteBatch(dir_, 0);
  EXPECT_TRUE(ReadLines(dir_ / "profiles.jsonl").empty());
  const json::value report = json::parse(ReadFile(dir_ / "report.json"));
  EXPECT_EQ(report.at("counts").at("documents").to_number<int>(), 0);
  EXPECT_TRUE(report.at("profiles").as_array().empty());
  EXPECT_THAT(ReadFile(dir_ / "report.html"), HasSubstr("</html>"));
}

TEST_F(ReportWriterTest, NothingLooksCompleteBeforeFinish) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r", ""}).ok());
  ASSERT_TRUE(w.Add(MakeProfile(0)).ok());
  EXPECT_FALSE(fs::exists(dir_ / "profiles.jsonl"));
  EXPECT_FALSE(fs::exists(dir_ / "report.json"));
  EXPECT_FALSE(fs::exists(dir_ / "report.html"));
  ASSERT_TRUE(w.Finish().ok());
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_NE(entry.path().extension(), ".tmp") << entry.path();
  }
  EXPECT_TRUE(fs::exists(dir_ / "report.json"));
}

TEST_F(ReportWriterTest, OpenRemovesThePreviousRunsReport) {
  WriteBatch(dir_, 2);
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r", ""}).ok());
  EXPECT_FALSE(fs::exists(dir_ / "report.json"));
  EXPECT_FALSE(fs::exists(dir_ / "report.html"));
  EXPECT_FALSE(fs::exists(dir_ / "profiles.jsonl"));
  ASSERT_TRUE(w.Finish().ok());
}

TEST_F(ReportWriterTest, CountsDocumentsAndDocumentsWithErrors) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {}).ok());
  for (int i = 0; i < 7; ++i) ASSERT_TRUE(w.Add(MakeProfile(i)).ok());
  EXPECT_EQ(w.documents(), 7u);
  EXPECT_EQ(w.documents_with_errors(), 3u);  // 0, 3, 6
  ASSERT_TRUE(w.Finish().ok());
}

TEST_F(ReportWriterTest, AddBeforeOpenFails) {
  ReportWriter w;
  EXPECT_EQ(w.Add(MakeProfile(0)).code(), StatusCode::kInvalidArgument);
}

TEST_F(ReportWriterTest, FinishBeforeOpenFails) {
  ReportWriter w;
  EXPECT_EQ(w.Finish().code(), StatusCode::kInvalidArgument);
}

TEST_F(ReportWriterTest, FinishTwiceFailsTheSecondTime) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {}).ok());
  ASSERT_TRUE(w.Finish().ok());
  EXPECT_EQ(w.Finish().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(w.Add(MakeProfile(0)).code(), StatusCode::kInvalidArgument);
}

TEST_F(ReportWriterTest, OpenFailsWhenTheFolderIsAFile) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "file") << "x";
  ReportWriter w;
  EXPECT_EQ(w.Open(dir_ / "file", {}).code(), StatusCode::kIoError);
}

TEST_F(ReportWriterTest, FinishWritesTheIndexAndOnePagePerArticle) {
  WriteBatch(dir_, 3);
  const std::string index = ReadFile(dir_ / "report.html");
  EXPECT_THAT(index, HasSubstr("[2,\"id-2\",\"Article 2\","));
  for (int i = 0; i < 3; ++i) {
    const std::string page = ReadFile(dir_ / "a" / ("id-" + std::to_string(i) + ".html"));
    EXPECT_THAT(page, HasSubstr("<h1 dir=\"auto\"><bdi>Article " + std::to_string(i) + "</bdi></h1>")) << i;
  }
}

}  // namespace
}  // namespace provscore
