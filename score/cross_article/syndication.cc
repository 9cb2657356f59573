#include "score/cross_article/syndication.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/host_name.h"
#include "base/text.h"

namespace provscore {
namespace {

constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();
constexpr size_t kSignaturesPerChunk = 4096;
// Per LSH bucket, how many distinct groups a member is checked against. Bounds the
// work of a huge bucket (many copies of one text, or shared boilerplate) to linear.
constexpr size_t kMaxLeadersPerBucket = 16;
constexpr int kMaxShingleWords = 32;

// splitmix64's finalizer: a fast, well-distributed 64-bit mixer.
constexpr uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Maps a 32-bit value uniformly onto [0, n) without a division.
uint32_t FastRange(uint32_t x, uint32_t n) { return static_cast<uint32_t>((static_cast<uint64_t>(x) * n) >> 32); }

// Characters that neither end nor belong to a word: apostrophes and hyphens inside a
// word ("don't" = "dont"), soft hyphens and zero-width characters.
bool IsInWordJoiner(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x00AD ||
         (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

// Simple case folding for Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic.
char32_t FoldCase(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x178) return 0xFF;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;
    if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;
    return cp | 1;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
  if (cp == 0x3C2) return 0x3C3;  // final sigma
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF)) return cp | 1;
  return cp;
}

// Calls emit(word_hash) for each normalised word of `text`, in order.
template <typename Emit>
void ForEachWordHash(std::string_view text, Emit&& emit) {
  constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
  constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
  uint64_t h = kFnvOffset;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) emit(Mix(h));
    h = kFnvOffset;
    in_word = false;
  };
  for (size_t i = 0; i < text.size();) {
    if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80) {  // the common case, inline
      ++i;
      if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
        h = (h ^ (b >= 'A' && b <= 'Z' ? b | 0x20u : b)) * kFnvPrime;
        in_word = true;
      } else if (b != '\'' && b != '-') {
        end_word();
      }
      continue;
    }
    const char32_t cp = NextCodePoint(text, i);
    if (IsUnspacedScript(cp)) {
      end_word();
      emit(Mix((kFnvOffset ^ cp) * kFnvPrime));
    } else if (IsWordCodePoint(cp)) {
      h = (h ^ FoldCase(cp)) * kFnvPrime;
      in_word = true;
    } else if (!IsInWordJoiner(cp)) {
      end_word();
    }
  }
  end_word();
}

// A name as outlets are compared: case-folded words joined by one space, without a
// leading "the" ("The Associated Press" = "associated press").
std::string NormalizeName(std::string_view name) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < name.size();) {
    const char32_t cp = NextCodePoint(name, i);
    if (IsWordCodePoint(cp) || cp == '.') {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      AppendUtf8(FoldCase(cp), out);
    } else if (!IsInWordJoiner(cp)) {
      pending_space = true;
    }
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

// The host of a URL or of a bare host name ("www.reuters.com"), lower-case, without "www.".
std::string HostOf(std::string_view s) {
  return UrlHost(s.find("://") == std::string_view::npos ? "http://" + std::string(s) : std::string(s));
}

bool LooksLikeHost(std::string_view s) {
  return s.find('.') != std::string_view::npos && s.find(' ') == std::string_view::npos;
}

int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// Seconds since the epoch (UTC) of an ISO 8601 date or date-time; kNoTime when it is
// not one. A date alone is midnight UTC; a time without an offset is taken as UTC.
int64_t ParseIsoTime(std::string_view s) {
  s = TrimAscii(s);
  size_t i = 0;
  auto number = [&](size_t digits, int64_t& out) {
    if (i + digits > s.size()) return false;
    out = 0;
    for (size_t k = 0; k < digits; ++k) {
      const char c = s[i + k];
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    i += digits;
    return true;
  };
  auto literal = [&](char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  };
  int64_t y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (!number(4, y) || !literal('-') || !number(2, mo) || !literal('-') || !number(2, d)) return kNoTime;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return kNoTime;
  int64_t offset = 0;
  if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
    ++i;
    if (!number(2, h) || !literal(':') || !number(2, mi)) return kNoTime;
    if (literal(':') && !number(2, sec)) return kNoTime;
    if (literal('.') || literal(',')) {
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    }
    if (h > 24 || mi > 59 || sec > 60) return kNoTime;
    if (literal('Z') || literal('z')) {
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      const int64_t sign = s[i] == '-' ? -1 : 1;
      ++i;
      int64_t oh = 0, om = 0;
      if (!number(2, oh)) return kNoTime;
      literal(':');
      if (i < s.size() && !number(2, om)) return kNoTime;
      offset = sign * (oh * 3600 + om * 60);
    }
  }
  if (i != s.size()) return kNoTime;
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
}

Status ValidateOptions(const SyndicationOptions& o) {
  if (o.shingle_words < 1 || o.shingle_words > kMaxShingleWords) {
    return InvalidArgument("syndication: shingle_words must be in 1..32");
  }
  if (o.hashes < 1 || o.hashes > 4096 || o.bands < 1 || o.hashes % o.bands != 0) {
    return InvalidArgument("syndication: hashes must be in 1..4096 and a multiple of bands");
  }
  if (!(o.threshold > 0.0 && o.threshold <= 1.0) || !(o.containment >= 0.0 && o.containment <= 1.0)) {
    return InvalidArgument("syndication: threshold must be in (0, 1] and containment in [0, 1]");
  }
  return Status::Ok();
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), uint32_t{0}); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // The smaller root becomes the parent, so roots do not depend on call order.
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<uint32_t> parent_;
};

