// SyndicationIndex: finds the near-duplicate articles of a batch (a wire story and
// its republications) and names the likely original of each group, without comparing
// every pair. Each article is reduced on Add() to a compact MinHash signature over
// word shingles (one-permutation hashing with optimal densification, 4 bytes per
// hash); Clusters() bands the signatures (locality-sensitive hashing), verifies the
// candidate pairs by estimated Jaccard similarity (or containment, for a copy padded
// with extra paragraphs) and joins them with union-find. Cost is linear in the batch.
//
// Thread-safety: Add(), Clusters() and MemoryBytes() may be called concurrently from
// any threads (Add does its hashing outside an internal lock). Clusters() sees the
// articles added before it took the lock; its output depends only on the set of
// (doc, text, facts) added, never on the order or thread of the calls.
//
//   SyndicationIndex index;
//   for (size_t i = 0; i < batch.size(); ++i)
//     if (Status s = index.Add(i, batch[i].text, FactsOf(batch[i])); !s.ok()) ...
//   for (const SyndicationCluster& c : index.Clusters())
//     Use(c.original, c.original_reason, c.members, c.similarity, c.credits_original);
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace provscore {

struct SyndicationOptions {
  // Words per shingle. Five words is the usual choice for news: long enough that two
  // articles on one event rarely share a shingle by chance, short enough to survive edits.
  int shingle_words = 5;
  // MinHash values kept per article (4 bytes each); must be a multiple of `bands`.
  int hashes = 120;
  // LSH bands of hashes/bands rows each. 40 x 3 puts the S-curve's midpoint near
  // Jaccard 0.29, so pairs at `threshold` (and padded copies) are candidates ~99% of the time.
  int bands = 40;
  // Two articles are copies when their estimated Jaccard similarity reaches this ...
  double threshold = 0.5;
  // ... or when the estimated share of the shorter one's shingles found in the longer
  // one reaches this and their Jaccard is at least threshold / 2. 0 disables.
  double containment = 0.8;
  // Texts with fewer words than this are never clustered (too little text to tell a
  // copy from a shared quotation or boilerplate).
  size_t min_words = 40;
};

// What is known about an article besides its text; used only to pick a cluster's original.
struct ArticleFacts {
  std::string site;  // host ("www.reuters.com") or site name; when empty, the host of `url`
  std::string url;
  std::optional<std::string> published;       // ISO 8601 ("2024-03-05", "2024-03-05T10:24:00+02:00")
  std::optional<std::string> fetched_at;      // ISO 8601
  std::vector<std::string> credited_outlets;  // outlets the article credits ("Reuters", "AP")
  std::vector<std::string> own_outlet_names;  // names the article's site goes by ("Reuters")
};

// An article's text reduced to what clustering needs: computed by Sign(), kept by
// AddSignature(), so the text itself can be dropped (or the signature shipped to
// another process: batch/signature.h writes it as one JSON line).
struct TextSignature {
  uint32_t words = 0;             // words in the text (capped at 2^32-1)
  uint32_t shingles = 0;          // distinct shingles
  std::vector<uint32_t> minhash;  // options.hashes values when words > 0, else empty

  bool operator==(const TextSignature&) const = default;
};

// One group of near-duplicates. members, similarity and credits_original are parallel.
struct SyndicationCluster {
  size_t id = 0;                // position in Clusters()' result
  std::vector<size_t> members;  // doc ids, ascending; at least two
  size_t original = 0;          // the member judged the original
  // Why `original` was chosen: "credited outlet" (other members credit its outlet),
  // "earliest published", "earliest fetched" or "first in batch" (smallest doc id).
  std::string original_reason;
  std::vector<double> similarity;      // estimated Jaccard of each member with the original (1 for it)
  std::vector<bool> credits_original;  // the member credits the original's outlet (false for it)
};

class SyndicationIndex {
 public:
  explicit SyndicationIndex(SyndicationOptions options = {});
  ~SyndicationIndex();
  SyndicationIndex(const SyndicationIndex&) = delete;
  SyndicationIndex& operator=(const SyndicationIndex&) = delete;

  // Adds one article; `doc` is the caller's id for it (its position in the batch:
  // "first in batch" means the smallest id). Invalid options or an id already added
  // give kInvalidArgument. Texts shorter than min_words are accepted and never clustered.
  // Same as AddSignature(doc, Sign(text), facts).
  Status Add(size_t doc, std::string_view text, const ArticleFacts& facts);

  // The signature of `text` under this index's options (empty when they are invalid).
  // Const and thread-safe: the costly half of Add(), which callers may run anywhere.
  TextSignature Sign(std::string_view text) const;
  // Adds an article by its signature (from Sign() of an index with the same options).
  // kInvalidArgument as Add(), or when a clusterable signature has the wrong length.
  Status AddSignature(size_t doc, const TextSignature& signature, const ArticleFacts& facts);

  // The clusters of the articles added so far, ordered by their smallest member;
  // articles that match nothing appear in none. Deterministic.
  std::vector<SyndicationCluster> Clusters() const;

  // Bytes held for the articles added so far (signatures, facts, tables).
  size_t MemoryBytes() const;
  // Articles added, including those too short to cluster.
  size_t size() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The probability that LSH makes a pair of Jaccard similarity `s` a candidate with
// `bands` bands of `rows` rows: 1 - (1 - s^rows)^bands. For choosing options.
double LshCandidateProbability(double s, int bands, int rows);

}  // namespace provscore
