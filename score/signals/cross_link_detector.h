// The injected cross-link detector: promotional links to other articles placed
// between the body's paragraphs (see cross_link_detector.cc for the conventions it
// knows). Stateless; DetectorSet::Default() holds one.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "score/signals/detectors.h"

namespace provscore {

std::unique_ptr<Detector> NewCrossLinkDetector();

// For each body block, whether it reads as part of the article: a paragraph (or
// quote) of at least `kArticleParagraphWords` words that ends a sentence (or has
// twice as many words), is not mostly link text and holds no clutter phrase.
// Cross-links count only between such blocks.
// Nor is a paragraph held whole in brackets (a note: "(Reporting by ...)", a
// rights notice in "【…】"), nor one that opens with a correction or editor's note.
// (The detector adds short one-sentence paragraphs of `kShortParagraphWords` words
// or more that join the text between its first and last paragraph.)
inline constexpr size_t kArticleParagraphWords = 12;
inline constexpr size_t kShortParagraphWords = 6;
std::vector<bool> ArticleParagraphs(const DetectionContext& context);

// Whether `text` (trimmed) opens with a bracket and closes with its match.
bool IsBracketedNote(std::string_view text);

}  // namespace provscore
