#include "score/extract/html_dom.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "base/text.h"

namespace provscore::internal {
namespace {

GumboOptions ParseOptions() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // keep no error list: junk input would grow it without bound
  return options;
}

const GumboOptions& Options() {
  static const GumboOptions options = ParseOptions();
  return options;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// Removes ASCII white space and lower-cases, so "display : NONE" matches "display:none".
std::string SquashStyle(std::string_view style) {
  std::string out;
  out.reserve(style.size());
  for (const char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    out.push_back(IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c);
  }
  return out;
}

// Length of a URL scheme ("https") at the start of `s`, or 0 when there is none.
size_t SchemeLength(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':') return i;
    const bool ok = IsAsciiAlnum(c) || (i > 0 && (c == '+' || c == '-' || c == '.'));
    if (!ok) return 0;
  }
  return 0;
}

}  // namespace

void GumboOutputDeleter::operator()(GumboOutput* output) const {
  if (output != nullptr) gumbo_destroy_output(&Options(), output);
}

GumboOutputPtr ParseHtml(std::string_view html) {
  return GumboOutputPtr(gumbo_parse_with_options(&Options(), html.data(), html.size()));
}

namespace {

// Calls emit(start, length) for each name token of `value` (NameTokens), in order:
// each word of ASCII letters and digits, then, when it is camelCase, its parts.
template <class Emit>
void ForEachNameToken(std::string_view value, Emit&& emit) {
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !IsAsciiAlnum(value[i])) ++i;
    const size_t start = i;
    while (i < value.size() && IsAsciiAlnum(value[i])) ++i;
    if (i == start) break;
    emit(start, i - start);
    // camelCase parts: "sideBar" -> "side", "bar".
    size_t part = start;
    bool split = false;
    for (size_t k = start + 1; k < i; ++k) {
      if (IsAsciiUpper(value[k]) && IsAsciiLower(value[k - 1])) {
        emit(part, k - part);
        part = k;
        split = true;
      }
    }
    if (split) emit(part, i - part);
  }
}

bool HasAsciiUpper(std::string_view s) { return std::any_of(s.begin(), s.end(), IsAsciiUpper); }

void LowerInPlace(std::string& s) {
  for (char& c : s) {
    if (IsAsciiUpper(c)) c = static_cast<char>(c + ('a' - 'A'));
  }
}

// Stores element `d`'s class/id tokens in `dom` (d.token_begin, d.token_count), or
// leaves d.tokens_stored false when they would take the page past
// kMaxStoredTokenBytes; `spent` counts the bytes stored so far.
void StoreClassIdTokens(FlatDom& dom, DomNode& d, size_t& spent) {
  const std::string_view class_attr = Attr(d.node, "class");
  const std::string_view id = Attr(d.node, "id");
  d.tokens_stored = true;
  if (class_attr.empty() && id.empty()) return;
  // A value of n bytes holds at most n + 1 tokens (a word of w bytes gives at most w +
  // 1 with its camel parts, and takes w bytes and a separator).
  const size_t bytes = class_attr.size() + id.size();
  const bool upper = HasAsciiUpper(class_attr) || HasAsciiUpper(id);
  const size_t at_most = (bytes + 2) * sizeof(std::string_view) + (upper ? sizeof(std::string) + bytes + 1 : 0);
  if (spent + at_most > kMaxStoredTokenBytes) {
    d.tokens_stored = false;
    return;
  }
  const size_t first = dom.tokens.size();
  d.token_begin = static_cast<uint32_t>(first);
  if (!upper) {
    const auto store = [&dom](std::string_view value) {
      ForEachNameToken(value, [&](size_t start, size_t length) { dom.tokens.push_back(value.substr(start, length)); });
    };
    store(class_attr);
    store(id);
  } else {
    // Tokens are read with their capitals (they split camelCase), then the copy is
    // lower-cased under them: a deque's strings stay where they are.
    std::string& joined = dom.lowered.emplace_back();
    joined.reserve(bytes + 1);
    joined.append(class_attr).append(" ").append(id);
    const std::string_view text = joined;
    ForEachNameToken(text, [&](size_t start, size_t length) { dom.tokens.push_back(text.substr(start, length)); });
    LowerInPlace(joined);
    spent += sizeof(std::string) + joined.capacity();
  }
  d.token_count = static_cast<uint32_t>(dom.tokens.size() - first);
  spent += d.token_count * sizeof(std::string_view);
}

