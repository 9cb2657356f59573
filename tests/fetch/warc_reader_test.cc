#include "fetch/warc_reader.h"

#include <gtest/gtest.h>

#include "fetch/internal/gzip.h"
#include "fetch_test_util.h"

namespace provscore::fetch {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::vector<WarcRecord> ThreeRecords() {
  const HttpCapture c = testing::SampleCapture();
  return {MakeWarcinfoRecord("x.warc", c.date, "<urn:uuid:i>", {{"software", "test"}}),
          MakeRequestRecord(c, "<urn:uuid:q>", "<urn:uuid:r>"), MakeResponseRecord(c, "<urn:uuid:r>", "<urn:uuid:q>")};
}

std::string Members(const std::vector<WarcRecord>& records, std::vector<uint64_t>* offsets) {
  std::string out;
  for (const WarcRecord& r : records) {
    if (offsets) offsets->push_back(out.size());
    out += internal::GzipCompress(SerializeWarcRecord(r), 6).value();
  }
  return out;
}

std::vector<ReadRecord> ReadAll(const std::string& path, WarcReader** keep = nullptr,
                                std::unique_ptr<WarcReader>* holder = nullptr) {
  auto reader = WarcReader::Open(path);
  EXPECT_TRUE(reader.ok());
  std::vector<ReadRecord> out;
  ReadRecord rec;
  while ((*reader)->Next(&rec)) out.push_back(rec);
  if (holder) {
    *holder = std::move(reader).value();
    if (keep) *keep = holder->get();
  }
  return out;
}

TEST(WarcReaderTest, ReadsOneMemberPerRecordWithMemberOffsets) {
  TempDir dir;
  std::vector<uint64_t> offsets;
  const std::string data = Members(ThreeRecords(), &offsets);
  WriteFile(dir.path() / "a.warc.gz", data);
  std::unique_ptr<WarcReader> reader;
  WarcReader* r = nullptr;
  const auto records = ReadAll(dir.str() + "/a.warc.gz", &r, &reader);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_TRUE(r->status().ok());
  EXPECT_FALSE(r->torn_tail().has_value());
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(records[i].offset, offsets[i]);
    const uint64_t next = i + 1 < 3 ? offsets[i + 1] : data.size();
    EXPECT_EQ(records[i].length, next - offsets[i]);
  }
  EXPECT_EQ(records[2].record.Type(), "response");
  EXPECT_EQ(records[2].record.block, ThreeRecords()[2].block);
}

TEST(WarcReaderTest, OpenAtAMemberOffsetStartsThere) {
  TempDir dir;
  std::vector<uint64_t> offsets;
  WriteFile(dir.path() / "a.warc.gz", Members(ThreeRecords(), &offsets));
  auto reader = WarcReader::Open(dir.str() + "/a.warc.gz", offsets[2]);
  ASSERT_TRUE(reader.ok());
  ReadRecord rec;
  ASSERT_TRUE((*reader)->Next(&rec));
  EXPECT_EQ(rec.record.Type(), "response");
  EXPECT_EQ(rec.offset, offsets[2]);
  EXPECT_FALSE((*reader)->Next(&rec));
  EXPECT_TRUE((*reader)->status().ok());
}

// Writes ThreeRecords() as one uncompressed WARC file; returns each record's offset.
std::vector<uint64_t> WriteUncompressedWarc(const std::filesystem::path& path) {
  std::string data;
  std::vector<uint64_t> offsets;
  for (const WarcRecord& r : ThreeRecords()) {
    offsets.push_back(data.size());
    data += SerializeWarcRecord(r);
  }
  WriteFile(path, data);
  return offsets;
}

TEST(WarcReaderTest, OpenAtAnUncompressedOffsetKeepsFileOffsets) {
  TempDir dir;
  const std::vector<uint64_t> offsets = WriteUncompressedWarc(dir.path() / "a.warc");
  auto reader = WarcReader::Open(dir.str() + "/a.warc", offsets[1]);
  ASSERT_TRUE(reader.ok());
  ReadRecord rec;
  ASSERT_TRUE((*reader)->Next(&rec));
  EXPECT_EQ(rec.record.Type(), "request");
  EXPECT_EQ(rec.offset, offsets[1]);
  ASSERT_TRUE((*reader)->Next(&rec));
  EXPECT_EQ(rec.offset, offsets[2]);
}

