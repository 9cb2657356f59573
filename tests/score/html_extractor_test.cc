#include "score/extract/html_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.h"
#include "score/extract/html_dom.h"
#include "score/extract/html_metadata.h"
#include "score/extract/language_guess.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(PROVSCORE_TEST_DATA) + "/html/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Article MustExtract(std::string_view html, std::string_view url = "",
                    HtmlExtractorOptions options = {}) {
  Result<Article> result = HtmlExtractor(WithRules(std::move(options), testing::BuiltinRules())).Extract(html, url);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article{};
}

std::vector<std::string> AuthorNames(const Article& a) {
  std::vector<std::string> names;
  for (const SourcedValue& v : a.authors) names.push_back(v.value);
  return names;
}

std::string AllBoilerplate(const Article& a) {
  std::string all;
  for (const BoilerplateBlock& b : a.boilerplate) all += b.role + ":" + b.text + "\n";
  return all;
}

const BoilerplateBlock* FindBoilerplate(const Article& a, std::string_view needle) {
  for (const BoilerplateBlock& b : a.boilerplate) {
    if (b.text.find(needle) != std::string::npos) return &b;
  }
  return nullptr;
}

// The invariants of Article's offsets: blocks in order, separated by "\n\n" and
// covering `text`; each link's anchor is exactly its span.
void ExpectConsistentOffsets(const Article& a) {
  ASSERT_TRUE(IsValidUtf8(a.text));
  size_t expected_start = 0;
  for (const TextBlock& b : a.blocks) {
    ASSERT_EQ(b.start, expected_start);
    ASSERT_LE(b.end, a.text.size());
    ASSERT_LT(b.start, b.end);
    expected_start = b.end + 2;
    if (b.end < a.text.size()) {
      ASSERT_EQ(a.text.substr(b.end, 2), "\n\n");
    }
  }
  if (!a.blocks.empty()) {
    EXPECT_EQ(a.blocks.back().end, a.text.size());
  }
  size_t link_count = 0;
  for (const BodyLink& l : a.links) {
    ASSERT_LE(l.start, l.end);
    ASSERT_LE(l.end, a.text.size());
    EXPECT_EQ(a.text.substr(l.start, l.end - l.start), l.anchor);
  }
  for (const TextBlock& b : a.blocks) link_count += b.link_count;
  EXPECT_EQ(link_count, a.links.size());
}

TEST(HtmlExtractorTest, JsonLdGraphGivesAuthorsDatesAndPublisher) {
  const Article a = MustExtract(ReadFixture("jsonld_graph.html"));
  EXPECT_EQ(a.title, "Harbour cranes return after storm");
  // The URL author is dropped, the "@id" reference resolved, "jane doe" deduplicated.
  EXPECT_THAT(AuthorNames(a), ElementsAre("Jane Doe", "Tom Example"));
  for (const SourcedValue& v : a.authors) {
    EXPECT_EQ(v.source, "json-ld");
    EXPECT_DOUBLE_EQ(v.confidence, 0.95);
  }
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2022-02-21T10:24:00Z");
  EXPECT_EQ(a.published->source, "json-ld");
  ASSERT_TRUE(a.modified.has_value());
  EXPECT_EQ(a.modified->value, "2022-02-22T08:00:00");
  EXPECT_EQ(a.site_name, "The Example Ledger");
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_EQ(a.canonical_url, "https://ledger.example/news/cranes");
}

TEST(HtmlExtractorTest, JsonLdBlocksAreKeptAsOneArrayAndInvalidBlocksSkipped) {
  const Article a = MustExtract(ReadFixture("jsonld_graph.html"));
  ASSERT_FALSE(a.json_ld.empty());
  EXPECT_EQ(a.json_ld.front(), '[');
  EXPECT_THAT(a.json_ld, HasSubstr("\"@graph\""));
  EXPECT_THAT(a.json_ld, HasSubstr("BreadcrumbList"));
  EXPECT_THAT(a.json_ld, Not(HasSubstr("not json")));
}

TEST(HtmlExtractorTest, ApplicationNameIsASiteNameUnlessItIsTheHeadline) {
  const std::string head = "<html><head><title>Halls too full to be safe, experts warn</title>";
  const std::string body = "</head><body><p>Body text.</p></body></html>";
  EXPECT_EQ(MustExtract(head + "<meta name=\"application-name\" content=\"City Ledger\">" + body).site_name,
            "City Ledger");
  EXPECT_EQ(MustExtract(head + "<meta name=\"application-name\" content=\"Halls too full to be safe, experts warn\">" + body)
                .site_name,
            "");
}

TEST(HtmlExtractorTest, JsonLdWithRawNewlinesInStringsIsRead) {
  const Article a = MustExtract(
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"First line\n"
      "second line\", \"author\": {\"@type\": \"Organization\", \"name\": \"PTI\"}}</script></head>"
      "<body><p>Body text.</p></body></html>");
  EXPECT_THAT(a.json_ld, HasSubstr("First line second line"));
  EXPECT_THAT(AuthorNames(a), ElementsAre("PTI"));
}

TEST(HtmlExtractorTest, HeadlineIsInTitleButNotInText) {
  const Article a = MustExtract(ReadFixture("jsonld_graph.html"));
  EXPECT_THAT(a.text, Not(HasSubstr("Harbour cranes return")));
  EXPECT_THAT(a.text, HasSubstr("The two container cranes"));
  ASSERT_EQ(a.blocks.size(), 2u);
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, OpenGraphOnlyPage) {
  const Article a = MustExtract(ReadFixture("opengraph_only.html"));
  EXPECT_EQ(a.title, "Neue Brücke eröffnet | Beispiel Zeitung");  // og:title kept whole, as Readability
  EXPECT_EQ(a.site_name, "Beispiel Zeitung");
  EXPECT_EQ(a.canonical_url, "https://zeitung.example/lokales/bruecke");
  EXPECT_EQ(a.language, "de-DE");
  EXPECT_EQ(a.description, "Die neue Brücke über den Fluss ist seit heute befahrbar.");
  // The Facebook URL in article:author is not a name.
  ASSERT_THAT(AuthorNames(a), ElementsAre("Erika Mustermann"));
  EXPECT_EQ(a.authors[0].source, "opengraph");
  EXPECT_DOUBLE_EQ(a.authors[0].confidence, 0.9);
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2022-02-21T10:24:00Z");
  EXPECT_EQ(a.published->source, "opengraph");
  ASSERT_TRUE(a.modified.has_value());
  EXPECT_EQ(a.modified->value, "2022-02-21T12:00:00");
  EXPECT_THAT(a.text, HasSubstr("Nach drei Jahren Bauzeit"));
  EXPECT_TRUE(a.json_ld.empty());
}

struct BylineCase {
  const char* name;
  const char* html;
  std::vector<std::string> authors;
  const char* source;
  double confidence;
  const char* published;  // "" when none expected
  const char* byline_line;  // "" when none expected
};

class BylineFormsTest : public ::testing::TestWithParam<BylineCase> {};

TEST_P(BylineFormsTest, ReadsAuthorsAndDates) {
  const BylineCase& c = GetParam();
  const std::string html = std::string("<html><body><article><h1>Headline</h1>") + c.html +
                           "<p>Body paragraph that is long enough to be the article text here.</p>"
                           "</article></body></html>";
  const Article a = MustExtract(html);
  EXPECT_EQ(AuthorNames(a), c.authors);
  if (!a.authors.empty()) {
    EXPECT_EQ(a.authors[0].source, c.source);
    EXPECT_DOUBLE_EQ(a.authors[0].confidence, c.confidence);
  }
  if (*c.published == '\0') {
    EXPECT_FALSE(a.published.has_value());
  } else {
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->value, c.published);
  }
  if (*c.byline_line != '\0') {
    EXPECT_THAT(a.byline_lines, ElementsAre(c.byline_line));
    EXPECT_THAT(a.text, Not(HasSubstr(c.byline_line)));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, BylineFormsTest,
    ::testing::Values(
        BylineCase{"RelAuthor", "<p class=meta>By <a rel=\"author\" href=\"/people/jd\">Jane Doe</a></p>",
                   {"Jane Doe"}, "rel-author", 0.85, "", ""},
        BylineCase{"ItempropAuthorWithName",
                   "<span itemprop=\"author\" itemscope><span itemprop=\"name\">John Roe</span></span>",
                   {"John Roe"}, "itemprop", 0.85, "", ""},
        BylineCase{"ItempropMetaDate", "<meta itemprop=\"datePublished\" content=\"2023-04-28\">", {},
                   "", 0, "2023-04-28", ""},
        BylineCase{"BylineClassWithAgency", "<div class=\"byline\">By Jane Doe and John Roe, Reuters</div>",
                   {"Jane Doe", "John Roe"}, "byline", 0.7, "", "By Jane Doe and John Roe, Reuters"},
        BylineCase{"AuthorClassAgencyOnly", "<span class=\"article__author\">AFP | 28.04.2023 | 17:52 Uhr</span>",
                   {"AFP"}, "byline", 0.7, "", "AFP | 28.04.2023 | 17:52 Uhr"},
        BylineCase{"TimePubdate", "<time datetime=\"2022-02-21 10:24\" pubdate>Feb 21</time>", {}, "", 0,
                   "2022-02-21T10:24:00", ""},
        BylineCase{"TimeWithoutAttributes", "<time datetime=\"2021-12-01T08:00:00+01:00\">1 Dec</time>", {},
                   "", 0, "2021-12-01T08:00:00+01:00", ""},
        BylineCase{"GenericAdminDropped", "<meta name=\"author\" content=\"admin\">", {}, "", 0, "", ""},
        BylineCase{"EmailAuthorDropped", "<meta name=\"author\" content=\"news@example.com\">", {}, "", 0, "",
                   ""},
        BylineCase{"StructuredAuthorBeatsVisibleByline",
                   "<meta name=\"author\" content=\"Jane Doe\"><div class=\"byline\">By JANE DOE, Staff</div>",
                   {"Jane Doe"}, "meta", 0.9, "", "By JANE DOE, Staff"}),
    [](const ::testing::TestParamInfo<BylineCase>& param_info) { return std::string(param_info.param.name); });

TEST(HtmlExtractorTest, BoilerplateTextGoesToBoilerplateNotText) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"));
  struct Expected {
    const char* text;
    const char* role;
  };
  const Expected kExpected[] = {
      {"We use cookies", "cookie"},
      {"Sport section", "header"},
      {"City breadcrumb", "nav"},
      {"Share on Facebook", "share"},
      {"Advertisement: buy shoes now", "ad"},
      {"Related story one headline", "related"},
      {"finally some progress for cyclists", "comments"},
      {"Sidebar link two", "aside"},
      {"Subscribe to our daily newsletter", "newsletter"},
      {"Copyright Example Post footer text", "footer"},
  };
  for (const Expected& e : kExpected) {
    EXPECT_THAT(a.text, Not(HasSubstr(e.text))) << e.text;
    const BoilerplateBlock* b = FindBoilerplate(a, e.text);
    ASSERT_NE(b, nullptr) << e.text << " missing from\n" << AllBoilerplate(a);
    EXPECT_EQ(b->role, e.role) << e.text;
  }
}

TEST(HtmlExtractorTest, BoilerplateLayoutKeepsArticleParagraphs) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"));
  EXPECT_EQ(a.title, "Council approves new cycle lanes");
  EXPECT_THAT(a.text, HasSubstr("The city council on Thursday approved"));
  EXPECT_THAT(a.text, HasSubstr("Opposition councillors said"));
  // "shadow" is not the token "ad".
  EXPECT_THAT(a.text, HasSubstr("Cyclists' groups welcomed the decision"));
  EXPECT_THAT(a.text, Not(HasSubstr("Council approves new cycle lanes")));
  EXPECT_THAT(a.byline_lines, ElementsAre("By Jane Doe and John Roe, Reuters"));
  EXPECT_THAT(a.text, Not(HasSubstr("By Jane Doe")));
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2024-05-02T09:30:00+02:00");
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, HiddenNoticeIsNeverText) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"));
  EXPECT_THAT(a.text, Not(HasSubstr("Translated automatically")));
  const BoilerplateBlock* b = FindBoilerplate(a, "Translated automatically by a hidden widget.");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->role, "hidden");
}

