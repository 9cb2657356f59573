#include "score/signals/detectors.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/score/article_builder.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::BuildArticle;
using testing::Filler;
using testing::Para;

const RuleSet& Rules() { return testing::BuiltinRules(); }

std::vector<Signal> OfType(const std::vector<Signal>& all, const std::string& type) {
  std::vector<Signal> out;
  for (const Signal& s : all) {
    if (s.type == type) out.push_back(s);
  }
  return out;
}

std::vector<Signal> Detect(const Article& a) { return DetectorSet::Default().Detect(a, Rules()); }

TEST(CrossLinkDetectorTest, MarkerLineBetweenParagraphsCountsOnce) {
  const Article a = BuildArticle({{Filler("the budget")}, {"READ ALSO :Ukraine talks stall again"}, {Filler("the port")}});
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].fields.at("marker").as_string(), "READ ALSO");
  EXPECT_EQ(links[0].fields.at("headline").as_string(), "Ukraine talks stall again");
  EXPECT_TRUE(links[0].fields.at("target_url").is_null());
  const Evidence& e = links[0].evidence.at(0);
  EXPECT_EQ(e.where, "body");
  EXPECT_EQ(a.text.substr(e.start, e.end - e.start), "READ ALSO :Ukraine talks stall again");
}

TEST(CrossLinkDetectorTest, EachLinkInAMarkerBlockIsOneSignal) {
  const Article a = BuildArticle({{Filler("the budget")},
                                  {"Read also: Bus lanes extended | Tram fares rise | Library opens",
                                   {{"Bus lanes extended", "https://x.example/city/bus-lanes-extended"},
                                    {"Tram fares rise", "https://x.example/city/tram-fares-rise"},
                                    {"Library opens", "https://x.example/2026/03/12/library"}}},
                                  {Filler("the port")}});
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(links[0].fields.at("target_url").as_string(), "https://x.example/city/bus-lanes-extended");
  EXPECT_EQ(links[2].fields.at("headline").as_string(), "Library opens");
}

TEST(CrossLinkDetectorTest, MarkerStandingAloneTakesTheHeadlinesThatFollow) {
  const Article a = BuildArticle({{Filler("the budget")},
                                  {"Related:"},
                                  {"Storm closes the coast road", {{"Storm closes the coast road", "https://x.example/news/storm"}}},
                                  {"New library opens downtown", {{"New library opens downtown", "https://x.example/news/library-opens"}}},
                                  {Filler("the port")}});
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[1].fields.at("target_url").as_string(), "https://x.example/news/library-opens");
}

TEST(CrossLinkDetectorTest, ListAfterTheLastParagraphIsNotCounted) {
  const Article a = BuildArticle({{Filler("the budget")}, {Filler("the port")},
                                  {"Read also on the Daily:"},  // a longer marker: its headlines follow
                                  {"Queen diagnosed with a cold"},
                                  {"Residents speak about the storm"},
                                  {"Subscribe to our newsletter and follow us on Facebook for more news about life in the "
                                   "city and the region, every single morning of the week."}});
  EXPECT_TRUE(OfType(Detect(a), kSignalInjectedCrossLink).empty());
}

TEST(CrossLinkDetectorTest, MarkerBeforeTheFirstParagraphIsNotCounted) {
  const Article a = BuildArticle({{"Read: Earlier coverage of the vote"}, {Filler("the budget")}, {Filler("the port")}});
  EXPECT_TRUE(OfType(Detect(a), kSignalInjectedCrossLink).empty());
}

TEST(CrossLinkDetectorTest, ResidueAfterTheMarkerIsNotArticleText) {
  const Article a = BuildArticle({{Filler("the budget")},
                                  {"READ ALSO :Bombings reported overnight"},
                                  {Filler("the port")},
                                  {"Read:   Is the governor really in town as he claims?"},
                                  {"Previous articleOne more star joins the team"},
                                  {"Next articleWindows tests a watermark"}});
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].fields.at("headline").as_string(), "Bombings reported overnight");
}

std::string Long(const std::string& topic) {
  return Filler(topic) + " Residents said they had waited years for the change and hoped it would come quickly.";
}

