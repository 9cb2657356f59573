// Readers' comments found by their shape (HtmlExtractor, FindCommentItems): a run
// of sibling items, each opening with a short name and a time and then the
// comment, after the article. Every fixture is invented, and its class names are
// meaningless tokens (as tests/eval --perturb classes rewrites pages), so only the
// structure can tell the article from the thread under it.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "score/extract/html_extractor.h"
#include "score/signal.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

Article MustExtract(std::string_view html) {
  Result<Article> result = testing::BuiltinExtractor().Extract(html, "https://paper.example/news/library-hours");
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article{};
}

bool InBoilerplate(const Article& a, std::string_view needle, std::string_view role) {
  for (const BoilerplateBlock& b : a.boilerplate) {
    if (b.role == role && b.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

// Three paragraphs of an article under its headline.
const char kArticle[] =
    "<h1>Town library to open on Sundays</h1>"
    "<div class=q81>"
    "<p>The town library will open on Sunday afternoons from next month, the council said on Monday, after a "
    "year in which visits rose by a fifth.</p>"
    "<p>Volunteers will staff the reading room between noon and five, and the children's corner will host a "
    "story hour every other week.</p>"
    "<p>The council said the trial would last six months and that it would publish the number of visitors "
    "before deciding whether to keep the new hours.</p>"
    "</div>";

// One comment: the name, then the time, then the text -- each a line of its own.
std::string Comment(std::string_view name, std::string_view when, std::string_view text) {
  return "<li class=z3><div class=z4><b class=z5>" + std::string(name) + "</b> <a href=#c1 class=z6>" +
         std::string(when) + "</a></div><p>" + std::string(text) + "</p><div class=z7><a href=#r>Reply</a></div></li>";
}

// Five comments that together hold more prose than the article.
std::string Thread() {
  return "<div class=k2><h3>5 responses</h3><ul class=k3>" +
         Comment("Margaret Lowe", "March 3, 2024 at 9:12 am",
                 "This is wonderful news for families who work all week and can only visit at the weekend, "
                 "and I hope the trial is a success so that the hours stay.") +
         Comment("bookworm_88x", "March 3, 2024 at 10:40 am",
                 "I would rather they kept the library open later on weekday evenings, which is when most "
                 "students actually need a quiet place to work and read.") +
         Comment("Tom", "March 3, 2024 at 11:02 am",
                 "Good to see the volunteers getting recognition, although I wonder how long the council can "
                 "rely on unpaid staff for a service the whole town uses.") +
         Comment("Priya S.", "March 4, 2024 at 8:15 pm",
                 "The story hour was the best part of my week when my son was small, so I am glad it is "
                 "coming back in some form after all these years.") +
         Comment("Margaret Lowe", "March 5, 2024 at 7:30 am",
                 "Replying to my own comment to add that the council meeting minutes are online for anyone "
                 "who wants to read the full discussion of the budget.") +
         "</ul></div>";
}

TEST(CommentThreadTest, ThreadAfterTheArticleIsCommentsNotTheBody) {
  const Article a = MustExtract("<html><body><div class=m1>" + std::string(kArticle) + Thread() +
                                "</div></body></html>");
  EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("publish the number of visitors"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("quiet place to work"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Margaret Lowe"), std::string::npos) << a.text;
  EXPECT_TRUE(InBoilerplate(a, "quiet place to work", "comments"));
}

TEST(CommentThreadTest, ThreadInsideTheArticleElementLeavesTheText) {
  // One <article> around the story and its comments (a blog theme's layout).
  const Article a = MustExtract("<html><body><article class=m1>" + std::string(kArticle) + Thread() +
                                "</article></body></html>");
  EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("publish the number of visitors"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("unpaid staff"), std::string::npos) << a.text;
}

TEST(CommentThreadTest, CommentsWithAvatarsAndRelativeTimesAreFound) {
  // Items of <div>s: an avatar, the name, "2 days ago at 07:54 am", text with <br>s.
  std::string items;
  const char* kNames[] = {"riverside_dan", "Ola", "GreenThumb", "J. Okafor"};
  for (const char* name : kNames) {
    items += "<div class=c1><div class=c2><a href=/members/1><img src=/a.png alt=''></a></div><div class=c3>"
             "<div class=c4><a href=/posts/9>" + std::string(name) + "</a></div><div class=c5>2 days ago at 07:54 "
             "am</div><div class=c6>I have been going to this library for twenty years and the Sunday opening is"
             "<br>the change regulars have asked for at every single public meeting since the renovation.</div>"
             "<div class=c7><strong>Rating:</strong> 4 Votes</div></div></div>";
  }
  const Article a = MustExtract("<html><body>" + std::string(kArticle) + "<div class=c0>" + items +
                                "</div></body></html>");
  EXPECT_NE(a.text.find("story hour every other week"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("asked for at every single public meeting"), std::string::npos) << a.text;
  EXPECT_TRUE(InBoilerplate(a, "asked for at every single public meeting", "comments"));
}

struct HeadCase {
  const char* name;
  const char* commenter;  // the first line of each comment's head
  const char* when;       // the second
  bool thread;            // true: the items are taken for comments
};

class CommentHeadTest : public ::testing::TestWithParam<HeadCase> {};

// Four items of <div>s after the article, each with the head of the row and a
// line of text; the row says whether that head makes them a comment thread.
TEST_P(CommentHeadTest, HeadsOfNameAndTimeMakeAThread) {
  const HeadCase& c = GetParam();
  std::string items;
  for (int i = 0; i < 4; ++i) {
    items += "<div class=h1x><p class=h2x><span>" + std::string(c.commenter) + "</span> <span>" + c.when +
             "</span></p><p class=h3x>Either way the opening hours should have been decided by a vote of the people "
             "who actually use the building every week.</p></div>";
  }
  const Article a = MustExtract("<html><body>" + std::string(kArticle) + "<div class=h0x>" + items +
                                "</div></body></html>");
  EXPECT_EQ(InBoilerplate(a, "decided by a vote", "comments"), c.thread);
  if (c.thread) {
    EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
    EXPECT_EQ(a.text.find("decided by a vote"), std::string::npos) << a.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Heads, CommentHeadTest,
    ::testing::Values(HeadCase{"DateAndClock", "Ruth Adeyemi", "12 March 2024, 18:05", true},
                      HeadCase{"NicknameWithDigits", "harbourfan1987", "March 12, 2024 at 6:05 pm", true},
                      HeadCase{"RelativeEnglish", "Ruth A.", "3 hours ago", true},
                      HeadCase{"RelativeGerman", "leseratte", "vor 2 Stunden", true},
                      HeadCase{"RelativeFrench", "Camille", "il y a 5 minutes", true},
                      HeadCase{"RelativeSpanish", "Lucía", "hace 1 hora", true},
                      HeadCase{"GluedUnit", "night_owl", "4h", true},
                      // A name without a time is a list of quotes or of people, not a thread.
                      HeadCase{"NoTime", "Ruth Adeyemi", "Reader", false},
                      // A headline-like line is no name.
                      HeadCase{"SentenceNotAName", "The council has decided at last.", "12 March 2024, 18:05",
                               false}),
    [](const ::testing::TestParamInfo<HeadCase>& row) { return row.param.name; });

TEST(CommentThreadTest, OneCommentMarkedAsSchemaOrgCommentIsComments) {
  // A single comment is no thread, but its schema.org microdata says what it is.
  const Article a = MustExtract(
      "<html><body><div class=w1>" + std::string(kArticle) +
      "<div class=w2><div class=w3 itemscope itemtype=\"https://schema.org/UserComments\"><span class=w4>Stephen"
      "</span><p>We used to walk there every Sunday when the children were small, and it is good news that it "
      "will be open again at the weekend for families like ours.</p></div></div></div></body></html>");
  EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("families like ours"), std::string::npos) << a.text;
  EXPECT_TRUE(InBoilerplate(a, "families like ours", "comments"));
}

TEST(CommentThreadTest, PageThatIsOnlyAThreadKeepsItAsText) {
  // A forum page: no prose comes before the items, so they are the page's text.
  const Article a = MustExtract("<html><body><h1>Sunday opening: your views</h1>" + Thread() + "</body></html>");
  EXPECT_NE(a.text.find("quiet place to work"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("unpaid staff"), std::string::npos) << a.text;
}

TEST(CommentThreadTest, LiveBlogEntriesWithHeadlinesStayInTheBody) {
  // Timed entries with a headline each and a byline are the article, not comments.
  std::string entries;
  const char* kHeads[] = {"Council confirms the budget", "Volunteers sign up", "Children's corner reopens",
                          "Visitor count published"};
  for (const char* head : kHeads) {
    entries += "<div class=e1><div class=e2><span class=e3>Anna Berg</span> <time>10:45</time></div><h2>" +
               std::string(head) + "</h2><p>The entry for this hour reports what the council, the volunteers and "
               "the readers said about the Sunday opening as the day went on.</p></div>";
  }
  const Article a = MustExtract("<html><body>" + std::string(kArticle) + "<div class=e0>" + entries +
                                "</div></body></html>");
  EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("as the day went on"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Visitor count published"), std::string::npos) << a.text;
}

// A forum's posts under the article: each opens with its poster/date/permalink
// line (the date a link to the post itself, the name a link to the poster's page),
// then the post's subject as a heading ("Re: <subject>"), its text and the vote and
// report forms. The subject is under the head, so the items are still comments,
// and their permalinks, read as cards between long paragraphs, promote nothing.
std::string ForumPost(std::string_view name, std::string_view when, std::string_view subject, int id,
                      bool time_first) {
  const std::string ids = std::to_string(id);
  const std::string date = "<div class=f3><a class=f4 href=\"https://forums.paper.example/thread/4711/post/" + ids +
                           "\">Posted " + std::string(when) + "</a></div>";
  const std::string poster = "<div class=f5><a href=\"https://forums.paper.example/member/" + ids + "0/\">" +
                             std::string(name) + "</a></div>";
  return "<div class=f2>" + (time_first ? date + poster : poster + date) +
         "<form method=GET action=/post/report/" + ids + "><input type=submit value='Report abuse'></form>"
         "<div class=f6><h3>" + std::string(subject) + "</h3><p>I have used the reading room on weekday evenings for "
         "years and I would gladly give up one of them for a Sunday afternoon, which is when most families are "
         "actually free to come.</p><p>The volunteers deserve more than a mention in a press release, though.</p>"
         "</div><div class=f7><form method=POST action=/post/vote/up/" + ids + "><input type=submit value=''> 4"
         "</form></div></div>";
}

TEST(CommentThreadTest, ForumPostsWithASubjectUnderTheirHeadAreComments) {
  for (const bool time_first : {true, false}) {
    const std::string posts =
        ForumPost("Marsh Warbler", "Tuesday 5th March 2024 13:42 GMT", "The trial", 101, time_first) +
        ForumPost("Priya S.", "Tuesday 5th March 2024 12:44 GMT", "Re: Sunday opening", 102, time_first) +
        ForumPost("bookworm_88x", "Tuesday 5th March 2024 12:35 GMT", "Re: Who pays?", 103, time_first);
    const Article a = MustExtract("<html><body><div class=m1>" + std::string(kArticle) +
                                  "</div><div class=f0><div class=f1><a href=\"https://forums.paper.example/thread/4711/\">"
                                  "All Reader Comments (17)</a></div><div class=f8>" + posts + "</div></div></body></html>");
    EXPECT_NE(a.text.find("publish the number of visitors"), std::string::npos) << a.text;
    EXPECT_EQ(a.text.find("Sunday afternoon, which is"), std::string::npos) << time_first << "\n" << a.text;
    EXPECT_EQ(a.text.find("Posted Tuesday"), std::string::npos) << a.text;
    EXPECT_TRUE(InBoilerplate(a, "Sunday afternoon, which is", "comments")) << time_first;
    EXPECT_TRUE(testing::SignalsOfType(a, kSignalInjectedCrossLink).empty()) << time_first;
  }
}

// Live-blog entries built the same way stay the article: signed entry after entry by
// one reporter (the time a permalink, the headline under the head), or headed first
// and signed after, by four reporters. No byline names them (the page's authors sign
// no thread of readers: UnheadedEntriesSignedByTheArticlesAuthorsStayInTheBody).
TEST(CommentThreadTest, LinkedLiveBlogEntriesWithHeadlinesStayInTheBody) {
  std::string one_reporter, headed_first;
  const char* kHeads[] = {"Council confirms the budget", "Volunteers sign up", "Children's corner reopens",
                          "Visitor count published"};
  const char* kNames[] = {"Anna Berg", "Tomas Ruiz", "Lena Park", "Omar Haddad"};
  int n = 0;
  for (const char* head : kHeads) {
    const std::string text = "<p>The entry for this hour reports what the council, the volunteers and the readers "
                             "said about the Sunday opening as the day went on.</p>";
    const std::string when = "<a href=\"#entry-" + std::to_string(n) + "\">10:4" + std::to_string(n) + "</a>";
    one_reporter += "<div class=e1><div class=e2><span class=e3>Anna Berg</span> " + when + "</div><h2>" +
                    std::string(head) + "</h2>" + text + "</div>";
    headed_first += "<div class=e1><h2>" + std::string(head) + "</h2><div class=e2><span class=e3>" + kNames[n] +
                    "</span> " + when + "</div>" + text + "</div>";
    ++n;
  }
  for (const std::string& entries : {one_reporter, headed_first}) {
    const Article a = MustExtract("<html><body>" + std::string(kArticle) + "<div class=e0>" + entries +
                                  "</div></body></html>");
    EXPECT_NE(a.text.find("as the day went on"), std::string::npos) << a.text;
    EXPECT_NE(a.text.find("Visitor count published"), std::string::npos) << a.text;
    EXPECT_FALSE(InBoilerplate(a, "as the day went on", "comments"));
  }
}

// Timed entries without headlines, each signed by a reporter: a live blog's shape is
// a comment thread's, so what tells them apart is who signs the items and what the
// page says it is.
std::string UnheadedEntries(const std::vector<std::string>& names) {
  std::string entries;
  int minute = 10;
  for (const std::string& name : names) {
    entries += "<div class=e1><div class=e2><span class=e3>" + name + "</span> <span class=e4>11:" +
               std::to_string(minute++) + "</span></div><p>The entry for this minute reports what the council, the "
               "volunteers and the readers said about the Sunday opening as the day went on.</p></div>";
  }
  return "<div class=e0>" + entries + "</div>";
}

TEST(CommentThreadTest, UnheadedEntriesSignedByTheArticlesAuthorsStayInTheBody) {
  const Article a = MustExtract(
      "<html><head><meta name=author content='Anna Berg'></head><body>" + std::string(kArticle) +
      UnheadedEntries({"Anna Berg", "Anna Berg", "Anna Berg", "Anna Berg"}) + "</body></html>");
  EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("as the day went on"), std::string::npos) << a.text;
  EXPECT_FALSE(InBoilerplate(a, "as the day went on", "comments"));
}

TEST(CommentThreadTest, EntriesOfAPageDeclaredALiveBlogStayInTheBody) {
  // Several reporters, none of them named in the page data: the page's JSON-LD says
  // it is a LiveBlogPosting, whose timed items are its coverage.
  const Article a = MustExtract(
      "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":"
      "\"LiveBlogPosting\",\"headline\":\"Town library to open on Sundays\"}</script></head><body>" +
      std::string(kArticle) + UnheadedEntries({"Anna Berg", "Tomas Ruiz", "Anna Berg", "Lena Park"}) +
      "</body></html>");
  EXPECT_NE(a.text.find("as the day went on"), std::string::npos) << a.text;
  EXPECT_FALSE(InBoilerplate(a, "as the day went on", "comments"));
}

TEST(CommentThreadTest, AThreadWithOneReplyByTheAuthorIsStillComments) {
  const Article a = MustExtract(
      "<html><head><meta name=author content='Margaret Lowe'></head><body><div class=m1>" + std::string(kArticle) +
      Thread() + "</div></body></html>");
  EXPECT_EQ(a.text.find("quiet place to work"), std::string::npos) << a.text;
  EXPECT_TRUE(InBoilerplate(a, "quiet place to work", "comments"));
}

TEST(CommentThreadTest, DatedTeaserListIsNotAThread) {
  // Related stories with a section label and a date each: the text is links.
  std::string teasers;
  for (int i = 0; i < 4; ++i) {
    teasers += "<li class=t1><span class=t2>Culture</span> <span class=t3>March " + std::to_string(i + 1) +
               ", 2024</span><a href=/news/story-" + std::to_string(i) +
               ">A long teaser headline about another story from the town hall this week</a></li>";
  }
  const Article a = MustExtract("<html><body><div class=m1>" + std::string(kArticle) + "<ul class=t0>" + teasers +
                                "</ul></div></body></html>");
  EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
  EXPECT_FALSE(InBoilerplate(a, "another story from the town hall", "comments"));
}

// Two comments with neither times nor markup that names them, under a heading that is
// the word for readers' comments (a count aside): the box is comments, so a source
// line a reader typed there credits no one. A section of the article headed by another
// word, and a "Comments" heading before the article's prose, are not.
TEST(CommentThreadTest, ABoxHeadedByTheWordForCommentsIsComments) {
  const std::string two = "<div class=v2><p>Jane R.</p><p>That is not what the agency wrote.</p><p>Source: Reuters"
                          "</p></div><div class=v2><p>John P.</p><p>The ferry was late again.</p></div>";
  for (const std::string heading : {"Comments", "2 Comments", "Kommentare (2)", "Комментарии", "\xEB\x8C\x93\xEA\xB8\x80"}) {
    const Article a =
        MustExtract("<html><body><div class=w1>" + std::string(kArticle) + "<section class=v1><h2>" + heading +
                    "</h2>" + two + "</section></div></body></html>");
    EXPECT_NE(a.text.find("Sunday afternoons"), std::string::npos) << a.text;
    EXPECT_TRUE(InBoilerplate(a, "Source: Reuters", "comments")) << heading << "\n" << a.text;
  }
  const Article other = MustExtract("<html><body><div class=w1>" + std::string(kArticle) +
                                    "<section class=v1><h2>What readers said</h2>" + two + "</section></div></body></html>");
  EXPECT_FALSE(InBoilerplate(other, "Source: Reuters", "comments"));
  const Article first = MustExtract("<html><body><div class=w1><section class=v1><h2>Comments</h2>" + two +
                                    "</section>" + std::string(kArticle) + "</div></body></html>");
  EXPECT_FALSE(InBoilerplate(first, "Source: Reuters", "comments"));
}

}  // namespace
}  // namespace provscore