TEST(HtmlExtractorTest, HiddenFormsAreAllRecognised) {
  const std::string html =
      "<body><div class=story-body>"
      "<p>Visible paragraph that carries the article text for this small test page.</p>"
      "<div hidden>hidden attribute text</div>"
      "<div aria-hidden=\"true\">aria hidden text</div>"
      "<span style=\"color:red; VISIBILITY : hidden\">invisible span text</span>"
      "<div style=\"display: none\"><p>display none text</p></div>"
      "<div class=\"visually-hidden\">screen reader label</div>"
      "<h2 class=\"section-title hidden\">hidden class heading</h2>"
      "<div class=\"card d-none\">bootstrap hidden card</div>"
      "<p class=\"d-none d-md-block\">Shown on wide screens, this paragraph is part of the text.</p>"
      "<p class=\"hidden md:block\">Also shown on wide screens and part of the text here.</p>"
      "<p class=\"hidden md:px-6 lg:!flex\">Shown from large screens up, a paragraph of the text too.</p>"
      "<div class=\"panel hidden aria-expanded:block md:px-6\">collapsed panel text</div>"
      "<div class=\"tip hidden group-hover:flex\">hover tip text</div>"
      "</div></body>";
  const Article a = MustExtract(html);
  EXPECT_THAT(a.text, HasSubstr("Shown on wide screens"));
  EXPECT_THAT(a.text, HasSubstr("Also shown on wide screens"));
  EXPECT_THAT(a.text, HasSubstr("Shown from large screens up"));
  // Shown only once a reader opens or hovers it: still hidden.
  for (const char* hidden : {"hidden attribute text", "aria hidden text", "invisible span text",
                             "display none text", "screen reader label", "hidden class heading",
                             "bootstrap hidden card", "collapsed panel text", "hover tip text"}) {
    EXPECT_THAT(a.text, Not(HasSubstr(hidden)));
    const BoilerplateBlock* b = FindBoilerplate(a, hidden);
    ASSERT_NE(b, nullptr) << hidden;
    EXPECT_EQ(b->role, "hidden");
  }
  EXPECT_THAT(a.text, HasSubstr("Visible paragraph"));
}

TEST(HtmlExtractorTest, InBodyLinksCarryExactOffsetsAndResolvedUrls) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"), "https://post.example/city/cycle-lanes");
  ExpectConsistentOffsets(a);
  ASSERT_GE(a.links.size(), 2u);
  EXPECT_EQ(a.links[0].url, "https://post.example/city/budget-2024");
  EXPECT_EQ(a.links[0].anchor, "the budget office said");
  EXPECT_EQ(a.text.substr(a.links[0].start, a.links[0].end - a.links[0].start), "the budget office said");
  EXPECT_EQ(a.links[1].url, "https://post.example/city/bus-fares");
  EXPECT_EQ(a.links[1].anchor, "Bus fares to rise in June");
  for (const BodyLink& l : a.links) EXPECT_THAT(l.url, Not(HasSubstr("facebook")));
}

TEST(HtmlExtractorTest, ReadAlsoParagraphBetweenParagraphsIsKept) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"));
  const size_t read_also = a.text.find("READ ALSO: Bus fares to rise in June");
  ASSERT_NE(read_also, std::string::npos);
  EXPECT_LT(a.text.find("The city council"), read_also);
  EXPECT_GT(a.text.find("Construction will start"), read_also);
  const auto block = std::find_if(a.blocks.begin(), a.blocks.end(),
                                  [&](const TextBlock& b) { return b.start == read_also; });
  ASSERT_NE(block, a.blocks.end());
  EXPECT_EQ(block->link_count, 1u);
  EXPECT_EQ(block->link_chars, std::string("Bus fares to rise in June").size());
}

TEST(HtmlExtractorTest, RelatedBoxBetweenParagraphsStaysInBodyAsOther) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"));
  const size_t box = a.text.find("Parking fees double in the centre");
  ASSERT_NE(box, std::string::npos);
  const auto block = std::find_if(a.blocks.begin(), a.blocks.end(),
                                  [&](const TextBlock& b) { return b.start == box; });
  ASSERT_NE(block, a.blocks.end());
  EXPECT_EQ(block->kind, TextBlock::Kind::kOther);
  EXPECT_EQ(FindBoilerplate(a, "Parking fees double"), nullptr);
}

TEST(HtmlExtractorTest, CreditLineAndAuthorBioAfterArticleAreKept) {
  const Article a = MustExtract(ReadFixture("boilerplate_layout.html"));
  EXPECT_THAT(a.text, HasSubstr("Source: Reuters"));
  // An author box (class "author-bio") is kept for the bio detector, marked as such.
  const BoilerplateBlock* bio = FindBoilerplate(a, "Jane Doe covers city hall for Example Post.");
  ASSERT_NE(bio, nullptr) << AllBoilerplate(a);
  EXPECT_EQ(bio->role, "author");
}

TEST(HtmlExtractorTest, FurnitureBeforeAndAfterTheProseGoesToBoilerplate) {
  const Article a = MustExtract(ReadFixture("article_furniture.html"));
  ExpectConsistentOffsets(a);
  EXPECT_THAT(a.text, HasSubstr("The harbour ferry returned to service"));
  EXPECT_THAT(a.text, HasSubstr("after the first six months of traffic figures are in."));
  // Kicker, date stamp and photo credit before the prose; ad label, topic links and
  // reading prompts after it.
  for (const char* furniture : {"Transport", "Updated Jun 14", "Photo: Tom Lens", "Advertisement",
                                "Ferries", "Continue reading the main story"}) {
    EXPECT_THAT(a.text, Not(HasSubstr(furniture))) << furniture;
    EXPECT_NE(FindBoilerplate(a, furniture), nullptr) << furniture << " missing from\n" << AllBoilerplate(a);
  }
  EXPECT_EQ(FindBoilerplate(a, "Photo: Tom Lens")->role, "caption");
  EXPECT_EQ(FindBoilerplate(a, "Ferries")->role, "related");
  // What the detectors read stays in the body, in place.
  EXPECT_THAT(a.text, HasSubstr("READ ALSO: Bridge tolls to rise in July"));
  EXPECT_THAT(a.text, HasSubstr("(Reporting by Jane Doe; Editing by John Roe)"));
  EXPECT_THAT(a.text, HasSubstr("Jane Doe is the Courier's transport correspondent"));
  // The teaser feed after the article is not part of it.
  EXPECT_THAT(a.text, Not(HasSubstr("Tram line extension")));
}

TEST(HtmlExtractorTest, LayoutClassDoesNotHideAnArticleWrittenInDivs) {
  // "rail" marks sidebars, but this wrapper holds the whole article (in <div>s, not <p>s).
  const Article a = MustExtract(ReadFixture("article_furniture.html"));
  EXPECT_THAT(a.text, HasSubstr("Commuters who had used the bus detour"));
  for (const BoilerplateBlock& b : a.boilerplate) EXPECT_THAT(b.text, Not(HasSubstr("Commuters")));
}

TEST(HtmlExtractorTest, ArticleHoldingSeveralArticlesIsAFeedNotTheBody) {
  const Article a = MustExtract(ReadFixture("teaser_feed.html"));
  EXPECT_THAT(a.text, HasSubstr("Living a true experience of love"));
  EXPECT_THAT(a.text, Not(HasSubstr("Life asks us for optimism")));
  EXPECT_THAT(a.text, Not(HasSubstr("What unites a family")));
}

// Three paragraphs of article prose around whatever `middle` holds.
std::string PageAround(const std::string& middle) {
  return "<html><body><div class=\"story-body\"><p>" + testing::Filler("the budget") + "</p><p>" +
         testing::Filler("the bridge") + "</p>" + middle + "<p>" + testing::Filler("the port") +
         "</p></div></body></html>";
}

const TextBlock* BlockStartingWith(const Article& a, std::string_view prefix) {
  for (const TextBlock& b : a.blocks) {
    if (std::string_view(a.text).substr(b.start, b.end - b.start).starts_with(prefix)) return &b;
  }
  return nullptr;
}

TEST(HtmlExtractorTest, TeaserCardWithAnUnlinkedHeadlineIsOneLinkedBlock) {
  // An image link and an empty overlay link around a kicker and a headline.
  const Article a = MustExtract(PageAround(
      "<div class=\"rail\"><h3>Most read</h3><div class=\"rail__item\">"
      "<div class=\"img\"><a href=\"/news/123/storm-closes-road/\"><img src=\"s.jpg\" alt=\"\"></a></div>"
      "<div class=\"content\"><h3>STORM</h3><span> Coast road closed for a week </span></div>"
      "<a class=\"rail__item-anchor\" href=\"/news/123/storm-closes-road/\"></a></div></div>"),
      "https://x.example/news/1/budget/");
  ExpectConsistentOffsets(a);
  const TextBlock* card = BlockStartingWith(a, "STORM");
  ASSERT_NE(card, nullptr) << a.text;
  EXPECT_EQ(std::string_view(a.text).substr(card->start, card->end - card->start), "STORM Coast road closed for a week");
  ASSERT_EQ(card->link_count, 1u);
  EXPECT_EQ(card->link_chars, card->end - card->start);
  const auto link = std::find_if(a.links.begin(), a.links.end(), [&](const BodyLink& l) { return l.start == card->start; });
  ASSERT_NE(link, a.links.end());
  EXPECT_EQ(link->url, "https://x.example/news/123/storm-closes-road/");
}

TEST(HtmlExtractorTest, LinkAroundBlocksIsOneBlock) {
  const Article a = MustExtract(PageAround(
      "<ul><li><a href=\"/audio/fire-brigades-100.html\"><div class=\"media\"><img src=\"a.jpg\">"
      "<div class=\"duration\">45:47</div></div><span>Fire brigades protest</span> | <b>audio</b></a></li></ul>"));
  ExpectConsistentOffsets(a);
  const TextBlock* card = BlockStartingWith(a, "45:47");
  ASSERT_NE(card, nullptr) << a.text;
  EXPECT_EQ(std::string_view(a.text).substr(card->start, card->end - card->start), "45:47 Fire brigades protest | audio");
  EXPECT_EQ(card->link_chars, card->end - card->start);
}

TEST(HtmlExtractorTest, LinkAroundALongStretchKeepsItsBlocks) {
  // Unclosed or page-wide anchors are broken markup: the paragraphs stay paragraphs.
  const Article a = MustExtract(PageAround("<a href=\"/x/1\"><p>" + testing::Filler("the tram") + "</p><p>" +
                                           testing::Filler("the ferry") + "</p><p>" + testing::Filler("the bus") +
                                           "</p></a>"));
  ExpectConsistentOffsets(a);
  EXPECT_NE(BlockStartingWith(a, testing::Filler("the tram")), nullptr) << a.text;
  EXPECT_NE(BlockStartingWith(a, testing::Filler("the ferry")), nullptr) << a.text;
}

TEST(HtmlExtractorTest, WhatIsNotACardKeepsItsOwnBlocks) {
  const struct {
    const char* name;
    std::string middle;
    const char* block;  // a block that must stay as it is, without links
  } cases[] = {
      {"an image link inside a paragraph",
       "<p>The mayor, pictured <a href=\"/photos/mayor.jpg\"><img src=\"m.jpg\"></a> at the vote, said no.</p>",
       "The mayor, pictured at the vote, said no."},
      {"a box whose links go to different pages",
       "<div class=\"related\"><div class=\"item\"><a href=\"/news/1/a/\"><img src=\"a.jpg\"></a>"
       "<h4>Bridge tolls</h4><a href=\"/news/2/b/\">Second story</a></div></div>",
       "Bridge tolls"},
      {"a logo that links to the front page",
       "<div class=\"strip\"><a href=\"/\"><img src=\"logo.png\"></a><h2>City desk</h2></div>", "City desk"},
  };
  for (const auto& c : cases) {
    const Article a = MustExtract(PageAround(c.middle));
    ExpectConsistentOffsets(a);
    const TextBlock* block = BlockStartingWith(a, c.block);
    ASSERT_NE(block, nullptr) << c.name << "\n" << a.text;
    EXPECT_EQ(std::string_view(a.text).substr(block->start, block->end - block->start), c.block) << c.name;
    EXPECT_EQ(block->link_count, 0u) << c.name;
  }
}

