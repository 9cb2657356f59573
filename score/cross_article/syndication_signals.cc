#include "score/cross_article/syndication_signals.h"

#include <boost/json/object.hpp>
#include <cmath>

namespace provscore {
namespace {

namespace json = boost::json;

json::value OrNull(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

double Round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

std::vector<std::vector<Signal>> SyndicationSignals(const std::vector<SyndicationCluster>& clusters,
                                                    const std::vector<BatchDocument>& docs) {
  std::vector<std::vector<Signal>> out(docs.size());
  for (const SyndicationCluster& c : clusters) {
    if (c.original >= docs.size()) continue;
    const BatchDocument& original = docs[c.original];
    json::object original_fields;
    original_fields["id"] = original.id;
    original_fields["url"] = OrNull(original.url);
    original_fields["path"] = OrNull(original.path);
    original_fields["site"] = OrNull(original.site);
    original_fields["reason"] = c.original_reason;
    for (size_t i = 0; i < c.members.size(); ++i) {
      const size_t doc = c.members[i];
      if (doc == c.original || doc >= docs.size()) continue;
      const double similarity = i < c.similarity.size() ? Round2(c.similarity[i]) : 0.0;
      const bool credited = i < c.credits_original.size() && c.credits_original[i];
      const std::string where = original.url.empty() ? original.path : original.url;
      Signal copy;
      copy.type = kSignalSyndicatedCopy;
      copy.rule = "batch.near-duplicate";
      copy.confidence = std::min(1.0, 0.5 + similarity / 2);
      copy.evidence.push_back({"near-duplicate of " + where, 0, 0, "batch"});
      copy.fields["cluster"] = c.id;
      copy.fields["similarity"] = similarity;
      copy.fields["original"] = original_fields;
      copy.fields["credited"] = credited;
      out[doc].push_back(copy);
      if (!docs[doc].credits_any) {
        Signal uncredited = copy;
        uncredited.type = kSignalUncreditedCopy;
        uncredited.rule = "batch.uncredited-copy";
        uncredited.evidence.front().text = "copies " + where + " and credits no outlet";
        uncredited.fields.erase("credited");
        out[doc].push_back(std::move(uncredited));
      }
    }
  }
  return out;
}

}  // namespace provscore
