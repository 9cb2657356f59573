#include "fetch/internal/http_message.h"

#include <charconv>

#include "base/text.h"
#include "fetch/internal/gzip.h"

namespace provscore::fetch::internal {

std::optional<std::string_view> HttpHead::Field(std::string_view name) const {
  for (const auto& [n, v] : fields) {
    if (EqualsIgnoreCase(n, name)) return std::string_view(v);
  }
  return std::nullopt;
}

Result<HttpHead> ParseHttpHead(std::string_view bytes) {
  HttpHead head;
  size_t end = bytes.find("\r\n\r\n");
  size_t sep = 4;
  const size_t lf_end = bytes.find("\n\n");
  if (end == std::string_view::npos || (lf_end != std::string_view::npos && lf_end < end)) {
    end = lf_end;
    sep = 2;
  }
  if (end == std::string_view::npos) return ParseError("HTTP head has no blank line");
  head.length = end + sep;
  std::string_view text = bytes.substr(0, end);
  bool first = true;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      head.start_line = std::string(line);
      if (StartsWithIgnoreCase(line, "HTTP/")) {
        const size_t sp = line.find(' ');
        if (sp == std::string_view::npos) return ParseError("HTTP status line has no status");
        std::string_view code = line.substr(sp + 1, 3);
        auto [p, ec] = std::from_chars(code.data(), code.data() + code.size(), head.status);
        if (ec != std::errc() || code.size() != 3) return ParseError("HTTP status line has no status");
      } else if (line.find(" HTTP/") == std::string_view::npos) {
        return ParseError("not an HTTP message: " + std::string(line.substr(0, 40)));
      }
      continue;
    }
    if (line.empty()) continue;  // a bare CR line ("\n\r\n") inside the head: junk, skipped
    if ((line.front() == ' ' || line.front() == '\t') && !head.fields.empty()) {
      head.fields.back().second += " " + std::string(TrimAscii(line));  // obsolete folding
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // tolerate junk lines, as browsers do
    head.fields.emplace_back(std::string(TrimAscii(line.substr(0, colon))),
                             std::string(TrimAscii(line.substr(colon + 1))));
  }
  if (first) return ParseError("empty HTTP head");
  return head;
}

std::string Dechunk(std::string_view body, bool* complete) {
  std::string out;
  if (complete) *complete = false;
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) break;
    std::string_view size_line = body.substr(pos, nl - pos);
    const size_t semi = size_line.find(';');  // chunk extensions
    size_line = TrimAscii(size_line.substr(0, semi));
    uint64_t size = 0;
    auto [p, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || p != size_line.data() + size_line.size()) break;
    pos = nl + 1;
    if (size == 0) {
      if (complete) *complete = true;  // trailer fields, if any, are not payload
      break;
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(size, body.size() - pos));
    out.append(body.substr(pos, take));
    pos += take;
    if (take < size) break;
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    } else {
      break;
    }
  }
  return out;
}

bool IsChunked(const HttpHead& head) {
  auto te = head.Field("Transfer-Encoding");
  return te && AsciiLower(*te).find("chunked") != std::string::npos;
}

std::string EntityBody(const HttpHead& head, std::string_view body) {
  if (IsChunked(head)) return Dechunk(body);
  return std::string(body);
}

Result<std::string> DecodeContentEncoding(std::string_view body, std::string_view codings, size_t max_out,
                                          bool* truncated) {
  std::vector<std::string> list;
  for (std::string_view c : Split(codings, ',')) {
    std::string name = AsciiLower(TrimAscii(c));
    if (!name.empty() && name != "identity") list.push_back(std::move(name));
  }
  std::string data(body);
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    Result<std::string> decoded = (*it == "gzip" || *it == "x-gzip") ? GunzipAll(data, max_out, truncated)
                                  : (*it == "deflate")                ? InflateDeflate(data, max_out, truncated)
                                         : Result<std::string>(Unsupported("content-coding " + *it));
    if (!decoded.ok()) return decoded.status();
    data = std::move(decoded).value();
  }
  return data;
}

}  // namespace provscore::fetch::internal
