#include "reports/html_site.h"

#include <boost/json.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "reports/html_escape.h"
#include "reports/profile_json.h"
#include "reports/report_writer.h"
#include "tests/read_file.h"
#include "tests/reports/html_checks.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ReadFile;

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

TEST(HtmlSiteTest, PageNamesAreTheIdOrAHashOfIt) {
  EXPECT_EQ(ArticlePageName("9f355a04b247e8d8"), "9f355a04b247e8d8.html");
  EXPECT_EQ(ArticlePageName("id-3_x"), "id-3_x.html");
  for (const char* hostile : {"../../etc/passwd", "a/b", "", "<script>", "x.html?y", "\xE2\x80\xAE"}) {
    const std::string name = ArticlePageName(hostile);
    EXPECT_TRUE(std::regex_match(name, std::regex("x[0-9a-f]{16}\\.html"))) << hostile << " -> " << name;
  }
}

// ---- the article page ------------------------------------------------------------

std::string ArticleHtml(const ReliabilityProfile& p, const ArticleContext& ctx = {}) {
  const json::value v = json::parse(SerializeJson(ProfileToJson(p)));
  std::ostringstream out;
  WriteArticlePage(out, v.as_object(), ctx);
  return out.str();
}

// The body box with the highlight markup taken out: what a reader sees, minus labels.
std::string BodyText(const std::string& html) {
  const std::string open = "<div class=\"body\" dir=\"auto\">";
  const size_t start = html.find(open);
  if (start == std::string::npos) return "<no text box>";
  std::string text = html.substr(start + open.size(), html.find("</div>", start) - start - open.size());
  text = std::regex_replace(text, std::regex("<span class=\"tag\">[^<]*</span>"), "");
  return std::regex_replace(text, std::regex("</?(mark|a)[^>]*>"), "");
}

ReliabilityProfile TextProfile(std::string text, std::vector<Evidence> spans) {
  ReliabilityProfile p;
  p.id = "t1";
  p.article.title = "T";
  p.article.text = std::move(text);
  for (Evidence& e : spans) p.signals.push_back(MakeSignal(kSignalPageResidue, "pr.test", 0.5, std::move(e)));
  return p;
}

TEST(HtmlSiteTest, AnAuthorThatIsNoPersonIsSaidToBeTheOutletOrADesk) {
  ReliabilityProfile p = TextProfile("Text.", {});
  p.article.authors = {{"Jane Doe", "byline", 0.8}, {"Valley Courier Staff", "meta", 0.6, /*person=*/false}};
  const std::string html = ArticleHtml(p);
  EXPECT_THAT(html, HasSubstr("<bdi>Jane Doe</bdi> <span class=\"muted\">(byline, confidence 0.8)</span>; "
                              "<bdi>Valley Courier Staff</bdi> <span class=\"muted\">(meta, confidence 0.6)</span> "
                              "<span class=\"muted\">(an organisation or a desk, not a person)</span>"));
}

