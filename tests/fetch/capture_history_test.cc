#include "fetch/capture_history.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "fetch/cdxj.h"
#include "fetch/internal/gzip.h"
#include "fetch/warc_writer.h"
#include "fetch_test_util.h"

namespace provscore::fetch {
namespace {

using testing::TempDir;
using testing::WriteFile;

constexpr char kStory[] = "https://www.example.com/news/harbour";
constexpr char kOther[] = "https://www.example.com/news/weather";

TimePoint At(int hours) { return std::chrono::system_clock::from_time_t(1709294400) + std::chrono::hours(hours); }

HttpCapture Html(const std::string& url, TimePoint when, const std::string& body) {
  HttpCapture c;
  c.target_uri = url;
  c.date = when;
  c.request_head = "GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n";
  c.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n";
  c.response_body = body;
  return c;
}

// Writes captures with the project's WarcWriter and indexes them as the Archiver does.
class ArchiveBuilder {
 public:
  explicit ArchiveBuilder(const TempDir& dir) : dir_(dir) {
    WarcWriterOptions o;
    o.directory = dir.str();
    o.clock = testing::FixedClock();
    o.ids = testing::CountingIds();
    writer_ = std::move(WarcWriter::Open(o)).value();
  }

  // A response; returns its record id.
  std::string Response(const HttpCapture& c) {
    const std::string id = writer_->ids()();
    Put(MakeResponseRecord(c, id, ""));
    return id;
  }

  void Revisit(const HttpCapture& c, std::string_view profile, const RevisitTarget& target) {
    HttpCapture head_only = c;
    Put(MakeRevisitRecord(head_only, writer_->ids()(), "", profile, target));
  }

  // Writes index.cdxj (sorted, like the Archiver's).
  void WriteIndex() {
    auto index = std::move(CdxjIndex::Open(dir_.str() + "/index.cdxj")).value();
    for (const CdxjEntry& e : entries_) ASSERT_TRUE(index->Append(e).ok());
    ASSERT_TRUE(index->Close().ok());
  }

 private:
  void Put(const WarcRecord& r) {
    Result<WrittenRecord> at = writer_->Write(r);
    ASSERT_TRUE(at.ok());
    entries_.push_back(CdxjEntryFor(r, at->offset, at->length, at->filename).value());
  }
  const TempDir& dir_;
  std::unique_ptr<WarcWriter> writer_;
  std::vector<CdxjEntry> entries_;
};

// Three captures of the story (edited once, then unchanged) and two identical ones of
// another page.
void WriteEditedStory(const TempDir& dir, bool with_index) {
  ArchiveBuilder b(dir);
  const HttpCapture v1 = Html(kStory, At(0), "<p>First version of the harbour story.</p>");
  const HttpCapture v2 = Html(kStory, At(6), "<p>Second version: the quay plan was approved.</p>");
  b.Response(v1);
  b.Response(Html(kOther, At(1), "<p>Sunny.</p>"));
  const std::string v2_id = b.Response(v2);
  HttpCapture again = v2;
  again.date = At(24);
  b.Revisit(again, kRevisitIdenticalPayload,
            {v2_id, kStory, FormatWarcDate(v2.date), ResponsePayloadDigest(v2)});
  b.Response(Html(kOther, At(25), "<p>Sunny.</p>"));
  if (with_index) b.WriteIndex();
}

TEST(CaptureHistoryTest, IndexListsTheCapturesOfAUrlInTimeOrder) {
  TempDir dir;
  WriteEditedStory(dir, /*with_index=*/true);
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  EXPECT_EQ(archive->source(), CaptureArchive::Source::kIndex);
  // http and no "www." name the same URL (SURT key).
  std::vector<CaptureRef> got = archive->CapturesOf("http://example.com/news/harbour");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].timestamp, "20240301120000");
  EXPECT_EQ(got[1].timestamp, "20240301180000");
  EXPECT_EQ(got[2].timestamp, "20240302120000");
  EXPECT_FALSE(got[0].revisit);
  EXPECT_TRUE(got[2].revisit);
  EXPECT_EQ(got[0].status, 200);
}

