#include "reports/history_page.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "reports/html_escape.h"
#include "reports/html_site.h"
#include "reports/report_writer.h"
#include "tests/read_file.h"
#include "tests/reports/html_checks.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ReadFile;

const std::string kBidi =
    "\xE2\x80\xAE"
    "evil"
    "\xE2\x80\xAC";  // RLO ... PDF

WordRun Words(WordRun::Op op, std::string text) {
  WordRun r;
  r.op = op;
  r.text = std::move(text);
  return r;
}

ParagraphChange Para(ParagraphChange::Kind kind, int before, int after, std::vector<WordRun> words) {
  ParagraphChange p;
  p.kind = kind;
  p.before = before;
  p.after = after;
  p.words = std::move(words);
  for (const WordRun& r : p.words) {
    if (r.op == WordRun::Op::kAdded) ++p.words_added;
    if (r.op == WordRun::Op::kRemoved) ++p.words_removed;
  }
  return p;
}

std::string Render(const ArticleHistory& h) {
  std::ostringstream out;
  WriteHistoryPage(out, h, {"0.1.0", "r1", ""});
  return out.str();
}

ArticleHistory OneChange(ArticleDiff d) {
  ArticleHistory h;
  h.url = "https://news.example/2024/quay";
  h.title = "Quay plan approved";
  h.steps.push_back({HistoryStep::Status::kFirst, "2024-05-06T08:00:00Z", "Quay plan approved", "", std::nullopt, ""});
  h.steps.push_back({HistoryStep::Status::kChanged, "2024-05-06T14:00:00Z", "Quay plan approved", "", std::move(d),
                     "2024-05-06T08:00:00Z"});
  return h;
}

// Each row: one paragraph change of a diff and what its markup must (and must not) hold.
TEST(HistoryPageTest, DiffMarksAdditionsRemovalsAndMovesInTextAndEscapesThem) {
  using Kind = ParagraphChange::Kind;
  using Op = WordRun::Op;
  const std::string kIns =
      "<ins><span class=\"vh\">added: </span><span class=\"mk\" aria-hidden=\"true\">+</span><bdi>";
  const std::string kDel =
      "<del><span class=\"vh\">removed: </span><span class=\"mk\" aria-hidden=\"true\">\xE2\x88\x92</span><bdi>";
  struct Row {
    const char* name;
    ParagraphChange change;
    std::vector<std::string> has;
    std::vector<std::string> lacks;
  };
  const std::vector<Row> rows = {
      {"edited words",
       Para(Kind::kEdited, 1, 1,
            {Words(Op::kEqual, "The board voted"), Words(Op::kRemoved, "seven"), Words(Op::kAdded, "eight"),
             Words(Op::kEqual, "to two.")}),
       {"<div class=\"para edited\" dir=\"auto\"><span class=\"kind\">Edited paragraph 2",
        "<bdi>The board voted</bdi> " + kDel + "seven</bdi></del> " + kIns + "eight</bdi></ins> <bdi>to two.</bdi>"},
       {}},
      {"added paragraph",
       Para(Kind::kAdded, -1, 4, {Words(Op::kAdded, "A consultation opens next month.")}),
       {"<div class=\"para added\"", "+ Added paragraph 5", kIns + "A consultation opens next month.</bdi></ins>"},
       {"<del>"}},
      {"removed paragraph",
       Para(Kind::kRemoved, 3, -1, {Words(Op::kRemoved, "Opponents asked for a study.")}),
       {"<div class=\"para removed\"", "\xE2\x88\x92 Removed paragraph (was 4)",
        kDel + "Opponents asked for a study.</bdi></del>"},
       {"<ins>"}},
      {"moved paragraph",
       Para(Kind::kMoved, 1, 3, {Words(Op::kEqual, "Work starts in spring.")}),
       {"<div class=\"para moved\"", "Moved paragraph: was 2, now 4</span>", "<bdi>Work starts in spring.</bdi>"},
       {"<ins>", "<del>", "(and edited)"}},
      {"moved and edited paragraph",
       Para(Kind::kMoved, 0, 2, {Words(Op::kEqual, "Work starts"), Words(Op::kAdded, "late")}),
       {"Moved paragraph: was 1, now 3 (and edited)", kIns + "late</bdi></ins>"},
       {}},
      {"script in a removal",
       Para(Kind::kEdited, 0, 0, {Words(Op::kRemoved, "<script>alert(1)</script>"), Words(Op::kEqual, "kept")}),
       {kDel + "&lt;script&gt;alert(1)&lt;/script&gt;</bdi></del>"},
       {"<script>"}},
      {"quotes in an addition",
       Para(Kind::kEdited, 0, 0, {Words(Op::kAdded, "\"><img src=x onerror='alert(1)'>")}),
       {kIns + "&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;</bdi></ins>"},
       {"<img"}},
      {"bidi override stays inside its run",
       Para(Kind::kEdited, 0, 0, {Words(Op::kAdded, kBidi + "lmth.txt"), Words(Op::kEqual, "after")}),
       {kIns + kBidi + "lmth.txt</bdi></ins> <bdi>after</bdi>"},
       {}},
  };
  for (const Row& row : rows) {
    ArticleDiff d;
    d.paragraphs = {Para(Kind::kUnchanged, 0, 0, {Words(Op::kEqual, "An unchanged paragraph.")}), row.change};
    d.changes.push_back({kChangeBodyEdited, "", "", 1, 1, 1});
    const std::string html = Render(OneChange(d));
    for (const std::string& s : row.has) EXPECT_THAT(html, HasSubstr(s)) << row.name;
    for (const std::string& s : row.lacks) {
      EXPECT_THAT(Between(html, "<h2 id=\"h-changes\">", "</main>"), Not(HasSubstr(s))) << row.name;
    }
    // Unchanged paragraphs are counted, not shown.
    EXPECT_THAT(html, Not(HasSubstr("An unchanged paragraph."))) << row.name;
    EXPECT_THAT(html, HasSubstr("1 paragraph unchanged, not shown.")) << row.name;
    ExpectOnlyOwnMarkup(html, row.name);
  }
}

