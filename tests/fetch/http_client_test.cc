#include "fetch/http_client.h"

#include <gtest/gtest.h>

#include <chrono>

#include "fetch/internal/gzip.h"
#include "fetch_test_util.h"
#include "test_server.h"

namespace provscore::fetch {
namespace {

using testing::TestConnection;
using testing::TestRequest;
using testing::TestServer;
using Ms = std::chrono::milliseconds;

HttpClientOptions FastOptions() {
  HttpClientOptions o;
  o.user_agent = "provscore-test/0.1";
  o.per_host_delay = Ms(0);
  o.connect_timeout = Ms(2000);
  o.total_timeout = Ms(5000);
  o.backoff_base = Ms(50);
  o.backoff_max = Ms(2000);
  o.max_retries = 2;
  o.jitter_seed = 42;
  return o;
}

std::vector<FetchResult> FetchAll(HttpClient& client, const std::vector<std::string>& urls,
                                  const std::atomic<bool>* cancel = nullptr) {
  std::vector<FetchRequest> reqs;
  for (const auto& u : urls) reqs.push_back({u, "", ""});
  std::vector<FetchResult> out;
  EXPECT_TRUE(client.FetchAll(reqs, [&](FetchResult r) { out.push_back(std::move(r)); }, cancel).ok());
  return out;
}

FetchResult FetchOne(const HttpClientOptions& o, const std::string& url) {
  HttpClient client(o);
  auto results = FetchAll(client, {url});
  EXPECT_EQ(results.size(), 1u);
  return results.empty() ? FetchResult{} : results.front();
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

TEST(HttpClientTest, CapturesRawRequestAndResponseHeads) {
  TestServer server;
  server.Route("/page", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("<p>hello</p>")); });
  const FetchResult r = FetchOne(FastOptions(), server.Url("/page"));
  ASSERT_TRUE(r.error.ok()) << r.error.ToString();
  ASSERT_EQ(r.hops.size(), 1u);
  const HttpCapture& c = r.hops[0];
  EXPECT_TRUE(c.request_head.starts_with("GET /page HTTP/1.1\r\n")) << c.request_head;
  EXPECT_NE(c.request_head.find("User-Agent: provscore-test/0.1\r\n"), std::string::npos);
  EXPECT_TRUE(c.request_head.ends_with("\r\n\r\n"));
  EXPECT_TRUE(c.response_head.starts_with("HTTP/1.1 200 OK\r\n"));
  EXPECT_TRUE(c.response_head.ends_with("\r\n\r\n"));
  EXPECT_EQ(c.response_body, "<p>hello</p>");
  EXPECT_EQ(c.ip_address, "127.0.0.1");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(server.Hits("/robots.txt"), 1);
}

TEST(HttpClientTest, ChunkedAndGzipBodiesAreKeptAsReceived) {
  TestServer server;
  const std::string gz = internal::GzipCompress("<p>zipped</p>", 9).value();
  server.Route("/chunked-gzip", [&](const TestRequest&, TestConnection& c) {
    std::string body;
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", gz.size());
    body = std::string(size) + gz + "\r\n0\r\n\r\n";
    c.Send("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
           body);
  });
  const FetchResult r = FetchOne(FastOptions(), server.Url("/chunked-gzip"));
  ASSERT_TRUE(r.error.ok()) << r.error.ToString();
  const std::string& body = r.hops[0].response_body;
  EXPECT_EQ(testing::IndependentDechunk(body), gz);  // chunk framing and gzip both kept
  EXPECT_TRUE(body.ends_with("0\r\n\r\n"));
}

TEST(HttpClientTest, EachRedirectHopIsCaptured) {
  TestServer server;
  server.Route("/old", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Response(301, "Moved Permanently", {{"Location", "/new"}}, ""));
  });
  server.Route("/new", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("new")); });
  const FetchResult r = FetchOne(FastOptions(), server.Url("/old"));
  ASSERT_TRUE(r.error.ok());
  ASSERT_EQ(r.hops.size(), 2u);
  EXPECT_EQ(r.hops[0].target_uri, server.Url("/old"));
  EXPECT_EQ(r.hops[1].target_uri, server.Url("/new"));
  EXPECT_EQ(r.final_url(), server.Url("/new"));
  EXPECT_EQ(r.status, 200);
}

