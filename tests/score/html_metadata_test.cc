// Authors and dates by the conventions of the press: metadata author values,
// byline words in many languages, author-page links, role names, printed dates.
// Every fixture is invented.
#include "score/extract/html_metadata.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "score/extract/html_extractor.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

Article MustExtract(std::string_view html) {
  Result<Article> result = testing::BuiltinExtractor().Extract(html, "");
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article{};
}

std::vector<std::string> AuthorNames(const Article& a) {
  std::vector<std::string> names;
  for (const SourcedValue& v : a.authors) names.push_back(v.value);
  return names;
}

struct AuthorValueCase {
  const char* value;
  std::vector<std::string> names;
};

class NamesFromAuthorValueTest : public ::testing::TestWithParam<AuthorValueCase> {};

TEST_P(NamesFromAuthorValueTest, SplitsListsAndDropsAffiliations) {
  EXPECT_EQ(internal::NamesFromAuthorValue(GetParam().value), GetParam().names) << GetParam().value;
}

INSTANTIATE_TEST_SUITE_P(
    Values, NamesFromAuthorValueTest,
    ::testing::Values(
        AuthorValueCase{"Jane Doe", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe and John Roe", {"Jane Doe", "John Roe"}},
        AuthorValueCase{"Erika Mustermann und Max Muster", {"Erika Mustermann", "Max Muster"}},
        AuthorValueCase{"Juana Pérez y Pedro Gómez", {"Juana Pérez", "Pedro Gómez"}},
        AuthorValueCase{"Иван Петров и Анна Смирнова", {"Иван Петров", "Анна Смирнова"}},
        AuthorValueCase{"Jane Doe, John Roe", {"Jane Doe", "John Roe"}},
        AuthorValueCase{"Jane Doe; John Roe", {"Jane Doe", "John Roe"}},
        // one family name, one joint credit: a side that is not a full name keeps the whole
        AuthorValueCase{"Jane and John Doe", {"Jane and John Doe"}},
        AuthorValueCase{"Example Times et AFP", {"Example Times et AFP"}},
        // affiliations and roles after the name
        AuthorValueCase{"Jane Doe, Reuters", {"Jane Doe"}},
        AuthorValueCase{"Jane Q. Doe, Example.com", {"Jane Q. Doe"}},
        AuthorValueCase{"Jane Doe, The Example Press", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe, Staff Writer", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe - Senior Correspondent", {"Jane Doe"}},
        AuthorValueCase{"Jane Doe. Example Radio International", {"Jane Doe"}},
        AuthorValueCase{"Doe, Jane", {"Doe, Jane"}},
        // prefixes, character references, slugs
        AuthorValueCase{"Propos recueillis par Jeanne DUPONT.", {"Jeanne DUPONT"}},
        AuthorValueCase{"Autor: Erika Mustermann", {"Erika Mustermann"}},
        AuthorValueCase{"J&#233;r&#xF4;me Martin", {"Jérôme Martin"}},
        AuthorValueCase{"Smith &amp; Jones Media", {"Smith & Jones Media"}},
        // a slug is kept here; it loses to any source that names a person (below)
        AuthorValueCase{"jane-doe", {"jane-doe"}},
        AuthorValueCase{"https://news.example/author/jane-doe", {}}));

TEST(NamesFromBylineTest, NamesStartAtABylineWordInsideTheSlot) {
  using internal::NamesFromByline;
  EXPECT_THAT(NamesFromByline("World - 10. marts 2020 kl. 20:00 Af Kari Nordmann"), ElementsAre("Kari Nordmann"));
  EXPECT_THAT(NamesFromByline("Politik | 3 hours ago By Jane Doe and John Roe"), ElementsAre("Jane Doe", "John Roe"));
  // a lower-case "by" inside the line is prose, not a byline word
  EXPECT_THAT(NamesFromByline("Jane Doe, reported by phone"), ElementsAre("Jane Doe"));
}

struct RoleCase {
  const char* name;
  bool role;
};

class IsRoleNameTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(IsRoleNameTest, TellsJobTitlesFromPeople) {
  EXPECT_EQ(internal::IsRoleName(GetParam().name), GetParam().role) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(Values, IsRoleNameTest,
                         ::testing::Values(RoleCase{"Online News Editor", true}, RoleCase{"Staff Writer", true},
                                           RoleCase{"Redaktion", true}, RoleCase{"Web Desk", true},
                                           RoleCase{"La Rédaction", true}, RoleCase{"Agencies", true},
                                           RoleCase{"Jane Doe", false}, RoleCase{"Example Staff", false},
                                           RoleCase{"Reuters", false}));

struct PrefixCase {
  const char* line;
  bool byline;
};

class HasBylinePrefixTest : public ::testing::TestWithParam<PrefixCase> {};

TEST_P(HasBylinePrefixTest, KnowsTheWordsABylineOpensWith) {
  EXPECT_EQ(internal::HasBylinePrefix(GetParam().line), GetParam().byline) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Languages, HasBylinePrefixTest,
    ::testing::Values(PrefixCase{"By Jane Doe", true}, PrefixCase{"Von Erika Mustermann", true},
                      PrefixCase{"Par Jeanne Dupont", true}, PrefixCase{"Por Juana Pérez", true},
                      PrefixCase{"Di Maria Rossi", true}, PrefixCase{"Door Anna de Vries", true},
                      PrefixCase{"Av Kari Nordmann", true}, PrefixCase{"Written by Jane Doe", true},
                      PrefixCase{"Autor: Jan Kowalski", true}, PrefixCase{"Texto: Juana Pérez", true},
                      PrefixCase{"Автор: Иван Петров", true}, PrefixCase{"Yazar: Ayşe Yılmaz", true},
                      PrefixCase{"記者 山田太郎", true}, PrefixCase{"文／王小明", true},
                      PrefixCase{"Autor des Buches ist bekannt", false}, PrefixCase{"Bystander reports", false},
                      PrefixCase{"Jane Doe", false}, PrefixCase{"文化", false}));

// A page whose metadata names a role, not a person, and prints "By <name>" under
// the headline in a paragraph no class marks as a byline.
TEST(AuthorSourcesTest, PrefixedLineUnderTheHeadlineBeatsARoleInJsonLd) {
  const Article a = MustExtract(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour "
      "reopens\",\"author\":{\"@type\":\"Person\",\"name\":\"Online News Editor\"}}</script></head><body>"
      "<article><h1>Harbour reopens</h1><div class=\"x1\"><p>By Marta Quintero</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "<p>Fishing boats were the first to return, followed by the ferry that links the two islands.</p>"
      "</div></article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Marta Quintero"));
}

TEST(AuthorSourcesTest, ProfileSlugInMetadataLosesToAPrintedName) {
  const Article a = MustExtract(
      "<html><head><meta property=\"article:author\" content=\"marta-quintero\"><title>Harbour reopens</title>"
      "</head><body><article><h1>Harbour reopens</h1><p class=\"byline\">By Marta Quintero</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Marta Quintero"));
  const Article alone = MustExtract(
      "<html><head><meta property=\"article:author\" content=\"mquintero_7\"><title>Harbour reopens</title>"
      "</head><body><article><h1>Harbour reopens</h1>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(alone), ElementsAre("mquintero_7"));  // all the page gives
}

TEST(AuthorSourcesTest, SentenceOpeningWithByIsNoByline) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p>By clicking \"agree\" you accept the terms. &gt;</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), IsEmpty());
}

