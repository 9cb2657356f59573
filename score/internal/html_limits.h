// Private to score/: a linear pre-scan of HTML that bounds what Gumbo's tokenizer
// does in quadratic time. Gumbo checks every new attribute of a tag against all the
// earlier ones (a duplicate check), so one element with 200,000 attributes costs
// about 2e10 comparisons: minutes, on 2.4 MB. CapAttributes drops the attributes of
// a tag beyond the cap before parsing, so parse time stays linear in the input.
// Thread-safe (pure function).
//
//   std::string capped;
//   const size_t cut = CapAttributes(html, 512, &capped);
//   std::string_view input = cut > 0 ? std::string_view(capped) : html;
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace provscore::internal {

// Scans `html` as the HTML tokenizer reads tags (start and end tags, quoted and
// unquoted attribute values; comments and the raw text of script, style,
// textarea, title, xmp, iframe, noembed and noframes are skipped) and counts each
// tag's attributes. When no tag has more than `max_attributes`, returns 0 and
// leaves `capped` untouched (no copy is made). Otherwise writes to `capped` the
// input with every attribute after the first `max_attributes` of a tag removed
// (the tag itself and its '>' are kept) and returns how many were removed.
// One pass, O(size of html).
size_t CapAttributes(std::string_view html, size_t max_attributes, std::string* capped);

}  // namespace provscore::internal