size_t CountOf(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(HtmlExtractorTest, PassagePrintedTwiceIsReadOnce) {
  // A paywalled page: the full text for subscribers, then the opening again as the
  // teaser others see (a style sheet hides one of the two).
  const std::string opening =
      "Three weeks before the regional vote the harbour board published its plan to close the old ferry "
      "terminal, and the opposition parties, the shipping companies and the residents of the island all "
      "said within the hour that they would fight the closure in the assembly and, if need be, in court.";
  const Article a = MustExtract(
      "<html><body><article><div class=\"for-subscribers\"><p>" + opening + "</p><p>" +
      testing::Filler("the ferry") + "</p><p>" + testing::Filler("the terminal") + "</p></div>"
      "<div class=\"for-guests\"><p>" + opening + "</p></div></article></body></html>");
  ExpectConsistentOffsets(a);
  EXPECT_EQ(CountOf(a.text, opening), 1u) << a.text;
  EXPECT_THAT(a.text, HasSubstr(testing::Filler("the terminal")));
}

TEST(HtmlExtractorTest, ShortParagraphsMeantTwiceStayTwice) {
  // An interviewer's stock question, asked of each guest in turn.
  const std::string question = "Which dish from your childhood would you still cook for friends today, and why?";
  std::string middle;
  for (const char* guest : {"the baker", "the fisher", "the chef"}) {
    middle += "<p>" + question + "</p><p>" + testing::Filler(guest) + "</p>";
  }
  const Article a = MustExtract(PageAround(middle));
  EXPECT_EQ(CountOf(a.text, question), 3u) << a.text;
}

TEST(HtmlExtractorTest, TooltipBoxIsNotTextButATooltipWordIs) {
  // Reaction buttons whose sign-in prompt opens on a click, between the body and
  // its last paragraph; a glossary tooltip on a word inside a sentence.
  const Article a = MustExtract(PageAround(
      "<div class=\"reactions\"><div class=\"wrap js-tooltip\"><span>Useful</span>"
      "<div class=\"js-tooltip-content\"><p>Reacting to articles needs an account. Sign in or register first.</p>"
      "<a href=\"/login\">Sign in</a></div></div></div>"
      "<p>The levy would be paid through the <span class=\"tooltip\">tonnage tax"
      "<span class=\"tooltip-text\">a tax on a ship's capacity</span></span> from next year.</p>"));
  ExpectConsistentOffsets(a);
  EXPECT_THAT(a.text, Not(HasSubstr("Reacting to articles needs an account")));
  EXPECT_THAT(a.text, HasSubstr("paid through the tonnage tax"));
  EXPECT_THAT(a.text, HasSubstr(testing::Filler("the port")));
}

TEST(HtmlExtractorTest, PictureUnitsGoToCaptionsWhateverTheirMarkup) {
  // Pictures between paragraphs in wrappers that name neither a figure nor a
  // caption: the caption is known by a picture credit, or by repeating the
  // image's alt text. A short paragraph beside an image is text.
  const Article a = MustExtract(PageAround(
      "<div class=\"box-a\"><div><img src=\"1.jpg\"></div><h4>The old ferry leaves the harbour for the last "
      "time, watched by some two hundred people on the pier.</h4><p>Photo: Ann Lens</p></div>"
      "<div class=\"box-b\"><a href=\"/gallery/ferry-photo-2.html\"><img src=\"2.jpg\"></a>"
      "<div><span>Crew members wave from the deck.</span> <span>Bildrechte: Harbour Archive</span></div></div>"
      "<div class=\"box-c\"><img src=\"3.jpg\" alt=\"The island school seen from the new quay\">"
      "<small>The island school seen from the new quay, where the children now wait.</small></div>"
      "<div class=\"box-d\"><img src=\"4.jpg\" alt=\"\"><p>The captain, who steered the ferry for thirty "
      "years, said he would miss the crossing.</p></div>"));
  ExpectConsistentOffsets(a);
  for (const char* caption : {"watched by some two hundred people", "Photo: Ann Lens", "Crew members wave",
                              "Bildrechte: Harbour Archive", "where the children now wait"}) {
    EXPECT_THAT(a.text, Not(HasSubstr(caption))) << caption;
    const BoilerplateBlock* b = FindBoilerplate(a, caption);
    ASSERT_NE(b, nullptr) << caption << " missing from\n" << AllBoilerplate(a);
    EXPECT_EQ(b->role, "caption") << caption;
  }
  EXPECT_THAT(a.text, HasSubstr("The captain, who steered the ferry for thirty years"));
}

TEST(HtmlExtractorTest, CardsWithALinkedHeadlineAndAStandfirstDoNotExtendTheBody) {
  // A rail of teaser cards after the text: linked headline, author, date and a
  // standfirst that reads like a sentence. The last paragraph of the article is
  // mostly links but has a clause of its own between them.
  const std::string card1 =
      "<div class=\"cell\"><div class=\"details\"><h3><a href=\"/news/7/tram-strike/\">Tram drivers vote to "
      "strike</a></h3><span><a href=\"/author/ann-lens/\">Ann Lens</a> - <time>May 2</time></span>"
      "<div class=\"excerpt\">The union says the walkout will last three days unless the city improves its offer "
      "on night shifts.</div></div></div>";
  const std::string card2 =
      "<div class=\"cell\"><div class=\"details\"><h3><a href=\"/news/8/bridge-toll/\">Bridge toll to rise "
      "in July</a></h3><span><a href=\"/author/tom-roe/\">Tom Roe</a> - <time>May 1</time></span>"
      "<div class=\"excerpt\">Drivers will pay a euro more from the summer, the operator announced on "
      "Wednesday morning.</div></div></div>";
  const Article a = MustExtract(
      "<html><body><div class=\"story-body\"><p>" + testing::Filler("the budget") + "</p><p>" +
      testing::Filler("the bridge") + "</p><p>" + testing::Filler("the port") + "</p>"
      "<p>The council <a href=\"/news/1/a/\">approved a similar plan in 2019</a>, which led the operators to "
      "<a href=\"/news/2/b/\">raise their prices twice</a>, as the opposition recalled at the end of the "
      "<a href=\"/news/3/c/\">long debate on Tuesday</a>.</p></div>"
      "<div class=\"more-news\">" + card1 + card2 + "</div></body></html>",
      "https://x.example/news/1/budget/");
  ExpectConsistentOffsets(a);
  EXPECT_THAT(a.text, HasSubstr("which led the operators to raise their prices twice"));
  EXPECT_THAT(a.text, Not(HasSubstr("The union says the walkout")));
  EXPECT_THAT(a.text, Not(HasSubstr("Drivers will pay a euro more")));
}

TEST(HtmlExtractorTest, TextEndsAtATeaserListFollowedOnlyByFurniture) {
  // A list of links to other stories after the text, then a comment policy in a
  // box of its own that reads like a sentence: the text ends before the list.
  const std::string body = "<p>" + testing::Filler("the budget") + "</p><p>" + testing::Filler("the bridge") +
                           "</p><p>" + testing::Filler("the port") + "</p>";
  const std::string list =
      "<p>More on this topic:</p><ul><li><a href=\"/n/4/\">Ferry fares frozen until spring</a></li>"
      "<li><a href=\"/n/5/\">Harbour works begin next month</a></li>"
      "<li><a href=\"/n/6/\">New pier opens to walkers</a></li></ul>";
  const std::string policy =
      "<p>Please keep your comments on topic and polite; the editors remove insults without notice.</p>";
  const Article tail = MustExtract("<html><body><div class=\"story-body\">" + body + list +
                                   "<div class=\"comments\">" + policy + "</div></div></body></html>");
  ExpectConsistentOffsets(tail);
  EXPECT_THAT(tail.text, HasSubstr("the port"));
  for (const char* furniture : {"More on this topic", "Ferry fares frozen", "keep your comments on topic"}) {
    EXPECT_THAT(tail.text, Not(HasSubstr(furniture))) << furniture;
  }
  // The same list between paragraphs, with the article going on after it, stays.
  const std::string more = "<p>" + testing::Filler("the ferry") + "</p><p>" + testing::Filler("the quay") + "</p>";
  const Article between = MustExtract("<html><body><div class=\"story-body\">" + body + list + more +
                                      "</div></body></html>");
  EXPECT_THAT(between.text, HasSubstr("the quay"));
  EXPECT_THAT(between.text, HasSubstr("Ferry fares frozen until spring"));
  EXPECT_THAT(between.text, HasSubstr("More on this topic:"));
}

TEST(HtmlExtractorTest, MenuOfShortLinksInsideTheContainerIsNotText) {
  // A column of one-word section links between the text and more text: a menu.
  std::string menu = "<ul>";
  for (const char* section : {"Budget", "Harbour", "Schools", "Roads", "Parks", "Water", "Housing", "Sport"}) {
    menu += std::string("<li><a href=\"/section/") + section + "/\">" + section + "</a></li>";
  }
  menu += "</ul>";
  const Article a = MustExtract("<html><body><div class=\"story-body\"><p>" + testing::Filler("the budget") +
                                "</p><p>" + testing::Filler("the bridge") + "</p>" + menu + "<p>" +
                                testing::Filler("the port") + "</p><p>" + testing::Filler("the quay") +
                                "</p></div></body></html>");
  ExpectConsistentOffsets(a);
  EXPECT_THAT(a.text, HasSubstr("the quay"));
  EXPECT_THAT(a.text, Not(HasSubstr("Harbour")));
  const BoilerplateBlock* nav = FindBoilerplate(a, "Harbour");
  ASSERT_NE(nav, nullptr) << AllBoilerplate(a);
  EXPECT_EQ(nav->role, "nav");
  // Headlines listed between paragraphs are longer than a menu's labels and stay.
  std::string headlines = "<ul>";
  for (int k = 0; k < 8; ++k) {
    headlines += "<li><a href=\"/n/" + std::to_string(k) + "/\">Ferry fares frozen until spring " +
                 std::to_string(k) + "</a></li>";
  }
  headlines += "</ul>";
  const Article b = MustExtract("<html><body><div class=\"story-body\"><p>" + testing::Filler("the budget") +
                                "</p><p>" + testing::Filler("the bridge") + "</p>" + headlines + "<p>" +
                                testing::Filler("the port") + "</p><p>" + testing::Filler("the quay") +
                                "</p></div></body></html>");
  EXPECT_THAT(b.text, HasSubstr("Ferry fares frozen until spring 3"));
}

TEST(HtmlExtractorTest, VideoPlayerChromeIsNotText) {
  const Article a = MustExtract(PageAround(
      "<div id=\"top-video\" class=\"top-video video-player\"><div class=\"video-fallback\">"
      "<div>Sorry, this clip could not be played right now.</div><div>Reload the page or see our other clips.</div>"
      "</div></div>"
      "<div class=\"player-stats\"><p>The striker, who scored twice in the final, will stay at the club until the "
      "end of next season.</p></div>"));
  ExpectConsistentOffsets(a);
  EXPECT_THAT(a.text, Not(HasSubstr("could not be played")));
  const BoilerplateBlock* b = FindBoilerplate(a, "could not be played");
  ASSERT_NE(b, nullptr) << AllBoilerplate(a);
  EXPECT_EQ(b->role, "media");
  // A box named for an athlete is not a media player.
  EXPECT_THAT(a.text, HasSubstr("The striker, who scored twice"));
}

TEST(HtmlExtractorTest, TimeStampBetweenStandfirstAndTextIsNotText) {
  const Article a = MustExtract(
      "<html><body><article><h1>Ferry service ends</h1><p class=\"standfirst\">The harbour board closes the "
      "island line after ninety years, and the last crossing is on Sunday.</p>"
      "<div class=\"meta\">Updated 14.06.2024, 09:30 - 4 min read</div>"
      "<p>" + testing::Filler("the ferry") + "</p><p>2019 Harbour Festival Programme</p><p>" +
      testing::Filler("the pier") + "</p><p>BERLIN, 14.06.2024 (dpa)</p><p>" + testing::Filler("the port") +
      "</p></article></body></html>");
  ExpectConsistentOffsets(a);
  EXPECT_THAT(a.text, HasSubstr("the last crossing is on Sunday."));
  EXPECT_THAT(a.text, Not(HasSubstr("4 min read")));
  const BoilerplateBlock* b = FindBoilerplate(a, "4 min read");
  ASSERT_NE(b, nullptr) << AllBoilerplate(a);
  EXPECT_EQ(b->role, "header");
  // A title with a year and a dateline with an agency tag stay.
  EXPECT_THAT(a.text, HasSubstr("2019 Harbour Festival Programme"));
  EXPECT_THAT(a.text, HasSubstr("BERLIN, 14.06.2024 (dpa)"));
}

TEST(HtmlExtractorTest, BodyWithArticleCardsBetweenItsParagraphsIsStillTheBody) {
  // Two related-story <article>s between the paragraphs do not make the body a feed.
  const std::string card = "<p><article class=\"inline-story\"><p class=\"kicker\"><a href=\"/economy/\">Economy</a></p>"
                           "<h4><a href=\"/economy/bank-cuts-forecast-4982070.html\">Bank cuts forecast</a></h4></article></p>";
  const std::string teaser = "<div class=\"teaser\"><p>Nurseries stay open across the state, the health service says.</p></div>";
  std::string page = PageAround(card + card);
  page.insert(page.find("</body>"), teaser);
  const Article a = MustExtract(page);
  EXPECT_THAT(a.text, Not(HasSubstr("Nurseries stay open")));
  EXPECT_THAT(a.text, HasSubstr(testing::Filler("the budget")));
  EXPECT_THAT(a.text, HasSubstr("Bank cuts forecast"));
  EXPECT_THAT(a.text, HasSubstr(testing::Filler("the port")));
}

// Conventions of page structure the body follows: each row is a page, text the
// body must hold and text it must not.
struct BodyStructureCase {
  const char* name;
  std::string html;
  std::vector<std::string> in_body;
  std::vector<std::string> not_in_body;
};

class BodyStructureTest : public ::testing::TestWithParam<BodyStructureCase> {};

TEST_P(BodyStructureTest, KeepsTheArticleAndLeavesTheRest) {
  const BodyStructureCase& c = GetParam();
  const Article a = MustExtract(c.html, "https://news.example/2024/05/02/story/");
  ExpectConsistentOffsets(a);
  for (const std::string& text : c.in_body) EXPECT_THAT(a.text, HasSubstr(text)) << text;
  for (const std::string& text : c.not_in_body) EXPECT_THAT(a.text, Not(HasSubstr(text))) << text;
}

// A paragraph of article prose about `topic`.
std::string Prose(const std::string& topic) { return "<p>" + testing::Filler(topic) + "</p>"; }

INSTANTIATE_TEST_SUITE_P(
    Conventions, BodyStructureTest,
    ::testing::Values(
        BodyStructureCase{
            "TextModulesBetweenMediaModulesAreOneBody",
            "<html><body><div class=\"page\"><div class=\"modules\">"
            "<div class=\"module text\"><div class=\"inner\"><div class=\"box\">" + Prose("the budget") +
                Prose("the bridge") + Prose("the harbour") + Prose("the school") + Prose("the hospital") +
                "</div></div></div>"
                "<div class=\"module media\"><div class=\"inner\"><img src=\"a.jpg\"></div></div>"
                "<div class=\"module text\"><div class=\"inner\"><div class=\"box\">" +
                Prose("the tram line") + Prose("the ferry") + "</div></div></div>"
                "<div class=\"module text\"><div class=\"inner\"><div class=\"box\">" +
                Prose("the night buses") + "</div></div></div>"
                "</div><div class=\"rail\"><p>Weather: sunny spells and light winds all week long here.</p></div>"
                "</div></body></html>",
            {testing::Filler("the budget"), testing::Filler("the tram line"), testing::Filler("the night buses")},
            {"Weather: sunny spells"}},
        BodyStructureCase{
            // Rows of one kind, meaningless class names: text rows and, between them, rows
            // holding only an ad slot's label. The label rows are other modules.
            "TextRowsBetweenAdRowsOfTheSameKindAreOneBody",
            "<html><body><div class=\"k1\"><div class=\"r7\"><div class=\"q2\"><div class=\"z9\">" +
                Prose("the budget") + Prose("the bridge") + "</div></div></div>"
                "<div class=\"r7\"><div class=\"w4\"><div>Advertisement</div></div></div>"
                "<div class=\"r7\"><div class=\"q2\"><div class=\"z9\">" + Prose("the tram line") +
                Prose("the ferry") + Prose("the harbour") + Prose("the school") + "</div></div></div>"
                "<div class=\"r7\"><div class=\"w4\"><div>Advertisement</div></div></div>"
                "<div class=\"r7\"><div class=\"q2\"><div class=\"z9\">" + Prose("the night buses") +
                "</div></div></div></div></body></html>",
            {testing::Filler("the budget"), testing::Filler("the tram line"), testing::Filler("the night buses")},
            {}},
        BodyStructureCase{
            "TextModulesThatMerelyFollowEachOtherAreNotMerged",
            "<html><body><div class=\"page\"><div class=\"modules\">"
            "<div class=\"module text\"><div class=\"box\">" + Prose("the budget") + Prose("the bridge") +
                Prose("the harbour") + Prose("the school") + Prose("the hospital") + "</div></div>"
                "<div class=\"module text\"><div class=\"box\"><p>About the Valley Group: a maker of ferries "
                "and trams with offices in eleven countries and some four thousand staff.</p><p>The group's "
                "shares are listed on the exchange of the capital since the spring of the year 1998.</p>"
                "</div></div></div></div></body></html>",
            {testing::Filler("the budget"), testing::Filler("the hospital")},
            {"About the Valley Group"}},
        BodyStructureCase{
            "PageWrapperNamedLikeABodyIsNotTheBodyWhenMostlyLinks",
            [] {
              std::string rail = "<div class=\"cards\">";
              for (int k = 0; k < 20; ++k) {
                rail += "<div class=\"card\"><a href=\"/news/2024/05/01/story-" + std::to_string(k) +
                        "/\">Another story from the region, number " + std::to_string(k) + "</a></div>";
              }
              rail += "<div class=\"card\"><p>Readers also liked our weekend supplement about the gardens of "
                      "the coast.</p></div></div>";
              return "<html><body><div class=\"article-details-page\"><h1>Headline</h1>"
                     "<div itemprop=\"articleBody\">" + Prose("the budget") + Prose("the bridge") +
                     Prose("the harbour") + "</div>" + rail + "</div></body></html>";
            }(),
            {testing::Filler("the budget"), testing::Filler("the harbour")},
            {"Another story from the region", "Readers also liked"}},
        BodyStructureCase{
            "PictureWrapperAndCaptionParagraphAreNotText",
            "<html><body><article class=\"story\">" + Prose("the budget") + Prose("the bridge") +
                "<div class=\"story__picture\"><img src=\"p.jpg\"><p>The mayor opens the new bridge on "
                "Monday morning. Photo: Lee Lens</p></div>" +
                Prose("the harbour") + "<img src=\"q.jpg\"><p class=\"caption\">Ferries wait at the pier in "
                "the early fog of the winter season.</p>" + Prose("the school") + "</article></body></html>",
            {testing::Filler("the bridge"), testing::Filler("the harbour"), testing::Filler("the school")},
            {"The mayor opens the new bridge", "Ferries wait at the pier"}},
        BodyStructureCase{
            "PictureWrapperHoldingProseStays",
            "<html><body><article class=\"story\">" + Prose("the budget") +
                "<div class=\"text-with-image\"><img src=\"p.jpg\">" + Prose("the bridge") +
                Prose("the tram line") + "</div>" + Prose("the harbour") + "</article></body></html>",
            {testing::Filler("the bridge"), testing::Filler("the tram line")},
            {}},
        BodyStructureCase{
            "WhatPrecedesTheHeadlineInTheContainerIsNotText",
            "<html><body><div class=\"story-body\"><div class=\"about\"><p>The Valley Courier is a network of "
            "local papers serving eleven towns along the river since the year 1921.</p></div>"
            "<h1>Council votes on the budget</h1><h2>What was decided</h2>" +
                Prose("the budget") + Prose("the bridge") + Prose("the harbour") + "</div></body></html>",
            {"What was decided", testing::Filler("the budget"), testing::Filler("the harbour")},
            {"network of local papers"}},
        BodyStructureCase{
            "HiddenContinuationAfterVisibleParagraphsIsTheRestOfTheArticle",
            "<html><body><article class=\"story\"><div class=\"text\">" + Prose("the budget") +
                Prose("the bridge") + "<div hidden>" + Prose("the harbour") + Prose("the school") +
                Prose("the hospital") + Prose("the night buses") + "</div><div hidden><p>Subscribers only: "
                "log in to read.</p></div></div></article></body></html>",
            {testing::Filler("the budget"), testing::Filler("the harbour"), testing::Filler("the night buses")},
            {"Subscribers only"}},
        BodyStructureCase{
            "SideColumnNestedAmongParagraphsIsNotText",
            "<html><body><article class=\"story\"><div class=\"story-content\">" + Prose("the budget") +
                Prose("the bridge") +
                "<div class=\"story-right-rail\"><h3>Trending</h3><ul>"
                "<li><a href=\"/news/2024/05/01/fire/\">Warehouse fire closes the ring road</a></li>"
                "<li><a href=\"/news/2024/05/01/zoo/\">Zoo welcomes twin otters</a></li></ul></div>" +
                Prose("the harbour") + Prose("the school") + "</div></article></body></html>",
            {testing::Filler("the bridge"), testing::Filler("the harbour")},
            {"Trending", "Warehouse fire closes the ring road"}},
        BodyStructureCase{
            "BodyCutIntoNamedContainersAroundABoxIsOneBody",
            "<html><body><h1>Council votes on the budget</h1><div id=\"text\">"
            "<div class=\"article-body copy\"><article>" + Prose("the budget") + Prose("the bridge") +
                "</article></div><div class=\"module story-side-rail left\"><h3>More city news</h3><ul>"
                "<li><a href=\"/news/2024/05/01/fire/\">Warehouse fire closes the ring road</a></li>"
                "<li><a href=\"/news/2024/05/01/zoo/\">Zoo welcomes twin otters</a></li></ul></div>"
                "<div class=\"article-body copy\"><article>" + Prose("the harbour") + Prose("the school") +
                Prose("the hospital") + "</article></div></div></body></html>",
            {testing::Filler("the budget"), "Warehouse fire closes the ring road", testing::Filler("the hospital")},
            {}},
        BodyStructureCase{
            "BodyContainersOfOneKindAroundANextArticlesHeadlineStayApart",
            "<html><body><h1>Council votes on the budget</h1>"
            "<div class=\"article-body\">" + Prose("the budget") + Prose("the bridge") + Prose("the harbour") +
                Prose("the school") + "</div><div class=\"next\"><h1>Zoo welcomes twin otters</h1></div>"
                "<div class=\"article-body\">" + Prose("the otters") + "</div></body></html>",
            {testing::Filler("the budget"), testing::Filler("the school")},
            {testing::Filler("the otters")}},
        BodyStructureCase{
            "BoxPlacedInTheTextStays",
            "<html><body><article class=\"story\"><div class=\"story-content\">" + Prose("the budget") +
                Prose("the bridge") +
                "<aside class=\"related\"><a href=\"/news/2024/05/01/fire/\">Warehouse fire closes the ring "
                "road</a></aside><div class=\"rail rail--trending\"><h3>Most read</h3>"
                "<a href=\"/news/2024/05/01/zoo/\">Zoo welcomes twin otters</a></div>" +
                Prose("the harbour") + Prose("the school") + "</div></article></body></html>",
            {"Warehouse fire closes the ring road", "Zoo welcomes twin otters"},
            {}},
        BodyStructureCase{
            "AppealsToTheReaderAfterTheTextAreNotText",
            "<html><body><div class=\"story-body\">" + Prose("the budget") + Prose("the bridge") +
                Prose("the harbour") +
                "<p>Sign up for our weekly briefing and get the best of the valley in your inbox.</p>"
                "<p><a href=\"/app/\">Get the app</a></p>"
                "<p>Folgen Sie uns auf Instagram und Facebook, und abonnieren Sie den Kanal der Redaktion.</p>"
                "<p>Reporting by Ana Ruiz; editing by Tom Berg</p></div></body></html>",
            {testing::Filler("the harbour"), "Reporting by Ana Ruiz"},
            {"Sign up for our weekly briefing", "Get the app", "Folgen Sie uns"}},
        BodyStructureCase{
            "AppealsInsideTheTextOrInAQuotationStay",
            "<html><body><div class=\"story-body\">" + Prose("the budget") +
                "<p>Residents can sign up for the new tram pass at any library from Monday onwards.</p>" +
                Prose("the bridge") + Prose("the harbour") +
                "<p>\u201cSign up for the vaccine as soon as you can,\u201d the health minister said on Friday.</p>"
                "<p>The streaming service now counts two million subscribers across the whole region.</p>"
                "</div></body></html>",
            {"sign up for the new tram pass", "two million subscribers", "Sign up for the vaccine"},
            {}},
        BodyStructureCase{
            "AnAppealAboveTheTextAndTheBoxUnderItAreNotText",
            "<html><body><div class=\"story-body\"><p>Chat with us on Messenger. Find out what happens in the "
            "valley as it unfolds.</p><div class=\"related\"><ul><li><a href=\"/v/1/\">Ferry fares frozen</a></li>"
            "<li><a href=\"/v/2/\">Harbour works begin</a></li></ul></div>" + Prose("the budget") +
                Prose("the bridge") + Prose("the harbour") +
                "<p>Comments are moderated and appear after a review by the editors of the desk.</p>"
                "</div></body></html>",
            {testing::Filler("the budget"), testing::Filler("the harbour")},
            {"Chat with us", "Ferry fares frozen", "Comments are moderated"}},
        BodyStructureCase{
            "AnAppealReportedInTheFirstParagraphStays",
            "<html><body><div class=\"story-body\"><p>Thousands sign up for the tram pass on its first day, and "
            "the queues at the libraries reach the street.</p>" + Prose("the budget") + Prose("the bridge") +
                Prose("the harbour") + "</div></body></html>",
            {"Thousands sign up for the tram pass", testing::Filler("the budget")},
            {}},
        BodyStructureCase{
            "AnAppPitchClosingTheTextGoesWithItsBullets",
            "<html><body><div class=\"story-body\">" + Prose("the budget") + Prose("the bridge") +
                Prose("the harbour") + "<h3>Read us on the go</h3><ul><li>The paper and the news in one app</li>"
                "<li>Alerts through the day</li></ul><p>Download for free</p><p>No thanks. Stay on this page.</p>"
                "</div></body></html>",
            {testing::Filler("the harbour")},
            {"Read us on the go", "Alerts through the day", "Download for free", "No thanks"}},
        BodyStructureCase{
            "PollsAndQuizzesInTheTextAreNotText",
            "<html><body><div class=\"story-body\">" + Prose("the budget") +
                "<div class=\"article-poll\"><p>Should the ferry run all night in summer?</p><div>Yes, every day"
                "</div><div>Only at weekends</div></div>" + Prose("the bridge") +
                "<div class=\"x9f\"><p>Which pier is the oldest one in the harbour?</p>"
                "<label><input type=\"radio\" name=\"q\">The north pier</label>"
                "<label><input type=\"radio\" name=\"q\">The south pier</label></div>" + Prose("the harbour") +
                "</div></body></html>",
            {testing::Filler("the bridge"), testing::Filler("the harbour")},
            {"Should the ferry run", "Only at weekends", "Which pier is the oldest", "The north pier"}},
        BodyStructureCase{
            "PictureCreditLinesAmongTheParagraphsAreNotText",
            "<html><body><div class=\"story-body\">" + Prose("the budget") + "<p>Photo: Lee Lens, Valley Wire</p>" +
                Prose("the bridge") + "<div class=\"slide\"><dl><dt>Foto:</dt><dd>private archive of the family</dd>"
                "</dl></div>" + Prose("the harbour") +
                "<p>Photo: the mayor said the pictures of the flood would be shown at the town hall.</p>" +
                Prose("the school") + "</div></body></html>",
            {testing::Filler("the harbour"), "Photo: the mayor said the pictures"},
            {"Lee Lens", "Foto:", "private archive of the family"}},
        BodyStructureCase{
            "ALoginNoticeForCommentsClosesTheText",
            "<html><body><div class=\"story-body\">" + Prose("the budget") + Prose("the bridge") +
                Prose("the harbour") + "<p>Kommentar abgeben</p><p>Du musst dich anmelden, um einen Kommentar "
                "abzugeben.</p></div></body></html>",
            {testing::Filler("the harbour")},
            {"Kommentar abgeben", "um einen Kommentar"}},
        BodyStructureCase{
            "AQuestionToTheReadersEndingTheTextStays",
            "<html><body><div class=\"story-body\">" + Prose("the budget") + Prose("the bridge") +
                Prose("the harbour") + "<p>Leave a comment and tell us which of the piers you like the best.</p>"
                "</div></body></html>",
            {testing::Filler("the harbour"), "Leave a comment and tell us which of the piers"},
            {}},
        BodyStructureCase{
            "AnEmbeddedPostInASocialBoxIsQuotedTextButAShareBarIsNot",
            "<html><body><div class=\"story-body\">" + Prose("the budget") +
                "<div class=\"social-embed\"><blockquote class=\"post\"><p>The new pier lights look wonderful "
                "tonight from the old lighthouse.</p>&mdash; Harbour Watch (@harbourwatch) May 2, 2024</blockquote>"
                "</div>" + Prose("the bridge") + "<div class=\"social-share\"><span>Share on the networks</span>"
                "</div>" + Prose("the harbour") + "</div></body></html>",
            {"The new pier lights look wonderful", testing::Filler("the harbour")},
            {"Share on the networks"}},
        BodyStructureCase{
            "AdSlotLabelsAmongTheParagraphsAreNotText",
            "<html><body><div class=\"story-body\">" + Prose("the budget") +
                "<div class=\"slot-label\">Advertisement</div>" + Prose("the bridge") + "<p>REKLAM</p>" +
                Prose("the harbour") + "<p>Anzeige</p>" + Prose("the school") + "</div></body></html>",
            {testing::Filler("the bridge"), testing::Filler("the school")},
            {"Advertisement", "REKLAM", "Anzeige"}},
        BodyStructureCase{
            "PublishedAndUpdatedStampsAreNotTextButDatedTitlesAre",
            "<html><body><div class=\"story-body\">"
            "<p>Published: 10:48, Tue, Nov 19, 2024 | Updated: 11:05, Tue, Nov 19, 2024</p>" +
                Prose("the budget") + "<p>05 Mai 2024 Aktualisiert um 16:01 Uhr 4 Minuten Lesezeit</p>" +
                Prose("the bridge") + Prose("the harbour") +
                "<p>The Seventh Harbour Light Festival 29 November 2024 | 20 January 2025</p>"
                "</div></body></html>",
            {testing::Filler("the budget"), "Harbour Light Festival 29 November 2024 | 20 January 2025"},
            {"Updated: 11:05", "Aktualisiert um 16:01"}},
        BodyStructureCase{
            "NarrowGridColumnBesideTheTextIsNotText",
            "<html><body><div class=\"container\"><div class=\"row\">"
            "<div class=\"col-md-3 col-xs-12\"><h4>Sections</h4><ul><li><a href=\"/c/1\">Harbour</a></li>"
            "<li><a href=\"/c/2\">Schools</a></li><li><a href=\"/c/3\">Roads</a></li></ul>"
            "<p>Tags: ferry, budget, tram</p></div>"
            "<div class=\"col-md-9 col-xs-12\">" + Prose("the budget") + "</div>"
            "<div class=\"col-md-4\"><p>The harbour master, who took office last spring, spoke about the "
            "works on the quay and the dredging of the channel, which starts in June and runs for a whole "
            "year, with the ferries moved to the north pier meanwhile.</p></div>"
            "</div></div></body></html>",
            {testing::Filler("the budget"), "The harbour master, who took office"},
            {"Sections", "Schools", "Tags: ferry"}}),
    [](const ::testing::TestParamInfo<BodyStructureCase>& param_info) { return std::string(param_info.param.name); });

TEST(HtmlExtractorTest, ShortPagesAreNotTrimmed) {
  // With fewer than three prose blocks nothing tells text from furniture: all stays.
  const Article a = MustExtract(
      "<body><article><p>Updated today</p><p>One paragraph that is long enough to count as prose, "
      "with a full stop.</p><p>Tags: none</p></article></body>");
  EXPECT_THAT(a.text, HasSubstr("Updated today"));
  EXPECT_THAT(a.text, HasSubstr("Tags: none"));
}

TEST(HtmlExtractorTest, NearestBylineNamesTheAuthorAndFarOnesAreDropped) {
  const Article a = MustExtract(ReadFixture("article_furniture.html"));
  // The linked name only, not the job title after it; the teaser's byline is far away.
  EXPECT_THAT(AuthorNames(a), ElementsAre("Jane Doe"));
  EXPECT_EQ(a.authors[0].source, "byline");
  EXPECT_DOUBLE_EQ(a.authors[0].confidence, 0.7);
  HtmlExtractorOptions keep_all;
  keep_all.min_author_confidence = 0.0;
  const Article all = MustExtract(ReadFixture("article_furniture.html"), "", keep_all);
  EXPECT_THAT(AuthorNames(all), ElementsAre("Jane Doe", "Far Author"));
  EXPECT_LT(all.authors[1].confidence, HtmlExtractorOptions{}.min_author_confidence);
}

TEST(HtmlExtractorTest, PublishedDateFromTheArticleUrlWhenNothingElseGivesOne) {
  const Article a = MustExtract(ReadFixture("article_furniture.html"));
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2023-06-14");
  EXPECT_EQ(a.published->source, "url");
  EXPECT_FALSE(a.modified.has_value());
}

struct AuthorPrecedenceCase {
  const char* name;
  const char* head;
  std::vector<std::string> authors;
};

class AuthorPrecedenceTest : public ::testing::TestWithParam<AuthorPrecedenceCase> {};

// Authors come from the most trusted source that names anyone, never a mix.
TEST_P(AuthorPrecedenceTest, TakesTheFirstSourceThatNamesSomeone) {
  const std::string html = std::string("<html><head>") + GetParam().head +
                           "</head><body><article><h1>Headline</h1><p class=byline>By Visible Name</p>"
                           "<figure><span itemprop=author>Photo Credit</span></figure>"
                           "<p>Body paragraph that is long enough to be the article text here.</p></article>"
                           "</body></html>";
  EXPECT_EQ(AuthorNames(MustExtract(html)), GetParam().authors);
}

INSTANTIATE_TEST_SUITE_P(
    Sources, AuthorPrecedenceTest,
    ::testing::Values(
        AuthorPrecedenceCase{"DublinCorePropertyBeatsMetaAuthor",
                             "<meta name=author content=\"Meta Name\"><meta name=DC.creator content=\"DC Name\">"
                             "<meta property=dc:creator content=\"DC Property\">",
                             {"DC Property"}},
        AuthorPrecedenceCase{"SpaceSeparatedPropertyIsRead",
                             "<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
                             "<meta name=author content=\"Other\">",
                             {"Creator Name"}},
        AuthorPrecedenceCase{"JsonLdAlone",
                             "<meta name=author content=\"Meta Name\"><script type=\"application/ld+json\">"
                             "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Ann One\"},{\"name\":\"Bob Two\"}]}"
                             "</script>",
                             {"Ann One", "Bob Two"}},
        AuthorPrecedenceCase{"MarkupBeforeVisibleByline", "", {"Photo Credit"}}),
    [](const ::testing::TestParamInfo<AuthorPrecedenceCase>& param_info) {
      return std::string(param_info.param.name);
    });

struct OrganisationAuthorCase {
  const char* name;
  std::string head;
  std::string byline;  // markup between the headline and the text
  std::vector<std::string> authors;
};

class OrganisationAuthorTest : public ::testing::TestWithParam<OrganisationAuthorCase> {};

// A person named by any trusted source is the author; the publication (or another
// organisation) only when nobody names a person.
TEST_P(OrganisationAuthorTest, PersonBeatsOrganisation) {
  const OrganisationAuthorCase& c = GetParam();
  const std::string html = "<html><head><meta property=\"og:site_name\" content=\"The Valley Courier\">" + c.head +
                           "</head><body><article><h1>Headline</h1>" + c.byline +
                           "<p>Body paragraph that is long enough to be the article text here.</p></article>"
                           "</body></html>";
  EXPECT_EQ(AuthorNames(MustExtract(html)), c.authors);
}

INSTANTIATE_TEST_SUITE_P(
    Sources, OrganisationAuthorTest,
    ::testing::Values(
        OrganisationAuthorCase{"SiteNameInJsonLdThenPersonInMeta",
                               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                               "{\"@type\":\"Person\",\"name\":\"Valley Courier\"}}</script>"
                               "<meta name=author content=\"Ann Example\">",
                               "", {"Ann Example"}},
        OrganisationAuthorCase{"DomainInMetaThenPersonInByline", "<meta name=author content=\"valleycourier.example\">",
                               "<p class=\"author\">von <a href=\"mailto:jr@valleycourier.example\">John Roe, "
                               "Courier Regional</a></p>",
                               {"John Roe"}},
        OrganisationAuthorCase{"JsonLdOrganizationThenRelAuthor",
                               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                               "{\"@type\":\"NewsMediaOrganization\",\"name\":\"Hill Media Group\"}}</script>",
                               "<p>By <a rel=author href=\"/people/cd\">Cara Dent</a></p>", {"Cara Dent"}},
        OrganisationAuthorCase{"HostNameInMetaThenPersonInByline",
                               "<link rel=canonical href=\"https://www.hillnews.example.tr/a/1\">"
                               "<meta name=author content=\"HILLNEWS\">",
                               "<div class=\"byline\">By Dan Ford</div>", {"Dan Ford"}},
        OrganisationAuthorCase{"OrganisationWhenNobodyNamesAPerson",
                               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                               "{\"@type\":\"Organization\",\"name\":\"The Valley Courier\"}}</script>",
                               "", {"The Valley Courier"}},
        OrganisationAuthorCase{"BoldNamesOpeningTheTextWhenMetadataNamesOnlyThePaper",
                               "<meta name=author content=\"Valley Courier\">",
                               "<p><em>...as the river rises, farmers count their losses</em></p>"
                               "<p><strong>Mary Stone/Tom Reed</strong></p>",
                               {"Mary Stone", "Tom Reed"}},
        OrganisationAuthorCase{"BoldFirstSentenceIsNoByline", "<meta name=author content=\"Valley Courier\">",
                               "<p><strong>Floods Hit The Valley.</strong></p>", {"Valley Courier"}},
        OrganisationAuthorCase{"SectionNameIsNoAuthor",
                               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                               "{\"name\":\"Nachrichten\"}}</script>",
                               "", {}},
        OrganisationAuthorCase{"AuthorBoxLinksAreNoByline",
                               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                               "{\"name\":\"Valley Courier\"}}</script>",
                               "<div class=\"author-info\"><div class=\"author-description\"><h2>Valley Courier</h2><p>The valley's "
                               "weekly paper since 1921, printed every Thursday and read in every town from the "
                               "river mouth to the pass. News desk, advertising and subscriptions: call the office "
                               "on weekdays.</p>"
                               "<div class=\"author-contact\"><span>Twitter</span> <span>Facebook</span></div></div>"
                               "</div>",
                               {"Valley Courier"}}),
    [](const ::testing::TestParamInfo<OrganisationAuthorCase>& param_info) {
      return std::string(param_info.param.name);
    });

// Whether an author is a person: the outlet's own name, its host's, a domain, a JSON-LD
// Organization or a desk ("Staff Writer") is not, whichever source named it; a name is.
TEST(HtmlExtractorTest, AuthorsThatNameTheOutletOrADeskAreNoPerson) {
  struct Case {
    std::string head, byline;
    std::vector<std::pair<std::string, bool>> authors;  // name, person
  };
  const Case cases[] = {
      {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
       "{\"@type\":\"Organization\",\"name\":\"Kestrel Weekly Review\"}}</script>",
       "", {{"Kestrel Weekly Review", false}}},
      {"<meta name=author content=\"The Valley Courier\">", "", {{"The Valley Courier", false}}},
      {"<link rel=canonical href=\"https://www.hillnews.example.tr/a/1\"><meta name=author content=\"HILLNEWS\">",
       "", {{"HILLNEWS", false}}},
      {"<meta name=author content=\"valleycourier.example\">", "", {{"valleycourier.example", false}}},
      {"", "<div class=\"byline\">By Staff Writer</div>", {{"Staff Writer", false}}},
      {"<meta name=author content=\"The Valley Courier\">", "<div class=\"byline\">By Dan Ford</div>",
       {{"Dan Ford", true}}},
      {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Ann One\"},"
       "{\"@type\":\"Organization\",\"name\":\"The Valley Courier\"}]}</script>",
       "", {{"Ann One", true}, {"The Valley Courier", false}}},
  };
  for (const Case& c : cases) {
    const std::string html = "<html><head><meta property=\"og:site_name\" content=\"The Valley Courier\">" + c.head +
                             "</head><body><article><h1>Headline</h1>" + c.byline +
                             "<p>Body paragraph that is long enough to be the article text here.</p></article>"
                             "</body></html>";
    const Article a = MustExtract(html);
    std::vector<std::pair<std::string, bool>> got;
    for (const SourcedValue& author : a.authors) got.emplace_back(author.value, author.person);
    EXPECT_EQ(got, c.authors) << c.head << c.byline;
  }
}

TEST(HtmlExtractorTest, ColumnNamedLikeASidebarThatHoldsTheHeadlineIsNotForeign) {
  // A sticky-column script names the content column "sticky-sidebar".
  const Article a = MustExtract(
      "<html><body><div class=\"stickySidebar\"><article><h1>Headline</h1>"
      "<div class=\"byline\">By Nora Field</div>"
      "<p>Body paragraph that is long enough to be the article text here.</p></article></div>"
      "<div class=\"sidebar\"><h1>Elsewhere</h1><div class=\"byline\">By Other Person</div></div>"
      "</body></html>");
  EXPECT_EQ(AuthorNames(a), std::vector<std::string>{"Nora Field"});
  // Teasers that print their headlines as <h1>s stay foreign: their bylines sign other stories.
  const Article teasers = MustExtract(
      "<html><body><div class=\"teasers\"><h1>Elsewhere</h1><div class=\"byline\">By Other Person</div></div>"
      "<article><p>Body paragraph that is long enough to be the article text here.</p></article></body></html>");
  EXPECT_TRUE(teasers.authors.empty()) << AuthorNames(teasers)[0];
}

TEST(HtmlExtractorTest, BlockKindsFollowTheMarkup) {
  const Article a = MustExtract(
      "<body><article><h1>Title</h1><p>Opening paragraph with enough words to be chosen as body.</p>"
      "<h2>A subheading</h2><ul><li>First item</li><li>Second item</li></ul>"
      "<blockquote><p>A quoted sentence.</p></blockquote>"
      "<div>Loose text in a div<p>Nested paragraph in that div, long enough.</p>tail text</div>"
      "</article></body>");
  std::vector<std::pair<TextBlock::Kind, std::string>> got;
  for (const TextBlock& b : a.blocks) got.emplace_back(b.kind, a.text.substr(b.start, b.end - b.start));
  using K = TextBlock::Kind;
  EXPECT_THAT(got, ElementsAre(std::pair(K::kParagraph, std::string("Opening paragraph with enough words to be chosen as body.")),
                               std::pair(K::kHeading, std::string("A subheading")),
                               std::pair(K::kListItem, std::string("First item")),
                               std::pair(K::kListItem, std::string("Second item")),
                               std::pair(K::kQuote, std::string("A quoted sentence.")),
                               std::pair(K::kParagraph, std::string("Loose text in a div")),
                               std::pair(K::kParagraph, std::string("Nested paragraph in that div, long enough.")),
                               std::pair(K::kParagraph, std::string("tail text"))));
  ExpectConsistentOffsets(a);
}

// A block's layout names the elements around it, not the words of its classes:
// paragraphs in wrappers of one component share it (a variant class after the
// first, or the paragraph's own class, changes nothing); a comment in a wrapper of
// its own, or a <div> where the text has <p>s, has another.
TEST(HtmlExtractorTest, BlocksBuiltAlikeShareALayout) {
  const Article a = MustExtract(
      "<body><article><h1>Title</h1><div class=\"q1\">"
      "<div class=\"w0 w0--first\"><p class=\"a9\">The first paragraph of the story runs on for long enough to be text.</p></div>"
      "<div class=\"w0\"><p>The second paragraph of the story runs on for long enough to be text too.</p></div>"
      "<div class=\"w0 w0--last\"><p class=\"b4\">The third paragraph of the story closes it with enough words in it.</p></div>"
      "<div class=\"k7\"><p>A reader's comment under the story, written in a sentence of its own.</p></div>"
      "<div class=\"w0\"><div>A notice in a div where the story's paragraphs are p elements.</div></div>"
      "</div></article></body>");
  ASSERT_EQ(a.blocks.size(), 5u) << a.text;
  EXPECT_NE(a.blocks[0].layout, 0u);
  EXPECT_EQ(a.blocks[0].layout, a.blocks[1].layout);
  EXPECT_EQ(a.blocks[0].layout, a.blocks[2].layout);
  EXPECT_NE(a.blocks[0].layout, a.blocks[3].layout);
  EXPECT_NE(a.blocks[0].layout, a.blocks[4].layout);
  // The element each sits in: the <div> in a wrapper of the story's is beside its
  // paragraphs, the comment in its own wrapper is not.
  EXPECT_NE(a.blocks[0].parent_layout, 0u);
  EXPECT_EQ(a.blocks[0].parent_layout, a.blocks[4].parent_layout);
  EXPECT_NE(a.blocks[0].parent_layout, a.blocks[3].parent_layout);
}

TEST(HtmlExtractorTest, WhitespaceInsideBlocksIsCollapsedAndEntitiesDecoded) {
  const Article a = MustExtract("<body><p>  Caf&eacute;\n\t au&nbsp;lait &amp;   <b>cr&egrave;me</b>\n</p></body>");
  EXPECT_EQ(a.text, "Café au lait & crème");
}

TEST(HtmlExtractorTest, ReadabilityScoringFindsUnmarkedContainer) {
  std::string html = "<body><div id=a><p><a href=/1>Link one</a></p><p><a href=/2>Link two</a></p></div><div id=b>";
  for (int i = 0; i < 5; ++i) {
    html += "<p>Paragraph number " + std::to_string(i) +
            " of the story, with commas, clauses, and enough words to score well.</p>";
  }
  html += "</div><div id=c><p>Short footer-ish line.</p></div></body>";
  const Article a = MustExtract(html);
  EXPECT_THAT(a.text, HasSubstr("Paragraph number 0"));
  EXPECT_THAT(a.text, HasSubstr("Paragraph number 4"));
  EXPECT_THAT(a.text, Not(HasSubstr("Link one")));
  EXPECT_THAT(a.text, Not(HasSubstr("footer-ish")));
}

TEST(HtmlExtractorTest, ArticleHeaderWithHeadlineIsNotBoilerplate) {
  const Article a = MustExtract(
      "<body><article><header class=\"article-header\"><h1>The headline</h1>"
      "<p class=\"standfirst\">A standfirst that summarises the story for readers.</p></header>"
      "<p>Body paragraph one, long enough to be counted as article text.</p></article></body>");
  EXPECT_EQ(a.title, "The headline");
  EXPECT_THAT(a.text, HasSubstr("A standfirst that summarises"));
  EXPECT_THAT(a.text, Not(HasSubstr("The headline")));
}

TEST(HtmlExtractorTest, ContainerWithBoilerplateLikeClassIsKeptWhenItHoldsTheArticle) {
  const Article a = MustExtract(
      "<body><div class=\"content has-sidebar\"><p>Only paragraph of the article, and it is long enough.</p>"
      "</div></body>");
  EXPECT_THAT(a.text, HasSubstr("Only paragraph of the article"));
}

TEST(HtmlExtractorTest, BrokenUnclosedHtmlStillYieldsParagraphs) {
  const Article a = MustExtract(ReadFixture("broken.html"), "https://broken.example/dir/page");
  EXPECT_EQ(a.title, "Broken page & more");
  EXPECT_THAT(a.text, HasSubstr("First paragraph is never closed"));
  EXPECT_THAT(a.text, HasSubstr("Second paragraph has a stray closing tag"));
  EXPECT_THAT(a.text, HasSubstr("été — entities"));
  ASSERT_FALSE(a.links.empty());
  EXPECT_EQ(a.links[0].url, "https://broken.example/x?a=1&b=2");
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, StrayClosingTagsDoNotCrashOrLoseTheContainerText) {
  const Article a = MustExtract(ReadFixture("stray_close.html"));
  EXPECT_THAT(a.text, HasSubstr("A paragraph inside the story container"));
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, EmptyDocumentGivesEmptyArticle) {
  for (const char* html : {"", "   \n", "<html></html>", "<!DOCTYPE html>"}) {
    const Article a = MustExtract(html);
    EXPECT_TRUE(a.text.empty()) << html;
    EXPECT_TRUE(a.blocks.empty());
    EXPECT_TRUE(a.title.empty());
    EXPECT_TRUE(a.authors.empty());
    EXPECT_FALSE(a.published.has_value());
  }
}

TEST(HtmlExtractorTest, BinaryJunkDoesNotCrash) {
  std::string junk;
  uint32_t state = 12345;
  for (int i = 0; i < 200000; ++i) {
    state = state * 1103515245u + 12345u;
    junk.push_back(static_cast<char>(state >> 16));
    if (i % 97 == 0) junk += "<p><a href='/";
    if (i % 131 == 0) junk += "</div>";
  }
  const Article a = MustExtract(junk, "https://junk.example/");
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, DeeplyNestedMarkupDoesNotOverflowTheStack) {
  std::string html = "<body>";
  for (int i = 0; i < 5000; ++i) html += "<div><span>";
  html += "<p>Deep paragraph text that is long enough to count for scoring.</p>";
  const Article a = MustExtract(html);
  EXPECT_THAT(a.text, HasSubstr("Deep paragraph text"));
}

TEST(HtmlExtractorTest, TwentyMegabytePageIsExtractedAndBounded) {
  std::string html = "<html><head><title>Big page</title></head><body><nav><a href=/>Home</a></nav><article>";
  const std::string paragraph =
      "<p>This is a long paragraph of the article, with a <a href=\"/more\">link</a>, commas, and text.</p>\n";
  while (html.size() < 20u * 1024 * 1024) html += paragraph;
  html += "</article></body></html>";
  HtmlExtractorOptions options;
  options.max_text_bytes = 1024 * 1024;
  const Article a = MustExtract(html, "https://big.example/", options);
  EXPECT_LE(a.text.size(), options.max_text_bytes);
  EXPECT_GT(a.text.size(), options.max_text_bytes / 2);
  EXPECT_THAT(a.text, Not(HasSubstr("Home")));
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, TextBoundCutsOnACodePointBoundary) {
  HtmlExtractorOptions options;
  options.max_text_bytes = 10;
  const Article a = MustExtract("<body><p>ééééééééé <a href=/x>linked text</a></p></body>", "", options);
  EXPECT_LE(a.text.size(), 10u);
  EXPECT_TRUE(IsValidUtf8(a.text));
  EXPECT_TRUE(a.links.empty());
  ExpectConsistentOffsets(a);
}

TEST(HtmlExtractorTest, ScriptsStylesAndFormsNeverReachText) {
  const Article a = MustExtract(
      "<body><article><p>Real article paragraph with enough text to be selected.</p>"
      "<script>var secret = 'script text';</script><style>.x{color:red}</style>"
      "<noscript>Enable JavaScript</noscript><form><input value=\"typed\"><button>Send form</button></form>"
      "<svg><text>svg label</text></svg><template><p>template text</p></template></article></body>");
  for (const char* absent : {"script text", "color:red", "Enable JavaScript", "Send form", "svg label",
                             "template text", "typed"}) {
    EXPECT_THAT(a.text, Not(HasSubstr(absent))) << absent;
  }
}

TEST(HtmlExtractorTest, LinksWithoutPageTargetsAreNotRecorded) {
  const Article a = MustExtract(
      "<body><p>Write to <a href=\"mailto:x@example.com\">the desk</a> or "
      "<a href=\"javascript:void(0)\">click</a> or read <a href=\"../other\">more</a>.</p></body>",
      "https://news.example/a/b/page.html");
  ASSERT_EQ(a.links.size(), 1u);
  EXPECT_EQ(a.links[0].url, "https://news.example/a/other");
  EXPECT_EQ(a.links[0].anchor, "more");
  EXPECT_THAT(a.text, HasSubstr("Write to the desk or click"));
}

// Titles follow Mozilla Readability's order and cuts, so that they can be compared
// with its published expectations: metadata titles are kept whole.
struct TitleCase {
  const char* name;
  const char* html;
  const char* title;
};

class TitleTest : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleTest, ChoosesTheTitle) {
  EXPECT_EQ(MustExtract(GetParam().html).title, GetParam().title);
}