TEST(CrossLinkDetectorTest, UnmarkedCardsBetweenParagraphsCountOncePerLink) {
  Article a = BuildArticle(
      {{Long("the budget")},
       {"Storm closes the coast road for a week", {{"Storm closes the coast road for a week", "https://x.example/news/storm-closes-road"}},
        TextBlock::Kind::kHeading},
       {"Library opens in the old post office", {{"Library opens in the old post office", "https://x.example/city/library-opens"}},
        TextBlock::Kind::kOther},
       {Long("the port")}});
  a.canonical_url = "https://www.x.example/city/budget-vote";
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_TRUE(links[0].fields.at("marker").is_null());
  EXPECT_EQ(links[0].rule, "cl.unmarked-card");
  EXPECT_EQ(links[1].evidence[0].text, "Library opens in the old post office");
}

TEST(CrossLinkDetectorTest, CardsThatAreNotOtherArticlesAreNotCounted) {
  const struct {
    const char* name;
    std::string anchor;
    std::string url;
  } cases[] = {
      {"another site", "Storm closes the coast road for a week", "https://elsewhere.example/news/storm-closes-road"},
      {"a section page", "Politics", "https://x.example/politics/"},
      {"a subscription offer", "Two months for one euro, no commitment", "https://x.example/abonnement/offer-2026"},
      {"a tag page", "Human rights in the region and beyond", "https://x.example/tag/human-rights"},
      {"an image", "Enlarge this image of the flooded street", "https://media.x.example/assets/img/flood-street.jpg"},
  };
  for (const auto& c : cases) {
    Article a = BuildArticle({{Long("the budget")}, {c.anchor, {{c.anchor, c.url}}}, {Long("the port")}});
    a.canonical_url = "https://x.example/city/budget-vote";
    EXPECT_TRUE(OfType(Detect(a), kSignalInjectedCrossLink).empty()) << c.name;
  }
}

TEST(CrossLinkDetectorTest, AStoryFiledUnderASectionIsStillAnArticle) {
  const std::string url = "https://x.example/sections/the-wire/2016/12/09/505002146/council-approves-budget";
  Article a = BuildArticle({{Long("the budget")}, {"Council approves the budget at last", {{"Council approves the budget at last", url}}},
                            {Long("the port")}});
  a.canonical_url = "https://x.example/sections/news/2016/12/15/505100000/port";
  EXPECT_EQ(OfType(Detect(a), kSignalInjectedCrossLink).size(), 1u);
}

TEST(CrossLinkDetectorTest, NothingAfterTheArticlesEndCounts) {
  // A closing credit line ends the article; the teaser list after it is not in-body.
  Article a = BuildArticle({{Long("the budget")},
                            {Long("the port")},
                            {"With reports from Reuters and AFP."},
                            {"DOJ returns convicted nationals to Mexico", {{"DOJ returns convicted nationals to Mexico",
                                                                          "https://x.example/news/doj-returns-nationals"}}},
                            {Long("the tomato tariff")}});
  a.canonical_url = "https://x.example/news/budget";
  EXPECT_TRUE(OfType(Detect(a), kSignalInjectedCrossLink).empty());
}

TEST(CrossLinkDetectorTest, TheSameTargetTwiceIsOneSignal) {
  const std::string url = "https://x.example/city/bridge-reopens-after-repairs";
  Article a = BuildArticle({{Long("the budget")},
                            {"Bridge reopens after repairs", {{"Bridge reopens after repairs", url}}},
                            {"READ ALSO: Bridge reopens", {{"Bridge reopens", url}}},
                            {Long("the port")}});
  a.canonical_url = "https://x.example/city/budget";
  EXPECT_EQ(OfType(Detect(a), kSignalInjectedCrossLink).size(), 1u);
}

TEST(CrossLinkDetectorTest, TopicMarkerTakesItsHeadlinesButNotAnAppAdvert) {
  Article a = BuildArticle(
      {{Long("the budget")},
       {"More on the budget:"},
       {"Download the City News app for full coverage", {{"Download the City News app for full coverage",
                                                           "https://x.example/tech/city-news-app-launches-today"}}},
       {"What the new parking rules mean for you", {{"What the new parking rules mean for you",
                                                     "https://x.example/city/new-parking-rules-explained"}}},
       {Long("the port")}});
  a.canonical_url = "https://x.example/city/budget-vote";
  const std::vector<Signal> all = Detect(a);
  const auto links = OfType(all, kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].fields.at("marker").as_string(), "More on the budget");
  EXPECT_EQ(links[0].fields.at("target_url").as_string(), "https://x.example/city/new-parking-rules-explained");
  // The app advert is reported as what it is.
  const auto promo = OfType(all, kSignalPromotionalBoilerplate);
  ASSERT_EQ(promo.size(), 1u);
  EXPECT_EQ(promo[0].fields.at("kind").as_string(), "app");
}

