// fetch, watch and score-on-archives, end to end: the real binary against the local
// test server (127.0.0.1 only), checking the WARC files, the CDXJ index, the state
// database and the profiles' input fields.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/cli/run_cli.h"
#include "../fetch/fetch_test_util.h"
#include "../fetch/test_server.h"
#include "fetch/cdxj.h"
#include "fetch/internal/gzip.h"
#include "fetch/state_db.h"
#include "fetch/warc_reader.h"
#include "fetch/warc_writer.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::RunCli;
using testing::RunResult;
namespace json = boost::json;
using fetch::testing::TempDir;
using fetch::testing::TestConnection;
using fetch::testing::TestRequest;
using fetch::testing::TestServer;

bool HaveProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

std::string Page(const std::string& title, const std::string& words) {
  return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" +
         title + "</h1><p class=\"byline\">By Ana Ruiz</p><p>" + words +
         " The council met on Tuesday to discuss the new bus timetable and the budget.</p></article></body></html>";
}

// Flags that keep the tests quick: no politeness delay, log-line progress.
const std::string kQuick = " --delay 0 --progress log --user-agent 'provscore-test/1.0 (+mailto:test@example.org)' ";

struct Archive {
  std::vector<fetch::ReadRecord> records;
  size_t responses = 0, requests = 0, revisits = 0, warcinfos = 0;
  bool clean = true;  // every file read to its end, no torn tail
};

Archive ReadArchive(const std::string& dir) {
  Archive out;
  const std::vector<std::string> files = fetch::ListWarcFiles(dir, "provscore").value();
  for (const std::string& f : files) {
    auto reader = fetch::WarcReader::Open(dir + "/" + f);
    if (!reader.ok()) {
      out.clean = false;
      continue;
    }
    fetch::ReadRecord rec;
    while ((*reader)->Next(&rec)) {
      const auto type = rec.record.Type();
      out.responses += type == "response";
      out.requests += type == "request";
      out.revisits += type == "revisit";
      out.warcinfos += type == "warcinfo";
      out.records.push_back(rec);
    }
    out.clean = out.clean && (*reader)->status().ok() && !(*reader)->torn_tail();
  }
  return out;
}

std::vector<fetch::CdxjEntry> Index(const std::string& dir) {
  std::vector<fetch::CdxjEntry> out;
  std::ifstream in(dir + "/index.cdxj");
  for (std::string line; std::getline(in, line);) out.push_back(fetch::ParseCdxjLine(line).value());
  return out;
}

std::vector<json::object> Profiles(const fs::path& dir) {
  std::vector<json::object> out;
  std::ifstream in(dir / "profiles.jsonl");
  for (std::string line; std::getline(in, line);) out.push_back(json::parse(line).as_object());
  return out;
}

std::string Str(const json::value& v) { return v.is_string() ? std::string(v.as_string()) : "<not a string>"; }

// Two article pages (one gzip-encoded and chunked), a feed with an ETag, a sitemap
// index pointing at a gzip-compressed sitemap, and a 404.
void AddSite(TestServer& server) {
  server.Route("/news/one", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok(Page("Rail strike halts trains", "Trains stopped across the valley.")));
  });
  server.Route("/news/two", [](const TestRequest&, TestConnection& c) {
    const std::string gz =
        fetch::internal::GzipCompress(Page("Bridge reopens", "The old bridge reopened to traffic."), 6).value();
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", gz.size());
    c.Send("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
           "Transfer-Encoding: chunked\r\n\r\n" + std::string(size) + gz + "\r\n0\r\n\r\n");
  });
  server.Route("/news/three", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok(Page("Library extends hours", "The library opens on Sundays now.")));
  });
  server.Route("/news/four", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok(Page("Market moves indoors", "The Saturday market moves to the hall.")));
  });
  server.Route("/data.json", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok("{\"not\": \"html\"}", "application/json"));
  });
  const std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  const std::string feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley</title>"
                           "<item><title>One</title><link>" + base + "/news/one</link></item>"
                           "<item><title>Two</title><link>/news/two</link></item></channel></rss>";
  server.Route("/feed.xml", [feed](const TestRequest& r, TestConnection& c) {
    if (r.Header("If-None-Match") == "\"feed-v1\"") {
      c.Send(TestServer::Response(304, "Not Modified", {{"ETag", "\"feed-v1\""}}, ""));
      return;
    }
    c.Send(TestServer::Response(200, "OK", {{"Content-Type", "application/rss+xml"}, {"ETag", "\"feed-v1\""}}, feed));
  });
  const std::string index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            "<sitemap><loc>" + base + "/sitemap-news.xml.gz</loc></sitemap></sitemapindex>";
  server.Route("/sitemap.xml", [index](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok(index, "application/xml"));
  });
  const std::string urlset = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                             "<url><loc>" + base + "/news/three</loc></url><url><loc>" + base +
                             "/news/one</loc></url></urlset>";
  const std::string urlset_gz = fetch::internal::GzipCompress(urlset, 6).value();
  server.Route("/sitemap-news.xml.gz", [urlset_gz](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok(urlset_gz, "application/gzip"));
  });
}

