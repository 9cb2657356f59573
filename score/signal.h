// Signal: one provenance finding about an article, with the evidence for it.
// `fields` holds the family's own fields (e.g. "outlet"/"role" for wire_attribution,
// "kind"/"from_lang"/"engine"/"edited" for translation_notice, "target_url"/"marker"
// for injected_cross_link); they are written at the top level of the signal object.
// Plain value type.
#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace provscore {

// Where a piece of evidence was found. For kBody, [start, end) are UTF-8 byte
// offsets into Article::text and `text` equals that span; elsewhere they are
// offsets into the named place's own text (a byline line, a meta value, ...).
struct Evidence {
  std::string text;
  size_t start = 0;
  size_t end = 0;
  std::string where;  // "body", "byline", "meta", "title", "boilerplate"
};

struct Signal {
  std::string type;         // "translation_notice", "injected_cross_link", ...
  std::string rule;         // id of the rule that fired, e.g. "tn.en.google-translate"
  double confidence = 0.0;  // 0..1
  std::vector<Evidence> evidence;  // first is the primary span; never empty
  boost::json::object fields;
};

// Signal type names (the "type" values of the output contract).
inline constexpr char kSignalWireAttribution[] = "wire_attribution";
inline constexpr char kSignalTranslationNotice[] = "translation_notice";
inline constexpr char kSignalAuthorBio[] = "author_bio_boilerplate";
inline constexpr char kSignalInjectedCrossLink[] = "injected_cross_link";
inline constexpr char kSignalEncodingCorruption[] = "encoding_corruption";
inline constexpr char kSignalPromotionalBoilerplate[] = "promotional_boilerplate";
inline constexpr char kSignalPageResidue[] = "page_residue";
// A correction or update notice ("Correction:", "Korrektur:", "An earlier version of this
// article ..."): informational, no scoring effect; capture history compares them.
inline constexpr char kSignalCorrectionNotice[] = "correction_notice";
// Added by `provscore history` to the later of two captures when the headline or body
// changed with no correction notice and no new modified date (score/history/article_diff.h).
inline constexpr char kSignalSilentEdit[] = "silent_edit";

}  // namespace provscore
