// syndication_bench: the scale benchmark of SyndicationIndex (issue 5). Generates a
// synthetic batch — articles of 300-800 words drawn from a Zipf-distributed vocabulary,
// grouped into topics that share vocabulary but not text, with a share of planted
// near-duplicates (light edits, credited verbatim copies, padded and truncated copies)
// — then times Add and Clusters and scores the clusters against the planted pairs.
// Runs a small batch and a large one to show that the cost grows linearly.
//
//   syndication_bench [--articles 100000] [--small 10000] [--dup-rate 0.05] [--seed 1]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "score/cross_article/syndication.h"

namespace provscore {
namespace {

using bench::Clock;
constexpr size_t kVocabulary = 50000;
constexpr size_t kTopicWords = 40;
constexpr size_t kArticlesPerTopic = 25;

using bench::Rng;

// Pronounceable synthetic words ("kelomi", "tasu", ...), distinct per index.
std::vector<std::string> MakeVocabulary() {
  static const char* kSyllables[] = {"ka", "lo", "mi", "ta", "su", "re", "no", "vi", "be", "da", "fo",
                                     "gu", "ha", "je", "ki", "ma", "ne", "po", "ri", "sa", "te", "ul",
                                     "ve", "zo", "an", "el", "is", "or", "ur", "ch", "st", "pr"};
  constexpr size_t kCount = sizeof(kSyllables) / sizeof(kSyllables[0]);
  std::vector<std::string> words;
  words.reserve(kVocabulary);
  for (size_t i = 0; i < kVocabulary; ++i) {
    std::string w;
    size_t x = i;
    do {
      w += kSyllables[x % kCount];
      x /= kCount;
    } while (x > 0);
    if (w.size() < 3) w += "n";
    words.push_back(std::move(w));
  }
  return words;
}

class Corpus {
 public:
  Corpus(uint64_t seed, double dup_rate) : seed_(seed), dup_rate_(dup_rate), words_(MakeVocabulary()) {
    // Zipf (s = 1) over the vocabulary ranks.
    cdf_.resize(kVocabulary);
    double sum = 0;
    for (size_t r = 0; r < kVocabulary; ++r) cdf_[r] = sum += 1.0 / static_cast<double>(r + 1);
    for (double& c : cdf_) c /= sum;
  }

  // Word ids of an original article (regenerated on demand: nothing is kept).
  std::vector<uint32_t> Original(size_t i) const {
    Rng rng{seed_ ^ (i * 0xd1342543de82ef95ULL)};
    const size_t length = 300 + rng.Below(501);
    // Each topic owns a few mid-frequency words that its articles use often:
    // same-topic articles share names and places, not sentences.
    Rng topic{seed_ + 7919 * (i / kArticlesPerTopic + 1)};
    std::vector<uint32_t> topic_words(kTopicWords);
    for (uint32_t& w : topic_words) w = static_cast<uint32_t>(1000 + topic.Below(kVocabulary - 1000));
    std::vector<uint32_t> out(length);
    for (uint32_t& w : out) w = rng.Unit() < 0.12 ? topic_words[rng.Below(kTopicWords)] : Zipf(rng);
    return out;
  }

  // Fills `text` with article i; returns the index of the article it copies, or i.
  size_t Article(size_t i, const std::vector<size_t>& originals_so_far, std::string& text) const {
    Rng rng{seed_ ^ (i * 0x9fb21c651e98df25ULL) ^ 0x1234567ULL};
    text.clear();
    if (originals_so_far.empty() || rng.Unit() >= dup_rate_) {
      Render(Original(i), text);
      return i;
    }
    const size_t source = originals_so_far[rng.Below(originals_so_far.size())];
    std::vector<uint32_t> w = Original(source);
    const double kind = rng.Unit();
    if (kind < 0.4) {  // light edits: new headline, a paragraph dropped, words changed, an ad line
      const size_t para = rng.Below(w.size() / 60) * 60;
      w.erase(w.begin() + static_cast<ptrdiff_t>(para),
              w.begin() + static_cast<ptrdiff_t>(std::min(w.size(), para + 60)));
      for (uint32_t& x : w) {
        if (rng.Unit() < 0.015) x = Zipf(rng);
      }
      std::vector<uint32_t> ad(10);
      for (uint32_t& x : ad) x = Zipf(rng);
      w.insert(w.begin() + static_cast<ptrdiff_t>(rng.Below(w.size())), ad.begin(), ad.end());
      std::vector<uint32_t> headline(8);
      for (uint32_t& x : headline) x = Zipf(rng);
      w.insert(w.begin(), headline.begin(), headline.end());
    } else if (kind < 0.6) {  // verbatim, with a byline and a credit line
      text = "By staff and agencies. ";
    } else if (kind < 0.8) {  // padded with 40% more text of its own
      const size_t extra = w.size() * 2 / 5;
      for (size_t k = 0; k < extra; ++k) w.push_back(Zipf(rng));
    } else {  // truncated to its first two thirds
      w.resize(w.size() * 2 / 3);
    }
    Render(w, text);
    if (kind >= 0.4 && kind < 0.6) text += " This story was provided by a news agency.";
    return source;
  }

 private:
  uint32_t Zipf(Rng& rng) const {
    const auto it = std::lower_bound(cdf_.begin(), cdf_.end(), rng.Unit());
    return static_cast<uint32_t>(std::min<ptrdiff_t>(it - cdf_.begin(), kVocabulary - 1));
  }
  void Render(const std::vector<uint32_t>& ids, std::string& text) const {
    for (size_t k = 0; k < ids.size(); ++k) {
      std::string_view w = words_[ids[k]];
      if (k % 15 == 0) {  // sentence start: capitalised
        text += static_cast<char>(w[0] - 'a' + 'A');
        w.remove_prefix(1);
      }
      text += w;
      text += k % 60 == 59 ? ".\n\n" : (k % 15 == 14 ? ". " : " ");
    }
  }