TEST(AuthorSourcesTest, LinkToAnAuthorPageUnderTheHeadlineNamesTheAuthor) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<div class=\"q7\"><a href=\"/autor/lena-berg\">Lena Berg</a> <span>14.06.2023</span></div>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "<p>See also <a href=\"/thema/hafen\">Hafen Nord</a>.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
  EXPECT_EQ(a.authors[0].source, "author-link");
}

// A link to the authors' section by another of the press's words: "/editors/",
// "/redaktion/", "/periodistas/" (one list with the author-box finder).
TEST(AuthorSourcesTest, LinkToAnEditorsPageUnderTheHeadlineNamesTheAuthor) {
  for (const std::string href : {"/about/editors/lena-berg/", "/redaktion/lena-berg", "/periodistas/lena-berg"}) {
    const Article a = MustExtract(
        "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
        "<div class=\"q7\"><a href=\"" + href + "\"><img src=\"/lb.jpg\" alt=\"\"></a><a href=\"" + href +
        "\">Lena Berg</a>, <a href=\"https://social.example/lberg\">@lberg</a> 11.03.17</div>"
        "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
        "</article></body></html>");
    EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg")) << href;
  }
}

// A name alone on a line under the headline, no byline word and no telling class,
// beside the date or the author's avatar, signs the page when nothing else does.
TEST(AuthorSourcesTest, NameAloneUnderTheHeadlineBesideADateOrAnAvatar) {
  const std::string head = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
                           "<p>Why the northern pier took three weeks to mend. A guest essay.</p>";
  const std::string body =
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "<p>Fishing boats were the first to return, followed by the ferry that links the two islands.</p>"
      "</article></body></html>";
  const Article dated = MustExtract(head + "<div class=\"k1\"><div class=\"k2\"><span class=\"k3\">Marta "
                                           "Quintero</span></div><div class=\"k4\"><time datetime=\"2023-06-14\">"
                                           "14.06.2023</time> 8 Min</div></div>" + body);
  EXPECT_THAT(AuthorNames(dated), ElementsAre("Marta Quintero"));
  EXPECT_EQ(dated.authors[0].source, "name-line");
  const Article printed = MustExtract(head + "<div><p>Marta Quintero</p><p>June 14, 2023</p></div>" + body);
  EXPECT_THAT(AuthorNames(printed), ElementsAre("Marta Quintero"));
  const Article cyrillic = MustExtract(head + "<div><span>Иван Петров</span><time>14.06.2023</time></div>" + body);
  EXPECT_THAT(AuthorNames(cyrillic), ElementsAre("Иван Петров"));
  const Article initial = MustExtract(head + "<div><span>Marta J. Quintero</span><time>14.06.2023</time></div>" + body);
  EXPECT_THAT(AuthorNames(initial), ElementsAre("Marta J. Quintero"));
  // A name and the outlet in elements of their own: the name's element is the line.
  const Article parts = MustExtract(head + "<div><div><span>Marta Quintero</span> <span>Harbour Today</span></div>"
                                           "<div>Published 2:16 AM Nov 20, 2019</div></div>" + body);
  EXPECT_THAT(AuthorNames(parts), ElementsAre("Marta Quintero"));
  // A name linked to a profile the URL does not tell, by a <time>.
  const Article linked = MustExtract(head + "<div><div><a href=\"https://social.example/mq\">Marta Quintero</a>"
                                            "</div><div><time datetime=\"2023-06-14\">14 June</time></div></div>" +
                                     body);
  EXPECT_THAT(AuthorNames(linked), ElementsAre("Marta Quintero"));
  const Article avatar = MustExtract(head + "<div class=\"k1\"><div><img src=\"/mq.png\" alt=\"Marta "
                                            "Quintero\"></div><div><h4>Marta Quintero</h4></div></div>" + body);
  EXPECT_THAT(AuthorNames(avatar), ElementsAre("Marta Quintero"));
  // What the page data names comes first.
  const Article declared = MustExtract(
      "<html><head><meta name=\"author\" content=\"Lena Berg\"><title>Harbour reopens</title></head><body>"
      "<article><h1>Harbour reopens</h1><div><span>Marta Quintero</span><time datetime=\"2023-06-14\">"
      "14.06.2023</time></div>" + body);
  EXPECT_THAT(AuthorNames(declared), ElementsAre("Lena Berg"));
}