// A framework's hiding class ("hidden", "d-none") or one of `sheet_hiding`, not made
// responsive by another class (defined below, beside IsHiddenElement).
bool HasHidingClass(std::string_view class_attr, const std::vector<std::string>* sheet_hiding = nullptr);

// What a block of declarations, squashed (SquashStyle), does to an element's display:
// the last `display` and the last `visibility` hold, as in the cascade of one rule
// (".x{display:none;display:flex}" shows it).
enum class Showing { kSays, kHides, kShows };
Showing ShowingOf(std::string_view declarations) {
  auto last_value = [&](std::string_view property) {
    std::string_view value;
    for (size_t at = declarations.find(property); at != std::string_view::npos; at = declarations.find(property, at + 1)) {
      if (at > 0 && declarations[at - 1] != ';' && declarations[at - 1] != '{') continue;  // "-webkit-display:", "xdisplay:"
      value = declarations.substr(at + property.size());
      value = value.substr(0, value.find(';'));
    }
    return value;
  };
  const std::string_view display = last_value("display:");
  const std::string_view visibility = last_value("visibility:");
  if (display.starts_with("none") || visibility.starts_with("hidden")) return Showing::kHides;
  if (!display.empty() || visibility.starts_with("visible")) return Showing::kShows;
  return Showing::kSays;
}

// A selector that is one class and nothing else (".u-hide"), its name; empty otherwise.
std::string_view LoneClass(std::string_view selector) {
  selector = TrimAscii(selector);
  if (selector.size() < 2 || selector.front() != '.') return {};
  const std::string_view name = selector.substr(1);
  for (const char c : name) {
    if (!IsAsciiAlnum(c) && c != '-' && c != '_') return {};
  }
  return name;
}

// The classes the page's own style sheets hide, lower-cased and sorted: a rule of lone
// class selectors at the top level (".u-hide{display:none!important}",
// ".a,.b{visibility:hidden}"), as a
// site hides the variant of a test it does not show or a module it switched off.
// A class that another rule names while it shows something (an @media block, where a
// rule holds at some screen sizes only; "#app .u-hide{display:block}") is left out:
// the element may be shown. Comments are skipped; a rule nested in an @-block hides
// nothing here.
std::vector<std::string> StyleSheetHidingClasses(const FlatDom& dom) {
  std::string css;  // the sheets' text, comments left out (one pass: a framework's sheet has thousands)
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& d = dom.nodes[i];
    if (d.is_text || d.tag != GUMBO_TAG_STYLE) continue;
    for (uint32_t k = static_cast<uint32_t>(i) + 1; k < d.end; ++k) {
      if (!dom.nodes[k].is_text) continue;
      const std::string_view sheet = NodeText(dom.nodes[k].node);
      for (size_t at = 0; at < sheet.size();) {
        const size_t open = sheet.find("/*", at);
        css.append(sheet.substr(at, open - at));
        if (open == std::string_view::npos) break;
        const size_t close = sheet.find("*/", open + 2);
        at = close == std::string_view::npos ? sheet.size() : close + 2;
      }
      css.push_back('\n');
    }
  }
  if (css.empty()) return {};
  std::vector<std::string> hiding, shown;
  // Every class a selector names, written into `out`.
  auto classes_of = [](std::string_view selector, std::vector<std::string>& out) {
    for (size_t dot = selector.find('.'); dot != std::string_view::npos; dot = selector.find('.', dot + 1)) {
      size_t end = dot + 1;
      while (end < selector.size() && (IsAsciiAlnum(selector[end]) || selector[end] == '-' || selector[end] == '_')) ++end;
      if (end > dot + 1) out.emplace_back(selector.substr(dot + 1, end - dot - 1));
    }
  };
  size_t depth = 0, at = 0;
  bool in_at_block = false;  // inside an @-block (depth counts its braces)
  while (at < css.size()) {
    const size_t brace = css.find_first_of("{};", at);
    if (brace == std::string::npos) break;
    const std::string_view head = TrimAscii(std::string_view(css).substr(at, brace - at));
    if (css[brace] == ';') {  // "@import …;", "@charset …;" or a stray declaration
      at = brace + 1;
      continue;
    }
    if (css[brace] == '}') {
      if (depth > 0 && --depth == 0) in_at_block = false;
      at = brace + 1;
      continue;
    }
    if (head.starts_with("@")) {
      ++depth;
      in_at_block = true;
      at = brace + 1;
      continue;
    }
    // A rule: its declarations run to the next '}'.
    const size_t close = css.find('}', brace + 1);
    const std::string declarations = SquashStyle(std::string_view(css).substr(
        brace + 1, (close == std::string::npos ? css.size() : close) - brace - 1));
    const Showing showing = ShowingOf(declarations);
    const bool hides = showing == Showing::kHides;
    const bool shows = showing == Showing::kShows;
    for (const std::string_view selector : Split(head, ',')) {
      if (hides && !in_at_block && !LoneClass(selector).empty()) {
        hiding.emplace_back(LoneClass(selector));
      } else if (shows) {
        classes_of(selector, shown);
      }
    }
    at = close == std::string::npos ? css.size() : close + 1;
  }
  // Sorted, so that neither this nor HasHidingClass costs the product of two lists
  // (a crafted sheet of tens of thousands of classes each way).
  std::sort(shown.begin(), shown.end());
  std::erase_if(hiding, [&](const std::string& c) { return std::binary_search(shown.begin(), shown.end(), c); });
  for (std::string& c : hiding) LowerInPlace(c);
  std::sort(hiding.begin(), hiding.end());
  hiding.erase(std::unique(hiding.begin(), hiding.end()), hiding.end());
  return hiding;
}

}  // namespace

