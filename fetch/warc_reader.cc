#include "fetch/warc_reader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <deque>

#include "base/text.h"
#include "fetch/internal/gzip.h"
#include "fetch/internal/http_message.h"

namespace provscore::fetch {
namespace {

constexpr size_t kReadChunk = 64 * 1024;
constexpr size_t kMaxHeaderBytes = 1 << 20;
// Larger Content-Lengths are damage (and would overflow offsets): 1 PiB.
constexpr uint64_t kMaxContentLength = uint64_t{1} << 50;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

}  // namespace

// Decoded bytes of the file with the mapping back to file offsets. For gzip input each
// member is noted with the decoded offset where it starts and the file range it covers.
class WarcReader::Source {
 public:
  // `start` is the file offset reading begins at. Uncompressed input keeps decoded
  // positions equal to file offsets; gzip input maps them through its members.
  Source(FilePtr file, bool gzip, uint64_t file_size, uint64_t start)
      : file_(std::move(file)), gzip_(gzip), file_size_(file_size), in_file_base_(start),
        out_base_(gzip ? 0 : start) {}

  bool gzip() const { return gzip_; }
  uint64_t file_size() const { return file_size_; }

  // Makes decoded bytes [pos, end) available; false when the input ends first (eof())
  // or fails (error()).
  bool FillTo(uint64_t end) {
    while (out_base_ + out_.size() < end) {
      if (!error_.ok()) return false;
      if (!ReadMore()) return false;
    }
    return true;
  }
  // Decoded bytes available from `pos` (which must be >= base()).
  std::string_view View(uint64_t pos) const {
    return std::string_view(out_).substr(static_cast<size_t>(pos - out_base_));
  }
  uint64_t decoded_end() const { return out_base_ + out_.size(); }
  // Drops decoded bytes before `pos`.
  void Discard(uint64_t pos) {
    const size_t n = static_cast<size_t>(pos - out_base_);
    out_.erase(0, n);
    out_base_ = pos;
    while (members_.size() > 1 && members_[1].decoded_start <= pos) members_.pop_front();
  }
  bool input_exhausted() const { return input_eof_ && in_pos_ >= in_.size(); }
  const Status& error() const { return error_; }
  bool mid_member() const { return inflater_.in_member(); }

  // File offset of the record starting at decoded `pos`.
  uint64_t FileOffsetOf(uint64_t pos) const {
    if (!gzip_) return pos;
    const Member* m = MemberAt(pos);
    return m ? m->file_start : 0;
  }
  // File offset just past a record whose decoded bytes end at `end`, or nullopt when
  // it shares its member with following data (a single-stream file).
  std::optional<uint64_t> FileEndOf(uint64_t end) {
    if (!gzip_) return end;
    // The member holding the last byte may still need its trailer read.
    const Member* m = MemberAt(end - 1);
    while (m && !m->complete && decoded_end() == end && error_.ok() && !input_exhausted()) {
      if (!ReadMore()) break;
      m = MemberAt(end - 1);
    }
    if (!m || !m->complete) return std::nullopt;
    if (m->decoded_end != end) return std::nullopt;
    return m->file_end;
  }

 private:
  struct Member {
    uint64_t decoded_start = 0;
    uint64_t decoded_end = 0;
    uint64_t file_start = 0;
    uint64_t file_end = 0;
    bool complete = false;
  };

  const Member* MemberAt(uint64_t pos) const {
    const Member* found = nullptr;
    for (const Member& m : members_) {
      if (m.decoded_start <= pos) found = &m;
    }
    return found;
  }

  bool ReadInput() {
    if (input_eof_) return false;
    in_file_base_ += in_.size();
    in_.resize(kReadChunk);
    const size_t n = std::fread(in_.data(), 1, in_.size(), file_.get());
    in_.resize(n);
    in_pos_ = 0;
    if (n == 0) {
      input_eof_ = true;
      if (std::ferror(file_.get())) error_ = IoError(std::string("read failed: ") + std::strerror(errno));
      return false;
    }
    return true;
  }

