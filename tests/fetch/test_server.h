// TestServer: a small HTTP/1.1 server for the fetch tests, thread per connection, bound
// to 127.0.0.1 on an ephemeral port (never any other address). Routes are exact paths;
// handlers write raw response bytes so tests control framing (chunked, gzip, stalls).
// It counts requests in flight per Host header, so tests can assert politeness.
// Thread-safe; the destructor stops every connection.
//
//   TestServer server;
//   server.Route("/page", [](const TestRequest&, TestConnection& c) { c.Send(TestServer::Ok("hi")); });
//   std::string url = server.Url("/page");          // http://127.0.0.1:PORT/page
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace provscore::fetch::testing {

struct TestRequest {
  std::string method;
  std::string target;   // path and query as sent
  std::string path;     // without the query
  std::string host;     // Host header without the port
  std::string head;     // raw request head
  std::string Header(std::string_view name) const;  // "" when absent
};

class TestConnection {
 public:
  explicit TestConnection(int fd, const std::atomic<bool>* stopping) : fd_(fd), stopping_(stopping) {}
  // Writes bytes; false when the peer has gone.
  bool Send(std::string_view bytes);
  // Sleeps in small steps; returns false early when the server stops.
  bool Sleep(int ms);
  // Close the connection after this response.
  void CloseAfter() { close_ = true; }
  bool close_after() const { return close_; }

 private:
  int fd_;
  const std::atomic<bool>* stopping_;
  bool close_ = false;
};

using TestHandler = std::function<void(const TestRequest&, TestConnection&)>;

// Declare a TestServer after everything its handlers read: its destructor joins the
// connection threads, so it must run before that data is destroyed (ThreadSanitizer
// reports the race otherwise).
class TestServer {
 public:
  TestServer();
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  int port() const { return port_; }
  void Route(const std::string& path, TestHandler handler);
  std::string Url(const std::string& path_and_query, const std::string& host = "127.0.0.1") const;

  // Requests to `path` so far.
  int Hits(const std::string& path) const;
  // Most requests in flight at once for a Host (without port), and over all hosts.
  int MaxInFlight(const std::string& host) const;
  int MaxInFlightOverall() const;

  // A complete response with Content-Length.
  static std::string Response(int status, const std::string& reason,
                              const std::vector<std::pair<std::string, std::string>>& headers,
                              const std::string& body);
  static std::string Ok(const std::string& body, const std::string& type = "text/html; charset=utf-8");

 private:
  void AcceptLoop();
  void Serve(int fd);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread acceptor_;
  mutable std::mutex mu_;
  std::map<std::string, TestHandler> routes_;
  std::map<std::string, int> hits_;
  std::map<std::string, int> in_flight_, max_in_flight_;
  int in_flight_all_ = 0, max_in_flight_all_ = 0;
  std::vector<std::thread> connections_;
  std::vector<int> open_fds_;
};

}  // namespace provscore::fetch::testing
