#include "score/cross_article/syndication.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef PROVSCORE_TEST_DATA
#define PROVSCORE_TEST_DATA "tests/data"
#endif

namespace provscore {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(PROVSCORE_TEST_DATA) + "/syndication/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ArticleFacts Site(std::string site, std::vector<std::string> own = {}, std::vector<std::string> credited = {},
                  std::optional<std::string> published = std::nullopt) {
  ArticleFacts f;
  f.site = std::move(site);
  f.own_outlet_names = std::move(own);
  f.credited_outlets = std::move(credited);
  f.published = std::move(published);
  return f;
}

// A compact, comparable rendering of a clustering.
std::string Render(const std::vector<SyndicationCluster>& clusters) {
  std::ostringstream s;
  for (const SyndicationCluster& c : clusters) {
    s << c.id << ":[";
    for (size_t i = 0; i < c.members.size(); ++i) {
      s << c.members[i] << "/" << c.similarity[i] << "/" << c.credits_original[i] << " ";
    }
    s << "] original=" << c.original << " (" << c.original_reason << ")\n";
  }
  return s.str();
}

// Deterministic filler prose of `words` words from a small vocabulary (seeded).
std::string Filler(size_t words, uint64_t seed) {
  static const char* kWords[] = {"council", "river",  "market", "bridge", "report", "minister", "harbour",
                                 "school",  "budget", "police", "storm",  "winter", "railway",  "hospital",
                                 "farmers", "prices", "court",  "union",  "energy", "village",  "festival"};
  std::string out;
  uint64_t x = seed * 0x9e3779b97f4a7c15ULL + 1;
  for (size_t i = 0; i < words; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    out += kWords[x % (sizeof(kWords) / sizeof(kWords[0]))];
    out += i % 12 == 11 ? ". " : " ";
  }
  return out;
}

// The Kestrel Point fixtures: docs 0-3 are the wire story and its republications.
struct Batch {
  std::vector<std::string> texts;
  std::vector<ArticleFacts> facts;
};

Batch FireAndStormBatch() {
  Batch b;
  auto add = [&](const std::string& file, ArticleFacts f) {
    b.texts.push_back(Fixture(file));
    b.facts.push_back(std::move(f));
  };
  // The copies were published (or dated) earlier than the original: credit decides first.
  add("wire_original.txt", Site("www.northwire.example", {"Northwire"}, {}, "2024-10-09T06:10:00Z"));
  add("republished_credited.txt", Site("dailyharbour.example", {}, {"Northwire"}, "2024-10-09T07:00:00Z"));
  add("republished_edited.txt", Site("quicknews.example", {}, {}, "2024-10-09T05:00:00Z"));
  add("republished_padded.txt", Site("valefarmer.example", {}, {"NORTHWIRE"}, "2024-10-09T09:30:00+02:00"));
  add("same_event_other_outlet.txt", Site("coastgazette.example", {}, {}, "2024-10-09T08:00:00Z"));
  for (const char* f :
       {"storm_landfall.txt", "storm_transport.txt", "storm_power.txt", "storm_village.txt", "storm_analysis.txt"}) {
    add(f, Site(std::string(f) + ".example", {}, {}, "2025-02-04"));
  }
  return b;
}

std::vector<SyndicationCluster> ClusterAll(const Batch& b, SyndicationOptions options = {}) {
  SyndicationIndex index(options);
  for (size_t i = 0; i < b.texts.size(); ++i) EXPECT_TRUE(index.Add(i, b.texts[i], b.facts[i]).ok()) << i;
  return index.Clusters();
}

TEST(SyndicationIndexTest, WireStoryAndItsRepublicationsFormOneCluster) {
  const std::vector<SyndicationCluster> clusters = ClusterAll(FireAndStormBatch());
  ASSERT_EQ(clusters.size(), 1u) << Render(clusters);
  const SyndicationCluster& c = clusters[0];
  EXPECT_EQ(c.id, 0u);
  EXPECT_EQ(c.members, (std::vector<size_t>{0, 1, 2, 3}));
  EXPECT_EQ(c.original, 0u);
  EXPECT_EQ(c.original_reason, "credited outlet");
  EXPECT_EQ(c.credits_original, (std::vector<bool>{false, true, false, true}));
  ASSERT_EQ(c.similarity.size(), 4u);
  EXPECT_DOUBLE_EQ(c.similarity[0], 1.0);
  EXPECT_GE(c.similarity[1], 0.85);  // verbatim, plus a byline and a credit line
  EXPECT_GE(c.similarity[2], 0.5);   // lightly edited
  EXPECT_LT(c.similarity[2], 0.95);
  EXPECT_GE(c.similarity[3], 0.4);  // embedded in a longer article
}

