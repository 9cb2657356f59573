// Test helpers: builds an Article from paragraphs the way the extractors lay one
// out (blocks joined by blank lines, exact offsets), with optional links given as
// anchor substrings of a paragraph; and the built-in rules, loaded once.
#pragma once

#include <boost/json/serialize.hpp>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <filesystem>
#include <memory>

#include "score/article.h"
#include "score/pipeline.h"
#include "score/rules/rule_set.h"
#include "score/signals/detectors.h"

namespace provscore::testing {

struct Para {
  std::string text;
  std::vector<std::pair<std::string, std::string>> links = {};  // anchor substring, url
  TextBlock::Kind kind = TextBlock::Kind::kParagraph;
  uint32_t layout = 0;  // TextBlock::layout; 0: unknown, as in plain text
};

inline Article BuildArticle(const std::vector<Para>& paragraphs) {
  Article a;
  for (const Para& p : paragraphs) {
    if (!a.text.empty()) a.text += "\n\n";
    TextBlock b;
    b.kind = p.kind;
    b.layout = p.layout;
    b.start = a.text.size();
    a.text += p.text;
    b.end = a.text.size();
    for (const auto& [anchor, url] : p.links) {
      const size_t at = p.text.find(anchor);
      if (at == std::string::npos) continue;
      BodyLink link{url, anchor, b.start + at, b.start + at + anchor.size(), {}};
      a.links.push_back(link);
      ++b.link_count;
      b.link_chars += anchor.size();
    }
    a.blocks.push_back(b);
  }
  return a;
}

// The built-in rules of the source tree, loaded once per test binary.
inline const std::shared_ptr<const RuleSet>& BuiltinRuleSet() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    auto r = RuleSet::Load({std::filesystem::path(PROVSCORE_SOURCE_DIR) / "rules"});
    if (!r.ok()) throw std::runtime_error(r.status().message());
    return *r;
  }();
  return rules;
}
inline const RuleSet& BuiltinRules() { return *BuiltinRuleSet(); }

// Every hit, written out to compare two ways of matching: rule, place, block,
// offsets, text and fields.
inline std::vector<std::string> HitLines(const std::vector<RuleHit>& hits) {
  std::vector<std::string> out;
  for (const RuleHit& h : hits) {
    out.push_back(h.rule->id + " " + h.where + " " + std::to_string(h.block) + " " + std::to_string(h.start) + "-" +
                  std::to_string(h.end) + " [" + h.text + "] " + boost::json::serialize(h.fields));
  }
  return out;
}

// The signals of one type the default detectors find in `a` under the built-in rules.
inline std::vector<Signal> SignalsOfType(const Article& a, std::string_view type) {
  std::vector<Signal> out;
  for (Signal& s : DetectorSet::Default().Detect(a, BuiltinRules())) {
    if (s.type == type) out.push_back(std::move(s));
  }
  return out;
}

// The outlets the default detectors credit on `a`, as they name them; `why` gets
// each wire signal's rule and outlet and the article's boilerplate blocks, to read
// a failure by.
inline std::set<std::string> CreditedOutlets(const Article& a, std::string* why) {
  std::set<std::string> out;
  for (const Signal& s : DetectorSet::Default().Detect(a, BuiltinRules())) {
    if (s.type != kSignalWireAttribution) continue;
    *why += " " + s.rule + "(" + std::string(s.fields.at("outlet").as_string()) + ")";
    if (s.fields.at("role").as_string() == "credit") out.insert(std::string(s.fields.at("outlet").as_string()));
  }
  for (const auto& b : a.boilerplate) {
    *why += "\n  [" + b.role + (b.below_headline ? ", below the headline" : "") +
            (b.after_body ? ", after the body" : "") + "] " + b.text;
  }
  return out;
}

// An alias the lexicon knows, as its canonical outlet is named; any other name as is.
inline std::string CanonicalOutletName(const std::string& name) {
  const Outlet* o = BuiltinRules().outlets().FindByAlias(name);
  return o ? BuiltinRules().outlets().Canonical(o)->name : name;
}

// An extractor with the built-in rules' credit labels (WithRules), as the pipeline's.
inline const HtmlExtractor& BuiltinExtractor() {
  static const HtmlExtractor extractor(WithRules({}, BuiltinRules()));
  return extractor;
}

// A pipeline over the built-in rules with default options, built once per test binary
// (compiling the rules takes seconds under the sanitizers).
inline const Pipeline& BuiltinPipeline() {
  static const Pipeline* pipeline = [] {
    auto p = Pipeline::Create(BuiltinRuleSet());
    if (!p.ok()) throw std::runtime_error(p.status().message());
    return new Pipeline(std::move(p).value());
  }();
  return *pipeline;
}

// A paragraph long enough to count as article text.
inline std::string Filler(const std::string& topic) {
  return "The council discussed " + topic +
         " at length on Tuesday evening, and members from every party said they expected a decision before the "
         "end of the month.";
}

}  // namespace provscore::testing
