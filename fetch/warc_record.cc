#include "fetch/warc_record.h"

#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <memory>
#include <mutex>
#include <random>

#include "base/text.h"
#include "fetch/internal/http_message.h"

namespace provscore::fetch {

WarcClock SystemWarcClock() {
  return [] { return std::chrono::system_clock::now(); };
}

RecordIdGenerator RandomRecordIds() {
  struct Gen {
    std::mutex mu;
    std::mt19937_64 rng{(static_cast<uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}()};
  };
  auto gen = std::make_shared<Gen>();
  return [gen] {
    uint64_t hi = 0;
    uint64_t lo = 0;
    {
      std::lock_guard lock(gen->mu);
      hi = gen->rng();
      lo = gen->rng();
    }
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC 4122 variant
    char buf[64];
    std::snprintf(buf, sizeof buf, "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>",
                  static_cast<unsigned>(hi >> 32), static_cast<unsigned>((hi >> 16) & 0xFFFF),
                  static_cast<unsigned>(hi & 0xFFFF), static_cast<unsigned>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return std::string(buf);
  };
}

namespace {

std::tm ToUtc(TimePoint t) {
  const std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return tm;
}

}  // namespace

std::string FormatWarcDate(TimePoint t) {
  const std::tm tm = ToUtc(t);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string FormatTimestamp14(TimePoint t) {
  const std::tm tm = ToUtc(t);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

Result<TimePoint> ParseWarcDate(std::string_view s) {
  std::tm tm{};
  int year = 0, mon = 0, day = 0, hh = 0, mm = 0, ss = 0;
  const std::string str(s.substr(0, 19));
  if (s.size() < 19 || std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &year, &mon, &day, &hh, &mm, &ss) != 6) {
    return ParseError("not a WARC-Date: " + std::string(s));
  }
  tm.tm_year = year - 1900;
  tm.tm_mon = mon - 1;
  tm.tm_mday = day;
  tm.tm_hour = hh;
  tm.tm_min = mm;
  tm.tm_sec = ss;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::string Sha1Base32Digest(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md.data(), &len, EVP_sha1(), nullptr);
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out = "sha1:";
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned int i = 0; i < len; ++i) {
    buffer = (buffer << 8) | md[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
  return out;  // 160 bits = 32 characters: never needs '=' padding
}

std::optional<std::string_view> WarcRecord::Header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (EqualsIgnoreCase(n, name)) return std::string_view(v);
  }
  return std::nullopt;
}

void WarcRecord::SetHeader(std::string_view name, std::string value) {
  for (auto& [n, v] : headers) {
    if (EqualsIgnoreCase(n, name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::string(name), std::move(value));
}

std::string SerializeWarcRecord(const WarcRecord& record) {
  std::string out;
  out.reserve(512 + record.block.size());
  out += record.version;
  out += "\r\n";
  for (const auto& [n, v] : record.headers) {
    if (EqualsIgnoreCase(n, "Content-Length")) continue;
    out += n;
    out += ": ";
    out += v;
    out += "\r\n";
  }
  out += "Content-Length: ";
  out += std::to_string(record.block.size());
  out += "\r\n\r\n";
  out += record.block;
  out += "\r\n\r\n";
  return out;
}

std::string ResponsePayloadDigest(const HttpCapture& capture) {
  Result<internal::HttpHead> head = internal::ParseHttpHead(capture.response_head);
  if (!head.ok()) return Sha1Base32Digest(capture.response_body);
  return Sha1Base32Digest(internal::EntityBody(*head, capture.response_body));
}

WarcRecord MakeWarcinfoRecord(std::string_view filename, TimePoint date, std::string record_id,
                              const std::vector<std::pair<std::string, std::string>>& fields) {
  WarcRecord r;
  for (const auto& [n, v] : fields) r.block += n + ": " + v + "\r\n";
  r.headers = {{"WARC-Type", "warcinfo"},
               {"WARC-Record-ID", std::move(record_id)},
               {"WARC-Date", FormatWarcDate(date)},
               {"WARC-Filename", std::string(filename)},
               {"Content-Type", "application/warc-fields"},
               {"WARC-Block-Digest", Sha1Base32Digest(r.block)}};
  return r;
}

namespace {

void AddCommon(WarcRecord& r, std::string_view type, std::string record_id, const HttpCapture& c,
               std::string concurrent_to) {
  r.headers.emplace_back("WARC-Type", std::string(type));
  r.headers.emplace_back("WARC-Record-ID", std::move(record_id));
  r.headers.emplace_back("WARC-Date", FormatWarcDate(c.date));
  r.headers.emplace_back("WARC-Target-URI", c.target_uri);
  if (!c.ip_address.empty()) r.headers.emplace_back("WARC-IP-Address", c.ip_address);
  if (!concurrent_to.empty()) r.headers.emplace_back("WARC-Concurrent-To", std::move(concurrent_to));
}

}  // namespace

WarcRecord MakeRequestRecord(const HttpCapture& c, std::string record_id, std::string concurrent_to) {
  WarcRecord r;
  r.block = c.request_head + c.request_body;
  AddCommon(r, "request", std::move(record_id), c, std::move(concurrent_to));
  r.headers.emplace_back("Content-Type", "application/http; msgtype=request");
  r.headers.emplace_back("WARC-Block-Digest", Sha1Base32Digest(r.block));
  if (!c.request_body.empty()) r.headers.emplace_back("WARC-Payload-Digest", Sha1Base32Digest(c.request_body));
  return r;
}

WarcRecord MakeResponseRecord(const HttpCapture& c, std::string record_id, std::string concurrent_to) {
  WarcRecord r;
  r.block = c.response_head + c.response_body;
  AddCommon(r, "response", std::move(record_id), c, std::move(concurrent_to));
  r.headers.emplace_back("Content-Type", "application/http; msgtype=response");
  r.headers.emplace_back("WARC-Block-Digest", Sha1Base32Digest(r.block));
  r.headers.emplace_back("WARC-Payload-Digest", ResponsePayloadDigest(c));
  if (c.truncated) r.headers.emplace_back("WARC-Truncated", c.truncated_reason);
  return r;
}

WarcRecord MakeRevisitRecord(const HttpCapture& c, std::string record_id, std::string concurrent_to,
                             std::string_view profile, const RevisitTarget& target) {
  WarcRecord r;
  r.block = c.response_head;
  AddCommon(r, "revisit", std::move(record_id), c, std::move(concurrent_to));
  r.headers.emplace_back("WARC-Profile", std::string(profile));
  r.headers.emplace_back("WARC-Refers-To", target.record_id);
  r.headers.emplace_back("WARC-Refers-To-Target-URI", target.target_uri);
  r.headers.emplace_back("WARC-Refers-To-Date", target.date);
  r.headers.emplace_back("Content-Type", "application/http; msgtype=response");
  r.headers.emplace_back("WARC-Block-Digest", Sha1Base32Digest(r.block));
  if (!target.payload_digest.empty()) r.headers.emplace_back("WARC-Payload-Digest", target.payload_digest);
  return r;
}

}  // namespace provscore::fetch
