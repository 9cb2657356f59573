// Recirculation modules between paragraphs, read by structure: headings and
// lists, cards with kickers, marked lines; their position among the article's
// own paragraphs; and what is not a promotion (in-sentence links, this
// article's own media, a teaser list or template text after the body).
#include "score/signals/cross_link_detector.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "score/extract/html_extractor.h"
#include "tests/read_file.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using testing::BuildArticle;
using testing::Para;
using Kind = TextBlock::Kind;

std::vector<Signal> CrossLinks(const Article& a) { return testing::SignalsOfType(a, kSignalInjectedCrossLink); }

// A headline link block of the given kind, all of it the link.
Para Card(const std::string& headline, const std::string& url, Kind kind = Kind::kOther) {
  return {headline, {{headline, url}}, kind};
}

// A list item: a kicker, then the headline link.
Para Kicked(const std::string& kicker, const std::string& headline, const std::string& url) {
  return {kicker + ": " + headline, {{headline, url}}, Kind::kListItem};
}

// Short article paragraphs (12-20 words), as quotes and one-line paragraphs run.
const char* const kOpening[] = {
    "The ferry company said on Monday that the night crossing would stop for the whole winter season.",
    "Die Stadtwerke teilten am Montag mit, dass die Preise für Fernwärme im Herbst deutlich steigen werden.",
    "La mairie a annoncé lundi que la piscine municipale resterait fermée pendant tout le mois de juillet.",
    "El ayuntamiento anunció el lunes que la biblioteca central abrirá también los domingos por la tarde.",
};
const char* const kClosing[] = {
    "Passengers who booked tickets for December will be offered a refund or a seat on the day service.",
    "Verbraucherschützer rieten den Kunden, ihre Verträge zu prüfen und Widerspruch gegen die Erhöhung einzulegen.",
    "Les travaux de rénovation doivent commencer en septembre et durer au moins deux ans selon la mairie.",
    "Los vecinos habían pedido durante años un horario más amplio para estudiar durante los fines de semana.",
};

struct ModuleCase {
  const char* name;
  std::vector<Para> module;  // placed between two short article paragraphs
  size_t promoted;
};

std::vector<ModuleCase> ModuleCases() {
  const std::string site = "https://news.example/";
  return {
      {"en: 'Most read' heading and four cards",
       {{"Most read in Sport", {}, Kind::kHeading},
        Card("SHOCK EXIT Club sacks its manager days before the play-offs", site + "sport/12345/club-sacks-manager"),
        Card("Striker signs a two-year deal after a long trial", site + "sport/12346/striker-signs-deal"),
        Card("Fans queue overnight for cup final tickets", site + "sport/12347/fans-queue-tickets"),
        Card("Why the new stadium is already too small", site + "sport/12348/stadium-too-small")},
       4},
      {"de: heading and a list of headline links behind kickers",
       {{"Exklusive Hintergründe – für Sie recherchiert", {}, Kind::kHeading},
        Kicked("Streit in der Koalition", "Minister greift die Kollegin an", site + "politik/article4711001/streit.html"),
        Kicked("Schule", "Digitalminister will Tablets für alle Klassen", site + "politik/article4711002/tablets.html"),
        Kicked("Pflege", "Heime schlagen wegen der Kosten Alarm", site + "politik/article4711003/pflege.html")},
       3},
      {"fr: a bare list of three headline links",
       {Card("Le marché couvert rouvre ses portes après deux ans", site + "ville/le-marche-couvert-rouvre", Kind::kListItem),
        Card("Une nouvelle ligne de bus pour les quartiers nord", site + "ville/nouvelle-ligne-de-bus", Kind::kListItem),
        Card("Le festival d'été dévoile sa programmation", site + "culture/festival-programmation", Kind::kListItem)},
       3},
      {"es: a marked line with its link",
       {{"Te puede interesar: La biblioteca amplía su horario de verano",
         {{"La biblioteca amplía su horario de verano", site + "cultura/biblioteca-amplia-horario"}}}},
       1},
      {"en: a heading, the module's blurb as a sentence, then its cards",
       {{"More from Ask an Adviser", {}, Kind::kHeading},
        {"Here are more perspectives from our council on how to save money while prices keep rising."},
        Card("Three savings tips for the new tax year", site + "2026/03/08/three-savings-tips.html"),
        Card("How the 50-30-20 rule helps build a buffer", site + "2026/03/09/fifty-thirty-twenty.html")},
       2},
      {"en: a paragraph of a label and a headline link",
       {{"On News.example: Harbour festival returns with a longer programme",
         {{"Harbour festival returns with a longer programme", site + "culture/4718/harbour-festival-returns"}}}},
       1},
      {"en: 'Related:' and a page file with a short slug",
       {{"Related: The twelve oddest lighthouses on the coast",
         {{"The twelve oddest lighthouses on the coast", site + "oddest-lighthouses.html"}}}},
       1},
      {"stories whose slugs hold a shop or account word",
       {Card("Singer opens up about her recovery after the tour", site + "health/singer-opens-up-about-recovery"),
        Card("Streaming service cuts prices for its subscribers", site + "tech/streaming-service-cuts-prices-for-subscribers/")},
       2},
      {"a related story as its headline link and its date",
       {{"Why the harbour wall keeps crumbling Aug. 18, 2025",
         {{"Why the harbour wall keeps crumbling", site + "2025/08/18/city/harbour-wall-crumbling.html"}}},
        {"Ferry fares rise for the third year in a row July 2, 2025",
         {{"Ferry fares rise for the third year in a row", site + "2025/07/02/city/ferry-fares-rise.html"}}}},
       2},
      {"a bracketed headline link",
       {{"[Island school to close at the end of the year]",
         {{"Island school to close at the end of the year", site + "city/4719/island-school-to-close"}}}},
       1},
      {"a label naming the sister site its headline links to",
       {{"On HarbourDaily.example: New pier opens after two years of work",
         {{"New pier opens after two years of work", "https://www.harbourdaily.example/city/4720/new-pier-opens"}}}},
       1},
      {"a flag set apart from its heading's headline link by markup alone ('Updated' glued to the headline)",
       {{"UpdatedPolice name the two found in the harbour flat",
         {{"Police name the two found in the harbour flat", site + "city/4721/police-name-the-two"}}, Kind::kHeading},
        {"LiveFerry strike talks resume after a night of calls",
         {{"Ferry strike talks resume after a night of calls", site + "city/4722/ferry-strike-talks"}}, Kind::kListItem}},
       2},
      {"a ranked entry's heading links its title: the article's own list, no flag",
       {{"21) The Harbour Wall: A Film About Stones",
         {{"The Harbour Wall: A Film About Stones", site + "culture/4723/harbour-wall-review"}}, Kind::kHeading}},
       0},
      {"list items whose time stamp stands before the headline link",
       {{"04.05.2026 Council delays the vote on the harbour bridge",
         {{"Council delays the vote on the harbour bridge", site + "city/4724/council-delays-vote"}}, Kind::kListItem},
        {"12:40 Ferry fares rise for the third year in a row",
         {{"Ferry fares rise for the third year in a row", site + "city/4725/ferry-fares-rise"}}, Kind::kListItem},
        {"4 May 2026 New pier opens after two years of work",
         {{"New pier opens after two years of work", site + "city/4726/new-pier-opens"}}, Kind::kListItem}},
       3},
      {"a grid of teasers laid out as table cells",
       {Card("Council delays the vote on the harbour bridge", site + "city/4728/council-delays-vote", Kind::kCell),
        Card("Ferry fares rise for the third year in a row", site + "city/4729/ferry-fares-rise", Kind::kCell)},
       2},
      {"a table of the article's own entries: a title beside its year",
       {Card("The Harbour Wall: A Film About Old Stones", site + "culture/4730/harbour-wall-review", Kind::kCell),
        {"2019", {}, Kind::kCell},
        Card("The Lighthouse Keepers and Their Long Winters", site + "culture/4731/lighthouse-review", Kind::kCell),
        {"2021", {}, Kind::kCell}},
       0},
      {"a list item of the article's own that opens with a year in a sentence",
       {{"In 2019 the council closed the old harbour bridge for good",
         {{"the council closed the old harbour bridge for good", site + "city/4727/bridge-closed"}}, Kind::kListItem}},
       0},
      {"an image link and a headline link to the same story are one promotion",
       {Card("Council approves the harbour budget at last", site + "city/council-approves-budget"),
        Card("Council approves the harbour budget at last, after a long night", site + "city/council-approves-budget")},
       1},
  };
}

