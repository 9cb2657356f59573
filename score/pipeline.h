// Pipeline: one SourceDocument -> one ReliabilityProfile, through every stage:
// decode -> parse/extract -> rule matching and detectors -> scoring.
// Never fails on a document: problems become profile.errors and the profile is
// still complete. Immutable after Create; Run() is const and safe to call from
// several threads at once (the rule set, detectors and scorer are shared read-only).
//
//   auto rules = RuleSet::Load({rules_dir});
//   Result<Pipeline> pipeline = Pipeline::Create(*rules);
//   ReliabilityProfile p = pipeline->Run(document);
#pragma once

#include <functional>
#include <memory>

#include "base/status.h"
#include "score/signals/detectors.h"
#include "score/document.h"
#include "score/extract/html_extractor.h"
#include "score/profile.h"
#include "score/rules/rule_set.h"
#include "score/scoring/scorer.h"

namespace provscore {

struct PipelineOptions {
  HtmlExtractorOptions html;                     // extraction limits (its credit labels: the rules')
  size_t max_input_bytes = 16 * 1024 * 1024;     // larger inputs are scored on their first bytes, with an error; 0: none
  // Time per document, checked between stages (after decoding, after extraction),
  // between the HTML extractor's passes and inside its loops over every node, and
  // inside rule matching: once past it, what is left is skipped and the profile's
  // errors say where it ran out (limit_exceeded; a body cut short is dropped whole,
  // HtmlExtractor::Extract). Gumbo's parse and one regex search are not
  // interrupted: the extraction limits bound them. 0: no deadline (the library's default, so
  // that a result never depends on the machine's speed; `provscore score` sets 10 s).
  double max_seconds = 0;
  // Seconds on a monotonic clock; null reads std::chrono::steady_clock. Tests inject one.
  std::function<double()> now_seconds;
};

// `options` with what the extractor reads from the rules: the credit labels and
// marks of rules/press_words.json (PressWords::credit_labels). Create applies it.
HtmlExtractorOptions WithRules(HtmlExtractorOptions options, const RuleSet& rules);

class Pipeline {
 public:
  static Result<Pipeline> Create(std::shared_ptr<const RuleSet> rules, PipelineOptions options = {});

  ReliabilityProfile Run(const SourceDocument& document) const;

  // Scores a profile again after signals were added to it (the batch pass).
  void Rescore(ReliabilityProfile& profile) const { scorer_.Score(profile); }

  const RuleSet& rules() const { return *rules_; }

 private:
  Pipeline(std::shared_ptr<const RuleSet> rules, Scorer scorer, PipelineOptions options);

  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const DetectorSet> detectors_;
  Scorer scorer_;
  HtmlExtractor html_;
  PipelineOptions options_;
};

}  // namespace provscore