TEST(FetchCommandTest, TwoPagesGoIntoWarcIndexAndState) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const std::string one = server.Url("/news/one"), two = server.Url("/news/two");
  const RunResult r = RunCli("fetch " + one + " " + two + " --archive " + dir.str() + kQuick);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("2 response(s)"), std::string::npos) << r.output;

  const Archive a = ReadArchive(dir.str());
  EXPECT_TRUE(a.clean);
  EXPECT_EQ(a.warcinfos, 1u);
  EXPECT_EQ(a.requests, 2u);
  EXPECT_EQ(a.responses, 2u);
  for (const fetch::ReadRecord& rec : a.records) {
    if (rec.record.Type() != "response") continue;
    EXPECT_TRUE(rec.record.Header("WARC-Payload-Digest").has_value());
    EXPECT_TRUE(rec.record.Header("WARC-Concurrent-To").has_value());
  }
  // The warcinfo names the User-Agent the run used.
  EXPECT_NE(a.records.front().record.block.find("provscore-test/1.0"), std::string::npos);

  const auto index = Index(dir.str());
  ASSERT_EQ(index.size(), 2u);
  for (const fetch::CdxjEntry& e : index) {
    EXPECT_EQ(e.status, "200");
    EXPECT_EQ(e.mime, "text/html");
    // The index points at the response record.
    auto rec = fetch::WarcReader::Open(dir.str() + "/" + e.filename, e.offset);
    ASSERT_TRUE(rec.ok());
    fetch::ReadRecord got;
    ASSERT_TRUE((*rec)->Next(&got));
    EXPECT_EQ(got.record.Header("WARC-Target-URI").value_or(""), e.url);
  }

  auto db = fetch::StateDb::Open(dir.str() + "/state.sqlite");
  ASSERT_TRUE(db.ok());
  for (const std::string& url : {one, two}) {
    auto st = (*db)->GetUrl(url);
    ASSERT_TRUE(st.ok() && st->has_value()) << url;
    EXPECT_EQ((*st)->http_status, 200);
    EXPECT_FALSE((*st)->warc_file.empty());
    EXPECT_FALSE((*st)->payload_digest.empty());
  }
}

TEST(FetchCommandTest, UrlFileAndFailedUrlExitOne) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const fs::path list = dir.path() / "urls.txt";
  std::ofstream(list) << "# today's pages\n" << server.Url("/news/one") << "\n\n" << server.Url("/missing") << "\n";
  const RunResult r = RunCli("fetch -i " + list.string() + " --archive " + (dir.path() / "a").string() + kQuick);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("/missing: HTTP 404"), std::string::npos) << r.output;
  EXPECT_EQ(ReadArchive((dir.path() / "a").string()).responses, 2u);  // the 404 is archived too
}

TEST(FetchCommandTest, UsageErrorsExitTwo) {
  TempDir dir;
  EXPECT_EQ(RunCli("fetch --archive " + dir.str()).exit_code, 2);                       // no URLs
  EXPECT_EQ(RunCli("fetch http://127.0.0.1:1/ ").exit_code, 2);                         // no --archive
  EXPECT_EQ(RunCli("fetch http://127.0.0.1:1/ --archive x --delay soon").exit_code, 2);  // bad duration
  EXPECT_EQ(RunCli("fetch -i " + dir.str() + "/none.txt --archive " + dir.str()).exit_code, 2);
}