// A name alone on a line under the headline, with no date or avatar beside it, is
// the byline when the article closes with a tagline about that person ("Jane Doe is
// a staff writer. E-mail: ..."), however the elements are named (own-pool under
// --perturb classes, session 15). A kicker naming a person the story speaks of in
// its text, or a tagline about another person, signs nothing; nor does a tagline
// followed by more than a few paragraphs of text (the story, not its close).
TEST(AuthorSourcesTest, NameAloneUnderTheHeadlineThatTheClosingTaglineIsAbout) {
  const std::string head = "<html><head><title>Harbour reopens</title></head><body><div class=\"x1\">"
                           "<h1 class=\"x2\">Harbour reopens</h1><h5 class=\"x3\">Three weeks of repairs</h5>";
  const auto page = [&](const std::string& line, const std::string& tagline, int after = 0) {
    std::string html = head + line +
                       "<div class=\"x5\"><p>The harbour reopened on Monday after three weeks of repairs to the "
                       "northern pier, officials said.</p><p>Fishing boats were the first to return, followed by "
                       "the ferry that links the two islands.</p></div><p class=\"x6\">" + tagline + "</p>";
    for (int k = 0; k < after; ++k) {
      html += "<p>Paragraph " + std::to_string(k) + " of the story goes on about the pier, the ferry, the quay "
              "and the long queue of lorries.</p>";
    }
    return html + "</div></body></html>";
  };
  const std::string line = "<h5 class=\"x4\"><span class=\"x7\">Marta Quintero</span></h5>";
  for (const std::string& tagline :
       {std::string("Marta Quintero is a Harbour Today staff writer. E-mail: <a href=\"mailto:mq@harbour.example\">"
                    "mq@harbour.example</a>"),
        std::string("Marta Quintero ist Redakteurin im Ressort Lokales."),
        std::string("Marta Quintero es periodista y cubre el puerto desde 2019.")}) {
    EXPECT_THAT(AuthorNames(MustExtract(page(line, tagline))), ElementsAre("Marta Quintero")) << tagline;
  }
  const std::string tagline = "Marta Quintero is a Harbour Today staff writer.";
  EXPECT_THAT(AuthorNames(MustExtract(page(line, "Lena Berg is a Harbour Today staff writer."))), IsEmpty())
      << "a tagline about another person";
  EXPECT_THAT(AuthorNames(MustExtract(page(line, "Marta Quintero said the pier would hold for years."))), IsEmpty())
      << "the person spoken of in the text";
  EXPECT_THAT(AuthorNames(MustExtract(page(line, tagline, 4))), IsEmpty()) << "more of the story after it";
  EXPECT_THAT(AuthorNames(MustExtract(page("", tagline))), IsEmpty()) << "no name line under the headline";
}

