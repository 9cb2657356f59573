#include "score/scoring/scorer.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace provscore {
namespace {

namespace json = boost::json;

const char* kModel = R"({
  "schema": "provscore.scoring/1",
  "dimensions": [
    {"name": "attribution", "base": 50, "weight": 1},
    {"name": "integrity", "base": 100, "weight": 1}
  ],
  "effects": [
    {"signal": "wire_attribution", "when": {"role": "credit"}, "dimension": "attribution", "points": 30, "max_total": 40,
     "reason": "Credits {outlet}."},
    {"signal": "injected_cross_link", "dimension": "integrity", "points": -8, "max_total": -20,
     "reason": "Cross-link to {target_url}."},
    {"fact": "no_authors", "dimension": "attribution", "points": -10, "reason": "No author."}
  ],
  "grades": [{"min": 80, "grade": "A"}, {"min": 50, "grade": "C"}, {"min": 0, "grade": "F"}]
})";

Signal MakeSignal(const std::string& type, json::object fields) {
  Signal s;
  s.type = type;
  s.rule = "test";
  s.confidence = 0.9;
  s.evidence.push_back({"x", 0, 1, "body"});
  s.fields = std::move(fields);
  return s;
}

Scorer ModelScorer() {
  auto scorer = Scorer::FromJson(json::parse(kModel));
  EXPECT_TRUE(scorer.ok()) << scorer.status().message();
  return *scorer;
}

TEST(ScorerTest, NoSignalsGivesBaseScoresAndFacts) {
  ReliabilityProfile p;
  ModelScorer().Score(p);
  EXPECT_DOUBLE_EQ(p.scores.dimensions.at("attribution"), 40.0);
  EXPECT_DOUBLE_EQ(p.scores.dimensions.at("integrity"), 100.0);
  EXPECT_DOUBLE_EQ(p.scores.overall, 70.0);
  EXPECT_EQ(p.scores.grade, "C");
  ASSERT_EQ(p.reasons.size(), 1u);
  EXPECT_EQ(p.reasons[0].signal, -1);
  EXPECT_EQ(p.reasons[0].text, "No author.");
}

TEST(ScorerTest, EffectsAreCappedAndEveryPointIsExplained) {
  ReliabilityProfile p;
  p.article.authors.push_back({"Jane Doe", "byline", 0.8});
  p.signals.push_back(MakeSignal("wire_attribution", {{"outlet", "Reuters"}, {"role", "credit"}}));
  p.signals.push_back(MakeSignal("wire_attribution", {{"outlet", "AP"}, {"role", "credit"}}));
  p.signals.push_back(MakeSignal("wire_attribution", {{"outlet", "BBC"}, {"role", "citation"}}));
  for (int i = 0; i < 4; ++i) p.signals.push_back(MakeSignal("injected_cross_link", {{"target_url", "u" + std::to_string(i)}}));
  ModelScorer().Score(p);
  EXPECT_DOUBLE_EQ(p.scores.dimensions.at("attribution"), 90.0);  // 50 + 30 + 10 (capped at 40)
  EXPECT_DOUBLE_EQ(p.scores.dimensions.at("integrity"), 80.0);    // 100 - 8 - 8 - 4 (capped at -20)
  double attribution = 50, integrity = 100;
  for (const Reason& r : p.reasons) (r.dimension == "attribution" ? attribution : integrity) += r.points;
  EXPECT_DOUBLE_EQ(attribution, 90.0);
  EXPECT_DOUBLE_EQ(integrity, 80.0);
  EXPECT_EQ(p.reasons[0].text, "Credits Reuters.");
  EXPECT_EQ(p.reasons[0].signal, 0);
  EXPECT_EQ(p.reasons.size(), 5u);  // 2 credits + 3 cross-links (the 4th adds nothing)
  EXPECT_EQ(p.scores.grade, "A");
}