TEST(WarcReaderTest, OpenPastTheEndIsAnInvalidArgument) {
  TempDir dir;
  WriteFile(dir.path() / "a.warc.gz", Members(ThreeRecords(), nullptr));
  EXPECT_EQ(WarcReader::Open(dir.str() + "/a.warc.gz", 1u << 30).status().code(), StatusCode::kInvalidArgument);
}

TEST(WarcReaderTest, ReadsUncompressedWarcWithByteOffsets) {
  TempDir dir;
  const std::vector<uint64_t> offsets = WriteUncompressedWarc(dir.path() / "a.warc");
  const auto records = ReadAll(dir.str() + "/a.warc");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].offset, offsets[1]);
  EXPECT_EQ(records[1].length, offsets[2] - offsets[1]);
}

TEST(WarcReaderTest, ReadsSingleStreamGzip) {
  TempDir dir;
  std::string plain;
  for (const WarcRecord& r : ThreeRecords()) plain += SerializeWarcRecord(r);
  WriteFile(dir.path() / "a.warc.gz", internal::GzipCompress(plain, 6).value());
  const auto records = ReadAll(dir.str() + "/a.warc.gz");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].offset, 0u);
  EXPECT_EQ(records[0].length, 0u);  // records share the member: not addressable alone
  EXPECT_EQ(records[2].record.block, ThreeRecords()[2].block);
}

TEST(WarcReaderTest, TruncatedSingleStreamGzipKeepsTheRecordsBeforeTheCut) {
  TempDir dir;
  const std::vector<WarcRecord> records = ThreeRecords();
  std::string plain;
  for (const WarcRecord& r : records) plain += SerializeWarcRecord(r);
  const size_t third = plain.size() - SerializeWarcRecord(records[2]).size();
  // Level 0 stores the bytes as they are, so the cut falls inside the third record.
  const std::string data = internal::GzipCompress(plain, 0).value();
  WriteFile(dir.path() / "a.warc.gz", data.substr(0, data.size() - (plain.size() - third) / 2));
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  const auto read = ReadAll(dir.str() + "/a.warc.gz", &r, &holder);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[1].record.block, records[1].block);
  EXPECT_TRUE(r->status().ok());
  EXPECT_TRUE(r->torn_tail().has_value());
}

TEST(WarcReaderTest, TornGzipTailIsReportedNotAnError) {
  TempDir dir;
  std::vector<uint64_t> offsets;
  const std::string data = Members(ThreeRecords(), &offsets);
  WriteFile(dir.path() / "a.warc.gz", data.substr(0, data.size() - 7));
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  const auto records = ReadAll(dir.str() + "/a.warc.gz", &r, &holder);
  EXPECT_EQ(records.size(), 2u);
  EXPECT_TRUE(r->status().ok());
  ASSERT_TRUE(r->torn_tail().has_value());
  EXPECT_EQ(r->torn_tail()->valid_end, offsets[2]);
}

TEST(WarcReaderTest, TornUncompressedTailIsReported) {
  TempDir dir;
  std::string data;
  for (const WarcRecord& r : ThreeRecords()) data += SerializeWarcRecord(r);
  const size_t cut = data.size() - 20;
  WriteFile(dir.path() / "a.warc", data.substr(0, cut));
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_EQ(ReadAll(dir.str() + "/a.warc", &r, &holder).size(), 2u);
  ASSERT_TRUE(r->torn_tail().has_value());
  EXPECT_TRUE(r->status().ok());
}

TEST(WarcReaderTest, TruncatedHeaderIsATornTail) {
  TempDir dir;
  WriteFile(dir.path() / "a.warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Len");
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_TRUE(ReadAll(dir.str() + "/a.warc", &r, &holder).empty());
  ASSERT_TRUE(r->torn_tail().has_value());
  EXPECT_EQ(r->torn_tail()->valid_end, 0u);
}

TEST(WarcReaderTest, GarbageInsteadOfRecordIsAParseError) {
  TempDir dir;
  WriteFile(dir.path() / "a.warc", SerializeWarcRecord(ThreeRecords()[0]) + "HELLO WORLD\r\n\r\n");
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_EQ(ReadAll(dir.str() + "/a.warc", &r, &holder).size(), 1u);
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
}