  // Decodes one more step of input. False at end of input or on error.
  bool ReadMore() {
    if (in_pos_ >= in_.size() && !ReadInput()) return false;
    if (!gzip_) {
      out_.append(in_, in_pos_, std::string::npos);
      in_pos_ = in_.size();
      return true;
    }
    if (!inflater_.in_member()) {
      Member m;
      m.decoded_start = decoded_end();
      m.file_start = in_file_base_ + in_pos_;
      members_.push_back(m);
    }
    Result<internal::GzipInflater::Step> step =
        inflater_.Feed(std::string_view(in_).substr(in_pos_), &out_);
    if (!step.ok()) {
      error_ = step.status();
      return false;
    }
    in_pos_ += step->consumed;
    if (step->member_end) {
      Member& m = members_.back();
      m.complete = true;
      m.file_end = in_file_base_ + in_pos_;
      m.decoded_end = decoded_end();
    }
    return true;
  }

  FilePtr file_;
  bool gzip_;
  uint64_t file_size_;
  std::string in_;
  size_t in_pos_ = 0;
  uint64_t in_file_base_ = 0;
  bool input_eof_ = false;
  std::string out_;
  uint64_t out_base_ = 0;
  std::deque<Member> members_;
  internal::GzipInflater inflater_;
  Status error_;
};

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path, uint64_t offset,
                                                     uint64_t max_block_bytes) {
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) return IoError("cannot open " + path + ": " + std::strerror(errno));
  std::fseek(f.get(), 0, SEEK_END);
  const long end = std::ftell(f.get());
  const uint64_t size = static_cast<uint64_t>(end < 0 ? 0 : end);
  if (offset > size) return InvalidArgument("offset " + std::to_string(offset) + " is past the end of " + path);
  if (fseeko(f.get(), static_cast<off_t>(offset), SEEK_SET) != 0) {
    return IoError("cannot seek in " + path + ": " + std::strerror(errno));
  }
  unsigned char magic[2] = {0, 0};
  const size_t n = std::fread(magic, 1, 2, f.get());
  const bool gzip = n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
  if (fseeko(f.get(), static_cast<off_t>(offset), SEEK_SET) != 0) {
    return IoError("cannot seek in " + path + ": " + std::strerror(errno));
  }
  auto source = std::make_unique<Source>(std::move(f), gzip, size, offset);
  std::unique_ptr<WarcReader> reader(new WarcReader(std::move(source)));
  reader->record_pos_ = gzip ? 0 : offset;
  reader->valid_end_ = offset;
  reader->max_block_bytes_ = max_block_bytes;
  return reader;
}

WarcReader::WarcReader(std::unique_ptr<Source> source) : source_(std::move(source)) {}
WarcReader::~WarcReader() = default;
bool WarcReader::gzipped() const { return source_->gzip(); }

