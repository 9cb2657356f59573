#include "score/extract/text_extractor.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"

namespace provscore {
namespace {

// How far from the top bylines and date lines are looked for, in non-empty lines.
constexpr size_t kHeaderParagraphs = 6;
// How many closing paragraphs may hold a "(... reporter Jane Doe)" credit.
constexpr size_t kTrailerParagraphs = 2;
constexpr double kBylineConfidence = 0.8;
constexpr double kDateConfidence = 0.6;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiLetter(c); }

// ---- Lines and paragraphs -------------------------------------------------

// Every non-empty line (after collapsing white space) is one paragraph. Lines end
// at "\n", "\r\n" or a lone "\r".
std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string para = CollapseWhitespace(text.substr(start, end - start));
    if (!para.empty()) paragraphs.push_back(std::move(para));
    if (end == text.size()) break;
    start = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  return paragraphs;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::string_view w : Split(s, ' ')) {
    if (!w.empty()) words.push_back(w);
  }
  return words;
}

// ---- Dates --------------------------------------------------------------

// A cursor over one line; copied to backtrack.
struct Scanner {
  std::string_view s;
  size_t pos = 0;

  char Peek(size_t k = 0) const { return pos + k < s.size() ? s[pos + k] : '\0'; }
  void SkipSpaces() {
    while (Peek() == ' ') ++pos;
  }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos;
    return true;
  }
  // Between min and max digits, not followed by another digit.
  bool Number(size_t min_digits, size_t max_digits, int& value) {
    size_t n = 0;
    int v = 0;
    while (n < max_digits && IsDigit(Peek(n))) v = v * 10 + (Peek(n++) - '0');
    if (n < min_digits || IsDigit(Peek(n))) return false;
    pos += n;
    value = v;
    return true;
  }
  // A whole word (case-insensitive), not followed by a letter.
  bool Word(std::string_view w) {
    if (!StartsWithIgnoreCase(s.substr(pos), w) || IsAsciiLetter(Peek(w.size()))) return false;
    pos += w.size();
    return true;
  }
  std::string_view Letters() const {
    size_t n = 0;
    while (IsAsciiLetter(Peek(n))) ++n;
    return s.substr(pos, n);
  }
};

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "February", "Feb", "Feb.", "Sept" -> 1..12.
bool Month(Scanner& sc, int& month) {
  const std::string word = AsciiLower(sc.Letters());
  if (word.size() < 3) return false;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    const std::string_view name = kMonths[i];
    if (word == name || word == name.substr(0, 3) || (i == 8 && word == "sept")) {
      sc.pos += word.size();
      if (word.size() < name.size()) sc.Eat('.');
      month = static_cast<int>(i) + 1;
      return true;
    }
  }
  return false;
}

void Ordinal(Scanner& sc) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (sc.Word(suffix)) return;
  }
}

bool ValidDate(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29) return leap;
  return d <= kDays[static_cast<size_t>(m - 1)];
}

// Zone abbreviations that name one offset unambiguously enough for news pages.
// Ambiguous ones (IST, CST, BST) are left without an offset.
struct Zone {
  std::string_view name;
  std::string_view offset;
};
constexpr Zone kZones[] = {
    {"utc", "Z"},         {"gmt", "Z"},         {"cet", "+01:00"},    {"cest", "+02:00"},
    {"eet", "+02:00"},    {"eest", "+03:00"},   {"msk", "+03:00"},    {"est", "-05:00"},
    {"edt", "-04:00"},    {"pst", "-08:00"},    {"pdt", "-07:00"},    {"bdst", "+06:00"},
    {"jst", "+09:00"},    {"kst", "+09:00"},    {"hkt", "+08:00"},    {"sgt", "+08:00"},
};

// "+06:00", "+0600", "-5" after a sign.
bool NumericOffset(Scanner& sc, std::string& offset) {
  Scanner t = sc;
  const char sign = t.Peek();
  if (sign != '+' && sign != '-') return false;
  ++t.pos;
  int hours = 0;
  int minutes = 0;
  if (IsDigit(t.Peek()) && IsDigit(t.Peek(1)) && IsDigit(t.Peek(2)) && IsDigit(t.Peek(3)) && !IsDigit(t.Peek(4))) {
    hours = (t.Peek() - '0') * 10 + (t.Peek(1) - '0');
    minutes = (t.Peek(2) - '0') * 10 + (t.Peek(3) - '0');
    t.pos += 4;
  } else {
    if (!t.Number(1, 2, hours)) return false;
    if (t.Peek() == ':' && IsDigit(t.Peek(1))) {
      ++t.pos;
      if (!t.Number(2, 2, minutes)) return false;
    }
  }
  if (hours > 14 || minutes > 59) return false;
  char buf[32];  // room for any int the compiler cannot bound
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, hours, minutes);
  offset = buf;
  sc = t;
  return true;
}

