#include "batch/batch_merge.h"

#include <boost/json/object.hpp>
#include <cmath>

namespace provscore {

BatchMerge::BatchMerge(SyndicationOptions options) : index_(options) {}

Status BatchMerge::Add(const Signature& s) {
  const size_t doc = docs_.size();
  BatchDocument d;
  d.id = s.id;
  d.url = s.url;
  d.path = s.path;
  d.site = s.site;
  d.credits_any = s.credits_any;
  doc_bytes_ += sizeof(BatchDocument) + d.id.capacity() + d.url.capacity() + d.path.capacity() + d.site.capacity();
  docs_.push_back(std::move(d));
  return index_.AddSignature(doc, s.text, FactsOf(s));
}

BatchAdditions BatchMerge::Finish() const {
  BatchAdditions additions;
  const std::vector<SyndicationCluster> clusters = index_.Clusters();
  additions.signals = SyndicationSignals(clusters, docs_);
  for (const SyndicationCluster& c : clusters) {
    boost::json::object cluster;
    cluster["id"] = c.id;
    cluster["original"] = docs_[c.original].id;
    cluster["original_reason"] = c.original_reason;
    boost::json::array members;
    for (size_t i = 0; i < c.members.size(); ++i) {
      const BatchDocument& d = docs_[c.members[i]];
      boost::json::object m;
      m["id"] = d.id;
      m["path"] = d.path;
      m["url"] = d.url.empty() ? boost::json::value(nullptr) : boost::json::value(d.url);
      m["similarity"] = std::round(c.similarity[i] * 100.0) / 100.0;
      m["credits_original"] = static_cast<bool>(c.credits_original[i]);
      members.push_back(std::move(m));
    }
    cluster["members"] = std::move(members);
    additions.clusters.push_back(std::move(cluster));
  }
  return additions;
}

size_t BatchMerge::MemoryBytes() const {
  return index_.MemoryBytes() + doc_bytes_ + (docs_.capacity() - docs_.size()) * sizeof(BatchDocument);
}

}  // namespace provscore