// One clusterable article: everything kept about it apart from its signature.
struct Record {
  uint64_t doc = 0;
  int64_t published = kNoTime;
  int64_t fetched = kNoTime;
  uint32_t shingles = 0;     // distinct shingles in the text
  uint32_t names_begin = 0;  // into State::name_pool: own names, then credited outlets
  uint16_t own_count = 0;
  uint16_t credited_count = 0;
};

}  // namespace

double LshCandidateProbability(double s, int bands, int rows) { return 1.0 - std::pow(1.0 - std::pow(s, rows), bands); }

struct SyndicationIndex::State {
  SyndicationOptions options;
  Status options_status;
  uint32_t k = 0;  // hashes per signature

  mutable std::mutex mu;
  std::vector<Record> records;
  // Signatures in fixed-size chunks: no reallocation copies, no doubling slack.
  std::vector<std::unique_ptr<uint32_t[]>> chunks;
  std::vector<uint32_t> name_pool;
  std::unordered_map<std::string, uint32_t> name_ids;
  size_t name_bytes = 0;
  std::unordered_set<uint64_t> seen_docs;

  const uint32_t* Signature(size_t record) const {
    return chunks[record / kSignaturesPerChunk].get() + (record % kSignaturesPerChunk) * k;
  }
  uint32_t Intern(const std::string& name) {
    auto [it, inserted] = name_ids.emplace(name, static_cast<uint32_t>(name_ids.size()));
    if (inserted) name_bytes += name.capacity() + 64;
    return it->second;
  }
  std::span<const uint32_t> OwnNames(const Record& r) const { return {name_pool.data() + r.names_begin, r.own_count}; }
  std::span<const uint32_t> Credited(const Record& r) const {
    return {name_pool.data() + r.names_begin + r.own_count, r.credited_count};
  }
};