TEST(HistoryPageTest, TimelineShowsEveryStatusAndLabelledChips) {
  ArticleDiff d;
  d.changes.push_back({kChangeHeadline, "Quay <b>plan</b> approved", "Quay plan \"approved\"", 0, 0, 0});
  d.changes.push_back({kChangeCreditRemoved, "Reuters", "", 0, 0, 0});
  d.silent_edit = true;
  ArticleHistory h = OneChange(d);
  ArticleDiff same;  // a new payload whose article did not change
  h.steps.push_back({HistoryStep::Status::kUnchanged, "2024-05-07T08:00:00Z", "Quay plan approved", "", same,
                     "2024-05-06T14:00:00Z"});
  h.steps.push_back({HistoryStep::Status::kRevisit, "2024-05-08T08:00:00Z", "", "", std::nullopt, ""});
  h.steps.push_back({HistoryStep::Status::kUnreadable, "2024-05-09T08:00:00Z", "", "gzip <error>", std::nullopt, ""});
  const std::string html = Render(h);
  const std::string timeline = Between(html, "<tbody>", "</tbody>");
  EXPECT_THAT(timeline, HasSubstr("<td class=\"date\">2024-05-06 08:00:00</td><td>first capture</td>"));
  EXPECT_THAT(timeline, HasSubstr("<td class=\"date\">2024-05-06 14:00:00</td><td><a href=\"#s1\">changed</a></td>"));
  EXPECT_THAT(timeline, HasSubstr("<span class=\"badge chg\" title=\"headline_changed\">headline changed</span>"));
  EXPECT_THAT(timeline, HasSubstr("<span class=\"badge chg\" title=\"credit_removed\">credit removed</span>"));
  EXPECT_THAT(timeline, HasSubstr("<span class=\"badge chg silent\" title=\"silent_edit\">silent edit</span>"));
  EXPECT_THAT(timeline,
              HasSubstr("<td>unchanged</td><td><span class=\"muted\">the page changed outside the article</span>"));
  EXPECT_THAT(timeline, HasSubstr("<td>revisit</td>"));
  EXPECT_THAT(timeline, HasSubstr("<td>unreadable</td><td><span class=\"muted\">gzip &lt;error&gt;</span>"));
  // The changed values: before removed, after added, escaped; a value gone is "(none)".
  const std::string step = Between(html, "<section aria-labelledby=\"h-s1\" id=\"s1\">", "</section>");
  EXPECT_THAT(step, HasSubstr("<h2 id=\"h-s1\">2024-05-06 08:00:00 \xE2\x86\x92 2024-05-06 14:00:00</h2>"));
  EXPECT_THAT(step, HasSubstr("<dt>headline changed</dt><dd dir=\"auto\"><del>"));
  EXPECT_THAT(step, HasSubstr("Quay &lt;b&gt;plan&lt;/b&gt; approved</bdi></del>"));
  EXPECT_THAT(step, HasSubstr("Quay plan &quot;approved&quot;</bdi></ins>"));
  EXPECT_THAT(step, HasSubstr("<dt>credit removed</dt><dd dir=\"auto\"><del>"));
  EXPECT_THAT(step, HasSubstr("\xE2\x86\x92 <span class=\"muted\">(none)</span></dd>"));
  // Only the changed step gets a diff section.
  EXPECT_EQ(html.find("id=\"s2\""), std::string::npos);
  ExpectOnlyOwnMarkup(html, "timeline");
}