TEST(AuthorSourcesTest, NameShapedLinesThatSignNothing) {
  const std::string head = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>";
  const std::string body =
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>";
  for (const std::string& line : {
           // a kicker or subheading standing alone, with no date and no avatar
           std::string("<p>Northern Pier Works</p><p>Some words more.</p>"),
           // a section's label over the date
           std::string("<div><span>Harbour News</span><time datetime=\"2023-06-14\">14.06.2023</time></div>"),
           // a picture's credit in its caption
           std::string("<figure><img src=\"/p.jpg\" alt=\"\"><figcaption><span>Rolf Roe</span> 14.06.2023"
                       "</figcaption></figure>"),
           std::string("<div><span>Rolf Roe/Pictures</span> <time>14.06.2023</time></div>"),
           // a source line, an agency, a topic in lower case, beside the date
           std::string("<div><span>Via Harbourwire.info</span> <time>14.06.2023</time></div>"),
           std::string("<div><span>Kuzey Ajansı</span> <time>14.06.2023</time></div>"),
           std::string("<div><span>Морская прогулка</span> <time>14.06.2023</time></div>"),
           // a script without capitals: nothing tells a name from a phrase
           std::string("<div><span>\u0623\u062e\u0628\u0627\u0631 \u0627\u0644\u0645\u064a\u0646\u0627\u0621</span> "
                       "<time>14.06.2023</time></div>"),
           // a name and an outlet in elements of their own; a link's wrapper
           std::string("<div><p>June 14, 2023</p></div><div><a href=\"/print\">Print Edition</a></div>"),
           // a name in a table of results, its row full of numbers
           std::string("<table><tr><td>1</td><td>Rolf Roe</td><td>14.06.2023</td><td>5040</td></tr></table>"),
           // a teaser card: its linked headline, its author, its date
           std::string("<div><a href=\"/news/ferry-strike-ends-after-long-talks\">Ferry strike ends after long "
                       "talks</a><span>Marta Quintero</span><time>14.06.2023</time></div>"),
       }) {
    EXPECT_THAT(AuthorNames(MustExtract(head + line + body)), IsEmpty()) << line;
  }
}