TEST(CaptureHistoryTest, RevisitIsResolvedToTheRecordItRepeats) {
  TempDir dir;
  WriteEditedStory(dir, /*with_index=*/true);
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  std::vector<CaptureRef> got = archive->CapturesOf(kStory);
  ASSERT_EQ(got.size(), 3u);
  std::vector<std::string> bodies;
  for (const CaptureRef& c : got) {
    Result<LoadedCapture> loaded = archive->Load(c);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    EXPECT_EQ(loaded->payload.status, 200);
    bodies.push_back(loaded->payload.body);
    if (c.revisit) {
      EXPECT_EQ(loaded->payload_from.timestamp, got[1].timestamp);
      EXPECT_EQ(loaded->capture.timestamp, got[2].timestamp);
    }
  }
  EXPECT_EQ(bodies[0], "<p>First version of the harbour story.</p>");
  EXPECT_EQ(bodies[1], "<p>Second version: the quay plan was approved.</p>");
  EXPECT_EQ(bodies[2], bodies[1]);
}

TEST(CaptureHistoryTest, ScanWithoutIndexAgreesWithTheIndex) {
  TempDir dir;
  WriteEditedStory(dir, /*with_index=*/false);
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  EXPECT_EQ(archive->source(), CaptureArchive::Source::kWarcScan);
  std::vector<CaptureRef> got = archive->CapturesOf(kStory);
  ASSERT_EQ(got.size(), 3u);
  Result<LoadedCapture> last = archive->Load(got[2]);
  ASSERT_TRUE(last.ok()) << last.status().message();
  EXPECT_EQ(last->payload.body, "<p>Second version: the quay plan was approved.</p>");
}

TEST(CaptureHistoryTest, OnlyUrlsWithDistinctPayloadsAreListed) {
  TempDir dir;
  WriteEditedStory(dir, /*with_index=*/true);
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  // The weather page was fetched twice with the same payload: one distinct capture.
  EXPECT_EQ(archive->UrlsWithDistinctCaptures(), std::vector<std::string>{kStory});
}

TEST(CaptureHistoryTest, ChunkedGzipPayloadIsDecoded) {
  TempDir dir;
  ArchiveBuilder b(dir);
  const std::string html = "<p>Decoded like every other payload.</p>";
  HttpCapture c = Html(kStory, At(0), "");
  const std::string gz = internal::GzipCompress(html, 6).value();
  char size[16];
  std::snprintf(size, sizeof size, "%zx", gz.size());
  c.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n";
  c.response_body = std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
  b.Response(c);
  b.WriteIndex();
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  std::vector<CaptureRef> got = archive->CapturesOf(kStory);
  ASSERT_EQ(got.size(), 1u);
  Result<LoadedCapture> loaded = archive->Load(got[0]);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->payload.body, html);
}

TEST(CaptureHistoryTest, NotModifiedRevisitNamingNothingRepeatsThePreviousResponse) {
  TempDir dir;
  ArchiveBuilder b(dir);
  b.Response(Html(kStory, At(0), "<p>One.</p>"));
  b.Response(Html(kStory, At(1), "<p>Two.</p>"));
  HttpCapture not_modified = Html(kStory, At(2), "");
  not_modified.response_head = "HTTP/1.1 304 Not Modified\r\n\r\n";
  b.Revisit(not_modified, kRevisitServerNotModified, RevisitTarget{});
  b.WriteIndex();
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  std::vector<CaptureRef> got = archive->CapturesOf(kStory);
  ASSERT_EQ(got.size(), 3u);
  Result<LoadedCapture> loaded = archive->Load(got[2]);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->payload.body, "<p>Two.</p>");
  EXPECT_EQ(loaded->payload.status, 200);
}

// A revisit naming its original by record id only (WARC-Refers-To, no target URI, date
// or digest) repeats that record -- here the older of two responses, which neither the
// digest nor "the previous response" would find.
TEST(CaptureHistoryTest, RevisitNamingOnlyARecordIdRepeatsThatRecord) {
  for (const std::string_view profile : {kRevisitIdenticalPayload, kRevisitServerNotModified}) {
    SCOPED_TRACE(profile);
    TempDir dir;
    ArchiveBuilder b(dir);
    const std::string one = b.Response(Html(kStory, At(0), "<p>One.</p>"));
    b.Response(Html(kStory, At(1), "<p>Two.</p>"));
    b.Response(Html(kOther, At(1), "<p>One.</p>"));
    HttpCapture again = Html(kStory, At(2), "");
    if (profile == kRevisitServerNotModified) again.response_head = "HTTP/1.1 304 Not Modified\r\n\r\n";
    b.Revisit(again, profile, RevisitTarget{one, "", "", ""});
    b.WriteIndex();
    auto archive = std::move(CaptureArchive::Open(dir.str())).value();
    std::vector<CaptureRef> got = archive->CapturesOf(kStory);
    ASSERT_EQ(got.size(), 3u);
    ASSERT_TRUE(got[2].revisit);
    Result<LoadedCapture> loaded = archive->Load(got[2]);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    EXPECT_EQ(loaded->payload.body, "<p>One.</p>");
    EXPECT_EQ(loaded->payload_from.timestamp, got[0].timestamp);
  }
}

