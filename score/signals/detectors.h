// Signal detectors: Article + rule hits -> Signals. The RuleSet finds phrases in one
// pass; each Detector turns the hits of its family into findings, adding what a
// phrase alone cannot decide (position among the body's paragraphs, merging a
// notice repeated in several languages into one signal, counting promoted links).
// Detectors are stateless and const, so one DetectorSet serves every thread.
//
//   DetectorSet detectors = DetectorSet::Default();
//   std::vector<Signal> signals = detectors.Detect(article, *rules);
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "score/article.h"
#include "score/rules/rule_set.h"
#include "score/signal.h"

namespace provscore {

struct DetectionContext {
  const Article& article;
  const RuleSet& rules;
  const std::vector<RuleHit>& hits;  // every rule hit, ordered by place, block, start
};

class Detector {
 public:
  virtual ~Detector() = default;
  virtual std::string_view name() const = 0;
  // Appends this detector's signals to `out`.
  virtual void Detect(const DetectionContext& context, std::vector<Signal>& out) const = 0;
};

class DetectorSet {
 public:
  // Translation notices, injected cross-links, and one signal per hit for every
  // other phrase family (promotional boilerplate, page residue, encoding damage,
  // and user-defined wire or bio phrases).
  static DetectorSet Default();

  void Add(std::unique_ptr<Detector> detector) { detectors_.push_back(std::move(detector)); }
  std::vector<Signal> Detect(const Article& article, const RuleSet& rules) const;
  // Under a deadline read during rule matching (RuleSet::Match): when it runs out
  // there, *stopped is set and no detector runs (a partial set of hits would make
  // partial signals), so the result is empty.
  std::vector<Signal> Detect(const Article& article, const RuleSet& rules, const std::function<bool()>& expired,
                             bool* stopped) const;

 private:
  std::vector<std::unique_ptr<Detector>> detectors_;
};

}  // namespace provscore