  uint64_t seed_;
  double dup_rate_;
  std::vector<std::string> words_;
  std::vector<double> cdf_;
};

struct RunResult {
  double add_seconds = 0;
  double cluster_seconds = 0;
};

RunResult Run(const Corpus& corpus, size_t n) {
  SyndicationIndex index;
  std::vector<size_t> family(n);  // the planted original each article copies (or itself)
  std::vector<size_t> originals;
  std::string text;
  size_t words = 0;
  Clock::duration add_time{};
  for (size_t i = 0; i < n; ++i) {
    family[i] = corpus.Article(i, originals, text);
    if (family[i] == i) originals.push_back(i);
    words += static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    ArticleFacts facts;
    facts.site = "site" + std::to_string(i % 500) + ".example";
    const Clock::time_point start = Clock::now();
    const Status s = index.Add(i, text, facts);
    add_time += Clock::now() - start;
    if (!s.ok()) {
      std::fprintf(stderr, "Add failed: %s\n", s.ToString().c_str());
      std::exit(1);
    }
  }
  const Clock::time_point start = Clock::now();
  const std::vector<SyndicationCluster> clusters = index.Clusters();
  const Clock::duration cluster_time = Clock::now() - start;

  // Pairs: planted (same family) versus found (same cluster).
  std::vector<size_t> family_size(n, 0);
  for (size_t i = 0; i < n; ++i) ++family_size[family[i]];
  size_t planted = 0;
  for (const size_t s : family_size) planted += s > 1 ? s * (s - 1) / 2 : 0;
  size_t found = 0, correct = 0, clustered_articles = 0;
  std::vector<size_t> count(n, 0);
  for (const SyndicationCluster& c : clusters) {
    clustered_articles += c.members.size();
    found += c.members.size() * (c.members.size() - 1) / 2;
    for (const size_t m : c.members) correct += count[family[m]]++;
    for (const size_t m : c.members) count[family[m]] = 0;
  }

  RunResult r;
  r.add_seconds = std::chrono::duration<double>(add_time).count();
  r.cluster_seconds = std::chrono::duration<double>(cluster_time).count();
  const double total = r.add_seconds + r.cluster_seconds;
  std::printf("articles            %zu (%zu planted copies, mean %.0f words)\n", n, n - originals.size(),
              static_cast<double>(words) / static_cast<double>(n));
  std::printf("Add                 %.2f s  %.0f articles/s\n", r.add_seconds, static_cast<double>(n) / r.add_seconds);
  std::printf("Clusters            %.2f s  (%zu clusters, %zu articles in them)\n", r.cluster_seconds, clusters.size(),
              clustered_articles);
  std::printf("end to end          %.2f s  %.0f articles/s\n", total, static_cast<double>(n) / total);
  std::printf("MemoryBytes         %zu (%.0f bytes/article)\n", index.MemoryBytes(),
              static_cast<double>(index.MemoryBytes()) / static_cast<double>(n));
  std::printf("peak RSS so far     %.1f MiB\n", bench::PeakRssMiB());
  std::printf("planted pairs       %zu; found pairs %zu; correct %zu\n", planted, found, correct);
  std::printf("recall              %.4f\n",
              planted ? static_cast<double>(correct) / static_cast<double>(planted) : 1.0);
  std::printf("precision           %.4f\n\n", found ? static_cast<double>(correct) / static_cast<double>(found) : 1.0);
  return r;
}

size_t Flag(int argc, char** argv, const char* name, size_t fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) return std::strtoul(argv[i + 1], nullptr, 10);
  }
  return fallback;
}

int Main(int argc, char** argv) {
  const size_t large = Flag(argc, argv, "--articles", 100000);
  const size_t small = Flag(argc, argv, "--small", 10000);
  const uint64_t seed = Flag(argc, argv, "--seed", 1);
  double dup_rate = 0.05;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--dup-rate") == 0) dup_rate = std::strtod(argv[i + 1], nullptr);
  }

  const SyndicationOptions o;
  const int rows = o.hashes / o.bands;
  std::printf("options: %d-word shingles, %d hashes, %d bands x %d rows, threshold %.2f, containment %.2f\n",
              o.shingle_words, o.hashes, o.bands, rows, o.threshold, o.containment);
  std::printf("LSH S-curve P(candidate | Jaccard s):");
  for (const double s : {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
    std::printf(" %.1f:%.3f", s, LshCandidateProbability(s, o.bands, rows));
  }
  std::printf("\npeak RSS at start   %.1f MiB\n\n", bench::PeakRssMiB());

  const Corpus corpus(seed, dup_rate);
  const RunResult a = Run(corpus, small);
  const RunResult b = Run(corpus, large);
  const double size_ratio = static_cast<double>(large) / static_cast<double>(small);
  std::printf("scaling %zu -> %zu (x%.1f): Add time x%.2f, Clusters time x%.2f, total x%.2f\n", small, large,
              size_ratio, b.add_seconds / a.add_seconds, b.cluster_seconds / a.cluster_seconds,
              (b.add_seconds + b.cluster_seconds) / (a.add_seconds + a.cluster_seconds));
  return 0;
}

}  // namespace
}  // namespace provscore

int main(int argc, char** argv) { return provscore::Main(argc, argv); }