// The zone after a time: "Z", "+06:00", " +0300", " BdST", " GMT+6". Advances `sc`
// past it; empty when there is none or it names no single offset.
std::string ZoneOffset(Scanner& sc) {
  std::string offset;
  if (sc.Peek() == 'Z' && !IsAsciiAlnum(sc.Peek(1))) {
    ++sc.pos;
    return "Z";
  }
  Scanner z = sc;
  z.SkipSpaces();
  if (NumericOffset(z, offset)) {
    sc = z;
    return offset;
  }
  const std::string zone = AsciiLower(z.Letters());
  for (const Zone& entry : kZones) {
    if (zone != entry.name) continue;
    z.pos += zone.size();
    offset = entry.offset;
    if (offset == "Z") NumericOffset(z, offset);  // "GMT+6", "UTC+05:30"
    sc = z;
    return offset;
  }
  return {};
}

// An optional time after a date: "T10:24:00Z", " 10:24 PM BdST", ", at 9:05 a.m. EST".
// Returns "THH:MM[:SS][offset]" or empty.
std::string TimeAfterDate(Scanner& sc) {
  Scanner t = sc;
  if (t.Peek() == 'T' && IsDigit(t.Peek(1))) {
    ++t.pos;
  } else {
    t.SkipSpaces();
    if (t.Eat(',') || t.Eat('|') || t.Eat('-')) t.SkipSpaces();
    if (t.Word("at")) t.SkipSpaces();
  }
  int hh = 0;
  int mm = 0;
  int ss = -1;
  if (!t.Number(1, 2, hh) || !t.Eat(':') || !t.Number(2, 2, mm)) return {};
  if (t.Peek() == ':' && IsDigit(t.Peek(1))) {
    ++t.pos;
    if (!t.Number(2, 2, ss)) return {};
    if (t.Peek() == '.' && IsDigit(t.Peek(1))) {
      ++t.pos;
      while (IsDigit(t.Peek())) ++t.pos;
    }
  }
  Scanner u = t;
  u.SkipSpaces();
  const bool am = u.Word("am") || u.Word("a.m.");
  const bool pm = !am && (u.Word("pm") || u.Word("p.m."));
  if (am || pm) {
    if (hh < 1 || hh > 12) return {};
    if (am && hh == 12) hh = 0;
    if (pm && hh != 12) hh += 12;
    t = u;
  }
  if (hh > 23 || mm > 59 || ss > 59) return {};

  const std::string offset = ZoneOffset(t);
  char buf[48];
  if (ss >= 0) {
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss);
  } else {
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hh, mm);
  }
  sc = t;
  return buf + offset;
}

struct DateMatch {
  std::string iso;  // YYYY-MM-DD, optionally followed by THH:MM[:SS][offset]
  size_t begin = 0;
  size_t end = 0;
};

