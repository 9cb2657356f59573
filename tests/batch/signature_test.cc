#include "batch/signature.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "score/rules/rule_set.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

Signature Sample() {
  Signature s;
  s.id = "0123abcd";
  s.url = "http://herald.example/news/fire";
  s.path = "crawl/part-1.warc.gz";
  s.site = "Herald";
  s.published = "2024-03-05T10:24:00+02:00";
  s.credited_outlets = {"Northwire", "AP"};
  s.own_outlet_names = {"Herald"};
  s.credits_any = true;
  s.text.words = 320;
  s.text.shingles = 310;
  s.text.minhash = {0u, 1u, 0xdeadbeefu, 0xffffffffu};
  return s;
}

TEST(SignatureTest, RoundTripsThroughOneJsonLine) {
  const Signature s = Sample();
  const std::string line = SignatureToJson(s);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_NE(line.find("\"minhash\":\"0000000000000001deadbeefffffffff\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"fetched_at\":null"), std::string::npos) << line;
  Result<Signature> back = SignatureFromJson(line);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, s);
}

TEST(SignatureTest, KeepsBytesThatAreNotUtf8) {
  Signature s = Sample();
  s.path = "crawl/caf\xe9.warc";  // a Latin-1 file name
  Result<Signature> back = SignatureFromJson(SignatureToJson(s));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->path, s.path);
}

TEST(SignatureTest, AnEmptyTextHasNoMinhash) {
  Signature s = Sample();
  s.text = {};
  Result<Signature> back = SignatureFromJson(SignatureToJson(s));
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(back->text.minhash.empty());
}

TEST(SignatureTest, MalformedLinesNameTheField) {
  const std::string good = SignatureToJson(Sample());
  struct Case {
    std::string line;
    std::string field;
  };
  const std::vector<Case> cases = {
      {"not json", "not a JSON object"},
      {"[1,2]", "not a JSON object"},
      {"{}", "\"id\""},
      {std::string(good).replace(good.find("\"url\""), 5, "\"uri\""), "\"url\""},
      {std::string(good).replace(good.find("\"published\":\""), 13, "\"published\":7,\"x\":\""), "\"published\""},
      {std::string(good).replace(good.find("\"credits_any\":true"), 18, "\"credits_any\":1"), "\"credits_any\""},
      {std::string(good).replace(good.find("\"words\":320"), 11, "\"words\":-3"), "\"words\""},
      {std::string(good).replace(good.find("deadbeef"), 8, "deadbeeg"), "\"minhash\""},
      {std::string(good).replace(good.find("deadbeef"), 8, "dead"), "\"minhash\""},
  };
  for (const Case& c : cases) {
    Result<Signature> r = SignatureFromJson(c.line);
    ASSERT_FALSE(r.ok()) << c.line;
    EXPECT_NE(r.status().message().find(c.field), std::string::npos) << r.status().message() << " for " << c.line;
  }
}

TEST(SignatureTest, OfAProfileTakesItsCreditsSiteDatesAndText) {
  ReliabilityProfile p;
  p.id = "abc";
  p.input.path = "x.warc";
  p.input.url = "http://www.herald.example/a";
  p.input.archive.fetched_at = "2024-03-05T10:00:00Z";
  p.article.published = SourcedValue{"2024-03-05", "meta", 1.0};
  p.article.text = "Words of the article, enough of them to make a few shingles for the signature here.";
  Signal credit;
  credit.type = kSignalWireAttribution;
  credit.fields["role"] = "credit";
  credit.fields["outlet"] = "Northwire";
  p.signals.push_back(credit);
  Signal byline;
  byline.type = kSignalWireAttribution;
  byline.fields["role"] = "byline";
  byline.fields["outlet"] = "Elsewhere";
  p.signals.push_back(byline);
  const SyndicationIndex signer;
  const Signature s = SignatureOf(p, testing::BuiltinRules().outlets(), signer);
  EXPECT_EQ(s.id, "abc");
  EXPECT_EQ(s.url, "http://www.herald.example/a");
  EXPECT_EQ(s.site, "herald.example");  // no site name: the host
  EXPECT_EQ(s.published, std::optional<std::string>("2024-03-05"));
  EXPECT_EQ(s.fetched_at, std::optional<std::string>("2024-03-05T10:00:00Z"));
  EXPECT_EQ(s.credited_outlets, std::vector<std::string>{"Northwire"});
  EXPECT_TRUE(s.credits_any);
  EXPECT_EQ(s.text.words, 16u);
  EXPECT_EQ(s.text.minhash.size(), 120u);
  EXPECT_EQ(s.text, signer.Sign(p.article.text));
}

}  // namespace
}  // namespace provscore