// Under --since the first step shown may be a change: it is compared with a capture
// before the timeline, whose date heads its diff.
// A step with a diff against the first capture gets the "since the first capture"
// column (a link and chips, never a silent-edit claim) and a section of its own; a page
// where no step has one shows no such column.
TEST(HistoryPageTest, StepsAreComparedWithTheFirstCaptureWhenGiven) {
  ArticleDiff d;
  d.changes.push_back({kChangeByline, "Mara Lindqvist", "Tomas Berglund", 0, 0, 0});
  ArticleHistory h = OneChange(d);
  EXPECT_EQ(Render(h).find("Since the first capture"), std::string::npos);
  ArticleDiff step;
  step.changes.push_back({kChangeLinkAdded, "", "https://council.example/road", 0, 0, 0, 1});
  ArticleDiff since_first = step;
  since_first.changes.insert(since_first.changes.begin(), d.changes.front());
  since_first.silent_edit = true;
  h.steps.push_back({HistoryStep::Status::kChanged, "2024-05-07T09:00:00Z", "Quay plan approved", "", step,
                     "2024-05-06T14:00:00Z", since_first, "2024-05-06T08:00:00Z"});
  const std::string html = Render(h);
  const std::string timeline = Between(html, "<tbody>", "</tbody>");
  EXPECT_THAT(html, HasSubstr("<th scope=\"col\">Since the first capture</th>"));
  EXPECT_THAT(timeline, HasSubstr("<a href=\"#f2\">compare</a> <span class=\"badge chg\" title=\"byline_changed\">"));
  EXPECT_THAT(timeline, HasSubstr("<span class=\"badge chg\" title=\"link_added\">link added</span>"));
  const std::string section = Between(html, "<section aria-labelledby=\"h-f2\" id=\"f2\">", "</section>");
  EXPECT_THAT(section, HasSubstr("Since the first capture: 2024-05-06 08:00:00 \xE2\x86\x92 2024-05-07 09:00:00"));
  EXPECT_THAT(section, HasSubstr("Tomas Berglund</bdi></ins>"));
  EXPECT_THAT(section, HasSubstr("https://council.example/road</bdi></ins>"));
  EXPECT_EQ(section.find("silent edit"), std::string::npos);
  EXPECT_EQ(html.find("id=\"f1\""), std::string::npos);
  ExpectOnlyOwnMarkup(html, "since-first");
}

TEST(HistoryPageTest, FirstStepShownCanBeAChange) {
  ArticleDiff d;
  d.changes.push_back({kChangeByline, "A. Writer", "B. Writer", 0, 0, 0});
  ArticleHistory h = OneChange(d);
  h.steps.erase(h.steps.begin());
  const std::string html = Render(h);
  EXPECT_THAT(html, HasSubstr("<a href=\"#s0\">changed</a>"));
  EXPECT_THAT(html, HasSubstr("<h2 id=\"h-s0\">2024-05-06 08:00:00 \xE2\x86\x92 2024-05-06 14:00:00</h2>"));
  EXPECT_THAT(html, HasSubstr("B. Writer</bdi></ins>"));
}