// A date starting exactly at line[pos]: 2022-02-21, 21.02.2022, February 21, 2022,
// 21 Feb 2022 — each optionally followed by a time.
std::optional<DateMatch> DateAt(std::string_view line, size_t pos) {
  int y = 0;
  int m = 0;
  int d = 0;
  const Scanner start{line, pos};
  Scanner sc = start;
  bool found = false;
  {  // ISO 8601 (or with slashes).
    Scanner t = start;
    char sep = 0;
    if (t.Number(4, 4, y) && (t.Peek() == '-' || t.Peek() == '/')) {
      sep = t.Peek();
      ++t.pos;
      if (t.Number(1, 2, m) && t.Eat(sep) && t.Number(1, 2, d)) {
        sc = t;
        found = true;
      }
    }
  }
  if (!found) {  // Day.Month.Year
    Scanner t = start;
    if (t.Number(1, 2, d) && t.Eat('.') && t.Number(1, 2, m) && t.Eat('.') && t.Number(4, 4, y)) {
      sc = t;
      found = true;
    }
  }
  if (!found) {  // Month Day, Year
    Scanner t = start;
    if (Month(t, m)) {
      t.SkipSpaces();
      if (t.Number(1, 2, d)) {
        Ordinal(t);
        t.Eat(',');
        t.SkipSpaces();
        if (t.Number(4, 4, y)) {
          sc = t;
          found = true;
        }
      }
    }
  }
  if (!found) {  // Day Month Year
    Scanner t = start;
    if (t.Number(1, 2, d)) {
      Ordinal(t);
      t.SkipSpaces();
      if (t.Word("of")) t.SkipSpaces();
      if (Month(t, m)) {
        t.Eat(',');
        t.SkipSpaces();
        if (t.Number(4, 4, y)) {
          sc = t;
          found = true;
        }
      }
    }
  }
  if (!found || !ValidDate(y, m, d)) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  DateMatch match;
  match.iso = buf;
  match.iso += TimeAfterDate(sc);
  match.begin = pos;
  match.end = sc.pos;
  return match;
}

std::vector<DateMatch> FindDates(std::string_view line) {
  std::vector<DateMatch> dates;
  for (size_t pos = 0; pos < line.size();) {
    if (IsAsciiAlnum(line[pos]) && (pos == 0 || !IsAsciiAlnum(line[pos - 1]))) {
      if (std::optional<DateMatch> m = DateAt(line, pos)) {
        pos = m->end;
        dates.push_back(std::move(*m));
        continue;
      }
    }
    ++pos;
  }
  return dates;
}

// Words that introduce a date line: "Published: 21 Feb 2022", "Updated 2022-02-21".
bool StartsWithDateLabel(std::string_view line) {
  static constexpr std::string_view kLabels[] = {
      "published", "first published", "last updated", "updated", "posted", "modified",
      "date", "dated", "created", "released", "issued", "publication date"};
  for (std::string_view label : kLabels) {
    if (StartsWithIgnoreCase(line, label) &&
        (line.size() == label.size() || !IsAsciiLetter(line[label.size()]))) {
      return true;
    }
  }
  return false;
}

// Date lines are short; longer lines are body text that happens to name a date.
constexpr size_t kMaxDateLineBytes = 200;

// A line that is there to carry a date: little besides the dates, or a few words
// after a label ("Published on Monday, 21 February 2022 in Moscow").
bool IsDateLine(std::string_view line, const std::vector<DateMatch>& dates) {
  if (dates.empty() || line.size() > kMaxDateLineBytes) return false;
  std::string rest(line);
  for (const DateMatch& m : dates) {
    std::fill(rest.begin() + static_cast<std::ptrdiff_t>(m.begin),
              rest.begin() + static_cast<std::ptrdiff_t>(m.end), ' ');
  }
  const size_t other_words = CountWords(rest);
  return other_words <= 3 || (other_words <= 6 && StartsWithDateLabel(line));
}

// Whether the text just before a date ("Updated:") makes it a modification date.
bool IsModifiedLabel(std::string_view before) {
  const std::string lower = AsciiLower(before);
  return lower.find("updat") != std::string::npos || lower.find("modif") != std::string::npos ||
         lower.find("edited") != std::string::npos || lower.find("revised") != std::string::npos;
}

struct DateCandidate {
  std::string iso;
  bool modified = false;
};

void AddDateCandidates(std::string_view line, const std::vector<DateMatch>& dates,
                       std::vector<DateCandidate>& out) {
  size_t prev_end = 0;
  for (const DateMatch& m : dates) {
    out.push_back({m.iso, IsModifiedLabel(line.substr(prev_end, m.begin - prev_end))});
    prev_end = m.end;
  }
}

// The first candidate of the kind, upgraded to a later one that adds a time to
// the same day.
std::optional<SourcedValue> PickDate(const std::vector<DateCandidate>& candidates, bool modified) {
  std::optional<SourcedValue> best;
  for (const DateCandidate& c : candidates) {
    if (c.modified != modified) continue;
    if (!best) {
      best = SourcedValue{c.iso, "text", kDateConfidence};
    } else if (c.iso.size() > best->value.size() && c.iso.compare(0, best->value.size(), best->value) == 0) {
      best->value = c.iso;
    }
  }
  return best;
}

// ---- Bylines ------------------------------------------------------------

