#include "reports/profile_json.h"

#include <boost/json.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace provscore {
namespace {

namespace json = boost::json;
using ::testing::ElementsAre;

std::vector<std::string> Keys(const json::object& o) {
  std::vector<std::string> keys;
  for (const auto& kv : o) keys.emplace_back(kv.key());
  return keys;
}

// A profile with every part filled in, as the pipeline would produce it.
ReliabilityProfile FullProfile() {
  ReliabilityProfile p;
  p.id = "sha256:abc";
  p.input = {"news/a.html", "https://example.com/a", "text/html", 1234, "utf-8", "meta", {}};
  p.article.title = "Mayor opens bridge";
  p.article.authors = {{"Jane Doe", "json-ld", 0.9}, {"Reuters", "byline", 0.666, /*person=*/false}};
  p.article.published = SourcedValue{"2024-05-01T10:00:00Z", "meta", 0.8};
  p.article.modified = SourcedValue{"2024-05-02T10:00:00Z", "meta", 0.8};
  p.article.language = "en";
  p.article.site_name = "Example News";
  p.article.canonical_url = "https://example.com/a";
  p.article.text = "The mayor opened the bridge. (Reuters) Read more here.";
  p.article.links = {{"https://example.com/b", "here", 49, 53, {}}};
  Signal wire;
  wire.type = kSignalWireAttribution;
  wire.rule = "wa.en.paren-outlet";
  wire.confidence = 0.876;
  wire.evidence = {{"(Reuters)", 29, 38, "body"}};
  wire.fields["outlet"] = "Reuters";
  wire.fields["role"] = "source";
  p.signals.push_back(wire);
  p.scores.overall = 72.46;
  p.scores.grade = "B";
  p.scores.dimensions = {{"transparency", 80.04}, {"attribution", 64.96}};
  p.reasons = {{0, "attribution", -5.04, "Wire copy."}, {-1, "transparency", 2.0, "Named author."}};
  p.errors = {{kErrInvalidUtf8, "3 invalid bytes were replaced."}};
  return p;
}

TEST(ProfileJsonTest, TopLevelKeysFollowTheContractOrder) {
  EXPECT_THAT(Keys(ProfileToJson(FullProfile())),
              ElementsAre("schema", "id", "input", "article", "signals", "scores", "reasons", "errors"));
}

TEST(ProfileJsonTest, SchemaIsTheVersionedContractName) {
  EXPECT_EQ(ProfileToJson(FullProfile()).at("schema").as_string(), "provscore.profile/1");
}

TEST(ProfileJsonTest, InputKeysFollowTheContractOrder) {
  const json::object o = ProfileToJson(FullProfile());
  EXPECT_THAT(Keys(o.at("input").as_object()),
              ElementsAre("path", "url", "content_type", "bytes", "charset", "charset_source", "fetched_at",
                          "warc_file", "warc_offset", "warc_record_id"));
  EXPECT_EQ(o.at("input").at("bytes").to_number<int>(), 1234);
  EXPECT_TRUE(o.at("input").at("warc_offset").is_null());
}

TEST(ProfileJsonTest, ArchiveOriginIsWrittenForWarcInputs) {
  ReliabilityProfile p = FullProfile();
  p.input.archive = {"2024-03-01T12:00:05Z", "provscore-20240301120000-00000.warc.gz", 0, "<urn:uuid:x>"};
  const json::object in = ProfileToJson(p).at("input").as_object();
  EXPECT_EQ(in.at("fetched_at").as_string(), "2024-03-01T12:00:05Z");
  EXPECT_EQ(in.at("warc_file").as_string(), "provscore-20240301120000-00000.warc.gz");
  EXPECT_EQ(in.at("warc_offset").to_number<int>(), 0);  // a record at offset 0 is not null
  EXPECT_EQ(in.at("warc_record_id").as_string(), "<urn:uuid:x>");
}

TEST(ProfileJsonTest, ArticleKeysFollowTheContractOrder) {
  EXPECT_THAT(Keys(ProfileToJson(FullProfile()).at("article").as_object()),
              ElementsAre("title", "authors", "author_sources", "published", "published_source", "modified",
                          "language", "site_name", "canonical_url", "word_count", "text", "links",
                          "recirculation"));
}

TEST(ProfileJsonTest, EmptyOptionalValuesAreNullButTextStaysAString) {
  ReliabilityProfile p;
  const json::object o = ProfileToJson(p);
  const json::object& input = o.at("input").as_object();
  const json::object& article = o.at("article").as_object();
  EXPECT_TRUE(input.at("url").is_null());
  EXPECT_TRUE(input.at("path").is_string());
  for (const char* key :
       {"title", "published", "published_source", "modified", "language", "site_name", "canonical_url"}) {
    EXPECT_TRUE(article.at(key).is_null()) << key;
  }
  ASSERT_TRUE(article.at("text").is_string());
  EXPECT_EQ(article.at("text").as_string(), "");
  EXPECT_TRUE(article.at("authors").as_array().empty());
  EXPECT_TRUE(article.at("links").as_array().empty());
  EXPECT_EQ(SerializeJson(o.at("scores")), R"({"overall":0,"grade":"","dimensions":{}})");
}

TEST(ProfileJsonTest, AuthorsAreNamesAndAuthorSourcesCarrySourceConfidenceAndPerson) {
  const json::object article = ProfileToJson(FullProfile()).at("article").as_object();
  EXPECT_EQ(SerializeJson(article.at("authors")), R"(["Jane Doe","Reuters"])");
  EXPECT_EQ(SerializeJson(article.at("author_sources")),
            R"([{"name":"Jane Doe","source":"json-ld","confidence":0.9,"person":true},)"
            R"({"name":"Reuters","source":"byline","confidence":0.67,"person":false}])");
}

TEST(ProfileJsonTest, PublishedIsTheValueAndPublishedSourceSaysWhereFrom) {
  const json::object article = ProfileToJson(FullProfile()).at("article").as_object();
  EXPECT_EQ(article.at("published").as_string(), "2024-05-01T10:00:00Z");
  EXPECT_EQ(SerializeJson(article.at("published_source")), R"({"source":"meta","confidence":0.8})");
  EXPECT_EQ(article.at("modified").as_string(), "2024-05-02T10:00:00Z");
}

TEST(ProfileJsonTest, WordCountIsCountedFromTheText) {
  EXPECT_EQ(ProfileToJson(FullProfile()).at("article").at("word_count").to_number<int>(), 9);
}

TEST(ProfileJsonTest, LinksCarryUrlAnchorAndOffsets) {
  EXPECT_EQ(SerializeJson(ProfileToJson(FullProfile()).at("article").at("links")),
            R"([{"url":"https://example.com/b","anchor":"here","start":49,"end":53}])");
}

TEST(ProfileJsonTest, RecirculationListsTheBoxRangesOfTheTextAdjacentBlocksAsOne) {
  ReliabilityProfile p;
  // Own paragraph, a box of two blocks, own paragraph, a box of one block.
  p.article.text = "First own.\n\nMore on this\n\nA linked headline\n\nSecond own.\n\nOne card";
  auto block = [&](std::string_view t, bool box) {
    TextBlock b;
    b.start = p.article.text.find(t);
    b.end = b.start + t.size();
    b.recirculation = box;
    p.article.blocks.push_back(b);
  };
  block("First own.", false);
  block("More on this", true);
  block("A linked headline", true);
  block("Second own.", false);
  block("One card", true);
  EXPECT_EQ(SerializeJson(ProfileToJson(p).at("article").at("recirculation")),
            R"([{"start":12,"end":43},{"start":58,"end":66}])");
  EXPECT_TRUE(ProfileToJson(FullProfile()).at("article").at("recirculation").as_array().empty());
}

TEST(ProfileJsonTest, SignalWritesFirstEvidenceThenFamilyFieldsInInsertionOrder) {
  ReliabilityProfile p = FullProfile();
  p.signals[0].fields = {};
  p.signals[0].fields["role"] = "source";
  p.signals[0].fields["outlet"] = "Reuters";
  const json::object s = ProfileToJson(p).at("signals").at(0).as_object();
  EXPECT_THAT(Keys(s), ElementsAre("type", "rule", "confidence", "evidence", "role", "outlet"));
  EXPECT_EQ(SerializeJson(s.at("evidence")), R"j({"text":"(Reuters)","start":29,"end":38,"where":"body"})j");
}

TEST(ProfileJsonTest, MoreEvidenceAppearsOnlyWhenThereAreSeveralSpans) {
  ReliabilityProfile p = FullProfile();
  EXPECT_FALSE(ProfileToJson(p).at("signals").at(0).as_object().contains("more_evidence"));

  p.signals[0].evidence.push_back({"Reuters", 0, 7, "byline"});
  p.signals[0].evidence.push_back({"Reuters", 10, 17, "meta"});
  const json::object s = ProfileToJson(p).at("signals").at(0).as_object();
  EXPECT_THAT(Keys(s), ElementsAre("type", "rule", "confidence", "evidence", "more_evidence", "outlet", "role"));
  EXPECT_EQ(s.at("evidence").at("where").as_string(), "body");
  EXPECT_EQ(SerializeJson(s.at("more_evidence")),
            R"([{"text":"Reuters","start":0,"end":7,"where":"byline"},)"
            R"({"text":"Reuters","start":10,"end":17,"where":"meta"}])");
}

TEST(ProfileJsonTest, FamilyFieldCannotOverwriteAContractKey) {
  ReliabilityProfile p = FullProfile();
  p.signals[0].fields["type"] = "forged";
  p.signals[0].fields["confidence"] = 1.0;
  const json::object s = ProfileToJson(p).at("signals").at(0).as_object();
  EXPECT_EQ(s.at("type").as_string(), kSignalWireAttribution);
  EXPECT_DOUBLE_EQ(s.at("confidence").as_double(), 0.88);
  EXPECT_EQ(s.size(), 6u);
}

TEST(ProfileJsonTest, SignalWithoutEvidenceStillHasAnEvidenceObject) {
  ReliabilityProfile p = FullProfile();
  p.signals[0].evidence.clear();
  EXPECT_EQ(SerializeJson(ProfileToJson(p).at("signals").at(0).at("evidence")),
            R"({"text":"","start":0,"end":0,"where":""})");
}

TEST(ProfileJsonTest, ScoresAreRoundedToOneDecimalAndDimensionsSortedByName) {
  EXPECT_EQ(SerializeJson(ProfileToJson(FullProfile()).at("scores")),
            R"({"overall":72.5,"grade":"B","dimensions":{"attribution":65,"transparency":80}})");
}

TEST(ProfileJsonTest, ConfidenceIsRoundedToTwoDecimals) {
  EXPECT_EQ(SerializeJson(ProfileToJson(FullProfile()).at("signals").at(0).at("confidence")), "0.88");
}

TEST(ProfileJsonTest, ReasonWithoutSignalHasNullSignal) {
  EXPECT_EQ(SerializeJson(ProfileToJson(FullProfile()).at("reasons")),
            R"([{"signal":0,"dimension":"attribution","points":-5,"text":"Wire copy."},)"
            R"({"signal":null,"dimension":"transparency","points":2,"text":"Named author."}])");
}

TEST(ProfileJsonTest, NegativeZeroIsWrittenAsZero) {
  ReliabilityProfile p;
  p.reasons = {{-1, "x", -0.04, "tiny"}};
  EXPECT_EQ(SerializeJson(ProfileToJson(p).at("reasons").at(0).at("points")), "0");
}

TEST(ProfileJsonTest, ErrorsCarryCodeAndMessage) {
  EXPECT_EQ(SerializeJson(ProfileToJson(FullProfile()).at("errors")),
            R"([{"code":"invalid_utf8","message":"3 invalid bytes were replaced."}])");
}

TEST(ProfileJsonTest, SameProfileSerialisesToIdenticalBytes) {
  const std::string first = SerializeJson(ProfileToJson(FullProfile()));
  const std::string second = SerializeJson(ProfileToJson(FullProfile()));
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.find('\n'), std::string::npos);
}

TEST(ProfileJsonTest, InvalidUtf8InAPathBecomesReplacementCharacters) {
  ReliabilityProfile p;
  p.input.path = "caf\xe9.html";
  const std::string line = SerializeJson(ProfileToJson(p));
  boost::system::error_code ec;
  const json::value back = json::parse(line, ec);
  ASSERT_FALSE(ec) << ec.message();
  EXPECT_EQ(back.at("input").at("path").as_string(), "caf\xef\xbf\xbd.html");
}

TEST(ProfileJsonTest, SerializedProfileParsesBackToTheSameObject) {
  const json::object o = ProfileToJson(FullProfile());
  const json::value back = json::parse(SerializeJson(o));
  EXPECT_EQ(SerializeJson(back), SerializeJson(o));
}

struct DoubleCase {
  double value;
  const char* text;
};

TEST(SerializeJsonTest, WritesDoublesInShortestPlainForm) {
  const DoubleCase cases[] = {
      {0.95, "0.95"}, {72.5, "72.5"}, {100.0, "100"}, {0.0, "0"}, {-3.0, "-3"}, {0.1, "0.1"},
  };
  for (const DoubleCase& c : cases) EXPECT_EQ(SerializeJson(json::value(c.value)), c.text) << c.value;
}

TEST(SerializeJsonTest, NonFiniteDoublesAreNull) {
  EXPECT_EQ(SerializeJson(json::value(std::numeric_limits<double>::quiet_NaN())), "null");
  EXPECT_EQ(SerializeJson(json::value(std::numeric_limits<double>::infinity())), "null");
}

TEST(SerializeJsonTest, EscapesStringsLikeBoost) {
  const json::value v = {{"k\"ey", "line\nbreak \x01 \\ caf\xc3\xa9"}};
  EXPECT_EQ(SerializeJson(v), json::serialize(v));
}

}  // namespace
}  // namespace provscore