TEST(HistoryPageTest, DiffOfBuiltArticlesShowsTheMoveAndTheEdit) {
  auto article = [](const std::vector<std::string>& paragraphs) {
    Article a;
    a.title = "Ferry timetable changes";
    for (const std::string& p : paragraphs) {
      if (!a.text.empty()) a.text += "\n\n";
      TextBlock b;
      b.start = a.text.size();
      a.text += p;
      b.end = a.text.size();
      a.blocks.push_back(b);
    }
    return a;
  };
  const std::string p1 = "The island ferry will run every two hours from Monday, the operator said in a notice.";
  const std::string p2 = "Travellers with bicycles must book a place at least one day ahead of their crossing.";
  const std::string p3 = "The winter timetable returns at the end of October after the holiday season ends.";
  const Article before = article({p1, p2, p3});
  const Article after =
      article({p3, p1, "Travellers with bicycles must book a place at least two days ahead of their crossing."});
  const std::vector<Signal> none;
  ArticleHistory h = OneChange(DiffArticles({before, none}, {after, none}));
  const std::string html = Render(h);
  EXPECT_THAT(html, HasSubstr("<div class=\"para moved\""));
  EXPECT_THAT(html, HasSubstr("<div class=\"para edited\""));
  EXPECT_THAT(html, HasSubstr("</span><bdi>one day</bdi></del>"));
  EXPECT_THAT(html, HasSubstr("</span><bdi>two days</bdi></ins>"));
  EXPECT_THAT(html, HasSubstr(">body edited</span>"));
}

class HistoryPageFilesTest : public ::testing::Test {
 protected:
  testing::TempDir tmp_;
  const fs::path dir_ = tmp_.path();
};

// The pages pass the report's checks: own markup only, no script, one style allowed by
// its hash and nothing else, and hostile URLs and titles stay text.
TEST_F(HistoryPageFilesTest, PagesAreSelfContainedUnderTheReportPolicy) {
  const std::vector<std::string> kHostile = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                                             "--><script>alert(1)</script><!--", kBidi + "txt.lmth"};
  std::vector<HistoryIndexEntry> entries;
  for (size_t i = 0; i < kHostile.size(); ++i) {
    ArticleDiff d;
    d.changes.push_back({kChangeByline, kHostile[i], "", 0, 0, 0});
    d.changes.push_back({kHostile[i], "", kHostile[i], 0, 0, 0});  // a type this build does not know
    d.paragraphs.push_back(Para(ParagraphChange::Kind::kAdded, -1, 0, {Words(WordRun::Op::kAdded, kHostile[i])}));
    ArticleHistory h = OneChange(d);
    h.url = i % 2 ? "javascript:alert(" + std::to_string(i) + ")" : "https://news.example/?q=" + kHostile[i];
    h.title = kHostile[i];
    h.steps[0].title = kHostile[i];
    HistoryIndexEntry e;
    ASSERT_TRUE(WriteHistoryPageFile(dir_, h, {"<b>0.1</b>", "r1", ""}, &e).ok());
    EXPECT_EQ(e.page, HistoryPageName(h.url));
    EXPECT_EQ(e.changed, 1u);
    EXPECT_EQ(e.change_types, (std::vector<std::string>{kChangeByline, kHostile[i]}));
    entries.push_back(e);
  }
  ASSERT_TRUE(WriteHistoryIndexFile(dir_, entries, {"<b>0.1</b>", "r1", ""}).ok());
  EXPECT_FALSE(fs::exists(dir_ / "history.html.tmp"));

  std::vector<fs::path> pages = {dir_ / kHistoryIndexName};
  for (const auto& e : fs::directory_iterator(dir_ / kHistoryDir)) pages.push_back(e.path());
  ASSERT_EQ(pages.size(), kHostile.size() + 1);
  for (const fs::path& path : pages) {
    const std::string html = ReadFile(path);
    ExpectOnlyOwnMarkup(html, path.filename().string());
    EXPECT_THAT(html, Not(HasSubstr("<script"))) << path;
    EXPECT_THAT(html, Not(HasSubstr("<b>0.1</b>"))) << path;
    EXPECT_EQ(html.find("<style>"), html.rfind("<style>")) << path;
    const std::string csp = Between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    EXPECT_EQ(csp, EscapeAttribute(ContentSecurityPolicy("", Between(html, "<style>", "</style>")))) << path;
    EXPECT_THAT(html, HasSubstr("</html>\n")) << path;
  }
  const std::string index = ReadFile(dir_ / kHistoryIndexName);
  EXPECT_THAT(index, HasSubstr("<a href=\"h/" + HistoryPageName("javascript:alert(1)") + "\">"));
  EXPECT_THAT(index, HasSubstr("<bdi>" + kBidi + "txt.lmth</bdi>"));
  // A non-http URL is shown as text on its page, never linked.
  const std::string page = ReadFile(dir_ / kHistoryDir / HistoryPageName("javascript:alert(1)"));
  EXPECT_THAT(page, Not(HasSubstr("href=\"javascript:")));
  EXPECT_THAT(page, HasSubstr("<a href=\"../history.html\">"));
}