// A short box classed "author" holding a sentence about the author is no byline of
// that sentence's words; a name opening it still is.
TEST(AuthorSourcesTest, SentenceInABoxClassedAuthorNamesNobody) {
  const std::string head = "<html><head><title>Ferry timetable changes</title></head><body><article>"
                           "<h1>Ferry timetable changes</h1>";
  const std::string body =
      "<p>The island ferries will run on a new timetable from Monday, the operator said, with two more "
      "crossings each day in summer.</p><p>Passengers on the early boat will gain twenty minutes.</p>";
  const Article sentence = MustExtract(
      head + body + "<div class=\"author\">Covers the ferries and the islands for the Harbour Herald.</div>"
                    "</article></body></html>");
  EXPECT_THAT(AuthorNames(sentence), IsEmpty());
  const Article named = MustExtract(
      head + body + "<div class=\"author\">Marta Quintero covers the ferries and the islands.</div>"
                    "</article></body></html>");
  EXPECT_THAT(AuthorNames(named), ElementsAre("Marta Quintero"));
  const Article byline = MustExtract(head + "<p class=\"byline\">By Marta Quintero</p>" + body +
                                     "<div class=\"author\">Covers the ferries and the islands.</div>"
                                     "</article></body></html>");
  EXPECT_THAT(AuthorNames(byline), ElementsAre("Marta Quintero"));
}

// A template that prints avatar, name and date over the headline.
TEST(AuthorSourcesTest, LinkToAnAuthorPageJustAboveTheHeadlineNamesTheAuthor) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><div class=\"x4\">"
      "<a href=\"/author/lena-berg/\"><img src=\"/lb.jpg\" alt=\"\"><span>Lena Berg</span></a>"
      "<p>14. Juni 2023</p></div><h1>Harbour reopens</h1>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
  EXPECT_EQ(a.authors[0].source, "author-link");
  // Far above the headline, an author's link belongs to another part of the page.
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "<div><span>Item</span></div>";
  const Article far = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><div class=\"x2\">"
      "<a href=\"/author/lena-berg/\">Lena Berg</a></div>" + filler + "<article><h1>Harbour reopens</h1>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(far), IsEmpty());
}

// A page whose only <h1> sits in the navigation bar prints its headline as the
// <h2> of its <article>, worded like the page's title; the byline is under it.
TEST(AuthorSourcesTest, BylineUnderTheArticleHeadingWhenTheOnlyH1IsInTheNavigation) {
  const std::string nav = "<nav><ul><li><a href=\"/\">Home</a></li><li><h1>Harbour reopens after repairs</h1>"
                          "</li></ul></nav>";
  const std::string body =
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>";
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens after repairs</title></head><body>" + nav +
      "<article><header><h2><span>Harbour</span> <span>reopens after three weeks of repairs</span></h2>"
      "<ul><li><span>Von</span> <span><a href=\"/redaktion/lena-berg-123.html\">Lena Berg</a></span></li>"
      "</ul></header>" + body + "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
  // A front page's first teaser, worded unlike the page's title, signs nothing.
  const Article front = MustExtract(
      "<html><head><title>The Harbour Times: news from the islands</title></head><body>" +
      std::string("<nav><h1>The Harbour Times</h1></nav>") +
      "<article><h2>Ferry strike ends after talks</h2><p>By Lena Berg</p>" + body + "</article></body></html>");
  EXPECT_THAT(AuthorNames(front), IsEmpty());
}

