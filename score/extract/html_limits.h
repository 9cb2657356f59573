// Private to score/: a linear pre-scan of HTML that bounds what the parser and the
// extractor do with hostile markup, before Gumbo sees it. Gumbo's costs that grow
// faster than the input:
//  - it checks every new attribute of a tag against the earlier ones (quadratic in a
//    tag's attributes: 200,000 attributes on one element take minutes);
//  - it walks its stack of open elements on most start and end tags (quadratic in
//    nesting depth: 100,000 nested <div> take 20 s or more);
//  - every element and link costs a node of some 100 bytes in the tree and more in
//    the extractor (a million links took 1.5 GB).
// ApplyHtmlLimits removes, in one pass, the attributes beyond a cap per tag, the
// start and end tags nested deeper than a cap (their content stays, one level up:
// the flattening browsers do past their own depth limits), the <a> tags beyond a
// link cap (their anchor text stays, unlinked) and everything after the Nth start
// tag. Thread-safe (pure functions).
//
//   HtmlLimits limits;                       // the defaults
//   std::string limited;
//   const HtmlCuts cuts = ApplyHtmlLimits(html, limits, &limited);
//   std::string_view input = cuts.Any() ? std::string_view(limited) : html;
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace provscore::internal {

// Each limit is off when 0.
struct HtmlLimits {
  size_t max_attributes = 512;   // attributes kept per tag
  size_t max_depth = 512;        // elements open at once, as the parser nests them (Blink's depth limit)
  size_t max_nodes = 250000;     // start tags (elements) read; the input is cut before the next one
  size_t max_links = 10000;      // <a> start tags kept; later ones are unlinked
};

// What ApplyHtmlLimits cut; all zero when the input is within every limit.
struct HtmlCuts {
  size_t attributes_removed = 0;      // attributes beyond max_attributes
  size_t tags_flattened = 0;          // start tags beyond max_depth (their end tags went too)
  size_t links_unlinked = 0;          // <a> start tags beyond max_links (their end tags went too)
  size_t cut_at = std::string::npos;  // byte offset of the first start tag beyond max_nodes

  bool Any() const {
    return attributes_removed > 0 || tags_flattened > 0 || links_unlinked > 0 || cut_at != std::string::npos;
  }
  // One sentence per limit that cut something, naming the limit, its value and
  // what it cut, e.g. "max_depth (512) flattened 99488 tags nested deeper".
  std::vector<std::string> Describe(const HtmlLimits& limits, size_t input_bytes) const;
};

// Scans `html` as the HTML tokenizer reads tags (start and end tags, quoted and
// unquoted attribute values; comments and the raw text of script, style, textarea,
// title, xmp, iframe, noembed and noframes are skipped) and follows the nesting of
// elements approximately, as the tree builder would: void elements and those whose
// end tag is optional (p, li, td, tr, option, ...) do not nest; an end tag closes
// the innermost open element of its name and those inside it, or nothing. The
// estimate errs on the low side for real pages, so pages within the browsers'
// limits are left alone. When nothing is over a limit, returns an empty HtmlCuts and
// leaves `limited` untouched (no copy is made). Otherwise writes the input with the
// cuts applied to `limited`. One pass; time O(size of html x max_depth) at worst
// (an end tag looks down the open elements), O(size) on real pages; memory
// O(max_depth) besides the output.
HtmlCuts ApplyHtmlLimits(std::string_view html, const HtmlLimits& limits, std::string* limited);

// Only the attribute cap: returns how many attributes were removed (0: `capped`
// untouched).
size_t CapAttributes(std::string_view html, size_t max_attributes, std::string* capped);

}  // namespace provscore::internal