TEST(FetchCommandTest, WarnsWhenUserAgentHasNoContact) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const RunResult r = RunCli("fetch " + server.Url("/news/one") + " --archive " + dir.str() + " --delay 0");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("no contact details"), std::string::npos) << r.output;
  const RunResult quiet = RunCli("fetch " + server.Url("/news/one") + " --archive " + dir.str() + kQuick);
  EXPECT_EQ(quiet.output.find("no contact details"), std::string::npos) << quiet.output;
}

TEST(FetchCommandTest, ResolveSendsAHostNameToTheLocalServer) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const std::string port = std::to_string(server.port());
  const std::string url = "http://news.example:" + port + "/news/one";
  const RunResult r =
      RunCli("fetch " + url + " --archive " + dir.str() + " --resolve news.example:" + port + ":127.0.0.1" + kQuick);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(server.MaxInFlight("news.example"), 1);
  const auto index = Index(dir.str());
  ASSERT_EQ(index.size(), 1u);
  EXPECT_EQ(index[0].url, url);
}

TEST(FetchCommandTest, SigintFinishesInFlightRecordsAndLeavesAValidArchive) {
  TestServer server;
  std::atomic<int> served{0};
  server.Route("/slow", [&](const TestRequest& r, TestConnection& c) {
    c.Sleep(150);
    c.Send(TestServer::Ok(Page("Slow page " + r.target, "Served slowly.")));
    ++served;
  });
  TempDir dir;
  std::vector<std::string> args = {PROVSCORE_BINARY, "fetch", "--archive", dir.str(), "--delay", "0",
                                   "--progress", "none", "-q", "--user-agent", "t/1 (+mailto:t@example.org)"};
  for (int i = 0; i < 40; ++i) args.push_back(server.Url("/slow?n=" + std::to_string(i)));
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (served.load() < 3 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGINT);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);

  const Archive first = ReadArchive(dir.str());
  EXPECT_TRUE(first.clean);
  EXPECT_GE(first.responses, 3u);
  EXPECT_LT(first.responses, 40u);
  EXPECT_EQ(Index(dir.str()).size(), first.responses);  // every response indexed
  EXPECT_EQ(first.requests, first.responses);           // pairs stay whole

  const std::string tool = std::string(PROVSCORE_SOURCE_DIR) + "/tools/warc-validate";
  if (HaveProgram("node") && fs::exists(tool + "/node_modules/warcio")) {
    std::string files;
    const std::vector<std::string> names = fetch::ListWarcFiles(dir.str(), "provscore").value();
    for (const std::string& f : names) files += " " + dir.str() + "/" + f;
    EXPECT_EQ(std::system(("node " + tool + "/validate.mjs" + files + " >/dev/null").c_str()), 0);
  }

  // A second run completes the list: the pages already archived come back as revisits.
  std::string rest;
  for (size_t i = 11; i < args.size(); ++i) rest += " '" + args[i] + "'";
  const RunResult again = RunCli("fetch --archive " + dir.str() + kQuick + " -j 16" + rest);
  EXPECT_EQ(again.exit_code, 0) << again.output;
  const Archive second = ReadArchive(dir.str());
  EXPECT_TRUE(second.clean);
  EXPECT_EQ(second.responses, 40u);
}

TEST(ScoreArchiveTest, ScoresHtmlResponsesOfAFetchedArchive) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const std::string archive = (dir.path() / "archive").string();
  ASSERT_EQ(RunCli("fetch " + server.Url("/news/one") + " " + server.Url("/news/two") + " " + server.Url("/data.json") +
                " --archive " + archive + kQuick).exit_code, 0);
  // A re-fetch adds revisit records, which are not scored again.
  ASSERT_EQ(RunCli("fetch " + server.Url("/news/one") + " --archive " + archive + kQuick).exit_code, 0);

  const fs::path out = dir.path() / "out";
  const RunResult r = RunCli("score " + archive + " --out " + out.string() + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto profiles = Profiles(out);
  ASSERT_EQ(profiles.size(), 2u);  // the JSON response and the revisit are skipped
  const auto index = Index(archive);
  for (const json::object& p : profiles) {
    const json::object& in = p.at("input").as_object();
    const std::string url = Str(in.at("url"));
    EXPECT_TRUE(url == server.Url("/news/one") || url == server.Url("/news/two")) << url;
    EXPECT_EQ(Str(in.at("fetched_at")).size(), 20u);  // 2024-03-01T12:00:05Z
    const std::string record_id = Str(in.at("warc_record_id"));
    EXPECT_TRUE(record_id.starts_with("<urn:uuid:")) << record_id;
    // warc_file and warc_offset are where the CDXJ index points for that URL.
    bool indexed = false;
    for (const fetch::CdxjEntry& e : index) {
      if (e.url == url && e.mime == "text/html" && e.filename == Str(in.at("warc_file")) &&
          static_cast<int64_t>(e.offset) == in.at("warc_offset").as_int64()) {
        indexed = true;
      }
    }
    EXPECT_TRUE(indexed) << url;
    EXPECT_EQ(Str(in.at("charset")), "utf-8");
    EXPECT_EQ(Str(in.at("charset_source")), "http");
    EXPECT_TRUE(p.at("errors").as_array().empty()) << json::serialize(p.at("errors"));
  }
  // The gzip-encoded, chunked page was decoded before scoring.
  bool bridge = false;
  for (const json::object& p : profiles) bridge |= Str(p.at("article").at("title")) == "Bridge reopens";
  EXPECT_TRUE(bridge);
}