INSTANTIATE_TEST_SUITE_P(
    Sources, TitleTest,
    ::testing::Values(
        TitleCase{"JsonLdHeadlineFirst",
                  "<head><title>Other | Site</title><meta property=og:title content=\"OG title\">"
                  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\"}"
                  "</script></head>",
                  "LD headline"},
        TitleCase{"DublinCoreBeforeOpenGraph",
                  "<head><meta property=og:title content=\"OG title\"><meta name=DC.title content=\"DC title\">"
                  "</head>",
                  "DC title"},
        TitleCase{"SpaceSeparatedProperties",
                  "<head><meta property=\"x:title dc:title\" content=\"Preferred\">"
                  "<meta property=\"og:title twitter:title\" content=\"Other\"></head>",
                  "Preferred"},
        TitleCase{"MetadataTitleKeepsSiteName",
                  "<head><meta property=og:title content=\"Bridge opens | Example Post\"></head>",
                  "Bridge opens | Example Post"},
        TitleCase{"TitleTagLosesSiteSuffix",
                  "<title>Council approves new cycle lanes | Example Post</title>",
                  "Council approves new cycle lanes"},
        TitleCase{"ShortCutKeepsWholeTitle", "<title>Tag title - Site</title><body><h1>Heading one</h1></body>",
                  "Tag title - Site"},
        TitleCase{"ColonPartWithoutMatchingHeading",
                  "<title>Site news: The mayor opens the new bridge today</title>",
                  "The mayor opens the new bridge today"},
        TitleCase{"ColonTitleThatIsAHeading",
                  "<title>Update: the bridge opens</title><body><h1>Update: the bridge opens</h1></body>",
                  "Update: the bridge opens"},
        TitleCase{"ShortTitleTagFallsBackToOnlyH1",
                  "<title>Home</title><body><h1>The mayor opens the new bridge</h1></body>",
                  "The mayor opens the new bridge"},
        TitleCase{"ShortTitleTagKeptOverShortH1", "<title>Home</title><body><h1>Heading one</h1></body>", "Home"},
        TitleCase{"NoTitleTagUsesH1", "<body><h1>Heading one</h1><p>x</p></body>", "Heading one"}),
    [](const ::testing::TestParamInfo<TitleCase>& param_info) { return std::string(param_info.param.name); });

