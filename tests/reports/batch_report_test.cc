#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "reports/report_writer.h"
#include "tests/read_file.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

ReliabilityProfile Profile(const std::string& id, const std::string& site, double overall, const std::string& grade) {
  ReliabilityProfile p;
  p.id = id;
  p.input.path = id + ".html";
  p.input.content_type = "text/html";
  p.article.site_name = site;
  p.article.text = "Some text.";
  p.scores.overall = overall;
  p.scores.grade = grade;
  p.scores.dimensions["originality"] = 70;
  return p;
}

using testing::ReadFile;

class BatchReportTest : public ::testing::Test {
 protected:
  testing::TempDir tmp_;
  const fs::path dir_ = tmp_.path();
};

TEST_F(BatchReportTest, AdditionsAreAppliedRescoredAndCounted) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r1", ""}).ok());
  ASSERT_TRUE(w.Add(Profile("a", "Wire", 80, "B")).ok());
  ASSERT_TRUE(w.Add(Profile("b", "Paper", 75, "B")).ok());
  ASSERT_TRUE(w.Add(Profile("c", "Paper", 65, "C")).ok());

  BatchAdditions additions;
  Signal copy;
  copy.type = "syndicated_copy";
  copy.rule = "batch.near-duplicate";
  copy.confidence = 0.9;
  copy.evidence.push_back({"near-duplicate of a.html", 0, 0, "batch"});
  copy.fields["credited"] = false;
  additions.signals = {{}, {}, {copy}};
  size_t rescored = 0;
  additions.rescore = [&](ReliabilityProfile& p) {
    ++rescored;
    p.scores.overall = 40;
    p.scores.grade = "D";
  };
  additions.clusters.push_back(json::object{{"id", 0}, {"original", "a"}});
  ASSERT_TRUE(w.Finish(&additions).ok());
  EXPECT_EQ(rescored, 1u);

  std::ifstream jsonl(dir_ / "profiles.jsonl");
  std::vector<json::object> profiles;
  std::string line;
  while (std::getline(jsonl, line)) profiles.push_back(json::parse(line).as_object());
  ASSERT_EQ(profiles.size(), 3u);
  EXPECT_EQ(profiles[2].at("signals").as_array().size(), 1u);
  EXPECT_EQ(profiles[2].at("scores").at("grade").as_string(), "D");
  EXPECT_TRUE(profiles[0].at("signals").as_array().empty());

  const json::object report = json::parse(ReadFile(dir_ / "report.json")).as_object();
  const json::object& counts = report.at("counts").as_object();
  EXPECT_EQ(counts.at("signals").at("syndicated_copy").as_int64(), 1);
  EXPECT_EQ(counts.at("grades").at("D").as_int64(), 1);
  EXPECT_EQ(counts.at("grades").at("B").as_int64(), 2);
  EXPECT_EQ(counts.at("score_distribution").at("40-49").as_int64(), 1);
  EXPECT_EQ(counts.at("score_distribution").at("80-89").as_int64(), 1);
  EXPECT_EQ(counts.at("sites").at("Paper").at("documents").as_int64(), 2);
  EXPECT_DOUBLE_EQ(counts.at("sites").at("Paper").at("average_overall").to_number<double>(), 57.5);
  EXPECT_EQ(report.at("clusters").as_array().size(), 1u);
  EXPECT_EQ(report.at("profiles").as_array().at(2).at("scores").at("grade").as_string(), "D");
  EXPECT_FALSE(fs::exists(dir_ / "profiles.pass1.jsonl.tmp"));
}

TEST_F(BatchReportTest, WithoutAdditionsTheReportHasEmptyClusters) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r1", ""}).ok());
  ASSERT_TRUE(w.Add(Profile("a", "", 100, "A")).ok());
  ASSERT_TRUE(w.Finish().ok());
  const json::object report = json::parse(ReadFile(dir_ / "report.json")).as_object();
  EXPECT_TRUE(report.at("clusters").as_array().empty());
  EXPECT_EQ(report.at("counts").at("score_distribution").at("90-100").as_int64(), 1);
  EXPECT_EQ(report.at("counts").at("sites").at("(unknown)").at("documents").as_int64(), 1);
}

}  // namespace
}  // namespace provscore