FlatDom Flatten(const GumboOutput& output) {
  FlatDom dom;
  if (output.root == nullptr) return dom;
  size_t token_bytes = 0;
  std::vector<std::pair<const GumboNode*, uint32_t>> stack;
  stack.emplace_back(output.root, kNoNode);
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    if (dom.nodes.size() >= kNoNode - 1) break;  // cannot happen below 4 GiB of input
    const auto index = static_cast<uint32_t>(dom.nodes.size());
    DomNode& d = dom.nodes.emplace_back();
    d.node = node;
    d.parent = parent;
    d.end = index + 1;
    const GumboVector* children = nullptr;
    switch (node->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        d.tag = node->v.element.tag;
        d.hidden = IsHiddenElement(node);
        StoreClassIdTokens(dom, d, token_bytes);
        children = &node->v.element.children;
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        d.is_text = true;
        d.tokens_stored = true;  // none
        break;
      default:
        d.tokens_stored = true;
        break;
    }
    if (children == nullptr) continue;
    for (unsigned int k = children->length; k > 0; --k) {
      const auto* child = static_cast<const GumboNode*>(children->data[k - 1]);
      if (child->type == GUMBO_NODE_COMMENT || child->type == GUMBO_NODE_DOCUMENT) continue;
      stack.emplace_back(child, index);
    }
  }
  // Pre-order keeps each subtree contiguous, so a subtree ends where its last
  // descendant's range ends; children come after parents, so one reverse sweep does it.
  for (size_t i = dom.nodes.size(); i-- > 1;) {
    DomNode& parent = dom.nodes[dom.nodes[i].parent];
    if (dom.nodes[i].end > parent.end) parent.end = dom.nodes[i].end;
  }
  // The token store is complete: each element's tokens get their address in it.
  for (DomNode& d : dom.nodes) {
    if (d.token_count > 0) d.tokens = dom.tokens.data() + d.token_begin;
  }
  // An element of a class the page's own style sheet hides is hidden as by its markup,
  // unless its own style attribute, which a script sets to show it ("visibility:
  // visible"), shows it. A sheet that hides most of the page's paragraph text hides
  // the text until a script shows it, as a page that hides its <body> does: then
  // nothing is hidden by it.
  if (const std::vector<std::string> hiding = StyleSheetHidingClasses(dom); !hiding.empty()) {
    std::vector<uint8_t> hide(dom.nodes.size(), 0), under(dom.nodes.size(), 0), in_p(dom.nodes.size(), 0);
    size_t p_text = 0, hidden_p_text = 0;
    for (size_t i = 0; i < dom.nodes.size(); ++i) {
      const DomNode& d = dom.nodes[i];
      const bool root = d.parent == kNoNode;
      if (!d.is_text && !d.hidden && d.node->type == GUMBO_NODE_ELEMENT && HasHidingClass(Attr(d.node, "class"), &hiding)) {
        hide[i] = ShowingOf(SquashStyle(Attr(d.node, "style"))) != Showing::kShows;
      }
      under[i] = hide[i] || (!root && under[d.parent]);
      in_p[i] = (!d.is_text && d.tag == GUMBO_TAG_P) || (!root && in_p[d.parent]);
      if (d.is_text && in_p[i]) {
        const size_t bytes = TrimAscii(NodeText(d.node)).size();
        p_text += bytes;
        if (under[i]) hidden_p_text += bytes;
      }
    }
    if (hidden_p_text * 2 <= p_text) {
      for (size_t i = 0; i < dom.nodes.size(); ++i) {
        if (hide[i]) dom.nodes[i].hidden = true;
      }
    }
  }
  return dom;
}

