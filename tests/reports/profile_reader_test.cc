#include "reports/profile_reader.h"

#include <gtest/gtest.h>

#include <cstdint>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "reports/profile_json.h"

namespace provscore {
namespace {

ReliabilityProfile Sample() {
  ReliabilityProfile p;
  p.id = "0123456789abcdef";
  p.input = {"a/b.html", "https://x.example/a", "text/html", 1234, "utf-8", "meta", {}};
  p.input.archive.warc_file = "provscore-1.warc.gz";
  p.input.archive.warc_offset = 4096;
  p.article.title = "Bridge reopens";
  p.article.authors.push_back({"Jane Doe", "json-ld", 0.95});
  p.article.authors.push_back({"Harbour Herald Staff", "byline", 0.67, /*person=*/false});
  p.article.published = SourcedValue{"2026-03-12T08:15:00Z", "meta", 0.9};
  p.article.language = "en";
  p.article.text = "READ ALSO: Bridge news\n\nThe bridge reopened.";
  p.article.links.push_back({"https://x.example/b", "Bridge news", 11, 22, {}});
  Signal s;
  s.type = "injected_cross_link";
  s.rule = "cl.en.read-also";
  s.confidence = 0.9;
  s.evidence = {{"READ ALSO: Bridge news", 0, 22, "body"}, {"x", 1, 2, "body"}};
  s.fields["marker"] = "READ ALSO";
  s.fields["target_url"] = nullptr;
  p.signals.push_back(s);
  p.scores.overall = 77.3;
  p.scores.grade = "B";
  p.scores.dimensions = {{"integrity", 92.0}, {"authorship", 75.0}};
  p.reasons.push_back({0, "integrity", -8.0, "A promotional link."});
  p.reasons.push_back({-1, "authorship", 25.0, "Names its author."});
  p.errors.push_back({"invalid_utf8", "2 sequences replaced"});
  return p;
}

TEST(ProfileReaderTest, RoundTripIsLossless) {
  const std::string once = SerializeJson(ProfileToJson(Sample()));
  auto back = ProfileFromJson(boost::json::parse(once).as_object());
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(SerializeJson(ProfileToJson(*back)), once);
  EXPECT_EQ(back->signals.at(0).evidence.size(), 2u);
  EXPECT_EQ(back->reasons.at(1).signal, -1);
  ASSERT_TRUE(back->input.archive.warc_offset.has_value());
  EXPECT_EQ(*back->input.archive.warc_offset, 4096u);
}

TEST(ProfileReaderTest, AnAuthorIsAPersonUnlessTheProfileSaysOtherwise) {
  boost::json::object o = boost::json::parse(SerializeJson(ProfileToJson(Sample()))).as_object();
  auto back = ProfileFromJson(o);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->article.authors.size(), 2u);
  EXPECT_TRUE(back->article.authors[0].person);
  EXPECT_FALSE(back->article.authors[1].person);
  // A profile written before the key was: every author counted as a person.
  for (boost::json::value& s : o["article"].as_object()["author_sources"].as_array()) s.as_object().erase("person");
  back = ProfileFromJson(o);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_TRUE(back->article.authors[0].person);
  EXPECT_TRUE(back->article.authors[1].person);
}

// Found by fuzz/profile_reader_fuzzer: a number past size_t's range (or negative)
// where a size is read was converted as it was (undefined behaviour).
TEST(ProfileReaderTest, OutOfRangeSizesAreClamped) {
  boost::json::object o = boost::json::parse(SerializeJson(ProfileToJson(Sample()))).as_object();
  o["input"].as_object()["bytes"] = 7.77778e20;
  o["signals"].as_array().at(0).as_object()["evidence"].as_object()["start"] = -3.5;
  o["input"].as_object()["warc_offset"] = 1e30;
  o["reasons"].as_array().at(0).as_object()["signal"] = 3.3e34;
  auto back = ProfileFromJson(o);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->input.bytes, SIZE_MAX);
  EXPECT_EQ(back->signals.at(0).evidence.at(0).start, 0u);
  EXPECT_EQ(back->input.archive.warc_offset, UINT64_MAX);
  EXPECT_EQ(back->reasons.at(0).signal, INT32_MAX);
}

TEST(ProfileReaderTest, RejectsOtherObjects) {
  EXPECT_FALSE(ProfileFromJson(boost::json::object{{"schema", "something/1"}}).ok());
  EXPECT_FALSE(ProfileFromJson(boost::json::object{}).ok());
}

}  // namespace
}  // namespace provscore
