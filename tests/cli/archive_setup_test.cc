#include "cli/archive_setup.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "cli/progress_display.h"
#include "cli/sources_file.h"

namespace provscore {
namespace {

TEST(UserAgentTest, ContactIsAUrlOrAnEmailAddress) {
  const std::vector<std::pair<std::string, bool>> rows = {
      {"mybot/1.0 (+https://example.org/bot)", true},
      {"mybot/1.0 (+http://example.org)", true},
      {"mybot/1.0 (ops@example.org)", true},
      {"mybot/1.0 (+mailto:ops@example.org)", true},
      {"mybot/1.0", false},
      {"mybot/1.0 (@handle)", false},
      {DefaultUserAgent(), false},
  };
  for (const auto& [ua, want] : rows) EXPECT_EQ(UserAgentHasContact(ua), want) << ua;
  EXPECT_TRUE(DefaultUserAgent().starts_with("provscore/"));
}

TEST(ArchiveSetupTest, FlagsBecomeArchiverOptions) {
  FetchFlags f;
  f.concurrency = 3;
  f.per_host = 2;
  f.delay_seconds = 0.25;
  f.max_size_bytes = 1000;
  f.resolve = {"a:80:127.0.0.1"};
  f.gzip_level = 9;
  const fetch::ArchiverOptions o = MakeArchiverOptions(f, "dir");
  EXPECT_EQ(o.directory, "dir");
  EXPECT_EQ(o.http.user_agent, DefaultUserAgent());
  EXPECT_EQ(o.http.max_concurrent, 3);
  EXPECT_EQ(o.http.max_per_host, 2);
  EXPECT_EQ(o.http.per_host_delay, std::chrono::milliseconds(250));
  EXPECT_EQ(o.http.max_body_bytes, 1000u);
  EXPECT_EQ(o.http.resolve, f.resolve);
  EXPECT_EQ(o.warc.compression_level, 9);
  EXPECT_GE(o.writer_threads, 2);
}

TEST(ArchiveSetupTest, DefaultArchiveFollowsXdgDataHome) {
  const char* old = std::getenv("XDG_DATA_HOME");
  const std::string saved = old ? old : "";
  setenv("XDG_DATA_HOME", "/data", 1);
  EXPECT_EQ(DefaultArchiveDir(), "/data/provscore/archive");
  setenv("XDG_DATA_HOME", "relative", 1);  // the spec ignores relative paths
  EXPECT_NE(DefaultArchiveDir().find(".local/share/provscore/archive"), std::string::npos);
  if (old) setenv("XDG_DATA_HOME", saved.c_str(), 1);
  else unsetenv("XDG_DATA_HOME");
}

TEST(SourcesFileTest, ParsesTypesAndIntervals) {
  auto s = ParseSources(R"([{"url": "https://a.example/rss", "type": "feed", "interval": "30m"},
                            {"url": "https://a.example/sitemap.xml", "type": "sitemap", "interval": 86400},
                            {"url": "https://a.example/"}])",
                        "s.json");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 3u);
  EXPECT_EQ((*s)[0].type, fetch::SourceType::kFeed);
  EXPECT_EQ((*s)[0].interval_seconds, 1800);
  EXPECT_EQ((*s)[1].type, fetch::SourceType::kSitemap);
  EXPECT_EQ((*s)[1].interval_seconds, 86400);
  EXPECT_EQ((*s)[2].type, fetch::SourceType::kPage);
  EXPECT_EQ((*s)[2].interval_seconds, 1800);
  EXPECT_TRUE(ParseSources(R"({"sources": []})", "s.json").ok());
}

TEST(SourcesFileTest, RecapturePolicyDefaultsListedOrOff) {
  struct Row {
    const char* field;  // appended to the source object
    std::vector<int64_t> want;
  };
  const Row rows[] = {
      {"", fetch::DefaultRecaptureOffsets()},
      {R"(, "recapture": "off")", {}},
      {R"(, "recapture": ["1d", 600, "2h", "2h"])", {600, 7200, 86400}},  // sorted, repeats dropped
  };
  for (const Row& row : rows) {
    const std::string json = std::string(R"([{"url": "https://a.example/rss", "type": "feed")") + row.field + "}]";
    auto s = ParseSources(json, "s.json");
    ASSERT_TRUE(s.ok()) << json << ": " << s.status().ToString();
    EXPECT_EQ((*s)[0].recapture_offsets, row.want) << json;
  }
  EXPECT_EQ(fetch::DefaultRecaptureOffsets(), (std::vector<int64_t>{3600, 21600, 86400, 259200, 604800}));
}

TEST(SourcesFileTest, EachMistakeIsNamed) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"not json", "not valid JSON"},
      {R"({"feeds": []})", "expected a list"},
      {R"([42])", "source 1: expected an object"},
      {R"([{"type": "feed"}])", "\"url\" must be a string"},
      {R"([{"url": "ftp://a.example/"}])", "not an http(s) URL"},
      {R"([{"url": "https://a.example/", "type": "rss"}])", "\"type\" must be"},
      {R"([{"url": "https://a.example/", "interval": "often"}])", "\"interval\""},
      {R"([{"url": "https://a.example/", "every": "1h"}])", "unknown field \"every\""},
      {R"([{"url": "https://a.example/", "recapture": "never"}])", "\"recapture\" must be"},
      {R"([{"url": "https://a.example/", "recapture": []}])", "\"recapture\" must be"},
      {R"([{"url": "https://a.example/", "recapture": ["1h", "0s"]}])", "\"recapture\" must be"},
      {R"([{"url": "https://a.example/", "recapture": ["soon"]}])", "\"recapture\" must be"},
      {R"([{"url": "https://a.example/"}, {"url": "https://a.example/"}])", "source 2: listed twice"},
  };
  for (const auto& [json, want] : rows) {
    auto s = ParseSources(json, "s.json");
    ASSERT_FALSE(s.ok()) << json;
    EXPECT_EQ(s.status().code(), StatusCode::kParseError);
    EXPECT_NE(s.status().message().find(want), std::string::npos) << s.status().message();
  }
}

TEST(ProgressDisplayTest, LineShowsCountsBytesRateAndErrors) {
  fetch::ArchiveProgress p;
  p.done = 25;
  p.total = 100;
  p.bytes = 2'500'000;
  p.errors = 1;
  const std::string line = ProgressDisplay::FormatLine("fetch", p, 2.0, 10);
  EXPECT_NE(line.find("25/100"), std::string::npos) << line;
  EXPECT_NE(line.find("[==>       ]"), std::string::npos) << line;
  EXPECT_NE(line.find("25%"), std::string::npos) << line;
  EXPECT_NE(line.find("2.5 MB"), std::string::npos) << line;
  EXPECT_NE(line.find("1.2 MB/s"), std::string::npos) << line;
  EXPECT_NE(line.find("12.5 pages/s"), std::string::npos) << line;
  EXPECT_NE(line.find("1 error"), std::string::npos) << line;
}

}  // namespace
}  // namespace provscore