namespace {

// A copy of `text`, NUL-terminated, from Gumbo's allocator (freed with the tree).
char* GumboString(std::string_view text) {
  auto* out = static_cast<char*>(Options().allocator(Options().userdata, text.size() + 1));
  std::memcpy(out, text.data(), text.size());
  out[text.size()] = '\0';
  return out;
}

// A vector of `length` slots from Gumbo's allocator.
GumboVector GumboSlots(unsigned int length) {
  GumboVector out;
  out.data = static_cast<void**>(Options().allocator(Options().userdata, sizeof(void*) * length));
  out.length = length;
  out.capacity = length;
  return out;
}

GumboAttribute* HrefAttribute(std::string_view href, const GumboSourcePosition& at) {
  auto* attr = static_cast<GumboAttribute*>(Options().allocator(Options().userdata, sizeof(GumboAttribute)));
  *attr = GumboAttribute{};
  attr->attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
  attr->name = GumboString("href");
  attr->value = GumboString(href);
  attr->name_start = attr->name_end = attr->value_start = attr->value_end = at;
  return attr;
}

}  // namespace

void MakeLink(GumboNode* element, std::string_view href) {
  if (element->type != GUMBO_NODE_ELEMENT) return;
  GumboElement& e = element->v.element;
  if (e.tag == GUMBO_TAG_A) {
    for (unsigned int k = 0; k < e.attributes.length; ++k) {
      auto* attr = static_cast<GumboAttribute*>(e.attributes.data[k]);
      if (std::string_view(attr->name) != "href") continue;
      Options().deallocator(Options().userdata, const_cast<char*>(attr->value));
      attr->value = GumboString(href);
      return;
    }
    GumboVector attributes = GumboSlots(e.attributes.length + 1);
    for (unsigned int k = 0; k < e.attributes.length; ++k) attributes.data[k] = e.attributes.data[k];
    attributes.data[e.attributes.length] = HrefAttribute(href, e.start_pos);
    Options().deallocator(Options().userdata, e.attributes.data);
    e.attributes = attributes;
    return;
  }
  auto* link = static_cast<GumboNode*>(Options().allocator(Options().userdata, sizeof(GumboNode)));
  *link = GumboNode{};
  link->type = GUMBO_NODE_ELEMENT;
  link->parent = element;
  link->index_within_parent = 0;
  link->parse_flags = GUMBO_INSERTION_BY_PARSER;
  GumboElement& a = link->v.element;
  a.tag = GUMBO_TAG_A;
  a.tag_namespace = GUMBO_NAMESPACE_HTML;
  a.start_pos = e.start_pos;
  a.end_pos = e.end_pos;
  a.attributes = GumboSlots(1);
  a.attributes.data[0] = HrefAttribute(href, e.start_pos);
  a.children = e.children;
  for (unsigned int k = 0; k < a.children.length; ++k) static_cast<GumboNode*>(a.children.data[k])->parent = link;
  e.children = GumboSlots(1);
  e.children.data[0] = link;
}

namespace {

// Whether the NUL-terminated `stored` equals `name` (lower case) when both are read
// in ASCII lower case: strcasecmp's answer, in one pass that stops at the first
// byte that differs.
bool SameAttributeName(const char* stored, std::string_view name) {
  for (const char c : name) {
    const char s = *stored++;
    if (s != c && (!IsAsciiUpper(s) || static_cast<char>(s + ('a' - 'A')) != c)) return false;
  }
  return *stored == '\0';
}

const GumboAttribute* FindAttribute(const GumboNode* node, std::string_view name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboVector& attributes = node->v.element.attributes;
  for (unsigned int k = 0; k < attributes.length; ++k) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[k]);
    if (SameAttributeName(attr->name, name)) return attr;
  }
  return nullptr;
}

}  // namespace

