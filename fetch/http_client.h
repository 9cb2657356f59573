// HttpClient: fetches many URLs politely with the libcurl multi interface and captures
// each exchange byte for byte for the WARC writer. One FetchAll call runs on the
// calling thread; the client itself is not thread-safe (robots.txt cache inside).
//
// Politeness: at most `max_per_host` transfers per host (default 1), `per_host_delay`
// between the end of one and the start of the next; robots.txt is fetched once per host
// and obeyed (Crawl-delay may raise the delay, never lower it). Retries with exponential
// backoff and jitter on timeouts, connection failures, 429 and 5xx (Retry-After seconds
// or HTTP-date honoured). Redirects are followed by hand, each hop captured; only http
// and https are ever fetched (a redirect to file:// is refused). Bodies are captured as
// received: content-coding kept (CURLOPT_HTTP_CONTENT_DECODING off) and chunked framing
// kept (CURLOPT_HTTP_TRANSFER_DECODING off, so the WARC block is the exact wire bytes;
// warc_record.h explains the payload digest). HTTP/1.1 is forced so heads are the
// bytes on the wire, not ones libcurl synthesises for HTTP/2.
//
//   HttpClientOptions o;  o.user_agent = "provscore/0.1 (+https://example.org/bot)";
//   HttpClient client(o);
//   client.FetchAll(requests, [](FetchResult r) { ... }, &cancel);
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "fetch/internal/robots.h"
#include "fetch/warc_record.h"

namespace provscore::fetch {

struct HttpClientOptions {
  std::string user_agent;                                  // required; its product token matches robots.txt
  int max_concurrent = 8;                                  // transfers in flight overall
  int max_per_host = 1;                                    // transfers (and connections) per host
  std::chrono::milliseconds per_host_delay{1000};          // pause between requests to one host
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds total_timeout{60000};          // whole transfer
  long low_speed_bytes = 1;                                // abort when slower than this ...
  std::chrono::seconds low_speed_time{30};                 // ... for this long
  int max_retries = 3;                                     // extra attempts after the first
  std::chrono::milliseconds backoff_base{500};             // first retry delay, doubled each time
  std::chrono::milliseconds backoff_max{30000};            // cap on one retry delay (Retry-After too)
  int max_redirects = 10;                                  // hops after the first request
  uint64_t max_body_bytes = 50ULL << 20;                   // larger bodies are cut: WARC-Truncated
  bool obey_robots = true;
  std::vector<std::string> resolve;                        // "HOST:PORT:ADDR", as curl --resolve
  std::string ca_file;                                     // extra CA bundle; TLS is always verified
  uint64_t jitter_seed = 0;                                // 0: random
  WarcClock clock = SystemWarcClock();                     // dates the captures
};

struct FetchRequest {
  std::string url;
  std::string if_none_match;       // sent as If-None-Match when not empty
  std::string if_modified_since;   // sent as If-Modified-Since when not empty
};

struct FetchResult {
  std::string url;                     // as requested
  std::vector<HttpCapture> hops;       // one per request/response, redirects first
  int status = 0;                      // of the last hop; 0 when none completed
  int attempts = 0;                    // of the last hop
  bool robots_denied = false;
  Status error;                        // per-URL problem (data, not a crash)
  std::string final_url() const { return hops.empty() ? url : hops.back().target_uri; }
};

class HttpClient {
 public:
  explicit HttpClient(HttpClientOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Fetches every request; `on_done` runs on this thread as each URL finishes (all its
  // hops). When *cancel becomes true no new transfer starts, transfers in flight finish
  // and are reported, and URLs never started are not reported. kInvalidArgument for bad
  // options; otherwise per-URL failures are in FetchResult::error.
  Status FetchAll(const std::vector<FetchRequest>& requests, const std::function<void(FetchResult)>& on_done,
                  const std::atomic<bool>* cancel = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses Retry-After (delta-seconds or HTTP-date) relative to `now`.
std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value, TimePoint now);

}  // namespace provscore::fetch