TEST(HtmlSiteTest, HighlightsABodySpanLinkedToItsSignalWithALabel) {
  const std::string html = ArticleHtml(TextProfile("Said (Reuters) today.", {{"(Reuters)", 5, 14, "body"}}));
  EXPECT_THAT(html, HasSubstr("Said <mark class=\"fam-5\" id=\"ev-0-0\"><a href=\"#sig-0\">(Reuters)</a>"
                              "<span class=\"tag\">residue</span></mark> today."));
  // ... and the signal links back to the highlight.
  EXPECT_THAT(html, HasSubstr("<li id=\"sig-0\">"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#ev-0-0\">in the text</a>"));
}

TEST(HtmlSiteTest, HighlightsEverySpanIncludingMoreEvidence) {
  ReliabilityProfile p = TextProfile("one two three", {{"one", 0, 3, "body"}});
  p.signals[0].evidence.push_back({"three", 8, 13, "body"});
  const std::string html = ArticleHtml(p);
  EXPECT_THAT(html, HasSubstr("id=\"ev-0-0\"><a href=\"#sig-0\">one</a>"));
  EXPECT_THAT(html, HasSubstr("id=\"ev-0-1\"><a href=\"#sig-0\">three</a>"));
  EXPECT_EQ(BodyText(html), "one two three");
}

TEST(HtmlSiteTest, SkipsOutOfRangeEmptyAndOverlappingSpans) {
  EXPECT_THAT(ArticleHtml(TextProfile("short text", {{"x", 5, 99, "body"}, {"x", 6, 4, "body"}, {"", 3, 3, "body"}})),
              Not(HasSubstr("<mark")));
  const std::string html =
      ArticleHtml(TextProfile("alpha beta gamma", {{"beta gamma", 6, 16, "body"}, {"alpha beta", 0, 10, "body"}}));
  EXPECT_EQ(CountOf(html, "<mark"), 1u);
  EXPECT_THAT(html, HasSubstr("id=\"ev-1-0\"><a href=\"#sig-1\">alpha beta</a>"));
  EXPECT_THAT(html, HasSubstr("overlaps another highlight"));
  EXPECT_EQ(BodyText(html), "alpha beta gamma");
}

TEST(HtmlSiteTest, NeverSplitsAMultibyteSequence) {
  const std::string text = "Zü 東京 x";
  const std::string html =
      ArticleHtml(TextProfile(text, {{"?", 2, 3, "body"}, {"?", 0, 2, "body"}, {"東京", 4, 10, "body"}}));
  EXPECT_EQ(CountOf(html, "<mark"), 1u);
  EXPECT_THAT(html, HasSubstr("id=\"ev-2-0\"><a href=\"#sig-2\">東京</a>"));
  EXPECT_EQ(BodyText(html), text);
}

TEST(HtmlSiteTest, EvidenceOutsideTheBodyHasItsOwnSectionWithLinks) {
  const std::string html = ArticleHtml(TextProfile("By Jane Doe", {{"Jane Doe, Wire", 3, 7, "byline"}}));
  EXPECT_THAT(BodyText(html), "By Jane Doe");
  EXPECT_THAT(html, HasSubstr("<h2 id=\"h-out\">Evidence outside the body</h2>"));
  EXPECT_THAT(html, HasSubstr("<li id=\"oev-0-0\"><b>byline</b>: <mark class=\"fam-5\"><a href=\"#sig-0\"><bdi>Jane Doe, Wire</bdi></a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#oev-0-0\">in byline</a>"));
}

TEST(HtmlSiteTest, ReasonsSitUnderTheirDimensionAndLinkTheirSignal) {
  ReliabilityProfile p = TextProfile("Said (Reuters) today.", {{"(Reuters)", 5, 14, "body"}});
  p.scores.dimensions = {{"attribution", 60}, {"authorship", 90}};
  p.reasons = {{0, "attribution", -8.0, "Wire copy."}, {-1, "authorship", 5.0, "A named author."}};
  const std::string html = ArticleHtml(p);
  EXPECT_THAT(html, HasSubstr("<li><span class=\"pts neg\">-8</span><span>Wire copy. <a href=\"#sig-0\" class=\"badge fam-5\">residue #0</a>"));
  EXPECT_THAT(html, HasSubstr("<li><span class=\"pts pos\">+5</span><span>A named author.</span></li>"));
  EXPECT_THAT(html, HasSubstr("<li>Moved <b>attribution</b> by <span class=\"neg\">-8</span>: Wire copy.</li>"));
}

TEST(HtmlSiteTest, ShowsTheArchivedCaptureWhenThereIsOne) {
  ReliabilityProfile p = TextProfile("x", {});
  p.input.archive.warc_file = "crawl-00001.warc.gz";
  p.input.archive.warc_offset = 12345;
  p.input.archive.warc_record_id = "<urn:uuid:1234>";
  p.input.archive.fetched_at = "2026-01-02T03:04:05Z";
  EXPECT_THAT(ArticleHtml(p), HasSubstr("<dt>Archived capture</dt><dd><code>crawl-00001.warc.gz</code> at offset <code>12345</code>, "
                                        "record <code>&lt;urn:uuid:1234&gt;</code>, captured 2026-01-02T03:04:05Z</dd>"));
  EXPECT_THAT(ArticleHtml(TextProfile("x", {})), Not(HasSubstr("Archived capture")));
}

TEST(HtmlSiteTest, MatchingPassagesPairSharedSentences) {
  const auto pairs = MatchingPassages(
      "Intro of the copy here. The glacier lost ten metres of ice this year, scientists said. Short one.",
      "The glacier lost ten metres of ice this year — scientists said. Other words entirely in this sentence.\nShort one.");
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].first, "The glacier lost ten metres of ice this year, scientists said.");
  EXPECT_EQ(pairs[0].second, "The glacier lost ten metres of ice this year — scientists said.");
}

// ---- the whole pipeline: ReportWriter -> profiles.jsonl -> pages --------------------

class HtmlSiteFilesTest : public ::testing::Test {
 protected:
  testing::TempDir tmp_;
  const fs::path dir_ = tmp_.path();
};

