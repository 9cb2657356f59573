#include "score/rules/class_narrowing.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "base/text.h"
#include "score/rules/regex_prefilter.h"

namespace provscore::internal {
namespace {

struct GroupRange {
  char32_t first;
  char32_t last;
  ScriptGroups group;  // kCommonScripts: in every group
};

// The script groups' blocks, sorted and disjoint (a script group holds only the code
// points of its blocks that RE2 assigns: UnassignedInScriptGroups). Whatever is not
// listed (Latin Extended-C/D/E, Ethiopic, Cherokee, historic scripts, the CJK
// ideographs of extensions B-G: 70 k rare code points that would treble the cost of
// reading a class's members for the CJK group) is in no group: a text holding it
// gets the full regex.
constexpr GroupRange kGroupRanges[] = {
    {0x0000, 0x036F, kCommonScripts},   // ASCII, Latin-1, Latin Extended-A/B, IPA, modifiers, combining marks
    {0x0370, 0x058F, kGreekCyrillic},   // Greek, Cyrillic (and its supplement), Armenian
    {0x0590, 0x08FF, kHebrewArabic},    // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
    {0x0900, 0x109F, kSouthAsian},      // Devanagari ... Sinhala, Thai, Lao, Tibetan, Myanmar
    {0x10A0, 0x10FF, kGreekCyrillic},   // Georgian
    {0x1100, 0x11FF, kCjk},             // Hangul Jamo
    {0x1780, 0x17FF, kSouthAsian},      // Khmer
    {0x19E0, 0x19FF, kSouthAsian},      // Khmer symbols
    {0x1AB0, 0x1AFF, kCommonScripts},   // combining marks extended
    {0x1C80, 0x1CBF, kGreekCyrillic},   // Cyrillic Extended-C, Georgian Extended
    {0x1CD0, 0x1CFF, kSouthAsian},      // Vedic extensions
    {0x1D00, 0x1EFF, kCommonScripts},   // phonetic extensions, combining marks supplement, Latin Extended Additional
    {0x1F00, 0x1FFF, kGreekCyrillic},   // Greek Extended
    {0x2000, 0x2BFF, kCommonScripts},   // punctuation, super/subscripts, currency, letterlike, arrows, math, shapes, dingbats
    {0x2D00, 0x2D2F, kGreekCyrillic},   // Georgian supplement
    {0x2DE0, 0x2DFF, kGreekCyrillic},   // Cyrillic Extended-A
    {0x2E00, 0x2E7F, kCommonScripts},   // supplemental punctuation
    {0x2E80, 0x2FFF, kCjk},             // CJK radicals, Kangxi, ideographic description
    {0x3000, 0x303F, kCommonScripts},   // CJK symbols and punctuation
    {0x3040, 0x9FFF, kCjk},             // kana, Bopomofo, Hangul compatibility, CJK ideographs
    {0xA640, 0xA69F, kGreekCyrillic},   // Cyrillic Extended-B
    {0xA830, 0xA83F, kSouthAsian},      // Indic number forms
    {0xA8E0, 0xA8FF, kSouthAsian},      // Devanagari extended
    {0xA960, 0xA97F, kCjk},             // Hangul Jamo Extended-A
    {0xA9E0, 0xA9FF, kSouthAsian},      // Myanmar Extended-B
    {0xAA60, 0xAA7F, kSouthAsian},      // Myanmar Extended-A
    {0xAC00, 0xD7FF, kCjk},             // Hangul syllables, Jamo Extended-B
    {0xE000, 0xF8FF, kCommonScripts},   // private use
    {0xF900, 0xFAFF, kCjk},             // CJK compatibility ideographs
    {0xFB00, 0xFB06, kCommonScripts},   // Latin ligatures
    {0xFB13, 0xFB17, kGreekCyrillic},   // Armenian ligatures
    {0xFB1D, 0xFDFF, kHebrewArabic},    // Hebrew and Arabic presentation forms
    {0xFE00, 0xFE0F, kCommonScripts},   // variation selectors
    {0xFE20, 0xFE2F, kCommonScripts},   // combining half marks
    {0xFE30, 0xFE4F, kCjk},             // CJK compatibility forms
    {0xFE50, 0xFE6F, kCommonScripts},   // small form variants
    {0xFE70, 0xFEFE, kHebrewArabic},    // Arabic presentation forms-B
    {0xFEFF, 0xFEFF, kCommonScripts},   // byte order mark
    {0xFF00, 0xFFEF, kCommonScripts},   // halfwidth and fullwidth forms
    {0xFFF0, 0xFFFD, kCommonScripts},   // specials
    {0x10400, 0x1044F, kCommonScripts},  // Deseret: {OUTLET} sentinels
    {0x17000, 0x18AFF, kCommonScripts},  // Tangut: {OUTLET} sentinels
    {0x1B000, 0x1B16F, kCjk},            // kana supplement and extended
    {0x1F000, 0x1FAFF, kCommonScripts},  // tiles, cards, enclosed forms, emoji, symbols
    {0xE0000, 0xE01EF, kCommonScripts},  // tags, variation selectors supplement
    {0xF0000, 0xF07FF, kCommonScripts},  // plane 15 private use: {OUTLET} sentinels of one code point
};

// The block group of a code point (kGroupRanges), or kAllScripts when in none.
ScriptGroups BlockGroupOf(char32_t cp) {
  const auto* end = std::end(kGroupRanges);
  const auto* it = std::upper_bound(std::begin(kGroupRanges), end, cp,
                                    [](char32_t c, const GroupRange& r) { return c < r.first; });
  if (it == std::begin(kGroupRanges)) return kAllScripts;
  --it;
  return cp <= it->last ? it->group : kAllScripts;
}

// The code point that starts at s[i] (valid UTF-8, as ProbeText writes it).
char32_t CodePointAt(std::string_view s, size_t i) { return NextCodePoint(s, i); }

// The code point that ends at s[end - 1].
char32_t CodePointBefore(std::string_view s, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return CodePointAt(s, start);
}

// Code point ranges, sorted; right on every code point of the probe text they were
// read from (what lies between its pieces is left to chance).
using Ranges = std::vector<std::pair<char32_t, char32_t>>;

// The runs of `probe` (valid UTF-8, code points ascending) that `members` matches,
// as code point ranges: `members` and `others` are a class and its complement,
// each under `+`. Anchored, run after run: an unanchored search over the probe
// text is a hundred times slower (RE2's DFA over a large class), one search per
// code point a thousand times more searches.
Ranges ReadRuns(const RE2& members, const RE2& others, std::string_view probe) {
  Ranges ranges;
  re2::StringPiece m;
  for (size_t pos = 0; pos < probe.size();) {
    if (others.ok() && others.Match(probe, pos, probe.size(), RE2::ANCHOR_START, &m, 1)) {
      pos += m.size();
      continue;
    }
    if (!members.Match(probe, pos, probe.size(), RE2::ANCHOR_START, &m, 1)) {
      do {  // in neither (never seen): not a member
        ++pos;
      } while (pos < probe.size() && (static_cast<unsigned char>(probe[pos]) & 0xC0) == 0x80);
      continue;
    }
    ranges.emplace_back(CodePointAt(probe, pos), CodePointBefore(probe, pos + m.size()));
    pos += m.size();
  }
  return ranges;
}

// The code points of the four script groups' blocks that RE2's Unicode tables give
// no general category (unassigned: in none of \p{L}, \p{M}, \p{N}, \p{P}, \p{S},
// \p{Z}, \p{C}), sorted; read once per process. They are in no group: a class's
// members then come in far fewer runs (the Indic blocks are full of holes, each of
// which split a run of \p{L} in two: the South Asian group's letters and marks are
// ~140 runs with them, ~30 without), and a text holding one gets the regex as
// written. The common code points keep theirs (emoji newer than RE2's tables).
const Ranges& UnassignedInScriptGroups() {
  static const Ranges* unassigned = [] {
    std::string probe;
    for (const GroupRange& r : kGroupRanges) {
      if (r.group == kCommonScripts) continue;
      for (char32_t cp = r.first; cp <= r.last; ++cp) AppendUtf8(cp, probe);
    }
    const std::string assigned = "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Z}\\p{C}]";
    const RE2 others("(?-i:" + assigned + ")+");
    const RE2 members("(?-i:[^" + assigned.substr(1) + ")+");
    return new Ranges(ReadRuns(members, others, probe));  // never destroyed: read by worker threads until exit
  }();
  return *unassigned;
}

bool IsUnassignedInScriptGroup(char32_t cp) {
  const Ranges& unassigned = UnassignedInScriptGroups();
  auto it = std::upper_bound(unassigned.begin(), unassigned.end(), cp,
                             [](char32_t c, const std::pair<char32_t, char32_t>& r) { return c < r.first; });
  return it != unassigned.begin() && cp <= (it - 1)->second;
}

// The group of a code point, or kAllScripts when in none.
ScriptGroups GroupOf(char32_t cp) {
  const ScriptGroups group = BlockGroupOf(cp);
  if (group == kCommonScripts || group == kAllScripts) return group;
  return IsUnassignedInScriptGroup(cp) ? kAllScripts : group;
}

// Every code point of the common scripts and of `groups`, ascending, in UTF-8.
std::string ProbeText(ScriptGroups groups) {
  std::string out;
  for (const GroupRange& r : kGroupRanges) {
    if (r.group != kCommonScripts && (r.group & groups) == 0) continue;
    for (char32_t cp = r.first; cp <= r.last; ++cp) {
      if (r.group == kCommonScripts || !IsUnassignedInScriptGroup(cp)) AppendUtf8(cp, out);
    }
  }
  return out;
}

void AppendCodePointEscape(char32_t cp, std::string& out) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(cp));
  out += buf;
}

