#include "fetch/warc_writer.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>

#include "fetch/internal/gzip.h"
#include "fetch/warc_reader.h"

namespace provscore::fetch {
namespace fs = std::filesystem;

namespace {

std::string Errno() { return std::strerror(errno); }

// "provscore-20240301120000-00007.warc.gz" -> 7; nullopt when the name does not match.
std::optional<uint64_t> SerialOf(const std::string& name, const std::string& prefix) {
  const std::string suffix = ".warc.gz";
  if (name.size() != prefix.size() + 1 + 14 + 1 + 5 + suffix.size()) return std::nullopt;
  if (name.compare(0, prefix.size(), prefix) != 0 || name[prefix.size()] != '-') return std::nullopt;
  if (!name.ends_with(suffix)) return std::nullopt;
  const size_t ts = prefix.size() + 1;
  if (name[ts + 14] != '-') return std::nullopt;
  uint64_t serial = 0;
  for (size_t i = 0; i < 14 + 1 + 5; ++i) {
    const char c = name[ts + i];
    if (i == 14) continue;
    if (c < '0' || c > '9') return std::nullopt;
    if (i > 14) serial = serial * 10 + static_cast<uint64_t>(c - '0');
  }
  return serial;
}

// True when the bytes of `path` from `from` on hold a complete gzip member somewhere:
// then a parse error at `from` is damage in the middle of the file, not a torn tail.
// Large remainders are assumed to hold one (we would rather keep than cut).
bool CompleteMemberAfter(const std::string& path, uint64_t from, uint64_t size) {
  constexpr uint64_t kMaxScan = 64ULL << 20;
  if (size - from > kMaxScan) return true;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return true;
  std::string tail(static_cast<size_t>(size - from), '\0');
  std::fseek(f, static_cast<long>(from), SEEK_SET);
  tail.resize(std::fread(tail.data(), 1, tail.size(), f));
  std::fclose(f);
  for (size_t at = tail.find("\x1f\x8b\x08"); at != std::string::npos; at = tail.find("\x1f\x8b\x08", at + 1)) {
    internal::GzipInflater inflater;
    std::string sink;
    Result<internal::GzipInflater::Step> step = inflater.Feed(std::string_view(tail).substr(at), &sink);
    if (step.ok() && step->member_end) return true;
  }
  return false;
}

}  // namespace

Result<std::vector<std::string>> ListWarcFiles(const std::string& directory, const std::string& prefix) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (SerialOf(name, prefix)) names.push_back(name);
  }
  if (ec) return IoError("cannot list " + directory + ": " + ec.message());
  // Timestamp then serial: the name order is the write order.
  std::sort(names.begin(), names.end());
  return names;
}

WarcWriter::WarcWriter(WarcWriterOptions options) : options_(std::move(options)) {}

WarcWriter::~WarcWriter() {
  if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<WarcWriter>> WarcWriter::Open(WarcWriterOptions options) {
  if (options.directory.empty()) return InvalidArgument("WARC directory is empty");
  if (!options.clock || !options.ids) return InvalidArgument("WARC writer needs a clock and an id generator");
  std::error_code ec;
  fs::create_directories(options.directory, ec);
  if (ec) return IoError("cannot create " + options.directory + ": " + ec.message());
  std::unique_ptr<WarcWriter> w(new WarcWriter(std::move(options)));
  std::lock_guard lock(w->mu_);
  Status s = w->OpenExistingOrNew();
  if (!s.ok()) return s;
  return w;
}

Status WarcWriter::OpenExistingOrNew() {
  Result<std::vector<std::string>> files = ListWarcFiles(options_.directory, options_.prefix);
  if (!files.ok()) return files.status();
  if (files->empty()) return StartNewFile();
  for (const std::string& f : *files) next_serial_ = std::max(next_serial_, *SerialOf(f, options_.prefix) + 1);

  const std::string last = files->back();
  const std::string path = options_.directory + "/" + last;
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path);
  if (!reader.ok()) return reader.status();
  ReadRecord rec;
  size_t records = 0;
  while ((*reader)->Next(&rec)) ++records;
  const uint64_t valid_end = (*reader)->valid_end();
  std::error_code ec;
  const uint64_t size = fs::file_size(path, ec);
  if (ec) return IoError("cannot stat " + path + ": " + ec.message());
  if (!(*reader)->status().ok() && CompleteMemberAfter(path, valid_end, size)) {
    // Corruption before the end is not a torn tail: cutting there could drop good
    // records. Leave the file for an operator and start a fresh one.
    spdlog::error("{}: {}; leaving it untouched and starting a new file", path, (*reader)->status().ToString());
    return StartNewFile();
  }
  if (valid_end < size) {
    std::string reason = (*reader)->torn_tail()    ? (*reader)->torn_tail()->reason
                         : !(*reader)->status().ok() ? (*reader)->status().message()
                                                     : std::string("trailing bytes after the last record");
    spdlog::warn("{}: cutting {} bytes after the last complete record at offset {} ({})", path,
                 size - valid_end, valid_end, reason);
    if (::truncate(path.c_str(), static_cast<off_t>(valid_end)) != 0) {
      return IoError("cannot truncate " + path + ": " + Errno());
    }
    repair_ = RepairReport{last, valid_end, size - valid_end, std::move(reason)};
  }
  if (valid_end == 0) fs::remove(path, ec);  // nothing worth keeping
  if (records == 0 || valid_end >= options_.max_file_bytes) return StartNewFile();
  fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) return IoError("cannot open " + path + ": " + Errno());
  filename_ = last;
  file_size_ = valid_end;
  records_in_file_ = records;
  return Status::Ok();
}

