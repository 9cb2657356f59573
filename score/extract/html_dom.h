// Private to score/: a Gumbo parse tree owned by RAII and flattened into a pre-order
// array, so that every pass the HTML extractor makes over a page is a plain O(n) loop
// with no recursion (deeply nested junk cannot overflow the stack). A node's subtree
// is the index range [i, nodes[i].end). Not thread-safe to mutate; read freely.
//
//   GumboOutputPtr out = ParseHtml(html);
//   FlatDom dom = Flatten(*out);
//   for (uint32_t i = 0; i < dom.nodes.size(); ++i) { ... dom.nodes[i].node ... }
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace provscore::internal {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const;
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

// Parses `html` (UTF-8; invalid bytes become U+FFFD inside Gumbo). Null only when
// Gumbo cannot build a tree. Parse errors are not recorded (they cost memory on junk).
GumboOutputPtr ParseHtml(std::string_view html);

inline constexpr uint32_t kNoNode = UINT32_MAX;

struct DomNode {
  const GumboNode* node = nullptr;
  uint32_t parent = kNoNode;  // kNoNode for the root <html>
  uint32_t end = 0;           // one past the last descendant
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text nodes
  bool is_text = false;       // text, whitespace or CDATA
  bool hidden = false;        // IsHiddenElement(node): hidden by its own markup, read once by Flatten
  // ClassIdTokens of the element, read once by Flatten into FlatDom::tokens (views
  // into the attribute values, or into FlatDom::lowered where a value has capitals);
  // false past the page's budget (kMaxStoredTokenBytes), where they are read on asking.
  bool tokens_stored = false;
  uint32_t token_begin = 0;  // index of the first in FlatDom::tokens
  uint32_t token_count = 0;
  const std::string_view* tokens = nullptr;
};

// The bytes Flatten spends on stored class/id tokens per page (16 per token, and the
// lower-cased copies of values with capitals): a page of 10,000 elements with five
// tokens each needs under 1 MiB; a hostile page of millions of one-letter class
// names has the rest read on asking.
inline constexpr size_t kMaxStoredTokenBytes = size_t{32} << 20;

// Moves keep every DomNode::tokens valid (the vector's buffer and the deque's strings
// stay where they are); copies would not, so there are none.
struct FlatDom {
  FlatDom() = default;
  FlatDom(FlatDom&&) = default;
  FlatDom& operator=(FlatDom&&) = default;
  FlatDom(const FlatDom&) = delete;
  FlatDom& operator=(const FlatDom&) = delete;

  std::vector<DomNode> nodes;  // pre-order; nodes[0] is <html> when non-empty
  std::vector<std::string_view> tokens;  // the elements' stored class/id tokens, element by element
  std::deque<std::string> lowered;       // lower-cased class + " " + id of elements whose values have capitals
};

// Element and text nodes under output.root in document order; comments are left out.
// Each element's `hidden` and class/id tokens are read here, once: every pass of the
// extractor asks them.
FlatDom Flatten(const GumboOutput& output);

// Makes `element` a link to `href` in the parsed tree, for a card a script opens
// (score/extract/script_links.h): an <a> gets `href` as its href (replacing an
// empty, "#" or script one); any other element gets a new <a href> as its only
// child, holding its former children, so its own tag and box stay as they were.
// Memory comes from Gumbo's allocator, so the tree frees as parsed. Flatten the
// tree again afterwards: the FlatDom does not see the change.
void MakeLink(GumboNode* element, std::string_view href);

// The attribute's value, or empty when absent. `name` is lower case. The first
// attribute of the name counts, its name compared without regard to ASCII case, as
// gumbo_get_attribute finds it (without its strlen and strcasecmp per attribute).
std::string_view Attr(const GumboNode* node, std::string_view name);
bool HasAttr(const GumboNode* node, std::string_view name);

// The text of a text node (Gumbo has decoded entities already).
std::string_view NodeText(const GumboNode* node);

// Elements that never render text a reader sees: script, style, noscript, template,
// svg, math, iframe, form controls, embedded objects, and the <head> children.
bool IsNonRenderedTag(GumboTag tag);

// `hidden`, aria-hidden="true", an inline style with display:none /
// visibility:hidden, or a CSS framework's hiding class ("hidden", "d-none",
// "sr-only", "visually-hidden", ...) not made responsive by another class.
bool IsHiddenElement(const GumboNode* node);

// Name tokens, read in order: views of what Flatten stored for an element, or of a
// lower-cased copy the list holds itself. A contiguous range: a std::span of views
// takes it as one. Neither copied nor moved (the views may
// point into the list): read it where it was made.
class NameTokenList {
 public:
  using value_type = std::string_view;
  using const_iterator = const std::string_view*;
  using iterator = const_iterator;

  NameTokenList() = default;
  explicit NameTokenList(std::span<const std::string_view> stored) : view_(stored) {}
  // The tokens of `value`: views of it when it has no capitals, so it must outlive
  // the list (an attribute value of the parsed tree does).
  explicit NameTokenList(std::string_view value);
  // The tokens of `value`, which the list keeps (values joined by a space tokenize
  // as each in turn).
  explicit NameTokenList(std::string&& value);
  NameTokenList(const NameTokenList&) = delete;
  NameTokenList& operator=(const NameTokenList&) = delete;

  const_iterator begin() const { return view_.data(); }
  const_iterator end() const { return view_.data() + view_.size(); }
  size_t size() const { return view_.size(); }
  bool empty() const { return view_.empty(); }

 private:
  std::span<const std::string_view> view_;
  std::string lowered_;                   // only in a list made on the spot
  std::vector<std::string_view> owned_;   // views of `value` or of lowered_
};

// Lower-case word tokens of class/id values: "article-Header sideBar" ->
// {"article", "header", "sidebar", "side", "bar"}. CamelCase is split and each
// camel-split word is also kept joined, so "sideBar" matches "sidebar". The list
// may view `value`: keep it alive while reading (attribute values of the tree are).
NameTokenList NameTokens(std::string_view value);

// NameTokens of an element's class and id together (the class's first), read from
// the attributes.
NameTokenList ClassIdTokens(const GumboNode* node);
// The same of a flattened element: what Flatten stored, without reading again.
NameTokenList ClassIdTokens(const DomNode& d);

// Whether any of `tokens` equals one of `wanted`.
bool HasToken(std::span<const std::string_view> tokens, std::initializer_list<std::string_view> wanted);

// Block-level elements: they start and end a text block.
bool IsBlockTag(GumboTag tag);

// Visible text of the subtree at `index`, whitespace collapsed; skips non-rendered
// and hidden elements. Stops after about `max_bytes` bytes.
std::string VisibleText(const FlatDom& dom, uint32_t index, size_t max_bytes = 4096);

// Whether element `index` is a link to another page whose visible text reads as a
// story's headline (kMinTeaserHeadlineWords words or more): what a teaser card of
// another story holds beside its byline. In-page anchors, mail and script links,
// and links `is_author_page` says lead to an author's page are none.
inline constexpr size_t kMinTeaserHeadlineWords = 4;
bool IsTeaserHeadlineLink(const FlatDom& dom, uint32_t index, bool (*is_author_page)(std::string_view href));

// Whether a URL path segment, lower-cased, names the section of a site that holds
// its authors' pages ("/author/jane-doe", "/autoren/", "/journalist/", "/editors/",
// "/redaktion/", "/yazar/", "/by/"), in the languages of the press: one list for
// the byline reader and the author-box finder. `with_people` also counts "profile",
// "profiles", "people" and "staff", which away from a byline or an author box are
// as often a site's section or a login.
bool IsAuthorSectionSegment(std::string_view segment, bool with_people);

// Whether a link leads to an account on a social network (the outlet's or the
// writer's: "Like <outlet> on Facebook", "follow me on Google+"), by the network's
// host (facebook.com, twitter.com, x.com, plus.google.com, ...): a convention of
// the web, whatever the page's class names. Such a link names the network's page,
// never another story nor, by its text, a person ("Google+", "Twitter").
bool IsSocialAccountLink(std::string_view href);

// Resolves `href` against the absolute URL `base`. Returns empty for hrefs that are
// not links to a page (javascript:, mailto:, tel:, data:, empty). Relative hrefs
// with no usable base are returned unchanged.
std::string ResolveUrl(std::string_view base, std::string_view href);

}  // namespace provscore::internal