void AppendRange(char32_t first, char32_t last, std::string& out) {
  AppendCodePointEscape(first, out);
  if (last != first) {
    out += '-';
    AppendCodePointEscape(last, out);
  }
}

// The complement of a class as written: [X] and [^X], \p{X} and \P{X}, \pX and \PX.
// RE2 negates a class after folding its members (parse.cc), so under any case
// folding the two split every code point between them.
std::string Complement(std::string_view cls) {
  std::string out(cls);
  if (cls[0] == '[') {
    if (cls.size() > 1 && cls[1] == '^') {
      out.erase(1, 1);
    } else {
      out.insert(1, 1, '^');
    }
  } else {
    out[1] = cls[1] == 'p' ? 'P' : 'p';
  }
  return out;
}

// A class as RE2 reads it under one case folding: runs of its members, and runs of
// the rest, each matched anchored.
struct ClassProbe {
  std::unique_ptr<RE2> members;
  std::unique_ptr<RE2> others;
};

// Per process: each class's members as read from RE2, and each narrowed class.
struct NarrowCache {
  std::mutex mu;
  std::array<std::string, kAllScripts> probe_text;  // per groups, built on first use
  std::map<std::pair<bool, std::string>, ClassProbe> probes;  // (folded, class), compiled on first use
  std::map<std::tuple<ScriptGroups, bool, std::string>, Ranges> members;
  std::map<std::tuple<ScriptGroups, bool, std::string>, std::string> classes;
};