TEST(HtmlExtractorTest, LanguageFromHtmlLangThenContentLanguage) {
  EXPECT_EQ(MustExtract("<html lang=\"FR\"><body></body></html>").language, "fr");
  EXPECT_EQ(MustExtract("<html><head><meta http-equiv=\"Content-Language\" content=\"pt-BR\"></head></html>")
                .language,
            "pt-BR");
  EXPECT_EQ(MustExtract("<html lang=\"{{lang}}\"></html>").language, "");
}

TEST(HtmlExtractorTest, CanonicalLinkIsResolvedAgainstPageUrl) {
  const Article a = MustExtract("<head><link rel=\"canonical\" href=\"/story/1\"></head>",
                                "https://news.example/amp/story/1?x=1");
  EXPECT_EQ(a.canonical_url, "https://news.example/story/1");
}

struct DateCase {
  const char* input;
  const char* expected;  // "" for "not a date"
};

class NormalizeDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(NormalizeDateTest, ProducesIso8601) {
  const std::optional<std::string> got = internal::NormalizeDate(GetParam().input);
  if (*GetParam().expected == '\0') {
    EXPECT_FALSE(got.has_value()) << *got;
  } else {
    ASSERT_TRUE(got.has_value()) << GetParam().input;
    EXPECT_EQ(*got, GetParam().expected);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Formats, NormalizeDateTest,
    ::testing::Values(DateCase{"2022-02-21T10:24:00Z", "2022-02-21T10:24:00Z"},
                      DateCase{"2022-02-21 10:24", "2022-02-21T10:24:00"},
                      DateCase{"2022-02-21T10:24:00.123+0100", "2022-02-21T10:24:00+01:00"},
                      DateCase{"2022-02-21T10:24:00-05:00", "2022-02-21T10:24:00-05:00"},
                      DateCase{"2022-02-21", "2022-02-21"},
                      DateCase{"2022/02/21", "2022-02-21"},
                      DateCase{"20220221", "2022-02-21"},
                      DateCase{"Mon, 21 Feb 2022 10:24:00 GMT", "2022-02-21T10:24:00Z"},
                      DateCase{"Mon, 21 Feb 2022 10:24:00 +0000", "2022-02-21T10:24:00+00:00"},
                      DateCase{"21 February 2022", "2022-02-21"},
                      DateCase{"February 21, 2022", "2022-02-21"},
                      DateCase{"21.02.2022 17:52", "2022-02-21T17:52:00"},
                      DateCase{"  2022-02-21T10:24:00Z  ", "2022-02-21T10:24:00Z"},
                      DateCase{"2022-13-01", ""},
                      DateCase{"0001-01-01T00:00:00Z", ""},
                      DateCase{"yesterday", ""},
                      DateCase{"", ""},
                      DateCase{"12345", ""}));

// Dates as the press prints them, in its languages.
INSTANTIATE_TEST_SUITE_P(
    Languages, NormalizeDateTest,
    ::testing::Values(DateCase{"martes 17 de marzo de 2020", "2020-03-17"},
                      DateCase{"17 de março de 2020", "2020-03-17"},
                      DateCase{"28. April 2023, 17:52", "2023-04-28T17:52:00"},
                      DateCase{"3 mars 2021", "2021-03-03"}, DateCase{"mardi 3 mars 2021", "2021-03-03"},
                      DateCase{"12 settembre 2022", "2022-09-12"}, DateCase{"2 kwietnia 2025", "2025-04-02"},
                      DateCase{"14 мая 2025 г.", "2025-05-14"}, DateCase{"30 Nisan 2024", "2024-04-30"},
                      DateCase{"5. desember 2024", "2024-12-05"}, DateCase{"9 augusti 2023", "2023-08-09"},
                      DateCase{"Sunday, July 05, 2020", "2020-07-05"},
                      DateCase{"November 19, 2019, 9:02 PM", "2019-11-19T21:02:00"},
                      DateCase{"November 19, 2019 at 12:15 am", "2019-11-19T00:15:00"},
                      DateCase{"04:25:06 PM XST Apr 08, 2020", "2020-04-08T16:25:06"},
                      DateCase{"martes de carnaval", ""}, DateCase{"3 comments 2020", ""}));

struct AuthorCase {
  const char* input;
  const char* expected;  // "" when dropped
};

class CleanAuthorTest : public ::testing::TestWithParam<AuthorCase> {};

TEST_P(CleanAuthorTest, KeepsNamesDropsNonNames) {
  EXPECT_EQ(internal::CleanAuthor(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Values, CleanAuthorTest,
    ::testing::Values(AuthorCase{"Jane Doe", "Jane Doe"}, AuthorCase{"  By   Jane\n Doe ", "Jane Doe"},
                      AuthorCase{"Reuters", "Reuters"}, AuthorCase{"Jane Doe | Example Media", "Jane Doe"},
                      AuthorCase{"https://example.com/author/jane", ""},
                      AuthorCase{"www.example.com", ""}, AuthorCase{"jane@example.com", ""},
                      AuthorCase{"@janedoe", ""}, AuthorCase{"admin", ""}, AuthorCase{"Admin", ""},
                      AuthorCase{"STAFF", ""}, AuthorCase{"1234", ""}, AuthorCase{"", ""},
                      AuthorCase{"Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn"},
                      AuthorCase{"Jane Doe <jane@example.com>", "Jane Doe"},
                      AuthorCase{"Jane Doe (Reuters)", "Jane Doe (Reuters)"}));

TEST(NamesFromBylineTest, SplitsNamesAndDropsAffiliations) {
  using internal::NamesFromByline;
  EXPECT_THAT(NamesFromByline("By Jane Doe and John Roe, Reuters"), ElementsAre("Jane Doe", "John Roe"));
  EXPECT_THAT(NamesFromByline("Jane Doe, John Roe and Max Mustermann"),
              ElementsAre("Jane Doe", "John Roe", "Max Mustermann"));
  EXPECT_THAT(NamesFromByline("AFP | 28.04.2023 | 17:52 Uhr"), ElementsAre("AFP"));
  EXPECT_THAT(NamesFromByline("Von Erika Mustermann und Max Muster"), ElementsAre("Erika Mustermann", "Max Muster"));
  EXPECT_THAT(NamesFromByline("By Jane Doe - Staff Writer"), ElementsAre("Jane Doe"));
  EXPECT_TRUE(NamesFromByline("updated 3 hours ago").empty());
}

TEST(NamesFromBylineTest, ANameEndsWhereADateBegins) {
  using internal::NamesFromByline;
  EXPECT_THAT(NamesFromByline("By Nathan Willis March 25, 2015"), ElementsAre("Nathan Willis"));
  EXPECT_THAT(NamesFromByline("By GILLIAN MOHNEY March 11, 2015 3:46 PM"), ElementsAre("GILLIAN MOHNEY"));
  EXPECT_THAT(NamesFromByline("By Jane Doe 3 hours ago"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("By Joe Wee Monday"), ElementsAre("Joe Wee"));
  EXPECT_THAT(NamesFromByline("By May Bulman"), ElementsAre("May Bulman"));  // a name, not the month
  EXPECT_THAT(NamesFromByline("Par Jeanne Dupont le 5 mars 2026"), ElementsAre("Jeanne Dupont"));
  EXPECT_THAT(NamesFromByline("By Jane Doe5 March 2026"), ElementsAre("Jane Doe"));
}

TEST(NamesFromBylineTest, ACommaPartIsAnotherNameOnlyWhenItReadsAsAPersons) {
  using internal::NamesFromByline;
  EXPECT_THAT(NamesFromByline("By Jane Doe, John Roe"), ElementsAre("Jane Doe", "John Roe"));
  EXPECT_THAT(NamesFromByline("By JANE DOE, JOHN ROE"), ElementsAre("JANE DOE", "JOHN ROE"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, NEW YORK"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, New York"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, Buenos Aires"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, The Harbour Herald"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, Harbour Today"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, Senior Staff Writer"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("Por Juana Pérez, Diario del Puerto"), ElementsAre("Juana Pérez"));
  EXPECT_THAT(NamesFromByline("By Jane Doe, John Roe, Reuters"), ElementsAre("Jane Doe", "John Roe"));
  EXPECT_THAT(NamesFromByline("Автор: Иван Петров, Анна Смирнова"), ElementsAre("Иван Петров", "Анна Смирнова"));
  EXPECT_THAT(NamesFromByline("بقلم أحمد حسن، محمد علي"), ElementsAre("أحمد حسن", "محمد علي"));
}

TEST(NamesFromBylineTest, ANameEndsAtAPlaceABracketOrAnotherWorksCredit) {
  using internal::NamesFromByline;
  EXPECT_THAT(NamesFromByline("By Jane Doe in Nairobi"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("Von Erika Mustermann aus Berlin"), ElementsAre("Erika Mustermann"));
  EXPECT_THAT(NamesFromByline("Av Karin Lund i Stockholm"), ElementsAre("Karin Lund"));
  EXPECT_THAT(NamesFromByline("Autor: Anna Kowalska i Jan Nowak"), ElementsAre("Anna Kowalska", "Jan Nowak"));
  EXPECT_THAT(NamesFromByline("Von Jane Doe und John Roe (dpa)"), ElementsAre("Jane Doe", "John Roe"));
  EXPECT_THAT(NamesFromByline("Text: Erika Mustermann / Foto: Max Muster"), ElementsAre("Erika Mustermann"));
  EXPECT_THAT(NamesFromByline("Words by Jane Doe, photographs by John Roe"), ElementsAre("Jane Doe"));
  EXPECT_THAT(NamesFromByline("Texte : Jeanne Dupont Photos : Paul Martin"), ElementsAre("Jeanne Dupont"));
  EXPECT_THAT(NamesFromByline("田中花子（東京）"), ElementsAre("田中花子"));
  EXPECT_TRUE(internal::HasBylinePrefix("田中花子（東京）"));
  EXPECT_FALSE(internal::HasBylinePrefix("東京（共同）"));  // a dateline and its agency
}

struct UrlDateCase {
  const char* url;
  const char* date;  // "" when none
};

class DateFromUrlTest : public ::testing::TestWithParam<UrlDateCase> {};

TEST_P(DateFromUrlTest, ReadsThePathDate) {
  const std::optional<std::string> got = internal::DateFromUrl(GetParam().url);
  EXPECT_EQ(got.value_or(""), GetParam().date);
}

INSTANTIATE_TEST_SUITE_P(
    Values, DateFromUrlTest,
    ::testing::Values(UrlDateCase{"https://news.example/2024/05/02/bridge-opens", "2024-05-02"},
                      UrlDateCase{"https://news.example/world/2019-11-18-asia-markets.html", "2019-11-18"},
                      UrlDateCase{"https://news.example/a/20191118/markets", "2019-11-18"},
                      UrlDateCase{"https://news.example/2019/11/markets", ""},
                      UrlDateCase{"https://news.example/story/123456789012", ""},
                      UrlDateCase{"https://news.example/2024/13/02/x", ""},
                      UrlDateCase{"https://2024.example/05/02/x", ""},
                      UrlDateCase{"not a url /2024/05/02/", ""},
                      UrlDateCase{"https://news.example/x?d=2024/05/02/", ""}));

struct LanguageCase {
  const char* name;
  const char* declared;
  const char* text;
  const char* expected;
};

class LanguageTest : public ::testing::TestWithParam<LanguageCase> {};

TEST_P(LanguageTest, DeclaredLanguageUnlessTheTextClearlySaysOtherwise) {
  EXPECT_EQ(internal::ReconcileLanguage(GetParam().declared, GetParam().text), GetParam().expected);
}

constexpr const char* kGermanText =
    "Die Stadt hat am Montag die neue Br\xC3\xBC" "cke f\xC3\xBCr den Verkehr freigegeben. Nach drei Jahren "
    "Bauzeit ist sie die l\xC3\xA4ngste der Region, und sie wird von den Pendlern schon lange erwartet. Der "
    "B\xC3\xBCrgermeister sagte, dass die alte Br\xC3\xBC" "cke im Sommer abgerissen werde, sobald der "
    "Verkehr vollst\xC3\xA4ndig umgeleitet ist. Die Kosten sind nicht gestiegen, sagte er auch.";
constexpr const char* kEnglishText =
    "The city opened the new bridge to traffic on Monday. After three years of work it is the longest in "
    "the region, and commuters have waited for it for a long time. The mayor said that the old bridge "
    "would be torn down in the summer, once the traffic has been moved, and that the costs have not risen.";
constexpr const char* kUkrainianText =
    "\xD0\x9C\xD1\x96\xD1\x81\xD1\x82\xD0\xBE \xD0\xB2\xD1\x96\xD0\xB4\xD0\xBA\xD1\x80\xD0\xB8"
    "\xD0\xBB\xD0\xBE \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xB9 \xD0\xBC\xD1\x96\xD1\x81\xD1\x82 "
    "\xD1\x83 \xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB4\xD1\x96\xD0\xBB\xD0\xBE\xD0\xBA, \xD1\x96 "
    "\xD1\x86\xD0\xB5 \xD0\xBD\xD0\xB0\xD0\xB9\xD0\xB4\xD0\xBE\xD0\xB2\xD1\x88\xD0\xB8\xD0\xB9 "
    "\xD0\xBC\xD1\x96\xD1\x81\xD1\x82 \xD1\x83 \xD1\x80\xD0\xB5\xD0\xB3\xD1\x96\xD0\xBE\xD0\xBD\xD1\x96. ";

INSTANTIATE_TEST_SUITE_P(
    Cases, LanguageTest,
    ::testing::Values(LanguageCase{"DeclaredAndTextAgree", "en-GB", kEnglishText, "en-GB"},
                      LanguageCase{"TemplateDefaultOverridden", "en", kGermanText, "de"},
                      LanguageCase{"MissingDeclarationGuessed", "", kGermanText, "de"},
                      LanguageCase{"ShortTextKeepsDeclaration", "fr", "Die Stadt und der Fluss.", "fr"},
                      LanguageCase{"ShortTextGivesNoGuess", "", "Die Stadt und der Fluss.", ""},
                      LanguageCase{"NeighbourLanguagesAreNotOverridden", "nb", "Det er en by med mange broer, og "
                                   "den har en havn som er stor. Vi har ikke sett den, men det er fint om "
                                   "sommeren, og byen er kjent for fisk. Det var en gang en by som var liten og "
                                   "stille, og som hadde en bro over elva.", "nb"}));

TEST(LanguageTest, ScriptDecidesForOneLanguageScripts) {
  std::string ukrainian;
  for (int i = 0; i < 8; ++i) ukrainian += kUkrainianText;
  EXPECT_EQ(internal::GuessLanguage(ukrainian).language, "uk");
  EXPECT_TRUE(internal::GuessLanguage(ukrainian).confident);
  std::string greek;
  for (int i = 0; i < 40; ++i) greek += "\xCE\xB7 \xCF\x80\xCF\x8C\xCE\xBB\xCE\xB7 ";
  EXPECT_EQ(internal::GuessLanguage(greek).language, "el");
}

struct UrlCase {
  const char* base;
  const char* href;
  const char* expected;
};

class ResolveUrlTest : public ::testing::TestWithParam<UrlCase> {};

TEST_P(ResolveUrlTest, JoinsAgainstBase) {
  EXPECT_EQ(internal::ResolveUrl(GetParam().base, GetParam().href), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ResolveUrlTest,
    ::testing::Values(UrlCase{"https://a.example/x/y.html", "https://b.example/z", "https://b.example/z"},
                      UrlCase{"https://a.example/x/y.html", "//cdn.example/p", "https://cdn.example/p"},
                      UrlCase{"https://a.example/x/y.html?q=1", "/root", "https://a.example/root"},
                      UrlCase{"https://a.example/x/y.html", "z.html", "https://a.example/x/z.html"},
                      UrlCase{"https://a.example/x/y/", "../z", "https://a.example/x/z"},
                      UrlCase{"https://a.example", "z", "https://a.example/z"},
                      UrlCase{"https://a.example/x#top", "#frag", "https://a.example/x#frag"},
                      UrlCase{"https://a.example/x?a=1", "?b=2", "https://a.example/x?b=2"},
                      UrlCase{"", "/relative", "/relative"},
                      UrlCase{"https://a.example/", "mailto:x@y.z", ""},
                      UrlCase{"https://a.example/", "JavaScript:alert(1)", ""},
                      UrlCase{"https://a.example/", "   ", ""}));


// The first element under <body> of `html`, parsed and flattened as the extractor does.
struct FirstElement {
  internal::GumboOutputPtr output;
  internal::FlatDom dom;
  const GumboNode* node = nullptr;
};
FirstElement ParseFirstElement(const std::string& html) {
  FirstElement f;
  f.output = internal::ParseHtml("<html><body>" + html + "</body></html>");
  f.dom = internal::Flatten(*f.output);
  for (const internal::DomNode& d : f.dom.nodes) {
    if (!d.is_text && d.tag != GUMBO_TAG_HTML && d.tag != GUMBO_TAG_HEAD && d.tag != GUMBO_TAG_BODY) {
      f.node = d.node;
      break;
    }
  }
  return f;
}

// IsHiddenElement reads the attributes in one pass and the class names in place:
// the forms that pass exercises (white space of every kind between names, case,
// a repeated attribute, which the parser drops) judged as a look-up per name did.
TEST(IsHiddenElementTest, ClassNamesAttributesAndWhiteSpace) {
  struct Case {
    std::string html;
    bool hidden;
  };
  const std::vector<Case> cases = {
      {"<div class=\"card hidden\">x</div>", true},
      {"<div class=\"card\thidden\">x</div>", true},
      {"<div class=\"\n  card \n hidden  \">x</div>", true},
      {"<div class=\"card\u00a0hidden\">x</div>", true},            // no-break space separates names
      {"<div class=\"card\u3000sr-only\">x</div>", true},           // ideographic space
      {"<div class=\"card\u00a0d-md-block\u2003hidden\">x</div>", false},  // responsive: shown on wide screens
      {"<div class=\"cardhidden\">x</div>", false},
      {"<div class=\"HIDDEN\">x</div>", true},
      {"<div CLASS=\"Visually-Hidden\">x</div>", true},
      {"<div class=\"   \">x</div>", false},
      {"<div class=\"\u00a0\">x</div>", false},
      {"<div class=\"\">x</div>", false},
      {"<div class=\"hidden MD:Block\">x</div>", false},
      {"<div class=\"x\" class=\"hidden\">x</div>", false},        // the repeated class is dropped
      {"<div class=\"hidden\" class=\"x\">x</div>", true},
      {"<div aria-hidden=\" TRUE \">x</div>", true},
      {"<div aria-hidden=\"false\" class=\"x\">x</div>", false},
      {"<div title=\"a\" HIDDEN>x</div>", true},
      {"<div style=\"color:red\" id=\"hidden\">x</div>", false},
      {"<div id=\"a\" style=\"Display : None\">x</div>", true},
      {"<p>x</p>", false},
  };
  for (const Case& c : cases) {
    const FirstElement f = ParseFirstElement(c.html);
    ASSERT_NE(f.node, nullptr) << c.html;
    EXPECT_EQ(internal::IsHiddenElement(f.node), c.hidden) << c.html;
  }
}

// Flatten reads each element's own hiding once (DomNode::hidden), as every pass
// asked IsHiddenElement before; an ancestor's hiding is not the child's own.
TEST(IsHiddenElementTest, FlattenRecordsEachElementsOwnHiding) {
  const FirstElement f = ParseFirstElement(
      "<div class=\"wrap hidden\"><p>a <span>b</span></p></div><p aria-hidden=\"true\">c</p>"
      "<template><div hidden>d</div></template><p style=\"display:none\">e</p><p class=\"d-none d-lg-block\">f</p>");
  size_t hidden = 0;
  for (const internal::DomNode& d : f.dom.nodes) {
    EXPECT_EQ(d.hidden, !d.is_text && internal::IsHiddenElement(d.node)) << d.tag;
    hidden += d.hidden ? 1 : 0;
  }
  EXPECT_EQ(hidden, 4u);  // the wrapper, the aria-hidden and display:none paragraphs, the div in the template
}

// Class names that say nothing: the lede cut off by a rail is joined to the rest
// by shape (a run of paragraphs in a container of the body's tag and class before
// it), but a container of that kind after a box, or one before it holding
// another story's brief under a heading, stays out of the body.
TEST(HtmlExtractorTest, BodyCutAroundABoxIsJoinedByShapeWhenNamesAreUnknown) {
  const auto read = [](const std::string& name) {
    std::ifstream in(std::string(PROVSCORE_TEST_DATA) + "/cross_links/" + name, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  };
  const Article split = MustExtract(read("en_body_split_unnamed_classes.html"));
  EXPECT_EQ(split.text.rfind("BRAMLEY", 0), 0u) << split.text;
  EXPECT_THAT(split.text, HasSubstr("silt and reeds"));
  const Article after = MustExtract(read("en_unnamed_module_after_box.html"));
  EXPECT_THAT(after.text, HasSubstr("frost fans"));
  EXPECT_THAT(after.text, Not(HasSubstr("independent newspaper")));
  EXPECT_THAT(after.text, Not(HasSubstr("Cider mill")));
  const Article before = MustExtract(read("en_unnamed_brief_before_box.html"));
  EXPECT_EQ(before.text.rfind("The row of cottages", 0), 0u) << before.text;
  EXPECT_THAT(before.text, Not(HasSubstr("Harbour wall")));
}

TEST(NameTokensTest, WordsCamelPartsAndClassBeforeId) {
  EXPECT_THAT(internal::NameTokens("article-Header sideBar"),
              ElementsAre("article", "header", "sidebar", "side", "bar"));
  EXPECT_THAT(internal::NameTokens("  --  "), ElementsAre());
  EXPECT_THAT(internal::NameTokens("aVeryLongCamelCaseClassNameBeyondSixteen"),
              ElementsAre("averylongcamelcaseclassnamebeyondsixteen", "a", "very", "long", "camel", "case", "class",
                          "name", "beyond", "sixteen"));
  const FirstElement f = ParseFirstElement("<div id=\"mainStory\" class=\"Story-card\">x</div>");
  ASSERT_NE(f.node, nullptr);
  EXPECT_THAT(internal::ClassIdTokens(f.node), ElementsAre("story", "card", "mainstory", "main", "story"));
  const FirstElement bare = ParseFirstElement("<div>x</div>");
  EXPECT_THAT(internal::ClassIdTokens(bare.node), ElementsAre());
}

std::vector<std::string_view> Listed(const internal::NameTokenList& tokens) { return {tokens.begin(), tokens.end()}; }

// Flatten stores each element's class/id tokens once (DomNode::tokens), as every pass
// asked them from the attributes before: the same tokens in the same order, the
// lower-cased ones included, none for a text node.
TEST(NameTokensTest, FlattenStoresEachElementsTokens) {
  const FirstElement f = ParseFirstElement(
      "<div id=\"leadStory\" class=\"Story-card wide\"><p class=\"byline\">a</p><span id=\"x-Y\">b</span>"
      "<em>c</em></div>");
  size_t stored = 0;
  for (const internal::DomNode& d : f.dom.nodes) {
    ASSERT_TRUE(d.tokens_stored) << d.tag;
    EXPECT_EQ(Listed(internal::ClassIdTokens(d)), Listed(internal::ClassIdTokens(d.node))) << d.tag;
    stored += d.token_count;
  }
  EXPECT_EQ(stored, 6u + 1u + 2u);  // story card wide leadstory lead story; byline; x y
  EXPECT_THAT(Listed(internal::ClassIdTokens(f.dom.nodes[f.dom.nodes.size() - 1])), ElementsAre());
}

// A page of more class names than the store takes (kMaxStoredTokenBytes): the
// element past the budget is read from its attributes when asked, with the same
// tokens, and a later element of a few names is still stored.
TEST(NameTokensTest, PastTheStoresBudgetTokensAreReadOnAsking) {
  std::string names;
  const size_t count = internal::kMaxStoredTokenBytes / sizeof(std::string_view) / 2 + 1;
  for (size_t k = 0; k < count; ++k) names += k % 2 == 0 ? "a " : "B ";
  const FirstElement f = ParseFirstElement("<div class=\"" + names + "\">x</div><p class=\"caption\">y</p>");
  ASSERT_NE(f.node, nullptr);
  const internal::DomNode* big = nullptr;
  const internal::DomNode* small = nullptr;
  for (const internal::DomNode& d : f.dom.nodes) {
    if (d.node == f.node) big = &d;
    if (!d.is_text && d.tag == GUMBO_TAG_P) small = &d;
  }
  ASSERT_NE(big, nullptr);
  ASSERT_NE(small, nullptr);
  EXPECT_FALSE(big->tokens_stored);
  const internal::NameTokenList tokens = internal::ClassIdTokens(*big);
  ASSERT_EQ(tokens.size(), count);
  EXPECT_EQ(*tokens.begin(), "a");
  EXPECT_EQ(*(tokens.begin() + 1), "b");
  EXPECT_TRUE(small->tokens_stored);
  EXPECT_THAT(Listed(internal::ClassIdTokens(*small)), ElementsAre("caption"));
}

}  // namespace
}  // namespace provscore