TEST(WarcReaderTest, MissingContentLengthIsAParseError) {
  TempDir dir;
  WriteFile(dir.path() / "a.warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\nabc\r\n\r\n");
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_TRUE(ReadAll(dir.str() + "/a.warc", &r, &holder).empty());
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
}

TEST(WarcReaderTest, BlockNotFollowedByCrlfCrlfIsAParseError) {
  TempDir dir;
  WriteFile(dir.path() / "a.warc", "WARC/1.1\r\nContent-Length: 2\r\n\r\nabcdef\r\n\r\n");
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_TRUE(ReadAll(dir.str() + "/a.warc", &r, &holder).empty());
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
}

TEST(WarcReaderTest, CorruptGzipMemberIsAParseError) {
  TempDir dir;
  std::vector<uint64_t> offsets;
  std::string data = Members(ThreeRecords(), &offsets);
  data[static_cast<size_t>(offsets[1]) + 20] ^= 0x55;  // inside the second member's deflate data
  WriteFile(dir.path() / "a.warc.gz", data);
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_EQ(ReadAll(dir.str() + "/a.warc.gz", &r, &holder).size(), 1u);
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
  EXPECT_FALSE(r->torn_tail().has_value());
}

// A record whose Content-Length says more than it holds runs into the next record:
// every complete record before it is kept, and the error gives its file offset.
TEST(WarcReaderTest, ContentLengthTooLongKeepsEarlierRecordsAndNamesTheOffset) {
  TempDir dir;
  const std::vector<WarcRecord> three = ThreeRecords();
  const std::string good = SerializeWarcRecord(three[0]) + SerializeWarcRecord(three[1]);
  std::string lying = SerializeWarcRecord(three[2]);
  const std::string length = "Content-Length: " + std::to_string(three[2].block.size());
  ASSERT_NE(lying.find(length), std::string::npos);
  lying.replace(lying.find(length), length.size(), "Content-Length: " + std::to_string(three[2].block.size() + 40));
  WriteFile(dir.path() / "a.warc", good + lying + SerializeWarcRecord(three[0]) + SerializeWarcRecord(three[1]));
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_EQ(ReadAll(dir.str() + "/a.warc", &r, &holder).size(), 2u);
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
  EXPECT_NE(r->status().message().find("offset " + std::to_string(good.size())), std::string::npos)
      << r->status().message();
}

TEST(WarcReaderTest, ContentLengthTooShortIsAParseErrorAfterTheGoodRecords) {
  TempDir dir;
  const std::vector<WarcRecord> three = ThreeRecords();
  std::string lying = SerializeWarcRecord(three[2]);
  const std::string length = "Content-Length: " + std::to_string(three[2].block.size());
  lying.replace(lying.find(length), length.size(), "Content-Length: " + std::to_string(three[2].block.size() - 7));
  WriteFile(dir.path() / "a.warc", SerializeWarcRecord(three[0]) + lying);
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_EQ(ReadAll(dir.str() + "/a.warc", &r, &holder).size(), 1u);
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
}

// A Content-Length near 2^64 would overflow the record's end offset.
TEST(WarcReaderTest, AbsurdContentLengthIsAParseError) {
  TempDir dir;
  WriteFile(dir.path() / "a.warc", SerializeWarcRecord(ThreeRecords()[0]) +
                                       "WARC/1.1\r\nContent-Length: 18446744073709551610\r\n\r\nabc\r\n\r\n");
  std::unique_ptr<WarcReader> holder;
  WarcReader* r = nullptr;
  EXPECT_EQ(ReadAll(dir.str() + "/a.warc", &r, &holder).size(), 1u);
  EXPECT_EQ(r->status().code(), StatusCode::kParseError);
}

