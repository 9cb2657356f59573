#include "score/cross_article/syndication_signals.h"

#include <gtest/gtest.h>

namespace provscore {
namespace {

SyndicationCluster Cluster() {
  SyndicationCluster c;
  c.id = 0;
  c.members = {0, 2, 3};
  c.original = 0;
  c.original_reason = "credited outlet";
  c.similarity = {1.0, 0.9634, 0.61};
  c.credits_original = {false, true, false};
  return c;
}

std::vector<BatchDocument> Docs() {
  return {{"aaaa", "https://wire.example/story", "wire.html", "wire.example", true},
          {"bbbb", "", "other.html", "", false},
          {"cccc", "https://paper.example/a", "credited.html", "paper.example", true},
          {"dddd", "", "copy.txt", "", false}};
}

TEST(SyndicationSignalsTest, CopiesGetSignalsAndTheOriginalNone) {
  const auto per_doc = SyndicationSignals({Cluster()}, Docs());
  ASSERT_EQ(per_doc.size(), 4u);
  EXPECT_TRUE(per_doc[0].empty());  // the original
  EXPECT_TRUE(per_doc[1].empty());  // not in a cluster

  ASSERT_EQ(per_doc[2].size(), 1u);  // credits the original: honest syndication
  const Signal& credited = per_doc[2][0];
  EXPECT_EQ(credited.type, kSignalSyndicatedCopy);
  EXPECT_TRUE(credited.fields.at("credited").as_bool());
  EXPECT_DOUBLE_EQ(credited.fields.at("similarity").as_double(), 0.96);
  EXPECT_EQ(credited.fields.at("original").at("url").as_string(), "https://wire.example/story");
  EXPECT_EQ(credited.fields.at("original").at("reason").as_string(), "credited outlet");
  EXPECT_EQ(credited.evidence.at(0).where, "batch");

  ASSERT_EQ(per_doc[3].size(), 2u);  // credits nothing
  EXPECT_EQ(per_doc[3][0].type, kSignalSyndicatedCopy);
  EXPECT_FALSE(per_doc[3][0].fields.at("credited").as_bool());
  EXPECT_EQ(per_doc[3][1].type, kSignalUncreditedCopy);
  EXPECT_FALSE(per_doc[3][1].fields.contains("credited"));
}

TEST(SyndicationSignalsTest, NoClustersNoSignals) {
  const auto per_doc = SyndicationSignals({}, Docs());
  for (const auto& signals : per_doc) EXPECT_TRUE(signals.empty());
}

}  // namespace
}  // namespace provscore
