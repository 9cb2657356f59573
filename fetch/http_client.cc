#include "fetch/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <deque>
#include <mutex>
#include <optional>
#include <random>

#include "base/text.h"
#include "fetch/internal/http_message.h"

namespace provscore::fetch {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

struct EasyCleanup {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct MultiCleanup {
  void operator()(CURLM* h) const { curl_multi_cleanup(h); }
};
struct SlistFree {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct UrlCleanup {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using EasyPtr = std::unique_ptr<CURL, EasyCleanup>;
using MultiPtr = std::unique_ptr<CURLM, MultiCleanup>;
using SlistPtr = std::unique_ptr<curl_slist, SlistFree>;
using UrlPtr = std::unique_ptr<CURLU, UrlCleanup>;

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string UrlPart(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* out = nullptr;
  if (curl_url_get(u, part, &out, flags) != CURLUE_OK || !out) return "";
  std::string s(out);
  curl_free(out);
  return s;
}

struct ParsedUrl {
  std::string url;        // normalised
  std::string scheme;
  std::string host_key;   // scheme://host:port
  std::string origin;     // scheme://host[:port] for robots.txt
  std::string path_query; // "/path?query"
};

// Parses `url`, resolved against `base` when given. kInvalidArgument when unusable.
Result<ParsedUrl> ParseUrl(const std::string& url, const std::string& base = "") {
  UrlPtr u(curl_url());
  if (!u) return Internal("curl_url failed");
  if (!base.empty() && curl_url_set(u.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK) {
    return InvalidArgument("bad base URL: " + base);
  }
  if (curl_url_set(u.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return InvalidArgument("bad URL: " + url);
  }
  ParsedUrl p;
  p.scheme = AsciiLower(UrlPart(u.get(), CURLUPART_SCHEME));
  if (p.scheme != "http" && p.scheme != "https") {
    return InvalidArgument("only http and https are fetched, not " + p.scheme + ": " + url);
  }
  // The fragment never goes on the wire.
  curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
  p.url = UrlPart(u.get(), CURLUPART_URL);
  const std::string host = AsciiLower(UrlPart(u.get(), CURLUPART_HOST));
  const std::string port = UrlPart(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
  const std::string explicit_port = UrlPart(u.get(), CURLUPART_PORT);
  p.host_key = p.scheme + "://" + host + ":" + port;
  p.origin = p.scheme + "://" + host + (explicit_port.empty() ? "" : ":" + explicit_port);
  p.path_query = UrlPart(u.get(), CURLUPART_PATH);
  const std::string query = UrlPart(u.get(), CURLUPART_QUERY);
  if (!query.empty()) p.path_query += "?" + query;
  return p;
}

bool IsRedirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool RetriableCurlError(CURLcode rc) {
  switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::optional<milliseconds> ParseRetryAfter(std::string_view value, TimePoint now) {
  value = TrimAscii(value);
  if (value.empty()) return std::nullopt;
  if (value.find_first_not_of("0123456789") == std::string_view::npos) {
    return milliseconds(std::stoll(std::string(value.substr(0, 12))) * 1000);
  }
  // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
  std::tm tm{};
  const std::string s(value);
  if (!strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm)) return std::nullopt;
  const TimePoint when = std::chrono::system_clock::from_time_t(timegm(&tm));
  if (when <= now) return milliseconds(0);
  return std::chrono::duration_cast<milliseconds>(when - now);
}

namespace {

struct Host {
  int active = 0;
  Clock::time_point next_allowed{};
  enum class Robots { kUnknown, kFetching, kReady } robots = Robots::kUnknown;
  internal::RobotsRules rules = internal::RobotsRules::AllowAll();
  milliseconds delay{0};
};

struct Job {
  FetchRequest request;
  ParsedUrl current;
  FetchResult result;
  int attempt = 0;  // attempts made on the current hop
  Clock::time_point not_before{};
};

struct Transfer {
  Job* job = nullptr;          // null for a robots.txt fetch
  std::string robots_host;     // host key, for a robots.txt fetch
  EasyPtr easy;
  SlistPtr headers;
  std::string request_head;
  std::string response_head;
  std::string body;
  bool truncated = false;
  uint64_t max_body = 0;
  TimePoint started;
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t len = size * n;
  if (t->body.size() + len > t->max_body) {
    t->body.append(data, static_cast<size_t>(t->max_body - t->body.size()));
    t->truncated = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  t->body.append(data, len);
  return len;
}

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t len = size * n;
  std::string_view line(data, len);
  if (line.starts_with("HTTP/")) t->response_head.clear();  // a new (non-1xx) response
  t->response_head.append(line);
  return len;
}

int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  auto* t = static_cast<Transfer*>(user);
  if (type == CURLINFO_HEADER_OUT) t->request_head.append(data, size);
  return 0;
}

}  // namespace

struct HttpClient::Impl {
  HttpClientOptions options;
  std::map<std::string, Host> hosts;  // robots cache lives across FetchAll calls
  std::mt19937_64 rng;
  SlistPtr resolve;

  explicit Impl(HttpClientOptions o) : options(std::move(o)) {
    rng.seed(options.jitter_seed ? options.jitter_seed : std::random_device{}());
    curl_slist* list = nullptr;
    for (const std::string& r : options.resolve) list = curl_slist_append(list, r.c_str());
    resolve.reset(list);
  }

  milliseconds Backoff(int attempt) {
    const int64_t base = options.backoff_base.count() << std::min(attempt, 20);
    const int64_t capped = std::min<int64_t>(base, options.backoff_max.count());
    std::uniform_int_distribution<int64_t> jitter(0, capped / 2);
    return milliseconds(capped - capped / 2 + jitter(rng));  // "equal jitter"
  }

  EasyPtr MakeEasy(Transfer* t, const std::string& url) {
    EasyPtr easy(curl_easy_init());
    if (!easy) return easy;
    CURL* h = easy.get();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_PRIVATE, t);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(h, CURLOPT_HTTP_CONTENT_DECODING, 0L);
    curl_easy_setopt(h, CURLOPT_HTTP_TRANSFER_DECODING, 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, options.ca_file.c_str());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(options.total_timeout.count()));
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, options.low_speed_bytes);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options.low_speed_time.count()));
    if (resolve) curl_easy_setopt(h, CURLOPT_RESOLVE, resolve.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, t);
    // The debug callback is how libcurl shows the request head it sent; it needs VERBOSE.
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, OnDebug);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, t);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
    return easy;
  }
};