TEST(SyndicationIndexTest, SameEventArticlesWithDifferentTextAreNotClustered) {
  Batch b = FireAndStormBatch();
  // The wire story and an independent report of the same fire: same names, places, figures.
  Batch pair;
  pair.texts = {b.texts[0], b.texts[4]};
  pair.facts = {b.facts[0], b.facts[4]};
  // Even far below the default threshold, they share too little text.
  for (const double threshold : {0.5, 0.2, 0.1}) {
    SyndicationOptions o;
    o.threshold = threshold;
    o.containment = 0.0;
    EXPECT_TRUE(ClusterAll(pair, o).empty()) << threshold;
  }
}

// Mirrors the five seed articles: one day's events, five outlets, no shared text.
TEST(SyndicationIndexTest, FiveArticlesOnTheSameDaysEventsAreNotClustered) {
  Batch b = FireAndStormBatch();
  Batch storms;
  storms.texts.assign(b.texts.begin() + 5, b.texts.end());
  storms.facts.assign(b.facts.begin() + 5, b.facts.end());
  ASSERT_EQ(storms.texts.size(), 5u);
  for (const double threshold : {0.5, 0.2, 0.1}) {
    SyndicationOptions o;
    o.threshold = threshold;
    const auto clusters = ClusterAll(storms, o);
    EXPECT_TRUE(clusters.empty()) << threshold << "\n" << Render(clusters);
  }
}

TEST(SyndicationIndexTest, ContainmentJoinsACopyPaddedWithExtraParagraphs) {
  const Batch b = FireAndStormBatch();
  Batch pair;
  pair.texts = {b.texts[0], b.texts[3]};
  pair.facts = {b.facts[0], b.facts[3]};
  struct Case {
    double threshold;
    double containment;
    size_t clusters;
  };
  // The padded copy's Jaccard with the original is ~0.5: a strict threshold alone
  // misses it; containment (all of the original is inside it) catches it.
  for (const Case& c : std::vector<Case>{{0.4, 0.0, 1}, {0.75, 0.0, 0}, {0.75, 0.8, 1}, {0.9, 0.8, 1}}) {
    SyndicationOptions o;
    o.threshold = c.threshold;
    o.containment = c.containment;
    EXPECT_EQ(ClusterAll(pair, o).size(), c.clusters) << c.threshold << " " << c.containment;
  }
}

TEST(SyndicationIndexTest, AStoryQuotedInAMuchLongerPageIsNotACopy) {
  // A digest page: the whole wire story among five times as much other text. Its
  // containment is 1, but the Jaccard (~0.18) is below threshold / 2.
  const Batch b = FireAndStormBatch();
  Batch pair;
  pair.texts = {b.texts[0], b.texts[0]};
  for (size_t i = 5; i < 10; ++i) pair.texts[1] += "\n\n" + b.texts[i];
  pair.facts.resize(2);
  EXPECT_TRUE(ClusterAll(pair).empty());
}

