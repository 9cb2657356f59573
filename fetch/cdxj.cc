#include "base/file_commit.h"
#include "fetch/cdxj.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

#include "base/text.h"

namespace provscore::fetch {
namespace {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(ch);
        }
    }
  }
  out += "\"";
  return out;
}

// Reads the value of `"key": "..."` from a flat JSON object, ours or another indexer's:
// any spacing around the colon, and a bare number ("offset": 512) read as its digits.
std::string JsonField(std::string_view json, std::string_view key) {
  const std::string needle = "\"" + std::string(key) + "\"";
  size_t at = 0;
  size_t value = std::string_view::npos;
  while ((at = json.find(needle, at)) != std::string_view::npos) {
    size_t i = at + needle.size();
    while (i < json.size() && (json[i] == ' ' || json[i] == '\t')) ++i;
    at += needle.size();
    if (i >= json.size() || json[i] != ':' || (at > needle.size() && json[at - needle.size() - 1] == '\\')) continue;
    ++i;
    while (i < json.size() && (json[i] == ' ' || json[i] == '\t')) ++i;
    value = i;
    break;
  }
  if (value == std::string_view::npos || value >= json.size()) return "";
  if (json[value] != '"') {
    size_t end = value;
    while (end < json.size() && json[end] != ',' && json[end] != '}' && json[end] != ' ') ++end;
    return std::string(json.substr(value, end - value));
  }
  std::string out;
  for (size_t i = value + 1; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '"') break;
    if (c == '\\' && i + 1 < json.size()) {
      const char e = json[++i];
      switch (e) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u':
          if (i + 4 < json.size()) {
            unsigned v = 0;
            std::from_chars(json.data() + i + 1, json.data() + i + 5, v, 16);
            AppendUtf8(static_cast<char32_t>(v), out);
            i += 4;
          }
          break;
        default: out += e;
      }
      continue;
    }
    out += c;
  }
  return out;
}

std::string SortQuery(std::string_view query) {
  if (query.size() <= 1) return std::string(query);
  std::vector<std::pair<std::string, std::optional<std::string>>> args;
  for (std::string_view arg : Split(query, '&')) {
    const size_t eq = arg.find('=');
    if (eq == std::string_view::npos) args.emplace_back(std::string(arg), std::nullopt);
    else args.emplace_back(std::string(arg.substr(0, eq)), std::string(arg.substr(eq + 1)));
  }
  // Python sorts tuples: ("a",) < ("a", "") -- a missing value sorts first.
  std::stable_sort(args.begin(), args.end());
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0) out += '&';
    out += args[i].first;
    if (args[i].second) out += "=" + *args[i].second;
  }
  return out;
}

}  // namespace

Result<std::string> SurtKey(std::string_view url_in) {
  std::string url = AsciiLower(TrimAscii(url_in));
  const size_t hash = url.find('#');
  if (hash != std::string::npos) url.resize(hash);
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos || scheme_end == 0) return InvalidArgument("URL has no scheme: " + std::string(url_in));
  const std::string scheme = url.substr(0, scheme_end);
  std::string_view rest = std::string_view(url).substr(scheme_end + 3);
  const size_t auth_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, auth_end);
  std::string_view path_query = auth_end == std::string_view::npos ? std::string_view() : rest.substr(auth_end);
  const size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority = authority.substr(at + 1);  // user:pass dropped
  std::string host(authority);
  std::string port;
  const size_t colon = host.rfind(':');
  if (colon != std::string::npos && host.find(']') == std::string::npos) {
    port = host.substr(colon + 1);
    host.resize(colon);
  }
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host.empty()) return InvalidArgument("URL has no host: " + std::string(url_in));
  if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443")) port.clear();
  // "www." / "www12." prefix.
  if (host.starts_with("www")) {
    size_t i = 3;
    while (i < host.size() && host[i] >= '0' && host[i] <= '9') ++i;
    if (i < host.size() && host[i] == '.') host.erase(0, i + 1);
  }
  std::string key;
  const bool is_ipv4 = !host.empty() && host.find_first_not_of("0123456789.") == std::string::npos;
  if (is_ipv4) {
    key = host;  // IP addresses are not reversed
  } else {
    std::vector<std::string_view> labels = Split(host, '.');
    for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
      if (!key.empty()) key += ',';
      key += *it;
    }
  }
  if (!port.empty()) key += ":" + port;
  key += ')';

  std::string path(path_query.substr(0, path_query.find('?')));
  std::string query;
  const size_t q = path_query.find('?');
  if (q != std::string_view::npos) query = std::string(path_query.substr(q + 1));
  if (path.empty()) path = "/";
  if (path.size() > 1 && path.back() == '/') path.pop_back();
  key += path;
  query = SortQuery(query);
  if (!query.empty()) key += "?" + query;
  return key;
}

