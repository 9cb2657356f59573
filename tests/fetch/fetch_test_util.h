// Helpers shared by the fetch tests: an independent SHA-1/base32 digest and chunked
// decoder (written apart from fetch/ so a bug there cannot hide itself), gzip member
// inspection, temporary directories, and a fixed clock and id generator.
#pragma once

#include <openssl/sha.h>
#include <zlib.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fetch/warc_record.h"
#include "tests/read_file.h"
#include "tests/temp_dir.h"

namespace provscore::fetch::testing {

using provscore::testing::TempDir;

inline std::string IndependentSha1Base32(std::string_view data) {
  unsigned char md[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(data.data()), data.size(), md);
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string bits;
  for (unsigned char b : md)
    for (int i = 7; i >= 0; --i) bits.push_back(((b >> i) & 1) ? '1' : '0');
  std::string out = "sha1:";
  for (size_t i = 0; i + 5 <= bits.size(); i += 5) out.push_back(alphabet[std::stoi(bits.substr(i, 5), nullptr, 2)]);
  return out;
}

// Straightforward chunked decoder for complete, well-formed bodies.
inline std::string IndependentDechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (true) {
    const size_t eol = body.find("\r\n", pos);
    if (eol == std::string_view::npos) return out;
    const size_t n = std::stoul(std::string(body.substr(pos, eol - pos)), nullptr, 16);
    if (n == 0) return out;
    out.append(body.substr(eol + 2, n));
    pos = eol + 2 + n + 2;
  }
}

// Splits a WARC block into (http head, body) at the first CRLF CRLF.
inline std::pair<std::string, std::string> SplitHttp(std::string_view block) {
  const size_t at = block.find("\r\n\r\n");
  if (at == std::string_view::npos) return {std::string(block), ""};
  return {std::string(block.substr(0, at + 4)), std::string(block.substr(at + 4))};
}

// Gunzips exactly one member starting at `offset`; returns its bytes and sets *used.
inline std::string GunzipOneMember(std::string_view data, size_t* used) {
  z_stream zs{};
  inflateInit2(&zs, 31);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  } while (rc == Z_OK);
  *used = rc == Z_STREAM_END ? data.size() - zs.avail_in : 0;
  inflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string();
}

using provscore::testing::ReadFile;

inline void WriteFile(const std::filesystem::path& p, std::string_view data) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// A fresh directory under the system temp dir, removed at scope exit.
// 2024-03-01T12:00:00Z, advancing one second per call when `step` is set.
inline WarcClock FixedClock(bool step = false) {
  auto counter = std::make_shared<std::atomic<int>>(0);
  return [counter, step] {
    const int n = step ? counter->fetch_add(1) : 0;
    return std::chrono::system_clock::from_time_t(1709294400) + std::chrono::seconds(n);
  };
}

// <urn:uuid:00000000-0000-4000-8000-000000000001>, ...002, ...
inline RecordIdGenerator CountingIds() {
  auto counter = std::make_shared<std::atomic<int>>(0);
  return [counter] {
    char buf[80];
    std::snprintf(buf, sizeof buf, "<urn:uuid:00000000-0000-4000-8000-%012d>", counter->fetch_add(1) + 1);
    return std::string(buf);
  };
}

inline HttpCapture SampleCapture() {
  HttpCapture c;
  c.target_uri = "http://example.com/news/story?id=7";
  c.ip_address = "127.0.0.1";
  c.date = std::chrono::system_clock::from_time_t(1709294400);
  c.request_head = "GET /news/story?id=7 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: provscore-test\r\n\r\n";
  c.response_head =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n";
  c.response_body = "5\r\nHello\r\n7\r\n, world\r\n0\r\n\r\n";
  return c;
}

}  // namespace provscore::fetch::testing