TEST(RecirculationModuleTest, ModuleBetweenParagraphsCountsEachPromotedArticle) {
  for (const ModuleCase& c : ModuleCases()) {
    for (size_t lang = 0; lang < std::size(kOpening); ++lang) {
      std::vector<Para> paragraphs = {{kOpening[lang]}};
      paragraphs.insert(paragraphs.end(), c.module.begin(), c.module.end());
      paragraphs.push_back({kClosing[lang]});
      Article a = BuildArticle(paragraphs);
      a.canonical_url = "https://www.news.example/city/98765/ferry-stops";
      a.from_html = true;
      EXPECT_EQ(CrossLinks(a).size(), c.promoted) << c.name << " / paragraphs " << lang;
    }
  }
}

// One publisher's domains under several country codes are one site ("x.com" and
// "x.co.uk"); another name under the same suffix is another site.
TEST(RecirculationModuleTest, APublishersDomainUnderAnotherCountryCodeIsTheSameSite) {
  const struct {
    const char* target;
    size_t promoted;
  } cases[] = {
      {"https://www.example.co.uk/culture/4718/harbour-festival-returns", 1},
      {"https://example.de/kultur/4718/hafenfest-kehrt-zurueck", 1},
      {"https://www.example.com.au/culture/4718/harbour-festival-returns", 1},
      {"https://www.otherpaper.co.uk/culture/4718/harbour-festival-returns", 0},
  };
  for (const auto& c : cases) {
    Article a = BuildArticle({{kOpening[0]},
                              Card("Harbour festival returns with a longer programme", c.target, Kind::kListItem),
                              {kClosing[0]}});
    a.canonical_url = "https://www.example.com/city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_EQ(CrossLinks(a).size(), c.promoted) << c.target;
  }
}

TEST(RecirculationModuleTest, SameModuleAfterTheLastParagraphCountsNothing) {
  for (const ModuleCase& c : ModuleCases()) {
    std::vector<Para> paragraphs = {{kOpening[0]}, {kClosing[0]}};
    paragraphs.insert(paragraphs.end(), c.module.begin(), c.module.end());
    Article a = BuildArticle(paragraphs);
    a.canonical_url = "https://www.news.example/city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_TRUE(CrossLinks(a).empty()) << c.name;
  }
}