// The report's article page links to the history page of its URL (any spelling the key
// folds) when history --html wrote one into the same folder, and only then.
TEST_F(HistoryPageFilesTest, ArticlePageLinksItsHistoryWhenThereIsOne) {
  ArticleDiff d;
  d.changes.push_back({kChangeHeadline, "Old", "New", 0, 0, 0});
  ArticleHistory h = OneChange(d);
  h.url = "https://www.news.example/ferry";
  ASSERT_TRUE(WriteHistoryPageFile(dir_, h, {"0.1.0", "r1", ""}).ok());
  ReportWriter w;
  ASSERT_TRUE(w.Open(dir_, {"0.1.0", "r1", ""}).ok());
  for (const char* url : {"http://news.example/ferry#top", "https://news.example/other"}) {
    ReliabilityProfile p;
    p.id = std::string("p") + (url[4] == ':' ? "0" : "1");
    p.input.url = url;
    p.article.title = "Ferry";
    ASSERT_TRUE(w.Add(p).ok());
  }
  ASSERT_TRUE(w.Finish(nullptr).ok());
  const std::string with = ReadFile(dir_ / "a" / "p0.html");
  EXPECT_THAT(
      with, HasSubstr("<a href=\"../h/" + HistoryPageName(h.url) + "\">How this article changed between captures</a>"));
  ExpectOnlyOwnMarkup(with, "p0.html");
  EXPECT_THAT(ReadFile(dir_ / "a" / "p1.html"), Not(HasSubstr("../h/")));
}

TEST(HistoryPageTest, UrlKeyFoldsSchemeHostCaseWwwAndFragment) {
  struct Row {
    const char* url;
    const char* key;
  } const rows[] = {
      {"https://www.News.Example/a/b?x=1#frag", "news.example/a/b?x=1"},
      {"http://news.example/a/b?x=1", "news.example/a/b?x=1"},
      {"HTTPS://WWW.news.example/", "news.example"},
      {"https://news.example", "news.example"},
      {"https://news.example/A", "news.example/A"},  // the path keeps its case
      {"javascript:alert(1)", "javascript:alert(1)"},
      {"", ""},
  };
  for (const Row& r : rows) EXPECT_EQ(HistoryUrlKey(r.url), r.key) << r.url;
}

TEST(HistoryPageTest, PageNamesAreHashesOfTheUrl) {
  EXPECT_EQ(HistoryPageName("https://a.example/x"), HistoryPageName("https://a.example/x"));
  EXPECT_NE(HistoryPageName("https://a.example/x"), HistoryPageName("https://a.example/y"));
  EXPECT_THAT(HistoryPageName("../../etc/passwd"), ::testing::MatchesRegex("h[0-9a-f]{16}\\.html"));
}

}  // namespace
}  // namespace provscore