// Words that mark a comma-separated tail as an outlet or a job title, not a person.
bool IsOrganisationOrRole(std::string_view piece) {
  static constexpr std::string_view kMarkers[] = {
      "Times", "News", "Post", "Press", "Agency", "Agencies", "Journal", "Herald", "Tribune",
      "Guardian", "Telegraph", "Network", "Media", "Reuters", "AFP", "AP", "Bloomberg",
      "Associated", "Service", "Daily", "Staff", "Writer", "Writers", "Correspondent",
      "Correspondents", "Editor", "Editors", "Reporter", "Reporters", "Contributor", "Bureau",
      "Chief", "Desk", "Online", "Wire", "Magazine", "Radio", "TV", "Television", "Xinhua",
      "TASS", "Interfax", "BBC", "CNN", "Group", "Report"};
  const std::vector<std::string_view> words = Words(piece);
  if (words.size() <= 1 || words.size() > 4 || words.front() == "The") return true;
  for (std::string_view w : words) {
    for (std::string_view marker : kMarkers) {
      if (w == marker) return true;
    }
  }
  return false;
}

bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "da", "del", "della", "di", "van", "von", "der",
                                                    "den", "la", "le", "bin", "binti", "al", "el", "dos",
                                                    "das", "du", "ter", "ten", "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

bool StartsWithCapital(std::string_view w) {
  size_t i = 0;
  return !w.empty() && IsCapitalLetter(NextCodePoint(w, i));
}

// 2-4 capitalised words (lower-case particles such as "van" allowed inside);
// letters, hyphens, apostrophes and initials' dots only.
bool LooksLikePersonName(std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  if (words.size() < 2 || words.size() > 4) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    const bool inner = i > 0 && i + 1 < words.size();
    if (!StartsWithCapital(w) && !(inner && IsNameParticle(w))) return false;
    for (const char c : w) {
      const auto b = static_cast<unsigned char>(c);
      if (b < 0x80 && !IsAsciiLetter(c) && c != '-' && c != '\'' && c != '.') return false;
    }
  }
  return true;
}

// Splits "Jane Doe and John Roe, The New York Times" into person names; empty
// when the credit holds no plausible name.
std::vector<std::string> NamesFromCredit(std::string_view credit) {
  // A byline followed by other fields: "Jane Doe | 21 Feb 2022".
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", "; "}) {
    const size_t at = credit.find(sep);
    if (at != std::string_view::npos) credit = credit.substr(0, at);
  }
  while (!credit.empty() && (credit.back() == '.' || credit.back() == ')' || credit.back() == ' ')) {
    // Closing punctuation is not part of a name.
    credit.remove_suffix(1);
  }
  std::vector<std::string_view> pieces;
  for (std::string_view p : Split(credit, ',')) {
    p = TrimAscii(p);
    if (!p.empty()) pieces.push_back(p);
  }
  const auto joins_people = [](std::string_view p) {
    return p.find(" and ") != std::string_view::npos || p.find('&') != std::string_view::npos;
  };
  while (pieces.size() >= 2 && !joins_people(pieces.back()) && IsOrganisationOrRole(pieces.back())) {
    pieces.pop_back();
  }
  std::vector<std::string> names;
  for (std::string_view piece : pieces) {
    std::string normalized(piece);
    for (size_t at = normalized.find('&'); at != std::string::npos; at = normalized.find('&', at)) {
      normalized.replace(at, 1, " and ");
    }
    std::string current;
    for (std::string_view w : Words(normalized)) {
      if (w == "and") {
        if (!current.empty()) names.push_back(current);
        current.clear();
        continue;
      }
      if (!current.empty()) current += ' ';
      current += w;
    }
    if (!current.empty()) names.push_back(current);
  }
  std::vector<std::string> valid;
  for (std::string& n : names) {
    if (LooksLikePersonName(n)) valid.push_back(std::move(n));
  }
  return valid;
}