std::string_view Attr(const GumboNode* node, std::string_view name) {
  const GumboAttribute* attr = FindAttribute(node, name);
  if (attr == nullptr || attr->value == nullptr) return {};
  return attr->value;
}

bool HasAttr(const GumboNode* node, std::string_view name) { return FindAttribute(node, name) != nullptr; }

std::string_view NodeText(const GumboNode* node) {
  if (node->v.text.text == nullptr) return {};
  return node->v.text.text;
}

bool IsNonRenderedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

namespace {

// A utility class with a variant prefix ("md:flex", "aria-expanded:block"): 1 when
// it shows the element at a screen size (a breakpoint variant and a display
// value), -1 when it shows it only in a state a reader must bring about (opened,
// hovered, checked: "aria-expanded:block", "group-hover:flex"), 0 when it says
// nothing about display ("md:px-6").
int VariantDisplay(std::string_view name) {
  const size_t colon = name.rfind(':');
  std::string_view utility = name.substr(colon + 1);
  if (!utility.empty() && utility.front() == '!') utility.remove_prefix(1);
  static constexpr std::string_view kDisplay[] = {"block", "flex", "grid", "inline", "inline-block",
                                                  "inline-flex", "inline-grid", "table", "contents", "flow-root"};
  if (std::find(std::begin(kDisplay), std::end(kDisplay), utility) == std::end(kDisplay)) return 0;
  static constexpr std::string_view kScreens[] = {"sm", "md", "lg", "xl", "2xl", "xs", "xxl", "print"};
  const std::string_view variant = name.substr(0, colon);
  const std::string_view last = variant.substr(variant.rfind(':') == std::string_view::npos ? 0 : variant.rfind(':') + 1);
  const bool screen = std::find(std::begin(kScreens), std::end(kScreens), last) != std::end(kScreens) ||
                      last.starts_with("max-") || last.starts_with("min-") || last.starts_with("lg-") ||
                      last.starts_with("md-") || last.starts_with("sm-");
  return screen ? 1 : -1;
}

// The hiding classes of the common CSS frameworks and CMSs (Bootstrap, Tailwind,
// WordPress, Drupal, the HTML5 boilerplate), as whole class names. A class that
// shows the element again at some screen size ("d-md-block", "md:flex",
// "visible-lg") makes the hiding responsive: the element is then visible. One that
// shows it only once a reader opens it ("aria-expanded:block" on a collapsed tab
// panel) does not.
// Whether s[i] starts white space as CollapseWhitespace sees it (ASCII or Unicode);
// `next` is set past that character either way.
bool SpaceAt(std::string_view s, size_t i, size_t& next) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  next = i + 1;
  if (b < 0x80) return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
  next = i;
  return IsUnicodeSpace(NextCodePoint(s, next));
}

// `sheet_hiding`: classes the page's own style sheets hide (StyleSheetHidingClasses),
// lower-cased and sorted, read as the frameworks' are.
bool HasHidingClass(std::string_view class_attr, const std::vector<std::string>* sheet_hiding) {
  static constexpr std::string_view kHiding[] = {
      "hidden", "d-none", "is-hidden", "sr-only", "visually-hidden", "visuallyhidden",
      "screen-reader-text", "element-invisible", "u-hidden"};
  bool hiding = false;
  // The class names CollapseWhitespace and Split(' ') would give, read in place and
  // lower-cased into one reused buffer: this runs on nearly every element, several
  // times a page.
  std::string lower;
  size_t i = 0, next = 0;
  while (true) {
    while (i < class_attr.size() && SpaceAt(class_attr, i, next)) i = next;
    if (i >= class_attr.size()) break;
    const size_t start = i;
    while (i < class_attr.size() && !SpaceAt(class_attr, i, next)) i = next;
    lower.assign(class_attr.substr(start, i - start));
    for (char& c : lower) {
      if (IsAsciiUpper(c)) c = static_cast<char>(c + ('a' - 'A'));
    }
    if (lower.find(':') != std::string::npos) {
      if (VariantDisplay(lower) > 0) return false;
      continue;
    }
    if (lower.starts_with("visible") || (lower.starts_with("d-") && lower != "d-none")) return false;
    hiding = hiding || std::find(std::begin(kHiding), std::end(kHiding), std::string_view(lower)) != std::end(kHiding) ||
             (sheet_hiding != nullptr && std::binary_search(sheet_hiding->begin(), sheet_hiding->end(), lower));
  }
  return hiding;
}

}  // namespace

