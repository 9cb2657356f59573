// Watcher re-capture schedule: articles discovered in a feed are archived again at their
// source's offsets after discovery, with conditional requests, on an injected clock.
#include "fetch/watcher.h"

#include <gtest/gtest.h>

#include <memory>

#include "fetch_test_util.h"
#include "test_server.h"

namespace provscore::fetch {
namespace {

using testing::TestConnection;
using testing::TestRequest;
using testing::TestServer;

constexpr int64_t kStart = 1709294400;  // 2024-03-01T12:00:00Z
constexpr int64_t kHour = 3600, kDay = 86400;

// A feed listing two articles; /news/a answers 304 to its ETag, /news/b has no validators.
void AddFeedSite(TestServer& server) {
  server.Route("/feed.xml", [&server](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><link>" +
                              server.Url("/news/a") + "</link></item><item><link>" + server.Url("/news/b") +
                              "</link></item></channel></rss>",
                          "application/rss+xml"));
  });
  server.Route("/news/a", [](const TestRequest& r, TestConnection& c) {
    if (r.Header("If-None-Match") == "\"a1\"") {
      c.Send("HTTP/1.1 304 Not Modified\r\nETag: \"a1\"\r\n\r\n");
    } else {
      c.Send(TestServer::Response(200, "OK", {{"Content-Type", "text/html"}, {"ETag", "\"a1\""}}, "<p>A</p>"));
    }
  });
  server.Route("/news/b", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("<p>B</p>")); });
}

class RecaptureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    AddFeedSite(server_);
    ArchiverOptions o;
    o.directory = dir_.str();
    o.http.user_agent = "provscore-test/0.1";
    o.http.per_host_delay = std::chrono::milliseconds(0);
    o.http.backoff_base = std::chrono::milliseconds(20);
    auto a = Archiver::Open(o);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    archiver_ = std::move(a).value();
  }

  WatchSource Feed(std::vector<int64_t> offsets = DefaultRecaptureOffsets()) {
    WatchSource s;
    s.url = server_.Url("/feed.xml");
    s.type = SourceType::kFeed;
    s.interval_seconds = 30 * kDay;  // the feed itself stays quiet during these tests
    s.recapture_offsets = std::move(offsets);
    return s;
  }

  // One cycle at `at` over `sources`.
  WatchCycle RunAt(int64_t at, const std::vector<WatchSource>& sources) {
    WatcherOptions wo;
    wo.now_unix = [at] { return at; };
    Watcher w(archiver_.get(), sources, wo);
    Result<WatchCycle> c = w.RunDue();
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? *c : WatchCycle{};
  }

  std::optional<RecaptureEntry> Queued(const std::string& path) {
    return archiver_->state().GetRecapture(server_.Url(path)).value();
  }

  TestServer server_;
  testing::TempDir dir_;
  std::unique_ptr<Archiver> archiver_;
};

TEST_F(RecaptureTest, DefaultScheduleFiresEachOffsetThenEnds) {
  const std::vector<WatchSource> sources = {Feed()};
  WatchCycle c = RunAt(kStart, sources);
  EXPECT_EQ(c.new_articles, 2u);
  EXPECT_EQ(c.queued, 2u);
  ASSERT_TRUE(Queued("/news/a").has_value());
  EXPECT_EQ(Queued("/news/a")->source_url, server_.Url("/feed.xml"));
  EXPECT_EQ(Queued("/news/a")->discovered_unix, kStart);
  EXPECT_EQ(Queued("/news/a")->next_due_unix, kStart + kHour);
  EXPECT_EQ(archiver_->state().NextRecaptureDue().value(), std::optional<int64_t>(kStart + kHour));

  // Before the first offset: nothing is due, nothing fetched.
  c = RunAt(kStart + kHour - 1, sources);
  EXPECT_EQ(c.recaptures_due, 0u);
  EXPECT_EQ(server_.Hits("/news/a"), 1);

  // Each offset in turn; unchanged pages become revisits (304 for a, same digest for b).
  const int64_t offsets[] = {kHour, 6 * kHour, kDay, 3 * kDay, 7 * kDay};
  for (int i = 0; i < 5; ++i) {
    SCOPED_TRACE(i);
    c = RunAt(kStart + offsets[i], sources);
    EXPECT_EQ(c.recaptures_due, 2u);
    EXPECT_EQ(c.recaptured, 2u);
    EXPECT_EQ(c.responses, 0u);
    EXPECT_EQ(c.revisits, 2u);
    EXPECT_EQ(server_.Hits("/news/a"), 2 + i);
    EXPECT_EQ(server_.Hits("/news/b"), 2 + i);
    if (i < 4) {
      ASSERT_TRUE(Queued("/news/a").has_value());
      EXPECT_EQ(Queued("/news/a")->steps_done, i + 1);
      EXPECT_EQ(Queued("/news/a")->next_due_unix, kStart + offsets[i + 1]);
    }
  }
  EXPECT_FALSE(Queued("/news/a").has_value());
  EXPECT_FALSE(archiver_->state().NextRecaptureDue().value().has_value());
  EXPECT_EQ(RunAt(kStart + 8 * kDay, sources).recaptures_due, 0u);
  EXPECT_EQ(server_.Hits("/news/a"), 6);
  EXPECT_EQ(server_.Hits("/feed.xml"), 1);  // re-captures do not poll the source
}