// A page with no <h1> and no <article> prints its headline in a <div> (or an <h3>,
// or an <h2>) that holds nothing but the page's title: the byline under it is read
// as under an <h1>, however its elements are named (own-pool under --perturb
// classes, session 15). A <div> worded unlike the title, or one that holds more than
// the title's text, is no headline: the line under it signs nothing.
TEST(AuthorSourcesTest, BylineUnderAHeadlinePrintedInADivOnAPageWithoutH1) {
  const std::string body =
      "<div class=\"x9\"><p>The harbour reopened on Monday after three weeks of repairs to the northern pier, "
      "officials said.</p><p>Fishing boats were the first to return, followed by the ferry that links the two "
      "islands.</p></div>";
  const auto page = [&](const std::string& headline) {
    return "<html><head><title>Harbour reopens after three weeks of repairs - Harbour Weekly</title></head><body>"
           "<div class=\"x1\"><div class=\"x2\"><a href=\"/\">Harbour Weekly</a></div>" + headline +
           "<div class=\"x4\">A standfirst about the pier and its long repair</div><div class=\"x5\">By <a "
           "href=\"/staff/pages/lena-berg\"><span class=\"x6\">Lena Berg</span></a> | <span>June 6, 2013</span>"
           "</div>" + body + "</div></body></html>";
  };
  for (const std::string& headline : {std::string("<div class=\"x3\">\n  Harbour reopens after three weeks of "
                                                  "repairs\n</div>"),
                                      std::string("<h3>Harbour reopens after three weeks of repairs</h3>"),
                                      std::string("<h2>Harbour reopens after three weeks of repairs</h2>")}) {
    EXPECT_THAT(AuthorNames(MustExtract(page(headline))), ElementsAre("Lena Berg")) << headline;
  }
  EXPECT_THAT(AuthorNames(MustExtract(page("<div class=\"x3\">Ferry strike ends after long talks</div>"))), IsEmpty())
      << "a line worded unlike the title";
  EXPECT_THAT(AuthorNames(MustExtract(page("<div class=\"x3\">Harbour reopens after three weeks of <em>repairs</em>"
                                           "</div>"))),
              IsEmpty())
      << "more than the title's text";
}

// A slide-in menu's script wraps the whole page in an element named after the menu
// ("nav-drawer-slide"): the page inside is no navigation, and its byline and date
// are the page's. A small region named as navigation still signs nothing.
TEST(AuthorSourcesTest, AWrapperNamedAfterAMenuAroundTheWholePageIsThePage) {
  const std::string body =
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials "
      "said, and the first ferries crossed the bay before noon.</p>"
      "<p>Fishing boats were the first to return, followed by the ferry that links the two islands.</p>";
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><div class=\"i-nav_drawer_slide\">"
      "<header><a href=\"/\">The Harbour Times</a></header><article><h1>Harbour reopens</h1>"
      "<div class=\"x7\">By <a href=\"/about/editors/lena-berg/\">Lena Berg</a></div>"
      "<time datetime=\"2024-06-04T09:30:00+02:00\">June 4, 2024</time>" + body + "</article>"
      "</div></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2024-06-04T09:30:00+02:00");
  const Article menu = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>" + body + body +
      body + "</article><div class=\"nav-drawer\"><div class=\"x7\">By <a href=\"/about/editors/tom-roe/\">"
      "Tom Roe</a></div></div></body></html>");
  EXPECT_THAT(AuthorNames(menu), IsEmpty());
}

