#include "score/extract/html_limits.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "score/extract/html_extractor.h"
#include "tests/score/article_builder.h"

namespace provscore::internal {
namespace {

using ::testing::HasSubstr;

struct CapCase {
  const char* name;
  const char* html;
  size_t max_attributes;
  size_t removed;
  const char* capped;  // expected output when removed > 0
};

TEST(CapAttributesTest, KeepsTheFirstAttributesOfEachTag) {
  const CapCase kCases[] = {
      {"under the cap", "<div a=1 b=2>x</div>", 2, 0, ""},
      {"over the cap", "<div a=1 b=2 c=3 d>x</div>", 2, 2, "<div a=1 b=2 >x</div>"},
      {"quoted '>' is a value", "<p a=\"1>2\" b='>' c=3>x", 2, 1, "<p a=\"1>2\" b='>' >x"},
      {"self-closing slash goes with the cut", "<img a b c/>", 1, 2, "<img a >"},
      {"end tag attributes", "</div a b c>", 1, 2, "</div a >"},
      {"script text is not a tag", "<script>if (a<b c d e) f();</script><i x>", 1, 0, ""},
      {"comment is not a tag", "<!-- <b c d e> --><i x>", 1, 0, ""},
      {"unterminated tag", "<div a b c", 1, 2, "<div a "},
      {"each tag counted alone", "<i a b><i c d><i e f g>", 2, 1, "<i a b><i c d><i e f >"},
  };
  for (const CapCase& c : kCases) {
    std::string capped = "untouched";
    EXPECT_EQ(CapAttributes(c.html, c.max_attributes, &capped), c.removed) << c.name;
    if (c.removed > 0) {
      EXPECT_EQ(capped, c.capped) << c.name;
    } else {
      EXPECT_EQ(capped, "untouched") << c.name;
    }
  }
}

// An attribute bomb: one element with 20,000 attributes. Without the cap Gumbo's
// duplicate check makes this take seconds (minutes at 200,000); with it, the page is
// extracted and the limit is named.
TEST(CapAttributesTest, AttributeBombIsCutAndReported) {
  std::string html = "<html><body><div";
  for (int i = 0; i < 20000; ++i) html += " a" + std::to_string(i) + "=\"x\"";
  html += ">Bridge</div><p>The harbour bridge will reopen on Monday after repairs.</p></body></html>";
  HtmlExtractorOptions options;
  options.max_attributes_per_element = 100;
  auto article = HtmlExtractor(options).Extract(html, "https://example.test/a");
  ASSERT_TRUE(article.ok());
  EXPECT_THAT(article->text, HasSubstr("harbour bridge"));
  ASSERT_EQ(article->limits_hit.size(), 1u);
  EXPECT_THAT(article->limits_hit[0], HasSubstr("max_attributes_per_element (100) removed 19900 attributes"));
}

struct LimitsCase {
  const char* name;
  const char* html;
  HtmlLimits limits;
  const char* limited;  // expected output, or nullptr when nothing is cut
};

HtmlLimits Only(size_t depth, size_t nodes, size_t links) {
  HtmlLimits limits;
  limits.max_attributes = 0;
  limits.max_depth = depth;
  limits.max_nodes = nodes;
  limits.max_links = links;
  return limits;
}

TEST(ApplyHtmlLimitsTest, FlattensDeepNestingCutsLinksAndNodes) {
  const LimitsCase kCases[] = {
      {"within depth", "<div><div>x</div></div>", Only(2, 0, 0), nullptr},
      {"deeper tags go with their end tags", "<div><div><div>x</div></div></div>", Only(2, 0, 0),
       "<div><div>x</div></div>"},
      {"siblings after a flattened run nest again", "<b><i><u>x</u></i><i>y</i></b>", Only(2, 0, 0),
       "<b><i>x</i><i>y</i></b>"},
      {"unclosed paragraphs do not nest", "<div><p>a<p>b<p>c<p>d</div>", Only(2, 0, 0), nullptr},
      {"list items and cells do not nest", "<ul><li>a<li>b<li>c</ul><table><tr><td>a<td>b</table>", Only(1, 0, 0),
       nullptr},
      {"void elements do not nest", "<span><img><br><hr><input>x</span>", Only(1, 0, 0), nullptr},
      {"an end tag closes what is inside", "<div><span><b>x</div><i>y</i>", Only(3, 0, 0), nullptr},
      {"an unclosed link is closed by the next", "<span><a href=1>a<a href=2>b<a href=3>c</span>", Only(2, 0, 0),
       nullptr},
      {"self-closing div still nests", "<div/><div/><div/>x", Only(2, 0, 0), "<div/><div/>x"},
      {"self-closing svg children do not nest", "<svg><path/><path/><path/></svg>", Only(2, 0, 0), nullptr},
      {"script text is not markup", "<div><script>'<div><div><div>'</script></div>", Only(2, 0, 0), nullptr},
      {"links after the cap are unlinked", "<a href=1>a</a> <a href=2>b</a> <a href=3>c</a>", Only(0, 0, 1),
       "<a href=1>a</a> b c"},
      {"start tags after the node cap are cut", "<p>a</p><p>b</p><p>c</p>", Only(0, 2, 0), "<p>a</p><p>b</p>"},
  };
  for (const LimitsCase& c : kCases) {
    std::string limited = "untouched";
    const HtmlCuts cuts = ApplyHtmlLimits(c.html, c.limits, &limited);
    if (c.limited == nullptr) {
      EXPECT_FALSE(cuts.Any()) << c.name;
      EXPECT_EQ(limited, "untouched") << c.name;
    } else {
      EXPECT_TRUE(cuts.Any()) << c.name;
      EXPECT_EQ(limited, c.limited) << c.name;
    }
  }
}

TEST(ApplyHtmlLimitsTest, DescribeNamesEachLimitThatCut) {
  std::string limited;
  const HtmlLimits limits = Only(1, 0, 1);
  const HtmlCuts cuts = ApplyHtmlLimits("<div><div>x</div></div><a href=1>a</a><a href=2>b</a>", limits, &limited);
  EXPECT_EQ(cuts.tags_flattened, 1u);
  EXPECT_EQ(cuts.links_unlinked, 1u);
  EXPECT_THAT(cuts.Describe(limits, 60),
              ::testing::ElementsAre(HasSubstr("max_depth (1) flattened 1 elements"),
                                     HasSubstr("max_links (1) unlinked 1 links")));
}

// A nesting bomb: 100,000 nested <div>. Gumbo walks its open elements on each tag,
// so unflattened this takes 20 s or more; flattened at the default depth it is
// linear, and the text inside is still read.
TEST(ApplyHtmlLimitsTest, NestingBombIsFlattenedAndReported) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "The harbour bridge will reopen on Monday after six months of repairs, the council said.";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  auto article = testing::BuiltinExtractor().Extract(html, "https://example.test/a");
  ASSERT_TRUE(article.ok());
  EXPECT_THAT(article->text, HasSubstr("harbour bridge"));
  ASSERT_EQ(article->limits_hit.size(), 1u);
  EXPECT_THAT(article->limits_hit[0], HasSubstr("max_depth (512) flattened 99488 elements"));
}

// A million links cost a tree node and a BodyLink each; past the cap they are text.
TEST(ApplyHtmlLimitsTest, LinkFloodIsUnlinkedAndReported) {
  std::string html = "<html><body><article><p>The council approved the budget for the harbour bridge.</p><p>";
  for (int i = 0; i < 30000; ++i) html += "<a href=/s" + std::to_string(i) + ">story</a> ";
  html += "</p></article></body></html>";
  HtmlExtractorOptions options;
  options.max_links = 1000;
  auto article = HtmlExtractor(options).Extract(html, "https://example.test/a");
  ASSERT_TRUE(article.ok());
  EXPECT_LE(article->links.size(), 1000u);
  ASSERT_EQ(article->limits_hit.size(), 1u);
  EXPECT_THAT(article->limits_hit[0], HasSubstr("max_links (1000) unlinked 29000 links"));
}

TEST(ApplyHtmlLimitsTest, NodeCapCutsThePageAndSaysWhere) {
  std::string html = "<html><body><article><p>The council approved the budget for the harbour bridge.</p>";
  for (int i = 0; i < 5000; ++i) html += "<span>x</span>";
  html += "</article></body></html>";
  HtmlExtractorOptions options;
  options.max_nodes = 100;
  auto article = HtmlExtractor(options).Extract(html, "https://example.test/a");
  ASSERT_TRUE(article.ok());
  EXPECT_THAT(article->text, HasSubstr("harbour bridge"));
  ASSERT_EQ(article->limits_hit.size(), 1u);
  EXPECT_THAT(article->limits_hit[0], HasSubstr("max_nodes (100) cut the page at byte "));
}

// Crafted pages within every limit whose forms made a per-element reading cost the
// square of their siblings (bench/hostile/hostile_inputs.py times them as whole
// processes; here only what each outcome is). None hits a limit.
const std::string kProse =
    "The harbour board said on Monday that the ferry would return to the bay after a winter of repairs to its "
    "hull and engines, and that fares would stay as they are until the end of the year.";

std::string Page(const std::string& body) { return "<html><head><title>t</title></head><body>" + body + "</body></html>"; }

// The article of a crafted page, which stays within every limit.
Article ExtractCrafted(const std::string& body) {
  auto article = testing::BuiltinExtractor().Extract(Page(body), "https://example.test/a");
  EXPECT_TRUE(article.ok());
  if (!article.ok()) return Article{};
  EXPECT_TRUE(article->limits_hit.empty());
  return std::move(*article);
}

// One grid row of 20,000 narrow columns and the wide column of prose last: each
// narrow column is the page's side column (IsNarrowSideColumn reads the row once).
TEST(CraftedPagesTest, ManyNarrowGridColumnsAreSideColumns) {
  std::string row = "<article><div class=\"row\">";
  for (int i = 0; i < 20000; ++i) row += "<div class=\"col-md-3\"><p>Most read " + std::to_string(i) + "</p></div>";
  row += "<div class=\"col-md-9\"><p>" + kProse + "</p><p>" + kProse + "</p></div></div></article>";
  const Article article = ExtractCrafted(row);
  EXPECT_THAT(article.text, HasSubstr("harbour board"));
  EXPECT_EQ(article.text.find("Most read 19999"), std::string::npos);
}

// A style sheet of 20,000 classes it hides and 20,000 it shows, over as many classed
// elements (each list was read against the other, and every element's classes against
// the hidden list, until session 16's review): the sheet still hides what it hides, in
// any case of the class name, and not a class another rule shows.
TEST(CraftedPagesTest, AStyleSheetOfManyHidingAndShowingClasses) {
  std::string page = "<style>";
  for (int i = 0; i < 20000; ++i) page += ".h" + std::to_string(i) + "{display:none}";
  for (int i = 0; i < 20000; ++i) page += ".s" + std::to_string(i) + "{display:block}";
  page += ".Gone-Box{display:none}.s7{visibility:hidden}</style><article><p>" + kProse + "</p>";
  for (int i = 0; i < 20000; ++i) page += "<span class=\"x" + std::to_string(i) + " h" + std::to_string(i) + "\"></span>";
  page += "<div class=\"gone-box\"><p>Sponsored: win a cruise</p></div><p class=\"s7\">" + kProse +
          " The lighthouse stays lit.</p></article>";
  const Article article = ExtractCrafted(page);
  EXPECT_THAT(article.text, HasSubstr("harbour board"));
  EXPECT_THAT(article.text, HasSubstr("The lighthouse stays lit."));
  EXPECT_EQ(article.text.find("win a cruise"), std::string::npos);
}

// 20,000 empty siblings, 2,000 hidden blocks of prose (kMinGatedProse at least)
// with no visible paragraph before them (hidden notices, not a continuation), then
// a paragraph and one hidden block after it: only that one is the gated rest.
TEST(CraftedPagesTest, ManyHiddenSiblingsBeforeTheFirstParagraph) {
  std::string body = "<article><div>";
  for (int i = 0; i < 20000; ++i) body += "<b></b>";
  for (int i = 0; i < 2000; ++i) body += "<div hidden><p>Hidden " + std::to_string(i) + ". " + kProse + " " + kProse + " " + kProse + "</p></div>";
  body += "<p>" + kProse + "</p><div hidden><p>Gated rest. " + kProse + " " + kProse + " " + kProse + "</p></div></div></article>";
  const Article article = ExtractCrafted(body);
  EXPECT_EQ(article.text.find("Hidden 1999."), std::string::npos);
  const size_t rest = article.text.find("Gated rest.");
  ASSERT_NE(rest, std::string::npos) << article.text.substr(0, 400);
  size_t gated = 0;
  for (const TextBlock& b : article.blocks) {
    if (!b.gated) continue;
    ++gated;
    EXPECT_LE(b.start, rest);
    EXPECT_GT(b.end, rest);
  }
  EXPECT_EQ(gated, 1u);
}

// A closed <details> of 20,000 paragraphs: each is a gated root, every block of
// them is marked gated (InGatedContinuation reads a flag, not the list of roots).
TEST(CraftedPagesTest, AClosedDetailsOfManyParagraphsIsGated) {
  std::string body = "<article><p>" + kProse + "</p><details><summary>More</summary>";
  for (int i = 0; i < 20000; ++i) body += "<p>Answer " + std::to_string(i) + ": the board will say.</p>";
  body += "</details></article>";
  const Article article = ExtractCrafted(body);
  EXPECT_THAT(article.text, HasSubstr("Answer 19999: the board will say."));
  size_t gated = 0, open = 0;
  for (const TextBlock& b : article.blocks) (b.gated ? gated : open) += 1;
  EXPECT_EQ(gated, 20000u);
  EXPECT_GE(open, 1u);
}

// 20,000 small boxes headed by a heading after the headline and the prose, then
// the readers' box headed "Comments": each box asks for the prose before it
// (ProseBefore, one pass for the page); only the last is the readers' box.
TEST(CraftedPagesTest, ManyHeadedBoxesAfterTheHeadline) {
  std::string body = "<article><h1>Harbour ferry returns</h1><p>" + kProse + "</p><p>" + kProse + "</p>";
  for (int i = 0; i < 20000; ++i) body += "<div><h3>Note</h3></div>";
  body += "<div><h3>Comments</h3><p>Reader remark: the fares are too high for families.</p></div></article>";
  const Article article = ExtractCrafted(body);
  EXPECT_THAT(article.text, HasSubstr("harbour board"));
  EXPECT_EQ(article.text.find("Reader remark"), std::string::npos);
}

TEST(CapAttributesTest, OrdinaryPageHitsNoLimit) {
  auto article =
      testing::BuiltinExtractor().Extract("<html><body><p class=a id=b data-x=1>Some text.</p></body></html>", "");
  ASSERT_TRUE(article.ok());
  EXPECT_TRUE(article->limits_hit.empty());
}

}  // namespace
}  // namespace provscore::internal