// The text after a keyword such as "reporter" inside "(Headquarters reporter Song
// Yao and Wang Bin)", or empty.
std::string_view CreditAfterKeyword(std::string_view inner) {
  static constexpr std::string_view kKeywords[] = {
      "reporting by", "written by", "reporters", "reporter", "correspondents", "correspondent",
      "journalists", "journalist", "by"};
  const std::string lower = AsciiLower(inner);
  for (std::string_view keyword : kKeywords) {
    for (size_t at = lower.find(keyword); at != std::string::npos; at = lower.find(keyword, at + 1)) {
      const size_t end = at + keyword.size();
      const bool word_start = at == 0 || !IsAsciiLetter(lower[at - 1]);
      const bool word_end = end == lower.size() || !IsAsciiLetter(lower[end]);
      if (!word_start || !word_end) continue;
      std::string_view rest = inner.substr(end);
      while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
      return rest;
    }
  }
  return {};
}

bool IsParenthesised(std::string_view p) {
  const bool open = p.front() == '(' || StartsWithIgnoreCase(p, "\xEF\xBC\x88");  // fullwidth (
  const bool close = p.back() == ')' ||
                     (p.size() >= 3 && p.substr(p.size() - 3) == "\xEF\xBC\x89");  // fullwidth )
  return open && close;
}

std::string_view StripParentheses(std::string_view p) {
  p.remove_prefix(p.front() == '(' ? 1 : 3);
  p.remove_suffix(p.back() == ')' ? 1 : 3);
  return TrimAscii(p);
}

// Person names when `para` is a byline: "By Jane Doe", ">> Jane Doe and John Roe,
// The New York Times", "Author: Jane Doe", or (when `parenthesised_only`, just) a
// parenthesised reporter credit. Empty otherwise.
std::vector<std::string> BylineNames(std::string_view para, bool parenthesised_only) {
  if (para.empty() || para.size() > 300) return {};
  if (IsParenthesised(para)) {
    const std::string_view inner = StripParentheses(para);
    const std::string_view credit = CreditAfterKeyword(inner.substr(0, inner.find(';')));
    return credit.empty() ? std::vector<std::string>{} : NamesFromCredit(credit);
  }
  if (parenthesised_only) return {};
  static constexpr std::string_view kWordMarkers[] = {
      "written by", "reported by", "reporting by", "words by", "story by", "by",
      "authors:", "author:", "reporters:", "reporter:"};
  static constexpr std::string_view kSymbolMarkers[] = {">>", ">", "\xC2\xBB" /* » */, "\xE2\x80\xBA" /* › */};
  std::string_view credit;
  for (std::string_view marker : kWordMarkers) {
    if (StartsWithIgnoreCase(para, marker) && para.size() > marker.size() &&
        (para[marker.size()] == ' ' || para[marker.size()] == ':')) {
      credit = para.substr(marker.size());
      break;
    }
  }
  if (credit.empty()) {
    for (std::string_view marker : kSymbolMarkers) {
      if (para.substr(0, marker.size()) == marker) {
        credit = para.substr(marker.size());
        break;
      }
    }
  }
  while (!credit.empty() && (credit.front() == ':' || credit.front() == ' ')) credit.remove_prefix(1);
  // A byline is short; "By Monday, troops had ..." is a sentence.
  if (credit.empty() || Words(credit).size() > 16) return {};
  return NamesFromCredit(credit);
}

// ---- Title --------------------------------------------------------------

// The first line of some copied articles is already body text: a long sentence.
bool LooksLikeBodyText(std::string_view line) {
  const size_t words = CountWords(line);
  if (words > 40) return true;
  std::string_view t = line;
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\x9D") t.remove_suffix(3);  // ”
  return words > 20 && !t.empty() && t.back() == '.';
}

// Splits "date 2022-02-21 Putin says ..." into a date and the rest of the line.
std::optional<DateMatch> LeadingDate(std::string_view line, std::string_view& rest) {
  Scanner sc{line, 0};
  if (sc.Word("date") || sc.Word("dated")) {
    sc.Eat(':');
    sc.SkipSpaces();
  }
  std::optional<DateMatch> m = DateAt(line, sc.pos);
  if (!m) return std::nullopt;
  std::string_view tail = line.substr(m->end);
  for (;;) {
    const std::string_view before = tail;
    tail = TrimAscii(tail);
    for (std::string_view sep : {"-", "|", ":", ",", "\xE2\x80\x93", "\xE2\x80\x94"}) {
      if (tail.substr(0, sep.size()) == sep) tail.remove_prefix(sep.size());
    }
    if (tail.size() == before.size()) break;
  }
  rest = tail;
  return m;
}