// A teaser card after the article prints its own story's byline beside its linked
// headline: that line signs the teaser, not the page (neither an author nor a credit).
TEST(AuthorSourcesTest, BylineOfATeaserCardIsNotThePagesByline) {
  const std::string body =
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials "
      "said, and the first ferries crossed the bay before noon.</p>";
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<div class=\"byline\">Von Lena Berg</div>" + body + body + "</article>"
      "<section><h2>Das könnte Sie auch interessieren</h2>"
      "<div class=\"teaser\"><a href=\"/news/faster-trains-between-the-big-cities\">Bahn plans faster trains "
      "between the big cities</a><span class=\"byline\">Jana Roe und Tom Doe, dpa</span></div>"
      "</section></body></html>");
  EXPECT_THAT(a.byline_lines, ElementsAre("Von Lena Berg"));
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
  // The page's own byline keeps its author link: a link to an author page is no teaser.
  const Article linked = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<div class=\"byline\">By <a href=\"/authors/lena-berg\">Lena Berg and the harbour desk team</a>, "
      "The Harbour Times</div>" + body + "</article></body></html>");
  EXPECT_THAT(linked.byline_lines, Not(IsEmpty()));
}

// "von Montag, den 1. Mai" inside a sentence opens with a byline word but is no byline.
TEST(AuthorSourcesTest, BylineWordInsideRunningTextIsNoByline) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p>Die Aktion läuft <strong>von Montag, den 1. Mai bis Sonntag, den 7. Mai</strong>, solange der Vorrat "
      "reicht, und gilt in allen Filialen am Hafen und in der Altstadt, auch im neuen Laden an der Fährstraße "
      "gleich neben dem alten Zollhaus.</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_THAT(AuthorNames(a), IsEmpty());
}

// The byline's own element beside the author's bio panel in one box (the blind set of
// session 16: a name button opening the bio, then the date): the panel is a block of
// its own, no running text the byline sits in. Text around the element in its own
// block still is, whatever block sits beside it.
TEST(AuthorSourcesTest, BylineBesideTheAuthorsBioPanelInOneBox) {
  const std::string body =
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials "
      "said, and the first ferries crossed the bay before noon.</p>";
  const Article en = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><div class=\"q1\"><h1>Harbour reopens</h1></div>"
      "<div class=\"q2\"><span class=\"q3\">By Jane Doe</span> <button aria-controls=\"p1\">About the writer"
      "</button><div id=\"p1\" class=\"q4\">Jane Doe has reported on the harbour and the fishing fleet for the "
      "Harbour Times since 2014 and lives in Bayport with her two dogs and a boat.</div>"
      "<span class=\"q5\">June 4, 2024</span></div>" + body + body + "</body></html>");
  EXPECT_THAT(AuthorNames(en), ElementsAre("Jane Doe"));
  const Article de = MustExtract(
      "<html lang=\"de\"><head><title>Hafen wieder offen</title></head><body><h1>Hafen wieder offen</h1>"
      "<div class=\"k1\"><em>Von Erika Muster</em><p class=\"k2\">Erika Muster ist Redakteurin im Lokalressort "
      "und berichtet seit 2016 über den Hafen, die Fähren und die Werften an der Förde.</p>"
      "<time datetime=\"2024-06-04\">04.06.2024</time></div>" + body + body + "</body></html>");
  EXPECT_THAT(AuthorNames(de), ElementsAre("Erika Muster"));
  const Article running = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<div>Die Aktion läuft <strong>von Montag, den 1. Mai bis Sonntag, den 7. Mai</strong>, solange der Vorrat "
      "reicht, und gilt in allen Filialen am Hafen und in der Altstadt, auch im neuen Laden an der Fährstraße "
      "gleich neben dem alten Zollhaus.<div>Mehr erfahren</div></div>" + body + "</article></body></html>");
  EXPECT_THAT(AuthorNames(running), IsEmpty());
}

