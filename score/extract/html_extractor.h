// HtmlExtractor: decoded HTML -> Article, with Gumbo. Reads metadata from JSON-LD
// (schema.org NewsArticle and friends), OpenGraph and <meta> tags, <time>,
// rel=author and itemprop, falling back to visible text; selects the main body and
// removes boilerplate (nav, header, footer, aside, scripts, comments, share widgets,
// hidden elements, and the furniture before and after the prose), keeping the
// removed text in Article::boilerplate. Titles follow Mozilla Readability's order;
// authors come from the most trusted source that names a person (an organisation
// only when none does); a missing or wrong declared language is corrected from
// the text.
// Thread-safe: Extract is const and keeps no state between calls.
//
//   HtmlExtractor extractor;
//   Result<Article> article = extractor.Extract(utf8_html, page_url);
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "score/article.h"

namespace re2 {
class RE2;
}

namespace provscore {

struct HtmlExtractorOptions {
  // Pages larger than this are parsed anyway; this bounds the body text kept.
  size_t max_text_bytes = 8 * 1024 * 1024;
  // Authors below this confidence are left out of Article::authors (no author is
  // better than a wrong one): a byline element far from the headline scores 0.45,
  // the one next to it 0.7, markup 0.85 and more.
  double min_author_confidence = 0.6;
  // Attributes kept per tag: the rest are removed before parsing (Gumbo's duplicate
  // check is quadratic in a tag's attributes) and Article::limits_hit says so.
  // Real pages stay far below it; 0 disables the cap.
  size_t max_attributes_per_element = 512;
  // Elements open at once, as the parser nests them: start tags deeper than this
  // are removed before parsing with their end tags, their content kept one level up
  // (Blink flattens past 512 too). Gumbo's time is quadratic in nesting depth.
  size_t max_depth = 512;
  // Start tags read: the markup after this many is not parsed (each element costs
  // a tree node in Gumbo and more in extraction). 0 disables the cap.
  size_t max_nodes = 250000;
  // <a> start tags kept as links: later ones are removed before parsing and their
  // anchor text stays as plain text, which bounds the tree and Article::links.
  size_t max_links = 10000;
  // The labels that open a credit line ("source", "quelle", "via "), lower case,
  // compared in any case (a Unicode case fold, RE2's: "ИСТОЧНИК:", "ŹRÓDŁO:"), and the marks that make a short line a credit wherever they stand
  // ("©", "copyright"): such a line after the text is kept for the attribution
  // detectors, not trimmed as furniture. The rules hold them (rules/press_words.json,
  // PressWords::credit_labels); Pipeline::Create fills them in. Empty: no line is
  // read as a credit by its label.
  std::vector<std::string> credit_labels;
  std::vector<std::string> credit_marks;
  // The marks of a site's rights notice ("©", "copyright"; rules/press_words.json,
  // PressWords::rights_marks), lower case: credit marks too, and a line opening with
  // one is a rights notice, which under a closing signature ends the article
  // (score/extract/README.md). Empty: only the ASCII "(c) " and the "all rights
  // reserved" wordings make a rights notice.
  std::vector<std::string> rights_marks;
  // credit_labels as one case-insensitive pattern anchored at a line's opening;
  // HtmlExtractor compiles it from credit_labels (callers leave it empty).
  std::shared_ptr<const re2::RE2> credit_label_pattern;
};

class HtmlExtractor {
 public:
  explicit HtmlExtractor(HtmlExtractorOptions options = {});

  // Fails (kParseError) only when Gumbo cannot produce a tree at all. A limit of
  // the options that cut the input is named in Article::limits_hit.
  Result<Article> Extract(std::string_view utf8_html, std::string_view page_url) const;

  // The same, under the document's deadline: `expired` is read before each pass
  // (parse, flatten, script cards, metadata, the body's passes, author boxes,
  // language) and every few thousand steps of the body's loops over every node.
  // Once it returns true, the passes left are skipped, *stopped_in names the pass
  // it ran out in or before ("body/classify"), and the article keeps what the
  // passes before it found: the metadata, without a body cut short (its text,
  // blocks, links and furniture are dropped whole). *stopped_in stays empty
  // otherwise; an empty `expired` never runs out. Gumbo's parse is not
  // interrupted (the limits above bound it).
  Result<Article> Extract(std::string_view utf8_html, std::string_view page_url,
                          const std::function<bool()>& expired, std::string* stopped_in) const;

 private:
  HtmlExtractorOptions options_;
};

}  // namespace provscore