NarrowCache& Cache() {
  static NarrowCache* cache = new NarrowCache;  // never destroyed: used by worker threads until exit
  return *cache;
}

// The members of the class `cls` (a [...] class or a lone \p escape) read with case
// folding `folded`, among the code points of `groups`: maximal runs of consecutive
// code points of the probe text (a run may span code points outside the groups,
// which no such text holds). nullopt when RE2 rejects the class. Called under
// cache.mu.
std::optional<Ranges> ReadMembers(NarrowCache& cache, std::string_view cls, bool folded, ScriptGroups groups) {
  const auto key = std::make_tuple(groups, folded, std::string(cls));
  if (auto it = cache.members.find(key); it != cache.members.end()) return it->second;
  std::string& probe = cache.probe_text[groups];
  if (probe.empty()) probe = ProbeText(groups);
  ClassProbe& class_probe = cache.probes[{folded, std::string(cls)}];
  if (!class_probe.members) {
    RE2::Options options;
    options.set_log_errors(false);
    const std::string flags = folded ? "(?i:" : "(?-i:";
    class_probe.members = std::make_unique<RE2>(flags + std::string(cls) + ")+", options);
    class_probe.others = std::make_unique<RE2>(flags + Complement(cls) + ")+", options);
  }
  const RE2& members = *class_probe.members;
  const RE2& others = *class_probe.others;
  if (!members.ok()) return std::nullopt;
  Ranges ranges = ReadRuns(members, others, probe);
  cache.members.emplace(key, ranges);
  return ranges;
}

