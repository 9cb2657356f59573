#include "score/extract/script_links.h"

#include <cstdint>
#include <vector>

#include "base/text.h"
#include "score/story_address.h"

namespace provscore::internal {
namespace {

// A card is a headline and a line or two: more text, or more than one paragraph,
// is a loaded article (an endless page's next story carries its data-url) or a
// section, never one link.
constexpr size_t kMaxCardBytes = 600;
constexpr size_t kMaxCardParagraphs = 1;
// Elements and text nodes a card holds (a picture, an icon, a kicker, a headline,
// a line: a few dozen); more is a box of other things, and the bound keeps the
// walk of a hostile page's nested script cards linear.
constexpr uint32_t kMaxCardNodes = 200;

// The quoted string right after `at` in `code` (white space, '=' or '(' before
// the quote), or empty.
std::string QuotedAfter(std::string_view code, size_t at) {
  while (at < code.size() && (code[at] == ' ' || code[at] == '=' || code[at] == '(' || code[at] == '\t')) ++at;
  if (at >= code.size() || (code[at] != '\'' && code[at] != '"')) return {};
  const char quote = code[at];
  const size_t end = code.find(quote, at + 1);
  if (end == std::string_view::npos) return {};
  return std::string(code.substr(at + 1, end - at - 1));
}

// The address an onclick handler navigates to: `location.href = '…'`,
// `window.location="…"`, `location.assign('…')`, `location.replace('…')`,
// `window.open('…')`. A handler that calls the page's own functions
// (`openGallery(4711)`) names no address.
std::string OnclickTarget(std::string_view code) {
  for (size_t at = code.find("location"); at != std::string_view::npos; at = code.find("location", at + 1)) {
    size_t after = at + 8;
    for (const std::string_view member : {".href", ".assign", ".replace"}) {
      if (code.substr(after, member.size()) == member) {
        after += member.size();
        break;
      }
    }
    if (std::string target = QuotedAfter(code, after); !target.empty()) return target;
  }
  if (const size_t at = code.find("window.open"); at != std::string_view::npos) return QuotedAfter(code, at + 11);
  return {};
}

// Scheme, "www.", query, fragment and a trailing slash aside, lower case: how
// this page's addresses are compared.
std::string PageKey(std::string_view url) {
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  if (url.starts_with("//")) url.remove_prefix(2);
  url = url.substr(0, url.find_first_of("?#"));
  if (url.starts_with("www.")) url.remove_prefix(4);
  while (url.ends_with("/")) url.remove_suffix(1);
  return AsciiLower(url);
}

bool IsPageLink(const DomNode& d) {
  if (d.is_text || d.tag != GUMBO_TAG_A) return false;
  const std::string_view href = TrimAscii(Attr(d.node, "href"));
  return !href.empty() && href.front() != '#' && !ResolveUrl("", href).empty();
}

// Elements whose children an <a> may not hold as a card's link: a table's or a
// list's frame (its rows and items are the cards), the document's frame.
bool IsFrame(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_MAIN:
      return true;
    default:
      return IsNonRenderedTag(tag);
  }
}

}  // namespace

std::string ScriptLinkTarget(const GumboNode* node) {
  for (const char* name : {"data-href", "data-url", "data-link"}) {
    const std::string_view value = TrimAscii(Attr(node, name));
    if (!value.empty()) return std::string(value);
  }
  return OnclickTarget(Attr(node, "onclick"));
}

