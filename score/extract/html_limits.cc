#include "score/extract/html_limits.h"

#include <unordered_map>

#include "base/text.h"

namespace provscore::internal {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (const std::string_view n : names) {
    if (name == n) return true;
  }
  return false;
}

// Elements whose content the tokenizer reads as text up to the matching end tag.
bool IsRawTextElement(std::string_view lower_name) {
  return IsOneOf(lower_name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// HTML elements that do not stay open around what follows them: void elements,
// and those the tree builder closes by itself when a sibling starts (p, li, td, ...)
// or never nests (html, head, body). Counting them as open would make a page of
// unclosed <p> look a thousand levels deep.
bool DoesNotNest(std::string_view lower_name) {
  return IsOneOf(lower_name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
                              "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
                              "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
                              "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
                              "frameset"});
}

bool IsHeading(std::string_view n) { return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6'; }

// Position of the first "</name" (any case) at or after `from`, or html.size().
size_t FindEndTag(std::string_view html, std::string_view lower_name, size_t from) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (EqualsIgnoreCase(html.substr(i + 2, lower_name.size()), lower_name)) return i;
  }
  return html.size();
}

// A span [begin, end) of the input to leave out.
struct Cut {
  size_t begin;
  size_t end;
};

struct OpenElement {
  std::string name;  // lower case
  bool foreign;      // inside <svg> or <math>: "/>" closes, every element nests
};

}  // namespace

HtmlCuts ApplyHtmlLimits(std::string_view html, const HtmlLimits& limits, std::string* limited) {
  HtmlCuts result;
  std::vector<Cut> cuts;
  std::vector<OpenElement> open;
  std::unordered_map<std::string, size_t> flattened_open;  // flattened start tags whose end tag is still to come
  size_t unlinked_open = 0;
  size_t elements = 0;
  size_t links = 0;
  const size_t n = html.size();
  size_t i = 0;
  while (i < n) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      const size_t close = html.find("-->", lt + 4);
      i = close == std::string_view::npos ? n : close + 3;
      continue;
    }
    size_t p = lt + 1;
    const bool end_tag = html[p] == '/';
    if (end_tag) ++p;
    if (p >= n || !IsAsciiAlpha(html[p])) {
      i = lt + 1;
      continue;
    }
    if (!end_tag && limits.max_nodes > 0 && ++elements > limits.max_nodes) {
      result.cut_at = lt;
      break;
    }
    const size_t name_start = p;
    while (p < n && !IsTagSpace(html[p]) && html[p] != '/' && html[p] != '>') ++p;
    const std::string name = AsciiLower(html.substr(name_start, p - name_start));
    // Attributes, as the tokenizer's attribute states read them.
    size_t count = 0;
    size_t attr_cut_begin = std::string_view::npos;
    while (p < n && html[p] != '>') {
      if (IsTagSpace(html[p]) || html[p] == '/') {
        ++p;
        continue;
      }
      const size_t attr_start = p;
      ++p;  // the first character of a name may be '='
      while (p < n && !IsTagSpace(html[p]) && html[p] != '/' && html[p] != '>' && html[p] != '=') ++p;
      size_t q = p;
      while (q < n && IsTagSpace(html[q])) ++q;
      if (q < n && html[q] == '=') {
        ++q;
        while (q < n && IsTagSpace(html[q])) ++q;
        if (q < n && (html[q] == '"' || html[q] == '\'')) {
          const size_t close = html.find(html[q], q + 1);
          q = close == std::string_view::npos ? n : close + 1;
        } else {
          while (q < n && !IsTagSpace(html[q]) && html[q] != '>') ++q;
        }
        p = q;
      }
      if (limits.max_attributes > 0 && ++count == limits.max_attributes + 1) attr_cut_begin = attr_start;
    }
    const size_t tag_end = p < n ? p + 1 : n;
    const bool self_closing = p < n && p > name_start && html[p - 1] == '/';
    i = tag_end;
    bool drop_tag = false;  // the whole tag goes
    if (end_tag) {
      if (name == "a" && unlinked_open > 0) {
        --unlinked_open;
        drop_tag = true;
      } else if (auto it = flattened_open.find(name); it != flattened_open.end() && it->second > 0) {
        --it->second;
        drop_tag = true;
      } else {
        for (size_t k = open.size(); k-- > 0;) {
          if (open[k].name == name) {
            open.resize(k);
            break;
          }
        }
      }
    } else {
      const bool foreign = (!open.empty() && open.back().foreign) || name == "svg" || name == "math";
      if (!foreign && !open.empty() && ((name == "a" && open.back().name == "a") ||
                                        (IsHeading(name) && IsHeading(open.back().name)))) {
        open.pop_back();  // the parser closes the open link or heading first
      }
      if (name == "a" && limits.max_links > 0 && ++links > limits.max_links) {
        ++result.links_unlinked;
        ++unlinked_open;
        drop_tag = true;
      } else if (foreign ? !self_closing : !DoesNotNest(name)) {
        if (limits.max_depth > 0 && open.size() >= limits.max_depth) {
          ++result.tags_flattened;
          ++flattened_open[name];
          drop_tag = true;
        } else {
          open.push_back({name, foreign});
        }
      }
      if (!drop_tag && !foreign && IsRawTextElement(name)) i = FindEndTag(html, name, i);
    }
    if (drop_tag) {
      cuts.push_back({lt, tag_end});
    } else if (attr_cut_begin != std::string_view::npos) {
      cuts.push_back({attr_cut_begin, p});
      result.attributes_removed += count - limits.max_attributes;
    }
  }
  if (!result.Any()) return result;
  const size_t end = result.cut_at == std::string::npos ? n : result.cut_at;
  limited->clear();
  limited->reserve(end);
  size_t from = 0;
  for (const Cut& cut : cuts) {
    limited->append(html.substr(from, cut.begin - from));
    from = cut.end;
  }
  limited->append(html.substr(from, end - from));
  return result;
}

std::vector<std::string> HtmlCuts::Describe(const HtmlLimits& limits, size_t input_bytes) const {
  std::vector<std::string> out;
  if (attributes_removed > 0) {
    out.push_back("max_attributes_per_element (" + std::to_string(limits.max_attributes) + ") removed " +
                  std::to_string(attributes_removed) + " attributes before parsing");
  }
  if (tags_flattened > 0) {
    out.push_back("max_depth (" + std::to_string(limits.max_depth) + ") flattened " + std::to_string(tags_flattened) +
                  " elements nested deeper (their content was kept one level up)");
  }
  if (links_unlinked > 0) {
    out.push_back("max_links (" + std::to_string(limits.max_links) + ") unlinked " + std::to_string(links_unlinked) +
                  " links after the first " + std::to_string(limits.max_links) + " (their anchor text was kept)");
  }
  if (cut_at != std::string::npos) {
    out.push_back("max_nodes (" + std::to_string(limits.max_nodes) + ") cut the page at byte " +
                  std::to_string(cut_at) + " of " + std::to_string(input_bytes) + ", before element " +
                  std::to_string(limits.max_nodes + 1));
  }
  return out;
}

size_t CapAttributes(std::string_view html, size_t max_attributes, std::string* capped) {
  HtmlLimits limits;
  limits.max_attributes = max_attributes;
  limits.max_depth = 0;
  limits.max_nodes = 0;
  limits.max_links = 0;
  return ApplyHtmlLimits(html, limits, capped).attributes_removed;
}

}  // namespace provscore::internal