TEST(CrossLinkDetectorTest, CardMayStandBehindASubheadingAndACaption) {
  // An audio teaser card, then the next section's subheading and its photo caption.
  Article a = BuildArticle(
      {{Long("the budget")},
       {"45:47 Fire brigades protest the later retirement age | audio",
        {{"45:47 Fire brigades protest the later retirement age | audio",
          "https://x.example/audio/fire-brigades-protest-100.html"}},
        TextBlock::Kind::kListItem},
       {"Council overlooked the report", {}, TextBlock::Kind::kHeading},
       {"Firefighters in breathing masks"},
       {Long("the port")}});
  a.canonical_url = "https://x.example/politics/budget-vote-100.html";
  EXPECT_EQ(OfType(Detect(a), kSignalInjectedCrossLink).size(), 1u);
}

TEST(TranslationNoticeDetectorTest, RepeatedNoticeInSeveralLanguagesIsOneSignal) {
  const Article a = BuildArticle(
      {{"The article has been automatically translated into English by Google Translate from Russian and has not been edited."},
       {"Переклад цього матеріалу українською мовою з російської було автоматично здійснено сервісом Google Translate, без "
        "подальшого редагування тексту."},
       {Filler("the summit")}});
  const auto notices = OfType(Detect(a), kSignalTranslationNotice);
  ASSERT_EQ(notices.size(), 1u);
  const Signal& n = notices[0];
  EXPECT_EQ(n.evidence.size(), 2u);
  EXPECT_EQ(n.fields.at("kind").as_string(), "machine");
  EXPECT_EQ(n.fields.at("from_lang").as_string(), "ru");
  EXPECT_EQ(n.fields.at("to_lang").as_string(), "en");
  EXPECT_EQ(n.fields.at("engine").as_string(), "Google Translate");
  EXPECT_FALSE(n.fields.at("edited").as_bool());
  for (const Evidence& e : n.evidence) EXPECT_EQ(a.text.substr(e.start, e.end - e.start), e.text);
}

TEST(TranslationNoticeDetectorTest, NoNoticeNoSignal) {
  const Article a = BuildArticle({{Filler("the summit")}, {Filler("the port")}});
  EXPECT_TRUE(OfType(Detect(a), kSignalTranslationNotice).empty());
}

TEST(PhraseDetectorTest, ClutterIsReportedWithItsKind) {
  const Article a = BuildArticle({{"Home World News Putin orders troops into the region"},
                                  {Filler("the summit")},
                                  {"Photo: Shutterstock"},
                                  {"Do you want more news? Support us donate! Also subscribe to our page Facebook."},
                                  {"1085 requests in 1,336 seconds."}});
  const auto signals = Detect(a);
  const auto residue = OfType(signals, kSignalPageResidue);
  std::set<std::string> kinds;
  for (const Signal& s : residue) kinds.insert(std::string(s.fields.at("kind").as_string()));
  EXPECT_EQ(kinds, (std::set<std::string>{"breadcrumb", "photo_credit", "generator_footer"}));
  EXPECT_EQ(OfType(signals, kSignalPromotionalBoilerplate).size(), 2u);
}

TEST(PhraseDetectorTest, MojibakeIsOneSignalWithEverySpan) {
  const Article a = BuildArticle({{"Subscribe to our РєР ° РЅР ° Р »РІ Telegram and Instagram."},
                                  {"It‘s a cafÃ© with â€œquotesâ€ in it."}});
  const auto damage = OfType(Detect(a), kSignalEncodingCorruption);
  ASSERT_EQ(damage.size(), 1u);
  EXPECT_GE(damage[0].evidence.size(), 3u);
  EXPECT_EQ(damage[0].fields.at("spans").as_uint64(), damage[0].evidence.size());
}

TEST(PhraseDetectorTest, OrdinaryCyrillicIsNotMojibake) {
  const Article a = BuildArticle({{"Россия и США договорились о встрече в Женеве; Сергей Лавров прибыл утром."}});
  EXPECT_TRUE(OfType(Detect(a), kSignalEncodingCorruption).empty());
}

}  // namespace
}  // namespace provscore