Status WarcWriter::StartNewFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  const TimePoint now = options_.clock();
  char serial[16];
  std::snprintf(serial, sizeof serial, "%05llu", static_cast<unsigned long long>(next_serial_++ % 100000));
  const std::string name = options_.prefix + "-" + FormatTimestamp14(now) + "-" + serial + ".warc.gz";
  const std::string path = options_.directory + "/" + name;
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return IoError("cannot create " + path + ": " + Errno());
  fd_ = fd;
  filename_ = name;
  file_size_ = 0;
  records_in_file_ = 0;
  std::vector<std::pair<std::string, std::string>> fields = {{"software", options_.software},
                                                             {"format", "WARC File Format 1.1"},
                                                             {"conformsTo", "https://iso.org/standard/68004.html"}};
  fields.insert(fields.end(), options_.warcinfo_fields.begin(), options_.warcinfo_fields.end());
  const WarcRecord info = MakeWarcinfoRecord(name, now, options_.ids(), fields);
  Result<std::string> member = internal::GzipCompress(SerializeWarcRecord(info), options_.compression_level);
  if (!member.ok()) return member.status();
  return AppendLocked(*member);
}

Status WarcWriter::AppendLocked(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string err = Errno();
      // Keep the file valid: cut whatever part of this batch reached the disk.
      if (done > 0 && ::ftruncate(fd_, static_cast<off_t>(file_size_)) != 0) {
        spdlog::error("{}: cannot cut a partial append: {}", filename_, Errno());
      }
      return IoError("write to " + filename_ + " failed: " + err);
    }
    done += static_cast<size_t>(n);
  }
  if (options_.fsync_each_write && ::fdatasync(fd_) != 0) return IoError("fdatasync failed: " + Errno());
  file_size_ += bytes.size();
  ++records_in_file_;
  return Status::Ok();
}

Result<std::vector<WrittenRecord>> WarcWriter::Write(const std::vector<WarcRecord>& records) {
  // Compress outside the lock: this is the expensive part.
  std::vector<std::string> members;
  members.reserve(records.size());
  uint64_t total = 0;
  for (const WarcRecord& r : records) {
    Result<std::string> m = internal::GzipCompress(SerializeWarcRecord(r), options_.compression_level);
    if (!m.ok()) return m.status();
    total += m->size();
    members.push_back(std::move(m).value());
  }
  std::string batch;
  batch.reserve(static_cast<size_t>(total));
  for (const std::string& m : members) batch += m;

  std::lock_guard lock(mu_);
  if (fd_ < 0) return Internal("WARC writer is not open");
  // Rotate unless this file holds only its warcinfo (a huge batch still gets written).
  if (file_size_ + total > options_.max_file_bytes && records_in_file_ > 1) {
    Status s = StartNewFile();
    if (!s.ok()) return s;
  }
  const uint64_t base = file_size_;
  Status s = AppendLocked(batch);
  if (!s.ok()) return s;
  std::vector<WrittenRecord> out;
  uint64_t offset = base;
  for (size_t i = 0; i < records.size(); ++i) {
    out.push_back({filename_, offset, members[i].size(),
                   std::string(records[i].Header("WARC-Record-ID").value_or(""))});
    offset += members[i].size();
  }
  return out;
}

Result<WrittenRecord> WarcWriter::Write(const WarcRecord& record) {
  Result<std::vector<WrittenRecord>> r = Write(std::vector<WarcRecord>{record});
  if (!r.ok()) return r.status();
  return r->front();
}

std::string WarcWriter::current_filename() const {
  std::lock_guard lock(mu_);
  return filename_;
}

}  // namespace provscore::fetch