// The union of sorted range lists, sorted, overlapping and adjacent ranges merged.
Ranges Union(Ranges ranges) {
  std::sort(ranges.begin(), ranges.end());
  Ranges out;
  for (const auto& r : ranges) {
    if (!out.empty() && r.first <= out.back().second + 1) {
      out.back().second = std::max(out.back().second, r.second);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

// Every code point that sorted, merged `ranges` leave out.
Ranges Complement(const Ranges& ranges) {
  Ranges out;
  char32_t next = 0;
  for (const auto& [first, last] : ranges) {
    if (first > next) out.emplace_back(next, first - 1);
    next = last + 1;
  }
  if (next <= 0x10FFFF) out.emplace_back(next, 0x10FFFF);
  return out;
}

// A bracket class split into what RE2 folds item by item: its \p/\P escapes, and a
// class of the rest ("" when none). RE2 reads a class as the union of its items,
// each folded alone, negated last (parse.cc), so its members are the union of the
// parts' (each read once for every class that holds it: \p{L} is in dozens).
// False when the class cannot be split (not a bracket class, no \p escape, or a '-'
// next to one that could join what is left into a range).
bool SplitClass(std::string_view cls, bool* negated, std::vector<std::string_view>* escapes, std::string* rest) {
  if (cls.size() < 3 || cls.front() != '[' || cls.back() != ']') return false;
  size_t i = 1;
  *negated = cls[i] == '^';
  if (*negated) ++i;
  const size_t first = i;
  rest->clear();
  if (cls[i] == ']') *rest += cls[i++];  // a leading ']' is a literal
  const size_t end = cls.size() - 1;
  while (i < end) {
    if (cls[i] == '[' && i + 1 < end && cls[i + 1] == ':') {
      const size_t close = cls.find(":]", i + 2);
      const size_t n = (close == std::string_view::npos ? end : close + 2) - i;
      rest->append(cls.substr(i, n));
      i += n;
      continue;
    }
    if (cls[i] != '\\') {
      *rest += cls[i++];
      continue;
    }
    size_t n = EscapeLength(cls, i);
    const bool property = i + 1 < end && (cls[i + 1] == 'p' || cls[i + 1] == 'P');
    if (property && n == 2) n = 3;  // \pL: a one-letter name
    if (!property) {
      rest->append(cls.substr(i, n));
      i += n;
      continue;
    }
    const bool dash_before = i > first && cls[i - 1] == '-';
    const bool dash_after = i + n < end && cls[i + n] == '-' && i + n + 1 < end;
    if (dash_before || dash_after || i + n > end) return false;
    escapes->push_back(cls.substr(i, n));
    i += n;
  }
  // A rest that opens with '^' would read as a negated class.
  return !escapes->empty() && (rest->empty() || (*rest)[0] != '^');
}

// The replacement for the class `cls` (a [...] class or a lone \p escape) read with
// case folding `folded`, cut to the code points of `groups` (case-sensitive ranges).
// Empty when RE2 rejects it.
std::string Narrowed(std::string_view cls, bool folded, ScriptGroups groups) {
  NarrowCache& cache = Cache();
  std::lock_guard<std::mutex> lock(cache.mu);
  const auto key = std::make_tuple(groups, folded, std::string(cls));
  if (auto it = cache.classes.find(key); it != cache.classes.end()) return it->second;
  std::optional<Ranges> members;
  bool negated = false;
  std::vector<std::string_view> escapes;
  std::string rest;
  if (SplitClass(cls, &negated, &escapes, &rest)) {
    Ranges all;
    bool ok = true;
    if (!rest.empty()) escapes.push_back(rest = "[" + rest + "]");
    for (const std::string_view part : escapes) {
      const std::optional<Ranges> part_members = ReadMembers(cache, part, folded, groups);
      if (!part_members) {
        ok = false;
        break;
      }
      all.insert(all.end(), part_members->begin(), part_members->end());
    }
    if (ok) members = negated ? Complement(Union(std::move(all))) : Union(std::move(all));
  }
  if (!members) members = ReadMembers(cache, cls, folded, groups);
  std::string out;
  if (members) {
    out = folded ? "(?-i:[" : "[";
    bool any = false;
    for (const auto& [first, last] : *members) {
      // UTF-8 cannot hold the surrogates: a range across them is cut around them.
      if (first < 0xD800) {
        AppendRange(first, std::min<char32_t>(last, 0xD7FF), out);
        any = true;
      }
      if (last > 0xDFFF) {
        AppendRange(std::max<char32_t>(first, 0xE000), last, out);
        any = true;
      }
    }
    if (!any) out += "^\\x{0}-\\x{10FFFF}";  // no member: matches nothing
    out += folded ? "])" : "]";
  }
  cache.classes.emplace(key, out);
  return out;
}

// Whether the class at p[at, at + len) names a Unicode class (\p or \P inside).
bool NamesUnicodeClass(std::string_view p, size_t at, size_t len) {
  for (size_t i = at + 1; i < at + len;) {
    if (p[i] != '\\') {
      ++i;
      continue;
    }
    if (i + 1 < p.size() && (p[i + 1] == 'p' || p[i + 1] == 'P')) return true;
    i += EscapeLength(p, i);
  }
  return false;
}

// Reads the flags of a group opened at p[at] ("(?i)", "(?-i:", "(?im-s:", "(?P<n>",
// "(?:", "("): whether it opens a group, and the case folding in force after it.
// Returns the length of the group's opening syntax.
size_t GroupOpening(std::string_view p, size_t at, bool folded, bool* opens_group, bool* folded_after) {
  *opens_group = true;
  *folded_after = folded;
  if (at + 1 >= p.size() || p[at + 1] != '?') return 1;
  size_t i = at + 2;
  if (i < p.size() && (p[i] == 'P' || p[i] == '<')) {  // a named group: (?P<name> or (?<name>
    const size_t close = p.find('>', i);
    return (close == std::string_view::npos ? p.size() : close + 1) - at;
  }
  bool negate = false;
  bool fold = folded;
  for (; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '-') {
      negate = true;
    } else if (c == 'i') {
      fold = !negate;
    } else if (c == ':' || c == ')') {
      *opens_group = c == ':';
      *folded_after = fold;
      return i + 1 - at;
    }
  }
  return p.size() - at;
}

}  // namespace

ScriptGroups ScriptGroupsOf(std::string_view text) {
  ScriptGroups groups = kCommonScripts;
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    // Strict UTF-8 (base/text.h): an invalid byte decodes as U+FFFD and advances by
    // one, a U+FFFD written in the text by three.
    const size_t start = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp == 0xFFFD && i - start == 1) return kAllScripts;
    groups |= GroupOf(cp);
    if (groups & kAllScripts) return kAllScripts;
  }
  return groups;
}

