// BatchMerge: the cross-article pass over a whole batch, from signatures alone
// (batch/signature.h): clusters the near-duplicates (score/cross_article/syndication.h) and turns
// them into per-article `syndicated_copy` / `uncredited_copy` signals and report.json's
// "clusters" (BatchAdditions, reports/report_writer.h). An article's position in the
// batch is the number of Add() calls before it: the result depends on that order (the
// "first in batch" rule, cluster ids), so feed articles in input order. Time and memory
// are linear in the batch. Not thread-safe.
//
//   BatchMerge merge;
//   for (const Signature& s : in_input_order) merge.Add(s);
//   BatchAdditions additions = merge.Finish();
//   additions.rescore = [&](ReliabilityProfile& p) { pipeline.Rescore(p); };
//   writer.Finish(&additions);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/status.h"
#include "batch/signature.h"
#include "reports/report_writer.h"
#include "score/cross_article/syndication.h"
#include "score/cross_article/syndication_signals.h"

namespace provscore {

class BatchMerge {
 public:
  explicit BatchMerge(SyndicationOptions options = {});

  // Adds the next article. Fails (and the article still takes its position, without
  // being clustered) when its signature does not fit the options.
  Status Add(const Signature& signature);

  // Signals by position (at most size() entries) and clusters; `rescore` is left to
  // the caller. Each cluster: {"id","original" (profile id),"original_reason",
  // "members":[{"id","path","url" (null when empty),"similarity","credits_original"}]}.
  BatchAdditions Finish() const;

  // Signs texts under the merge's options (for SignatureOf).
  const SyndicationIndex& signer() const { return index_; }
  size_t size() const { return docs_.size(); }
  // The article at `position` (< size()): id, url, path, site.
  const BatchDocument& document(size_t position) const { return docs_[position]; }
  // Bytes held: the index's and the per-article names.
  size_t MemoryBytes() const;

 private:
  SyndicationIndex index_;
  std::vector<BatchDocument> docs_;
  size_t doc_bytes_ = 0;
};

}  // namespace provscore