namespace {

// Counts the distinct shingles of `text` and writes its MinHash signature (k values)
// into `sig`: one-permutation hashing (each shingle hash picks a bin with its high
// bits and competes there with its low bits) and optimal densification for empty bins
// (Shrivastava, ICML 2017), so a signature costs one hash per shingle. Returns the
// number of words; the signature is written only when there is at least one.
size_t ComputeSignature(std::string_view text, int shingle_words, uint32_t k, std::vector<uint32_t>& sig,
                        uint32_t* distinct) {
  // A shingle's hash: its word hashes weighted by position, then mixed.
  static constexpr auto kWeights = [] {
    std::array<uint64_t, kMaxShingleWords> weights{};
    for (size_t j = 0; j < weights.size(); ++j) weights[j] = Mix(0x5851f42d4c957f2dULL + j) | 1;
    return weights;
  }();
  const auto w = static_cast<size_t>(shingle_words);
  // The last w word hashes, oldest first.
  std::array<uint64_t, kMaxShingleWords> window{};
  size_t words = 0;
  thread_local std::vector<uint64_t> shingles;
  shingles.clear();
  auto shingle = [&](size_t count) {
    uint64_t s = 0;
    for (size_t j = 0; j < count; ++j) s += window[w - count + j] * kWeights[j];
    return Mix(s);
  };
  ForEachWordHash(text, [&](uint64_t word) {
    std::copy(window.begin() + 1, window.begin() + static_cast<ptrdiff_t>(w), window.begin());
    window[w - 1] = word;
    if (++words >= w) shingles.push_back(shingle(w));
  });
  if (words == 0) return 0;
  if (words < w) shingles.push_back(shingle(words));

  // Distinct shingles, counted in an open-addressing set (0 marks an empty slot).
  thread_local std::vector<uint64_t> table;
  size_t slots = 16;
  while (slots < shingles.size() * 2) slots *= 2;
  table.assign(slots, 0);
  size_t count = 0;
  for (const uint64_t s : shingles) {
    const uint64_t key = s == 0 ? 1 : s;
    for (size_t slot = key & (slots - 1);; slot = (slot + 1) & (slots - 1)) {
      if (table[slot] == key) break;
      if (table[slot] == 0) {
        table[slot] = key;
        ++count;
        break;
      }
    }
  }
  *distinct = static_cast<uint32_t>(std::min<size_t>(count, std::numeric_limits<uint32_t>::max()));

  sig.assign(k, std::numeric_limits<uint32_t>::max());
  thread_local std::vector<char> filled;
  filled.assign(k, 0);
  for (const uint64_t s : shingles) {
    const uint32_t bin = FastRange(static_cast<uint32_t>(s >> 32), k);
    const auto value = static_cast<uint32_t>(s);
    if (!filled[bin] || value < sig[bin]) sig[bin] = value;
    filled[bin] = 1;
  }
  // An empty bin borrows the value of the first filled bin on its own fixed probe
  // sequence; the sequence depends only on the bin, so two texts borrow alike.
  thread_local std::vector<uint32_t> dense;
  dense = sig;
  for (uint32_t bin = 0; bin < k; ++bin) {
    if (filled[bin]) continue;
    for (uint64_t attempt = 1;; ++attempt) {
      const auto probe = FastRange(static_cast<uint32_t>(Mix((uint64_t{bin} << 32) ^ attempt) >> 32), k);
      if (filled[probe]) {
        sig[bin] = dense[probe];
        break;
      }
    }
  }
  return words;
}

double EstimatedJaccard(const uint32_t* a, const uint32_t* b, uint32_t k) {
  uint32_t equal = 0;
  for (uint32_t i = 0; i < k; ++i) equal += a[i] == b[i] ? 1u : 0u;
  return static_cast<double>(equal) / static_cast<double>(k);
}

}  // namespace

SyndicationIndex::SyndicationIndex(SyndicationOptions options) : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->options_status = ValidateOptions(options);
  state_->k = state_->options_status.ok() ? static_cast<uint32_t>(options.hashes) : 0;
}

SyndicationIndex::~SyndicationIndex() = default;

Status SyndicationIndex::Add(size_t doc, std::string_view text, const ArticleFacts& facts) {
  if (!state_->options_status.ok()) return state_->options_status;
  return AddSignature(doc, Sign(text), facts);
}

TextSignature SyndicationIndex::Sign(std::string_view text) const {
  const State& st = *state_;
  TextSignature out;
  if (!st.options_status.ok()) return out;
  const size_t words = ComputeSignature(text, st.options.shingle_words, st.k, out.minhash, &out.shingles);
  out.words = static_cast<uint32_t>(std::min<size_t>(words, std::numeric_limits<uint32_t>::max()));
  if (words == 0) out.minhash.clear();
  return out;
}

