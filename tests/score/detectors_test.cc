#include "score/detectors.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/score/article_builder.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::BuildArticle;
using testing::Filler;
using testing::Para;

const RuleSet& Rules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    auto r = RuleSet::Load({fs::path(PROVSCORE_SOURCE_DIR) / "rules"});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return *r;
  }();
  return *rules;
}

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
                                   {{"Bus lanes extended", "https://x.example/a"},
                                    {"Tram fares rise", "https://x.example/b"},
                                    {"Library opens", "https://x.example/c"}}},
                                  {Filler("the port")}});
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(links[0].fields.at("target_url").as_string(), "https://x.example/a");
  EXPECT_EQ(links[2].fields.at("headline").as_string(), "Library opens");
}

TEST(CrossLinkDetectorTest, MarkerStandingAloneTakesTheHeadlinesThatFollow) {
  const Article a = BuildArticle({{Filler("the budget")},
                                  {"Related:"},
                                  {"Storm closes the coast road", {{"Storm closes the coast road", "https://x.example/s"}}},
                                  {"New library opens downtown", {{"New library opens downtown", "https://x.example/l"}}},
                                  {Filler("the port")}});
  const auto links = OfType(Detect(a), kSignalInjectedCrossLink);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[1].fields.at("target_url").as_string(), "https://x.example/l");
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
