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

#include "reports/html_report.h"
#include "reports/profile_json.h"
#include "tests/read_file.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

using testing::ReadFile;

std::vector<std::string> ReadLines(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t CountOf(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
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
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("provscore_reports_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes profiles 0..n-1 into `dir`.
  static void WriteBatch(const fs::path& dir, int n, ReportMeta meta = {"0.1.0", "2024.1", ""}) {
    ReportWriter w;
    ASSERT_TRUE(w.Open(dir, meta).ok());
    for (int i = 0; i < n; ++i) ASSERT_TRUE(w.Add(MakeProfile(i)).ok());
    ASSERT_TRUE(w.Finish().ok());
  }

  fs::path dir_;
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
  WriteBatch(dir_, 2, {"0.1.0", "2024.1", "2024-06-01T00:00:00Z"});
  const json::object report = json::parse(ReadFile(dir_ / "report.json")).as_object();
  std::vector<std::string> keys;
  for (const auto& kv : report) keys.emplace_back(kv.key());
  EXPECT_THAT(keys,
              ElementsAre("schema", "tool", "rules_version", "generated_at", "counts", "clusters", "inputs", "profiles"));
  EXPECT_EQ(report.at("generated_at").as_string(), "2024-06-01T00:00:00Z");
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

// A batch that exercises the page: long and multibyte text, hostile titles,
// overlapping and broken spans, errors. Kept when PROVSCORE_SAMPLE_REPORT_DIR is set.
TEST_F(ReportWriterTest, SampleBatchRendersOneRowPerArticle) {
  const char* keep = std::getenv("PROVSCORE_SAMPLE_REPORT_DIR");
  const fs::path dir = keep != nullptr ? fs::path(keep) : dir_;
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir, {"0.1.0", "2024.06", "2024-06-01T12:00:00Z"}).ok());
  for (int i = 0; i < 12; ++i) {
    ReliabilityProfile p = MakeProfile(i);
    p.input.url = "https://news" + std::to_string(i % 4) + ".example/story/" + std::to_string(i);
    p.article.site_name = i % 4 == 0 ? "" : "News Site " + std::to_string(i % 4);
    p.article.authors = {{"Jane Doe", "json-ld", 0.9}};
    p.article.published = SourcedValue{"2024-05-0" + std::to_string(1 + i % 9) + "T08:00:00Z", "meta", 0.8};
    p.article.language = "en";
    p.scores.dimensions = {{"attribution", 40.0 + 4 * i}, {"transparency", 90.0 - 3 * i}};
    p.reasons = {{0, "attribution", -8.0, "Wire copy republished without a byline."},
                 {-1, "transparency", 5.0, "A named author is given."}};
    p.signals[0].fields["outlet"] = "Reuters";
    if (i == 1) p.article.title = "<script>alert('x')</script> & more";
    if (i == 5) {
      p.article.title = "Zürich und 東京: ein Bericht";
      p.article.text = "In Zürich sagte der Sprecher (dpa) heute: 東京 bleibt offen.\n\nÜbersetzt von DeepL.";
      const size_t dpa = p.article.text.find("(dpa)");
      const size_t tn = p.article.text.find("Übersetzt");
      p.signals = {MakeSignal(kSignalWireAttribution, "wa.de.paren", 0.95, {"(dpa)", dpa, dpa + 5, "body"}),
                   MakeSignal(kSignalTranslationNotice, "tn.de.deepl", 0.8,
                              {"Übersetzt von DeepL", tn, tn + 20, "body"})};
      p.signals[1].fields["engine"] = "deepl";
    }
    if (i == 7) {
      std::string text;
      for (int k = 0; k < 40; ++k) text += "Paragraph " + std::to_string(k) + " of a long article.\n\n";
      p.article.text = text + "(AP) Copyright 2024.";
      p.signals[0].evidence = {{"(AP)", text.size(), text.size() + 4, "body"}, {"AP", 0, 2, "byline"}};
    }
    p.article.links = {{"https://example.com/" + std::to_string(i), "x", 0, 1}};
    ASSERT_TRUE(w.Add(p).ok());
  }
  ASSERT_TRUE(w.Finish().ok());
  const std::string html = ReadFile(dir / "report.html");
  EXPECT_EQ(CountOf(html, "<details class=\"art\""), 12u);
  EXPECT_EQ(CountOf(html, "<script"), 1u);
  EXPECT_THAT(html, HasSubstr("<mark data-signal=\"0\" title=\"wire_attribution: wa.de.paren\">(dpa)</mark>"));
  EXPECT_THAT(html, HasSubstr("<mark data-signal=\"1\" title=\"translation_notice: tn.de.deepl\">"
                              "Übersetzt von DeepL</mark>"));
}

// ---- report.html -------------------------------------------------------------

// The HTML of one article as ReportWriter renders it: through the JSON line.
std::string ArticleHtml(const ReliabilityProfile& p) {
  const json::value v = json::parse(SerializeJson(ProfileToJson(p)));
  std::ostringstream out;
  WriteHtmlReportArticle(out, v.as_object());
  return out.str();
}

// The contents of the article-text box with the <mark> tags taken out.
std::string TextWithoutMarks(const std::string& html) {
  const std::string open = "<div class=\"text\">";
  const size_t start = html.find(open);
  if (start == std::string::npos) return "<no text box>";
  std::string text = html.substr(start + open.size(), html.find("</div>", start) - start - open.size());
  for (size_t m = text.find("<mark"); m != std::string::npos; m = text.find("<mark")) {
    text.erase(m, text.find('>', m) - m + 1);
  }
  for (size_t m = text.find("</mark>"); m != std::string::npos; m = text.find("</mark>")) text.erase(m, 7);
  return text;
}

ReliabilityProfile TextProfile(std::string text, std::vector<Evidence> spans) {
  ReliabilityProfile p;
  p.article.title = "T";
  p.article.text = std::move(text);
  for (Evidence& e : spans) p.signals.push_back(MakeSignal(kSignalPageResidue, "pr.test", 0.5, std::move(e)));
  return p;
}

TEST(HtmlReportTest, HtmlEscapeEscapesAllFiveSpecialCharacters) {
  EXPECT_EQ(HtmlEscape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(HtmlEscape("Zürich"), "Zürich");
}

TEST(HtmlReportTest, EscapesScriptInTitleAndText) {
  ReliabilityProfile p = TextProfile("<script>alert(1)</script> body", {});
  p.article.title = "<script>alert(\"t\")</script>";
  p.article.site_name = "\"><img onerror=x>";
  std::ostringstream page;
  WriteHtmlReportHead(page, {"0.1.0", "<b>r</b>", ""}, 1, {{"<i>t</i>", 1}});
  page << ArticleHtml(p);
  WriteHtmlReportTail(page);
  const std::string html = page.str();
  EXPECT_EQ(CountOf(html, "<script"), 1u);  // the page's own script only
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("<b>r</b>")));
  EXPECT_THAT(html, Not(HasSubstr("<i>t</i>")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;"));
  EXPECT_THAT(html, HasSubstr("data-title=\"&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;\""));
  EXPECT_THAT(html, HasSubstr("data-site=\"&quot;&gt;&lt;img onerror=x&gt;\""));
  EXPECT_EQ(TextWithoutMarks(html), "&lt;script&gt;alert(1)&lt;/script&gt; body");
}

TEST(HtmlReportTest, HighlightsABodySpanWithItsExactText) {
  const std::string html = ArticleHtml(TextProfile("Said (Reuters) today.", {{"(Reuters)", 5, 14, "body"}}));
  EXPECT_THAT(html, HasSubstr("Said <mark data-signal=\"0\" title=\"page_residue: pr.test\">(Reuters)</mark> today."));
}

TEST(HtmlReportTest, HighlightsEverySpanOfASignalIncludingMoreEvidence) {
  ReliabilityProfile p = TextProfile("one two three", {{"one", 0, 3, "body"}});
  p.signals[0].evidence.push_back({"three", 8, 13, "body"});
  const std::string html = ArticleHtml(p);
  EXPECT_THAT(html, HasSubstr(">one</mark>"));
  EXPECT_THAT(html, HasSubstr(">three</mark>"));
  EXPECT_EQ(TextWithoutMarks(html), "one two three");
}

TEST(HtmlReportTest, SkipsOutOfRangeAndEmptySpans) {
  const std::string html = ArticleHtml(TextProfile(
      "short text", {{"x", 5, 99, "body"}, {"x", 99, 120, "body"}, {"x", 6, 4, "body"}, {"", 3, 3, "body"}}));
  EXPECT_THAT(html, Not(HasSubstr("<mark")));
  EXPECT_EQ(TextWithoutMarks(html), "short text");
}

TEST(HtmlReportTest, SkipsASpanThatOverlapsAnEarlierOne) {
  const std::string html =
      ArticleHtml(TextProfile("alpha beta gamma", {{"beta gamma", 6, 16, "body"}, {"alpha beta", 0, 10, "body"}}));
  EXPECT_EQ(CountOf(html, "<mark"), 1u);
  EXPECT_THAT(html, HasSubstr("<mark data-signal=\"1\" title=\"page_residue: pr.test\">alpha beta</mark>"));
  EXPECT_EQ(TextWithoutMarks(html), "alpha beta gamma");
}

TEST(HtmlReportTest, KeepsTheLongerOfTwoSpansStartingTogether) {
  const std::string html = ArticleHtml(TextProfile("alpha beta", {{"al", 0, 2, "body"}, {"alpha", 0, 5, "body"}}));
  EXPECT_EQ(CountOf(html, "<mark"), 1u);
  EXPECT_THAT(html, HasSubstr(">alpha</mark> beta"));
}

TEST(HtmlReportTest, NeverSplitsAMultibyteSequence) {
  // "Zü" is 3 bytes; "ü" is bytes 1-2, so 2 is inside it. "東京" starts at byte 4.
  const std::string text = "Zü 東京 x";
  const std::string html =
      ArticleHtml(TextProfile(text, {{"?", 2, 3, "body"}, {"?", 0, 2, "body"}, {"東京", 4, 10, "body"}}));
  EXPECT_EQ(CountOf(html, "<mark"), 1u);
  EXPECT_THAT(html, HasSubstr("Zü <mark data-signal=\"2\" title=\"page_residue: pr.test\">東京</mark> x"));
  EXPECT_EQ(TextWithoutMarks(html), text);
}

TEST(HtmlReportTest, MarksOnlyBodyEvidence) {
  const std::string html = ArticleHtml(TextProfile("By Jane Doe", {{"Jane", 3, 7, "byline"}}));
  EXPECT_THAT(html, Not(HasSubstr("<mark")));
  EXPECT_THAT(html, HasSubstr("<q>Jane</q> in byline"));
}

TEST(HtmlReportTest, LinksOnlyWebUrls) {
  ReliabilityProfile p = TextProfile("x", {});
  p.input.url = "javascript:alert(1)";
  p.article.canonical_url = "https://example.com/a?b=1&c=2";
  const std::string html = ArticleHtml(p);
  EXPECT_THAT(html, Not(HasSubstr("href=\"javascript")));
  EXPECT_THAT(html, HasSubstr("href=\"https://example.com/a?b=1&amp;c=2\""));
}

TEST(HtmlReportTest, RowCarriesSortAndFilterKeys) {
  ReliabilityProfile p = MakeProfile(0);
  p.article.site_name = "Example";
  p.scores.overall = 61.25;
  const std::string html = ArticleHtml(p);
  EXPECT_THAT(html, HasSubstr("<details class=\"art\" data-title=\"Article 0\" data-site=\"Example\" data-grade=\"B\" "
                              "data-overall=\"61.3\" data-signals=\"2\" data-errors=\"1\" "
                              "data-types=\"translation_notice wire_attribution\">"));
}

TEST(HtmlReportTest, UntitledArticleFallsBackToItsPath) {
  ReliabilityProfile p = TextProfile("x", {});
  p.article.title.clear();
  p.input.path = "in/a.html";
  EXPECT_THAT(ArticleHtml(p), HasSubstr("data-title=\"(untitled) in/a.html\""));
}

TEST(HtmlReportTest, PageLoadsNoExternalResources) {
  std::ostringstream page;
  WriteHtmlReportHead(page, {"0.1.0", "r", ""}, 1, {});
  page << ArticleHtml(MakeProfile(0));
  WriteHtmlReportTail(page);
  const std::string html = page.str();
  for (const char* banned : {"src=", "<link", "@import", "url(", "<iframe"}) {
    EXPECT_THAT(html, Not(HasSubstr(banned))) << banned;
  }
  EXPECT_THAT(html, HasSubstr("<style>"));
  EXPECT_THAT(html, HasSubstr("<input id=\"filter\""));
}

}  // namespace
}  // namespace provscore
