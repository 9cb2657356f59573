#include "fetch/cdxj.h"

#include <gtest/gtest.h>

#include "fetch/warc_writer.h"
#include "fetch_test_util.h"

namespace provscore::fetch {
namespace {

TEST(SurtKeyTest, CanonicalisesLikePywb) {
  struct Case {
    std::string_view url;
    std::string_view key;
  };
  const Case cases[] = {
      {"http://example.com/", "com,example)/"},
      {"http://example.com", "com,example)/"},
      {"https://www.Example.COM/Path/Page.html", "com,example)/path/page.html"},
      {"http://www12.example.com/a/", "com,example)/a"},
      {"http://www2example.com/", "com,www2example)/"},
      {"http://example.com:80/x", "com,example)/x"},
      {"https://example.com:443/x", "com,example)/x"},
      {"http://example.com:8080/x", "com,example:8080)/x"},
      {"http://news.bbc.co.uk/story?b=2&a=1", "uk,co,bbc,news)/story?a=1&b=2"},
      {"http://example.com/q?b=b&a=b&b=a&a=a", "com,example)/q?a=a&a=b&b=a&b=b"},
      {"http://example.com/q?a=1&", "com,example)/q?&a=1"},
      {"http://example.com/page#section", "com,example)/page"},
      {"http://user:pw@example.com/", "com,example)/"},
      {"http://127.0.0.1:8000/x", "127.0.0.1:8000)/x"},
  };
  for (const Case& c : cases) {
    Result<std::string> key = SurtKey(c.url);
    ASSERT_TRUE(key.ok()) << c.url;
    EXPECT_EQ(*key, c.key) << c.url;
  }
}

TEST(SurtKeyTest, RejectsUrlWithoutScheme) { EXPECT_FALSE(SurtKey("example.com/x").ok()); }

TEST(SurtKeyTest, RejectsUrlWithoutHost) { EXPECT_FALSE(SurtKey("http:///x").ok()); }

TEST(CdxjTest, LineHasPywbFieldOrder) {
  CdxjEntry e{"com,example)/", "20240301120000", "http://example.com/", "text/html", "200",
              "ABCDEF", 512, 1024, "provscore-20240301120000-00000.warc.gz"};
  EXPECT_EQ(FormatCdxjLine(e),
            "com,example)/ 20240301120000 {\"url\": \"http://example.com/\", \"mime\": \"text/html\", "
            "\"status\": \"200\", \"digest\": \"ABCDEF\", \"length\": \"512\", \"offset\": \"1024\", "
            "\"filename\": \"provscore-20240301120000-00000.warc.gz\"}");
  Result<CdxjEntry> back = ParseCdxjLine(FormatCdxjLine(e));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->url, e.url);
  EXPECT_EQ(back->offset, 1024u);
  EXPECT_EQ(back->length, 512u);
}

TEST(CdxjTest, JsonStringsAreEscaped) {
  CdxjEntry e{"k", "20240301120000", "http://x/\"q\"\\", "", "", "", 1, 2, "f"};
  const std::string line = FormatCdxjLine(e);
  EXPECT_NE(line.find("\"url\": \"http://x/\\\"q\\\"\\\\\""), std::string::npos) << line;
  EXPECT_EQ(ParseCdxjLine(line)->url, e.url);
}

TEST(CdxjTest, RejectsLineWithoutJson) { EXPECT_FALSE(ParseCdxjLine("com,example)/ 2024").ok()); }

TEST(CdxjTest, EntryForRevisitUsesWarcRevisitMime) {
  testing::TempDir dir;
  HttpCapture c = testing::SampleCapture();
  c.response_head = "HTTP/1.1 304 Not Modified\r\n\r\n";
  c.response_body.clear();
  const WarcRecord r = MakeRevisitRecord(c, "<urn:uuid:v>", "", kRevisitServerNotModified,
                                         {"<urn:uuid:o>", c.target_uri, "2024-02-01T00:00:00Z", "sha1:XYZ"});
  Result<CdxjEntry> e = CdxjEntryFor(r, 10, 20, "f.warc.gz");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->mime, "warc/revisit");
  EXPECT_EQ(e->status, "304");
  EXPECT_EQ(e->digest, "XYZ");
  EXPECT_EQ(e->urlkey, "com,example)/news/story?id=7");
}

TEST(CdxjTest, RequestRecordsAreNotIndexed) {
  const WarcRecord r = MakeRequestRecord(testing::SampleCapture(), "<urn:uuid:q>", "");
  EXPECT_EQ(CdxjEntryFor(r, 0, 0, "f").status().code(), StatusCode::kNotFound);
}

TEST(CdxjIndexTest, CloseSortsLinesAndDropsTornLastLine) {
  testing::TempDir dir;
  const std::string path = dir.str() + "/index.cdxj";
  {
    auto index = CdxjIndex::Open(path);
    ASSERT_TRUE(index.ok());
    CdxjEntry b{"org,b)/", "20240301120000", "http://b.org/", "text/html", "200", "B", 1, 2, "f"};
    CdxjEntry a{"com,a)/", "20240301120000", "http://a.com/", "text/html", "200", "A", 1, 2, "f"};
    ASSERT_TRUE((*index)->Append(b).ok());
    ASSERT_TRUE((*index)->Append(a).ok());
    ASSERT_TRUE((*index)->Close().ok());
  }
  std::string text = testing::ReadFile(path);
  EXPECT_TRUE(text.starts_with("com,a)/ ")) << text;
  // A crash mid-line leaves a fragment; the next sort drops it.
  testing::WriteFile(path, text + "net,c)/ 2024030112 {\"url\": \"ht");
  ASSERT_TRUE(SortCdxjFile(path).ok());
  EXPECT_EQ(testing::ReadFile(path), text);
}

TEST(CdxjIndexTest, IndexesResponsesOfAWarcFileWithTheirOffsets) {
  testing::TempDir dir;
  WarcWriterOptions o;
  o.directory = dir.str();
  o.clock = testing::FixedClock();
  o.ids = testing::CountingIds();
  auto writer = WarcWriter::Open(o);
  ASSERT_TRUE(writer.ok());
  const HttpCapture c = testing::SampleCapture();
  auto at = (*writer)->Write({MakeRequestRecord(c, "<urn:uuid:q>", "<urn:uuid:r>"),
                              MakeResponseRecord(c, "<urn:uuid:r>", "<urn:uuid:q>")});
  ASSERT_TRUE(at.ok());
  Result<std::vector<CdxjEntry>> entries = IndexWarcFile(dir.str() + "/" + (*at)[1].filename);
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 1u);
  const CdxjEntry& e = entries->front();
  EXPECT_EQ(e.offset, (*at)[1].offset);
  EXPECT_EQ(e.length, (*at)[1].length);
  EXPECT_EQ(e.mime, "text/html");
  EXPECT_EQ(e.status, "200");
  EXPECT_EQ("sha1:" + e.digest, testing::IndependentSha1Base32("Hello, world"));
  EXPECT_EQ(e.timestamp, "20240301120000");
}

}  // namespace
}  // namespace provscore::fetch
