#include "score/internal/html_limits.h"

#include <vector>

#include "base/text.h"

namespace provscore::internal {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements whose content the tokenizer reads as text up to the matching end tag.
bool IsRawTextElement(std::string_view lower_name) {
  static constexpr std::string_view kRaw[] = {"script", "style", "textarea", "title",
                                              "xmp", "iframe", "noembed", "noframes"};
  for (const std::string_view raw : kRaw) {
    if (lower_name == raw) return true;
  }
  return false;
}

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

}  // namespace

size_t CapAttributes(std::string_view html, size_t max_attributes, std::string* capped) {
  std::vector<Cut> cuts;
  size_t removed = 0;
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
    const size_t name_start = p;
    while (p < n && !IsTagSpace(html[p]) && html[p] != '/' && html[p] != '>') ++p;
    const std::string lower_name = AsciiLower(html.substr(name_start, p - name_start));
    // Attributes, as the tokenizer's attribute states read them.
    size_t count = 0;
    size_t cut_begin = std::string_view::npos;
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
      if (++count == max_attributes + 1) cut_begin = attr_start;
    }
    if (cut_begin != std::string_view::npos) {
      cuts.push_back({cut_begin, p});
      removed += count - max_attributes;
    }
    i = p < n ? p + 1 : n;
    if (!end_tag && IsRawTextElement(lower_name)) i = FindEndTag(html, lower_name, i);
  }
  if (cuts.empty()) return 0;
  capped->clear();
  capped->reserve(n);
  size_t from = 0;
  for (const Cut& cut : cuts) {
    capped->append(html.substr(from, cut.begin - from));
    from = cut.end;
  }
  capped->append(html.substr(from));
  return removed;
}

}  // namespace provscore::internal
