// Cross-article provenance as signals: turns the clusters a SyndicationIndex found
// in a batch into per-document `syndicated_copy` and `uncredited_copy` signals, so
// the scorer can weigh them like any other evidence. Stateless and thread-safe.
//
//   std::vector<BatchDocument> docs = ...;           // one per input, by doc id
//   auto per_doc = SyndicationSignals(index.Clusters(), docs);
//   for (Signal& s : per_doc[doc]) profile.signals.push_back(std::move(s));
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "score/signal.h"
#include "score/cross_article/syndication.h"

namespace provscore {

inline constexpr char kSignalSyndicatedCopy[] = "syndicated_copy";
inline constexpr char kSignalUncreditedCopy[] = "uncredited_copy";

// What a copy's signal says about its original, and whether the copy credits anyone.
struct BatchDocument {
  std::string id;    // the profile id
  std::string url;   // input.url or article.canonical_url, may be empty
  std::string path;  // input.path
  std::string site;  // site name or host, may be empty
  bool credits_any = false;  // has any wire_attribution credit
};

// For every member of a cluster other than its original: one `syndicated_copy`
// signal (fields cluster, similarity, original {id, url, path, site, reason},
// credited: whether it credits the original's outlet), plus an `uncredited_copy`
// signal when it credits no outlet at all. The original gets nothing. The result
// is indexed by doc id and has docs.size() entries.
std::vector<std::vector<Signal>> SyndicationSignals(const std::vector<SyndicationCluster>& clusters,
                                                    const std::vector<BatchDocument>& docs);

}  // namespace provscore
