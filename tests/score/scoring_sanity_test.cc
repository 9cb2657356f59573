// The scoring model's sanity on the situations the seed articles show (fixtures in
// tests/data/seedlike mirror them): a credited republication must score clearly
// above an uncredited machine translation stuffed with cross-links, and above a
// republication signed with a content-farm bio, and the reasons must say why.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "score/pipeline.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

ReliabilityProfile Score(const std::string& name) {
  const Pipeline* pipeline = &testing::BuiltinPipeline();  // the binary's one copy of the rules
  std::ifstream in(fs::path(PROVSCORE_TEST_DATA) / "seedlike" / name);
  std::stringstream ss;
  ss << in.rdbuf();
  SourceDocument doc;
  doc.path = name;
  doc.kind = ContentKind::kText;
  doc.bytes = ss.str();
  return pipeline->Run(doc);
}

// Whether some reason on `dimension` was moved by a signal of `type`.
bool ReasonFrom(const ReliabilityProfile& p, const std::string& type, const std::string& dimension) {
  return std::any_of(p.reasons.begin(), p.reasons.end(), [&](const Reason& r) {
    return r.signal >= 0 && p.signals[static_cast<size_t>(r.signal)].type == type && r.dimension == dimension;
  });
}

TEST(ScoringSanityTest, CreditedRepublicationScoresClearlyAboveTheOthers) {
  const ReliabilityProfile credited = Score("credited.txt");
  const ReliabilityProfile translated = Score("machine_translated.txt");
  const ReliabilityProfile farm = Score("content_farm.txt");

  EXPECT_GE(credited.scores.overall, translated.scores.overall + 20) << credited.scores.overall << " vs "
                                                                      << translated.scores.overall;
  EXPECT_GE(credited.scores.overall, farm.scores.overall + 10) << credited.scores.overall << " vs "
                                                               << farm.scores.overall;

  EXPECT_TRUE(ReasonFrom(credited, kSignalWireAttribution, "attribution"));
  EXPECT_TRUE(ReasonFrom(translated, kSignalTranslationNotice, "translation"));
  EXPECT_TRUE(ReasonFrom(translated, kSignalInjectedCrossLink, "integrity"));
  EXPECT_TRUE(ReasonFrom(translated, kSignalPromotionalBoilerplate, "integrity"));
  EXPECT_TRUE(ReasonFrom(farm, kSignalAuthorBio, "authorship"));
  EXPECT_LT(farm.scores.dimensions.at("authorship"), credited.scores.dimensions.at("authorship"));
  EXPECT_LT(translated.scores.dimensions.at("translation"), credited.scores.dimensions.at("translation"));
}

TEST(ScoringSanityTest, ReasonsAddUpToEachDimensionsDistanceFromItsBase) {
  for (const char* name : {"credited.txt", "machine_translated.txt", "content_farm.txt"}) {
    const ReliabilityProfile p = Score(name);
    std::map<std::string, double> moved;
    for (const Reason& r : p.reasons) moved[r.dimension] += r.points;
    const std::map<std::string, double> base = {{"attribution", 50}, {"translation", 100}, {"authorship", 50},
                                                {"integrity", 100}, {"originality", 70}};
    for (const auto& [dimension, score] : p.scores.dimensions) {
      EXPECT_DOUBLE_EQ(score, std::clamp(base.at(dimension) + moved[dimension], 0.0, 100.0)) << name << " " << dimension;
    }
  }
}

// A credit to an outlet the lexicon lacks ("outlet_known": false) names an origin,
// so it still raises attribution above an uncredited article, but less than a
// credit to a listed outlet, and a reason says why.
TEST(ScoringSanityTest, ACreditToAnUnlistedOutletCountsLessThanAListedOne) {
  auto credited = [](const char* outlet, bool known) {
    ReliabilityProfile p;
    Signal s;
    s.type = kSignalWireAttribution;
    s.rule = "test";
    s.confidence = 0.8;
    s.fields["outlet"] = outlet;
    s.fields["outlet_kind"] = known ? "wire_agency" : "unknown";
    if (!known) s.fields["outlet_known"] = false;
    s.fields["role"] = "credit";
    s.evidence.push_back({outlet, 0, 1, "body"});
    p.signals.push_back(std::move(s));
    testing::BuiltinPipeline().Rescore(p);
    return p;
  };
  ReliabilityProfile none;
  testing::BuiltinPipeline().Rescore(none);
  const ReliabilityProfile listed = credited("Reuters", true);
  const ReliabilityProfile unlisted = credited("The Harbour Herald", false);
  const double a_none = none.scores.dimensions.at("attribution");
  const double a_listed = listed.scores.dimensions.at("attribution");
  const double a_unlisted = unlisted.scores.dimensions.at("attribution");
  EXPECT_GT(a_unlisted, a_none);
  EXPECT_LT(a_unlisted, a_listed);
  EXPECT_EQ(listed.scores.dimensions.at("originality"), unlisted.scores.dimensions.at("originality"));
  const bool says_unlisted = std::any_of(unlisted.reasons.begin(), unlisted.reasons.end(), [](const Reason& r) {
    return r.signal == 0 && r.points < 0 && r.dimension == "attribution" &&
           r.text.find("The Harbour Herald is not in the outlet list") != std::string::npos;
  });
  EXPECT_TRUE(says_unlisted);
  EXPECT_FALSE(std::any_of(listed.reasons.begin(), listed.reasons.end(),
                           [](const Reason& r) { return r.dimension == "attribution" && r.points < 0; }));
}

}  // namespace
}  // namespace provscore
