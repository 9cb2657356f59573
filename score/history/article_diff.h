// ArticleDiff: how one article changed between two captures, from what extraction and
// the detectors made of each -- never from the raw HTML, so ads, timestamps, tokens and
// page furniture never count. The body is compared paragraph by paragraph: paragraphs
// are matched by similarity first (identical text, then word overlap), so a paragraph
// that moved is one `moved` op rather than a removal plus an addition; a matched pair
// that differs gets a word-level diff (Myers over word tokens). Then each change is
// classified (kChange* below). Correction notices (`correction_notice` signals, rules in
// rules/corrections.json) are compared as notices, not as body text.
// Pure function over plain values: thread-safe.
//
//   ReliabilityProfile a = pipeline.Run(first), b = pipeline.Run(second);
//   ArticleDiff d = DiffArticles({a.article, a.signals}, {b.article, b.signals});
//   if (d.Has(kChangeHeadline)) ...;  if (d.silent_edit) ...;
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "score/article.h"
#include "score/signal.h"

namespace provscore {

// Change classes (the "type" of an ArticleChange).
inline constexpr char kChangeHeadline[] = "headline_changed";
inline constexpr char kChangeByline[] = "byline_changed";
inline constexpr char kChangeBodyEdited[] = "body_edited";
inline constexpr char kChangeParagraphAdded[] = "paragraph_added";
inline constexpr char kChangeParagraphRemoved[] = "paragraph_removed";
inline constexpr char kChangeCorrectionAdded[] = "correction_added";
inline constexpr char kChangeCreditAdded[] = "credit_added";
inline constexpr char kChangeCreditRemoved[] = "credit_removed";
inline constexpr char kChangeTranslationNotice[] = "translation_notice_changed";
inline constexpr char kChangePublishedDate[] = "published_date_changed";
inline constexpr char kChangeModifiedDate[] = "modified_date_changed";
// Link targets (fragments dropped) that appear in / disappear from the body's links;
// `after` / `before` hold them, ", "-separated, and `links` how many. A link change alone
// is not a silent_edit (the text may read the same).
inline constexpr char kChangeLinkAdded[] = "link_added";
inline constexpr char kChangeLinkRemoved[] = "link_removed";

// What one capture says: the extracted article and the detectors' findings on it.
struct ArticleCapture {
  const Article& article;
  const std::vector<Signal>& signals;
};

// A run of words the word diff keeps, adds or removes. `text` is the words joined by
// single spaces.
struct WordRun {
  enum class Op { kEqual, kAdded, kRemoved };
  Op op = Op::kEqual;
  std::string text;
  size_t words = 0;
};

struct ParagraphChange {
  enum class Kind { kUnchanged, kEdited, kMoved, kAdded, kRemoved };
  Kind kind = Kind::kUnchanged;
  int before = -1;              // index among the earlier capture's paragraphs; -1 when added
  int after = -1;               // index among the later capture's paragraphs; -1 when removed
  std::vector<WordRun> words;   // kEdited / kMoved-with-edits: the word diff; else one run
  size_t words_added = 0;
  size_t words_removed = 0;
};

// One classified change. `before` / `after` hold the values that changed where there is
// one (the headlines, the bylines, the dates, the outlet credited, the notice's text).
struct ArticleChange {
  std::string type;             // a kChange* constant
  std::string before;
  std::string after;
  size_t words_added = 0;       // body_edited, paragraph_added / _removed
  size_t words_removed = 0;
  size_t paragraphs = 0;        // paragraph_added / _removed: how many; body_edited: edited + moved
  size_t links = 0;             // link_added / _removed: how many link targets
};

struct ArticleDiff {
  // Every paragraph of both captures once: the later capture's paragraphs in order, each
  // removed paragraph placed after the paragraph that preceded it.
  std::vector<ParagraphChange> paragraphs;
  size_t words_before = 0;      // body words of each capture (correction and translation notices excluded)
  size_t words_after = 0;
  size_t words_added = 0;       // over the whole body: edits, added and removed paragraphs
  size_t words_removed = 0;
  // (added + removed) / (words_before + words_after): 0 for identical bodies, 1 when no
  // word is shared.
  double share_changed = 0.0;
  std::vector<ArticleChange> changes;  // in the order of the kChange* list above
  // A body or headline change with no correction notice added and no change of the
  // modified date: the later capture changed without saying so.
  bool silent_edit = false;

  bool Has(std::string_view type) const;
  bool changed() const { return !changes.empty(); }
};

struct ArticleDiffOptions {
  // Two paragraphs are one edited paragraph when this share of their words (Dice
  // coefficient over word multisets) is common to both.
  double paragraph_similarity = 0.5;
};

ArticleDiff DiffArticles(const ArticleCapture& before, const ArticleCapture& after,
                         const ArticleDiffOptions& options = {});

// The word-level diff of two texts (whitespace-separated tokens, Myers' O(ND) algorithm):
// runs of equal, added and removed words, in order. Exposed for the report's diff view.
std::vector<WordRun> DiffWords(std::string_view before, std::string_view after);

}  // namespace provscore
