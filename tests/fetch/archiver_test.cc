#include "fetch/archiver.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "fetch/internal/gzip.h"
#include "fetch/warc_reader.h"
#include "fetch_test_util.h"
#include "test_server.h"

namespace provscore::fetch {
namespace {

using testing::IndependentSha1Base32;
using testing::TestConnection;
using testing::TestRequest;
using testing::TestServer;

ArchiverOptions TestArchiverOptions(const testing::TempDir& dir) {
  ArchiverOptions o;
  o.directory = dir.str();
  o.http.user_agent = "provscore-test/0.1";
  o.http.per_host_delay = std::chrono::milliseconds(0);
  o.http.backoff_base = std::chrono::milliseconds(20);
  o.http.jitter_seed = 7;
  return o;
}

struct ArchiveContent {
  std::vector<ReadRecord> records;
  size_t responses = 0, requests = 0, revisits = 0;
};

ArchiveContent ReadArchive(const std::string& dir) {
  ArchiveContent out;
  const std::vector<std::string> files = ListWarcFiles(dir, "provscore").value();
  for (const std::string& f : files) {
    auto reader = WarcReader::Open(dir + "/" + f);
    ReadRecord rec;
    while ((*reader)->Next(&rec)) {
      const auto type = rec.record.Type();
      out.responses += type == "response";
      out.requests += type == "request";
      out.revisits += type == "revisit";
      out.records.push_back(rec);
    }
    EXPECT_TRUE((*reader)->status().ok());
    EXPECT_FALSE((*reader)->torn_tail().has_value());
  }
  return out;
}

std::vector<std::string> IndexLines(const std::string& dir) {
  std::ifstream in(dir + "/index.cdxj");
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

// Serves one page three ways and a validator-aware page.
void AddPages(TestServer& server) {
  server.Route("/article", [](const TestRequest&, TestConnection& c) {
    c.Send("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
           "6\r\n<html>\r\n8\r\nArticle.\r\n7\r\n</html>\r\n0\r\n\r\n");
  });
  server.Route("/etag", [](const TestRequest& r, TestConnection& c) {
    if (r.Header("If-None-Match") == "\"v1\"") {
      c.Send("HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n\r\n");
    } else {
      c.Send(TestServer::Response(200, "OK",
                                  {{"Content-Type", "text/html"}, {"ETag", "\"v1\""},
                                   {"Last-Modified", "Fri, 01 Mar 2024 10:00:00 GMT"}},
                                  "<p>versioned</p>"));
    }
  });
  server.Route("/copy-a", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("<p>same bytes</p>")); });
  server.Route("/copy-b", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("<p>same bytes</p>")); });
  server.Route("/moved", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Response(302, "Found", {{"Location", "/article"}}, ""));
  });
  server.Route("/gzip", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Response(200, "OK", {{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}},
                                internal::GzipCompress("<p>gzipped page</p>", 6).value()));
  });
}