TEST(RecirculationModuleTest, WhatFollowsAModuleDecidesWhetherItIsInTheBody) {
  const std::string site = "https://news.example/";
  const std::vector<Para> module = {{"Related", {}, Kind::kHeading},
                                    Card("Bridge reopens after six months of repairs", site + "city/4711/bridge-reopens"),
                                    Card("Tram fares rise again in the spring", site + "city/4712/tram-fares-rise")};
  const struct {
    const char* name;
    std::vector<Para> after;
    size_t promoted;
  } cases[] = {
      {"an article paragraph", {{kClosing[0]}}, 2},
      {"a donation appeal",
       {{"Support independent journalism: please donate to keep our reporting free for everyone who reads it."}}, 0},
      {"a follow-us line and tags",
       {{"Follow us on Facebook for more stories about the city and the region around it every day."},
        {"Ferries Harbour Winter", {{"Ferries", site + "tag/ferries"}, {"Harbour", site + "tag/harbour"}}}},
       0},
      {"a teaser list with snippets",
       {Card("Market hall to close at the end of the year", site + "city/4713/market-hall-closes"),
        {"Traders will be offered places in a temporary pavilion by the river."},
        Card("School meals to be free for all pupils", site + "city/4714/free-school-meals"),
        {"The council approved the plan after a long debate on Tuesday night."}},
       0},
      {"template text printed twice",
       {{"You can react to this article once you have registered as a member of our site."},
        {"Log in"},
        {"You can react to this article once you have registered as a member of our site."}},
       0},
  };
  for (const auto& c : cases) {
    std::vector<Para> paragraphs = {{kOpening[0]}};
    paragraphs.insert(paragraphs.end(), module.begin(), module.end());
    paragraphs.insert(paragraphs.end(), c.after.begin(), c.after.end());
    Article a = BuildArticle(paragraphs);
    a.canonical_url = site + "city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_EQ(CrossLinks(a).size(), c.promoted) << c.name;
  }
}

// What follows a module is the article's text only when it is laid out like the
// article's paragraphs (TextBlock::layout), whatever the class names were: a
// comment thread or a comment box's notice after the last paragraph, in elements
// of their own, is page furniture.
TEST(RecirculationModuleTest, ParagraphsLaidOutUnlikeTheArticlesAreNotItsText) {
  const std::string site = "https://news.example/";
  constexpr uint32_t kArticle = 11, kLead = 12, kComments = 13, kNotice = 14;
  const std::vector<Para> module = {{"More from the coast", {}, Kind::kHeading, 15},
                                    {"Bridge reopens after six months of repairs",
                                     {{"Bridge reopens after six months of repairs", site + "city/4711/bridge-reopens"}},
                                     Kind::kListItem, 16},
                                    {"Tram fares rise again in the spring",
                                     {{"Tram fares rise again in the spring", site + "city/4712/tram-fares-rise"}},
                                     Kind::kListItem, 16}};
  const std::string comment = "I have taken that ferry every winter for twenty years and I will miss the night crossing.";
  const struct {
    const char* name;
    uint32_t lead;                 // the layout of the first paragraph
    std::vector<Para> after;       // after the module
    size_t promoted;
  } cases[] = {
      {"an article paragraph", kArticle, {{kClosing[0], {}, Kind::kParagraph, kArticle}}, 2},
      {"comments", kArticle,
       {{comment, {}, Kind::kParagraph, kComments}, {comment + " Really.", {}, Kind::kParagraph, kComments}}, 0},
      {"a comment box's notice", kArticle,
       {{"You must be logged in to take part in the discussion under this article.", {}, Kind::kParagraph, kNotice}},
       0},
      {"a paragraph laid out like the lead", kLead, {{kClosing[0], {}, Kind::kParagraph, kLead}}, 2},
      {"a quote in a blockquote", kArticle, {{kClosing[0], {}, Kind::kQuote, kNotice}}, 2},
      {"the article's paragraph, then comments", kArticle,
       {{kClosing[0], {}, Kind::kParagraph, kArticle}, {comment, {}, Kind::kParagraph, kComments}}, 2},
  };
  for (const auto& c : cases) {
    std::vector<Para> paragraphs = {{kOpening[0], {}, Kind::kParagraph, c.lead},
                                    {kOpening[1], {}, Kind::kParagraph, kArticle},
                                    {kOpening[2], {}, Kind::kParagraph, kArticle},
                                    {kOpening[3], {}, Kind::kParagraph, kArticle}};
    paragraphs.insert(paragraphs.end(), module.begin(), module.end());
    paragraphs.insert(paragraphs.end(), c.after.begin(), c.after.end());
    Article a = BuildArticle(paragraphs);
    a.canonical_url = site + "city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_EQ(CrossLinks(a).size(), c.promoted) << c.name;
  }
}

TEST(RecirculationModuleTest, LinksThatAreNotPromotionsCountNothing) {
  const std::string page = "https://news.example/city/379018/ferry-stops-for-winter";
  const struct {
    const char* name;
    Para block;
  } cases[] = {
      {"a link inside an article sentence",
       {"In April the company announced that it was expecting a third loss-making winter in a row.",
        {{"announced that it was expecting a third loss-making winter", "https://news.example/city/4711/ferry-loss"}}}},
      {"a linked clause ending a short sentence",
       {"In April the couple announced they are expecting a third child.",
        {{"announced they are expecting a third child.", "https://news.example/city/4711/third-child"}}}},
      {"this article's own photo viewer",
       Card("Passengers leave the last night ferry on Sunday", "https://news.example/photo/list?article_id=379018&pid=5")},
      {"this article itself", Card("Ferry company stops the night crossing", page + "?page=2")},
      {"a photo caption with its credit",
       Card("Deckhands tie up the ferry in the harbour. Photo: Jane Doe", "https://news.example/city/ferry-gallery-100.html")},
      {"a section front", Card("See all our videos from the team", "https://news.example/video-centre/")},
      {"a newsletter sign-up",
       Card("City email - sign-up for all the latest news and gossip", "https://news.example/city/4715/city-email-sign-up")},
      {"another site's story", Card("Ferry operators across Europe cut winter services", "https://other.example/news/4716/ferries")},
      {"this article in another language", Card("Lire cet article en français", "https://fr.news.example/ville/20260314/ferry-stops-for-winter/")},
      {"a tag named with a year", Card("ferry timetable winter 2026", "https://news.example/tag/ferry-timetable-2026/")},
      {"the byline's link to the author's page", Card("By Jane Roe Smith", "https://news.example/by/jane-roe-smith")},
      {"a subscription offer", Card("Get the paper delivered to your door every morning", "https://news.example/abo/print-delivery")},
      {"the site's app page", Card("Get the app for the latest news on your phone", "https://news.example/apps-products?pid=article")},
      {"the site's advertising page under an ad slot",
       Card("Advertise on News Example dot com today", "https://news.example/about/advertising/contact-form")},
      {"the site's about page", Card("Learn more about the people who make the paper", "https://news.example/about/our-team")},
      {"a photo caption with its credit behind a bar",
       Card("The captain lifts the cup after the final. | Photo: Agency", "https://news.example/city/4720/cup-final-gallery")},
      {"a sentence whose label is a clause, not a kicker",
       {"The ferry company said in a statement on Monday: winter crossings are cancelled",
        {{"winter crossings are cancelled", "https://news.example/city/4721/winter-crossings-cancelled"}}}},
      {"a digest's entry: a headline link and its own summary sentence",
       {"Ferry operator confirms the merger. The deal was signed by both boards on Monday evening.",
        {{"Ferry operator confirms the merger.", "https://news.example/business/4723/ferry-merger"}},
        Kind::kListItem}},
      {"a linked sentence followed by a year", {"The ferry company announced its results in 2019",
        {{"The ferry company announced its results", "https://news.example/business/4724/ferry-results"}}}},
      {"another site named nowhere in the label",
       {"On the radio: Ferry operators across Europe cut winter services",
        {{"Ferry operators across Europe cut winter services", "https://other.example/news/4716/ferries"}}}},
      {"a list item linking the end of its own sentence",
       {"Your season ticket will still be valid", {{"season ticket will still be valid", "https://news.example/city/4717/tickets-valid"}},
        Kind::kListItem}},
  };
  for (const auto& c : cases) {
    Article a = BuildArticle({{kOpening[0]}, c.block, {kClosing[0]}});
    a.canonical_url = page;
    a.from_html = true;
    EXPECT_TRUE(CrossLinks(a).empty()) << c.name;
  }
}