// A gzip member that inflates far beyond the cap (a bomb, or a huge record) keeps
// only the first max_block_bytes in memory; the records after it are still read.
TEST(WarcReaderTest, BlockOverTheCapIsCutAndReadingGoesOn) {
  TempDir dir;
  WarcRecord big = ThreeRecords()[0];
  big.block = std::string(20 << 20, '\0');
  const std::string data = Members({big, ThreeRecords()[2]}, nullptr);
  ASSERT_LT(data.size(), 1u << 20);
  WriteFile(dir.path() / "a.warc.gz", data);
  auto reader = WarcReader::Open(dir.str() + "/a.warc.gz", 0, 1 << 20);
  ASSERT_TRUE(reader.ok());
  ReadRecord rec;
  ASSERT_TRUE((*reader)->Next(&rec));
  EXPECT_TRUE(rec.block_cut);
  EXPECT_EQ(rec.record.block.size(), 1u << 20);
  ASSERT_TRUE((*reader)->Next(&rec));
  EXPECT_FALSE(rec.block_cut);
  EXPECT_EQ(rec.record.Type(), "response");
  EXPECT_TRUE((*reader)->status().ok());
}

TEST(WarcReaderTest, MissingFileIsAnIoError) {
  EXPECT_EQ(WarcReader::Open("/nonexistent/provscore.warc").status().code(), StatusCode::kIoError);
}

TEST(HttpPayloadTest, DecodesChunkedGzipBody) {
  const std::string page = "<html><body>Gzipped and chunked</body></html>";
  const std::string gz = internal::GzipCompress(page, 9).value();
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 10) {
    const std::string piece = gz.substr(i, 10);
    char len[16];
    std::snprintf(len, sizeof len, "%zx\r\n", piece.size());
    chunked += len + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  WarcRecord r;
  r.block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
            "Transfer-Encoding: chunked\r\n\r\n" + chunked;
  Result<HttpPayload> p = DecodeHttpPayload(r);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->status, 200);
  EXPECT_EQ(p->body, page);
  EXPECT_EQ(p->content_type, "text/html; charset=utf-8");
}

TEST(HttpPayloadTest, UnsupportedContentCodingIsReturnedAsIs) {
  WarcRecord r;
  r.block = "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x0b\x02";
  Result<HttpPayload> p = DecodeHttpPayload(r);
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->content_decoded);
  EXPECT_EQ(p->body, "\x0b\x02");
}

TEST(HttpPayloadTest, CorruptGzipBodyIsAParseError) {
  WarcRecord r;
  r.block = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip at all";
  EXPECT_EQ(DecodeHttpPayload(r).status().code(), StatusCode::kParseError);
}

TEST(HttpPayloadTest, BlockWithoutHttpHeadIsAParseError) {
  WarcRecord r;
  r.block = "software: x\r\n";
  EXPECT_EQ(DecodeHttpPayload(r).status().code(), StatusCode::kParseError);
}

// A line holding only CR inside the head ("\n\r\n" is not the blank line that ends
// it) is skipped like other junk lines; it was read with front() on an empty view.
TEST(HttpPayloadTest, BareCrLineInsideTheHeadIsSkipped) {
  const struct {
    const char* name;
    std::string block;
    std::string content_type;
    std::string body;
  } kCases[] = {
      {"between fields", "HTTP/1.1 200 OK\r\nContent-Type: text/html\n\r\nX-A: 1\r\n\r\nbody", "text/html", "body"},
      {"after the status line", "HTTP/1.1 200 OK\n\r\nContent-Type: text/plain\r\n\r\nhi", "text/plain", "hi"},
      {"last line of the head", "HTTP/1.1 200 OK\r\nContent-Type: text/css\n\r\r\n\r\nx", "text/css", "x"},
  };
  for (const auto& c : kCases) {
    WarcRecord r;
    r.block = c.block;
    Result<HttpPayload> p = DecodeHttpPayload(r);
    ASSERT_TRUE(p.ok()) << c.name << ": " << p.status().ToString();
    EXPECT_EQ(p->status, 200) << c.name;
    EXPECT_EQ(p->content_type, c.content_type) << c.name;
    EXPECT_EQ(p->body, c.body) << c.name;
  }
}

// Content-Encoding: gzip of 20 MiB of zeros (20 KB on the wire) decodes only up to
// the cap.
TEST(HttpPayloadTest, GzipBombBodyStopsAtTheCap) {
  WarcRecord r;
  r.block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" +
            internal::GzipCompress(std::string(20 << 20, 'a'), 6).value();
  Result<HttpPayload> p = DecodeHttpPayload(r, 1 << 20);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_TRUE(p->body_cut);
  EXPECT_EQ(p->body.size(), 1u << 20);
}

}  // namespace
}  // namespace provscore::fetch