TEST_F(RecaptureTest, MissedOffsetsAreCollapsedIntoOneCapture) {
  const std::vector<WatchSource> sources = {Feed()};
  RunAt(kStart, sources);
  // The watcher was stopped for two days: 1h, 6h and 1d have passed; one capture, then 3d.
  const WatchCycle c = RunAt(kStart + 2 * kDay, sources);
  EXPECT_EQ(c.recaptured, 2u);
  EXPECT_EQ(server_.Hits("/news/a"), 2);
  ASSERT_TRUE(Queued("/news/a").has_value());
  EXPECT_EQ(Queued("/news/a")->steps_done, 3);
  EXPECT_EQ(Queued("/news/a")->next_due_unix, kStart + 3 * kDay);
}

TEST_F(RecaptureTest, PerSourcePolicyOffOrCustom) {
  struct Row {
    const char* name;
    std::vector<int64_t> offsets;
    size_t queued;
  };
  const Row rows[] = {{"off", {}, 0}, {"one offset", {2 * kHour}, 2}};
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    testing::TempDir dir;
    ArchiverOptions o;
    o.directory = dir.str();
    o.http.user_agent = "provscore-test/0.1";
    o.http.per_host_delay = std::chrono::milliseconds(0);
    archiver_ = std::move(Archiver::Open(o)).value();
    const std::vector<WatchSource> sources = {Feed(row.offsets)};
    EXPECT_EQ(RunAt(kStart, sources).queued, row.queued);
    if (row.queued == 0) {
      EXPECT_FALSE(Queued("/news/a").has_value());
      archiver_.reset();  // before its directory goes
      continue;
    }
    EXPECT_EQ(Queued("/news/a")->next_due_unix, kStart + 2 * kHour);
    EXPECT_EQ(RunAt(kStart + 2 * kHour, sources).recaptured, 2u);
    EXPECT_FALSE(Queued("/news/a").has_value());  // its only offset fired
    archiver_.reset();
  }
}

TEST_F(RecaptureTest, ArticlesOfARemovedOrSilencedSourceLeaveTheQueueUnfetched) {
  struct Row {
    const char* name;
    std::vector<WatchSource> later;  // the sources file when the re-captures fall due
  };
  const Row rows[] = {{"source removed", {}}, {"re-capture turned off", {Feed({})}}};
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    testing::TempDir dir;
    ArchiverOptions o;
    o.directory = dir.str();
    o.http.user_agent = "provscore-test/0.1";
    o.http.per_host_delay = std::chrono::milliseconds(0);
    archiver_ = std::move(Archiver::Open(o)).value();
    const int hits = server_.Hits("/news/a");
    RunAt(kStart, {Feed()});
    ASSERT_TRUE(Queued("/news/a").has_value());
    const WatchCycle c = RunAt(kStart + kHour, row.later);
    EXPECT_EQ(c.recaptures_due, 2u);
    EXPECT_EQ(c.recaptured, 0u);
    EXPECT_FALSE(Queued("/news/a").has_value());
    EXPECT_EQ(server_.Hits("/news/a"), hits + 1);  // only the first capture
    archiver_.reset();
  }
}

TEST_F(RecaptureTest, SecondsUntilDueCountsTheQueue) {
  const std::vector<WatchSource> sources = {Feed()};
  RunAt(kStart, sources);
  WatcherOptions wo;
  wo.now_unix = [] { return kStart + 600; };
  Watcher w(archiver_.get(), sources, wo);
  EXPECT_EQ(w.SecondsUntilDue().value(), kHour - 600);  // the re-captures, not the feed's 30 days
}

}  // namespace
}  // namespace provscore::fetch
