// The extractor's structural evidence: page furniture and recirculation boxes found
// by the shape of the page, so that extraction holds on a site whose class names it
// has never seen. Each fixture is invented and written twice where it matters: with
// telling class names and with meaningless ones (as tests/eval --perturb classes
// rewrites pages), and both must give the same body.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "score/extract/html_extractor.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

Article MustExtract(std::string_view html) {
  Result<Article> result = testing::BuiltinExtractor().Extract(html, "https://paper.example/news/harbour-ferry");
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article{};
}

bool InBoilerplate(const Article& a, std::string_view needle) {
  for (const BoilerplateBlock& b : a.boilerplate) {
    if (b.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

const char kParagraphs[] =
    "<p>The harbour ferry will stop running at night from the first of next month, the port authority "
    "said on Tuesday, citing the cost of crews.</p>%LINE%"
    "<p>Commuters who work late shifts said the change would add an hour to their journey home, and a "
    "petition against it has gathered four thousand names.</p>%LINE%"
    "<p>The authority said it would review the timetable again in the spring, after counting how many "
    "passengers use the last three crossings of the day.</p>%LINE%"
    "<p>A spokesman for the crews' union said members had not been consulted before the decision was "
    "announced to the press.</p>";

std::string WithLine(std::string_view line) {
  std::string body = kParagraphs;
  for (size_t at = body.find("%LINE%"); at != std::string::npos; at = body.find("%LINE%")) {
    body.replace(at, 6, line);
  }
  return "<html><body><h1>Night ferry to stop</h1><div class=x1f3>" + body + "</div></body></html>";
}

struct TemplateLineCase {
  const char* name;
  const char* line;   // inserted between each pair of paragraphs (three times)
  bool furniture;     // true: dropped from the text
  const char* probe;  // text to look for
};

class TemplateLineTest : public ::testing::TestWithParam<TemplateLineCase> {};

TEST_P(TemplateLineTest, RepeatedTemplateLinesLeaveTheText) {
  const TemplateLineCase& c = GetParam();
  const Article a = MustExtract(WithLine(c.line));
  EXPECT_NE(a.text.find("harbour ferry will stop"), std::string::npos);
  EXPECT_NE(a.text.find("not been consulted"), std::string::npos);
  if (c.furniture) {
    EXPECT_EQ(a.text.find(c.probe), std::string::npos) << a.text;
    EXPECT_TRUE(InBoilerplate(a, c.probe));
  } else {
    EXPECT_NE(a.text.find(c.probe), std::string::npos) << a.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Lines, TemplateLineTest,
    ::testing::Values(
        // A screen-reader label before each chunk of the text, its class scrambled.
        TemplateLineCase{"ChunkLabel", "<div class=q7z2>Story continues</div>", true, "Story continues"},
        // A player's failure message left by each embed.
        TemplateLineCase{"PlayerMessage", "<div class=k9><span>The clip could not be played here, sorry.</span></div>",
                         true, "could not be played"},
        // A reaction prompt under each button, two lines of the template each time.
        TemplateLineCase{"ReactionPrompt", "<div class=r1><div>Sign in to react to this story</div></div>", true,
                         "react to this story"},
        // An interviewer's question put to each guest is a paragraph the article means.
        TemplateLineCase{"RepeatedQuestionParagraph", "<p><strong>What would you change first?</strong></p>", false,
                         "What would you change first?"},
        // So is a repeated heading (the labels of a plan or a schedule).
        TemplateLineCase{"RepeatedHeading", "<h3>Morning crossing</h3>", false, "Morning crossing"},
        // Too short to tell: a counter or a single word may be meant again.
        TemplateLineCase{"ShortCounter", "<div class=c>1 / 8</div>", false, "1 / 8"}),
    [](const ::testing::TestParamInfo<TemplateLineCase>& p) { return p.param.name; });

TEST(TemplateLineTest, TwiceIsEnoughForALabelButNotForASentence) {
  std::string html = WithLine("");
  const std::string label = "<div class=u8>Continue below</div>";
  const std::string sentence = "<div class=u9>The clip could not be played here, sorry.</div>";
  html.replace(html.find("</p>") + 4, 0, label + sentence);
  html.replace(html.rfind("<p>"), 0, label + sentence);
  const Article a = MustExtract(html);
  EXPECT_EQ(a.text.find("Continue below"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("could not be played"), std::string::npos) << a.text;
}

// A share bar between the standfirst and the text, or after it, known by where
// its links go: the same with a telling class and a scrambled one.
struct ShareBarCase {
  const char* name;
  const char* bar;
  bool share;
};

class ShareBarTest : public ::testing::TestWithParam<ShareBarCase> {};

TEST_P(ShareBarTest, ShareEndpointsMakeAShareBar) {
  const ShareBarCase& c = GetParam();
  std::string html = WithLine("");
  html.replace(html.find("</p>") + 4, 0, c.bar);
  const Article a = MustExtract(html);
  EXPECT_NE(a.text.find("not been consulted"), std::string::npos);
  if (c.share) {
    EXPECT_EQ(a.text.find("Pass it on"), std::string::npos) << a.text;
    bool found = false;
    for (const BoilerplateBlock& b : a.boilerplate)
      found = found || (b.role == "share" && b.text.find("Pass it on") != std::string::npos);
    EXPECT_TRUE(found);
  } else {
    EXPECT_NE(a.text.find("Pass it on"), std::string::npos) << a.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Bars, ShareBarTest,
    ::testing::Values(
        ShareBarCase{
            "NetworkEndpoints",
            "<div class=a81><span>Pass it on:</span>"
            "<a href=\"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fpaper.example%2Fx\">Facebook</a>"
            "<a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fpaper.example%2Fx\">X</a>"
            "<a href=\"https://api.whatsapp.com/send?text=x\">WhatsApp</a>"
            "<a href=\"mailto:?subject=Night%20ferry\">E-mail</a></div>",
            true},
        ShareBarCase{
            "BlogEngineButtons",
            "<ul class=z0><li>Pass it on:</li><li><a href=\"https://paper.example/news/harbour-ferry?share=facebook\">"
            "Click to share on Facebook</a></li><li><a href=\"https://paper.example/news/harbour-ferry?share=email\">"
            "Click to email a friend</a></li></ul>",
            true},
        // Links to the outlet's profiles on the networks are no share bar (a
        // follow box, judged elsewhere), nor is a single share link beside others.
        ShareBarCase{"ProfileLinksAreNot",
                     "<div class=a82><span>Pass it on to friends who take the ferry.</span>"
                     "<a href=\"https://www.facebook.com/paperexample\">Facebook</a>"
                     "<a href=\"https://twitter.com/paperexample\">X</a></div>",
                     false},
        ShareBarCase{
            "OneShareLinkAmongStoriesIsNot",
            "<div class=a83><span>Pass it on</span>"
            "<a href=\"mailto:?subject=Night%20ferry\">E-mail</a>"
            "<a href=\"https://paper.example/news/bridge-tolls-rise\">Bridge tolls rise again in the new year</a>"
            "<a href=\"https://paper.example/news/bus-lanes\">Bus lanes extended along the quay</a></div>",
            false}),
    [](const ::testing::TestParamInfo<ShareBarCase>& p) { return p.param.name; });

}  // namespace
}  // namespace provscore

namespace provscore {
namespace {

// A related box between two paragraphs stays in the text, where the cross-link
// detector reads it, and its blocks say they are recirculation; the paragraphs
// around it do not. A box after the last paragraph leaves the text altogether.
TEST(RecirculationBlockTest, RelatedBoxBetweenParagraphsIsMarked) {
  std::string html = WithLine("");
  const std::string box =
      "<aside class=related><h4>More on the harbour</h4><ul>"
      "<li><a href=\"https://paper.example/news/bridge-tolls-rise\">Bridge tolls rise again in the new year</a></li>"
      "<li><a href=\"https://paper.example/news/bus-lanes\">Bus lanes extended along the quay road</a></li>"
      "</ul></aside>";
  html.replace(html.find("</p>") + 4, 0, box);
  const Article a = MustExtract(html);
  ASSERT_NE(a.text.find("Bridge tolls rise"), std::string::npos) << a.text;
  size_t marked = 0, own = 0;
  for (const TextBlock& b : a.blocks) {
    const std::string_view t = std::string_view(a.text).substr(b.start, b.end - b.start);
    if (b.recirculation) {
      ++marked;
      EXPECT_TRUE(t.find("harbour") != std::string_view::npos || t.find("Bridge") != std::string_view::npos ||
                  t.find("Bus lanes") != std::string_view::npos)
          << t;
    } else {
      ++own;
      EXPECT_EQ(t.find("Bridge tolls"), std::string_view::npos) << t;
    }
  }
  EXPECT_EQ(marked, 3u);
  EXPECT_EQ(own, 4u);
}

TEST(RecirculationBlockTest, ParagraphsAloneAreNeverMarked) {
  const Article a = MustExtract(WithLine(""));
  ASSERT_FALSE(a.blocks.empty());
  for (const TextBlock& b : a.blocks) EXPECT_FALSE(b.recirculation);
}

}  // namespace
}  // namespace provscore