TEST(RecirculationModuleTest, ALinkedEntryOfTheArticlesOwnListIsNoCard) {
  const std::string site = "https://news.example/home/";
  Article a = BuildArticle({{kOpening[0]},
                            {"Do I need it this week?", {}, Kind::kListItem},
                            {"Where will I keep it?", {{"Where will I keep it", site + "4722/where-will-you-keep-it"}}, Kind::kListItem},
                            {"Is it in my budget?", {}, Kind::kListItem},
                            {"Would I buy it again at full price?", {}, Kind::kListItem},
                            {kClosing[0]}});
  a.canonical_url = "https://news.example/home/98765/buying-less";
  a.from_html = true;
  EXPECT_TRUE(CrossLinks(a).empty());
  // A list whose entries are all headline links is a module.
  Article module = BuildArticle({{kOpening[0]},
                                 Card("Where will you keep it all, asks a tidy expert", site + "4722/where-will-you-keep-it", Kind::kListItem),
                                 Card("Budget apps compared for a month", site + "4723/budget-apps-compared", Kind::kListItem),
                                 {"Would I buy it again at full price?", {}, Kind::kListItem},
                                 {kClosing[0]}});
  module.canonical_url = a.canonical_url;
  module.from_html = true;
  EXPECT_EQ(CrossLinks(module).size(), 2u);
}

TEST(RecirculationModuleTest, ModulesAfterTheTagLineAreAfterTheText) {
  const std::string site = "https://news.example/";
  for (const char* tags_url : {"https://news.example/tag/ferries", "https://news.example/en-tag/ferries"}) {
    Article a = BuildArticle({{kOpening[0]},
                              {kClosing[0]},
                              {"Tags: Ferries", {{"Ferries", tags_url}}},
                              {"Related articles", {}, Kind::kHeading},
                              Card("Bridge reopens after six months of repairs", site + "city/4711/bridge-reopens", Kind::kListItem),
                              Card("Tram fares rise again in the spring", site + "city/4712/tram-fares-rise", Kind::kListItem),
                              {"Sign up now and get every new story from our newsroom straight to your inbox today!"}});
    a.canonical_url = site + "city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_TRUE(CrossLinks(a).empty()) << tags_url;
  }
}

TEST(RecirculationModuleTest, AMarkerOverALinkToASectionFrontPromotesNothing) {
  Article a = BuildArticle({{kOpening[0]},
                            {"Recommended Videos", {}, Kind::kHeading},
                            {"Try refreshing your browser, or tap here to see other videos from our team.",
                             {{"tap here to see other videos from our team", "https://news.example/video-centre/"}}},
                            {kClosing[0]}});
  a.canonical_url = "https://news.example/city/98765/ferry-stops";
  a.from_html = true;
  EXPECT_TRUE(CrossLinks(a).empty());
}

TEST(RecirculationModuleTest, APlaylistOfManyCardsIsNotAPromotion) {
  std::vector<Para> paragraphs = {{kOpening[0]}, {"More videos", {}, Kind::kHeading}};
  for (int i = 0; i < 12; ++i) {
    const std::string n = std::to_string(4700 + i);
    paragraphs.push_back(Card("Video report number " + n + " from the harbour", "https://news.example/videos/" + n + "/report"));
  }
  paragraphs.push_back({kClosing[0]});
  Article a = BuildArticle(paragraphs);
  a.canonical_url = "https://news.example/city/98765/ferry-stops";
  a.from_html = true;
  EXPECT_TRUE(CrossLinks(a).empty());
}

TEST(RecirculationModuleTest, AHeadingOverALongListOfHeadlinesHeadsAFeed) {
  std::vector<Para> paragraphs = {{kOpening[3]}, {"Más noticias:"}};
  for (int i = 0; i < 10; ++i) {
    const std::string n = std::to_string(5100 + i);
    paragraphs.push_back({"Local", {{"Local", "https://news.example/local/"}}, Kind::kOther});
    paragraphs.push_back(Card("Noticia local número " + n + " del barrio norte", "https://news.example/local/" + n + "/noticia"));
  }
  paragraphs.push_back({kClosing[3]});
  Article a = BuildArticle(paragraphs);
  a.canonical_url = "https://news.example/cultura/98765/biblioteca";
  a.from_html = true;
  EXPECT_TRUE(CrossLinks(a).empty());
}