TEST(HttpClientTest, RedirectToFileSchemeIsRefused) {
  TestServer server;
  server.Route("/evil", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Response(302, "Found", {{"Location", "file:///etc/passwd"}}, ""));
  });
  const FetchResult r = FetchOne(FastOptions(), server.Url("/evil"));
  EXPECT_EQ(r.error.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.error.message().find("only http and https"), std::string::npos) << r.error.message();
  EXPECT_EQ(r.hops.size(), 1u);  // the redirect itself is still evidence
}

TEST(HttpClientTest, RedirectLoopStopsAtTheLimit) {
  TestServer server;
  server.Route("/loop", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Response(302, "Found", {{"Location", "/loop"}}, ""));
  });
  HttpClientOptions o = FastOptions();
  o.max_redirects = 3;
  const FetchResult r = FetchOne(o, server.Url("/loop"));
  EXPECT_EQ(r.error.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.hops.size(), 4u);
}

TEST(HttpClientTest, NonHttpUrlIsRejected) {
  const FetchResult r = FetchOne(FastOptions(), "file:///etc/passwd");
  EXPECT_EQ(r.error.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(r.hops.empty());
}

TEST(HttpClientTest, TooManyRequestsHonoursRetryAfter) {
  TestServer server;
  std::atomic<int> calls{0};
  server.Route("/busy", [&](const TestRequest&, TestConnection& c) {
    if (calls++ == 0) c.Send(TestServer::Response(429, "Too Many Requests", {{"Retry-After", "1"}}, "slow down"));
    else c.Send(TestServer::Ok("ok now"));
  });
  const auto t0 = std::chrono::steady_clock::now();
  const FetchResult r = FetchOne(FastOptions(), server.Url("/busy"));
  EXPECT_GE(Seconds(t0), 0.95);
  ASSERT_TRUE(r.error.ok());
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.attempts, 2);
  ASSERT_EQ(r.hops.size(), 1u);  // the 429 is retried, not archived
}

TEST(HttpClientTest, ServerErrorIsRetriedThenSucceeds) {
  TestServer server;
  std::atomic<int> calls{0};
  server.Route("/flaky", [&](const TestRequest&, TestConnection& c) {
    if (calls++ == 0) c.Send(TestServer::Response(500, "Internal Server Error", {}, "oops"));
    else c.Send(TestServer::Ok("fine"));
  });
  const FetchResult r = FetchOne(FastOptions(), server.Url("/flaky"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.attempts, 2);
  EXPECT_EQ(r.hops[0].response_body, "fine");
}

TEST(HttpClientTest, PersistentServerErrorIsKeptAfterRetries) {
  TestServer server;
  server.Route("/down", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Response(503, "Service Unavailable", {}, "down"));
  });
  HttpClientOptions o = FastOptions();
  o.max_retries = 1;
  const FetchResult r = FetchOne(o, server.Url("/down"));
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.attempts, 2);
  EXPECT_EQ(server.Hits("/down"), 2);
}

TEST(HttpClientTest, StalledResponseTimesOut) {
  TestServer server;
  server.Route("/stall", [](const TestRequest&, TestConnection& c) {
    c.Send("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nfirst bytes");
    c.Sleep(8000);
  });
  HttpClientOptions o = FastOptions();
  o.low_speed_time = std::chrono::seconds(1);
  o.total_timeout = Ms(1500);
  o.max_retries = 0;
  const auto t0 = std::chrono::steady_clock::now();
  const FetchResult r = FetchOne(o, server.Url("/stall"));
  EXPECT_LT(Seconds(t0), 4.0);
  EXPECT_EQ(r.error.code(), StatusCode::kIoError);
  EXPECT_TRUE(r.hops.empty());
}

TEST(HttpClientTest, SlowButSteadyResponseCompletes) {
  TestServer server;
  server.Route("/slow", [](const TestRequest&, TestConnection& c) {
    c.Send("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
    for (int i = 0; i < 10; ++i) {
      c.Sleep(50);
      c.Send("x");
    }
  });
  const FetchResult r = FetchOne(FastOptions(), server.Url("/slow"));
  ASSERT_TRUE(r.error.ok()) << r.error.ToString();
  EXPECT_EQ(r.hops[0].response_body, "xxxxxxxxxx");
}

TEST(HttpClientTest, OversizedBodyIsTruncated) {
  TestServer server;
  server.Route("/big", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok(std::string(200000, 'b'))); });
  HttpClientOptions o = FastOptions();
  o.max_body_bytes = 1000;
  const FetchResult r = FetchOne(o, server.Url("/big"));
  ASSERT_TRUE(r.error.ok()) << r.error.ToString();
  ASSERT_EQ(r.hops.size(), 1u);
  EXPECT_TRUE(r.hops[0].truncated);
  EXPECT_EQ(r.hops[0].response_body.size(), 1000u);
}