Status SyndicationIndex::AddSignature(size_t doc, const TextSignature& signature, const ArticleFacts& facts) {
  State& st = *state_;
  if (!st.options_status.ok()) return st.options_status;
  const bool clusterable = signature.words > 0 && signature.words >= st.options.min_words;
  if (clusterable && signature.minhash.size() != st.k) {
    return InvalidArgument("syndication: document " + std::to_string(doc) + " has a signature of " +
                           std::to_string(signature.minhash.size()) + " values, not " + std::to_string(st.k));
  }
  const std::vector<uint32_t>& sig = signature.minhash;
  const uint32_t distinct = signature.shingles;

  std::vector<std::string> own;
  std::vector<std::string> credited;
  int64_t published = kNoTime;
  int64_t fetched = kNoTime;
  if (clusterable) {
    std::string site = facts.site.empty() ? HostOf(facts.url) : facts.site;
    if (LooksLikeHost(site)) {
      site = HostOf(site);
      if (std::string label = RegistrableName(site); !label.empty()) own.push_back(std::move(label));
    } else {
      site = NormalizeName(site);
    }
    if (!site.empty()) own.push_back(std::move(site));
    for (const std::string& n : facts.own_outlet_names) {
      if (std::string norm = NormalizeName(n); !norm.empty()) own.push_back(std::move(norm));
    }
    for (const std::string& n : facts.credited_outlets) {
      std::string norm = LooksLikeHost(n) ? HostOf(n) : NormalizeName(n);
      if (!norm.empty()) credited.push_back(std::move(norm));
    }
    if (facts.published) published = ParseIsoTime(*facts.published);
    if (facts.fetched_at) fetched = ParseIsoTime(*facts.fetched_at);
  }

  std::lock_guard<std::mutex> lock(st.mu);
  if (!st.seen_docs.insert(doc).second) {
    return InvalidArgument("syndication: document " + std::to_string(doc) + " was already added");
  }
  if (!clusterable) return Status::Ok();

  Record r;
  r.doc = doc;
  r.published = published;
  r.fetched = fetched;
  r.shingles = distinct;
  r.names_begin = static_cast<uint32_t>(st.name_pool.size());
  auto add_names = [&](const std::vector<std::string>& names) {
    std::vector<uint32_t> ids;
    for (const std::string& n : names) ids.push_back(st.Intern(n));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() > std::numeric_limits<uint16_t>::max()) ids.resize(std::numeric_limits<uint16_t>::max());
    st.name_pool.insert(st.name_pool.end(), ids.begin(), ids.end());
    return static_cast<uint16_t>(ids.size());
  };
  r.own_count = add_names(own);
  r.credited_count = add_names(credited);

  const size_t index = st.records.size();
  if (index % kSignaturesPerChunk == 0) {
    st.chunks.push_back(std::make_unique<uint32_t[]>(kSignaturesPerChunk * st.k));
  }
  std::copy(sig.begin(), sig.end(), st.chunks.back().get() + (index % kSignaturesPerChunk) * st.k);
  st.records.push_back(r);
  return Status::Ok();
}

size_t SyndicationIndex::size() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->seen_docs.size();
}

size_t SyndicationIndex::MemoryBytes() const {
  const State& st = *state_;
  std::lock_guard<std::mutex> lock(st.mu);
  return sizeof(State) + st.chunks.size() * kSignaturesPerChunk * st.k * sizeof(uint32_t) +
         st.chunks.capacity() * sizeof(st.chunks[0]) + st.records.capacity() * sizeof(Record) +
         st.name_pool.capacity() * sizeof(uint32_t) + st.name_bytes + st.name_ids.bucket_count() * sizeof(void*) +
         // An unordered_set node: the value and a next pointer, plus a bucket slot.
         st.seen_docs.size() * (sizeof(uint64_t) + sizeof(void*)) + st.seen_docs.bucket_count() * sizeof(void*);
}

