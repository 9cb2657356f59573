#include "batch/archive_input.h"

#include <algorithm>
#include <filesystem>

#include "base/text.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

// "text/html; charset=ISO-8859-1" -> ("text/html", "ISO-8859-1").
std::pair<std::string, std::string> SplitContentType(std::string_view value) {
  size_t semi = value.find(';');
  const std::string media = AsciiLower(TrimAscii(value.substr(0, semi)));
  std::string charset;
  while (semi != std::string_view::npos) {
    const size_t next = value.find(';', semi + 1);
    const std::string_view param = TrimAscii(value.substr(semi + 1, next == value.npos ? value.npos : next - semi - 1));
    const size_t eq = param.find('=');
    if (eq != std::string_view::npos && AsciiLower(TrimAscii(param.substr(0, eq))) == "charset") {
      std::string_view v = TrimAscii(param.substr(eq + 1));
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
      charset = std::string(v);
    }
    semi = next;
  }
  return {media, charset};
}

ScoreInput MakeInput(ScoreInput::Kind kind, const InputRef* document, const std::string& location) {
  ScoreInput in;
  in.kind = kind;
  if (document) in.document = *document;
  in.location = location;
  return in;
}

bool IsHtmlMedia(std::string_view media) { return media == "text/html" || media == "application/xhtml+xml"; }

}  // namespace

bool IsHttpUrl(std::string_view arg) {
  const std::string lower = AsciiLower(arg.substr(0, 8));
  return lower.starts_with("http://") || lower.starts_with("https://");
}

bool IsWarcPath(std::string_view path) {
  const std::string lower = AsciiLower(path);
  return lower.ends_with(".warc") || lower.ends_with(".warc.gz");
}

Result<std::vector<ScoreInput>> ExpandScoreInputs(const std::vector<std::string>& args) {
  std::vector<ScoreInput> out;
  for (const std::string& arg : args) {
    if (IsHttpUrl(arg)) {
      out.push_back(MakeInput(ScoreInput::Kind::kUrl, nullptr, arg));
      continue;
    }
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      // The folder's documents and WARC files, together in sorted path order.
      Result<std::vector<InputRef>> docs = ExpandInputs({arg});
      if (!docs.ok()) return docs.status();
      std::vector<std::pair<fs::path, ScoreInput>> found;
      for (const InputRef& d : *docs) found.emplace_back(d.path, MakeInput(ScoreInput::Kind::kDocument, &d, ""));
      for (fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && IsWarcPath(it->path().filename().string())) {
          found.emplace_back(it->path(), MakeInput(ScoreInput::Kind::kWarc, nullptr, it->path().string()));
        }
      }
      if (ec) return IoError("cannot list " + arg + ": " + ec.message());
      std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto& f : found) out.push_back(std::move(f.second));
      continue;
    }
    if (arg != "-" && IsWarcPath(arg)) {
      if (!fs::exists(arg, ec)) return NotFound("no such file or folder: " + arg);
      out.push_back(MakeInput(ScoreInput::Kind::kWarc, nullptr, arg));
      continue;
    }
    Result<std::vector<InputRef>> docs = ExpandInputs({arg});
    if (!docs.ok()) return docs.status();
    for (const InputRef& d : *docs) out.push_back(MakeInput(ScoreInput::Kind::kDocument, &d, ""));
  }
  return out;
}

std::optional<WarcDocument> DocumentFromRecord(const fetch::WarcRecord& record, const std::string& path,
                                               uint64_t offset) {
  if (record.Type() != "response") return std::nullopt;
  std::string_view target = TrimAscii(record.Header("WARC-Target-URI").value_or(""));
  // wget writes "<http://...>", after the WARC 1.0 grammar's angle brackets.
  if (target.size() >= 2 && target.front() == '<' && target.back() == '>') target = target.substr(1, target.size() - 2);
  if (!IsHttpUrl(target)) return std::nullopt;  // dns:, ftp:, ... captures
  WarcDocument out;
  out.doc.path = path;
  out.doc.url = std::string(target);
  out.doc.kind = ContentKind::kHtml;
  out.doc.archive.fetched_at = std::string(record.Header("WARC-Date").value_or(""));
  out.doc.archive.warc_file = fs::path(path).filename().string();
  out.doc.archive.warc_offset = offset;
  out.doc.archive.warc_record_id = std::string(record.Header("WARC-Record-ID").value_or(""));
  Result<fetch::HttpPayload> payload = fetch::DecodeHttpPayload(record);
  if (!payload.ok()) {
    // Not an HTTP response we can read; scored only if it claims to be HTML.
    const auto type = record.Header("Content-Type").value_or("");
    if (type.find("application/http") == std::string_view::npos) return std::nullopt;
    out.error = payload.status();
    return out;
  }
  return DocumentFromPayload(std::move(payload).value(), std::move(out.doc));
}

std::optional<WarcDocument> DocumentFromPayload(fetch::HttpPayload payload, SourceDocument doc) {
  WarcDocument out;
  out.doc = std::move(doc);
  out.doc.kind = ContentKind::kHtml;
  if (payload.status < 200 || payload.status >= 300) return std::nullopt;
  const auto [media, charset] = SplitContentType(payload.content_type);
  if (media.empty() ? SniffContentKind(payload.body) != ContentKind::kHtml : !IsHtmlMedia(media)) {
    return std::nullopt;
  }
  if (!payload.content_decoded) {
    out.error = Unsupported("the page's Content-Encoding cannot be decoded");
    return out;
  }
  out.doc.declared_charset = charset;
  out.doc.bytes = std::move(payload.body);
  return out;
}

Result<std::unique_ptr<WarcDocumentReader>> WarcDocumentReader::Open(const std::string& path) {
  // Scoring reads at most 16 MiB of a document by default: a record's block past 64 MiB
  // (a gzip bomb, a video) is read through without being kept.
  constexpr uint64_t kMaxScoredBlockBytes = 64ULL << 20;
  Result<std::unique_ptr<fetch::WarcReader>> reader = fetch::WarcReader::Open(path, 0, kMaxScoredBlockBytes);
  if (!reader.ok()) return reader.status();
  return std::unique_ptr<WarcDocumentReader>(new WarcDocumentReader(path, std::move(reader).value()));
}

bool WarcDocumentReader::Next(WarcDocument* out) {
  fetch::ReadRecord rec;
  while (reader_->Next(&rec)) {
    ++records_;
    std::optional<WarcDocument> doc = DocumentFromRecord(rec.record, path_, rec.offset);
    if (!doc) {
      ++skipped_;
      continue;
    }
    *out = std::move(*doc);
    return true;
  }
  return false;
}

}  // namespace provscore