// A paragraph classed for the writer after the text has begun, a sentence naming
// nobody, is the op-ed's closing line about its writer: a line of the text, no
// byline slot (second blind author-bio set, session 16). A credit naming people in
// such an element, or a signature, stays a slot, out of the text.
TEST(AuthorSourcesTest, ClosingSentenceInAWritersClassStaysInTheText) {
  const std::string head =
      "<html lang=\"en\"><head><title>Cod stocks fall</title></head><body><article><h1>Cod stocks fall</h1>"
      "<p class=\"byline\">By Jane Doe</p>"
      "<p>The cod stocks of the fjord fell again this year, the fisheries office said on Monday, and the quotas "
      "for next season will be cut by a fifth.</p>"
      "<p>Fishermen in the northern villages said the cut would cost them most of the winter season, and "
      "several boats would stay in the harbour until the spring.</p>"
      "<p>The office said the warmer water of the last three summers had driven the young fish north, out "
      "of the fjord and into the open sea.</p>";
  const Article note = MustExtract(head +
      "<p class=\"author-note\">The writer is a marine biologist who has studied the fjord for twenty years.</p>"
      "</article></body></html>");
  EXPECT_THAT(note.text, HasSubstr("marine biologist"));
  EXPECT_THAT(AuthorNames(note), ElementsAre("Jane Doe"));
  const Article credit = MustExtract(head +
      "<p class=\"author-note\">Reporting by Jane Doe in Bodø; editing by John Roe and Erika Muster.</p>"
      "</article></body></html>");
  EXPECT_THAT(credit.text, Not(HasSubstr("editing by")));
  const Article signature = MustExtract(head + "<p class=\"writer\">Jane Doe, Bodø</p></article></body></html>");
  EXPECT_THAT(signature.text, Not(HasSubstr("Bodø")));
}

TEST(AuthorSourcesTest, MetaAuthorGivenInAValueAttribute) {
  const Article a = MustExtract(
      "<html><head><meta name=\"author\" value=\"Lena Berg\"><title>Harbour reopens</title></head>"
      "<body><p>The harbour reopened on Monday after three weeks of repairs.</p></body></html>");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Lena Berg"));
}

TEST(PublishedDateTest, DateElementByTheHeadlineWhenNoMetadataGivesOne) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><div class=\"masthead\">"
      "<span class=\"date\">Friday, 1 January 2021</span></div><nav><a href=\"/\">Home</a></nav>"
      "<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><p>g</p><p>h</p><p>i</p><p>j</p><p>k</p><p>l</p>"
      "<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><p>g</p><p>h</p><p>i</p><p>j</p><p>k</p><p>l</p>"
      "<article><p class=\"published-date\">&nbsp;/ martes 17 de marzo de 2020</p><h1>Harbour reopens</h1>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2020-03-17");
  EXPECT_EQ(a.published->source, "printed");
}

TEST(PublishedDateTest, LineThatIsOnlyADateUnderTheHeadline) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p>January 18, 2020</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2020-01-18");
}

TEST(PublishedDateTest, AnUpdateLineIsNoPublicationDate) {
  const Article a = MustExtract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p class=\"date\">Aktualisiert am 18. Januar 2020</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  EXPECT_FALSE(a.published.has_value());
}

TEST(PublishedDateTest, MetaWhoseNameSaysDateAndTheUrlDateComeBeforeAPrintedDate) {
  const Article a = MustExtract(
      "<html><head><meta name=\"xy-post-date\" content=\"2019/11/19\"><title>Harbour reopens</title></head>"
      "<body><article><h1>Harbour reopens</h1><p class=\"date\">20 November 2019</p>"
      "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, officials said.</p>"
      "</article></body></html>");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2019-11-19");
  EXPECT_EQ(a.published->source, "meta");
  Result<Article> from_url = testing::BuiltinExtractor().Extract(
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p class=\"date\">Tue, 14 Jan 2020</p><p>The harbour reopened on Monday after repairs.</p></article>"
      "</body></html>",
      "https://news.example/2020/01/13/harbour-reopens");
  ASSERT_TRUE(from_url.ok());
  ASSERT_TRUE(from_url.value().published.has_value());
  EXPECT_EQ(from_url.value().published->value, "2020-01-13");
}

}  // namespace
}  // namespace provscore