bool IsHiddenElement(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  // One pass over the attributes instead of a look-up per name; the first of a name
  // counts, as gumbo_get_attribute finds it.
  std::string_view aria_hidden, class_attr, style;
  bool have_aria = false, have_class = false, have_style = false;
  const GumboVector& attributes = node->v.element.attributes;
  for (unsigned int k = 0; k < attributes.length; ++k) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[k]);
    const std::string_view name = attr->name;
    const std::string_view value = attr->value == nullptr ? std::string_view() : std::string_view(attr->value);
    if (EqualsIgnoreCase(name, "hidden")) return true;
    if (!have_aria && EqualsIgnoreCase(name, "aria-hidden")) {
      have_aria = true;
      aria_hidden = value;
    } else if (!have_class && EqualsIgnoreCase(name, "class")) {
      have_class = true;
      class_attr = value;
    } else if (!have_style && EqualsIgnoreCase(name, "style")) {
      have_style = true;
      style = value;
    }
  }
  if (EqualsIgnoreCase(TrimAscii(aria_hidden), "true")) return true;
  if (HasHidingClass(class_attr)) return true;
  if (style.empty()) return false;
  const std::string squashed = SquashStyle(style);
  return squashed.find("display:none") != std::string::npos ||
         squashed.find("visibility:hidden") != std::string::npos;
}

NameTokenList::NameTokenList(std::string_view value) {
  std::string_view text = value;
  if (HasAsciiUpper(value)) {
    lowered_.assign(value);
    LowerInPlace(lowered_);
    text = lowered_;
  }
  ForEachNameToken(value, [&](size_t start, size_t length) { owned_.push_back(text.substr(start, length)); });
  view_ = owned_;
}

NameTokenList::NameTokenList(std::string&& value) : lowered_(std::move(value)) {
  // Read with the capitals (they split camelCase), then lower-cased under the views.
  const std::string_view text = lowered_;
  ForEachNameToken(text, [&](size_t start, size_t length) { owned_.push_back(text.substr(start, length)); });
  LowerInPlace(lowered_);
  view_ = owned_;
}

NameTokenList NameTokens(std::string_view value) { return NameTokenList(value); }

NameTokenList ClassIdTokens(const GumboNode* node) {
  const std::string_view class_attr = Attr(node, "class");
  const std::string_view id = Attr(node, "id");
  if (class_attr.empty() && id.empty()) return NameTokenList();
  if (id.empty()) return NameTokenList(class_attr);
  if (class_attr.empty()) return NameTokenList(id);
  // Joined by a space, the two values tokenize as one after the other.
  std::string joined;
  joined.reserve(class_attr.size() + id.size() + 1);
  joined.append(class_attr).append(" ").append(id);
  return NameTokenList(std::move(joined));
}

NameTokenList ClassIdTokens(const DomNode& d) {
  if (d.tokens_stored) return NameTokenList(std::span<const std::string_view>(d.tokens, d.token_count));
  return ClassIdTokens(d.node);
}

