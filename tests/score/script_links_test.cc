// Cards a script opens (lazy cards whose address sits in data-href, data-url or
// data-link, an onclick that sets location, an <a> without href) are links to a
// reader: the extractor makes them links when a reader sees them and they lead to
// another story, and leaves tag pills, share buttons, section links, galleries,
// hidden cards and an endless page's next article as they were. Every page here
// is invented.
#include "score/extract/script_links.h"

#include <gtest/gtest.h>

#include <string>

#include "score/extract/html_dom.h"
#include "score/extract/html_extractor.h"
#include "score/signal.h"
#include "tests/score/article_builder.h"

namespace provscore::internal {
namespace {

constexpr char kSite[] = "https://www.paper.example";
constexpr char kStory[] = "/city/2026/05/01/council-delays-the-vote";
constexpr char kHeadline[] = "Council delays the vote on the harbour bridge";
constexpr char kParagraph[] =
    "The harbour board met on Monday evening and agreed to publish the full cost of the repairs before the summer.";

// The address a script opens, read from each attribute and handler form.
TEST(ScriptLinkTargetTest, ReadsTheAddressAScriptOpens) {
  const struct {
    const char* html;
    const char* target;
  } cases[] = {
      {"<div data-href=\"/city/a-story\">x</div>", "/city/a-story"},
      {"<div data-url=\" /city/a-story \">x</div>", "/city/a-story"},
      {"<li data-link=\"https://paper.example/x-y\">x</li>", "https://paper.example/x-y"},
      {"<div onclick=\"location.href='/city/a-story'\">x</div>", "/city/a-story"},
      {"<div onclick=\"window.location = &quot;/city/a-story&quot;; return false;\">x</div>", "/city/a-story"},
      {"<div onclick=\"document.location.assign('/city/a-story')\">x</div>", "/city/a-story"},
      {"<div onclick=\"location.replace( '/city/a-story' )\">x</div>", "/city/a-story"},
      {"<div onclick=\"window.open('/city/a-story', '_blank')\">x</div>", "/city/a-story"},
      // No address: the page's own function, an address read from a variable, a
      // widget's permalink (what it embeds, not where a click goes), nothing.
      {"<div onclick=\"openGallery(4711)\">x</div>", ""},
      {"<div onclick=\"location.href=this.dataset.target\">x</div>", ""},
      {"<div data-permalink=\"/world/2015/03/18/gallery.html\">x</div>", ""},
      {"<div>x</div>", ""},
  };
  for (const auto& c : cases) {
    GumboOutputPtr out = ParseHtml(c.html);
    ASSERT_NE(out, nullptr);
    const FlatDom dom = Flatten(*out);
    uint32_t element = kNoNode;
    for (uint32_t i = 0; i < dom.nodes.size() && element == kNoNode; ++i) {
      if (dom.nodes[i].tag == GUMBO_TAG_DIV || dom.nodes[i].tag == GUMBO_TAG_LI) element = i;
    }
    ASSERT_NE(element, kNoNode) << c.html;
    EXPECT_EQ(ScriptLinkTarget(dom.nodes[element].node), c.target) << c.html;
  }
}

// Two paragraphs of a story, `between`, two more.
std::string Page(const std::string& between) {
  auto p = [](const char* opening) { return std::string("<p>") + opening + " " + kParagraph + "</p>"; };
  return std::string("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"canonical\" href=\"") +
         kSite + "/city/2026/06/01/harbour-board-meets\"></head><body><article><h1>Harbour</h1>" +
         p("Ferry fares rise again.") + p("The mayor spoke first.") + between + p("Repairs start in May.") +
         p("Residents asked questions.") + "</article></body></html>";
}

// The body links the extractor reads off a page, as "url|anchor" lines.
std::string BodyLinks(const std::string& html) {
  Result<Article> article = testing::BuiltinExtractor().Extract(html, "");
  if (!article.ok()) return "error";
  std::string out;
  for (const BodyLink& link : article->links) out += link.url + "|" + link.anchor + "\n";
  return out;
}

size_t CrossLinks(const std::string& html) {
  Result<Article> article = testing::BuiltinExtractor().Extract(html, "");
  if (!article.ok()) return 999;
  return testing::SignalsOfType(*article, kSignalInjectedCrossLink).size();
}

// A card a reader sees, leading to another story, is a link of the body, with its
// visible text as the anchor, and promotes that story between the paragraphs.
TEST(LinkScriptCardsTest, ACardAReaderSeesIsALinkToItsStory) {
  const std::string story = std::string(kSite) + kStory;
  const std::string cards[] = {
      std::string("<div class=\"c\" data-href=\"") + kStory + "\" role=\"link\"><h4>" + kHeadline + "</h4></div>",
      std::string("<div class=\"c\" data-url=\"") + story + "\"><h4>" + kHeadline + "</h4><p>Read the vote.</p></div>",
      std::string("<ul><li data-link=\"") + kStory + "\"><span>" + kHeadline + "</span></li></ul>",
      std::string("<div onclick=\"location.href='") + kStory + "'\"><img src=\"/a.jpg\" alt=\"\"><h4>" + kHeadline +
          "</h4></div>",
      std::string("<p><a class=\"js\" data-href=\"") + kStory + "\">" + kHeadline + "</a></p>",
      std::string("<p><a href=\"javascript:void(0)\" data-href=\"") + kStory + "\">" + kHeadline + "</a></p>",
      std::string("<a class=\"card\"><div data-url=\"") + kStory + "\"><h4>" + kHeadline + "</h4></div></a>",
      std::string("<p><strong>Read also:</strong> <span data-href=\"") + kStory + "\" role=\"link\">" + kHeadline +
          "</span></p>",
  };
  for (const std::string& card : cards) {
    const std::string html = Page(card);
    EXPECT_NE(BodyLinks(html).find(story + "|" + kHeadline), std::string::npos) << card << "\n" << BodyLinks(html);
    EXPECT_EQ(CrossLinks(html), 1u) << card;
  }
}

// What a reader does not see as a link to another story stays what it was: no
// link, no promotion.
TEST(LinkScriptCardsTest, WhatIsNoStorysCardStaysAsItWas) {
  const struct {
    const char* name;
    std::string html;
  } cases[] = {
      {"hidden", std::string("<div hidden><div data-href=\"") + kStory + "\"><h4>" + kHeadline + "</h4></div></div>"},
      {"display:none", std::string("<div data-href=\"") + kStory + "\" style=\"display:none\"><h4>" + kHeadline +
                           "</h4></div>"},
      {"no text", std::string("<div data-href=\"") + kStory + "\"><img src=\"/a.jpg\" alt=\"\"></div>"},
      {"tag pill", "<div><span data-href=\"/tag/harbour\" role=\"link\">Harbour</span></div>"},
      {"section", "<div><span data-link=\"/city/\" role=\"link\">City news from the harbour</span></div>"},
      {"this page", std::string("<div><span data-url=\"") + kSite +
                        "/city/2026/06/01/harbour-board-meets\" role=\"button\">Share this story</span></div>"},
      {"share service", "<div><span data-href=\"https://social.example/sharer?u=x\">Share on Social</span></div>"},
      {"gallery script", "<div onclick=\"openGallery(4711)\"><img src=\"/a.jpg\" alt=\"\"><p>The ferry.</p></div>"},
      {"anchor", "<div data-href=\"#part-2\"><h4>Council delays the vote on the harbour bridge</h4></div>"},
      {"a box of many elements", std::string("<div data-href=\"") + kStory + "\">" + [] {
         std::string spans;
         for (int k = 0; k < 120; ++k) spans += "<span>x</span>";
         return spans;
       }() + "</div>"},
      {"a loaded article", std::string("<div data-url=\"") + kStory + "\"><h2>" + kHeadline + "</h2><p>" + kParagraph +
                               "</p><p>" + kParagraph + "</p></div>"},
  };
  for (const auto& c : cases) {
    const std::string html = Page(c.html);
    EXPECT_EQ(BodyLinks(html), "") << c.name;
    EXPECT_EQ(CrossLinks(html), 0u) << c.name;
  }
}

// A card that holds a link of its own keeps it: the script's address adds none,
// so no link nests in another and the card counts once.
TEST(LinkScriptCardsTest, ACardWithALinkOfItsOwnKeepsIt) {
  const std::string html = Page(std::string("<div data-href=\"") + kStory + "\"><h4><a href=\"" + kStory + "\">" +
                                kHeadline + "</a></h4></div>");
  EXPECT_EQ(BodyLinks(html), std::string(kSite) + kStory + "|" + kHeadline + "\n");
  EXPECT_EQ(CrossLinks(html), 1u);
}

}  // namespace
}  // namespace provscore::internal