TEST(ScoreArchiveTest, PlainFilesHaveNullArchiveFields) {
  TempDir dir;
  const fs::path page = dir.path() / "page.html";
  std::ofstream(page) << Page("A plain file", "Read from disk.");
  ASSERT_EQ(RunCli("score " + page.string() + " --out " + (dir.path() / "out").string() + " -q").exit_code, 0);
  const auto profiles = Profiles(dir.path() / "out");
  ASSERT_EQ(profiles.size(), 1u);
  const json::object& in = profiles[0].at("input").as_object();
  for (const char* key : {"url", "fetched_at", "warc_file", "warc_offset", "warc_record_id"}) {
    EXPECT_TRUE(in.at(key).is_null()) << key;
  }
}

TEST(ScoreArchiveTest, ReadsWhatWgetWrites) {
  if (!HaveProgram("wget")) GTEST_SKIP() << "wget not installed";
  TestServer server;
  AddSite(server);
  TempDir dir;
  const std::string cmd = "cd " + dir.str() + " && wget -q --no-config -e robots=off --tries=1 --timeout=5 " +
                          "--warc-file=wget " + server.Url("/news/one") + " " + server.Url("/news/two") +
                          " -O pages.out";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string warc = dir.str() + "/wget.warc.gz";
  const RunResult r = RunCli("score " + warc + " --out " + (dir.path() / "out").string() + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto profiles = Profiles(dir.path() / "out");
  ASSERT_EQ(profiles.size(), 2u);
  EXPECT_EQ(Str(profiles[0].at("input").at("url")), server.Url("/news/one"));
  EXPECT_EQ(Str(profiles[0].at("article").at("title")), "Rail strike halts trains");
  EXPECT_EQ(Str(profiles[1].at("article").at("title")), "Bridge reopens");
  EXPECT_EQ(Str(profiles[1].at("input").at("warc_file")), "wget.warc.gz");
  EXPECT_GT(profiles[1].at("input").at("warc_offset").as_int64(), 0);
}

TEST(ScoreArchiveTest, MalformedWarcScoresTheRecordsBeforeTheDamageAndExitsOne) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const std::string archive = (dir.path() / "archive").string();
  ASSERT_EQ(RunCli("fetch " + server.Url("/news/one") + " --archive " + archive + kQuick).exit_code, 0);
  const std::string file = archive + "/" + fetch::ListWarcFiles(archive, "provscore").value().front();
  std::ofstream(file, std::ios::app | std::ios::binary) << "this is not a WARC record\r\n\r\n";
  const RunResult r = RunCli("score " + file + " --out " + (dir.path() / "out").string());
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_EQ(Profiles(dir.path() / "out").size(), 1u);
}

TEST(ScoreArchiveTest, AFileThatIsNoWarcAtAllIsAnErrorAndTheRestIsScored) {
  TempDir dir;
  const fs::path junk = dir.path() / "junk.warc.gz";
  {
    std::ofstream out(junk, std::ios::binary);
    for (int i = 0; i < 2000; ++i) out.put(static_cast<char>((i * 7919 + 13) % 256));
  }
  const fs::path page = dir.path() / "page.html";
  std::ofstream(page) << "<html><body><p>The council met on Tuesday and approved the harbour budget after a long "
                         "debate about the ferry timetable.</p></body></html>";
  const RunResult r = RunCli("score " + junk.string() + " " + page.string() + " --out " + (dir.path() / "out").string());
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("not a WARC file"), std::string::npos) << r.output;
  EXPECT_EQ(Profiles(dir.path() / "out").size(), 1u);
}