bool WarcReader::Next(ReadRecord* out) {
  if (done_) return false;
  Source& src = *source_;
  auto torn = [&](std::string reason) {
    torn_ = TornTail{valid_end_, src.file_size(), std::move(reason)};
    done_ = true;
    return false;
  };
  auto fail = [&](Status s) {
    status_ = std::move(s);
    done_ = true;
    return false;
  };

  // Records may be separated by stray blank lines; skip them.
  uint64_t pos = record_pos_;
  while (true) {
    if (!src.FillTo(pos + 1)) {
      if (!src.error().ok()) return fail(src.error());
      if (src.mid_member()) return torn("file ends inside a gzip member");
      done_ = true;  // clean end
      return false;
    }
    const char c = src.View(pos)[0];
    if (c != '\r' && c != '\n') break;
    ++pos;
  }
  const uint64_t record_start = pos;
  const uint64_t file_offset = src.FileOffsetOf(record_start);

  // Header block up to the blank line.
  size_t head_len = 0;
  uint64_t want = record_start + 4096;
  while (true) {
    const bool filled = src.FillTo(want);
    std::string_view v = src.View(record_start);
    const size_t blank = v.find("\r\n\r\n");
    if (blank != std::string_view::npos) {
      head_len = blank + 4;
      break;
    }
    if (!filled) {
      if (!src.error().ok()) return fail(src.error());
      return torn("file ends inside the WARC header at offset " + std::to_string(file_offset));
    }
    if (v.size() > kMaxHeaderBytes) return fail(ParseError("WARC header longer than 1 MiB"));
    want += 4096;
  }
  std::string_view head = src.View(record_start).substr(0, head_len - 4);
  WarcRecord record;
  bool first = true;
  while (!head.empty()) {
    const size_t nl = head.find("\r\n");
    std::string_view line = head.substr(0, nl);
    head = nl == std::string_view::npos ? std::string_view() : head.substr(nl + 2);
    if (first) {
      if (!line.starts_with("WARC/")) {
        return fail(ParseError("no WARC record at offset " + std::to_string(file_offset)));
      }
      record.version = std::string(line);
      first = false;
      continue;
    }
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t') && !record.headers.empty()) {
      record.headers.back().second += " " + std::string(TrimAscii(line));
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return fail(ParseError("malformed WARC header line at offset " + std::to_string(file_offset)));
    }
    record.headers.emplace_back(std::string(TrimAscii(line.substr(0, colon))),
                                std::string(TrimAscii(line.substr(colon + 1))));
  }
  auto length_field = record.Header("Content-Length");
  uint64_t block_len = 0;
  if (!length_field ||
      std::from_chars(length_field->data(), length_field->data() + length_field->size(), block_len).ec !=
          std::errc()) {
    return fail(ParseError("WARC record without a valid Content-Length at offset " + std::to_string(file_offset)));
  }
  if (block_len > kMaxContentLength) {
    return fail(ParseError("WARC record at offset " + std::to_string(file_offset) + " declares Content-Length " +
                           std::string(*length_field) + ", more than any archive holds"));
  }
  const uint64_t block_start = record_start + head_len;
  const uint64_t end = block_start + block_len + 4;
  // The block's first max_block_bytes_ are kept; the rest is read through in chunks
  // and dropped, so neither a lying Content-Length nor a gzip member that inflates
  // to gigabytes holds more than the cap in memory.
  const uint64_t kept = std::min(block_len, max_block_bytes_);
  auto torn_in_record = [&] {
    if (!src.error().ok()) return fail(src.error());
    return torn("file ends inside the record at offset " + std::to_string(file_offset) + " (Content-Length " +
                std::string(*length_field) + ")");
  };
  if (!src.FillTo(block_start + kept)) return torn_in_record();
  record.block = std::string(src.View(block_start).substr(0, static_cast<size_t>(kept)));
  for (uint64_t skip = block_start + kept; skip < end - 4;) {
    if (!src.FillTo(skip + 1)) return torn_in_record();
    skip = std::min(end - 4, src.decoded_end());  // drop all that is decoded: no quadratic erase
    src.Discard(skip);
  }
  if (!src.FillTo(end)) return torn_in_record();
  if (src.View(end - 4).substr(0, 4) != "\r\n\r\n") {
    return fail(ParseError("record at offset " + std::to_string(file_offset) + " does not end in CRLF CRLF " +
                           "after its Content-Length of " + std::string(*length_field) +
                           " bytes (a wrong length, or damage in the record)"));
  }
  out->block_cut = kept < block_len;
  // A read-ahead error past this record is reported by the next call, not this one.
  const std::optional<uint64_t> file_end = src.FileEndOf(end);
  // A record whose own gzip member lost its end is torn. In a whole-file gzip stream
  // (one member, many records) decoded bytes follow the record: it is complete, and
  // is kept even when the stream is cut further on (as warcio does).
  if (!file_end && src.mid_member() && src.input_exhausted() && src.decoded_end() == end) {
    return torn("file ends inside the gzip member of the record at offset " + std::to_string(file_offset));
  }
  out->record = std::move(record);
  out->offset = file_offset;
  out->length = file_end ? *file_end - file_offset : 0;
  if (file_end) valid_end_ = *file_end;
  else if (!src.gzip()) valid_end_ = end;
  record_pos_ = end;
  src.Discard(end);
  return true;
}

Result<HttpPayload> DecodeHttpPayload(const WarcRecord& record, size_t max_body_bytes) {
  Result<internal::HttpHead> head = internal::ParseHttpHead(record.block);
  if (!head.ok()) return head.status();
  HttpPayload p;
  p.status = head->status;
  p.head = record.block.substr(0, head->length);
  p.content_type = std::string(head->Field("Content-Type").value_or(""));
  std::string entity = internal::EntityBody(*head, std::string_view(record.block).substr(head->length));
  auto coding = head->Field("Content-Encoding");
  if (!coding) {
    p.body = std::move(entity);
    return p;
  }
  Result<std::string> decoded = internal::DecodeContentEncoding(entity, *coding, max_body_bytes, &p.body_cut);
  if (decoded.ok()) {
    p.body = std::move(decoded).value();
  } else if (decoded.status().code() == StatusCode::kUnsupported) {
    p.body = std::move(entity);
    p.content_decoded = false;
  } else {
    return decoded.status();
  }
  return p;
}

}  // namespace provscore::fetch