TEST_F(HtmlSiteFilesTest, HostileProfilesRenderInert) {
  const std::string kBidi = "\xE2\x80\xAE" "evil" "\xE2\x80\xAC";
  const std::string kHuge(1 << 20, 'W');
  const std::vector<std::string> kHostile = {
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
      "</script><script>alert(1)</script>", "--><script>alert(1)</script><!--", "<![CDATA[<script>alert(1)</script>]]>",
      "<svg onload=alert(1)>", kBidi + "txt.lmth", "\xE2\x80\xA8line\xE2\x80\xA9sep"};
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"<b>0.1</b>", "<i>r</i>", ""}).ok());
  for (size_t i = 0; i <= kHostile.size(); ++i) {
    const std::string evil = i < kHostile.size() ? kHostile[i] : kHuge;
    ReliabilityProfile p;
    p.id = i == 0 ? "../../escape" : "h" + std::to_string(i);
    p.input.path = evil + ".html";
    p.input.url = i % 2 ? "javascript:alert(1)" : "data:text/html,<script>alert(1)</script>";
    p.article.title = evil;
    p.article.site_name = evil;
    p.article.language = evil;
    p.article.canonical_url = "https://example.com/?q=" + evil;
    p.article.authors = {{evil, "json-ld", 0.9}};
    p.article.text = "Before " + evil + " after.";
    const size_t at = 7;
    Signal s = MakeSignal(kSignalWireAttribution, "wa.<rule>", 0.9, {evil, at, at + evil.size(), "body"});
    s.evidence.push_back({evil, 0, evil.size(), "byline"});
    s.fields["outlet"] = evil;
    p.signals = {s, MakeSignal(evil.c_str(), evil.c_str(), 0.5, {evil, 0, 1, "meta"})};
    p.scores.grade = evil;
    p.scores.dimensions = {{evil, 50}};
    p.reasons = {{0, evil, -5, evil}};
    p.errors = {{evil, evil}};
    ASSERT_TRUE(w.Add(p).ok());
  }
  BatchAdditions additions;
  json::object cluster;
  cluster["id"] = 0;
  cluster["original"] = "h1";
  cluster["original_reason"] = kHostile[0];
  cluster["members"] = json::array{json::object{{"id", "h1"}, {"path", kHostile[1]}, {"url", nullptr}, {"similarity", 1}, {"credits_original", false}},
                                   json::object{{"id", "h2"}, {"path", kHostile[2]}, {"url", nullptr}, {"similarity", 0.9}, {"credits_original", false}}};
  additions.clusters.push_back(cluster);
  ASSERT_TRUE(w.Finish(&additions).ok());

  std::vector<fs::path> pages = {dir_ / "report.html"};
  for (const auto& e : fs::directory_iterator(dir_ / "a")) pages.push_back(e.path());
  ASSERT_EQ(pages.size(), kHostile.size() + 2);
  for (const fs::path& path : pages) {
    const std::string html = ReadFile(path);
    const bool index = path.filename() == "report.html";
    ExpectOnlyOwnMarkup(html, path.filename().string());
    // Scripts: the index has two data blocks and its own script; article pages none.
    EXPECT_EQ(CountOf(html, "<script"), index ? 3u : 0u) << path;
    EXPECT_EQ(CountOf(html, "</script>"), index ? 3u : 0u) << path;
    EXPECT_EQ(CountOf(html, "<style>"), 1u) << path;
    // The policy hashes exactly this page's style and script.
    const std::string csp = Between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    const std::string style = Between(html, "<style>", "</style>");
    const std::string script = index ? Between(html, "<script>", "</script>") : "";
    EXPECT_EQ(csp, EscapeAttribute(ContentSecurityPolicy(script, style))) << path;
    EXPECT_THAT(html, HasSubstr("</html>\n")) << path;
  }
  // The page name cannot leave a/, and a hostile id gets a hashed name.
  EXPECT_TRUE(fs::exists(dir_ / "a" / ArticlePageName("../../escape")));
  // A bidi override stays isolated in the title.
  EXPECT_THAT(ReadFile(dir_ / "a" / "h7.html"), HasSubstr("<h1 dir=\"auto\"><bdi>" + kBidi + "txt.lmth</bdi></h1>"));
  // The index stays small with a 1 MB title (rows carry 200 bytes of it), and its
  // data block reads back to the page strings.
  const std::string index = ReadFile(dir_ / "report.html");
  EXPECT_LT(index.size(), 64u * 1024);
  const json::value rows = json::parse(Between(index, "<script type=\"application/json\" id=\"rows\">", "</script>"));
  const json::array& list = rows.at("rows").as_array();
  ASSERT_EQ(list.size(), kHostile.size() + 1);
  EXPECT_EQ(list[3].at(2).as_string(), kHostile[3]);
  EXPECT_EQ(rows.at("sites").at(list[3].at(3).to_number<size_t>()).as_string(), kHostile[3]);
  EXPECT_EQ(list[kHostile.size()].at(2).as_string().size(), 200u + 3);
  // The copy shows its cluster with the hostile reason escaped.
  EXPECT_THAT(ReadFile(dir_ / "a" / "h2.html"), HasSubstr("chosen by: &lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_F(HtmlSiteFilesTest, RerenderFromSavedOutputGivesTheSamePages) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r1", "2026-01-01T00:00:00Z"}).ok());
  for (int i = 0; i < 3; ++i) {
    ReliabilityProfile p = TextProfile("Said (Reuters) today.", {{"(Reuters)", 5, 14, "body"}});
    p.id = "p" + std::to_string(i);
    p.scores.overall = 40 + 10 * i;
    p.scores.grade = "C";
    ASSERT_TRUE(w.Add(p).ok());
  }
  BatchAdditions additions;
  additions.clusters.push_back(json::object{{"id", 0}, {"original", "p0"}, {"original_reason", "earliest"},
                                            {"members", json::array{json::object{{"id", "p0"}}, json::object{{"id", "p1"}}}}});
  ASSERT_TRUE(w.Finish(&additions).ok());
  Result<ReportHead> head = ReadReportHead(dir_ / "report.json");
  ASSERT_TRUE(head.ok()) << head.status().message();
  EXPECT_EQ(head->meta.rules_version, "r1");
  EXPECT_EQ(head->meta.generated_at, "2026-01-01T00:00:00Z");
  ASSERT_EQ(head->clusters.size(), 1u);
  size_t articles = 0;
  ASSERT_TRUE(RenderHtmlReport(dir_ / "profiles.jsonl", *head, dir_ / "again", &articles).ok());
  EXPECT_EQ(articles, 3u);
  EXPECT_EQ(ReadFile(dir_ / "report.html"), ReadFile(dir_ / "again" / "report.html"));
  for (const char* page : {"p0.html", "p1.html", "p2.html"}) {
    EXPECT_EQ(ReadFile(dir_ / "a" / page), ReadFile(dir_ / "again" / "a" / page)) << page;
  }
  EXPECT_THAT(ReadFile(dir_ / "a" / "p1.html"), HasSubstr("Copies of one story: cluster #0"));
}