TEST(SyndicationIndexTest, OriginalIsChosenByCreditThenPublishedThenFetchedThenBatchOrder) {
  struct Case {
    const char* name;
    std::vector<ArticleFacts> facts;  // for docs 10, 20, 30 (the same text)
    size_t original;
    const char* reason;
  };
  auto fetched = [](ArticleFacts f, std::string when) {
    f.fetched_at = std::move(when);
    return f;
  };
  const std::vector<Case> cases = {
      {"credit beats an earlier date",
       {Site("a.example", {}, {}, "2024-10-08"), Site("b.example", {"Northwire"}, {}, "2024-10-09"),
        Site("c.example", {}, {"northwire"}, "2024-10-10")},
       20,
       "credited outlet"},
      {"credit matches the site's domain",
       {Site("a.example"),
        [] {
          ArticleFacts f;
          f.url = "https://www.northwire.example/world/fire?ref=x";
          return f;
        }(),
        Site("c.example", {}, {"Northwire"})},
       20,
       "credited outlet"},
      {"credit matches a name with a leading The",
       {Site("a.example", {}, {"Kestrel Courier"}), Site("b.example"), Site("c.example", {"The Kestrel Courier"})},
       30,
       "credited outlet"},
      {"the most credited outlet wins",
       {Site("a.example", {"Alpha"}, {"Beta"}), Site("b.example", {"Beta"}, {"Alpha"}),
        Site("c.example", {}, {"Beta"})},
       20,
       "credited outlet"},
      {"a credit to an outlet outside the cluster is ignored",
       {Site("a.example", {}, {}, "2024-10-09T12:00:00Z"), Site("b.example", {}, {"Reuters"}, "2024-10-09T11:00:00Z"),
        Site("c.example", {}, {}, "2024-10-09T13:00:00Z")},
       20,
       "earliest published"},
      {"time zone offsets are applied",
       {Site("a.example", {}, {}, "2024-10-09T09:00:00Z"), Site("b.example", {}, {}, "2024-10-09T10:00:00+02:00"),
        Site("c.example")},
       20,
       "earliest published"},
      {"a date alone is midnight UTC",
       {Site("a.example", {}, {}, "2024-10-10"), Site("b.example"), Site("c.example", {}, {}, "2024-10-09T23:59:00Z")},
       30,
       "earliest published"},
      {"one date cannot be compared; fetch time decides",
       {Site("a.example", {}, {}, "2024-10-01"), fetched(Site("b.example"), "2024-10-09T12:00:00Z"),
        fetched(Site("c.example"), "2024-10-09T11:00:00.250Z")},
       30,
       "earliest fetched"},
      {"unparseable dates are ignored",
       {Site("a.example", {}, {}, "yesterday"), Site("b.example", {}, {}, "2024-13-01"),
        Site("c.example", {}, {}, "2024-10-09T25:00")},
       10,
       "first in batch"},
      {"nothing known: first in batch", {ArticleFacts{}, ArticleFacts{}, ArticleFacts{}}, 10, "first in batch"},
  };
  const std::string text = Fixture("wire_original.txt");
  for (const Case& c : cases) {
    SyndicationIndex index;
    // Added out of order: batch order is the doc id, not the order of calls.
    for (const size_t i : {2u, 0u, 1u}) ASSERT_TRUE(index.Add((i + 1) * 10, text, c.facts[i]).ok()) << c.name;
    const auto clusters = index.Clusters();
    ASSERT_EQ(clusters.size(), 1u) << c.name;
    EXPECT_EQ(clusters[0].original, c.original) << c.name;
    EXPECT_EQ(clusters[0].original_reason, c.reason) << c.name;
  }
}

TEST(SyndicationIndexTest, ShortTextsAreNeverClustered) {
  const std::string brief = Filler(30, 7);
  SyndicationIndex index;
  ASSERT_TRUE(index.Add(0, brief, {}).ok());
  ASSERT_TRUE(index.Add(1, brief, {}).ok());
  EXPECT_EQ(index.size(), 2u);
  EXPECT_TRUE(index.Clusters().empty());

  SyndicationOptions o;
  o.min_words = 20;
  SyndicationIndex lenient(o);
  ASSERT_TRUE(lenient.Add(0, brief, {}).ok());
  ASSERT_TRUE(lenient.Add(1, brief, {}).ok());
  EXPECT_EQ(lenient.Clusters().size(), 1u);
}

TEST(SyndicationIndexTest, TextIsComparedAfterCaseAndPunctuationFolding) {
  struct Case {
    const char* name;
    std::string a;
    std::string b;
    bool clustered;
  };
  const std::string body = Filler(80, 3);
  std::string shouted = body;
  for (char& ch : shouted) ch = ch == '.' ? '!' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  std::string cyrillic_lower, cyrillic_upper, cjk_a, cjk_b, cjk_other;
  for (int i = 0; i < 12; ++i) {
    cyrillic_lower += "в столице прошли выборы мэра и явка составила " + std::to_string(i) + " процентов, ";
    cyrillic_upper += "В СТОЛИЦЕ ПРОШЛИ — ВЫБОРЫ МЭРА И ЯВКА СОСТАВИЛА " + std::to_string(i) + " ПРОЦЕНТОВ. ";
    cjk_a += "港口的粮食码头发生火灾第" + std::to_string(i) + "号仓库被烧毁。";
    cjk_b += "港口的粮食码头发生火灾，第" + std::to_string(i) + "号仓库被烧毁！";
    cjk_other += "今天首都举行市长选举投票率很高" + std::to_string(i) + "个选区结果已经公布。";
  }
  const std::vector<Case> cases = {
      {"ASCII case and punctuation", body, shouted, true},
      {"Cyrillic case and dashes", cyrillic_lower, cyrillic_upper, true},
      {"CJK per character, punctuation dropped", cjk_a, cjk_b, true},
      {"different CJK texts", cjk_a, cjk_other, false},
      {"different Latin texts", body, Filler(80, 4), false},
  };
  for (const Case& c : cases) {
    SyndicationIndex index;
    ASSERT_TRUE(index.Add(0, c.a, {}).ok());
    ASSERT_TRUE(index.Add(1, c.b, {}).ok());
    const auto clusters = index.Clusters();
    EXPECT_EQ(clusters.size(), c.clustered ? 1u : 0u) << c.name;
    if (c.clustered && !clusters.empty() && std::string(c.name) != "CJK per character, punctuation dropped") {
      EXPECT_DOUBLE_EQ(clusters[0].similarity[1], 1.0) << c.name;
    }
  }
}