TEST(ScoreArchiveTest, AnEmptyWarcIsAnErrorNamingItAndTheRestIsScored) {
  TempDir dir;
  const fs::path empty = dir.path() / "empty.warc";
  std::ofstream(empty, std::ios::binary).close();
  const fs::path page = dir.path() / "page.html";
  std::ofstream(page) << "<html><body><p>The council met on Tuesday and approved the harbour budget after a long "
                         "debate about the ferry timetable.</p></body></html>";
  const RunResult r = RunCli("score " + empty.string() + " " + page.string() + " --out " + (dir.path() / "out").string());
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find(empty.string() + ": not a WARC file: it holds no record"), std::string::npos) << r.output;
  EXPECT_EQ(Profiles(dir.path() / "out").size(), 1u);
}

TEST(ScoreUrlTest, FetchesIntoTheArchiveThenScoresIt) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const fs::path out = dir.path() / "out";
  // No --archive: the default under $XDG_DATA_HOME.
  const RunResult r = RunCli("score " + server.Url("/news/one") + " " + server.Url("/missing") + " --out " +
                              out.string() + " --delay 0 --user-agent 't/1 (+mailto:t@example.org)' -q",
                          "XDG_DATA_HOME=" + dir.str());
  EXPECT_EQ(r.exit_code, 1) << r.output;  // the 404 is an error in its profile
  const std::string archive = dir.str() + "/provscore/archive";
  EXPECT_EQ(Index(archive).size(), 2u);
  const auto profiles = Profiles(out);
  ASSERT_EQ(profiles.size(), 2u);
  EXPECT_EQ(Str(profiles[0].at("article").at("title")), "Rail strike halts trains");
  EXPECT_EQ(Str(profiles[0].at("input").at("url")), server.Url("/news/one"));
  EXPECT_FALSE(profiles[0].at("input").at("warc_record_id").is_null());
  EXPECT_EQ(Str(profiles[1].at("errors").at(0).at("code")), "read_failed");

  // Scoring the same URL again re-fetches (a revisit) and scores the stored original.
  const RunResult again = RunCli("score " + server.Url("/news/one") + " --archive " + archive + " --out " +
                              out.string() + " --delay 0 --user-agent 't/1 (+mailto:t@example.org)' -q");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  const auto second = Profiles(out);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].at("input").at("warc_record_id"), profiles[0].at("input").at("warc_record_id"));
  EXPECT_EQ(ReadArchive(archive).revisits, 1u);
}

TEST(WatchCommandTest, OnceArchivesFeedAndSitemapArticlesThenNothingIsDue) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const fs::path sources = dir.path() / "sources.json";
  std::ofstream(sources) << "[{\"url\": \"" << server.Url("/feed.xml") << "\", \"type\": \"feed\", \"interval\": \"30m\"},"
                         << " {\"url\": \"" << server.Url("/sitemap.xml") << "\", \"type\": \"sitemap\", \"interval\": \"1h\"}]";
  const std::string archive = (dir.path() / "archive").string();
  const std::string cmd = "watch --once --sources " + sources.string() + " --archive " + archive + kQuick;
  const RunResult first = RunCli(cmd);
  ASSERT_EQ(first.exit_code, 0) << first.output;
  // feed + index + child sitemap + three distinct articles.
  EXPECT_EQ(ReadArchive(archive).responses, 6u) << first.output;
  EXPECT_NE(first.output.find("3 new article(s)"), std::string::npos) << first.output;
  EXPECT_EQ(server.Hits("/news/one"), 1);
  EXPECT_EQ(server.Hits("/news/three"), 1);

  auto db = fetch::StateDb::Open(archive + "/state.sqlite");
  auto schedule = (*db)->ListSchedule();
  ASSERT_TRUE(schedule.ok());
  ASSERT_EQ(schedule->size(), 2u);
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
  EXPECT_GT((*schedule)[0].next_due_unix, now + 1700);  // the feed, due in 30 minutes
  db->reset();

  const RunResult second = RunCli(cmd);
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_NE(second.output.find("nothing is due"), std::string::npos) << second.output;
  EXPECT_EQ(server.Hits("/feed.xml"), 1);
  EXPECT_EQ(ReadArchive(archive).responses, 6u);
}