TEST(RecirculationModuleTest, HeadlinesAfterAMarkerAreStoriesNotShopItems) {
  Article a = BuildArticle({{kOpening[0]},
                            {"Don't miss:"},
                            Card("Wireless earbuds with charging case (latest model)",
                                 "https://shop.example/earbuds/dp/B0001?SubscriptionId=77&tag=news-20"),
                            Card("Harbour festival returns with a longer programme", "https://news.example/culture/4718/harbour-festival"),
                            {kClosing[0]}});
  a.canonical_url = "https://news.example/city/98765/ferry-stops";
  a.from_html = true;
  const std::vector<Signal> links = CrossLinks(a);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].fields.at("target_url").as_string(), "https://news.example/culture/4718/harbour-festival");
}

TEST(RecirculationModuleTest, TheSameStoryPromotedAgainFurtherDownCountsAgain) {
  const std::string url = "https://news.example/opinion/4711/harbour-plan-is-a-mistake";
  Article a = BuildArticle({{kOpening[0]},
                            {"Also interesting", {}, Kind::kHeading},
                            Card("Opinion: The harbour plan is a mistake", url),
                            {kClosing[0]},
                            {"Also interesting", {}, Kind::kHeading},
                            Card("Opinion: The harbour plan is a mistake", url),
                            {kOpening[1]}});
  a.canonical_url = "https://news.example/city/98765/ferry-stops";
  a.from_html = true;
  EXPECT_EQ(CrossLinks(a).size(), 2u);
}

TEST(RecirculationModuleTest, AParagraphSendingTheReaderToOtherCoverageCountsItsLinks) {
  Article a = BuildArticle(
      {{kOpening[0]},
       {"Follow our live coverage of the storm here, and read our guide to the ferry timetable for the weekend.",
        {{"here", "https://news.example/live/2026/03/14/storm-live"},
         {"our guide to the ferry timetable", "https://news.example/travel/4711/ferry-timetable-guide"}}},
       {kClosing[0]}});
  a.canonical_url = "https://news.example/city/98765/ferry-stops";
  a.from_html = true;
  EXPECT_EQ(CrossLinks(a).size(), 2u);
}

// Short one-sentence paragraphs around a module are the article's when they join a
// paragraph of the text, themselves or through a run of such sentences; a short
// line standing alone after the module (a call, a caption, a widget's messages) is not.
TEST(RecirculationModuleTest, ShortOneSentenceParagraphsAroundAModuleAreTheText) {
  const std::string site = "https://news.example/";
  const Para card1 = Card("Bridge reopens after six months of repairs", site + "city/4711/bridge-reopens", Kind::kListItem);
  const Para card2 = Card("Tram fares rise again in the spring", site + "city/4712/tram-fares-rise", Kind::kListItem);
  const Para short1 = {"The vote was put off again on Monday."};
  const Para short2 = {"Nobody on the board would say why."};
  const Para short3 = {"A new date has not been set yet."};
  const Para short4 = {"The harbour master was not at the meeting."};
  const Para shout = {"Sign up for our morning newsletter today."};
  const struct {
    const char* name;
    std::vector<Para> blocks;
    size_t promoted;
  } cases[] = {
      {"runs of short sentences between the module and the text",
       {{kOpening[0]}, short1, short2, card1, card2, short3, short4, {kClosing[0]}}, 2},
      {"short sentences only: no paragraph of the text to join", {short1, short2, card1, card2, short3, short4}, 0},
      {"a widget's short messages after the module",
       {{kOpening[0]}, short1, card1, card2, shout, {"Are you sure you want to delete this comment?"}}, 0},
      {"a short sentence after a full paragraph", {{kOpening[0]}, short1, card1, card2, short3, {kClosing[0]}}, 2},
      {"one short sentence alone after the module", {{kOpening[0]}, short1, card1, card2, shout}, 0},
      {"one short sentence alone before the module", {shout, card1, card2, {kClosing[0]}}, 0},
      {"short lines of too few words", {{"The vote was delayed."}, {"Nobody said why."}, card1, card2,
                                        {"No date was set."}, {"Talks go on."}}, 0},
  };
  for (const auto& c : cases) {
    Article a = BuildArticle(c.blocks);
    a.canonical_url = site + "city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_EQ(CrossLinks(a).size(), c.promoted) << c.name;
  }
}

TEST(RecirculationModuleTest, AnArticlePrintedTwiceCountsEachPlacementOnce) {
  const std::vector<Para> copy = {{kOpening[0]},
                                  Card("Bridge reopens after six months of repairs", "https://news.example/city/4711/bridge"),
                                  {kClosing[0]},
                                  Card("Tram fares rise again in the spring", "https://news.example/city/4712/tram-fares"),
                                  {kOpening[2]}};
  std::vector<Para> twice = copy;
  twice.insert(twice.end(), copy.begin(), copy.end());
  twice.push_back({kClosing[2]});
  Article a = BuildArticle(twice);
  a.canonical_url = "https://news.example/city/98765/ferry-stops";
  a.from_html = true;
  EXPECT_EQ(CrossLinks(a).size(), 2u);
}