TEST(ArchiverTest, WritesRequestResponsePairsIndexAndState) {
  TestServer server;
  AddPages(server);
  testing::TempDir dir;
  std::vector<ArchiveProgress> progress;
  {
    auto a = Archiver::Open(TestArchiverOptions(dir));
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    auto s = (*a)->Archive({server.Url("/article"), server.Url("/gzip"), server.Url("/missing")},
                           [&](const ArchiveProgress& p) { progress.push_back(p); });
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->responses, 3u);
    EXPECT_EQ(s->errors, 1u);  // the 404 is archived, and counted as failed
    ASSERT_TRUE((*a)->Close().ok());
  }
  ASSERT_EQ(progress.size(), 3u);
  EXPECT_EQ(progress.back().errors, 1u);
  EXPECT_EQ(progress.back().done, 3u);
  EXPECT_EQ(progress.back().total, 3u);
  EXPECT_GT(progress.back().bytes, 0u);

  const ArchiveContent content = ReadArchive(dir.str());
  EXPECT_EQ(content.requests, 3u);
  EXPECT_EQ(content.responses, 3u);
  std::map<std::string, std::string> request_of;  // response id -> request's Concurrent-To
  for (const ReadRecord& r : content.records) {
    EXPECT_EQ(r.record.Header("WARC-Block-Digest").value_or(""), IndependentSha1Base32(r.record.block));
    if (r.record.Type() == "request") request_of[std::string(*r.record.Header("WARC-Concurrent-To"))] = "";
    if (r.record.Type() != "response") continue;
    const auto [head, body] = testing::SplitHttp(r.record.block);
    const std::string entity = head.find("chunked") != std::string::npos ? testing::IndependentDechunk(body) : body;
    EXPECT_EQ(r.record.Header("WARC-Payload-Digest").value(), IndependentSha1Base32(entity));
    EXPECT_EQ(r.record.Header("WARC-IP-Address").value_or(""), "127.0.0.1");
    EXPECT_EQ(request_of.count(std::string(*r.record.Header("WARC-Record-ID"))), 1u);
    if (*r.record.Header("WARC-Target-URI") == server.Url("/article")) {
      EXPECT_EQ(entity, "<html>Article.</html>");
      EXPECT_EQ(DecodeHttpPayload(r.record)->body, "<html>Article.</html>");
    }
    if (*r.record.Header("WARC-Target-URI") == server.Url("/gzip")) {
      EXPECT_EQ(body, internal::GzipCompress("<p>gzipped page</p>", 6).value());  // Content-Encoding kept
      EXPECT_EQ(DecodeHttpPayload(r.record)->body, "<p>gzipped page</p>");
    }
  }

  const auto lines = IndexLines(dir.str());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
  const std::string key = "127.0.0.1:" + std::to_string(server.port()) + ")/article ";
  EXPECT_TRUE(lines[0].starts_with(key)) << lines[0];
  Result<CdxjEntry> e = ParseCdxjLine(lines[0]);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->status, "200");
  EXPECT_EQ(e->mime, "text/html");
  // The offset and length address one gzip member holding the response record.
  const std::string file = testing::ReadFile(dir.path() / e->filename);
  size_t used = 0;
  const std::string member = testing::GunzipOneMember(std::string_view(file).substr(e->offset), &used);
  EXPECT_EQ(used, e->length);
  EXPECT_NE(member.find("WARC-Type: response"), std::string::npos);

  auto db = StateDb::Open(dir.str() + "/state.sqlite");
  auto st = (*db)->GetUrl(server.Url("/article")).value();
  ASSERT_TRUE(st.has_value());
  EXPECT_EQ(st->http_status, 200);
  EXPECT_EQ(st->payload_digest, IndependentSha1Base32("<html>Article.</html>"));
  EXPECT_EQ(st->warc_file, e->filename);
  EXPECT_EQ(st->warc_offset, e->offset);
  EXPECT_EQ((*db)->GetUrl(server.Url("/missing")).value()->http_status, 404);
}

TEST(ArchiverTest, NotModifiedBecomesServerNotModifiedRevisit) {
  TestServer server;
  AddPages(server);
  testing::TempDir dir;
  auto a = Archiver::Open(TestArchiverOptions(dir));
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE((*a)->Archive({server.Url("/etag")}).ok());
  const auto first = (*a)->state().GetUrl(server.Url("/etag")).value();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->etag, "\"v1\"");
  auto s = (*a)->Archive({server.Url("/etag")});
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->urls.size(), 1u);
  ASSERT_EQ(s->urls[0].hops.size(), 1u);
  EXPECT_EQ(s->urls[0].hops[0].status, 304);
  EXPECT_EQ(s->urls[0].hops[0].kind, CaptureKind::kNotModified);
  ASSERT_TRUE((*a)->Close().ok());

  const ArchiveContent content = ReadArchive(dir.str());
  EXPECT_EQ(content.responses, 1u);
  ASSERT_EQ(content.revisits, 1u);
  for (const ReadRecord& r : content.records) {
    if (r.record.Type() != "revisit") continue;
    EXPECT_EQ(r.record.Header("WARC-Profile").value(), kRevisitServerNotModified);
    EXPECT_EQ(r.record.Header("WARC-Refers-To").value(), first->record_id);
    EXPECT_EQ(r.record.Header("WARC-Refers-To-Target-URI").value(), server.Url("/etag"));
    EXPECT_EQ(r.record.Header("WARC-Refers-To-Date").value(), first->record_date);
    EXPECT_TRUE(r.record.block.starts_with("HTTP/1.1 304 Not Modified\r\n"));
  }
  const auto after = (*a)->state().GetUrl(server.Url("/etag")).value();
  EXPECT_EQ(after->http_status, 304);
  EXPECT_EQ(after->record_id, first->record_id);  // the payload still lives there
}

TEST(ArchiverTest, SamePayloadIsStoredOnce) {
  TestServer server;
  AddPages(server);
  testing::TempDir dir;
  auto a = Archiver::Open(TestArchiverOptions(dir));
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE((*a)->Archive({server.Url("/copy-a")}).ok());
  auto s = (*a)->Archive({server.Url("/copy-a"), server.Url("/copy-b")});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->revisits, 2u);
  ASSERT_TRUE((*a)->Close().ok());
  const ArchiveContent content = ReadArchive(dir.str());
  EXPECT_EQ(content.responses, 1u);
  EXPECT_EQ(content.revisits, 2u);
  for (const ReadRecord& r : content.records) {
    if (r.record.Type() != "revisit") continue;
    EXPECT_EQ(r.record.Header("WARC-Profile").value(), kRevisitIdenticalPayload);
    EXPECT_EQ(r.record.Header("WARC-Payload-Digest").value(), IndependentSha1Base32("<p>same bytes</p>"));
    EXPECT_EQ(r.record.Header("WARC-Refers-To-Target-URI").value(), server.Url("/copy-a"));
  }
  for (const std::string& line : IndexLines(dir.str())) {
    if (line.find("copy-b") != std::string::npos) {
      EXPECT_NE(line.find("\"mime\": \"warc/revisit\""), std::string::npos);
    }
  }
}