// Articles are queued for re-capture under the source that listed them first (the feed
// here: sources due together run in URL order), by that source's policy.
TEST(WatchCommandTest, DiscoveredArticlesAreQueuedForRecaptureByTheirSourcesPolicy) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const fs::path sources = dir.path() / "sources.json";
  std::ofstream(sources) << "[{\"url\": \"" << server.Url("/feed.xml") << "\", \"type\": \"feed\"},"
                         << " {\"url\": \"" << server.Url("/sitemap.xml") << "\", \"type\": \"sitemap\", "
                         << "\"recapture\": \"off\"}]";
  const std::string archive = (dir.path() / "archive").string();
  const int64_t before = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch()).count();
  const RunResult r = RunCli("watch --once --sources " + sources.string() + " --archive " + archive + kQuick);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("0 re-capture(s)"), std::string::npos) << r.output;
  auto db = fetch::StateDb::Open(archive + "/state.sqlite");
  ASSERT_TRUE(db.ok());
  for (const char* path : {"/news/one", "/news/two"}) {
    auto e = (*db)->GetRecapture(server.Url(path));
    ASSERT_TRUE(e.ok() && e->has_value()) << path;
    EXPECT_EQ((*e)->source_url, server.Url("/feed.xml"));
    EXPECT_GE((*e)->next_due_unix, before + 3600) << path;  // the first default offset, 1 h
    EXPECT_LE((*e)->next_due_unix, before + 3600 + 120) << path;
  }
  EXPECT_FALSE((*db)->GetRecapture(server.Url("/news/three")).value().has_value());  // the sitemap's: off
}

TEST(WatchCommandTest, DueSourcesAreRearchivedAsRevisitsAndKnownArticlesAreNotRefetched) {
  TestServer server;
  AddSite(server);
  TempDir dir;
  const fs::path sources = dir.path() / "sources.json";
  std::ofstream(sources) << "{\"sources\": [{\"url\": \"" << server.Url("/feed.xml") << "\", \"type\": \"feed\", \"interval\": 0},"
                         << " {\"url\": \"" << server.Url("/sitemap.xml") << "\", \"type\": \"sitemap\", \"interval\": 0},"
                         << " {\"url\": \"" << server.Url("/news/four") << "\", \"interval\": 0}]}";
  const std::string archive = (dir.path() / "archive").string();
  const std::string cmd = "watch --once --sources " + sources.string() + " --archive " + archive + kQuick;
  ASSERT_EQ(RunCli(cmd).exit_code, 0);
  const Archive first = ReadArchive(archive);
  EXPECT_EQ(first.responses, 7u);
  EXPECT_EQ(first.revisits, 0u);

  const RunResult r = RunCli(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const Archive second = ReadArchive(archive);
  EXPECT_EQ(second.responses, 7u);  // nothing new stored
  // feed (304), index, child sitemap and the page: four revisits; the articles not refetched.
  EXPECT_EQ(second.revisits, 4u) << r.output;
  EXPECT_EQ(server.Hits("/news/one"), 1);
  EXPECT_EQ(server.Hits("/feed.xml"), 2);
  EXPECT_EQ(server.Hits("/news/four"), 2);
  bool not_modified = false;
  for (const fetch::ReadRecord& rec : second.records) {
    not_modified |= rec.record.Header("WARC-Profile").value_or("") == fetch::kRevisitServerNotModified;
  }
  EXPECT_TRUE(not_modified);

  // And the archive scores: the five article pages (feeds and sitemaps are not HTML).
  const RunResult scored = RunCli("score " + archive + " --out " + (dir.path() / "out").string() + " -q");
  EXPECT_EQ(scored.exit_code, 0) << scored.output;
  EXPECT_EQ(Profiles(dir.path() / "out").size(), 4u);
}

TEST(WatchCommandTest, BadSourcesFileIsAUsageError) {
  TempDir dir;
  const fs::path sources = dir.path() / "sources.json";
  std::ofstream(sources) << "[{\"url\": \"ftp://example.org/feed\", \"type\": \"feed\"}]";
  const RunResult r = RunCli("watch --once --sources " + sources.string() + " --archive " + dir.str() + "/a");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("source 1"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace provscore
