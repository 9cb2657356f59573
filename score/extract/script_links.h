// Private to score/extract: cards a script makes links of. A lazy or script-built
// card holds its address in an attribute a script reads (`data-href`, `data-url`,
// `data-link`, an `onclick` that sets `location` or calls `window.open`; not a
// widget's `data-permalink`, which names what it embeds, not where a click goes),
// on an element or on an <a> without a page href; a reader sees a link to
// another story all the same. Such a card is made an <a href> in the parsed tree
// (MakeLink, html_dom.h) when, and only when, a reader sees it and it reads as a
// story's card: it is shown (nothing around it hidden), holds visible words and no
// page link of its own, is the size of a card (a headline and a line or two in
// at most 200 nodes, not a loaded article), and its address has the shape of a story's (IsStoryAddress,
// score/story_address.h) other than this page's. Tag pills, section links, share
// buttons and a gallery's script stay what they were.
//
//   FlatDom dom = Flatten(*output);
//   if (LinkScriptCards(dom, page_url, *output) > 0) dom = Flatten(*output);
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "score/extract/html_dom.h"

namespace provscore::internal {

// The address a script opens when `node` is clicked, as written (unresolved), or
// empty: the first non-empty of data-href, data-url, data-link,
// else the quoted address of an onclick's `location.href = '…'`, `location =
// "…"`, `location.assign('…')`, `location.replace('…')` or `window.open('…')`.
std::string ScriptLinkTarget(const GumboNode* node);

// Makes the script-built cards of `dom` links in `output` (the tree `dom` was
// flattened from) and returns how many; flatten again when it is not 0.
// `page_url` (may be empty) and the page's canonical and og:url are this page.
size_t LinkScriptCards(const FlatDom& dom, std::string_view page_url, GumboOutput& output);

}  // namespace provscore::internal
