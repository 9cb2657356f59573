#include "test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace provscore::fetch::testing {
namespace {

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::string TestRequest::Header(std::string_view name) const {
  size_t pos = head.find("\r\n");
  while (pos != std::string::npos && pos + 2 < head.size()) {
    const size_t end = head.find("\r\n", pos + 2);
    std::string_view line = std::string_view(head).substr(pos + 2, end - pos - 2);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos && IEquals(line.substr(0, colon), name)) {
      std::string_view v = line.substr(colon + 1);
      while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      return std::string(v);
    }
    pos = end;
  }
  return "";
}

bool TestConnection::Send(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool TestConnection::Sleep(int ms) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < until) {
    if (stopping_->load()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

TestServer::TestServer() {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int one = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // 127.0.0.1 only
  addr.sin_port = 0;
  ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::listen(listen_fd_, 64);
  socklen_t len = sizeof addr;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { AcceptLoop(); });
}

TestServer::~TestServer() {
  stopping_ = true;
  ::shutdown(listen_fd_, SHUT_RDWR);
  acceptor_.join();
  ::close(listen_fd_);
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(mu_);
    for (int fd : open_fds_) ::shutdown(fd, SHUT_RDWR);
    threads.swap(connections_);
  }
  for (std::thread& t : threads) t.join();
}

void TestServer::Route(const std::string& path, TestHandler handler) {
  std::lock_guard lock(mu_);
  routes_[path] = std::move(handler);
}

std::string TestServer::Url(const std::string& path, const std::string& host) const {
  return "http://" + host + ":" + std::to_string(port_) + path;
}

int TestServer::Hits(const std::string& path) const {
  std::lock_guard lock(mu_);
  auto it = hits_.find(path);
  return it == hits_.end() ? 0 : it->second;
}

int TestServer::MaxInFlight(const std::string& host) const {
  std::lock_guard lock(mu_);
  auto it = max_in_flight_.find(host);
  return it == max_in_flight_.end() ? 0 : it->second;
}

int TestServer::MaxInFlightOverall() const {
  std::lock_guard lock(mu_);
  return max_in_flight_all_;
}

std::string TestServer::Response(int status, const std::string& reason,
                                 const std::vector<std::pair<std::string, std::string>>& headers,
                                 const std::string& body) {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
  for (const auto& [n, v] : headers) out += n + ": " + v + "\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return out;
}

std::string TestServer::Ok(const std::string& body, const std::string& type) {
  return Response(200, "OK", {{"Content-Type", type}}, body);
}

void TestServer::AcceptLoop() {
  while (!stopping_) {
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) {
      if (stopping_) return;
      continue;
    }
    std::lock_guard lock(mu_);
    open_fds_.push_back(fd);
    connections_.emplace_back([this, fd] { Serve(fd); });
  }
}

void TestServer::Serve(int fd) {
  std::string buf;
  char chunk[8192];
  bool peer_open = true;
  while (!stopping_ && peer_open) {
    size_t end;
    while ((end = buf.find("\r\n\r\n")) == std::string::npos) {
      pollfd p{fd, POLLIN, 0};
      const int ready = ::poll(&p, 1, 50);
      if (stopping_) break;
      if (ready <= 0) continue;
      const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) {
        peer_open = false;
        break;
      }
      buf.append(chunk, static_cast<size_t>(n));
    }
    if (stopping_ || !peer_open) break;
    {
      TestRequest req;
      req.head = buf.substr(0, end + 4);
      buf.erase(0, end + 4);
      const size_t sp1 = req.head.find(' ');
      const size_t sp2 = req.head.find(' ', sp1 + 1);
      req.method = req.head.substr(0, sp1);
      req.target = req.head.substr(sp1 + 1, sp2 - sp1 - 1);
      req.path = req.target.substr(0, req.target.find('?'));
      req.host = req.Header("Host");
      req.host = req.host.substr(0, req.host.rfind(':'));
      TestHandler handler;
      {
        std::lock_guard lock(mu_);
        ++hits_[req.path];
        max_in_flight_[req.host] = std::max(max_in_flight_[req.host], ++in_flight_[req.host]);
        max_in_flight_all_ = std::max(max_in_flight_all_, ++in_flight_all_);
        auto it = routes_.find(req.path);
        if (it != routes_.end()) handler = it->second;
      }
      TestConnection conn(fd, &stopping_);
      if (handler) {
        handler(req, conn);
      } else {
        conn.Send(Response(404, "Not Found", {{"Content-Type", "text/plain"}}, "not found"));
      }
      {
        std::lock_guard lock(mu_);
        --in_flight_[req.host];
        --in_flight_all_;
      }
      if (conn.close_after() || IEquals(req.Header("Connection"), "close")) break;
    }
  }
  std::lock_guard lock(mu_);
  ::shutdown(fd, SHUT_RDWR);
  ::close(fd);
  open_fds_.erase(std::remove(open_fds_.begin(), open_fds_.end(), fd), open_fds_.end());
}

}  // namespace provscore::fetch::testing