TEST(CaptureHistoryTest, RevisitWhoseOriginalIsMissingIsNotFound) {
  TempDir dir;
  ArchiveBuilder b(dir);
  HttpCapture c = Html(kStory, At(3), "<p>Never stored.</p>");
  b.Revisit(c, kRevisitIdenticalPayload,
            {"<urn:uuid:gone>", kStory, FormatWarcDate(At(1)), ResponsePayloadDigest(c)});
  b.WriteIndex();
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  std::vector<CaptureRef> got = archive->CapturesOf(kStory);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(archive->Load(got[0]).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(archive->UrlsWithDistinctCaptures().empty());
}

TEST(CaptureHistoryTest, MissingDirectoryIsNotFound) {
  TempDir dir;
  EXPECT_EQ(CaptureArchive::Open(dir.str() + "/nope").status().code(), StatusCode::kNotFound);
}

// Another indexer's CDXJ: compact JSON, bare numbers, "sha1:" digests, a key that keeps
// "www.". Offsets and file names come from our own index of the same files.
TEST(CaptureHistoryTest, ReadsACdxjWrittenByAnotherIndexer) {
  TempDir dir;
  WriteEditedStory(dir, /*with_index=*/false);
  std::string foreign;
  for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
    Result<std::vector<CdxjEntry>> entries = IndexWarcFile(f.path().string());
    ASSERT_TRUE(entries.ok());
    for (const CdxjEntry& e : *entries) {
      foreign += "com,example,www)" + e.urlkey.substr(e.urlkey.find(')') + 1) + " " + e.timestamp +
                 " {\"url\":\"" + e.url + "\",\"mime\":\"" + e.mime + "\",\"status\":" + e.status +
                 ",\"digest\":\"sha1:" + e.digest + "\",\"length\":" + std::to_string(e.length) +
                 ",\"offset\":" + std::to_string(e.offset) + ",\"filename\":\"" + e.filename + "\"}\n";
    }
  }
  WriteFile(dir.path() / "other.cdxj", foreign);
  CaptureArchiveOptions options;
  options.index_path = (dir.path() / "other.cdxj").string();
  auto archive = std::move(CaptureArchive::Open(dir.str(), options)).value();
  EXPECT_EQ(archive->source(), CaptureArchive::Source::kIndex);
  std::vector<CaptureRef> got = archive->CapturesOf(kStory);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1].status, 200);
  Result<LoadedCapture> last = archive->Load(got[2]);
  ASSERT_TRUE(last.ok()) << last.status().message();
  EXPECT_EQ(last->payload.body, "<p>Second version: the quay plan was approved.</p>");
  EXPECT_EQ(archive->UrlsWithDistinctCaptures(), std::vector<std::string>{kStory});
}

// A WARC written the way wget writes them (tests/data/fetch/wget_history.warc, invented
// content): WARC/1.0, no index, chunked payloads digested raw, a target URI in angle
// brackets, a revisit that names its original only by record id and payload digest, and
// a metadata record at the end.
TEST(CaptureHistoryTest, WgetArchiveWithoutIndexIsScanned) {
  TempDir dir;
  std::filesystem::copy_file(std::string(PROVSCORE_SOURCE_DIR) + "/tests/data/fetch/wget_history.warc",
                             dir.path() / "wget_history.warc");
  auto archive = std::move(CaptureArchive::Open(dir.str())).value();
  EXPECT_EQ(archive->source(), CaptureArchive::Source::kWarcScan);
  const std::string story = "http://news.example.org/2024/harbour-plan";
  std::vector<CaptureRef> got = archive->CapturesOf(story);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].url, story);  // the angle brackets are gone
  std::vector<std::string> bodies;
  for (const CaptureRef& c : got) {
    Result<LoadedCapture> loaded = archive->Load(c);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    bodies.push_back(loaded->payload.body);
  }
  EXPECT_NE(bodies[0].find("<h1>Harbour board backs quay plan</h1>"), std::string::npos) << bodies[0];
  EXPECT_EQ(bodies[0].find("0\r\n"), std::string::npos);  // chunking removed
  EXPECT_NE(bodies[1].find("Correction: An earlier version"), std::string::npos);
  EXPECT_EQ(bodies[2], bodies[1]);
  EXPECT_EQ(archive->UrlsWithDistinctCaptures(), std::vector<std::string>{story});
}

}  // namespace
}  // namespace provscore::fetch