// A closing credit ends the text ("(avec AFP)", "mit dpa"): a module after it is
// after the body. An article sentence that opens the way such a credit does ("With
// the ...", "Con el ...") names no agency and ends nothing.
TEST(RecirculationModuleTest, OnlyACreditThatNamesAnAgencyEndsTheText) {
  const std::string site = "https://news.example/";
  const struct {
    const char* name;
    Para line;
    size_t promoted;
  } cases[] = {
      {"a sentence opening with 'With'",
       {"With the season over, the club will now look for a new coach and a new captain before the summer."}, 1},
      {"a sentence opening with 'Con'",
       {"Con el objetivo de reaccionar pronto, el equipo local salió a presionar en el campo rival desde el inicio."}, 1},
      {"a closing agency tag", {"(avec AFP)"}, 0},
      {"a closing 'mit dpa'", {"mit dpa"}, 0},
  };
  for (const auto& c : cases) {
    Article a = BuildArticle({{kOpening[0]},
                              {kClosing[0]},
                              c.line,
                              Card("Bridge reopens after six months of repairs", site + "city/4711/bridge-reopens"),
                              {kOpening[2]}});
    a.canonical_url = site + "city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_EQ(CrossLinks(a).size(), c.promoted) << c.name;
  }
}

// A page of thousands of closing credits, each after a paragraph: the first that
// follows two paragraphs ends the text, so the module after it counts nothing
// (the paragraphs before each credit are counted once for the page, not per credit).
TEST(RecirculationModuleTest, ThousandsOfClosingCreditsEndTheTextAtTheFirst) {
  const std::string site = "https://news.example/";
  std::vector<Para> blocks = {{kOpening[0]}, {kClosing[0]}, {"(avec AFP)"},
                              Card("Bridge reopens after six months of repairs", site + "city/4711/bridge-reopens")};
  for (int i = 0; i < 10000; ++i) {
    blocks.push_back({kOpening[2]});
    blocks.push_back({"(avec AFP)"});
  }
  Article a = BuildArticle(blocks);
  a.canonical_url = site + "city/98765/ferry-stops";
  a.from_html = true;
  EXPECT_EQ(CrossLinks(a).size(), 0u);
}

// A one-paragraph promo: a "read also" label in the page's language and a link to
// another story (here on a partner site, which a marker may promote).
TEST(RecirculationModuleTest, AReadAlsoLabelInTheLanguagesOfThePressMarksItsLink) {
  const char* const labels[] = {
      "READ ALSO:", "Lesen Sie auch:", "Lire aussi :", "Leia também:", "Lee también:", "Czytaj też:",
      "Читайте также:", "Ayrıca okuyun:", "Devamını oku:", "اقرأ أيضا:", "【関連記事】", "相关阅读：", "【延伸閱讀】",
      "관련기사:", "▶ 관련 기사:", "Xem thêm:", "อ่านเพิ่มเติม:", "อ่านข่าวเพิ่มเติม :", "ข่าวเกี่ยวข้อง:", "קראו עוד:", "بیشتر بخوانید:", "Прочетете още:",
      "Pročitajte još:", "Preberite tudi:", "Taip pat skaitykite:", "Lasi arī:", "Loe ka:", "Llegeix també:",
      "Soma pia:", "Basahin din:", "আরও পড়ুন:", "यह भी पढ़ें:", "Leggi anche:", "Lees ook:", "Läs också:",
      "Čtěte také:", "Citește și:", "Διαβάστε επίσης:", "Baca juga:", "Читайте також:", "Lue myös:", "Vezi și:",
      "Przeczytaj także:", "Voir aussi :", "Lesen Sie dazu:", "Прочитајте још:",
  };
  const std::string headline = "Harbour festival returns with a longer programme";
  for (const char* label : labels) {
    Article a = BuildArticle({{kOpening[0]},
                              {std::string(label) + " " + headline, {{headline, "https://partner.example/culture/4718/harbour-festival"}}},
                              {kClosing[0]}});
    a.canonical_url = "https://news.example/city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_EQ(CrossLinks(a).size(), 1u) << label;
  }
  // The same words opening a sentence, without a colon, mark nothing: an unmarked
  // link to another site is no promotion.
  for (const char* line : {"Voir aussi la carte des travaux publiée par la mairie", "Zum Thema Hafen äußerte sich die Stadt"}) {
    const std::string text = line;
    const std::string anchor = text.substr(text.size() - 20);
    Article a = BuildArticle({{kOpening[0]}, {text, {{anchor, "https://partner.example/city/4719/harbour-map"}}}, {kClosing[0]}});
    a.canonical_url = "https://news.example/city/98765/ferry-stops";
    a.from_html = true;
    EXPECT_TRUE(CrossLinks(a).empty()) << line;
  }
}

TEST(RecirculationModuleTest, AMarkerWithoutALinkPromotesNothingInAnHtmlPage) {
  std::vector<Para> paragraphs = {{kOpening[0]}, {"ALSO READ | Singer donates a signed dress to the fire appeal"}, {kClosing[0]}};
  Article text = BuildArticle(paragraphs);
  EXPECT_EQ(CrossLinks(text).size(), 1u);  // plain text: the headline is all there is
  Article html = BuildArticle(paragraphs);
  html.from_html = true;
  EXPECT_TRUE(CrossLinks(html).empty());
}

// A page whose canonical link names another site's page is a syndicated copy: its
// own address (og:url, or the URL it was fetched from) is kept beside the canonical,
// and both sites are the page's own for unmarked cards.
TEST(RecirculationModuleTest, ASyndicatedCopyKeepsItsOwnAddress) {
  const struct {
    const char* head;
    const char* fetched_from;
    const char* own_url;
  } cases[] = {
      {R"(<link rel="canonical" href="https://sister.example/a/story-1.html">
          <meta property="og:url" content="https://this.example/b/story-1.html">)",
       "", "https://this.example/b/story-1.html"},
      {R"(<link rel="canonical" href="https://sister.example/a/story-1.html">)", "https://this.example/b/story-1.html",
       "https://this.example/b/story-1.html"},
      {R"(<link rel="canonical" href="https://this.example/b/story-1.html">
          <meta property="og:url" content="https://this.example/b/story-1.html?ref=feed">)",
       "", ""},
      {R"(<meta property="og:url" content="https://this.example/b/story-1.html">)", "", ""},
  };
  for (const auto& c : cases) {
    const std::string html = std::string("<html><head>") + c.head +
                             "</head><body><article><p>The harbour reopened on Monday after two weeks of repairs to the "
                             "old sea wall.</p></article></body></html>";
    Result<Article> article = testing::BuiltinExtractor().Extract(html, c.fetched_from);
    ASSERT_TRUE(article.ok()) << c.head;
    EXPECT_EQ(article->own_url, c.own_url) << c.head;
  }
}