std::vector<SyndicationCluster> SyndicationIndex::Clusters() const {
  const State& st = *state_;
  std::vector<SyndicationCluster> out;
  if (!st.options_status.ok()) return out;
  std::lock_guard<std::mutex> lock(st.mu);
  const size_t n = st.records.size();
  if (n < 2) return out;

  // Work in doc-id order ("rank") so that nothing depends on the order of Add calls.
  std::vector<uint32_t> by_doc(n);
  std::iota(by_doc.begin(), by_doc.end(), uint32_t{0});
  std::sort(by_doc.begin(), by_doc.end(),
            [&](uint32_t a, uint32_t b) { return st.records[a].doc < st.records[b].doc; });
  auto sig = [&](uint32_t rank) { return st.Signature(by_doc[rank]); };
  const SyndicationOptions& o = st.options;
  auto similar = [&](uint32_t a, uint32_t b) {
    const double j = EstimatedJaccard(sig(a), sig(b), st.k);
    if (j >= o.threshold) return true;
    if (o.containment <= 0.0 || j < o.threshold / 2) return false;
    // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
    const double na = st.records[by_doc[a]].shingles;
    const double nb = st.records[by_doc[b]].shingles;
    return j * (na + nb) / (1.0 + j) >= o.containment * std::min(na, nb);
  };

  UnionFind groups(n);
  const auto rows = static_cast<uint32_t>(o.hashes / o.bands);
  std::vector<std::pair<uint64_t, uint32_t>> buckets(n);
  std::vector<uint32_t> leaders;
  for (uint32_t band = 0; band < static_cast<uint32_t>(o.bands); ++band) {
    for (uint32_t rank = 0; rank < n; ++rank) {
      const uint32_t* values = sig(rank) + band * rows;
      uint64_t key = Mix(0x9e3779b97f4a7c15ULL * (band + 1));
      for (uint32_t r = 0; r < rows; ++r) key = Mix(key ^ values[r]);
      buckets[rank] = {key, rank};
    }
    std::sort(buckets.begin(), buckets.end());
    for (size_t begin = 0; begin < n;) {
      size_t end = begin + 1;
      while (end < n && buckets[end].first == buckets[begin].first) ++end;
      // Each member joins the first earlier group (leader) it matches, or leads a new one.
      leaders.clear();
      for (size_t i = begin; i < end && end - begin > 1; ++i) {
        const uint32_t m = buckets[i].second;
        bool joined = false;
        for (const uint32_t leader : leaders) {
          if (groups.Find(m) == groups.Find(leader) || similar(m, leader)) {
            groups.Union(m, leader);
            joined = true;
            break;
          }
        }
        if (!joined && leaders.size() < kMaxLeadersPerBucket) leaders.push_back(m);
      }
      begin = end;
    }
  }

  // Components of two or more, in order of their smallest doc id (the union-find root).
  std::vector<uint32_t> cluster_of(n, std::numeric_limits<uint32_t>::max());
  std::vector<std::vector<uint32_t>> members;
  std::vector<uint32_t> component_size(n, 0);
  for (uint32_t rank = 0; rank < n; ++rank) ++component_size[groups.Find(rank)];
  for (uint32_t rank = 0; rank < n; ++rank) {
    const uint32_t root = groups.Find(rank);
    if (component_size[root] < 2) continue;
    if (cluster_of[root] == std::numeric_limits<uint32_t>::max()) {
      cluster_of[root] = static_cast<uint32_t>(members.size());
      members.emplace_back();
    }
    members[cluster_of[root]].push_back(rank);
  }

  auto record = [&](uint32_t rank) -> const Record& { return st.records[by_doc[rank]]; };
  auto credits = [&](uint32_t copy, uint32_t source) {
    const auto credited = st.Credited(record(copy));
    const auto own = st.OwnNames(record(source));
    for (const uint32_t c : credited) {
      if (std::binary_search(own.begin(), own.end(), c)) return true;
    }
    return false;
  };
  // Earlier time first (kNoTime last), then the smaller doc id.
  auto earlier = [&](uint32_t a, uint32_t b, int64_t Record::*field) {
    const int64_t ta = record(a).*field, tb = record(b).*field;
    if (ta != tb) return tb == kNoTime || (ta != kNoTime && ta < tb);
    return a < b;
  };
  auto by_dates = [&](uint32_t a, uint32_t b) {
    const Record& ra = record(a);
    const Record& rb = record(b);
    if (ra.published != rb.published) return earlier(a, b, &Record::published);
    return earlier(a, b, &Record::fetched);
  };

  out.reserve(members.size());
  for (const std::vector<uint32_t>& group : members) {
    SyndicationCluster c;
    c.id = out.size();
    // 1. The member whose outlet the most other members credit.
    uint32_t original = group.front();
    size_t best_credits = 0;
    for (const uint32_t candidate : group) {
      size_t count = 0;
      for (const uint32_t other : group) count += other != candidate && credits(other, candidate) ? 1u : 0u;
      if (count > best_credits || (count == best_credits && count > 0 && by_dates(candidate, original))) {
        best_credits = count;
        original = candidate;
      }
    }
    auto dated = [&](int64_t Record::*field) {
      return std::count_if(group.begin(), group.end(), [&](uint32_t m) { return record(m).*field != kNoTime; });
    };
    if (best_credits > 0) {
      c.original_reason = "credited outlet";
    } else if (dated(&Record::published) >= 2) {
      // 2.-3. A date decides only when it can be compared with another member's.
      original = *std::min_element(group.begin(), group.end(), by_dates);
      c.original_reason = "earliest published";
    } else if (dated(&Record::fetched) >= 2) {
      original = *std::min_element(group.begin(), group.end(),
                                   [&](uint32_t a, uint32_t b) { return earlier(a, b, &Record::fetched); });
      c.original_reason = "earliest fetched";
    } else {
      original = group.front();
      c.original_reason = "first in batch";
    }
    c.original = record(original).doc;
    for (const uint32_t m : group) {
      c.members.push_back(record(m).doc);
      c.similarity.push_back(m == original ? 1.0 : EstimatedJaccard(sig(m), sig(original), st.k));
      c.credits_original.push_back(m != original && credits(m, original));
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace provscore