TEST(ArchiverTest, RedirectHopsAreEachArchived) {
  TestServer server;
  AddPages(server);
  testing::TempDir dir;
  auto a = Archiver::Open(TestArchiverOptions(dir));
  auto s = (*a)->Archive({server.Url("/moved")});
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->urls[0].hops.size(), 2u);
  EXPECT_EQ(s->urls[0].hops[0].status, 302);
  ASSERT_TRUE((*a)->Close().ok());
  EXPECT_EQ(ReadArchive(dir.str()).requests, 2u);
  EXPECT_EQ(IndexLines(dir.str()).size(), 2u);
}

TEST(ArchiverTest, RejectsMissingUserAgent) {
  testing::TempDir dir;
  ArchiverOptions o;
  o.directory = dir.str();
  EXPECT_EQ(Archiver::Open(o).status().code(), StatusCode::kInvalidArgument);
}

bool HaveProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// wget is an independent writer: our reader must read what it writes.
TEST(WgetInteropTest, ReaderDecodesWgetWarc) {
  if (!HaveProgram("wget")) GTEST_SKIP() << "wget not installed";
  // Before the server, which must be destroyed first: its connection threads read them.
  const std::string page = "<html><body>Chunked and gzipped for wget</body></html>";
  const std::string gz = internal::GzipCompress(page, 6).value();
  TestServer server;
  server.Route("/wget", [&](const TestRequest&, TestConnection& c) {
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", gz.size());
    c.Send("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
           std::string(size) + gz + "\r\n0\r\n\r\n");
  });
  testing::TempDir dir;
  const std::string cmd = "cd " + dir.str() + " && wget -q --no-config -e robots=off --tries=1 --timeout=5 " +
                          "--warc-file=wget " + server.Url("/wget") + " -O page.out";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto reader = WarcReader::Open(dir.str() + "/wget.warc.gz");
  ASSERT_TRUE(reader.ok());
  ReadRecord rec;
  bool found = false;
  while ((*reader)->Next(&rec)) {
    if (rec.record.Type() != "response") continue;
    Result<HttpPayload> p = DecodeHttpPayload(rec.record);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    EXPECT_EQ(p->status, 200);
    EXPECT_EQ(p->body, page);
    EXPECT_GT(rec.length, 0u);
    found = true;
  }
  EXPECT_TRUE((*reader)->status().ok()) << (*reader)->status().ToString();
  EXPECT_TRUE(found);
  Result<std::vector<CdxjEntry>> entries = IndexWarcFile(dir.str() + "/wget.warc.gz");
  ASSERT_TRUE(entries.ok());
  EXPECT_FALSE(entries->empty());
}

// warcio.js re-parses our files and recomputes both digests (tools/warc-validate).
TEST(WarcValidateTest, WarcioAcceptsOurArchive) {
  const std::string tool = std::string(PROVSCORE_SOURCE_DIR) + "/tools/warc-validate";
  if (!HaveProgram("node")) GTEST_SKIP() << "node not installed";
  if (!std::filesystem::exists(tool + "/node_modules/warcio")) GTEST_SKIP() << "run npm ci --prefix " << tool;
  TestServer server;
  AddPages(server);
  testing::TempDir dir;
  {
    auto a = Archiver::Open(TestArchiverOptions(dir));
    ASSERT_TRUE((*a)->Archive({server.Url("/article"), server.Url("/gzip"), server.Url("/etag"), server.Url("/moved"),
                               server.Url("/copy-a"), server.Url("/copy-b")})
                    .ok());
    ASSERT_TRUE((*a)->Archive({server.Url("/etag")}).ok());
  }
  std::string files;
  const std::vector<std::string> names = ListWarcFiles(dir.str(), "provscore").value();
  for (const std::string& f : names) files += " " + dir.str() + "/" + f;
  EXPECT_EQ(std::system(("node " + tool + "/validate.mjs" + files).c_str()), 0);
  // And it must fail on a damaged digest.
  const std::string first = dir.str() + "/" + ListWarcFiles(dir.str(), "provscore").value().front();
  std::string plain = internal::GunzipAll(testing::ReadFile(first)).value();
  const size_t at = plain.find("<p>same bytes</p>");
  ASSERT_NE(at, std::string::npos);
  plain[at + 3] = 'S';
  testing::WriteFile(dir.path() / "damaged.warc", plain);
  EXPECT_NE(std::system(("node " + tool + "/validate.mjs " + dir.str() + "/damaged.warc 2>/dev/null").c_str()), 0);
}

}  // namespace
}  // namespace provscore::fetch