// A republished copy that names its original (Google News' syndication tags, as a
// <link> or a <meta>) on another site than its canonical: the original's address is
// kept, and that site is the story's too.
TEST(RecirculationModuleTest, ARepublishedCopyKeepsTheOriginalItDeclares) {
  const struct {
    const char* head;
    const char* source_url;
  } cases[] = {
      {R"(<link rel="canonical" href="https://portal.example/news/story-1.html">
          <link rel="syndication-source" href="https://network.example/US/story?id=4711">)",
       "https://network.example/US/story?id=4711"},
      {R"(<link rel="canonical" href="https://portal.example/news/story-1.html">
          <meta name="original-source" content="https://network.example/US/story?id=4711">)",
       "https://network.example/US/story?id=4711"},
      {R"(<link rel="canonical" href="https://www.portal.example/news/story-1.html">
          <link rel="syndication-source" href="https://portal.example/news/story-1.html">)",
       ""},
      {R"(<link rel="canonical" href="https://portal.example/news/story-1.html">)", ""},
  };
  for (const auto& c : cases) {
    const std::string html = std::string("<html><head>") + c.head +
                             "</head><body><article><p>The harbour reopened on Monday after two weeks of repairs to the "
                             "old sea wall.</p></article></body></html>";
    Result<Article> article = testing::BuiltinExtractor().Extract(html, "");
    ASSERT_TRUE(article.ok()) << c.head;
    EXPECT_EQ(article->source_url, c.source_url) << c.head;
  }
}

// Whole pages through the HTML extractor: modules however built, in several
// languages, and the ones a reader never sees or that sit outside the text.
TEST(RecirculationModuleTest, HtmlPagesCountTheModulesAReaderSeesBetweenParagraphs) {
  const struct {
    const char* file;
    size_t promoted;
    std::vector<std::string> headlines;  // when given, the promoted headlines in order
  } cases[] = {
      {"en_aside_between_paragraphs.html", 3,
       {"Island school to close at the end of the year", "New pier opens after two years of building work",
        "Ferry company posts its third loss in a row"}},
      {"de_heading_and_kicker_list.html", 3,
       {"Gaspreise sinken zum ersten Mal seit Jahren", "Die Stadtwerke müssen ihre Preise besser erklären",
        "So sparen Sie im Winter beim Heizen"}},
      {"fr_cards_and_marker.html", 2, {}},
      {"es_marker_and_sentence_links.html", 1, {"La nueva sala de estudio abre sus puertas en el barrio norte"}},
      {"ja_marker_between_paragraphs.html", 1, {"市立図書館の学習室、受験期は満席続き 利用者から増設求める声"}},
      {"en_figure_card_grid.html", 2, {"Bottom six clubs issue restart ultimatum", "Former coach lifts lid on his sacking"}},
      {"en_module_after_the_body.html", 0, {}},
      {"en_hidden_modules.html", 0, {}},
      {"en_layout_column_beside_chunks.html", 0, {}},
      // A ranking's entry headings ("9. <a>Title</a>") link to their own pages:
      // the article's list, not promotions; the related box among them counts.
      {"en_numbered_list_entries.html", 1, {"Game shops report record sales before the holidays"}},
      // A card above the author's blurb and a print-edition line is after the text.
      {"en_blurb_after_module.html", 0, {}},
      // A table's rows (a linked title, a year, a note) are data, not cards
      // between paragraphs.
      {"en_table_of_entries.html", 0, {}},
      // An embedded video and an embedded chart, each with a teaser of its own page,
      // are this article's media; the card for another story counts.
      {"de_player_boxes.html", 1, {}},
      // A card whose overlay link shows only a screen-reader label: the headline
      // beside it is what the reader sees.
      {"en_overlay_link_card.html", 1, {"The promised revolution Is artificial intelligence a damp squib?"}},
      // The rest of the text ships hidden behind a paywall: it stays the article's
      // text, but the card inside it is not shown to every reader; the card in the
      // open part counts.
      {"en_paywalled_continuation.html", 1, {"Island school to close at the end of the year"}},
      // Modules however built between paragraphs: a headline link in a bold line, a
      // teaser box with hashed class names (picture, kicker, headline), an embedded
      // post, an "Editor's picks" list; not the inline citation, the byline's
      // author link, the list of sources, the tags or the list after them.
      {"en_module_builds.html", 5,
       {"Cracks in the harbour wall widen after the spring storms", "Fishing Fishermen fear for their season as the quay closes",
        "Opinion: the old wall is worth saving, stone by stone", "Tram line to the harbour approved at last",
        "Market hall reopens after a long refurbishment"}},
      // A figure without a picture that frames a related box is the box.
      // A module after the last paragraph, then a comment thread and a comment
      // box's notice, every class a meaningless token: the comments are laid out
      // unlike the article's paragraphs, so the module is after the text; the card
      // between paragraphs counts.
      {"en_comment_thread_after_module.html", 1, {"North lighthouse lamp shines again after restoration"}},
      // Teaser cards whose section link (to a topic hub) and time stamp follow the
      // headline, hashed class names: the section link is the card's kicker, not
      // the article's tag line, so the text goes on and both cards count.
      {"de_card_section_kicker.html", 2,
       {"Die alte Brücke ist nach langer Sanierung wieder offen",
        "Die Fähre am Nordufer fährt ab Mai wieder jede halbe Stunde"}},
      // A card whose headline is an unlinked heading and whose one link is a call to
      // action under its picture ("View the photos"), and a teaser whose headline
      // link sits in an element named a caption, hashed or plain class names: both
      // count; a picture caption that is all one link but carries its credit, and a
      // fact box of advice with a short "More advice" link, do not. The card's
      // anchor is its heading and its call to action, as the reader sees them.
      {"en_caption_and_call_to_action_cards.html", 2,
       {"Seven garden plants that are poisonous to dogs View the photos", "River reaches its highest level in forty years"}},
      // A syndicated copy: its canonical link names the original on a sister site,
      // og:url this page; a card to another page of this page's own site counts.
      {"de_syndicated_copy_card.html", 1, {"Diese Brücken werden im Sommer saniert Bilder ansehen"}},
      // A weekly edition that prints several whole articles, each opening with its
      // headline link (laid out as the first one's), a byline and its text: the
      // next article's headline is no card; a marked promotion inside one counts.
      {"en_weekly_edition.html", 1, {"Ferry fares rise for the third year in a row"}},
      // A portal's copy of a network's story (rel=syndication-source names the
      // original): three stand-alone headline paragraphs to the network's other
      // stories count; the same page without the tag reads them as links to
      // another site (en_partner_headlines_undeclared.html, below).
      {"en_syndication_source_headlines.html", 3,
       {"Lighthouse keeper retires after forty winters on the rock", "Seal pup found asleep on the ferry ramp",
        "Island bakery wins the national bread prize"}},
      {"en_partner_headlines_undeclared.html", 0, {}},
      {"en_figure_related_box.html", 3,
       {"Community gardens open on school grounds", "Seed library lends out its first packets",
        "Rainwater barrels handed out for free"}},
      // The text cut into two containers named as the body, a rail floated into it
      // after the lede (a gallery card of another story, two teasers): one body, the
      // rail between its paragraphs.
      {"en_body_split_by_floated_rail.html", 3,
       {"Gallery Storm night on the quay: the waves that closed the harbour for three days last winter.",
        "Council delays the vote on the harbour bridge", "Island school to close at the end of the year"}},
      // ... and by inline boxes after the first paragraph: a "Multimedia" label, a
      // link to a timeline page, a picture.
      {"en_body_split_by_inline_box.html", 1, {"TIMELINE: 150 Years at the Old Course"}},
      // ... with class names that say nothing (a site's own): the lede in a
      // container of the same tag and class as the rest, a run of paragraphs, the
      // rail after it: one body still.
      {"en_body_split_unnamed_classes.html", 2,
       {"Bus depot plan goes to a public inquiry", "River school wins funding for a new roof"}},
      // Hard negatives, names unknown: a container of the body's kind after a box
      // (the paper's "about us" after an ad with a teaser) and one before it that
      // holds another story's brief under its own heading are not the body.
      {"en_unnamed_module_after_box.html", 0, {}},
      {"en_unnamed_brief_before_box.html", 0, {}},
      // The article's own slideshow among its paragraphs (thumbnails, its title and
      // "view all photos" all linking its viewer) and an embedded feed of posts under
      // a title linking its collection page: the article's media, no promotions.
      {"en_own_gallery_strip.html", 0, {}},
      {"en_embedded_post_feed.html", 0, {}},
  };
  for (const auto& c : cases) {
    const std::string html = testing::ReadFile(std::filesystem::path(PROVSCORE_TEST_DATA) / "cross_links" / c.file);
    ASSERT_FALSE(html.empty()) << c.file;
    Result<Article> article = testing::BuiltinExtractor().Extract(html, "");
    ASSERT_TRUE(article.ok()) << c.file;
    const std::vector<Signal> links = CrossLinks(*article);
    EXPECT_EQ(links.size(), c.promoted) << c.file << "\n" << article->text;
    if (c.headlines.empty() || links.size() != c.headlines.size()) continue;
    for (size_t i = 0; i < links.size(); ++i) {
      EXPECT_EQ(links[i].fields.at("headline").as_string(), c.headlines[i]) << c.file;
    }
  }
}

