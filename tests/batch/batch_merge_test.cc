#include "batch/batch_merge.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "tests/batch/batch_fixtures.h"

namespace provscore {
namespace {

std::string Fixture(const std::string& name) {
  return testing::ReadText(std::filesystem::path(PROVSCORE_TEST_DATA) / "syndication" / (name + ".txt"));
}

struct Article {
  std::string fixture, site, url, published;
  std::vector<std::string> credited;
};

const std::vector<Article>& Batch() {
  static const std::vector<Article> batch = {
      {"storm_landfall", "Gazette", "http://gazette.example/a", "2024-03-05", {}},
      {"republished_credited", "Herald", "http://herald.example/b", "2024-03-05", {"Northwire"}},
      {"wire_original", "Northwire", "http://northwire.example/c", "2024-03-06", {}},
      {"same_event_other_outlet", "Courier", "http://courier.example/d", "2024-03-05", {}},
      {"republished_edited", "Digest", "http://digest.example/e", "2024-03-04", {}},
      {"storm_power", "Gazette", "http://gazette.example/f", "2024-03-05", {}},
  };
  return batch;
}

Signature SignatureFor(const Article& a, const SyndicationIndex& signer) {
  Signature s;
  s.id = "id-" + a.fixture;
  s.url = a.url;
  s.path = a.fixture + ".html";
  s.site = a.site;
  s.published = a.published;
  s.credited_outlets = a.credited;
  s.credits_any = !a.credited.empty();
  s.own_outlet_names = {a.site};
  s.text = signer.Sign(Fixture(a.fixture));
  return s;
}

TEST(BatchMergeTest, SignaturesClusterAsTheTextsDo) {
  SyndicationIndex from_text;
  BatchMerge merge;
  for (size_t i = 0; i < Batch().size(); ++i) {
    const Article& a = Batch()[i];
    const Signature s = SignatureFor(a, merge.signer());
    ASSERT_TRUE(from_text.Add(i, Fixture(a.fixture), FactsOf(s)).ok());
    // Through the JSON line, as between map and merge.
    Result<Signature> shipped = SignatureFromJson(SignatureToJson(s));
    ASSERT_TRUE(shipped.ok());
    ASSERT_TRUE(merge.Add(*shipped).ok());
  }
  const std::vector<SyndicationCluster> expected = from_text.Clusters();
  const BatchAdditions additions = merge.Finish();
  ASSERT_EQ(expected.size(), 1u);
  ASSERT_EQ(additions.clusters.size(), 1u);
  const boost::json::object& c = additions.clusters[0].as_object();
  EXPECT_EQ(c.at("original").as_string(), "id-wire_original");
  EXPECT_EQ(c.at("original_reason").as_string(), expected[0].original_reason);
  EXPECT_EQ(c.at("original_reason").as_string(), "credited outlet");
  const boost::json::array& members = c.at("members").as_array();
  ASSERT_EQ(members.size(), expected[0].members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    EXPECT_EQ(members[i].at("id").as_string(), "id-" + Batch()[expected[0].members[i]].fixture);
  }
  // Signals by position: the copies get them, the original and the others none.
  ASSERT_LE(additions.signals.size(), Batch().size());
  auto signals_of = [&](size_t i) { return i < additions.signals.size() ? additions.signals[i].size() : 0u; };
  EXPECT_EQ(signals_of(0), 0u);
  EXPECT_EQ(signals_of(1), 1u);  // credited: syndicated_copy only
  EXPECT_EQ(signals_of(2), 0u);  // the original
  EXPECT_EQ(signals_of(3), 0u);  // same event, other text
  EXPECT_EQ(signals_of(4), 2u);  // uncredited: syndicated_copy and uncredited_copy
  EXPECT_EQ(additions.signals[4][1].type, kSignalUncreditedCopy);
  EXPECT_EQ(merge.size(), Batch().size());
  EXPECT_GT(merge.MemoryBytes(), 0u);
}

TEST(BatchMergeTest, ASignatureOfTheWrongLengthIsRefusedButKeepsItsPosition) {
  BatchMerge merge;
  Signature bad = SignatureFor(Batch()[2], merge.signer());
  bad.text.minhash.resize(60);
  const Status s = merge.Add(bad);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("60 values, not 120"), std::string::npos) << s.message();
  EXPECT_EQ(merge.size(), 1u);
  EXPECT_TRUE(merge.Add(SignatureFor(Batch()[1], merge.signer())).ok());
  EXPECT_EQ(merge.document(1).id, "id-republished_credited");
  EXPECT_TRUE(merge.Finish().clusters.empty());
}

TEST(BatchMergeTest, ShortTextsAreKeptButNeverClustered) {
  BatchMerge merge;
  for (int i = 0; i < 3; ++i) {
    Signature s;
    s.id = "short-" + std::to_string(i);
    s.text = merge.signer().Sign("The same short notice, word for word.");
    ASSERT_TRUE(merge.Add(s).ok());
  }
  EXPECT_TRUE(merge.Finish().clusters.empty());
}

TEST(SyndicationIndexTest, AddSignatureEqualsAdd) {
  SyndicationIndex by_text, by_signature;
  for (size_t i = 0; i < Batch().size(); ++i) {
    const Article& a = Batch()[i];
    ArticleFacts facts;
    facts.site = a.site;
    facts.url = a.url;
    facts.published = a.published;
    facts.credited_outlets = a.credited;
    ASSERT_TRUE(by_text.Add(i, Fixture(a.fixture), facts).ok());
    ASSERT_TRUE(by_signature.AddSignature(i, by_signature.Sign(Fixture(a.fixture)), facts).ok());
  }
  const auto a = by_text.Clusters();
  const auto b = by_signature.Clusters();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].members, b[i].members);
    EXPECT_EQ(a[i].original, b[i].original);
    EXPECT_EQ(a[i].original_reason, b[i].original_reason);
    EXPECT_EQ(a[i].similarity, b[i].similarity);
  }
  EXPECT_EQ(by_text.MemoryBytes(), by_signature.MemoryBytes());
}

}  // namespace
}  // namespace provscore
