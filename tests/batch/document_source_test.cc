#include "batch/document_source.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/batch/batch_fixtures.h"

namespace provscore {
namespace {

using testing::TempDir;
using testing::WriteText;
using testing::WriteWarc;

struct Read {
  std::string path, url;
  bool ok = true;
  std::string error;
};

std::vector<Read> ReadAll(DocumentSource& source, std::vector<SourceProblem>* problems = nullptr) {
  std::vector<Read> out;
  SourceDocument doc;
  Status error;
  while (source.Next(&doc, &error)) {
    out.push_back({doc.path, doc.url, error.ok(), error.message()});
    if (problems)
      for (SourceProblem& p : source.TakeProblems()) problems->push_back(std::move(p));
  }
  if (problems)
    for (SourceProblem& p : source.TakeProblems()) problems->push_back(std::move(p));
  return out;
}

TEST(DocumentSourceTest, FilesAndWarcRecordsComeInInputOrder) {
  TempDir dir;
  WriteText(dir.path() / "one.html", "<html><body><p>First page.</p></body></html>");
  WriteWarc(dir.path() / "two.warc", {{"http://a.example/x", "2024-01-01T00:00:00Z", "<html><p>x</p></html>"},
                                      {"http://a.example/y", "2024-01-01T00:00:01Z", "<html><p>y</p></html>"}});
  WriteText(dir.path() / "three.txt", "A plain text article.");
  auto inputs = ExpandScoreInputs(
      {(dir.path() / "one.html").string(), (dir.path() / "two.warc").string(), (dir.path() / "three.txt").string()});
  ASSERT_TRUE(inputs.ok());
  DocumentSource source(std::move(inputs).value());
  std::vector<SourceProblem> problems;
  const std::vector<Read> docs = ReadAll(source, &problems);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].path, (dir.path() / "one.html").string());
  EXPECT_EQ(docs[1].url, "http://a.example/x");
  EXPECT_EQ(docs[2].url, "http://a.example/y");
  EXPECT_EQ(docs[1].path, (dir.path() / "two.warc").string());
  EXPECT_EQ(docs[3].path, (dir.path() / "three.txt").string());
  EXPECT_EQ(source.documents(), 4u);
  EXPECT_EQ(source.archive_problems(), 0u);
  ASSERT_EQ(problems.size(), 1u);  // the statistics note
  EXPECT_EQ(problems[0].severity, SourceProblem::Severity::kNote);
  EXPECT_EQ(problems[0].message, "2 record(s), 2 HTML page(s) scored");
}

TEST(DocumentSourceTest, AnUnreadableFileIsReturnedWithItsError) {
  TempDir dir;
  const std::string missing = (dir.path() / "gone.html").string();
  ScoreInput in;
  in.kind = ScoreInput::Kind::kDocument;
  in.document.path = missing;
  in.document.kind = ContentKind::kHtml;
  DocumentSource source({in});
  const std::vector<Read> docs = ReadAll(source);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].path, missing);
  EXPECT_FALSE(docs[0].ok);
}

TEST(DocumentSourceTest, AnEmptyWarcIsAnErrorProblem) {
  TempDir dir;
  WriteText(dir.path() / "empty.warc", "");
  auto inputs = ExpandScoreInputs({(dir.path() / "empty.warc").string()});
  ASSERT_TRUE(inputs.ok());
  DocumentSource source(std::move(inputs).value());
  std::vector<SourceProblem> problems;
  EXPECT_TRUE(ReadAll(source, &problems).empty());
  EXPECT_EQ(source.archive_problems(), 1u);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].severity, SourceProblem::Severity::kError);
  EXPECT_EQ(problems[0].message, "not a WARC file: it holds no record");
  EXPECT_EQ(problems[0].path, (dir.path() / "empty.warc").string());
}

TEST(DocumentSourceTest, ATornTailIsAWarningAfterTheCompleteRecords) {
  TempDir dir;
  const auto warc = dir.path() / "torn.warc";
  WriteWarc(warc, {{"http://a.example/x", "2024-01-01T00:00:00Z", "<html><p>x</p></html>"}});
  std::ofstream(warc, std::ios::app | std::ios::binary)
      << "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 2";
  auto inputs = ExpandScoreInputs({warc.string()});
  ASSERT_TRUE(inputs.ok());
  DocumentSource source(std::move(inputs).value());
  std::vector<SourceProblem> problems;
  EXPECT_EQ(ReadAll(source, &problems).size(), 1u);
  EXPECT_EQ(source.archive_problems(), 0u);
  bool warned = false;
  for (const SourceProblem& p : problems) warned |= p.severity == SourceProblem::Severity::kWarning;
  EXPECT_TRUE(warned);
}

TEST(DocumentSourceTest, AWarcThatCannotBeOpenedIsOneDocumentWithItsError) {
  ScoreInput in;
  in.kind = ScoreInput::Kind::kWarc;
  in.location = "/nonexistent/folder/x.warc";
  DocumentSource source({in});
  const std::vector<Read> docs = ReadAll(source);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok);
  EXPECT_EQ(docs[0].path, in.location);
}

TEST(DocumentSourceTest, AUrlNeverFetchedSaysSo) {
  ScoreInput in;
  in.kind = ScoreInput::Kind::kUrl;
  in.location = "http://a.example/never";
  DocumentSource source({in});
  const std::vector<Read> docs = ReadAll(source);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].url, in.location);
  EXPECT_EQ(docs[0].error, "not fetched: interrupted");
}

TEST(ReadInputPathsTest, OnePathPerLineWithoutBlanksOrComments) {
  std::istringstream in("a.warc.gz\n\n  # a comment\n  b.warc  \r\nc d.warc\n");
  EXPECT_EQ(ReadInputPaths(in), (std::vector<std::string>{"a.warc.gz", "b.warc", "c d.warc"}));
}

}  // namespace
}  // namespace provscore