// An article's own page opens with its text: a headline link set as a heading
// between its paragraphs is a card (the edition's rule needs a body that opens
// with a headline link over the text).
TEST(CrossLinkDetectorTest, AHeadingCardInAnArticleThatOpensWithItsTextCounts) {
  const std::string html =
      "<!doctype html><html lang=\"en\"><head><link rel=\"canonical\" "
      "href=\"https://www.harbour-weekly.example/Articles/4711/\"></head><body><div class=\"ArticleText\">"
      "<p>The harbour board met on Monday evening and agreed to publish the full cost of the repairs before the "
      "summer.</p>"
      "<p>Engineers told the meeting that the wall had moved by several centimetres since the storms of last "
      "winter.</p>"
      "<h2 class=\"SummaryHL\"><a href=\"/Articles/4650/\">Ferry fares rise for the third year in a row</a></h2>"
      "<p>The chair of the board said the figures would be made public once the insurers had seen the final "
      "report, and that the council would be told first, at its meeting in the town hall next month.</p>"
      "<p>Residents who live along the front have asked for a public meeting before any of the work on the wall "
      "begins, and a petition to that end has already been signed by more than four hundred people.</p>"
      "</div></body></html>";
  Result<Article> article = testing::BuiltinExtractor().Extract(html, "");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(CrossLinks(*article).size(), 1u) << article->text;
  // The same page opening with a headline link over its text is an edition: the
  // heading is the next article's.
  const std::string edition = std::string(html).replace(
      html.find("<p>The harbour"), 0,
      "<h2 class=\"SummaryHL\"><a href=\"/Articles/4711/x\">Harbour board publishes the cost of the wall</a></h2>");
  Result<Article> printed = testing::BuiltinExtractor().Extract(edition, "");
  ASSERT_TRUE(printed.ok());
  EXPECT_EQ(CrossLinks(*printed).size(), 0u) << printed->text;
}

}  // namespace
}  // namespace provscore