std::string FormatCdxjLine(const CdxjEntry& e) {
  std::string out = e.urlkey + " " + e.timestamp + " {";
  out += "\"url\": " + JsonString(e.url);
  if (!e.mime.empty()) out += ", \"mime\": " + JsonString(e.mime);
  if (!e.status.empty()) out += ", \"status\": " + JsonString(e.status);
  if (!e.digest.empty()) out += ", \"digest\": " + JsonString(e.digest);
  out += ", \"length\": \"" + std::to_string(e.length) + "\"";
  out += ", \"offset\": \"" + std::to_string(e.offset) + "\"";
  out += ", \"filename\": " + JsonString(e.filename) + "}";
  return out;
}

Result<CdxjEntry> ParseCdxjLine(std::string_view line) {
  const size_t sp1 = line.find(' ');
  const size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos || line.substr(sp2 + 1, 1) != "{") {
    return ParseError("not a CDXJ line: " + std::string(line.substr(0, 80)));
  }
  CdxjEntry e;
  e.urlkey = std::string(line.substr(0, sp1));
  e.timestamp = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
  std::string_view json = line.substr(sp2 + 1);
  e.url = JsonField(json, "url");
  e.mime = JsonField(json, "mime");
  e.status = JsonField(json, "status");
  e.digest = JsonField(json, "digest");
  e.filename = JsonField(json, "filename");
  const std::string length = JsonField(json, "length");
  const std::string offset = JsonField(json, "offset");
  std::from_chars(length.data(), length.data() + length.size(), e.length);
  std::from_chars(offset.data(), offset.data() + offset.size(), e.offset);
  return e;
}

Result<CdxjEntry> CdxjEntryFor(const WarcRecord& record, uint64_t offset, uint64_t length,
                               std::string_view filename) {
  const std::string_view type = record.Type();
  if (type != "response" && type != "revisit") return NotFound("not a response or revisit record");
  CdxjEntry e;
  e.url = std::string(record.Header("WARC-Target-URI").value_or(""));
  if (e.url.size() >= 2 && e.url.front() == '<' && e.url.back() == '>') e.url = e.url.substr(1, e.url.size() - 2);  // wget 1.x
  Result<std::string> key = SurtKey(e.url);
  if (!key.ok()) return key.status();
  e.urlkey = std::move(key).value();
  Result<TimePoint> date = ParseWarcDate(record.Header("WARC-Date").value_or(""));
  if (!date.ok()) return date.status();
  e.timestamp = FormatTimestamp14(*date);
  Result<HttpPayload> http = DecodeHttpPayload(record);
  if (http.ok()) {
    e.status = std::to_string(http->status);
    std::string_view mime = http->content_type;
    mime = TrimAscii(mime.substr(0, mime.find(';')));
    e.mime = std::string(mime);
  }
  if (type == "revisit") e.mime = "warc/revisit";
  std::string_view digest = record.Header("WARC-Payload-Digest").value_or("");
  const size_t colon = digest.find(':');
  e.digest = std::string(colon == std::string_view::npos ? digest : digest.substr(colon + 1));
  e.offset = offset;
  e.length = length;
  e.filename = std::string(filename);
  return e;
}

Result<std::vector<CdxjEntry>> IndexWarcFile(const std::string& path) {
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path);
  if (!reader.ok()) return reader.status();
  const std::string filename = std::filesystem::path(path).filename().string();
  std::vector<CdxjEntry> out;
  ReadRecord rec;
  while ((*reader)->Next(&rec)) {
    Result<CdxjEntry> e = CdxjEntryFor(rec.record, rec.offset, rec.length, filename);
    if (e.ok()) out.push_back(std::move(e).value());
  }
  if (!(*reader)->status().ok()) return (*reader)->status();
  return out;
}

Result<std::unique_ptr<CdxjIndex>> CdxjIndex::Open(std::string path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return IoError("cannot open " + path + ": " + std::strerror(errno));
  return std::unique_ptr<CdxjIndex>(new CdxjIndex(std::move(path), fd));
}

CdxjIndex::~CdxjIndex() {
  if (fd_ >= 0) {
    Status s = Close();
    (void)s;  // best effort; callers who care call Close() themselves
  }
}

Status CdxjIndex::Append(const CdxjEntry& entry) {
  const std::string line = FormatCdxjLine(entry) + "\n";
  std::lock_guard lock(mu_);
  if (fd_ < 0) return Internal("CDXJ index is closed");
  // One write per line: a crash leaves at most one partial last line, which the next
  // sort drops (it does not parse).
  const ssize_t n = ::write(fd_, line.data(), line.size());
  if (n != static_cast<ssize_t>(line.size())) return IoError("write to " + path_ + " failed");
  return Status::Ok();
}

Status CdxjIndex::Close() {
  std::lock_guard lock(mu_);
  if (fd_ < 0) return Status::Ok();
  ::close(fd_);
  fd_ = -1;
  return SortCdxjFile(path_);
}

Status SortCdxjFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot read " + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (!ParseCdxjLine(line).ok() || line.back() != '}') continue;  // a torn last line
    lines.push_back(line);
  }
  in.close();
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (const std::string& l : lines) out << l << '\n';
    out.flush();
    if (!out) return IoError("cannot write " + tmp);
  }
  return CommitFile(tmp, path);
}

}  // namespace provscore::fetch