std::string NarrowUnicodeClasses(std::string_view pattern, bool folded, ScriptGroups groups) {
  std::string out;
  out.reserve(pattern.size());
  // The case folding in force, and that of each open group's surroundings.
  std::vector<bool> outer;
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    size_t len = TokenLength(pattern, i);
    if (c == '[') {
      if (NamesUnicodeClass(pattern, i, len)) {
        if (std::string narrowed = Narrowed(pattern.substr(i, len), folded, groups); !narrowed.empty()) {
          out += narrowed;
          i += len;
          continue;
        }
      }
    } else if (c == '\\') {
      const bool property = i + 1 < pattern.size() && (pattern[i + 1] == 'p' || pattern[i + 1] == 'P');
      if (property && len == 2 && i + 2 < pattern.size()) len = 3;  // \pL: a one-letter name
      if (property) {
        if (std::string narrowed = Narrowed(pattern.substr(i, len), folded, groups); !narrowed.empty()) {
          out += narrowed;
          i += len;
          continue;
        }
      }
    } else if (c == '(') {
      bool opens_group = true;
      bool folded_after = folded;
      len = GroupOpening(pattern, i, folded, &opens_group, &folded_after);
      if (opens_group) outer.push_back(folded);
      folded = folded_after;
    } else if (c == ')' && !outer.empty()) {
      folded = outer.back();
      outer.pop_back();
    }
    out.append(pattern.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace provscore::internal