bool HasToken(std::span<const std::string_view> tokens, std::initializer_list<std::string_view> wanted) {
  for (const std::string_view t : tokens) {
    for (const std::string_view w : wanted) {
      if (t == w) return true;
    }
  }
  return false;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

std::string VisibleText(const FlatDom& dom, uint32_t index, size_t max_bytes) {
  std::string raw;
  const uint32_t end = dom.nodes[index].end;
  for (uint32_t i = index; i < end && raw.size() < max_bytes;) {
    const DomNode& d = dom.nodes[i];
    if (d.is_text) {
      raw.append(NodeText(d.node));
      ++i;
      continue;
    }
    if (i != index && (IsNonRenderedTag(d.tag) || d.hidden)) {
      i = d.end;
      continue;
    }
    if (IsBlockTag(d.tag) || d.tag == GUMBO_TAG_BR) raw.push_back(' ');
    ++i;
  }
  return CollapseWhitespace(raw);
}

bool IsAuthorSectionSegment(std::string_view segment, bool with_people) {
  static constexpr std::string_view kSections[] = {
      "author", "authors", "autor", "autoren", "autorin", "autores", "autore", "autori", "autorzy", "avtor",
      "avtori", "auteur", "auteurs", "yazar", "yazarlar", "journalist", "journalists", "journalisten",
      "journaliste", "journalistes", "redaktion", "redakteur", "redaktor", "redaktori", "writer", "writers",
      "contributor", "contributors", "columnist", "columnists", "kolumnisten", "reporter", "reporters", "penulis",
      "wartawan", "szerzo", "szerzok", "giornalisti", "periodistas", "jornalistas", "editor", "editors", "by"};
  static constexpr std::string_view kPeople[] = {"profile", "profiles", "people", "staff"};
  if (std::find(std::begin(kSections), std::end(kSections), segment) != std::end(kSections)) return true;
  return with_people && std::find(std::begin(kPeople), std::end(kPeople), segment) != std::end(kPeople);
}

bool IsSocialAccountLink(std::string_view href) {
  static constexpr std::string_view kHosts[] = {"facebook.com",  "twitter.com", "x.com",         "instagram.com",
                                                "linkedin.com",  "youtube.com", "tiktok.com",    "threads.net",
                                                "bsky.app",      "t.me",        "telegram.me",   "vk.com",
                                                "pinterest.com", "tumblr.com",  "flipboard.com", "plus.google.com",
                                                "snapchat.com",  "whatsapp.com"};
  const std::string host = AsciiLower(UrlHost(href));
  return std::any_of(std::begin(kHosts), std::end(kHosts), [&](std::string_view h) {
    return host == h || (host.size() > h.size() && host.ends_with(h) && host[host.size() - h.size() - 1] == '.');
  });
}

bool IsTeaserHeadlineLink(const FlatDom& dom, uint32_t index, bool (*is_author_page)(std::string_view href)) {
  const DomNode& d = dom.nodes[index];
  if (d.is_text || d.tag != GUMBO_TAG_A) return false;
  const std::string_view href = TrimAscii(Attr(d.node, "href"));
  if (href.empty() || href.front() == '#' || href.starts_with("mailto:") || href.starts_with("javascript:") ||
      is_author_page(href)) {
    return false;
  }
  return CountWords(VisibleText(dom, index, 400)) >= kMinTeaserHeadlineWords;
}

std::string ResolveUrl(std::string_view base, std::string_view href) {
  href = TrimAscii(href);
  if (href.empty()) return {};
  const size_t scheme_len = SchemeLength(href);
  if (scheme_len > 0) {
    const std::string scheme = AsciiLower(href.substr(0, scheme_len));
    if (scheme == "javascript" || scheme == "mailto" || scheme == "tel" ||
        scheme == "data" || scheme == "sms" || scheme == "about") {
      return {};
    }
    return std::string(href);
  }
  const size_t base_scheme = SchemeLength(base);
  if (base_scheme == 0 || base.substr(base_scheme, 3) != "://") return std::string(href);
  const size_t host_start = base_scheme + 3;
  size_t host_end = base.find_first_of("/?#", host_start);
  if (host_end == std::string_view::npos) host_end = base.size();
  if (href.substr(0, 2) == "//") return std::string(base.substr(0, base_scheme + 1)) + std::string(href);
  if (href.front() == '/') return std::string(base.substr(0, host_end)) + std::string(href);
  const std::string_view no_fragment = base.substr(0, base.find('#'));
  if (href.front() == '#') return std::string(no_fragment) + std::string(href);
  const std::string_view no_query = no_fragment.substr(0, no_fragment.find('?'));
  if (href.front() == '?') return std::string(no_query) + std::string(href);
  // Path-relative: replace the last path segment, then fold "./" and "../".
  std::string path(no_query.substr(host_end));
  path.erase(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  if (path.empty()) path = "/";
  path.append(href);
  std::string folded;
  std::vector<size_t> segment_starts;
  for (size_t i = 0; i < path.size();) {
    size_t next = path.find('/', i + 1);
    if (next == std::string::npos || path.find_first_of("?#", i) < next) next = std::string::npos;
    const std::string_view segment =
        std::string_view(path).substr(i, next == std::string::npos ? std::string::npos : next - i);
    if (segment == "/.") {
      if (next == std::string::npos) folded.push_back('/');
    } else if (segment == "/..") {
      if (!segment_starts.empty()) {
        folded.resize(segment_starts.back());
        segment_starts.pop_back();
      }
      if (next == std::string::npos) folded.push_back('/');
    } else {
      segment_starts.push_back(folded.size());
      folded.append(segment);
    }
    if (next == std::string::npos) break;
    i = next;
  }
  return std::string(base.substr(0, host_end)) + folded;
}

}  // namespace provscore::internal
