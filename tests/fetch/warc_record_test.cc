#include "fetch/warc_record.h"

#include <gtest/gtest.h>

#include "fetch_test_util.h"

namespace provscore::fetch {
namespace {

using testing::IndependentDechunk;
using testing::IndependentSha1Base32;
using testing::SampleCapture;

TEST(WarcDigestTest, Sha1Base32MatchesKnownValues) {
  struct Case {
    std::string_view data;
    std::string_view digest;
  };
  // Published SHA-1 values, base32-encoded (RFC 4648).
  const Case cases[] = {
      {"", "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"},
      {"abc", "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Sha1Base32Digest(c.data), c.digest) << c.data;
    EXPECT_EQ(IndependentSha1Base32(c.data), c.digest) << c.data;
  }
}

TEST(WarcDateTest, FormatsAndParsesSecondsInUtc) {
  const TimePoint t = std::chrono::system_clock::from_time_t(1709294405);
  EXPECT_EQ(FormatWarcDate(t), "2024-03-01T12:00:05Z");
  EXPECT_EQ(FormatTimestamp14(t), "20240301120005");
  Result<TimePoint> back = ParseWarcDate("2024-03-01T12:00:05.123456Z");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, t);
}

TEST(WarcDateTest, RejectsMalformedDate) { EXPECT_FALSE(ParseWarcDate("yesterday").ok()); }

TEST(WarcRecordTest, ResponseRecordCarriesBothDigests) {
  const HttpCapture c = SampleCapture();
  const WarcRecord r = MakeResponseRecord(c, "<urn:uuid:r>", "<urn:uuid:q>");
  EXPECT_EQ(r.Type(), "response");
  EXPECT_EQ(r.block, c.response_head + c.response_body);  // chunking kept as received
  EXPECT_EQ(r.Header("WARC-Block-Digest").value(), IndependentSha1Base32(r.block));
  // The payload digest is over the dechunked entity body.
  EXPECT_EQ(IndependentDechunk(c.response_body), "Hello, world");
  EXPECT_EQ(r.Header("WARC-Payload-Digest").value(), IndependentSha1Base32("Hello, world"));
  EXPECT_EQ(r.Header("WARC-Concurrent-To").value(), "<urn:uuid:q>");
  EXPECT_EQ(r.Header("WARC-IP-Address").value(), "127.0.0.1");
  EXPECT_FALSE(r.Header("WARC-Truncated").has_value());
}

TEST(WarcRecordTest, RequestRecordLinksToResponse) {
  const WarcRecord r = MakeRequestRecord(SampleCapture(), "<urn:uuid:q>", "<urn:uuid:r>");
  EXPECT_EQ(r.Type(), "request");
  EXPECT_EQ(r.Header("Content-Type").value(), "application/http; msgtype=request");
  EXPECT_EQ(r.Header("WARC-Concurrent-To").value(), "<urn:uuid:r>");
  EXPECT_EQ(r.Header("WARC-Block-Digest").value(), IndependentSha1Base32(r.block));
}

TEST(WarcRecordTest, TruncatedCaptureIsMarked) {
  HttpCapture c = SampleCapture();
  c.truncated = true;
  EXPECT_EQ(MakeResponseRecord(c, "<urn:uuid:r>", "").Header("WARC-Truncated").value(), "length");
}

TEST(WarcRecordTest, UnknownIpAddressIsOmitted) {
  HttpCapture c = SampleCapture();
  c.ip_address.clear();
  EXPECT_FALSE(MakeResponseRecord(c, "<urn:uuid:r>", "").Header("WARC-IP-Address").has_value());
}

TEST(WarcRecordTest, RevisitKeepsOnlyTheHeadAndRefersToTheOriginal) {
  HttpCapture c = SampleCapture();
  c.response_head = "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n\r\n";
  c.response_body.clear();
  const RevisitTarget target{"<urn:uuid:orig>", "http://example.com/news/story?id=7", "2024-02-01T00:00:00Z",
                             "sha1:AAAA"};
  const WarcRecord r = MakeRevisitRecord(c, "<urn:uuid:v>", "<urn:uuid:q>", kRevisitServerNotModified, target);
  EXPECT_EQ(r.Type(), "revisit");
  EXPECT_EQ(r.block, c.response_head);
  EXPECT_EQ(r.Header("WARC-Profile").value(), "http://netpreserve.org/warc/1.1/revisit/server-not-modified");
  EXPECT_EQ(r.Header("WARC-Refers-To").value(), "<urn:uuid:orig>");
  EXPECT_EQ(r.Header("WARC-Refers-To-Target-URI").value(), target.target_uri);
  EXPECT_EQ(r.Header("WARC-Refers-To-Date").value(), "2024-02-01T00:00:00Z");
  EXPECT_EQ(r.Header("WARC-Payload-Digest").value(), "sha1:AAAA");
}

TEST(WarcRecordTest, RandomIdsAreUrnUuidsAndDistinct) {
  RecordIdGenerator ids = RandomRecordIds();
  const std::string a = ids();
  const std::string b = ids();
  EXPECT_NE(a, b);
  ASSERT_EQ(a.size(), std::string("<urn:uuid:00000000-0000-4000-8000-000000000000>").size());
  EXPECT_TRUE(a.starts_with("<urn:uuid:"));
  EXPECT_EQ(a[24], '4');  // version nibble
}

TEST(WarcRecordTest, SerialisedResponseMatchesGoldenFile) {
  const HttpCapture c = SampleCapture();
  const std::string bytes = SerializeWarcRecord(
      MakeResponseRecord(c, "<urn:uuid:00000000-0000-4000-8000-000000000002>", "<urn:uuid:00000000-0000-4000-8000-000000000001>"));
  const std::string golden = testing::ReadFile(std::string(PROVSCORE_TEST_DATA) + "/fetch/golden_response.warc");
  if (std::getenv("PROVSCORE_UPDATE_GOLDEN")) {
    testing::WriteFile(std::string(PROVSCORE_TEST_DATA) + "/fetch/golden_response.warc", bytes);
    GTEST_SKIP() << "golden file rewritten";
  }
  EXPECT_EQ(bytes, golden);
}

}  // namespace
}  // namespace provscore::fetch