TEST_F(HtmlSiteFilesTest, IndexChartsAndFiltersCountTheBatch) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r1", ""}).ok());
  for (int i = 0; i < 4; ++i) {
    ReliabilityProfile p = TextProfile("Said (Reuters) today.", {{"(Reuters)", 5, 14, "body"}});
    p.id = "p" + std::to_string(i);
    p.article.site_name = i < 3 ? "Harbour News" : "Coast Daily";
    p.article.language = i == 0 ? "de" : "en";
    p.scores.overall = 35 + 20 * i;  // 35, 55, 75, 95
    p.scores.grade = std::string(1, static_cast<char>('A' + i));
    ASSERT_TRUE(w.Add(p).ok());
  }
  ASSERT_TRUE(w.Finish().ok());
  const std::string index = ReadFile(dir_ / "report.html");
  EXPECT_THAT(index, HasSubstr("aria-label=\"Histogram of overall scores in tens: 0s 0, 10s 0, 20s 0, 30s 1, 40s 0, 50s 1, "
                               "60s 0, 70s 1, 80s 0, 90s 1\""));
  EXPECT_THAT(index, HasSubstr("<title>residue: 4</title>"));
  EXPECT_THAT(index, HasSubstr("<title>Harbour News: 55.0 (3)</title>"));
  EXPECT_THAT(index, HasSubstr("<option value=\"Coast Daily\">Coast Daily</option>"));
  EXPECT_THAT(index, HasSubstr("<option value=\"de\">de</option><option value=\"en\">en</option>"));
  EXPECT_THAT(index, HasSubstr("<option value=\"page_residue\">residue</option>"));
  EXPECT_THAT(index, HasSubstr("No near-duplicate articles."));
}

TEST_F(HtmlSiteFilesTest, DuplicateIdsGetDistinctPages) {
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {}).ok());
  ReliabilityProfile p = TextProfile("x", {});
  ASSERT_TRUE(w.Add(p).ok());
  ASSERT_TRUE(w.Add(p).ok());
  ASSERT_TRUE(w.Finish().ok());
  EXPECT_TRUE(fs::exists(dir_ / "a" / "t1.html"));
  EXPECT_TRUE(fs::exists(dir_ / "a" / "t1-2.html"));
}

TEST_F(HtmlSiteFilesTest, ReadReportHeadRejectsOtherFiles) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "x.json") << "{\"schema\":\"something/1\"}\n";
  EXPECT_EQ(ReadReportHead(dir_ / "x.json").status().code(), StatusCode::kParseError);
  EXPECT_EQ(ReadReportHead(dir_ / "missing.json").status().code(), StatusCode::kIoError);
}

TEST_F(HtmlSiteFilesTest, RenderFailsOnAMalformedLine) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "profiles.jsonl") << "{\"id\":\"a\"}\nnot json\n";
  EXPECT_EQ(RenderHtmlReport(dir_ / "profiles.jsonl", {}, dir_ / "out").code(), StatusCode::kParseError);
}

}  // namespace
}  // namespace provscore
