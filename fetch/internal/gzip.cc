#include "fetch/internal/gzip.h"

#include <libdeflate.h>
#include <zlib.h>

#include <array>
#include <limits>
#include <memory>

namespace provscore::fetch::internal {
namespace {

constexpr int kGzipWindowBits = 15 + 16;  // 15-bit window, gzip wrapper
constexpr size_t kOutChunk = 64 * 1024;

// RAII for an inflate z_stream with the given window bits.
class Inflater {
 public:
  explicit Inflater(int window_bits) { ok_ = inflateInit2(&zs_, window_bits) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&zs_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream* get() { return &zs_; }

 private:
  z_stream zs_{};
  bool ok_ = false;
};

Bytef* InPtr(std::string_view in) {
  // zlib's API is not const-correct; it never writes through next_in.
  return reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
}

// Inflates everything in `data` with `window_bits`; with gzip, members are chained.
// Stops once `max_out` bytes are out (setting *truncated), so a bomb costs no more.
Result<std::string> InflateWhole(std::string_view data, int window_bits, bool multi_member, size_t max_out,
                                 bool* truncated) {
  Inflater inf(window_bits);
  if (!inf.ok()) return Internal("zlib: inflateInit2 failed");
  z_stream* zs = inf.get();
  std::string out;
  std::array<unsigned char, kOutChunk> buf{};
  size_t pos = 0;
  while (true) {
    std::string_view rest = data.substr(pos);
    const uInt feed = static_cast<uInt>(std::min<size_t>(rest.size(), std::numeric_limits<uInt>::max()));
    zs->next_in = InPtr(rest);
    zs->avail_in = feed;
    zs->next_out = buf.data();
    zs->avail_out = static_cast<uInt>(buf.size());
    const int rc = inflate(zs, Z_NO_FLUSH);
    const size_t used = feed - zs->avail_in;
    pos += used;
    out.append(reinterpret_cast<const char*>(buf.data()), buf.size() - zs->avail_out);
    if (out.size() > max_out) {
      out.resize(max_out);
      if (truncated != nullptr) *truncated = true;
      return out;
    }
    if (rc == Z_STREAM_END) {
      if (!multi_member || pos >= data.size()) return out;
      inflateReset(zs);
      continue;
    }
    if (rc == Z_BUF_ERROR || (rc == Z_OK && pos >= data.size() && zs->avail_out != 0)) {
      return ParseError("compressed data is truncated");
    }
    if (rc != Z_OK) return ParseError(std::string("compressed data is corrupt: ") + (zs->msg ? zs->msg : "zlib error"));
  }
}

}  // namespace

struct CompressorFree {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

Result<std::string> GzipCompress(std::string_view data, int level) {
  if (level < 0 || level > 12) return InvalidArgument("gzip level must be 0..12, not " + std::to_string(level));
  // A compressor is costly to set up (up to ~1 MB of tables), so each thread keeps one
  // per level; the writer's workers compress in parallel without sharing state.
  thread_local std::array<std::unique_ptr<libdeflate_compressor, CompressorFree>, 13> compressors;
  auto& c = compressors[static_cast<size_t>(level)];
  if (!c) c.reset(libdeflate_alloc_compressor(level));
  if (!c) return Internal("libdeflate: cannot allocate a level " + std::to_string(level) + " compressor");
  std::string out(libdeflate_gzip_compress_bound(c.get(), data.size()), '\0');
  const size_t n = libdeflate_gzip_compress(c.get(), data.data(), data.size(), out.data(), out.size());
  if (n == 0) return Internal("libdeflate: gzip output did not fit its bound");
  out.resize(n);
  return out;
}

Result<std::string> GunzipAll(std::string_view data, size_t max_out, bool* truncated) {
  return InflateWhole(data, kGzipWindowBits, true, max_out, truncated);
}

Result<std::string> InflateDeflate(std::string_view data, size_t max_out, bool* truncated) {
  // RFC 9110 says "deflate" is the zlib format; some servers send raw deflate.
  Result<std::string> zlib_wrapped = InflateWhole(data, 15, false, max_out, truncated);
  if (zlib_wrapped.ok()) return zlib_wrapped;
  return InflateWhole(data, -15, false, max_out, truncated);
}

struct GzipInflater::State {
  Inflater inflater{kGzipWindowBits};
};

GzipInflater::GzipInflater() : state_(std::make_unique<State>()) {}
GzipInflater::~GzipInflater() = default;

Result<GzipInflater::Step> GzipInflater::Feed(std::string_view in, std::string* out) {
  if (!state_->inflater.ok()) return Internal("zlib: inflateInit2 failed");
  z_stream* zs = state_->inflater.get();
  Step step;
  if (in.empty() && !in_member_) return step;
  std::array<unsigned char, kOutChunk> buf{};
  while (true) {
    std::string_view rest = in.substr(step.consumed);
    const uInt feed = static_cast<uInt>(std::min<size_t>(rest.size(), std::numeric_limits<uInt>::max()));
    zs->next_in = InPtr(rest);
    zs->avail_in = feed;
    zs->next_out = buf.data();
    zs->avail_out = static_cast<uInt>(buf.size());
    in_member_ = true;
    const int rc = inflate(zs, Z_NO_FLUSH);
    step.consumed += feed - zs->avail_in;
    out->append(reinterpret_cast<const char*>(buf.data()), buf.size() - zs->avail_out);
    if (rc == Z_STREAM_END) {
      inflateReset(zs);
      in_member_ = false;
      step.member_end = true;
      return step;
    }
    if (rc == Z_BUF_ERROR) break;  // needs more input
    if (rc != Z_OK) {
      return ParseError(std::string("gzip data is corrupt: ") + (zs->msg ? zs->msg : "zlib error"));
    }
    // Stop once the input is used up and zlib has no more output pending.
    if (step.consumed >= in.size() && zs->avail_out != 0) break;
  }
  return step;
}

}  // namespace provscore::fetch::internal