size_t LinkScriptCards(const FlatDom& dom, std::string_view page_url, GumboOutput& output) {
  const size_t n = dom.nodes.size();
  if (n == 0 || output.root == nullptr) return 0;
  // This page's addresses, and the base its relative links resolve against.
  std::string canonical, og_url;
  for (uint32_t i = 0; i < n; ++i) {
    const DomNode& d = dom.nodes[i];
    if (d.tag == GUMBO_TAG_LINK && canonical.empty() &&
        HasToken(NameTokens(Attr(d.node, "rel")), {"canonical"})) {
      canonical = TrimAscii(Attr(d.node, "href"));
    } else if (d.tag == GUMBO_TAG_META && og_url.empty() && Attr(d.node, "property") == "og:url") {
      og_url = TrimAscii(Attr(d.node, "content"));
    }
  }
  const std::string base(page_url.find("://") != std::string_view::npos ? page_url
                         : canonical.find("://") != std::string::npos ? std::string_view(canonical)
                                                                       : std::string_view(og_url));
  std::vector<std::string> this_page;
  for (const std::string_view url : {page_url, std::string_view(canonical), std::string_view(og_url)}) {
    if (!url.empty()) this_page.push_back(PageKey(ResolveUrl(base, url)));
  }
  // Seen by a reader (nothing around it hidden or unrendered) and inside no page
  // link, top down; then children before parents (reverse pre-order), so a card
  // is taken only when nothing inside it is a link, or a card taken already.
  std::vector<char> unseen(n, 0), in_link(n, 0), holds_link(n, 0);
  std::vector<uint32_t> anchor_above(n, kNoNode);  // the nearest <a> around a node
  for (uint32_t i = 0; i < n; ++i) {
    const DomNode& d = dom.nodes[i];
    if (d.is_text) continue;
    const bool has_parent = d.parent != kNoNode;
    unseen[i] = (has_parent && unseen[d.parent]) || d.hidden || IsNonRenderedTag(d.tag);
    in_link[i] = has_parent && (in_link[d.parent] || IsPageLink(dom.nodes[d.parent]));
    if (has_parent) {
      anchor_above[i] = dom.nodes[d.parent].tag == GUMBO_TAG_A ? d.parent : anchor_above[d.parent];
    }
  }
  struct Card {
    uint32_t index;
    std::string href;
  };
  std::vector<Card> cards;
  for (uint32_t i = static_cast<uint32_t>(n); i-- > 0;) {
    const DomNode& d = dom.nodes[i];
    if (d.is_text) continue;
    bool link = IsPageLink(d) || holds_link[i];
    if (!link && !unseen[i] && !in_link[i] && !IsFrame(d.tag) && d.end - i <= kMaxCardNodes) {
      std::string target = ScriptLinkTarget(d.node);
      const std::string url = target.empty() || target.front() == '#' ? std::string() : ResolveUrl(base, target);
      if (!url.empty()) {
        const std::string text = VisibleText(dom, i, kMaxCardBytes + 1);
        size_t paragraphs = 0;
        for (uint32_t k = i + 1; k < d.end; ++k) paragraphs += !dom.nodes[k].is_text && dom.nodes[k].tag == GUMBO_TAG_P;
        const std::string absolute = url.starts_with("//") ? "https:" + url : url;
        const std::string key = PageKey(absolute);
        bool here = false;
        for (const std::string& page : this_page) here |= page == key;
        if (CountWords(text) > 0 && text.size() <= kMaxCardBytes && paragraphs <= kMaxCardParagraphs && !here &&
            IsStoryAddress(absolute, text, false)) {
          cards.push_back({i, std::move(target)});
          link = true;
        }
      }
    }
    if (link && d.parent != kNoNode) holds_link[d.parent] = 1;
    if (holds_link[i] && d.parent != kNoNode) holds_link[d.parent] = 1;
  }
  for (const Card& card : cards) {
    // An <a> without a page href around the card ("<a class=card><div
    // data-url=…>") is the card's link: it takes the address, so no link nests in
    // another.
    uint32_t target = card.index;
    const uint32_t above = anchor_above[card.index];
    if (dom.nodes[card.index].tag != GUMBO_TAG_A && above != kNoNode &&
        VisibleText(dom, above, kMaxCardBytes + 1).size() <= kMaxCardBytes) {
      target = above;
    }
    MakeLink(const_cast<GumboNode*>(dom.nodes[target].node), card.href);  // the tree is `output`, ours to change
  }
  return cards.size();
}

}  // namespace provscore::internal