// "Headline - ForumDaily": a trailing site name of 1-3 capitalised words.
bool SplitSiteSuffix(std::string& title, std::string& site_name) {
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    const std::string_view head = std::string_view(title).substr(0, at);
    const std::string_view suffix = std::string_view(title).substr(at + sep.size());
    const std::vector<std::string_view> words = Words(suffix);
    if (words.empty() || words.size() > 3 || suffix.size() > 40 || CountWords(head) < 4) continue;
    const bool site_like = std::all_of(words.begin(), words.end(), [](std::string_view w) {
      return StartsWithCapital(w) || IsDigit(w.front());
    });
    if (!site_like) continue;
    site_name = std::string(suffix);
    title.resize(at);
    return true;
  }
  return false;
}

void AddAuthors(const std::vector<std::string>& names, Article& article) {
  for (const std::string& name : names) {
    const bool seen = std::any_of(article.authors.begin(), article.authors.end(),
                                  [&](const SourcedValue& a) { return EqualsIgnoreCase(a.value, name); });
    if (!seen) article.authors.push_back({name, "byline", kBylineConfidence});
  }
}

}  // namespace

Article ExtractTextArticle(std::string_view utf8_text) {
  Article article;
  const std::vector<std::string> paras = SplitParagraphs(utf8_text);
  if (paras.empty()) return article;

  std::vector<bool> in_body(paras.size(), true);
  std::vector<DateCandidate> dates;

  // Title: the first line that is neither a byline nor a date line. A line that
  // ends with the next one is a breadcrumb trail ("Home World News <title>").
  size_t idx = 0;
  while (idx < paras.size() && idx < 3 &&
         (!BylineNames(paras[idx], false).empty() ||
          (paras[idx].size() <= kMaxDateLineBytes && IsDateLine(paras[idx], FindDates(paras[idx]))))) {
    ++idx;
  }
  size_t title_idx = paras.size();
  if (idx < paras.size()) {
    const std::string& first = paras[idx];
    const std::string* next = idx + 1 < paras.size() ? &paras[idx + 1] : nullptr;
    if (next != nullptr && CountWords(*next) >= 3 && first.size() > next->size() + 1 &&
        first.compare(first.size() - next->size(), next->size(), *next) == 0 &&
        first[first.size() - next->size() - 1] == ' ') {
      article.boilerplate.push_back({"breadcrumb", first.substr(0, first.size() - next->size() - 1)});
      in_body[idx] = false;
      title_idx = idx + 1;
    } else if (next != nullptr && first == *next) {
      in_body[idx + 1] = false;  // the headline printed twice
      title_idx = idx;
    } else if (!LooksLikeBodyText(first)) {
      title_idx = idx;
    }
  }
  if (title_idx < paras.size()) {
    in_body[title_idx] = false;
    std::string_view rest;
    if (std::optional<DateMatch> lead = LeadingDate(paras[title_idx], rest); lead && !rest.empty()) {
      dates.push_back({lead->iso, false});
      article.title = std::string(rest);
    } else {
      article.title = paras[title_idx];
    }
    SplitSiteSuffix(article.title, article.site_name);
  }

  // Bylines and date lines near the top; a reporter credit may also close the text.
  for (size_t i = 0; i < paras.size(); ++i) {
    const bool header = i < kHeaderParagraphs;
    const bool trailer = i + kTrailerParagraphs >= paras.size();
    if ((!header && !trailer) || i == title_idx || !in_body[i]) continue;
    const std::vector<std::string> names = BylineNames(paras[i], !header);
    if (!names.empty()) {
      article.byline_lines.push_back(paras[i]);
      AddAuthors(names, article);
    }
    if (header && paras[i].size() <= kMaxDateLineBytes) {
      const std::vector<DateMatch> found = FindDates(paras[i]);
      if (!names.empty() || IsDateLine(paras[i], found)) AddDateCandidates(paras[i], found, dates);
    }
  }
  article.published = PickDate(dates, false);
  article.modified = PickDate(dates, true);

  // Body: every remaining line is a paragraph, separated by one blank line.
  for (size_t i = 0; i < paras.size(); ++i) {
    if (!in_body[i]) continue;
    if (!article.text.empty()) article.text += "\n\n";
    TextBlock block;
    block.start = article.text.size();
    article.text += paras[i];
    block.end = article.text.size();
    article.blocks.push_back(block);
  }
  return article;
}

}  // namespace provscore