// A byline of the outlet's own name or a desk's is no person's: the page earns the
// organisation's fact, not the named author's; one person among them earns that.
TEST(ScorerTest, AuthorsThatAreNoPersonEarnTheOrganisationFactOnly) {
  const char* model = R"({
    "schema": "provscore.scoring/1",
    "dimensions": [{"name": "authorship", "base": 50, "weight": 1}],
    "effects": [
      {"fact": "has_authors", "dimension": "authorship", "points": 25, "reason": "Names {authors}."},
      {"fact": "organisation_authors_only", "dimension": "authorship", "points": 5, "reason": "Signed by {authors}."},
      {"fact": "no_authors", "dimension": "authorship", "points": -20, "reason": "No author."}
    ],
    "grades": [{"min": 0, "grade": "F"}]
  })";
  auto scorer = Scorer::FromJson(json::parse(model));
  ASSERT_TRUE(scorer.ok()) << scorer.status().message();
  ReliabilityProfile desk;
  desk.article.authors.push_back({"Harbour Herald Staff", "byline", 0.8, /*person=*/false});
  scorer->Score(desk);
  EXPECT_DOUBLE_EQ(desk.scores.dimensions.at("authorship"), 55.0);
  ASSERT_EQ(desk.reasons.size(), 1u);
  EXPECT_EQ(desk.reasons[0].text, "Signed by Harbour Herald Staff.");

  ReliabilityProfile mixed = desk;
  mixed.article.authors.push_back({"Jane Doe", "byline", 0.8});
  scorer->Score(mixed);
  EXPECT_DOUBLE_EQ(mixed.scores.dimensions.at("authorship"), 75.0);
  ASSERT_EQ(mixed.reasons.size(), 1u);
  EXPECT_EQ(mixed.reasons[0].text, "Names Harbour Herald Staff, Jane Doe.");
}

TEST(ScorerTest, ScoringTwiceIsIdentical) {
  ReliabilityProfile a;
  a.signals.push_back(MakeSignal("injected_cross_link", {{"target_url", "u"}}));
  ReliabilityProfile b = a;
  ModelScorer().Score(a);
  ModelScorer().Score(b);
  ModelScorer().Score(b);
  EXPECT_EQ(a.scores.dimensions, b.scores.dimensions);
  EXPECT_EQ(a.reasons.size(), b.reasons.size());
}

TEST(ScorerTest, FillTemplateSubstitutesFieldsAndUnknowns) {
  json::object f{{"outlet", "AFP"}, {"list", json::array{"a", "b"}}, {"none", nullptr}};
  EXPECT_EQ(FillTemplate("{outlet} said {list}; {none}/{missing}", f), "AFP said a, b; unknown/unknown");
  EXPECT_EQ(FillTemplate("unterminated {brace", f), "unterminated {brace");
  json::object nested{{"original", json::object{{"url", nullptr}, {"path", "a.html"}}}};
  EXPECT_EQ(FillTemplate("{original.url|original.path}", nested), "a.html");
  EXPECT_EQ(FillTemplate("{original.path}/{original.none}", nested), "a.html/unknown");
  EXPECT_EQ(FillTemplate("{s} {t}", json::object{{"s", 0.67}, {"t", 0.5}}), "0.67 0.5");
  EXPECT_EQ(FillTemplate("({none|'teaser card'}: {outlet|'x'})", f), "(teaser card: AFP)");
}

struct BadModel {
  const char* json;
  const char* message;
};

TEST(ScorerTest, InvalidModelsAreRejectedWithAReason) {
  const BadModel cases[] = {
      {R"({"dimensions": []})", "\"dimensions\" must be a non-empty array"},
      {R"({"dimensions": [{"name": "a", "base": 150}], "grades": [{"min": 0, "grade": "F"}]})", "base must be 0..100"},
      {R"({"dimensions": [{"name": "a"}], "effects": [{"signal": "x", "dimension": "b", "reason": "r"}],
           "grades": [{"min": 0, "grade": "F"}]})", "unknown dimension \"b\""},
      {R"({"dimensions": [{"name": "a"}], "effects": [{"fact": "is_famous", "dimension": "a", "reason": "r"}],
           "grades": [{"min": 0, "grade": "F"}]})", "unknown fact"},
      {R"({"dimensions": [{"name": "a"}], "effects": [{"signal": "x", "dimension": "a"}],
           "grades": [{"min": 0, "grade": "F"}]})", "needs a \"reason\""},
      {R"({"dimensions": [{"name": "a"}]})", "\"grades\" must list"},
  };
  for (const BadModel& c : cases) {
    auto scorer = Scorer::FromJson(json::parse(c.json));
    ASSERT_FALSE(scorer.ok()) << c.json;
    EXPECT_NE(scorer.status().message().find(c.message), std::string::npos) << scorer.status().message();
  }
  EXPECT_FALSE(Scorer::FromJson(json::value(nullptr)).ok());
}

}  // namespace
}  // namespace provscore