TEST(SyndicationIndexTest, OutputDoesNotDependOnTheOrderOrThreadOfAdds) {
  Batch b = FireAndStormBatch();
  // A second family: a filler story and a copy with its last sentence changed.
  b.texts.push_back(Filler(200, 11));
  b.texts.push_back(Filler(200, 11) + " the mayor declined to comment.");
  b.facts.resize(b.texts.size());
  const std::string forward = Render(ClusterAll(b));

  SyndicationIndex reversed;
  for (size_t i = b.texts.size(); i-- > 0;) ASSERT_TRUE(reversed.Add(i, b.texts[i], b.facts[i]).ok());
  EXPECT_EQ(Render(reversed.Clusters()), forward);

  SyndicationIndex threaded;
  std::vector<std::thread> threads;
  for (size_t t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; i < b.texts.size(); i += 2) EXPECT_TRUE(threaded.Add(i, b.texts[i], b.facts[i]).ok());
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(Render(threaded.Clusters()), forward);
  EXPECT_EQ(Render(threaded.Clusters()), forward);  // Clusters() is repeatable

  const auto clusters = ClusterAll(b);
  ASSERT_EQ(clusters.size(), 2u) << forward;
  EXPECT_EQ(clusters[1].id, 1u);
  EXPECT_EQ(clusters[1].members, (std::vector<size_t>{10, 11}));
}

TEST(SyndicationIndexTest, EmptyIndexHasNoClusters) {
  SyndicationIndex index;
  EXPECT_EQ(index.size(), 0u);
  EXPECT_TRUE(index.Clusters().empty());
  EXPECT_GT(index.MemoryBytes(), 0u);
}

TEST(SyndicationIndexTest, SingleArticleAndEmptyTextHaveNoClusters) {
  SyndicationIndex index;
  ASSERT_TRUE(index.Add(0, Fixture("wire_original.txt"), {}).ok());
  ASSERT_TRUE(index.Add(1, "", {}).ok());
  ASSERT_TRUE(index.Add(2, " ... !!! ", {}).ok());
  EXPECT_TRUE(index.Clusters().empty());
}

TEST(SyndicationIndexTest, AddingADocIdTwiceIsAnError) {
  SyndicationIndex index;
  ASSERT_TRUE(index.Add(5, Filler(100, 1), {}).ok());
  const Status s = index.Add(5, Filler(100, 2), {});
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(index.size(), 1u);
}

TEST(SyndicationIndexTest, InvalidOptionsAreReportedByAdd) {
  struct Case {
    const char* name;
    SyndicationOptions options;
  };
  auto with = [](auto change) {
    SyndicationOptions o;
    change(o);
    return o;
  };
  const std::vector<Case> cases = {
      {"hashes not a multiple of bands", with([](SyndicationOptions& o) { o.hashes = 100; })},
      {"no bands", with([](SyndicationOptions& o) { o.bands = 0; })},
      {"zero shingle words", with([](SyndicationOptions& o) { o.shingle_words = 0; })},
      {"threshold above one", with([](SyndicationOptions& o) { o.threshold = 1.5; })},
      {"negative containment", with([](SyndicationOptions& o) { o.containment = -0.1; })},
  };
  for (const Case& c : cases) {
    SyndicationIndex index(c.options);
    EXPECT_EQ(index.Add(0, Filler(100, 1), {}).code(), StatusCode::kInvalidArgument) << c.name;
    EXPECT_TRUE(index.Clusters().empty()) << c.name;
  }
}

TEST(SyndicationIndexTest, KeepsLessThanOneKibibytePerArticle) {
  SyndicationIndex index;
  constexpr size_t kArticles = 5000;
  for (size_t i = 0; i < kArticles; ++i) {
    ArticleFacts f = Site("site" + std::to_string(i % 50) + ".example", {}, {"Northwire"}, "2024-10-09");
    ASSERT_TRUE(index.Add(i, Filler(300, i), f).ok());
  }
  EXPECT_LT(index.MemoryBytes() / kArticles, 1024u) << index.MemoryBytes();
}

TEST(SyndicationIndexTest, DefaultBandsMakeThresholdPairsCandidates) {
  const SyndicationOptions o;
  const int rows = o.hashes / o.bands;
  EXPECT_GT(LshCandidateProbability(o.threshold, o.bands, rows), 0.99);
  EXPECT_GT(LshCandidateProbability(0.4, o.bands, rows), 0.9);
  EXPECT_LT(LshCandidateProbability(0.1, o.bands, rows), 0.05);
}

}  // namespace
}  // namespace provscore