TEST(HttpClientTest, RobotsDisallowIsObeyed) {
  TestServer server;
  server.Route("/robots.txt", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok("User-agent: *\nDisallow: /private\n", "text/plain"));
  });
  server.Route("/private/x", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("secret")); });
  server.Route("/public", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("public")); });
  HttpClient client(FastOptions());
  auto results = FetchAll(client, {server.Url("/private/x"), server.Url("/public")});
  ASSERT_EQ(results.size(), 2u);
  for (const FetchResult& r : results) {
    if (r.url == server.Url("/private/x")) {
      EXPECT_TRUE(r.robots_denied);
      EXPECT_TRUE(r.hops.empty());
    } else {
      EXPECT_EQ(r.status, 200);
    }
  }
  EXPECT_EQ(server.Hits("/private/x"), 0);
  EXPECT_EQ(server.Hits("/robots.txt"), 1);
}

TEST(HttpClientTest, CrawlDelayRaisesTheHostDelay) {
  TestServer server;
  server.Route("/robots.txt", [](const TestRequest&, TestConnection& c) {
    c.Send(TestServer::Ok("User-agent: *\nCrawl-delay: 0.4\n", "text/plain"));
  });
  server.Route("/p", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("p")); });
  HttpClientOptions o = FastOptions();
  o.per_host_delay = Ms(10);
  HttpClient client(o);
  const auto t0 = std::chrono::steady_clock::now();
  auto results = FetchAll(client, {server.Url("/p?1"), server.Url("/p?2"), server.Url("/p?3")});
  EXPECT_EQ(results.size(), 3u);
  EXPECT_GE(Seconds(t0), 3 * 0.4 - 0.05);  // robots, then three pages, 0.4 s apart
}

TEST(HttpClientTest, NeverMoreThanOneRequestPerHostAtOnce) {
  TestServer server;
  server.Route("/slow", [](const TestRequest&, TestConnection& c) {
    c.Sleep(150);
    c.Send(TestServer::Ok("done"));
  });
  HttpClientOptions o = FastOptions();
  o.per_host_delay = Ms(20);
  const std::vector<std::string> hosts = {"a.test", "b.test", "c.test"};
  for (const auto& h : hosts) o.resolve.push_back(h + ":" + std::to_string(server.port()) + ":127.0.0.1");
  std::vector<std::string> urls;
  for (int i = 0; i < 3; ++i)
    for (const auto& h : hosts) urls.push_back(server.Url("/slow?" + std::to_string(i), h));
  HttpClient client(o);
  auto results = FetchAll(client, urls);
  ASSERT_EQ(results.size(), 9u);
  for (const auto& r : results) EXPECT_EQ(r.status, 200) << r.url << " " << r.error.ToString();
  for (const auto& h : hosts) EXPECT_EQ(server.MaxInFlight(h), 1) << h;
  EXPECT_GE(server.MaxInFlightOverall(), 2);  // hosts are fetched in parallel
}

TEST(HttpClientTest, CancelStopsStartingNewTransfers) {
  TestServer server;
  server.Route("/p", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("p")); });
  HttpClientOptions o = FastOptions();
  o.per_host_delay = Ms(100);
  HttpClient client(o);
  std::atomic<bool> cancel{false};
  std::vector<FetchRequest> reqs;
  for (int i = 0; i < 10; ++i) reqs.push_back({server.Url("/p?" + std::to_string(i)), "", ""});
  int reported = 0;
  ASSERT_TRUE(client.FetchAll(reqs, [&](FetchResult) { ++reported; cancel = true; }, &cancel).ok());
  EXPECT_EQ(reported, 1);
  EXPECT_EQ(server.Hits("/p"), 1);
}

TEST(HttpClientTest, MissingUserAgentIsRejected) {
  HttpClient client(HttpClientOptions{});
  EXPECT_EQ(client.FetchAll({}, [](FetchResult) {}).code(), StatusCode::kInvalidArgument);
}

TEST(RetryAfterTest, ParsesSecondsAndHttpDates) {
  const TimePoint now = std::chrono::system_clock::from_time_t(1445412480);  // Wed, 21 Oct 2015 07:28:00 GMT
  EXPECT_EQ(ParseRetryAfter("120", now)->count(), 120000);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now)->count(), 30000);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now)->count(), 0);
  EXPECT_FALSE(ParseRetryAfter("soon", now).has_value());
}

}  // namespace
}  // namespace provscore::fetch