HttpClient::HttpClient(HttpClientOptions options) : impl_(std::make_unique<Impl>(std::move(options))) { GlobalInit(); }
HttpClient::~HttpClient() = default;

Status HttpClient::FetchAll(const std::vector<FetchRequest>& requests, const std::function<void(FetchResult)>& on_done,
                            const std::atomic<bool>* cancel) {
  Impl& im = *impl_;
  const HttpClientOptions& o = im.options;
  if (o.user_agent.empty()) return InvalidArgument("a User-Agent is required");
  if (o.max_concurrent < 1 || o.max_per_host < 1) return InvalidArgument("concurrency limits must be at least 1");

  MultiPtr multi(curl_multi_init());
  if (!multi) return Internal("curl_multi_init failed");
  curl_multi_setopt(multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(o.max_per_host));
  curl_multi_setopt(multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(o.max_concurrent));

  std::deque<std::unique_ptr<Job>> jobs;
  std::vector<Job*> pending;
  for (const FetchRequest& r : requests) {
    auto job = std::make_unique<Job>();
    job->request = r;
    job->result.url = r.url;
    Result<ParsedUrl> p = ParseUrl(r.url);
    if (!p.ok()) {
      job->result.error = p.status();
      on_done(std::move(job->result));
      continue;
    }
    job->current = std::move(p).value();
    pending.push_back(job.get());
    jobs.push_back(std::move(job));
  }

  std::vector<std::unique_ptr<Transfer>> active;
  int running = 0;

  auto finish = [&](Job* job) { on_done(std::move(job->result)); };
  auto host_delay = [&](const Host& h) { return std::max(o.per_host_delay, h.delay); };

  auto start = [&](std::unique_ptr<Transfer> t, const std::string& url, Host& host) -> bool {
    t->max_body = t->job ? o.max_body_bytes : 512 * 1024;
    t->easy = im.MakeEasy(t.get(), url);
    if (!t->easy) return false;
    curl_slist* list = curl_slist_append(nullptr, "Accept-Encoding: gzip, deflate");
    if (t->job && t->job->result.hops.empty()) {
      if (!t->job->request.if_none_match.empty())
        list = curl_slist_append(list, ("If-None-Match: " + t->job->request.if_none_match).c_str());
      if (!t->job->request.if_modified_since.empty())
        list = curl_slist_append(list, ("If-Modified-Since: " + t->job->request.if_modified_since).c_str());
    }
    t->headers.reset(list);
    curl_easy_setopt(t->easy.get(), CURLOPT_HTTPHEADER, t->headers.get());
    t->started = o.clock();
    if (curl_multi_add_handle(multi.get(), t->easy.get()) != CURLM_OK) return false;
    ++host.active;
    ++running;
    active.push_back(std::move(t));
    return true;
  };

  while (!pending.empty() || running > 0) {
    const auto now = Clock::now();
    const bool cancelled = cancel && cancel->load();
    if (cancelled) {
      for (Job* job : pending) {
        if (job->result.hops.empty()) continue;  // never reported: not started
        job->result.error = IoError("cancelled before the fetch completed");
        finish(job);
      }
      pending.clear();
    }
    // Start whatever politeness allows.
    for (size_t i = 0; i < pending.size() && running < o.max_concurrent;) {
      Job* job = pending[i];
      Host& host = im.hosts[job->current.host_key];
      if (now < job->not_before || host.active >= o.max_per_host || now < host.next_allowed) {
        ++i;
        continue;
      }
      if (o.obey_robots && host.robots == Host::Robots::kUnknown) {
        auto t = std::make_unique<Transfer>();
        t->robots_host = job->current.host_key;
        host.robots = Host::Robots::kFetching;
        const std::string robots_url = job->current.origin + "/robots.txt";
        if (!start(std::move(t), robots_url, host)) host.robots = Host::Robots::kReady;  // allow-all
        ++i;
        continue;
      }
      if (o.obey_robots && host.robots == Host::Robots::kFetching) {
        ++i;
        continue;
      }
      pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(i));
      if (o.obey_robots && !host.rules.Allowed(job->current.path_query)) {
        job->result.robots_denied = true;
        job->result.error = InvalidArgument("robots.txt disallows " + job->current.url);
        finish(job);
        continue;
      }
      auto t = std::make_unique<Transfer>();
      t->job = job;
      ++job->attempt;
      if (!start(std::move(t), job->current.url, host)) {
        job->result.error = Internal("cannot start a transfer for " + job->current.url);
        finish(job);
      }
    }

    int still = 0;
    curl_multi_perform(multi.get(), &still);
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi.get(), &queued)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* easy = msg->easy_handle;
      const CURLcode rc = msg->data.result;
      curl_multi_remove_handle(multi.get(), easy);
      auto it = std::find_if(active.begin(), active.end(), [&](const auto& t) { return t->easy.get() == easy; });
      if (it == active.end()) continue;
      std::unique_ptr<Transfer> t = std::move(*it);
      active.erase(it);
      --running;
      long code = 0;
      curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
      const int status = static_cast<int>(code);
      const auto done_at = Clock::now();

      if (!t->job) {  // robots.txt
        Host& host = im.hosts[t->robots_host];
        --host.active;
        host.next_allowed = done_at + host_delay(host);
        host.robots = Host::Robots::kReady;
        if (rc == CURLE_OK && status >= 200 && status < 300) {
          host.rules = internal::RobotsRules::Parse(t->body, internal::ProductToken(o.user_agent));
          if (host.rules.crawl_delay() && *host.rules.crawl_delay() > host.delay) {
            host.delay = *host.rules.crawl_delay();
            host.next_allowed = done_at + host_delay(host);
          }
        } else if (rc == CURLE_OK && status >= 400 && status < 500) {
          host.rules = internal::RobotsRules::AllowAll();
        } else if (rc == CURLE_OK && IsRedirect(status)) {
          host.rules = internal::RobotsRules::AllowAll();  // not followed: treated as missing
        } else {
          host.rules = internal::RobotsRules::DisallowAll();  // RFC 9309 §2.3.1.4: unreachable
        }
        continue;
      }

      Job* job = t->job;
      Host& host = im.hosts[job->current.host_key];
      --host.active;
      host.next_allowed = done_at + host_delay(host);
      const bool got_response = (rc == CURLE_OK || (rc == CURLE_WRITE_ERROR && t->truncated)) && status > 0;
      if (!got_response) {
        if (RetriableCurlError(rc) && job->attempt <= o.max_retries) {
          job->not_before = done_at + im.Backoff(job->attempt - 1);
          pending.push_back(job);
        } else {
          job->result.attempts = job->attempt;
          job->result.error = IoError(std::string(curl_easy_strerror(rc)) + ": " + job->current.url);
          finish(job);
        }
        continue;
      }
      Result<internal::HttpHead> head = internal::ParseHttpHead(t->response_head);
      if ((status == 429 || status >= 500) && job->attempt <= o.max_retries) {
        milliseconds wait = im.Backoff(job->attempt - 1);
        if (head.ok()) {
          if (auto ra = head->Field("Retry-After")) {
            if (auto parsed = ParseRetryAfter(*ra, o.clock())) wait = std::min(*parsed, o.backoff_max);
          }
        }
        job->not_before = done_at + wait;
        if (status == 429) host.next_allowed = std::max(host.next_allowed, done_at + wait);
        pending.push_back(job);
        continue;
      }
      char* ip = nullptr;
      curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &ip);
      HttpCapture cap;
      cap.target_uri = job->current.url;
      cap.ip_address = ip ? ip : "";
      cap.date = t->started;
      cap.request_head = std::move(t->request_head);
      cap.response_head = std::move(t->response_head);
      cap.response_body = std::move(t->body);
      cap.truncated = t->truncated;
      job->result.hops.push_back(std::move(cap));
      job->result.status = status;
      job->result.attempts = job->attempt;

      if (IsRedirect(status) && head.ok() && head->Field("Location")) {
        if (static_cast<int>(job->result.hops.size()) > o.max_redirects) {
          job->result.error = InvalidArgument("more than " + std::to_string(o.max_redirects) + " redirects");
          finish(job);
          continue;
        }
        Result<ParsedUrl> next = ParseUrl(std::string(*head->Field("Location")), job->current.url);
        if (!next.ok()) {
          job->result.error = InvalidArgument("redirect refused: " + next.status().message());
          finish(job);
          continue;
        }
        job->current = std::move(next).value();
        job->attempt = 0;
        job->not_before = {};
        pending.push_back(job);
        continue;
      }
      finish(job);
    }

    if (pending.empty() && running == 0) break;
    // Sleep until curl has work or the next scheduled start, at most 50 ms.
    auto wake = Clock::now() + milliseconds(50);
    for (Job* job : pending) {
      const Host& host = im.hosts[job->current.host_key];
      if (host.active >= o.max_per_host || host.robots == Host::Robots::kFetching) continue;  // woken by curl
      wake = std::min(wake, std::max({job->not_before, host.next_allowed, Clock::now()}));
    }
    const auto wait = std::chrono::duration_cast<milliseconds>(wake - Clock::now()).count();
    curl_multi_poll(multi.get(), nullptr, 0, static_cast<int>(std::max<int64_t>(wait, running > 0 ? 1 : 0)), nullptr);
  }
  return Status::Ok();
}

}  // namespace provscore::fetch
