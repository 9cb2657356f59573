#include "score/extract/html_metadata.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <span>
#include <unordered_map>
#include <utility>

#include "base/host_name.h"
#include "base/text.h"

namespace provscore::internal {
namespace {

namespace json = boost::json;

constexpr double kJsonLdConfidence = 0.95;
constexpr double kMetaConfidence = 0.9;
constexpr double kMarkupConfidence = 0.85;  // itemprop, rel=author, <time pubdate>
constexpr double kTimeConfidence = 0.75;    // the first <time datetime> on the page
constexpr double kOtherDateMetaConfidence = 0.8;  // a <meta> whose name says "date" ("post-date")
constexpr double kPrintedDateConfidence = 0.65;   // a date printed under the headline
constexpr double kBylineConfidence = 0.7;
constexpr double kUrlDateConfidence = 0.6;     // /2024/05/02/ in the article's URL
constexpr double kFarBylineConfidence = 0.45;  // a byline element far from the headline
constexpr uint32_t kBylineReach = 400;         // DOM nodes between headline and byline
constexpr size_t kMaxLeadParagraphs = 3;       // paragraphs after the headline a bold byline may open
constexpr size_t kMaxBoldBylineBytes = 80;     // also a line that opens with a byline word (in characters)
constexpr size_t kMaxLinkedAuthors = 4;         // links to author pages under the headline
constexpr size_t kMaxPrintedDates = 16;
constexpr uint32_t kPrintedDateReachAbove = 40;  // DOM nodes between a printed date and the headline below it
constexpr uint32_t kAuthorLinkReachAbove = 40;   // DOM nodes between an author's link and the headline below it
constexpr size_t kMaxAuthorLinkProbes = 64;      // links to author pages read by the headline

constexpr size_t kMaxHeadings = 64;
constexpr size_t kMaxBylineLines = 10;
constexpr size_t kMaxBylineProbes = 64;   // bounds VisibleText calls on odd pages
constexpr size_t kMaxAuthorsPerSource = 20;
constexpr size_t kMaxJsonLdBlocks = 32;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Regions whose bylines, dates and headings belong to other articles or to readers.
// A region named only like a sidebar that holds the page's <h1> is the content
// column (a sticky-column script calls it "sticky-sidebar"), not foreign; nor is a
// region, whatever its class words, that wraps most of the page (`wraps_page`: a
// slide-in menu's script wraps the whole page in "nav-drawer-slide" to push it aside).
bool IsForeignRegion(const DomNode& d, bool holds_h1, bool wraps_page) {
  if (d.tag == GUMBO_TAG_NAV || d.tag == GUMBO_TAG_FOOTER || d.tag == GUMBO_TAG_ASIDE) return true;
  if (d.tag == GUMBO_TAG_BODY || d.tag == GUMBO_TAG_HTML || wraps_page) return false;
  const NameTokenList tokens = ClassIdTokens(d);
  if (HasToken(tokens, {"comment", "comments", "related", "recommended", "teaser", "teasers", "footer", "nav",
                        "menu", "promo", "newsletter", "disqus"})) {
    return true;
  }
  return !holds_h1 && HasToken(tokens, {"sidebar"});
}

// ---- dates -------------------------------------------------------------------

struct DateParts {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = 0;
  std::string zone;  // "", "Z" or "+HH:MM"
};

// Reads exactly `n` digits at s[i].
bool ReadDigits(std::string_view s, size_t& i, size_t n, int& out) {
  if (i + n > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!IsDigit(s[i + k])) return false;
    v = v * 10 + (s[i + k] - '0');
  }
  i += n;
  out = v;
  return true;
}

// Reads one or two digits.
bool ReadSmall(std::string_view s, size_t& i, int& out) {
  if (!ReadDigits(s, i, 1, out)) return false;
  if (i < s.size() && IsDigit(s[i])) out = out * 10 + (s[i++] - '0');
  return true;
}

void SkipSpaces(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

bool IsLetterByte(char c) { return IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

// Month names as the press prints them, lower-case, with their common
// abbreviations: English, German, Dutch, the Scandinavian languages, French,
// Spanish, Catalan, Italian, Portuguese, Polish (nominative and genitive),
// Czech, Turkish, Russian and Ukrainian (genitive, as in "14 мая 2025").
struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kMonthNames[] = {
    {"january", 1}, {"januar", 1}, {"januari", 1}, {"janvier", 1}, {"janv", 1}, {"enero", 1}, {"ene", 1},
    {"gener", 1}, {"gennaio", 1}, {"gen", 1}, {"janeiro", 1}, {"jän", 1}, {"jänner", 1},
    {"stycznia", 1}, {"styczeń", 1}, {"sty", 1}, {"ledna", 1}, {"leden", 1}, {"ocak", 1},
    {"января", 1}, {"январь", 1}, {"янв", 1}, {"січня", 1},
    {"february", 2}, {"februar", 2}, {"februari", 2}, {"février", 2}, {"fevrier", 2}, {"févr", 2},
    {"febrero", 2}, {"febrer", 2}, {"febbraio", 2}, {"fevereiro", 2}, {"fev", 2}, {"lutego", 2}, {"luty", 2},
    {"lut", 2}, {"února", 2}, {"únor", 2}, {"şubat", 2}, {"subat", 2}, {"февраля", 2}, {"февраль", 2},
    {"фев", 2}, {"лютого", 2},
    {"march", 3}, {"märz", 3}, {"maerz", 3}, {"maart", 3}, {"mars", 3}, {"marzo", 3}, {"març", 3},
    {"março", 3}, {"marca", 3}, {"marzec", 3}, {"března", 3}, {"březen", 3}, {"mart", 3}, {"марта", 3},
    {"март", 3}, {"мар", 3}, {"березня", 3}, {"mär", 3}, {"mrt", 3},
    {"april", 4}, {"avril", 4}, {"avr", 4}, {"abril", 4}, {"abr", 4}, {"aprile", 4}, {"kwietnia", 4},
    {"kwiecień", 4}, {"kwi", 4}, {"dubna", 4}, {"duben", 4}, {"nisan", 4}, {"апреля", 4}, {"апрель", 4},
    {"апр", 4}, {"квітня", 4},
    {"may", 5}, {"mai", 5}, {"mei", 5}, {"maj", 5}, {"mayo", 5}, {"maig", 5}, {"maggio", 5}, {"mag", 5},
    {"maio", 5}, {"maja", 5}, {"května", 5}, {"květen", 5}, {"mayıs", 5}, {"mayis", 5}, {"мая", 5},
    {"май", 5}, {"травня", 5},
    {"june", 6}, {"juni", 6}, {"juin", 6}, {"junio", 6}, {"juny", 6}, {"giugno", 6}, {"giu", 6},
    {"junho", 6}, {"czerwca", 6}, {"czerwiec", 6}, {"cze", 6}, {"června", 6}, {"červen", 6},
    {"haziran", 6}, {"июня", 6}, {"июнь", 6}, {"июн", 6}, {"червня", 6},
    {"july", 7}, {"juli", 7}, {"juillet", 7}, {"juil", 7}, {"julio", 7}, {"juliol", 7}, {"luglio", 7},
    {"lug", 7}, {"julho", 7}, {"lipca", 7}, {"lipiec", 7}, {"lip", 7}, {"července", 7}, {"červenec", 7},
    {"temmuz", 7}, {"июля", 7}, {"июль", 7}, {"июл", 7}, {"липня", 7},
    {"august", 8}, {"augustus", 8}, {"augusti", 8}, {"août", 8}, {"aout", 8}, {"agosto", 8}, {"agost", 8},
    {"ago", 8}, {"sierpnia", 8}, {"sierpień", 8}, {"sie", 8}, {"srpna", 8}, {"srpen", 8}, {"ağustos", 8},
    {"agustos", 8}, {"августа", 8}, {"август", 8}, {"авг", 8}, {"серпня", 8},
    {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9}, {"setembre", 9},
    {"settembre", 9}, {"set", 9}, {"setembro", 9}, {"września", 9}, {"wrzesień", 9}, {"wrz", 9},
    {"září", 9}, {"eylül", 9}, {"eylul", 9}, {"сентября", 9}, {"сентябрь", 9}, {"сен", 9}, {"вересня", 9},
    {"october", 10}, {"oktober", 10}, {"octobre", 10}, {"octubre", 10}, {"octubre", 10}, {"ottobre", 10},
    {"ott", 10}, {"outubro", 10}, {"out", 10}, {"października", 10}, {"październik", 10}, {"paź", 10},
    {"října", 10}, {"říjen", 10}, {"ekim", 10}, {"октября", 10}, {"октябрь", 10}, {"окт", 10},
    {"жовтня", 10}, {"okt", 10},
    {"november", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"listopada", 11},
    {"listopad", 11}, {"lis", 11}, {"listopadu", 11}, {"kasım", 11}, {"kasim", 11}, {"ноября", 11},
    {"ноябрь", 11}, {"ноя", 11}, {"листопада", 11},
    {"december", 12}, {"dezember", 12}, {"décembre", 12}, {"decembre", 12}, {"déc", 12}, {"diciembre", 12},
    {"desembre", 12}, {"dicembre", 12}, {"dic", 12}, {"dezembro", 12}, {"dez", 12}, {"grudnia", 12},
    {"grudzień", 12}, {"gru", 12}, {"prosince", 12}, {"prosinec", 12}, {"aralık", 12}, {"aralik", 12},
    {"декабря", 12}, {"декабрь", 12}, {"дек", 12}, {"грудня", 12}, {"desember", 12}};

// Weekdays whose first letters an English month abbreviation shares ("martes",
// "mardi", "martedì" are no March), and the words between a day and a month
// ("17 de marzo de 2020").
constexpr std::string_view kNotMonths[] = {"martes", "mardi", "martedì", "martedi", "marți", "marti"};

int MonthFromName(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  const std::string lower = AsciiLower(word);
  if (std::find(std::begin(kNotMonths), std::end(kNotMonths), lower) != std::end(kNotMonths)) return 0;
  for (const MonthName& m : kMonthNames) {
    if (lower == m.name) return m.month;
  }
  // Other English spellings by their first three letters ("Sept", "Febr").
  static constexpr std::array<std::string_view, 12> kNames = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (size_t m = 0; m < kNames.size(); ++m) {
    if (lower.substr(0, 3) == kNames[m] && std::all_of(lower.begin(), lower.end(), IsAlpha)) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// "T10:24", " 10:24:00.123", then an optional zone. Leaves parts.hour = -1 when
// no time follows.
void ReadTimeAndZone(std::string_view s, size_t i, DateParts& parts) {
  if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ' || s[i] == ',')) {
    size_t j = i + 1;
    SkipSpaces(s, j);
    int h = 0, m = 0;
    if (ReadSmall(s, j, h) && j < s.size() && s[j] == ':' && ReadDigits(s, ++j, 2, m)) {
      parts.hour = h;
      parts.minute = m;
      if (j < s.size() && s[j] == ':') {
        int sec = 0;
        size_t k = j + 1;
        if (ReadDigits(s, k, 2, sec)) {
          parts.second = sec;
          j = k;
        }
      }
      if (j < s.size() && (s[j] == '.' || s[j] == ',')) {
        ++j;
        while (j < s.size() && IsDigit(s[j])) ++j;
      }
      i = j;
    }
  }
  if (parts.hour < 0) return;
  SkipSpaces(s, i);
  if (i >= s.size()) return;
  // "9:02 AM", "4:25 p.m.": a twelve-hour clock.
  const std::string meridiem = AsciiLower(s.substr(i, 4));
  const bool am = meridiem.starts_with("am") || meridiem.starts_with("a.m");
  const bool pm = meridiem.starts_with("pm") || meridiem.starts_with("p.m");
  if ((am || pm) && parts.hour >= 1 && parts.hour <= 12) {
    parts.hour = pm ? parts.hour % 12 + 12 : parts.hour % 12;
    i += meridiem[1] == '.' ? size_t{4} : size_t{2};
    SkipSpaces(s, i);
    if (i >= s.size()) return;
  }
  if (s[i] == 'Z' || s[i] == 'z') {
    parts.zone = "Z";
    return;
  }
  if (s[i] == '+' || s[i] == '-') {
    const char sign = s[i++];
    int zh = 0, zm = 0;
    if (!ReadDigits(s, i, 2, zh)) return;
    if (i < s.size() && s[i] == ':') ++i;
    if (!ReadDigits(s, i, 2, zm)) zm = 0;
    if (zh > 14 || zm > 59) return;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, zh, zm);
    parts.zone = buf;
    return;
  }
  const std::string rest = AsciiLower(s.substr(i, 3));
  if (rest == "gmt" || rest == "utc") parts.zone = "Z";
}

// 2022-02-21, 2022/02/21, 20220221, each with an optional time.
bool ParseYearFirst(std::string_view s, DateParts& parts) {
  size_t i = 0;
  if (!ReadDigits(s, i, 4, parts.year)) return false;
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    const char sep = s[i++];
    if (!ReadSmall(s, i, parts.month) || i >= s.size() || s[i] != sep) return false;
    ++i;
    if (!ReadSmall(s, i, parts.day)) return false;
  } else {
    if (!ReadDigits(s, i, 2, parts.month) || !ReadDigits(s, i, 2, parts.day)) return false;
    if (i < s.size() && IsDigit(s[i])) {  // "202202211024": digits straight on
      int h = 0, m = 0;
      if (ReadDigits(s, i, 2, h) && ReadDigits(s, i, 2, m)) {
        parts.hour = h;
        parts.minute = m;
      }
      return true;
    }
  }
  ReadTimeAndZone(s, i, parts);
  return true;
}

// 21.02.2022 [17:52] (day first, as printed in Europe).
bool ParseDayFirstNumeric(std::string_view s, DateParts& parts) {
  size_t i = 0;
  if (!ReadSmall(s, i, parts.day) || i >= s.size() || s[i] != '.') return false;
  ++i;
  if (!ReadSmall(s, i, parts.month) || i >= s.size() || s[i] != '.') return false;
  ++i;
  if (!ReadDigits(s, i, 4, parts.year)) return false;
  ReadTimeAndZone(s, i, parts);
  return true;
}

// "Mon, 21 Feb 2022 10:24:00 GMT", "21 February 2022", "February 21, 2022 10:24".
// "Mon, 21 Feb 2022 10:24:00 GMT", "21 February 2022", "February 21, 2022 10:24",
// "martes 17 de marzo de 2020", "28. April 2023", "14 мая 2025 г.".
bool ParseWithMonthName(std::string_view s, DateParts& parts) {
  size_t i = 0;
  auto word_end = [&](size_t from) {
    while (from < s.size() && IsLetterByte(s[from])) ++from;
    return from;
  };
  // Skip a weekday ("Mon," / "Monday," / "martes").
  if (i < s.size() && IsLetterByte(s[i])) {
    const size_t j = word_end(i);
    if (MonthFromName(s.substr(i, j - i)) == 0 || (j < s.size() && s[j] == ',')) {
      i = j;
      if (i < s.size() && s[i] == ',') ++i;
      SkipSpaces(s, i);
    }
  }
  // "de", "del", "di" between the parts of a date (Spanish, Portuguese, Catalan).
  auto skip_joiner = [&] {
    SkipSpaces(s, i);
    for (const std::string_view w : {"de ", "del ", "d'", "di "}) {
      if (s.size() - i >= w.size() && EqualsIgnoreCase(s.substr(i, w.size()), w)) {
        i += w.size();
        SkipSpaces(s, i);
        return;
      }
    }
  };
  auto read_month = [&](int& month) {
    const size_t start = i;
    i = word_end(i);
    month = MonthFromName(s.substr(start, i - start));
    if (i < s.size() && s[i] == '.') ++i;
    return month != 0;
  };
  if (i < s.size() && IsDigit(s[i])) {
    if (!ReadSmall(s, i, parts.day)) return false;
    if (i < s.size() && s[i] == '.') ++i;
    SkipSpaces(s, i);
    if (i < s.size() && s[i] == '-') ++i;
    skip_joiner();
    if (!read_month(parts.month)) return false;
    if (i < s.size() && s[i] == '-') ++i;
    if (i < s.size() && s[i] == ',') ++i;
    skip_joiner();
  } else {
    if (!read_month(parts.month)) return false;
    SkipSpaces(s, i);
    if (!ReadSmall(s, i, parts.day)) return false;
    while (i < s.size() && IsAlpha(s[i])) ++i;  // "21st"
    if (i < s.size() && s[i] == ',') ++i;
    SkipSpaces(s, i);
  }
  if (!ReadDigits(s, i, 4, parts.year)) return false;
  if (i < s.size() && s[i] == ',') ++i;
  if (i < s.size() && s[i] != ' ' && s[i] != 'T') return true;
  // "2020, 9:02 AM", "2020 at 9:02", "2020 um 9:02 Uhr", "2020 à 9h02" (the hour only).
  size_t t = i;
  SkipSpaces(s, t);
  for (const std::string_view w : {"at ", "um ", "à ", "a las ", "alle ", "às ", "kl. ", "klo ", "o "}) {
    if (s.size() - t >= w.size() && EqualsIgnoreCase(s.substr(t, w.size()), w)) {
      i = t + w.size() - 1;
      break;
    }
  }
  ReadTimeAndZone(s, i, parts);
  return true;
}

bool Plausible(const DateParts& p) {
  return p.year >= 1900 && p.year <= 2100 && p.month >= 1 && p.month <= 12 && p.day >= 1 &&
         p.day <= 31 && p.hour <= 24 && p.minute <= 59 && p.second <= 60;
}

// ---- authors -----------------------------------------------------------------

// The words a byline opens with, in the languages of the press (the table in
// rules/AUTHOR-BOX-CONVENTIONS.md, "The byline's words", lists them by language).
// Prepositions ("By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Przez", "Oleh")
// and phrases ("Written by", "Propos recueillis par", "A cura di") stand before the
// names with a space or a colon; labels ("Autor:", "Texto:", "Автор:", "Yazar:",
// "Írta:", "Piše:") only with a colon, since the same words open ordinary sentences.
// A word opening with a letter outside ASCII is listed in both cases ("Від", "від"):
// the comparison folds ASCII only. One line per language, as the table reads.
// clang-format off
constexpr std::string_view kBylinePhrases[] = {
    "propos recueillis par", "recueillis par", "recueilli par", "écrit par", "ecrit par", "par",  // fr
    "written by", "reported by", "reporting by", "words by", "story by", "text by", "posted by", "by",  // en
    "geschrieben von", "ein beitrag von", "von",                                                 // de
    "escrito por", "publicado por", "por",                                                       // es, pt
    "scritto da", "a cura di", "di",                                                             // it
    "door", "deur", "af", "av",                                                                  // nl, af, da, no, sv
    "przez",                                                                                     // pl
    "od",  // cs, sk, hr, sl, pl: a theme's "by"; "Od poniedziałku" names nobody (lower case)
    "Від", "від",                                                                                // uk
    "بقلم",                                                                                      // ar
    "מאת"};                                                                                      // he
constexpr std::string_view kBylineLabels[] = {
    "author", "authors", "text",                                                    // en, de
    "autor", "autorin", "autoren", "autora", "autores", "autore", "autori",        // de, es, pt, it, pl, cs, ro
    "auteur", "auteurs", "texte", "reportage",                                      // fr
    "texto", "testo", "tekst",                                                      // es, pt, it, pl, nl, no
    "yazar", "yazan",                                                               // tr
    "forfatter", "författare", "kirjoittaja", "teksti",                             // da, no, sv, fi
    "szerző", "Írta", "írta",                                                       // hu
    "napisał", "napisała",                                                          // pl
    "napsal", "napsala", "napísal", "napísala",                                     // cs, sk
    "piše", "pišu", "napisao", "napisala", "avtor", "avtorica", "Аутор",            // hr, sr, bs, sl
    "autorius", "autorė", "autors",                                                 // lt, lv
    "oleh",  // id, ms: only with a colon, "Oleh" is also a given name
    "Автор", "автор", "Авторы", "Текст",                                            // ru, uk, bg
    "Συντάκτης", "Κείμενο", "κείμενο",                                              // el
    "كتب", "كتبت",                                                                  // ar
    "نویسنده",                                                                      // fa
    "लेखक", "लेखिका"};                                                              // hi
// clang-format on
// CJK bylines open with a reporter's title or a label: "記者 X", "记者：X", "文／X",
// "文・X", "本报记者 X" (this paper's reporter), "作者：X", "撰文：X".
constexpr std::string_view kCjkBylineLabels[] = {"本报记者", "本報記者", "記者", "记者", "作者", "撰文", "文"};
// ... or close with one: "山田太郎 記者", "김철수 기자", "王小明 报道". The first five
// are reporters' titles, which may be glued to the name.
constexpr std::string_view kCjkBylineSuffixes[] = {"記者", "记者", "기자", "特派員", "特派员", "报道", "報導", "報道"};

bool IsColon(std::string_view s, size_t i, size_t& len) {
  if (i < s.size() && s[i] == ':') {
    len = 1;
    return true;
  }
  for (const std::string_view c : {"\xEF\xBC\x9A", "\xEF\xBC\x8F", "/"}) {  // full-width colon and slash
    if (s.substr(i, c.size()) == c) {
      len = c.size();
      return true;
    }
  }
  return false;
}

// `rest` without the spaces, colons, slashes and middle dots that open it.
std::string_view SkipBylineSeparators(std::string_view rest) {
  size_t len = 0;
  while (!rest.empty()) {
    if (rest.front() == ' ') {
      rest.remove_prefix(1);
    } else if (rest.starts_with("\xE3\x83\xBB")) {  // "・"
      rest.remove_prefix(3);
    } else if (IsColon(rest, 0, len)) {
      rest.remove_prefix(len);
    } else {
      break;
    }
  }
  return rest;
}

// `s` without the CJK byline label it opens with; unchanged when it opens with none.
// A heading under the headline (<h2> to <h6>): a byline there opens with a byline
// word ("<h3>by Jane Doe<br>Monday, November 18, 2019</h3>"); a heading of a name
// before a bracket ("関連記事（外部サイト）") is a section's title, no byline.
bool IsSubheading(GumboTag tag) {
  return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 ||
         tag == GUMBO_TAG_H6;
}

std::string_view StripCjkBylinePrefix(std::string_view s) {
  for (const std::string_view label : kCjkBylineLabels) {
    if (s.size() > label.size() && s.substr(0, label.size()) == label) {
      size_t len = 0;
      const bool separated = s[label.size()] == ' ' || IsColon(s, label.size(), len) ||
                             s.substr(label.size(), 3) == "\xE3\x83\xBB";  // "文・"
      // "文" alone opens many words; only "文／", "文：" and "文・" are a byline.
      if (separated && (label.size() > 3 || s[label.size()] != ' '))
        return SkipBylineSeparators(s.substr(label.size()));
    }
  }
  return s;
}

// `s` without the byline words it opens with; unchanged when it opens with none.
std::string_view StripBylinePrefix(std::string_view s) {
  const auto skip_separators = SkipBylineSeparators;
  for (const std::string_view prefix : kBylinePhrases) {
    if (s.size() > prefix.size() && StartsWithIgnoreCase(s, prefix)) {
      const char next = s[prefix.size()];
      if (next == ' ' || next == ':') return skip_separators(s.substr(prefix.size()));
    }
  }
  for (const std::string_view label : kBylineLabels) {
    if (s.size() > label.size() && StartsWithIgnoreCase(s, label)) {
      size_t at = label.size(), len = 0;
      if (at < s.size() && s[at] == ' ') ++at;
      if (IsColon(s, at, len) && s.substr(at, len) != "/") return skip_separators(s.substr(at + len));
    }
  }
  return StripCjkBylinePrefix(s);
}

// Words of a job title or a desk, not of a person's name ("Staff Writer",
// "Online News Editor", "Redaktion", "Web Desk"), with the fillers they are joined by.
constexpr std::string_view kRoleWords[] = {
    "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
    "editorial", "desk", "team", "newsroom", "news", "online", "web", "digital", "senior", "chief", "deputy",
    "political", "contributor", "contributing", "contributors", "columnist", "guest", "associate", "assistant",
    "managing", "executive", "special", "freelance", "journalist", "journalists", "staffer", "bureau", "wire",
    "wires", "agencies", "admin", "administrator", "content", "sponsored", "partner", "redaktion", "redakteur",
    "redakteurin", "redaktor", "redaktorin", "redaktorka", "redakcja", "korrespondent", "korrespondentin",
    "rédaction", "rédacteur", "rédactrice", "correspondant", "correspondante", "redacción", "redaccion",
    "redactor", "redactora", "corresponsal", "redazione", "redattore", "redattrice", "corrispondente",
    "redactie", "redaksjonen", "redaksjon", "redaktionen", "toimitus", "haber", "merkezi",
    "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F",
    "\xD0\xA0\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F"};
// The role words that name a job ("Science Editor", "Example.com Staff Writer"): a
// part of a byline ending in one is the name's role, whatever words come before.
constexpr std::string_view kJobNouns[] = {
    "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "journalist", "staffer",
    "redakteur", "redakteurin", "redaktor", "redaktorin", "redaktorka", "korrespondent", "korrespondentin",
    "rédacteur", "rédactrice", "correspondant", "correspondante", "redactor", "redactora", "corresponsal",
    "redattore", "redattrice", "corrispondente"};
constexpr std::string_view kRoleFillers[] = {"and", "the", "of", "for", "at", "&", "und", "der", "die", "des",
                                             "de", "la", "le", "del", "di", "el", "y", "et", "-"};

std::string_view TrimPunctuation(std::string_view s) {
  constexpr std::string_view kTrim = " ,;:|-\t/";
  while (!s.empty() && kTrim.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && kTrim.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

// Splits on every occurrence of any of `separators`.
std::vector<std::string_view> SplitOnAny(std::string_view s, std::span<const std::string_view> separators) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  size_t i = 0;
  while (i < s.size()) {
    bool matched = false;
    for (const std::string_view sep : separators) {
      if (s.size() - i >= sep.size() && EqualsIgnoreCase(s.substr(i, sep.size()), sep)) {
        parts.push_back(s.substr(start, i - start));
        i += sep.size();
        start = i;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  parts.push_back(s.substr(start));
  return parts;
}

// A line wrapped whole in brackets, "（本报记者 王小明）", without them.
std::string_view UnwrapBrackets(std::string_view s) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\xEF\xBC\x88", "\xEF\xBC\x89"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    if (s.size() > open.size() + close.size() && s.starts_with(open) && s.ends_with(close)) {
      return TrimAscii(s.substr(open.size(), s.size() - open.size() - close.size()));
    }
  }
  return s;
}

// `s` without the CJK byline word it closes with ("山田太郎 記者", "김철수기자",
// "王小明 报道") and a place in brackets after that word ("山田太郎 記者（東京）");
// unchanged when it closes with none. "报道"/"報導" (reported) follows the names
// after a space only: glued, it closes sentences ("据新华社报道").
std::string_view StripCjkBylineSuffix(std::string_view s) {
  std::string_view t = TrimAscii(s);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\xEF\xBC\x88", "\xEF\xBC\x89"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    const size_t at = t.ends_with(close) ? t.rfind(open) : std::string_view::npos;
    if (at != std::string_view::npos && at > 0) t = TrimAscii(t.substr(0, at));
  }
  for (size_t k = 0; k < std::size(kCjkBylineSuffixes); ++k) {
    const std::string_view suffix = kCjkBylineSuffixes[k];
    if (t.size() <= suffix.size() || !t.ends_with(suffix)) continue;
    const std::string_view before = t.substr(0, t.size() - suffix.size());
    const bool spaced = before.back() == ' ';
    const bool glued = before.size() >= 3 && static_cast<unsigned char>(before[before.size() - 3]) >= 0xE3;
    if (spaced || (glued && k < 5)) return TrimAscii(before);  // the first five are reporters' titles
  }
  return s;
}

// A line that is a name and a place in brackets, with no reporter's title:
// "田中花子（東京）", "王小明（北京）" -> the name. The name is one run of three to six
// ideographs or hiragana (a two-character word, "速報（東京）", is as often a label);
// the place two to six ideographs or katakana (a reading in hiragana, "（たなか・はなこ）",
// is no place), and no agency: "東京（共同）" is a dateline and its credit, not a name.
std::string_view NameBeforeBracketedPlace(std::string_view s) {
  static constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";                    // （ ）
  static constexpr std::string_view kAgencies[] = {"\xE5\x85\xB1\xE5\x90\x8C",                          // 共同
                                                   "\xE6\x99\x82\xE4\xBA\x8B",                          // 時事
                                                   "\xE5\x85\xB1\xE5\x90\x8C\xE9\x80\x9A\xE4\xBF\xA1",  // 共同通信
                                                   "\xE6\x99\x82\xE4\xBA\x8B\xE9\x80\x9A\xE4\xBF\xA1",  // 時事通信
                                                   "\xE6\x96\xB0\xE8\x8F\xAF\xE7\xA4\xBE",              // 新華社
                                                   "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE",              // 新华社
                                                   "\xE8\x81\xAF\xE5\x90\x88",                          // 聯合
                                                   "\xE8\x81\x94\xE5\x90\x88",                          // 联合
                                                   "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\xA4\xBE",              // 中央社
                                                   "\xE4\xB8\xAD\xE6\x96\xB0\xE7\xA4\xBE",              // 中新社
                                                   "\xE3\x83\xAD\xE3\x82\xA4\xE3\x82\xBF\xE3\x83\xBC",  // ロイター
                                                   "\xE8\xB7\xAF\xE9\x80\x8F",                          // 路透
                                                   "\xE6\xB3\x95\xE6\x96\xB0\xE7\xA4\xBE",              // 法新社
                                                   "\xE7\xBE\x8E\xE8\x81\x94\xE7\xA4\xBE",              // 美联社
                                                   "\xE7\xBE\x8E\xE8\x81\xAF\xE7\xA4\xBE"};             // 美聯社
  if (!s.ends_with(kClose)) return {};
  const size_t open = s.find(kOpen);
  if (open == std::string_view::npos || open == 0) return {};
  const std::string_view name = s.substr(0, open);
  const std::string_view place = s.substr(open + kOpen.size(), s.size() - open - kOpen.size() - kClose.size());
  if (std::find(std::begin(kAgencies), std::end(kAgencies), place) != std::end(kAgencies)) return {};
  auto run = [](std::string_view text, bool is_name) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size();) {
      const char32_t cp = NextCodePoint(text, i);
      const bool ideograph = cp >= 0x4E00 && cp <= 0x9FFF;
      const bool kana = is_name ? cp >= 0x3041 && cp <= 0x3096 : cp >= 0x30A1 && cp <= 0x30FA;
      if (!(ideograph || kana)) return false;
      ++chars;
    }
    return chars >= (is_name ? 3u : 2u) && chars <= 6;
  };
  return run(name, true) && run(place, false) ? name : std::string_view();
}

// One to four words of ASCII letters (and . ' -), each opening with a capital.
bool IsLatinNameRun(std::string_view s) {
  size_t words = 0;
  bool word_start = true;
  for (const char ch : s) {
    if (ch == ' ') {
      if (word_start) return false;  // two spaces
      word_start = true;
      continue;
    }
    if (word_start) {
      if (!(ch >= 'A' && ch <= 'Z')) return false;
      ++words;
      word_start = false;
      continue;
    }
    const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    if (!(letter || ch == '.' || ch == '\'' || ch == '-')) return false;
  }
  return !word_start && words >= 1 && words <= 4;
}

// The names of a CJK byline ("记者 王小明 李华", "김철수·이영희 기자", "文・山田太郎"):
// each two to six characters outside ASCII, apart by a space or a list mark, up to
// a date printed after them.
// Empty when the line has no CJK byline word or a part is not such a name.
std::vector<std::string> NamesFromCjkByline(std::string_view line) {
  const std::string_view unwrapped = UnwrapBrackets(TrimAscii(line));
  std::string_view s = StripCjkBylineSuffix(unwrapped);
  const bool suffixed = s.size() < unwrapped.size();
  const std::string_view prefixed = StripCjkBylinePrefix(s);
  if (!suffixed && prefixed.size() == s.size()) {
    const std::string_view name = NameBeforeBracketedPlace(unwrapped);
    return name.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::string(name)};
  }
  s = TrimAscii(prefixed);
  // A name in Latin letters before the title after a space ("Harbour Times 記者", a
  // house account's; "Jane Doe 기자"): one name of one to four capitalised words.
  if (suffixed && !s.empty() && s.size() < unwrapped.size() && IsLatinNameRun(s)) return {std::string(s)};
  static constexpr std::string_view kMarks[] = {
      " ", "\xE3\x80\x80", "\xE3\x80\x81", "\xC2\xB7", "\xE3\x83\xBB", "\xEF\xBC\x8C", ","};
  std::vector<std::string> names;
  for (const std::string_view part : SplitOnAny(s, kMarks)) {
    if (part.empty()) continue;
    // The slot's date after the names ("本报记者 王小明、陈刚 12.05.2026") ends them.
    if (!names.empty() && part.front() >= '0' && part.front() <= '9') break;
    size_t chars = 0;
    for (const char ch : part) {
      const unsigned char b = static_cast<unsigned char>(ch);
      if (b < 0x80 || (b >= 0xC0 && b < 0xE3)) return {};  // kana, CJK ideographs, Hangul only
      if ((b & 0xC0) != 0x80) ++chars;
    }
    if (chars < 2 || chars > 6 || names.size() >= 8) return {};
    names.emplace_back(part);
  }
  return names;
}

// Joins of names: and, und, et, y, e, og, och, en, i, ve, és, ja, и, και, și / şi (ro), و (ar, fa;
// written apart: glued to the next name it may also open one, "وليد").
constexpr std::string_view kConjunctions[] = {" and ", " & ",  " und ", " et ", " y ", " e ",   " og ", " och ", " en ",
                                              " i ",   " ve ", " és ",  " ja ", " и ", " και ", " și ", " şi ",  " و "};
// ... and joins that are also common words of other languages ("a": cs, sk; "dan": id,
// ms), read as joins only with a capital on each side ("Jan Novák a Petr Svoboda",
// not "Jane Doe is a reporter").
constexpr std::string_view kCapitalisedConjunctions[] = {" a ", " dan "};

bool OpensWithCapital(std::string_view s) {
  s = TrimPunctuation(s);
  const unsigned char first = s.empty() ? 0 : static_cast<unsigned char>(s.front());
  return (first >= 'A' && first <= 'Z') || first >= 0x80;
}

// `part` split at its joins of names (kConjunctions, and kCapitalisedConjunctions
// where a capital stands on each side).
std::vector<std::string_view> SplitJoinedNames(std::string_view part) {
  std::vector<std::string_view> sides;
  for (const std::string_view piece : SplitOnAny(part, kConjunctions)) {
    const std::vector<std::string_view> more = SplitOnAny(piece, kCapitalisedConjunctions);
    if (more.size() > 1 && std::all_of(more.begin(), more.end(), OpensWithCapital)) {
      sides.insert(sides.end(), more.begin(), more.end());
    } else {
      sides.push_back(piece);
    }
  }
  return sides;
}

// Author sources, most trusted first. Authors come from the first group that names
// anyone: mixing groups mixes in photographers, editors and teaser bylines.
enum AuthorGroup : size_t {
  kGroupJsonLd,
  kGroupMetaCreator,  // dc:creator, dcterm:creator (the last such tag wins)
  kGroupMetaAuthor,   // <meta name=author> (the last wins)
  kGroupMetaOther,    // citation_author, parsely-author, ...
  kGroupOpenGraph,    // article:author
  kGroupItemprop,
  kGroupRelAuthor,
  kGroupByline,
  kGroupAuthorLink,  // a link to an author's page by the headline
  kGroupNameLine,    // a name alone on a line under the headline, beside a date or an avatar
  kAuthorGroups,
};

// Title <meta>s by the priority Readability gives them; the last tag of a key wins.
constexpr std::string_view kTitleMetaKeys[] = {
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely-title"};

struct Candidates {
  std::array<std::vector<SourcedValue>, kAuthorGroups> authors;
  std::optional<SourcedValue> published;
  std::optional<SourcedValue> modified;
  std::array<std::string, std::size(kTitleMetaKeys)> title_meta;
  std::string jsonld_name, jsonld_headline_field;  // of the first article object
  bool jsonld_title_read = false;
  std::string og_title, jsonld_headline, title_tag;
  std::vector<std::string> headings;  // visible <h1>/<h2> texts, for the <title> heuristics
  size_t h1_count = 0;
  std::string first_h1;
  std::string og_site_name, jsonld_publisher, application_name;
  std::vector<std::string> jsonld_organisations;  // names of JSON-LD Organization objects
  std::string lang_html, lang_http, lang_jsonld, og_locale;
  std::string canonical_link, og_url, jsonld_url, base_href;
  std::string source_link;  // <link rel="syndication-source"> or rel="original-source"
  std::string description_meta, og_description, jsonld_description;
  json::array jsonld_blocks;
  std::vector<SourcedValue> declared_sources;  // see Article::declared_sources
  size_t config_scripts = 0;                   // inline scripts scanned for them
};

void AddAuthor(Candidates& c, AuthorGroup group, std::string_view raw, const char* source, double confidence) {
  std::vector<SourcedValue>& out = c.authors[group];
  for (std::string& name : NamesFromAuthorValue(raw)) {
    if (out.size() >= kMaxAuthorsPerSource) return;
    out.push_back({std::move(name), source, confidence});
  }
}

void OfferDate(std::optional<SourcedValue>& slot, std::string_view raw, const char* source, double confidence) {
  if (slot && slot->confidence >= confidence) return;
  std::optional<std::string> iso = NormalizeDate(raw);
  if (iso) slot = SourcedValue{std::move(*iso), source, confidence};
}

void SetIfEmpty(std::string& slot, std::string_view value) {
  if (slot.empty()) slot = CollapseWhitespace(value);
}

// ---- JSON-LD -----------------------------------------------------------------

std::string_view StringOf(const json::value& v) {
  if (v.is_string()) return v.get_string();
  if (v.is_array() && !v.get_array().empty() && v.get_array()[0].is_string()) {
    return v.get_array()[0].get_string();
  }
  return {};
}

const json::value* Field(const json::object& o, std::string_view key) {
  const auto it = o.find(key);
  return it == o.end() ? nullptr : &it->value();
}

std::string_view StringField(const json::object& o, std::string_view key) {
  const json::value* v = Field(o, key);
  return v == nullptr ? std::string_view{} : StringOf(*v);
}

// "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike.
std::string_view BareType(std::string_view t) {
  const size_t cut = t.find_last_of(":/");
  return cut == std::string_view::npos ? t : t.substr(cut + 1);
}

bool TypeIn(const json::object& o, std::span<const std::string_view> types) {
  const json::value* t = Field(o, "@type");
  if (t == nullptr) return false;
  auto matches = [&](const json::value& v) {
    if (!v.is_string()) return false;
    const std::string_view bare = BareType(v.get_string());
    return std::find(types.begin(), types.end(), bare) != types.end();
  };
  if (matches(*t)) return true;
  if (t->is_array()) {
    for (const json::value& v : t->get_array()) {
      if (matches(v)) return true;
    }
  }
  return false;
}

constexpr std::string_view kArticleTypes[] = {
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
    "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting",
    "SocialMediaPosting", "DiscussionForumPosting", "Report", "TechArticle",
    "ScholarlyArticle", "Blog"};
constexpr std::string_view kPageTypes[] = {"WebPage", "ItemPage", "AboutPage"};

using IdIndex = std::unordered_map<std::string, const json::object*>;

// Article-type and page-type objects in document order: top-level values,
// array elements, "@graph" members and "mainEntity" values. Also indexes "@id"s.
void CollectJsonLdObjects(const json::value& root, std::vector<const json::object*>& articles,
                          std::vector<const json::object*>& pages, IdIndex& ids) {
  std::vector<std::pair<const json::value*, int>> stack = {{&root, 0}};
  while (!stack.empty()) {
    const auto [v, depth] = stack.back();
    stack.pop_back();
    if (depth > 6) continue;
    if (v->is_array()) {
      const json::array& a = v->get_array();
      for (size_t k = a.size(); k > 0; --k) stack.emplace_back(&a[k - 1], depth + 1);
      continue;
    }
    if (!v->is_object()) continue;
    const json::object& o = v->get_object();
    const std::string_view id = StringField(o, "@id");
    if (!id.empty() && o.size() > 1) ids.emplace(std::string(id), &o);
    if (TypeIn(o, kArticleTypes)) articles.push_back(&o);
    else if (TypeIn(o, kPageTypes)) pages.push_back(&o);
    for (const std::string_view key : {"mainEntity", "@graph"}) {
      if (const json::value* child = Field(o, key)) stack.emplace_back(child, depth + 1);
    }
  }
}

// A name from "Jane", {"name": "Jane"}, {"@id": "#p1"} (looked up) or {"name": {"@value": ..}}.
std::string_view NameOf(const json::value& v, const IdIndex& ids) {
  if (v.is_string()) return v.get_string();
  if (!v.is_object()) return {};
  const json::object& o = v.get_object();
  if (const json::value* name = Field(o, "name")) {
    if (name->is_object()) return StringField(name->get_object(), "@value");
    return StringOf(*name);
  }
  const std::string_view id = StringField(o, "@id");
  if (!id.empty()) {
    const auto it = ids.find(std::string(id));
    if (it != ids.end() && it->second != &o) return StringField(*it->second, "name");
  }
  return {};
}

constexpr std::string_view kOrganisationTypes[] = {
    "Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization",
    "EducationalOrganization", "LocalBusiness", "OnlineBusiness", "WebSite", "Brand"};

// {"@type": "Organization", ...}, directly or through its "@id".
bool IsOrganisationObject(const json::value& v, const IdIndex& ids) {
  if (!v.is_object()) return false;
  const json::object& o = v.get_object();
  if (TypeIn(o, kOrganisationTypes)) return true;
  const std::string_view id = StringField(o, "@id");
  if (id.empty()) return false;
  const auto it = ids.find(std::string(id));
  return it != ids.end() && TypeIn(*it->second, kOrganisationTypes);
}

void ReadJsonLdObject(const json::object& o, const IdIndex& ids, Candidates& c) {
  if (!c.jsonld_title_read) {
    c.jsonld_title_read = true;
    if (const json::value* v = Field(o, "name"); v != nullptr && v->is_string()) c.jsonld_name = v->get_string();
    if (const json::value* v = Field(o, "headline"); v != nullptr && v->is_string()) {
      c.jsonld_headline_field = v->get_string();
    }
  }
  if (c.jsonld_headline.empty()) {
    std::string_view headline = StringField(o, "headline");
    if (headline.empty()) headline = StringField(o, "name");
    SetIfEmpty(c.jsonld_headline, headline);
  }
  if (const json::value* author = Field(o, "author")) {
    auto add = [&](const json::value& a) {
      const std::string_view name = NameOf(a, ids);
      if (!IsOrganisationObject(a, ids)) {
        AddAuthor(c, kGroupJsonLd, name, "json-ld", kJsonLdConfidence);
        return;
      }
      // An organisation's name is one name, whatever words it joins.
      std::string org = CleanAuthor(name);
      if (org.empty() || c.authors[kGroupJsonLd].size() >= kMaxAuthorsPerSource) return;
      c.authors[kGroupJsonLd].push_back({org, "json-ld", kJsonLdConfidence});
      if (c.jsonld_organisations.size() < kMaxAuthorsPerSource) c.jsonld_organisations.push_back(std::move(org));
    };
    if (author->is_array()) {
      size_t n = 0;
      for (const json::value& a : author->get_array()) {
        if (++n > kMaxAuthorsPerSource) break;
        add(a);
      }
    } else {
      add(*author);
    }
  }
  std::string_view published = StringField(o, "datePublished");
  if (published.empty()) published = StringField(o, "dateCreated");
  OfferDate(c.published, published, "json-ld", kJsonLdConfidence);
  OfferDate(c.modified, StringField(o, "dateModified"), "json-ld", kJsonLdConfidence);
  if (const json::value* publisher = Field(o, "publisher")) {
    SetIfEmpty(c.jsonld_publisher, NameOf(*publisher, ids));
  }
  if (const json::value* lang = Field(o, "inLanguage")) {
    std::string_view code = StringOf(*lang);
    if (code.empty() && lang->is_object()) code = StringField(lang->get_object(), "alternateName");
    SetIfEmpty(c.lang_jsonld, code);
  }
  std::string_view url = StringField(o, "url");
  if (url.empty()) {
    if (const json::value* main = Field(o, "mainEntityOfPage")) {
      url = StringOf(*main);
      if (url.empty() && main->is_object()) {
        url = StringField(main->get_object(), "@id");
        if (url.empty()) url = StringField(main->get_object(), "url");
      }
    }
  }
  SetIfEmpty(c.jsonld_url, url);
  SetIfEmpty(c.jsonld_description, StringField(o, "description"));
}

// Some sites wrap JSON-LD in an HTML comment or CDATA section.
std::string_view UnwrapScript(std::string_view s) {
  s = TrimAscii(s);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                                    {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}}) {
    if (s.substr(0, open.size()) == open) {
      s.remove_prefix(open.size());
      if (s.size() >= close.size() && s.substr(s.size() - close.size()) == close) {
        s.remove_suffix(close.size());
      }
      s = TrimAscii(s);
    }
  }
  while (!s.empty() && s.back() == ';') s.remove_suffix(1);
  return s;
}

// Raw newlines and tabs inside string literals are not JSON, but CMSs print them
// (an article body pasted into "articleBody") and search engines accept them: they
// become spaces, and the block is parsed again.
std::string SpaceControlCharactersInStrings(std::string_view s) {
  std::string out(s);
  bool in_string = false, escaped = false;
  for (char& ch : out) {
    if (escaped) {
      escaped = false;
    } else if (in_string && ch == '\\') {
      escaped = true;
    } else if (ch == '"') {
      in_string = !in_string;
    } else if (in_string && static_cast<unsigned char>(ch) < 0x20) {
      ch = ' ';
    }
  }
  return out;
}

void ReadJsonLdScript(const FlatDom& dom, uint32_t index, Candidates& c) {
  if (c.jsonld_blocks.size() >= kMaxJsonLdBlocks) return;
  std::string text;
  for (uint32_t i = index + 1; i < dom.nodes[index].end; ++i) {
    if (dom.nodes[i].is_text) text.append(NodeText(dom.nodes[i].node));
  }
  json::parse_options options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  options.max_depth = 64;  // deeper documents fail to parse instead of recursing
  json::error_code ec;
  json::value value = json::parse(UnwrapScript(text), ec, {}, options);
  if (ec) {
    ec.clear();
    value = json::parse(SpaceControlCharactersInStrings(UnwrapScript(text)), ec, {}, options);
  }
  if (ec) return;
  c.jsonld_blocks.push_back(std::move(value));
}

void ReadJsonLd(Candidates& c) {
  std::vector<const json::object*> articles, pages;
  IdIndex ids;
  for (const json::value& block : c.jsonld_blocks) CollectJsonLdObjects(block, articles, pages, ids);
  if (!articles.empty()) {
    ReadJsonLdObject(*articles.front(), ids, c);
    // Later article objects may only add what the first lacked (dates, authors).
    for (size_t k = 1; k < articles.size() && c.authors[kGroupJsonLd].empty(); ++k) {
      ReadJsonLdObject(*articles[k], ids, c);
    }
  }
  for (const json::object* page : pages) {
    if (!articles.empty()) {
      // A WebPage beside an article only supplies language and dates.
      if (const json::value* lang = Field(*page, "inLanguage")) SetIfEmpty(c.lang_jsonld, StringOf(*lang));
      OfferDate(c.published, StringField(*page, "datePublished"), "json-ld", kJsonLdConfidence);
      continue;
    }
    ReadJsonLdObject(*page, ids, c);
    break;
  }
}

// ---- credits declared in page data -------------------------------------------

constexpr size_t kMaxDeclaredSources = 32;
constexpr size_t kMaxConfigScripts = 64;
constexpr size_t kMaxConfigScriptBytes = 1 << 20;  // of each inline script
constexpr size_t kMaxDeclaredValueBytes = 80;
// An address (a syndication tag names the original's URL) is longer than a name.
constexpr size_t kMaxDeclaredUrlBytes = 1024;

// The words of a configuration key, lower-cased: "articleAuthor" -> article, author;
// "_sf_async_config.authors" -> sf, async, config, authors; "cd_source" -> cd, source.
std::vector<std::string> KeyWords(std::string_view key) {
  std::vector<std::string> words(1);
  for (size_t i = 0; i < key.size(); ++i) {
    const char ch = key[i];
    const bool alnum = IsAlpha(ch) || IsDigit(ch);
    const bool hump = i > 0 && ch >= 'A' && ch <= 'Z' && key[i - 1] >= 'a' && key[i - 1] <= 'z';
    if ((!alnum || hump) && !words.back().empty()) words.emplace_back();
    if (alnum) words.back() += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// Whether a <meta> name or a configuration key names who wrote or supplied the
// article: its last word is author, byline, source, agency, provider or the like,
// alone or run together with "article", "content", "news" ("articleAuthor",
// "articleauthor" as <meta> names arrive lower-cased, "cd_source",
// "_sf_async_config.authors", "quelle", "agencyName"), and no word ties it to a picture, a
// video or the visitor's traffic ("image_source", "imagesource", "iptc_source",
// "utm_source"). A bare "source" counts only where `bare_source` (a <meta>): in
// scripts it is mostly an image's credit.
bool NamesContentSource(std::string_view key, bool bare_source) {
  std::vector<std::string> words = KeyWords(key);
  // "agencyName", "author_name": the name of what the words before it say.
  if (words.size() >= 2 && (words.back() == "name" || words.back() == "title" || words.back() == "label")) {
    words.pop_back();
  }
  if (words.empty()) return false;
  static constexpr std::string_view kLast[] = {
      "author", "authors", "byline", "agency", "agencies", "agentur", "provider", "supplier",
      "source", "sources", "quelle", "kaynak", "fuente", "fonte", "zrodlo", "istochnik"};
  static constexpr std::string_view kJoined[] = {"article", "content", "news", "story", "post", "original", "item"};
  // Words that are foreign wherever they stand in a word, and short ones only alone.
  static constexpr std::string_view kForeignParts[] = {
      "image", "photo", "foto", "picture", "bild", "video", "thumb", "media", "gallery", "caption", "credit",
      "copyright", "iptc", "exif", "logo", "icon", "cover", "teaser", "audio", "player", "embed", "stream",
      "traffic", "referrer", "campaign", "login", "font", "script", "comment", "feed"};
  static constexpr std::string_view kForeignWords[] = {"img", "pic", "utm", "ref", "ad", "ads", "url", "src", "rss",
                                                       "user"};
  const std::string& last = words.back();
  std::string_view head;  // what "articleauthor" runs together before "author"
  bool named = false;
  for (const std::string_view word : kLast) {
    if (last == word) named = true;
    if (last.size() > word.size() && std::string_view(last).ends_with(word)) {
      head = std::string_view(last).substr(0, last.size() - word.size());
      named |= std::find(std::begin(kJoined), std::end(kJoined), head) != std::end(kJoined);
    }
  }
  if (!named) return false;
  for (const std::string& w : words) {
    if (std::find(std::begin(kForeignWords), std::end(kForeignWords), w) != std::end(kForeignWords)) return false;
    for (const std::string_view part : kForeignParts) {
      if (w.find(part) != std::string::npos) return false;
    }
  }
  const bool bare = (words.size() == 1 && head.empty()) ||
                    (words.size() == 2 && (words[0] == "og" || words[0] == "article" || words[0] == "dc"));
  return bare_source || !bare || (last != "source" && last != "sources");
}

// Whether a <meta> name not in the known list names the publication date by its
// words ("post-date", "article_publication_date", "pubdate_utc", "datum"):
// a word for a date or a publication, and none for a change, an end or an event.
bool NamesPublicationDate(std::string_view key) {
  static constexpr std::string_view kDateWords[] = {"date", "published", "publish", "pubdate", "publication",
                                                    "datum", "fecha", "data", "posted"};
  static constexpr std::string_view kOtherWords[] = {"modified", "modification", "updated", "update", "expires",
                                                     "expiry", "expiration", "last", "end", "start", "birth",
                                                     "event", "print", "revised", "review", "changed", "edit",
                                                     "format", "type", "image", "video"};
  bool date = false;
  for (const std::string& w : KeyWords(key)) {
    if (std::find(std::begin(kOtherWords), std::end(kOtherWords), w) != std::end(kOtherWords)) return false;
    date |= std::find(std::begin(kDateWords), std::end(kDateWords), w) != std::end(kDateWords);
  }
  return date;
}

void OfferDeclaredSource(Candidates& c, std::string source, std::string_view value) {
  const std::string v = CollapseWhitespace(value);
  const bool url = v.starts_with("https://") || v.starts_with("http://");
  if (v.size() < 2 || v.size() > (url ? kMaxDeclaredUrlBytes : kMaxDeclaredValueBytes) ||
      c.declared_sources.size() >= kMaxDeclaredSources) {
    return;
  }
  for (const SourcedValue& seen : c.declared_sources) {
    if (seen.value == v && seen.source == source) return;
  }
  c.declared_sources.push_back({v, std::move(source), kMetaConfidence});
}

bool IsKeyChar(char ch) { return IsAlpha(ch) || IsDigit(ch) || ch == '_' || ch == '$' || ch == '.' || ch == '-'; }

// The key before a ':' or '=' at `at` in JSON or JavaScript notation, quoted,
// escaped-quoted (\"key\") or bare, or empty.
std::string_view KeyBefore(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\'')) {
    --end;
    if (end > 0 && text[end - 1] == '\\') --end;
  }
  size_t begin = end;
  while (begin > 0 && end - begin < 48 && IsKeyChar(text[begin - 1])) --begin;
  if (begin == end || IsDigit(text[begin]) || text[begin] == '-' || text[begin] == '.') return {};
  return text.substr(begin, end - begin);
}

// The key that holds the object or list opening at `open`, in lower case, a list
// between them passed ("photos": [{...}] gives "photos"), or "" when none does.
std::string HolderKey(std::string_view text, size_t open) {
  size_t i = open;
  const auto skip_space = [&] {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r')) --i;
  };
  skip_space();
  if (i > 0 && text[i - 1] == '[') {
    --i;
    skip_space();
  }
  if (i == 0 || (text[i - 1] != ':' && text[i - 1] != '=')) return {};
  return AsciiLower(KeyBefore(text, i - 1));
}

// Whether a key holding an object names a picture, a video or a list a widget
// filters by ("photo": {...}, "blacklist": {"byline": [...]}).
bool HolderNamesMediaOrFilter(std::string_view text, size_t open) {
  const std::string key = HolderKey(text, open) + "\"";
  for (const std::string_view word : {"image", "photo", "foto", "bild", "picture", "thumbnail", "video", "list\"",
                                      "exclu", "ignore", "filter"}) {
    if (key.find(word) != std::string::npos) return true;
  }
  return false;
}

// Walks out from `at`, back to `floor`, through the brackets still open there,
// innermost first: `stop(open)` is asked at each opening '{' (and '[' unless
// `braces_only`, when only '{' and '}' count). Returns the first opening it stops
// at, or npos.
template <typename Stop>
size_t EnclosingOpening(std::string_view text, size_t at, size_t floor, bool braces_only, Stop stop) {
  int depth = 0;
  for (size_t i = at; i-- > floor;) {
    const char ch = text[i];
    if (ch == '}' || (!braces_only && ch == ']')) {
      ++depth;
    } else if (ch == '{' || (!braces_only && ch == '[')) {
      if (depth > 0) {
        --depth;
      } else if (stop(i)) {
        return i;
      }
    }
  }
  return std::string_view::npos;
}

// The innermost opening still open at `at` (EnclosingOpening), or npos.
size_t InnermostOpening(std::string_view text, size_t at, size_t floor, bool braces_only) {
  return EnclosingOpening(text, at, floor, braces_only, [](size_t) { return true; });
}

// Whether an object or list enclosing the one around `at` (whose brace is at
// `open`), up to three levels out and 4 KB either way, is a picture or a video: a
// picture's credit can sit a few levels inside it ("lead_art": {"caption": "...",
// "credits": {"by": [{"byline": "..."}]}, "type": "image"}). Each level is read at
// its own depth only, before and after the part that holds `at`, since what its
// nested objects say is theirs (a story's "promo_image" beside its own "credits"):
// a "type" naming a picture or a video, or a key holding the level whose name does.
bool InsideMediaAncestor(std::string_view text, size_t open, size_t at) {
  constexpr int kLevels = 3;
  constexpr size_t kBytes = 4096;
  auto own_char = [](char ch) { return ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\\'; };
  // Each level's own text after the part holding `at` (level 0 is the object at `open`).
  std::string after[kLevels + 1];
  {
    const size_t ceiling = std::min(text.size(), at + kBytes);
    int level = 0, nested = 0;
    for (size_t i = at; i < ceiling && level <= kLevels; ++i) {
      const char ch = text[i];
      if (ch == '{' || ch == '[') {
        ++nested;
      } else if (ch == '}' || ch == ']') {
        if (nested > 0) {
          --nested;
        } else {
          ++level;
        }
      } else if (nested == 0 && level > 0 && own_char(ch)) {
        after[level].push_back(ch);
      }
    }
  }
  const size_t floor = open > kBytes ? open - kBytes : 0;
  int level = 1;
  size_t inner = open;  // the opening of the level inside this one
  bool media = false;
  EnclosingOpening(text, open, floor, /*braces_only=*/false, [&](size_t i) {
    // Level `level` opens at `i`: its own text is what lies between it and `inner`
    // outside nested brackets, and after[level].
    std::string own;
    int nested = 0;
    for (size_t k = i + 1; k < inner; ++k) {
      const char ch = text[k];
      if (ch == '{' || ch == '[') ++nested;
      else if (ch == '}' || ch == ']') --nested;
      else if (nested == 0 && own_char(ch)) own.push_back(ch);
    }
    own = AsciiLower(own + after[level]);
    for (const std::string_view kind : {"type\":\"image", "type\":\"video", "type\":\"gallery", "type\":\"photo",
                                        "type\":\"picture", "type\":\"imageobject", "type\":\"videoobject"}) {
      if (own.find(kind) != std::string::npos) media = true;
    }
    media = media || HolderNamesMediaOrFilter(text, i);
    inner = i;
    return media || ++level > kLevels;
  });
  return media;
}

// Whether the object around `at` (from its opening brace, at most 400 bytes back)
// describes a picture or a video: an image's "source" or "author" is its credit.
// The key that holds that object counts too (a list between them passed): a
// picture's ("photo": {"agency": ...}) or a filter's ("blacklist": {"byline":
// [...]}, a list of bylines a widget leaves out). A "credits" key there is not
// one: it holds a story's own bylines as often as a picture's. So do the objects
// around it, a few levels out (InsideMediaAncestor).
bool InsideMediaObject(std::string_view text, size_t at) {
  const size_t floor = at > 400 ? at - 400 : 0;
  size_t open = InnermostOpening(text, at, floor, /*braces_only=*/true);
  if (open == std::string_view::npos) open = floor;
  const std::string lower = AsciiLower(text.substr(open, at - open));
  for (const std::string_view word : {"\"image", "\"caption", "\"photo", "\"foto", "\"bild", "\"picture",
                                      "\"thumbnail", "\"video", "\"credit", "\"copyright", "imageobject"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return HolderNamesMediaOrFilter(text, open) || InsideMediaAncestor(text, open, at);
}


// The quoted string value after a ':' or '=' at `at` (quotes may be escaped), or empty.
std::string_view StringAfter(std::string_view text, size_t at) {
  size_t i = at + 1;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  const bool escaped = i < text.size() && text[i] == '\\';
  if (escaped) ++i;
  if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) return {};
  const char quote = text[i++];
  const size_t begin = i;
  while (i < text.size() && i - begin <= kMaxDeclaredValueBytes) {
    const char ch = text[i];
    if (ch == '\n' || ch == '<' || ch == '>' || ch == '{' || ch == '}') return {};
    if (ch == quote) {
      if (!escaped) return text.substr(begin, i - begin);
      // An escaped string closes with an escaped quote; a bare one inside it is not ours.
      return text[i - 1] == '\\' ? text.substr(begin, i - begin - 1) : std::string_view();
    }
    if (ch == '\\' && !escaped) return {};
    ++i;
  }
  return {};
}

// The names a structured value after the ':' or '=' at `at` holds, in plain
// JSON: the strings of an array (["dpa", "AFP"]), or the "name" (or "title",
// "label", "displayName") of an object or of the objects of an array
// ({"id": 3, "name": "ANSA"}, [{"name": "AFP", "slug": "afp"}]). Only the
// value's own level is read (an author's nested "image" is not), within
// kMaxStructureBytes and at most kMaxStructureNames names; escaped JSON is not
// read this way.
std::vector<std::string_view> NamesInStructureAfter(std::string_view text, size_t at) {
  constexpr size_t kMaxStructureBytes = 600;
  constexpr size_t kMaxStructureNames = 4;
  std::vector<std::string_view> names;
  size_t i = at + 1;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size() || (text[i] != '[' && text[i] != '{')) return names;
  const size_t end = std::min(text.size(), i + kMaxStructureBytes);
  std::string containers;  // the open brackets, innermost last
  bool take_next_string = false;
  while (i < end && names.size() < kMaxStructureNames) {
    const char ch = text[i];
    if (ch == '[' || ch == '{') {
      containers.push_back(ch);
      take_next_string = false;
      ++i;
      continue;
    }
    if (ch == ']' || ch == '}') {
      if (containers.empty()) break;
      containers.pop_back();
      if (containers.empty()) break;
      ++i;
      continue;
    }
    if (ch != '"') {
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != ',' && ch != ':') take_next_string = false;
      ++i;
      continue;
    }
    const size_t begin = ++i;
    while (i < end && text[i] != '"' && text[i] != '\\' && text[i] != '\n') ++i;
    if (i >= end || text[i] != '"') break;
    const std::string_view str = text.substr(begin, i - begin);
    ++i;
    size_t next = i;
    while (next < end && (text[next] == ' ' || text[next] == '\t')) ++next;
    const bool is_key = next < end && text[next] == ':';
    // The value's own level: the array itself, the object itself, or an object in the array.
    const bool own_level = containers.size() == 1 || (containers.size() == 2 && containers[0] == '[');
    if (is_key) {
      take_next_string = own_level && containers.back() == '{' &&
                         (str == "name" || str == "title" || str == "label" || str == "displayName");
      i = next + 1;
      continue;
    }
    if (take_next_string || (containers.size() == 1 && containers[0] == '[')) names.push_back(str);
    take_next_string = false;
  }
  return names;
}

// A cheap test before NamesContentSource, run on every key of a script: whether
// the key holds the start of one of its last words, in any case.
bool MayNameSource(std::string_view key) {
  static constexpr std::string_view kStems[] = {"auth",  "byline", "sourc", "agenc", "agentur", "provid", "suppl",
                                                "quell", "kaynak", "fuent", "fonte", "zrodl",   "istoch"};
  std::array<char, 48> lower{};
  const size_t n = std::min(key.size(), lower.size());
  for (size_t i = 0; i < n; ++i) {
    const char ch = key[i];
    lower[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  const std::string_view folded(lower.data(), n);
  // One pass over the key, a stem tried where its first letter stands (a search
  // per stem ran 13 times over every key of every script); most letters start none.
  static constexpr std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> first{};
    for (const std::string_view stem : kStems) first[static_cast<unsigned char>(stem.front())] = true;
    return first;
  }();
  for (size_t i = 0; i < n; ++i) {
    if (!kFirst[static_cast<unsigned char>(folded[i])]) continue;
    const std::string_view rest = folded.substr(i);
    for (const std::string_view stem : kStems) {
      if (stem.front() == rest.front() && rest.starts_with(stem)) return true;
    }
  }
  return false;
}

// Whether the object around `at` is one of several items of a list: an element
// of an array that holds other objects too (a teaser list, "related" or "most
// read" stories, a feed in an app's state). An item's author or agency is that
// item's, not the page's article's. An array held by a key that names the
// content's source itself ("authors": [{...}, {...}], "credits") is no list of
// items: its objects are the article's own bylines.
bool InsideListOfItems(std::string_view text, size_t at) {
  constexpr size_t kReach = 4000;
  const size_t floor = at > kReach ? at - kReach : 0;
  const size_t open = InnermostOpening(text, at, floor, /*braces_only=*/false);
  if (open == std::string_view::npos || text[open] != '{') return false;
  auto skip_back = [&](size_t i) {
    while (i > floor && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r')) --i;
    return i;
  };
  size_t before = skip_back(open);
  if (before == floor || (text[before - 1] != ',' && text[before - 1] != '[')) return false;
  bool several = text[before - 1] == ',';
  if (!several) {
    // The first element: a second object follows it.
    int d = 0;
    const size_t end = std::min(text.size(), open + kReach);
    for (size_t i = open; i < end; ++i) {
      if (text[i] == '{' || text[i] == '[') ++d;
      if ((text[i] == '}' || text[i] == ']') && --d == 0) {
        size_t j = i + 1;
        while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r')) ++j;
        if (j < end && text[j] == ',') {
          ++j;
          while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r')) ++j;
          several = j < end && text[j] == '{';
        }
        break;
      }
    }
  }
  if (!several) return false;
  // The array's opening bracket and the key that holds it.
  const size_t list = InnermostOpening(text, open, floor, /*braces_only=*/false);
  if (list == std::string_view::npos) return true;
  if (text[list] != '[') return false;
  const size_t colon = skip_back(list);
  if (colon == floor || (text[colon - 1] != ':' && text[colon - 1] != '=')) return true;
  const std::string holder = AsciiLower(KeyBefore(text, colon - 1));
  return !(holder == "by" || holder.find("credit") != std::string::npos ||
           (MayNameSource(holder) && NamesContentSource(holder, /*bare_source=*/true)));
}

// Whether a link is one of the reader's tools a byline slot lines up beside the
// writer's name rather than a name or an outlet: the writer's e-mail (mailto:) or
// feed (a "feed:" address, a path segment "rss", "feed", "feeds" or "atom", or a
// ".rss", ".atom", ".rdf" or ".xml" file). Its text is a control's word ("RSS",
// "Email", "Feed"): an agency's abbreviation that is also a web term ("RSS") is no
// credit there. Conventions of the web, the same on every site.
bool IsReaderToolHref(std::string_view href) {
  const std::string lower = AsciiLower(TrimAscii(href));
  if (lower.starts_with("mailto:") || lower.starts_with("feed:")) return true;
  std::string_view path = UrlPath(lower);
  if (path.empty() && !lower.empty() && lower.front() == '/') path = std::string_view(lower).substr(0, lower.find_first_of("?#"));
  for (const std::string_view segment : Split(path, '/')) {
    if (segment == "rss" || segment == "feed" || segment == "feeds" || segment == "atom") return true;
  }
  return path.ends_with(".rss") || path.ends_with(".atom") || path.ends_with(".rdf") || path.ends_with(".xml");
}

// Whether the element's text is all one reader's tool link (IsReaderToolHref): the
// link itself, or a wrapper around it and an icon.
bool IsReaderToolPart(const FlatDom& dom, uint32_t index) {
  for (uint32_t k = index; k < dom.nodes[index].end; ++k) {
    const DomNode& n = dom.nodes[k];
    if (n.is_text || n.tag != GUMBO_TAG_A) continue;
    return IsReaderToolHref(Attr(n.node, "href")) && VisibleText(dom, k, 256) == VisibleText(dom, index, 256);
  }
  return false;
}

// The parts of a byline element made of elements of their own with nothing but
// spaces between them (a name's element and an outlet's, a date's): the visible
// text of each, descending into a part that is itself made that way (and through
// a wrapper of a single element). Empty when
// the byline is one run of text ("By Jane Doe, Reuters") or has a single part.
void CollectBylineParts(const FlatDom& dom, uint32_t index, int depth, std::vector<std::string>& parts) {
  constexpr size_t kMaxParts = 8;
  std::vector<uint32_t> children;
  for (uint32_t k = index + 1; k < dom.nodes[index].end; k = dom.nodes[k].end) {
    const DomNode& n = dom.nodes[k];
    if (n.is_text) {
      if (TrimAscii(NodeText(n.node)).empty()) continue;
      children.clear();  // text of its own between the parts: one run of text
      break;
    }
    if (n.tag == GUMBO_TAG_BR || IsNonRenderedTag(n.tag) || n.hidden) continue;
    if (!VisibleText(dom, k, kMaxBylineBytes).empty()) children.push_back(k);
  }
  if (children.size() == 1 && depth < 3) {
    CollectBylineParts(dom, children.front(), depth + 1, parts);  // a wrapper around the parts
    return;
  }
  if (depth >= 3 || children.size() < 2) {
    if (parts.size() < kMaxParts && !IsReaderToolPart(dom, index)) parts.push_back(VisibleText(dom, index, 256));
    return;
  }
  for (const uint32_t k : children) CollectBylineParts(dom, k, depth + 1, parts);
}

// The alt text of the one picture a byline element holds when it shows no text
// (a logo standing for the name), trimmed; empty otherwise.
std::string LogoAltOfByline(const FlatDom& dom, uint32_t index) {
  constexpr size_t kMaxAltBytes = 80;
  std::string alt;
  int pictures = 0;
  for (uint32_t k = index + 1; k < dom.nodes[index].end; ++k) {
    if (dom.nodes[k].tag != GUMBO_TAG_IMG) continue;
    if (++pictures > 1) return "";
    alt = CollapseWhitespace(Attr(dom.nodes[k].node, "alt"));
  }
  const std::string_view trimmed = TrimPunctuation(alt);
  return trimmed.size() <= kMaxAltBytes ? std::string(trimmed) : "";
}

// The agency slot beside a byline element: an element of its own after it, under the
// same parent, whose class or id names the agency or the source ("<span
// class=author>Jane Doe</span> <span class=agency>| Europa Press</span> <span
// class=place>Madrid</span>"). A template prints the supplier there, apart from the
// name, so the byline element alone would lose it. Its text, without the separators
// before and after it, is a line of the byline slot; the credit rules decide what it
// names (a picture's credit or the page's own name there credits no one); a slot
// opening with a slash is a photographer's credit split in two. The next few
// element siblings only.
std::vector<std::string> AgencySlotsBeside(const FlatDom& dom, uint32_t index) {
  constexpr int kMaxSiblings = 4;
  constexpr size_t kMaxSlotBytes = 80;
  std::vector<std::string> lines;
  const uint32_t parent = dom.nodes[index].parent;
  if (parent == kNoNode) return lines;
  int seen = 0;
  for (uint32_t k = dom.nodes[index].end; k < dom.nodes[parent].end && seen < kMaxSiblings; k = dom.nodes[k].end) {
    const DomNode& sibling = dom.nodes[k];
    if (sibling.is_text) continue;
    ++seen;
    const NameTokenList tokens = ClassIdTokens(sibling);
    if (!HasToken(tokens, {"agency", "agencia", "agence", "agentur", "agenzia", "agencja", "source", "fuente",
                           "quelle", "fonte", "provider"})) {
      continue;
    }
    const std::string text = VisibleText(dom, k, 2 * kMaxSlotBytes);
    if (text.starts_with("/")) continue;  // "<name>/dpa" split in two: a photographer's credit
    std::string_view line = TrimPunctuation(text);
    for (const std::string_view mark : {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94"}) {  // · • – —
      if (line.starts_with(mark)) line = TrimPunctuation(line.substr(mark.size()));
    }
    if (!line.empty() && line.size() <= kMaxSlotBytes) lines.emplace_back(line);
  }
  return lines;
}

std::vector<std::string> BylineParts(const FlatDom& dom, uint32_t index) {
  std::vector<std::string> parts;
  CollectBylineParts(dom, index, 0, parts);
  if (parts.size() < 2) return {};
  return parts;
}

// A byline's parts read as one line, the way a reader separates them: a comma
// between a name's element and the next one ("Jane Doe, Associated Press", whose
// names end before the outlet), a space after a part that is only a byline word
// ("By", "Von": "By Jane Doe").
std::string JoinBylineParts(const std::vector<std::string>& parts) {
  std::string line;
  for (const std::string& part : parts) {
    if (!line.empty()) {
      const bool only_prefix = TrimPunctuation(StripBylinePrefix(TrimPunctuation(line + " X"))) == "X";
      line += only_prefix ? " " : ", ";
    }
    line += part;
  }
  return line;
}

// An inline script's configuration pairs, in JSON or JavaScript notation, escaped
// or not: "author": "AFP", \"cd_source\":\"anadolu-ajansi\", config.authors = 'PTI'.
// A structured value names its outlets by their names: "agency": {"id": 3,
// "name": "ANSA"}, "authors": [{"name": "AFP"}], "agencies": ["dpa", "AFP"]
// (an app's state object, window.__INITIAL_STATE__, __NEXT_DATA__).
// One pass over the script: each ':' or '=' is read with its key and value.
void ReadConfigScript(const FlatDom& dom, uint32_t index, Candidates& c) {
  if (c.config_scripts >= kMaxConfigScripts || c.declared_sources.size() >= kMaxDeclaredSources) return;
  ++c.config_scripts;
  std::string text;
  for (uint32_t i = index + 1; i < dom.nodes[index].end && text.size() < kMaxConfigScriptBytes; ++i) {
    if (dom.nodes[i].is_text) text.append(NodeText(dom.nodes[i].node));
  }
  if (text.size() > kMaxConfigScriptBytes) text.resize(kMaxConfigScriptBytes);
  constexpr size_t kMaxSourceKeys = 512;
  size_t source_keys = 0;
  // The next ':' or '=' from `from`: the next of each is found by memchr and looked
  // for again only once passed (find_first_of would ask memchr about both
  // characters at every byte of a script; a plain loop reads every byte).
  size_t colon = text.find(':');
  size_t equals = text.find('=');
  const auto next_mark = [&](size_t from) {
    if (colon < from) colon = text.find(':', from);
    if (equals < from) equals = text.find('=', from);
    return std::min(colon, equals);
  };
  for (size_t at = next_mark(0); at != std::string::npos && c.declared_sources.size() < kMaxDeclaredSources;
       at = next_mark(at + 1)) {
    if (text[at] == '=' && at + 1 < text.size() && text[at + 1] == '=') {
      ++at;  // a comparison
      continue;
    }
    const std::string_view key = KeyBefore(text, at);
    if (key.empty() || !MayNameSource(key) || !NamesContentSource(key, /*bare_source=*/false)) continue;
    // Each key read costs a look around it: a script of a thousand teasers is read
    // up to kMaxSourceKeys keys.
    if (++source_keys > kMaxSourceKeys) break;
    if (InsideMediaObject(text, at) || InsideListOfItems(text, at)) continue;
    const std::string_view value = StringAfter(text, at);
    if (value.size() >= 2) {
      OfferDeclaredSource(c, "script:" + std::string(key), value);
      continue;
    }
    for (const std::string_view name : NamesInStructureAfter(text, at)) {
      OfferDeclaredSource(c, "script:" + std::string(key), name);
    }
  }
}

// ---- <meta> ------------------------------------------------------------------

void ReadMetaKey(const std::string& key, std::string_view content, Candidates& c);

void ReadMeta(const GumboNode* node, Candidates& c) {
  // Some templates print the value in "value" instead of "content".
  const std::string_view content = HasAttr(node, "content") ? Attr(node, "content") : Attr(node, "value");
  const std::string http_equiv = AsciiLower(TrimAscii(Attr(node, "http-equiv")));
  if (http_equiv == "content-language") {
    SetIfEmpty(c.lang_http, content);
    return;
  }
  const std::string_view property = Attr(node, "property");
  std::vector<std::string> keys;
  const std::string properties = CollapseWhitespace(property);
  for (const std::string_view k : Split(properties, ' ')) {
    if (!k.empty()) keys.push_back(AsciiLower(k));
  }
  if (keys.empty()) keys.push_back(AsciiLower(TrimAscii(Attr(node, "name"))));
  for (const std::string& key : keys) ReadMetaKey(key, content, c);
}

void ReadMetaKey(const std::string& key, std::string_view content, Candidates& c) {
  if (key.empty() || TrimAscii(content).empty()) return;
  if (NamesContentSource(key, /*bare_source=*/true)) OfferDeclaredSource(c, "meta:" + key, content);
  // "DC.title", "dc:title" and "dc-title" alike for titles and creators.
  std::string colon_key = key;
  std::replace(colon_key.begin(), colon_key.end(), '.', ':');
  for (size_t k = 0; k < std::size(kTitleMetaKeys); ++k) {
    if (colon_key == kTitleMetaKeys[k]) c.title_meta[k] = CollapseWhitespace(content);
  }
  if (colon_key == "dc:creator" || colon_key == "dcterm:creator" || colon_key == "dcterms:creator") {
    c.authors[kGroupMetaCreator].clear();
    AddAuthor(c, kGroupMetaCreator, content, "meta", kMetaConfidence);
    return;
  }
  if (key == "author") {
    c.authors[kGroupMetaAuthor].clear();
    AddAuthor(c, kGroupMetaAuthor, content, "meta", kMetaConfidence);
    return;
  }
  if (key == "og:title") SetIfEmpty(c.og_title, content);
  else if (key == "og:site_name") SetIfEmpty(c.og_site_name, content);
  else if (key == "og:url") SetIfEmpty(c.og_url, content);
  else if (key == "og:description") SetIfEmpty(c.og_description, content);
  else if (key == "og:locale") SetIfEmpty(c.og_locale, content);
  else if (key == "description" || key == "dc.description") SetIfEmpty(c.description_meta, content);
  else if (key == "application-name") SetIfEmpty(c.application_name, content);
  else if (key == "article:published_time" || key == "og:published_time" ||
           key == "og:article:published_time") {
    OfferDate(c.published, content, "opengraph", kMetaConfidence);
  } else if (key == "article:modified_time" || key == "og:updated_time" ||
             key == "og:article:modified_time") {
    OfferDate(c.modified, content, "opengraph", kMetaConfidence);
  } else if (key == "article:author" || key == "og:article:author") {
    AddAuthor(c, kGroupOpenGraph, content, "opengraph", kMetaConfidence);
  } else if (key == "citation_author" || key == "parsely-author" || key == "sailthru.author" ||
             key == "byl" || key == "dc.contributor") {
    AddAuthor(c, kGroupMetaOther, content, "meta", kMetaConfidence);
  } else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
             key == "publish_date" || key == "citation_publication_date" ||
             key == "citation_date" || key == "citation_online_date" || key == "dc.date" ||
             key == "dc.date.issued" || key == "dc.date.created" || key == "dcterms.date" ||
             key == "dcterms.issued" || key == "dcterms.created" || key == "parsely-pub-date" ||
             key == "sailthru.date" || key == "article.published" || key == "published-date" ||
             key == "originalpublicationdate" || key == "date.available") {
    OfferDate(c.published, content, "meta", kMetaConfidence);
  } else if (key == "dcterms.modified" || key == "dc.date.modified" || key == "last-modified" ||
             key == "article.updated" || key == "lastmod") {
    OfferDate(c.modified, content, "meta", kMetaConfidence);
  } else if (key == "content-language" || key == "dc.language" || key == "language") {
    SetIfEmpty(c.lang_http, content);
  } else if (NamesPublicationDate(key)) {
    OfferDate(c.published, content, "meta", kOtherDateMetaConfidence);
  }
}

// ---- itemprop ----------------------------------------------------------------

// A microdata value: content/datetime/href attribute, else the visible text.
std::string ItempropValue(const FlatDom& dom, uint32_t index) {
  const GumboNode* node = dom.nodes[index].node;
  for (const char* attr : {"content", "datetime"}) {
    const std::string_view v = Attr(node, attr);
    if (!v.empty()) return std::string(v);
  }
  return VisibleText(dom, index, 512);
}

// The name inside an itemprop=author element: a nested itemprop=name, else its text.
std::string MicrodataAuthor(const FlatDom& dom, uint32_t index) {
  const uint32_t end = dom.nodes[index].end;
  for (uint32_t i = index + 1; i < end && i < index + 200; ++i) {
    if (dom.nodes[i].is_text) continue;
    const NameTokenList props = NameTokens(Attr(dom.nodes[i].node, "itemprop"));
    if (HasToken(props, {"name"})) return ItempropValue(dom, i);
  }
  return ItempropValue(dom, index);
}

// Names linked to author pages inside a byline element ("By <a href=/author/jd>Jane
// Doe</a>, Staff Writer" -> {"Jane Doe"}); empty when no link looks like one.
constexpr std::string_view kAuthorPaths[] = {
    "author", "autor", "auteur", "people", "profile", "staff", "writer", "journalist",
    "contributor", "redakteur", "/by/", "/u/", "reporter", "columnist"};

std::vector<std::string> LinkedAuthorNames(const FlatDom& dom, uint32_t index) {
  std::vector<std::string> names;
  for (uint32_t i = index + 1; i < dom.nodes[index].end && names.size() < 8; ++i) {
    const DomNode& d = dom.nodes[i];
    if (d.tag != GUMBO_TAG_A) continue;
    const std::string href = AsciiLower(Attr(d.node, "href"));
    const bool author_page = std::any_of(std::begin(kAuthorPaths), std::end(kAuthorPaths),
                                         [&](std::string_view p) { return href.find(p) != std::string::npos; });
    if (!author_page || IsReaderToolHref(href)) continue;  // the writer's feed: "/rss/author/jane-doe"
    for (std::string& name : NamesFromByline(VisibleText(dom, i, 256))) names.push_back(std::move(name));
    i = d.end - 1;
  }
  return names;
}

// Whether a link leads to an author's page by a path segment that says so
// (IsAuthorSectionSegment: "/author/jane-doe", "/autorzy/", "/editors/jane-doe",
// "/by/jane-doe"). Stricter than kAuthorPaths: outside a byline element,
// "/people/" and "/profile/" are as often a section or a login.
bool IsAuthorPageLink(std::string_view href) {
  std::string_view path = UrlPath(href);
  if (path.empty() && !href.empty() && href.front() == '/') path = href.substr(0, href.find_first_of("?#"));
  const std::string lower = AsciiLower(path);
  for (const std::string_view segment : Split(lower, '/')) {
    if (IsAuthorSectionSegment(segment, /*with_people=*/false)) return true;
  }
  return false;
}

// The bytes of visible text in `block`'s own run of lines around `index`: the
// block's text but for the blocks nested in it that do not hold `index` (a panel
// or a date's <div> beside a byline's <span> is a line of its own, not text the
// span runs in). Counts up to `max_bytes`.
size_t RunAroundBytes(const FlatDom& dom, uint32_t block, uint32_t index, size_t max_bytes) {
  size_t bytes = 0;
  for (uint32_t k = block + 1; k < dom.nodes[block].end && bytes <= max_bytes;) {
    const DomNode& d = dom.nodes[k];
    if (d.is_text) {
      bytes += TrimAscii(NodeText(d.node)).size();
      ++k;
      continue;
    }
    const bool holds_index = k <= index && index < d.end;
    if (IsNonRenderedTag(d.tag) || d.hidden || (IsBlockTag(d.tag) && !holds_index)) {
      k = d.end;
      continue;
    }
    ++k;
  }
  return bytes;
}

// Whether an inline element (<span>, <em>, <strong>...) is a fragment of running
// text: its nearest block holds a paragraph's worth of text around it ("... läuft
// <strong>von Montag, den 1. Mai</strong> bis einschließlich ..." is no byline),
// more than a byline slot with its date and labels. A block nested beside it (the
// author's bio panel in the byline's box) is no text the element runs in.
bool InsideLongerLine(const FlatDom& dom, uint32_t index) {
  if (IsBlockTag(dom.nodes[index].tag)) return false;
  uint32_t block = dom.nodes[index].parent;
  while (block != kNoNode && !IsBlockTag(dom.nodes[block].tag)) block = dom.nodes[block].parent;
  return block != kNoNode && RunAroundBytes(dom, block, index, 4 * kMaxBoldBylineBytes) > 2 * kMaxBoldBylineBytes;
}

// Whether an element lies in a picture's caption: a <figure>, a <figcaption>, or
// an element named a caption ("caption-text-block", "bildunterschrift") up to
// four levels up. A caption under the lead picture is no paragraph of the text.
bool InsideAPicture(const FlatDom& dom, uint32_t index) {
  uint32_t up = index;
  for (int level = 0; level < 5 && up != kNoNode; ++level, up = dom.nodes[up].parent) {
    const DomNode& d = dom.nodes[up];
    if (d.tag == GUMBO_TAG_FIGURE || d.tag == GUMBO_TAG_FIGCAPTION) return true;
    if (HasToken(ClassIdTokens(d), {"caption", "figcaption", "bildunterschrift", "legende", "didascalia"})) {
      return true;
    }
  }
  return false;
}

// Whether a <p> is a paragraph of the article's text: a line of prose (at least
// kMinTextParagraphBytes) in a container of text (at least kMinTextContainerBytes),
// not in a picture's caption. A kicker, a dateline or a lead picture's caption
// printed as a <p> above the byline is none.
constexpr size_t kMinTextParagraphBytes = 80;
constexpr size_t kMinTextContainerBytes = 400;
bool IsTextParagraph(const FlatDom& dom, uint32_t index) {
  const uint32_t parent = dom.nodes[index].parent;
  return parent != kNoNode && VisibleText(dom, index, kMinTextParagraphBytes + 64).size() >= kMinTextParagraphBytes &&
         VisibleText(dom, parent, kMinTextContainerBytes + 64).size() >= kMinTextContainerBytes &&
         !InsideAPicture(dom, index);
}

// Whether a byline slot signs a teaser of another story rather than the page: its
// nearest boxes (up to kTeaserLevels elements up, while they hold at most
// kMaxTeaserBytes of text and not the page's headline) also hold a link to another
// page whose text reads as a headline (kMinTeaserHeadlineWords words or more). A
// card in a rail or under "You may also like" prints its story's byline or source
// ("Jane Doe and John Roe, dpa", "Source: CTK") beside its linked headline; the
// page's own byline sits by an unlinked headline.
constexpr int kTeaserLevels = 4;
constexpr size_t kMaxTeaserBytes = 600;
bool SignsATeaser(const FlatDom& dom, uint32_t index, uint32_t headline) {
  uint32_t up = dom.nodes[index].parent;
  for (int level = 0; level < kTeaserLevels && up != kNoNode; ++level, up = dom.nodes[up].parent) {
    const DomNode& box = dom.nodes[up];
    if (headline != kNoNode && headline >= up && headline < box.end) return false;
    if (VisibleText(dom, up, kMaxTeaserBytes + 1).size() > kMaxTeaserBytes) return false;
    for (uint32_t k = up + 1; k < box.end; ++k) {
      const DomNode& d = dom.nodes[k];
      if (k == index) {  // the byline's own subtree (an author link) is not a teaser's headline
        k = d.end - 1;
        continue;
      }
      if (IsTeaserHeadlineLink(dom, k, IsAuthorPageLink)) return true;
    }
  }
  return false;
}

// Whether a byline slot lies inside a link to another page that also holds a
// headline: a teaser card printed as one link (headline, "By Jane Doe", date), as a
// ticker or a rail does, whatever the distance to the page's headline. The page's
// own byline is never part of a headline link; a link to the author's page, or one
// holding the byline alone, is no teaser.
bool InsideTeaserLink(const FlatDom& dom, uint32_t index) {
  for (uint32_t up = dom.nodes[index].parent; up != kNoNode; up = dom.nodes[up].parent) {
    if (dom.nodes[up].tag != GUMBO_TAG_A) continue;
    if (!IsTeaserHeadlineLink(dom, up, IsAuthorPageLink)) return false;
    return CountWords(VisibleText(dom, up, 400)) >=
           CountWords(VisibleText(dom, index, 400)) + kMinTeaserHeadlineWords;
  }
  return false;
}

// A lower-case particle of a name: "van", "de", "la", "bin", "al-" in "al-Farouk".
bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de",   "da",  "do",  "dos", "das", "del", "della", "di",
                                                    "du",   "des", "la",  "le",  "los", "las", "van",   "von",
                                                    "der",  "den", "ter", "ten", "al",  "el",  "bin",   "binti",
                                                    "bint", "ibn", "ben", "y",   "e",   "zu",  "dela"};
  const size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash > 0 && dash + 1 < w.size()) w = w.substr(0, dash);  // "al-Farouk"
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// Whether the element marks the article's author: a rel=author link, an element
// whose itemprop is author or creator, or an <address> (HTML's element for the
// contact of the article's author).
bool IsAuthorMarkup(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (node->v.element.tag == GUMBO_TAG_ADDRESS) return true;
  if (node->v.element.tag == GUMBO_TAG_A && HasToken(NameTokens(Attr(node, "rel")), {"author"})) return true;
  const std::string_view itemprop = Attr(node, "itemprop");
  return !itemprop.empty() && HasToken(NameTokens(itemprop), {"author", "creator"});
}

// Whether a link to an account on a social network shows the network's name as its
// text ("Google+", "Twitter", "me on Facebook"): Google's authorship markup put
// rel=author on a link to the writer's Google+ profile, often labelled with the
// network alone. Such a text names the network, not the author.
bool NamesItsNetwork(const FlatDom& dom, uint32_t index) {
  const std::string_view href = Attr(dom.nodes[index].node, "href");
  if (!IsSocialAccountLink(href)) return false;
  const std::string network = RegistrableName(UrlHost(href));
  if (network.empty()) return false;
  const std::string text = AsciiLower(CollapseWhitespace(VisibleText(dom, index, 256)));
  for (const std::string_view word : Split(text, ' ')) {
    std::string bare(word);
    std::erase(bare, '+');  // "Google+", "+Google"
    if (TrimPunctuation(bare) == network) return true;
  }
  return false;
}

// Adds the lines of a byline slot to Article::byline_lines, each once, at most
// kMaxBylineLines in all.
void AddBylineLines(std::vector<std::string>& lines, Article& article) {
  for (std::string& line : lines) {
    if (article.byline_lines.size() >= kMaxBylineLines) break;
    if (std::find(article.byline_lines.begin(), article.byline_lines.end(), line) == article.byline_lines.end()) {
      article.byline_lines.push_back(std::move(line));
    }
  }
}

// Whether a byline name reads as a name: one to five words, each opening with a
// capital or a letter outside ASCII (a particle such as "de", "van", "al" may be
// lower-case), and no sentence punctuation. "you agree to the Terms" is no name.
bool LooksLikeName(const std::string& name) {
  const std::vector<std::string_view> words = Split(name, ' ');
  if (words.empty() || words.size() > 5) return false;
  for (const std::string_view w : words) {
    if (w.empty()) return false;
    for (const char ch : w) {
      if (ch == '"' || ch == '>' || ch == '<' || ch == '?' || ch == '!' || ch == '=' || ch == ';') return false;
    }
    const unsigned char first = static_cast<unsigned char>(w.front());
    if ((first >= 'A' && first <= 'Z') || first >= 0x80) continue;
    if (!IsNameParticle(w)) return false;
  }
  return true;
}

// A text that reads as a person's name: two to four words, each opening with a
// capital (or a letter outside ASCII), no digits, not a job title.
std::string PersonNameOfText(const std::string& text) {
  const std::vector<std::string_view> words = Split(text, ' ');
  if (words.size() < 2 || words.size() > 4) return {};
  for (const std::string_view w : words) {
    if (w.empty() || std::any_of(w.begin(), w.end(), IsDigit)) return {};
    const unsigned char first = static_cast<unsigned char>(w.front());
    if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) return {};
  }
  if (IsRoleName(text)) return {};
  return CleanAuthor(text);
}

// A byline slot's names as a reader would take them: a name that does not read
// as one (LooksLikeName) keeps its leading name-shaped words when they are two or
// more ("Written by Rob Roe Edited by Ann Doe" -> "Rob Roe"), and is dropped
// otherwise -- a box classed "author" holding a sentence ("Covers the ferries and
// the islands ...") names nobody.
void KeepNameShaped(std::vector<std::string>& names) {
  std::vector<std::string> kept;
  for (std::string& name : names) {
    if (LooksLikeName(name)) {
      kept.push_back(std::move(name));
      continue;
    }
    const std::vector<std::string_view> words = Split(name, ' ');
    size_t n = 0;
    while (n < words.size() && LooksLikeName(std::string(words[n]))) ++n;
    if (n < 2) continue;
    std::string head(words[0]);
    for (size_t k = 1; k < n; ++k) head.append(" ").append(words[k]);
    kept.push_back(std::move(head));
  }
  names = std::move(kept);
}

// A byline slot's names when some link to their authors' pages and some do not
// ("By JANE DOE, <a href=/authors/x>JOHN ROE</a>, <a href=/authors/y>ANN POE</a>":
// the first writer has no page of their own): the line's names, in its order, when
// they hold every linked name and each other one reads as a full name; the linked
// names otherwise (a line may print a role or an outlet the links leave out).
std::vector<std::string> WithUnlinkedNames(std::vector<std::string> linked, const std::vector<std::string>& line_names) {
  if (linked.empty() || line_names.size() <= linked.size()) return linked;
  auto in_line = [&](const std::string& name) {
    return std::any_of(line_names.begin(), line_names.end(),
                       [&](const std::string& n) { return EqualsIgnoreCase(n, name); });
  };
  auto is_linked = [&](const std::string& name) {
    return std::any_of(linked.begin(), linked.end(), [&](const std::string& n) { return EqualsIgnoreCase(n, name); });
  };
  if (!std::all_of(linked.begin(), linked.end(), in_line)) return linked;
  for (const std::string& name : line_names) {
    if (!is_linked(name) && (!LooksLikeName(name) || Split(name, ' ').size() < 2)) return linked;
  }
  return line_names;
}

// The visible text of a link that reads as a person's name (PersonNameOfText).
std::string PersonNameOfLink(const FlatDom& dom, uint32_t index) {
  return PersonNameOfText(CollapseWhitespace(VisibleText(dom, index, 128)));
}



// An element whose class or id names a date: "date", "post-date", "datum",
// "fecha", "data-publicacao", "published", "pubdate", "timestamp", "time".
bool IsDateElement(const DomNode& d) {
  return HasToken(ClassIdTokens(d), {"date", "dates", "datum", "fecha", "data", "time", "timestamp", "published",
                                        "publish", "pubdate", "publishdate", "publication", "dateline", "posted",
                                        "meta-date", "date-header", "datetime", "tarih", "дата"});
}

// Lines that give the last change, not the publication.
bool MentionsUpdate(std::string_view line) {
  const std::string lower = AsciiLower(line);
  for (const std::string_view w : {"updated", "update:", "aktualisiert", "mis à jour", "actualizado", "actualización",
                                   "aggiornato", "atualizado", "bijgewerkt", "oppdatert", "uppdaterad", "opdateret",
                                   "zaktualizowano", "güncelleme", "обновлено", "last modified", "geändert"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

// The first date in a short line of text: NormalizeDate tried at each word.
std::optional<std::string> FindDateInText(std::string_view line) {
  const std::string collapsed = CollapseWhitespace(line);
  const std::string_view s = collapsed;
  size_t tries = 0;
  for (size_t i = 0; i < s.size() && tries < 16; ++i) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != ':' && s[i - 1] != '|') continue;
    if (s[i] == ' ') continue;
    ++tries;
    if (std::optional<std::string> iso = NormalizeDate(s.substr(i, 64))) return iso;
  }
  return std::nullopt;
}

// Whether a line holds a date and little else (a weekday, a time, "Published"):
// at most two words beyond those of a long date.
bool LineIsOnlyADate(std::string_view line) { return CountWords(line) <= 8 && line.size() <= 48; }

// Whether an element lies in a link, a picture's caption or a table's cell: no line
// of its own under the headline.
bool InLinkCaptionOrCell(const FlatDom& dom, uint32_t index) {
  for (uint32_t up = index; up != kNoNode; up = dom.nodes[up].parent) {
    const GumboTag tag = dom.nodes[up].tag;
    if (tag == GUMBO_TAG_A || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_TD ||
        tag == GUMBO_TAG_TH) {
      return true;
    }
  }
  return false;
}

// A text that reads as a name on a line of its own (see NameLineOf); empty otherwise.
std::string NameLineName(const std::string& text) {
  std::string name = PersonNameOfText(text);
  if (name.empty() || NamesOrganisation(text)) return {};  // "Harbour News", a section's label
  for (const std::string_view word : Split(text, ' ')) {
    size_t at = 0;
    if (!IsCapitalLetter(NextCodePoint(word, at))) return {};  // "Морская прогулка", a topic
    for (size_t k = 0; k < word.size(); ++k) {
      const char ch = word[k];
      const bool initial = ch == '.' && k + 1 == word.size() && at == k;  // "J."
      if (!(IsAlpha(ch) || static_cast<unsigned char>(ch) >= 0x80 || ch == '-' || ch == '\'' || initial)) return {};
    }
  }
  return name;
}

// A name alone on a line under the headline, with no byline word: the element's
// text is a person's name (PersonNameOfText; letters, hyphens, apostrophes and
// initials' dots only -- "Rolf Roe/imago" is a picture's credit, "Via Example.info"
// a source; every word opening with a capital of a cased alphabet; no word an
// organisation is named by -- "Harbour News", "Anadolu Ajansı"), the whole text of
// its nearest block or its opening with no more than a date after it
// ("<span>Jane Doe</span> 14.06.2023"), not made of parts of their own, in no link
// (an author-page link is read as such; a wrapper of a link needs more company, see
// NameLineHasCompany), no figure (a caption) and no table cell. Empty otherwise.
constexpr uint32_t kMaxNameLineNodes = 8;  // DOM nodes in a name line's subtree
std::string NameLineOf(const FlatDom& dom, uint32_t index) {
  if (dom.nodes[index].end - index > kMaxNameLineNodes) return {};
  const std::string text = CollapseWhitespace(VisibleText(dom, index, 96));
  std::string name = NameLineName(text);
  if (name.empty()) return {};
  uint32_t block = index;
  while (block != kNoNode && !IsBlockTag(dom.nodes[block].tag)) block = dom.nodes[block].parent;
  if (block == kNoNode) return {};
  if (block != index) {  // inline: the block holds the name and at most a date after it
    const std::string line = CollapseWhitespace(VisibleText(dom, block, 160));
    if (line.compare(0, text.size(), text) != 0) return {};
    const std::string rest = line.substr(text.size());
    if (!LineIsOnlyADate(rest)) return {};
    // "<strong>Harbour Today</strong> | Jane Doe | June 6, 2013": another name after
    // a bar makes a line of parts (BarLineNames), not a name and its date.
    const std::vector<std::string_view> after_bars = Split(rest, '|');
    for (size_t k = 1; k < after_bars.size(); ++k) {
      if (!NameLineName(CollapseWhitespace(TrimPunctuation(after_bars[k]))).empty()) return {};
    }
  }
  // Parts of their own ("<span>Jane Doe</span> <span>Harbour Today</span>") are a
  // name and an outlet, or two labels: the name's own element is read instead.
  if (BylineParts(dom, index).size() >= 2) return {};
  if (InLinkCaptionOrCell(dom, index)) return {};  // "Kyle Roe" in a standings table
  return name;
}

// A line under the headline printed as parts set apart by bars, a date one of them
// and the others read as names ("Harbour Today | Jane Doe | Thursday, June 6,
// 2013"): the site's name and the writer's, in either order. Their names (at most
// three parts beside the date); the caller leaves out the one that names the site.
// Empty when a part is neither a name nor the date, or when no part is a date.
std::vector<std::string> BarLineNames(const FlatDom& dom, uint32_t index) {
  if (dom.nodes[index].end - index > kMaxNameLineNodes) return {};
  const std::string line = CollapseWhitespace(VisibleText(dom, index, 160));
  if (line.find(" | ") == std::string::npos) return {};
  const std::vector<std::string_view> parts = Split(line, '|');
  if (parts.size() < 3 || parts.size() > 4) return {};
  std::vector<std::string> names;
  bool dated = false;
  for (const std::string_view raw : parts) {
    const std::string part = CollapseWhitespace(TrimPunctuation(raw));
    if (std::string name = NameLineName(part); !name.empty()) {
      names.push_back(std::move(name));
    } else if (NamesOrganisation(part) && CountWords(part) <= 5) {
      continue;  // "Harbour News | Jane Doe | June 6, 2013": the site's name
    } else if (!dated && FindDateInText(part) && LineIsOnlyADate(part)) {
      dated = true;
    } else {
      return {};
    }
  }
  if (!dated) return {};
  if (InLinkCaptionOrCell(dom, index)) return {};
  return names;
}

// Whether the element holds a link (a name line that is a link's wrapper).
bool HoldsLink(const FlatDom& dom, uint32_t index) {
  for (uint32_t k = index + 1; k < dom.nodes[index].end; ++k) {
    if (!dom.nodes[k].is_text && dom.nodes[k].tag == GUMBO_TAG_A) return true;
  }
  return false;
}

// Whether the small box around a name line (up to kNameLineLevels elements up,
// while it holds at most kMaxNameLineBoxBytes of text and not the headline) shows what a byline shows
// beside a name: a <time> or a printed date ("<span>Jane Doe</span><div>17.05.2026
// 19:06</div>"), or a picture whose alt text repeats the name (the author's
// avatar beside "<h4>Jane Doe</h4>"). A kicker or a heading of the same shape
// stands alone. A name that is a link (to a profile the URL does not tell,
// "/latest?author=x", another domain) needs a <time> or the avatar: a header's
// "Print Edition" link sits by the day's printed date.
constexpr int kNameLineLevels = 3;
constexpr size_t kMaxNameLineBoxBytes = 240;
bool NameLineHasCompany(const FlatDom& dom, uint32_t index, const std::string& name, uint32_t headline) {
  const bool linked = HoldsLink(dom, index);
  const std::string lower_name = AsciiLower(name);
  uint32_t up = dom.nodes[index].parent;
  for (int level = 0; level < kNameLineLevels && up != kNoNode; ++level, up = dom.nodes[up].parent) {
    if (headline >= up && headline < dom.nodes[up].end) return false;  // the headline's date is not the line's
    const std::string text = VisibleText(dom, up, kMaxNameLineBoxBytes + 1);
    if (text.size() > kMaxNameLineBoxBytes) return false;
    for (uint32_t k = up + 1; k < dom.nodes[up].end; ++k) {
      const DomNode& d = dom.nodes[k];
      if (d.is_text) continue;
      if (d.tag == GUMBO_TAG_TIME) return true;
      if (d.tag == GUMBO_TAG_IMG && AsciiLower(CollapseWhitespace(Attr(d.node, "alt"))).find(lower_name) !=
                                         std::string::npos) {
        return true;
      }
    }
    if (!linked && FindDateInText(text)) return true;
  }
  return false;
}

// Whether the article closes with a tagline about the person a name line under
// the headline names: a paragraph after it that opens with the name and a verb
// saying what the person is or does ("Jane Doe is a staff writer. E-mail: ...",
// "Erika Muster ist Redakteurin", "Juana Pérez es periodista"), with at most
// kMaxParagraphsAfterTagline paragraphs of text after it (comments, a footer's
// prose). A name that is a kicker (a topic's name) is no tagline's subject: the
// story speaks of that person in its text, not after it.
constexpr std::string_view kTaglineVerbs[] = {"is",     "was",     "has",  "covers", "writes", "reports", "ist",
                                              "schreibt", "est",   "es",   "\xC3\xA8" /* è */,  "\xC3\xA9" /* é */,
                                              "er",     "\xC3\xA4r" /* är */, "jest"};
constexpr size_t kMaxParagraphsAfterTagline = 3;
constexpr size_t kMaxTaglineBytes = 600;
bool ClosesWithTaglineOf(const FlatDom& dom, uint32_t name_line, std::string_view name) {
  const std::string opening = std::string(name) + " ";
  bool found = false;
  size_t after = 0;
  for (uint32_t k = dom.nodes[name_line].end; k < dom.nodes.size(); ++k) {
    const DomNode& d = dom.nodes[k];
    if (d.is_text || d.tag != GUMBO_TAG_P) continue;
    const std::string text = CollapseWhitespace(VisibleText(dom, k, kMaxTaglineBytes + 1));
    if (text.size() <= kMaxTaglineBytes && text.starts_with(opening)) {
      const std::string_view rest = std::string_view(text).substr(opening.size());
      const std::string_view verb = rest.substr(0, rest.find(' '));
      if (std::find(std::begin(kTaglineVerbs), std::end(kTaglineVerbs), verb) != std::end(kTaglineVerbs)) {
        found = true;
        after = 0;
        continue;
      }
    }
    if (found && IsTextParagraph(dom, k) && ++after > kMaxParagraphsAfterTagline) return false;
  }
  return found;
}

// ---- language, title ---------------------------------------------------------

bool IsTitleSeparator(std::string_view s, size_t i, size_t& len) {
  static constexpr std::string_view kSeparators[] = {"|", "-", "\\", "/", ">", "\xC2\xBB", "\xE2\x80\x93",
                                                     "\xE2\x80\x94"};
  for (const std::string_view sep : kSeparators) {
    if (s.substr(i, sep.size()) == sep) {
      len = sep.size();
      return true;
    }
  }
  return false;
}

bool IsTitleSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Positions of " | " style separators (white space, separator, white space).
std::vector<size_t> TitleSeparators(std::string_view s, bool& hierarchical) {
  std::vector<size_t> at;
  hierarchical = false;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    size_t len = 0;
    if (IsTitleSpace(s[i]) && IsTitleSeparator(s, i + 1, len) && i + 1 + len < s.size() &&
        IsTitleSpace(s[i + 1 + len])) {
      at.push_back(i);
      const char c = s[i + 1];
      if (c == '\\' || c == '/' || c == '>' || (len == 2 && s[i + 1] == '\xC2')) hierarchical = true;
    }
  }
  return at;
}

// The site's name as the <title> prints it after the headline ("<headline> |
// Harbour Today"): the part after the last separator, of at most five words, after
// a headline of three words or more. Empty when the title has no such part.
std::string TitleSiteName(const Candidates& c) {
  const std::string title(TrimAscii(c.title_tag));
  bool hierarchical = false;
  const std::vector<size_t> separators = TitleSeparators(title, hierarchical);
  if (separators.empty() || CountWords(title.substr(0, separators.back())) < 3) return {};
  size_t len = 0;
  IsTitleSeparator(title, separators.back() + 1, len);
  std::string site = CollapseWhitespace(title.substr(separators.back() + 1 + len));
  return CountWords(site) <= 5 ? site : std::string();
}

// Words as JavaScript's str.split(/\s+/).length counts them (edge spaces count).
size_t SplitWordCount(std::string_view s) {
  size_t pieces = 1;
  for (size_t i = 0; i < s.size();) {
    if (IsTitleSpace(s[i])) {
      ++pieces;
      while (i < s.size() && IsTitleSpace(s[i])) ++i;
    } else {
      ++i;
    }
  }
  return pieces;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (const char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// The <title> element's text cut the way Mozilla Readability cuts it: drop the
// site part after the last " | " (or before the first, when too little is left);
// after a colon keep the part a heading does not contain; fall back to the only
// <h1> when the title is very short or long; keep the whole title when the cut
// leaves four words or fewer.
std::string ArticleTitleFromTitleTag(const Candidates& c) {
  const std::string orig = std::string(TrimAscii(c.title_tag));
  std::string cur = orig;
  bool hierarchical = false;
  const std::vector<size_t> separators = TitleSeparators(orig, hierarchical);
  if (!separators.empty()) {
    cur = orig.substr(0, separators.back());
    if (SplitWordCount(cur) < 3) {
      for (size_t i = 0; i < orig.size(); ++i) {
        size_t len = 0;
        if (IsTitleSeparator(orig, i, len)) {
          cur = orig.substr(i + len);
          break;
        }
      }
    }
  } else if (orig.find(": ") != std::string::npos) {
    const bool heading_matches = std::find(c.headings.begin(), c.headings.end(), orig) != c.headings.end();
    if (!heading_matches) {
      cur = orig.substr(orig.rfind(':') + 1);
      if (SplitWordCount(cur) < 3) {
        cur = orig.substr(orig.find(':') + 1);
      } else if (SplitWordCount(std::string_view(orig).substr(0, orig.find(':'))) > 5) {
        cur = orig;
      }
    }
  } else if ((CodePoints(orig) > 150 || CodePoints(orig) < 15) && c.h1_count == 1) {
    cur = c.first_h1;
  }
  cur = CollapseWhitespace(cur);
  std::string without_separators;
  for (size_t i = 0, k = 0; i < orig.size();) {
    if (k < separators.size() && i == separators[k]) {
      size_t len = 0;
      IsTitleSeparator(orig, i + 1, len);
      i += len + 2;
      ++k;
    } else {
      without_separators.push_back(orig[i++]);
    }
  }
  const size_t words = SplitWordCount(cur);
  if (words <= 4 && (!hierarchical || words != SplitWordCount(without_separators) - 1)) cur = orig;
  return cur;
}

// Readability's text similarity: the share of b's characters in words a also has.
double TextSimilarity(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (const char ch : AsciiLower(s)) {
      if (IsAlpha(ch) || IsDigit(ch) || ch == '_' || static_cast<unsigned char>(ch) >= 0x80) {
        cur.push_back(ch);
      } else if (!cur.empty()) {
        out.push_back(std::move(cur));
        cur.clear();
      }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
  };
  const std::vector<std::string> wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return 0.0;
  std::string all, unique;
  for (const std::string& w : wb) {
    all += (all.empty() ? "" : " ") + w;
    if (std::find(wa.begin(), wa.end(), w) == wa.end()) unique += (unique.empty() ? "" : " ") + w;
  }
  return 1.0 - static_cast<double>(unique.size()) / static_cast<double>(all.size());
}

// Whether a heading prints the page's headline: most of its words are in the
// page's <title> or og:title (which may add the site's name, or word it for
// search engines).
bool IsPageHeadline(std::string_view heading, const Candidates& c) {
  constexpr double kMinSimilarity = 0.5;
  if (CountWords(heading) < 2) return false;
  return TextSimilarity(c.title_tag, heading) >= kMinSimilarity || TextSimilarity(c.og_title, heading) >= kMinSimilarity;
}

// Whether a later <h1> is the headline and the first one was the masthead's, the
// site's name set as a heading over every page ("<h1 id=x>Harbour News</h1>" in the
// header, then the story's own <h1>): the first prints less than half of the page's
// title (the site's name after the headline, "<headline> : Harbour News"), the later
// one is the page's headline (IsPageHeadline) and prints more of it. A page whose
// first <h1> is its headline keeps it, whatever <h1>s follow (a teaser's, a rail's).
bool FollowsAMasthead(std::string_view first, std::string_view later, const Candidates& c) {
  constexpr double kMastheadShare = 0.5;
  auto share = [&](std::string_view heading) {
    return std::max(TextSimilarity(heading, c.title_tag), TextSimilarity(heading, c.og_title));
  };
  const double first_share = share(first);
  return first_share < kMastheadShare && IsPageHeadline(later, c) && share(later) > first_share;
}

// The title as Readability reports it: JSON-LD name/headline, then the title
// <meta>s (Dublin Core, OpenGraph, name=title, Twitter, Parse.ly), then the cut
// <title>. Metadata titles are kept whole, site name included.
std::string ChooseTitle(const Candidates& c) {
  const std::string from_tag = ArticleTitleFromTitleTag(c);
  const std::string name = CollapseWhitespace(c.jsonld_name);
  const std::string headline = CollapseWhitespace(c.jsonld_headline_field);
  if (!name.empty() && !headline.empty() && name != headline) {
    const bool name_matches = TextSimilarity(name, from_tag) > 0.75;
    const bool headline_matches = TextSimilarity(headline, from_tag) > 0.75;
    return headline_matches && !name_matches ? headline : name;
  }
  if (!name.empty()) return name;
  if (!headline.empty()) return headline;
  for (const std::string& value : c.title_meta) {
    if (!value.empty()) return value;
  }
  if (!from_tag.empty()) return from_tag;
  return c.first_h1;
}

// "en_US, de" -> "en-US"; empty when it is not a language tag.
std::string NormalizeLanguage(std::string_view raw) {
  std::string_view s = TrimAscii(raw);
  s = s.substr(0, s.find_first_of(",; "));
  std::string out(s);
  std::replace(out.begin(), out.end(), '_', '-');
  const std::vector<std::string_view> subtags = Split(out, '-');
  if (subtags[0].size() < 2 || subtags[0].size() > 3) return {};
  for (const std::string_view tag : subtags) {
    if (tag.empty() || tag.size() > 8) return {};
    for (const char ch : tag) {
      if (!IsAlpha(ch) && !IsDigit(ch)) return {};
    }
  }
  for (const char ch : subtags[0]) {
    if (!IsAlpha(ch)) return {};
  }
  out.replace(0, subtags[0].size(), AsciiLower(subtags[0]));
  return out;
}

std::string_view HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  return url.substr(0, url.find_first_of("/?#:"));
}

// An author value that names an organisation rather than a person: the site's
// own name or its publisher's, a domain name ("example.com"), the site's host
// name without its suffix ("Example" on www.example.com.tr), or an author the
// page's JSON-LD types as an Organization.
bool IsOrganisationName(std::string_view name, const Candidates& c, const Article& article) {
  const std::string key = NameKey(name);
  if (key.empty()) return false;
  for (const std::string* site : {&c.og_site_name, &c.jsonld_publisher, &c.application_name}) {
    if (!site->empty() && NameKey(*site) == key) return true;
  }
  for (const std::string& org : c.jsonld_organisations) {
    if (NameKey(org) == key) return true;
  }
  const size_t dot = name.rfind('.');
  if (name.find(' ') == std::string_view::npos && dot != std::string_view::npos && dot > 0 &&
      name.size() - dot >= 3 && std::all_of(name.begin() + dot + 1, name.end(), IsAlpha)) {
    return true;
  }
  for (const std::string_view url : {std::string_view(article.canonical_url), std::string_view(c.og_url)}) {
    std::string_view host = HostOf(url);
    if (host.substr(0, 4) == "www.") host.remove_prefix(4);
    const std::string_view label = host.substr(0, host.find('.'));
    if (!label.empty() && NameKey(label) == key) return true;
  }
  return false;
}

std::vector<SourcedValue> RankAuthors(std::vector<SourcedValue> authors) {
  std::stable_sort(authors.begin(), authors.end(),
                   [](const SourcedValue& a, const SourcedValue& b) { return a.confidence > b.confidence; });
  std::vector<SourcedValue> out;
  std::vector<std::string> seen;
  for (SourcedValue& a : authors) {
    std::string key = AsciiLower(a.value);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    out.push_back(std::move(a));
    if (out.size() >= kMaxAuthorsPerSource) break;
  }
  return out;
}

}  // namespace

// The label a site's hosts share across its domains and mirrors: "herald" for
// www.herald.co.uk and m.herald.com; "" for no host (base/host_name.h).
std::string SiteLabel(std::string_view url) { return RegistrableName(UrlHost(url)); }

namespace {

bool HasBioToken(std::span<const std::string_view> tokens) {
  return HasToken(tokens, {"bio", "bios", "biography", "about", "description", "profile"});
}

bool HasAuthorToken(std::span<const std::string_view> tokens) {
  return HasToken(tokens, {"byline", "bylines", "byl", "author", "authors", "autor", "autoren",
                           "auteur", "auteurs", "autore", "autori", "writer", "reporter",
                           "forfatter", "skribent", "kirjoittaja"});  // da/no, sv, fi
}

// An author box: a class/id that names an author and a bio ("author-bio", "about-the-author").
bool IsAuthorBioBox(const DomNode& d) {
  if (d.node->type != GUMBO_NODE_ELEMENT) return false;
  const NameTokenList tokens = ClassIdTokens(d);
  return HasBioToken(tokens) && HasAuthorToken(tokens);
}

}  // namespace

bool IsBylineElement(const DomNode& d) {
  if (d.node->type != GUMBO_NODE_ELEMENT) return false;
  switch (d.node->v.element.tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_IMG:
      return false;
    default:
      break;
  }
  const NameTokenList tokens = ClassIdTokens(d);
  // An author box ("author-bio", "about-the-author") belongs to the text, not the byline.
  if (HasBioToken(tokens)) return false;
  return HasAuthorToken(tokens);
}

std::optional<std::string> NormalizeDate(std::string_view text) {
  const std::string collapsed = CollapseWhitespace(text);
  const std::string_view s = collapsed;
  if (s.size() < 6 || s.size() > 64) return std::nullopt;
  DateParts parts;
  bool ok = false;
  if (s.size() >= 8 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3])) {
    ok = ParseYearFirst(s, parts);
  } else if (IsDigit(s[0]) && s.find('.') != std::string_view::npos && s.find('.') <= 2 &&
             s.size() > s.find('.') + 1 && IsDigit(s[s.find('.') + 1])) {
    ok = ParseDayFirstNumeric(s, parts);
  } else {
    ok = ParseWithMonthName(s, parts);
  }
  if (!ok && IsDigit(s[0]) && (s.find(':') == 1 || s.find(':') == 2)) {
    // "04:25:06 PM IST Apr 08, 2020": the time first, then an optional zone
    // abbreviation, then the date.
    DateParts clock;
    ReadTimeAndZone(" " + collapsed, 0, clock);
    std::vector<std::string_view> words = Split(s, ' ');
    size_t skip = 1;
    while (skip < words.size() && skip < 3 && !words[skip].empty() &&
           std::all_of(words[skip].begin(), words[skip].end(), [](char ch) { return IsAlpha(ch) || ch == '.'; }) &&
           MonthFromName(words[skip]) == 0) {
      ++skip;
    }
    size_t at = 0;
    for (size_t k = 0; k < skip; ++k) at += words[k].size() + 1;
    if (clock.hour >= 0 && at < s.size()) {
      ok = IsDigit(s[at]) && s.size() - at >= 8 && IsDigit(s[at + 3]) ? ParseYearFirst(s.substr(at), parts)
                                                                       : ParseWithMonthName(s.substr(at), parts);
      if (ok && parts.hour < 0) {
        parts.hour = clock.hour;
        parts.minute = clock.minute;
        parts.second = clock.second;
        parts.zone = clock.zone;
      }
    }
  }
  if (!ok || !Plausible(parts)) return std::nullopt;
  char buf[48];
  if (parts.hour < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", parts.year, parts.month, parts.day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", parts.year, parts.month, parts.day,
                  parts.hour, parts.minute, parts.second);
  }
  return std::string(buf) + parts.zone;
}

namespace {

// Character references left in metadata strings that were escaped twice
// ("H&#233;ctor", "Smith &amp; Jones"): numeric ones and the common named ones.
std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"}, {"nbsp", " "}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back(s[i]);
      continue;
    }
    const std::string_view ref = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      char32_t cp = 0;
      bool ok = ref.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; k < ref.size() && ok; ++k) {
        const char ch = ref[k];
        const int v = IsDigit(ch) ? ch - '0' : hex && ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                                            : hex && ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        ok = v >= 0 && cp < 0x110000;
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
      }
      if (ok && cp > 0 && cp < 0x110000) {
        AppendUtf8(cp, out);
        done = true;
      }
    } else {
      for (const auto& [name, text] : kNamed) {
        if (ref == name) {
          out.append(text);
          done = true;
        }
      }
    }
    if (done) {
      i = semi;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// A profile slug or user handle, not a printed name: one lower-case word joined by
// hyphens, underscores or digits ("jane-doe", "jdoe_12").
bool IsSlug(std::string_view s) {
  if (s.find(' ') != std::string_view::npos) return false;
  bool joined = false;
  for (const char ch : s) {
    if (ch >= 'A' && ch <= 'Z') return false;
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
    if (ch == '-' || ch == '_' || IsDigit(ch)) joined = true;
  }
  return joined;
}

// Lower-cased words of a name, without the punctuation around them.
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  const std::string collapsed = CollapseWhitespace(name);
  for (const std::string_view w : Split(collapsed, ' ')) {
    const std::string_view t = TrimPunctuation(w);
    if (!t.empty()) words.push_back(AsciiLower(t));
  }
  return words;
}

// Whether a part of a byline ends in a word naming a job (kJobNouns): "Science
// Editor", "Example.com Staff Writer" are the name's role, however they open.
bool EndsInJobNoun(std::string_view part) {
  const std::vector<std::string> words = NameWords(part);
  return !words.empty() && std::find(std::begin(kJobNouns), std::end(kJobNouns), words.back()) != std::end(kJobNouns);
}

}  // namespace

// Whether an affiliation after a name names a news organisation ("The Example
// Press", "Example Zeitung"): a word that organisations of the press are named by.
bool NamesOrganisation(std::string_view part) {
  static constexpr std::string_view kOrganisationWords[] = {
      "press", "presse", "agency", "agentur", "agence", "agencia", "agenzia", "news", "times", "post", "media", "radio",
      "television", "tv", "zeitung", "network", "newspaper", "group", "daily", "herald", "tribune", "journal",
      "gazette", "telegraph", "leader", "courier", "chronicle", "ajans", "ajansı",
      // the titles of papers in other languages ("Diario del Puerto", "Gazzetta del Porto")
      "diario", "diário", "periódico", "periodico", "noticias", "notícias", "jornal", "folha", "gazzetta", "corriere",
      "giornale", "courrier", "kurier", "rundschau", "anzeiger", "tagblatt", "tageblatt", "nachrichten", "dagblad",
      "nieuwsblad", "gazeta", "dziennik"};
  for (const std::string& w : NameWords(part)) {
    for (const std::string_view piece : Split(w, '-')) {
      if (std::find(std::begin(kOrganisationWords), std::end(kOrganisationWords), piece) !=
          std::end(kOrganisationWords)) {
        return true;
      }
    }
  }
  return false;
}

bool HasBylinePrefix(std::string_view line) {
  const std::string_view s = TrimPunctuation(line);
  return StripBylinePrefix(s).size() < s.size() || !NamesFromCjkByline(s).empty();
}

bool IsRoleName(std::string_view name) {
  bool role = false;
  for (const std::string& w : NameWords(name)) {
    if (std::find(std::begin(kRoleWords), std::end(kRoleWords), w) != std::end(kRoleWords)) {
      role = true;
    } else if (std::find(std::begin(kRoleFillers), std::end(kRoleFillers), w) == std::end(kRoleFillers)) {
      return false;
    }
  }
  return role;
}

std::string CleanAuthor(std::string_view value) {
  std::string collapsed = CollapseWhitespace(DecodeEntities(value));
  // "Jane Doe (https://jane.example/)", "Jane Doe <jane@example.com>": keep the name.
  for (const auto& [open, close] : {std::pair{'(', ')'}, std::pair{'<', '>'}}) {
    const size_t a = collapsed.find(open);
    const size_t b = a == std::string::npos ? a : collapsed.find(close, a);
    if (b == std::string::npos || a == 0) continue;
    const std::string_view inner = std::string_view(collapsed).substr(a, b - a);
    if (inner.find("://") != std::string_view::npos || inner.find('@') != std::string_view::npos ||
        inner.find("www.") != std::string_view::npos) {
      collapsed = CollapseWhitespace(collapsed.substr(0, a) + collapsed.substr(b + 1));
    }
  }
  std::string_view s = TrimPunctuation(collapsed);
  s = TrimPunctuation(StripBylinePrefix(s));
  s = TrimPunctuation(s.substr(0, s.find(" | ")));  // "Jane Doe | Example Media"
  // "Jane ROE." -> "Jane ROE"; an initial keeps its dot ("Jane Q.").
  if (s.size() > 3 && s.back() == '.' && s.size() - s.rfind(' ') > 3) s = TrimPunctuation(s.substr(0, s.size() - 1));
  if (s.size() < 3 || s.size() > 100) return {};
  if (s.find("://") != std::string_view::npos || s.find('@') != std::string_view::npos ||
      StartsWithIgnoreCase(s, "www.") || s.front() == '/' || s.front() == '{' || s.front() == '<') {
    return {};
  }
  bool has_letter = false;
  size_t spaces = 0;
  for (const char ch : s) {
    if (IsAlpha(ch) || static_cast<unsigned char>(ch) >= 0x80) has_letter = true;
    if (ch == ' ') ++spaces;
  }
  if (!has_letter || spaces > 7) return {};
  if (spaces == 0) {
    static constexpr std::array<std::string_view, 22> kGeneric = {
        "admin", "administrator", "staff", "user", "guest", "anonymous", "unknown", "null",
        "none", "undefined", "webmaster", "author", "editor", "editors", "root", "redacted",
        // a section's name, not a byline: "News", "Nachrichten", "Noticias"
        "news", "nachrichten", "noticias", "notizie", "nieuws", "nyheter"};
    const std::string lower = AsciiLower(s);
    if (std::find(kGeneric.begin(), kGeneric.end(), lower) != kGeneric.end()) return {};
  }
  return std::string(s);
}

std::vector<std::string> NamesFromAuthorValue(std::string_view value) {
  const std::string decoded = CollapseWhitespace(DecodeEntities(value));
  std::string_view s = TrimPunctuation(StripBylinePrefix(TrimPunctuation(decoded)));
  // A role or an affiliation after a dash or a bar: "Jane Doe - Staff Writer".
  for (const std::string_view stop : {" | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) s = s.substr(0, s.find(stop));
  // "Jane Doe. Example Radio": a sentence stop after a name of two words or more
  // (not an initial) ends the name.
  for (size_t dot = s.find(". "); dot != std::string_view::npos; dot = s.find(". ", dot + 1)) {
    const size_t word = s.rfind(' ', dot);
    const size_t start = word == std::string_view::npos ? 0 : word + 1;
    if (word != std::string_view::npos && dot - start >= 3) {
      s = s.substr(0, dot);
      break;
    }
  }
  std::vector<std::string_view> parts;
  for (const std::string_view piece : Split(s, ';')) {
    for (const std::string_view part : Split(piece, ',')) {
      if (!TrimPunctuation(part).empty()) parts.push_back(TrimPunctuation(part));
    }
  }
  auto words = [](std::string_view p) { return Split(p, ' ').size(); };
  std::vector<std::string> names;
  auto add = [&](std::string_view part) {
    std::string name = CleanAuthor(part);
    if (!name.empty() && names.size() < kMaxAuthorsPerSource &&
        std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(std::move(name));
    }
  };
  // "Doe, Jane": a surname and a given name, one person.
  if (parts.size() == 2 && words(parts[0]) == 1 && words(parts[1]) == 1 && !IsRoleName(parts[1])) {
    add(s);
    return names;
  }
  for (size_t k = 0; k < parts.size(); ++k) {
    // After the first name, a single word ("Reuters", "LONDON"), a role ("Staff
    // Writer", "Science Editor") or a domain ("example.com") is an affiliation, not another author.
    if (k > 0 && (words(parts[k]) < 2 || IsRoleName(parts[k]) || EndsInJobNoun(parts[k]) ||
                  NamesOrganisation(parts[k]))) {
      continue;
    }
    // Names joined by "and", "und", "et", "y", "и"... are split when every side is a
    // full name: "Jane and John Doe" is one family name, "Example Times and AFP" one credit.
    const std::vector<std::string_view> joined = SplitOnAny(parts[k], kConjunctions);
    const bool full_names = joined.size() > 1 && std::all_of(joined.begin(), joined.end(), [&](std::string_view j) {
      return words(TrimPunctuation(j)) >= 2;
    });
    if (full_names) {
      for (const std::string_view j : joined) add(j);
    } else {
      add(parts[k]);
    }
  }
  return names;
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  std::string_view path = url.substr(scheme + 3);
  const size_t slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  path = path.substr(slash, path.find_first_of("?#", slash) - slash);
  auto digits = [&](size_t at, size_t n) {
    if (at + n > path.size()) return -1;
    int v = 0;
    for (size_t k = 0; k < n; ++k) {
      if (!IsDigit(path[at + k])) return -1;
      v = v * 10 + (path[at + k] - '0');
    }
    return v;
  };
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    if (path[i] != '/' && path[i] != '-' && path[i] != '_') continue;
    const size_t y = i + 1;
    const int year = digits(y, 4);
    if (year < 1990 || year > 2100) continue;
    int month = -1, day = -1;
    size_t end = 0;
    if (y + 4 < path.size() && (path[y + 4] == '/' || path[y + 4] == '-')) {
      const char sep = path[y + 4];
      month = digits(y + 5, 2);
      if (month > 0 && y + 7 < path.size() && path[y + 7] == sep) {
        day = digits(y + 8, 2);
        end = y + 10;
      }
    } else {  // /20240502/ or -20240502-
      month = digits(y + 4, 2);
      day = digits(y + 6, 2);
      end = y + 8;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (end < path.size() && IsDigit(path[end])) continue;  // part of a longer number
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return std::string(buf);
  }
  return std::nullopt;
}

namespace {

// "Jeanne Dupont le" -> "Jeanne Dupont": the words in lower case that led up to a date
// ("le 5 mars", "am 12. März", "on March 5") are not the name's.
std::string_view DropLowerCaseTail(std::string_view s) {
  s = TrimPunctuation(s);
  for (size_t space = s.rfind(' '); space != std::string_view::npos; space = s.rfind(' ')) {
    const std::string_view last = s.substr(space + 1);
    if (last.empty() || !std::all_of(last.begin(), last.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) break;
    s = TrimPunctuation(s.substr(0, space));
  }
  return s;
}

// "Nathan Willis March 25" -> "Nathan Willis": a name ends where a date begins
// (a word with a digit, an English month or weekday name).
std::string_view CutAtDateWord(std::string_view s) {
  static constexpr std::string_view kDateWords[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "updated", "published",
      // "publié le", "aktualisiert am", "publicado el", "pubblicato il", ...
      "publié", "publiée", "publie", "veröffentlicht", "aktualisiert", "publicado", "actualizado",
      "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "publisert", "oppdatert", "publicerad",
      "uppdaterad", "opublikowano", "zaktualizowano", "yayınlanma", "güncelleme", "posted"};
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (start == i) break;
    std::string word = AsciiLower(s.substr(start, i - start));
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
    // A date glued to the name, as two elements print with no space between:
    // "Jane DoeMarch 5, 2026", "Erika Mustermann12.03.2026", "Jane Doe5 March 2026".
    if (start > 0) {
      const std::string_view raw = s.substr(start, i - start);
      for (size_t at = 2; at < raw.size(); ++at) {
        if (!IsAlpha(raw[at - 1]) || !IsAlpha(raw[at - 2])) continue;
        const bool digits = IsDigit(raw[at]);
        const bool month =
            at + 1 < raw.size() && raw[at - 1] >= 'a' && raw[at - 1] <= 'z' && raw[at] >= 'A' && raw[at] <= 'Z' &&
            word.size() - at >= 4 &&
            std::find(std::begin(kDateWords), std::end(kDateWords), word.substr(at)) != std::end(kDateWords);
        if (digits || month) return s.substr(0, start + at);
      }
    }
    const bool date_word = std::any_of(word.begin(), word.end(), IsDigit) ||
                           std::find(std::begin(kDateWords), std::end(kDateWords), word) != std::end(kDateWords);
    if (!date_word) continue;
    if (start > 0) return DropLowerCaseTail(s.substr(0, start));
    if (std::any_of(word.begin(), word.end(), IsDigit)) return {};  // "May Bulman" stays
  }
  return s;
}

}  // namespace

namespace {

// Letters from here on (Armenian, Hebrew, Arabic, Indic, CJK ...) are of scripts
// without capitals, or are not checked for them.
constexpr char32_t kUncasedScripts = 0x0530;

// Whether every letter of `s` is a capital ("JANE DOE", "ΜΑΡΙΑ"); false with no
// letter of a cased script.
bool InCapitals(std::string_view s) {
  bool any = false;
  for (size_t i = 0; i < s.size();) {
    const char32_t cp = NextCodePoint(s, i);
    if (cp >= kUncasedScripts || !IsWordCodePoint(cp) || (cp >= '0' && cp <= '9')) continue;
    if (!IsCapitalLetter(cp)) return false;
    any = true;
  }
  return any;
}

// Whether `part`, after a byline's first name and a comma, is one more person's name
// ("By Jane Doe, John Roe"), not what follows names: two to four words opening with
// capitals (particles between them), no digit, no word organisations of the press are
// named by ("Harbour Herald"), no role ("Senior Correspondent"), not opening with an
// article ("The Harbour Herald", "Le Courrier") or a word place names open with ("New
// York", "San José", "Buenos Aires"); in capitals only when the first name is ("JANE
// DOE, JOHN ROE", not "Jane Doe, NEW YORK").
bool IsAnotherPersonsName(std::string_view part, bool first_in_capitals) {
  static constexpr std::string_view kOpeners[] = {
      // articles
      "the", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "de", "het", "o", "a", "os", "as",
      "l'", "al",
      // place names
      "new", "san", "santa", "santo", "são", "sao", "saint", "st.", "sankt", "st", "hong", "buenos", "cape", "kuala",
      "rio", "abu", "tel", "port", "puerto", "costa", "sri", "mexico", "north", "south", "east", "west", "upper",
      "lower", "great", "greater", "addis", "dar", "phnom", "ho", "baton", "salt", "palm", "fort", "bad", "united",
      "washington", "nord", "sud", "süd", "ost", "gran", "nueva", "nuevo", "ciudad", "porto", "ville", "bandar", "kota",
      "cd."};
  // ... and words papers' titles end in, not given to people ("Harbour Today", "Bay Observer").
  static constexpr std::string_view kTitleWords[] = {
      "today",    "insider",  "monitor",  "observer", "guardian", "mirror",   "standard", "independent",
      "express",  "globe",    "mail",     "review",   "weekly",   "week",     "magazine", "examiner",
      "sentinel", "register", "bulletin", "dispatch", "inquirer", "enquirer", "newswire", "sports",
      "online",   "live",     "world",    "nation",   "affairs"};
  const std::string_view t = TrimPunctuation(part);
  const std::vector<std::string_view> words = Split(t, ' ');
  if (words.size() < 2 || words.size() > 4) return false;
  if (std::any_of(t.begin(), t.end(), IsDigit) || IsRoleName(t) || NamesOrganisation(t)) return false;
  if (EndsInJobNoun(t)) return false;  // "Science Editor", "Example.com Staff Writer": a role
  const std::string opener = AsciiLower(words.front());
  if (std::find(std::begin(kOpeners), std::end(kOpeners), opener) != std::end(kOpeners)) return false;
  for (const std::string& w : NameWords(t)) {
    if (std::find(std::begin(kTitleWords), std::end(kTitleWords), w) != std::end(kTitleWords)) return false;
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (w.empty()) return false;
    size_t at = 0;
    const char32_t first = NextCodePoint(w, at);
    const bool particle = k > 0 && k + 1 < words.size() && IsNameParticle(w);
    if (!particle && !IsCapitalLetter(first) && first < kUncasedScripts) return false;  // a cased script's capital
    for (const char ch : w) {
      if (!(IsAlpha(ch) || static_cast<unsigned char>(ch) >= 0x80 || ch == '-' || ch == '\'' || ch == '.')) {
        return false;
      }
    }
  }
  return first_in_capitals || !InCapitals(t);
}

// `part` without a place after its name: "Jane Doe in Nairobi", "Erika Mustermann aus
// Berlin", "Jeanne Dupont à Nairobi", "Juana Pérez desde Bogotá", "Karin Lund i
// Stockholm" -> the name. The place is one to three words opening with capitals that
// end the part, after a name of two words or more; after a word that also joins names
// ("i": pl, hr; "en": nl) it is one word ("Anna Kowalska i Jan Nowak" is two names).
std::string_view CutAtPlace(std::string_view part) {
  static constexpr std::string_view kPlaceWords[] = {" in ",  " aus ", " à ", " desde ", " em ", " från ", " fra ",
                                                     " uit ", " w ",   " в ", " из ",    " i ",  " en "};
  static constexpr size_t kAlsoJoins = 2;  // the last two
  const std::string_view t = TrimPunctuation(part);
  for (size_t k = 0; k < std::size(kPlaceWords); ++k) {
    const std::string_view word = kPlaceWords[k];
    const size_t at = t.find(word);
    if (at == std::string_view::npos) continue;
    const std::string_view before = t.substr(0, at), place = t.substr(at + word.size());
    const std::vector<std::string_view> place_words = Split(place, ' ');
    const size_t most = k + kAlsoJoins >= std::size(kPlaceWords) ? 1 : 3;
    if (Split(before, ' ').size() < 2 || place_words.empty() || place_words.size() > most) continue;
    const bool capitals = std::all_of(place_words.begin(), place_words.end(), [](std::string_view w) {
      size_t i = 0;
      return !w.empty() && IsCapitalLetter(NextCodePoint(w, i)) && !std::any_of(w.begin(), w.end(), IsDigit);
    });
    if (capitals) return before;
  }
  return part;
}

// A byline's names end where another work's credit begins: a field label
// ("Foto: Max Muster", "Photos : Paul Martin") or a word crediting pictures, video or
// graphics ("photographs by John Roe", "Fotos von Max Muster"). Only the text's
// authors are the article's.
std::string_view CutAtOtherCredit(std::string_view s) {
  static constexpr std::string_view kOtherWorks[] = {
      "photo",        "photos",        "photograph", "photographs", "photography", "pictures",     "picture",
      "illustration", "illustrations", "video",      "videos",      "graphics",    "foto",         "fotos",
      "fotografie",   "fotografien",   "bild",       "bilder",      "grafik",      "photographie", "photographies",
      "fotografía",   "fotografías",   "fotografia", "fotografias", "imágenes",    "imagens",      "ilustración",
      "ilustração",   "illustrazione", "immagini",   "zdjęcia",     "zdjęcie",     "kuvat",        "kuva"};
  size_t i = 0;
  size_t words = 0;  // before the credit: a name of two words or more ("Last Updated:" is no name and a label)
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (start == i) break;
    const std::string_view raw = s.substr(start, i - start);
    std::string word = AsciiLower(raw);
    while (!word.empty() && (word.back() == ',' || word.back() == ':')) word.pop_back();
    const bool label = raw.back() == ':' || raw == ":" || raw == "\xEF\xBC\x9A";
    const bool other_work = std::find(std::begin(kOtherWorks), std::end(kOtherWorks), word) != std::end(kOtherWorks);
    if (words >= 2 && (label || other_work)) return s.substr(0, start);
    ++words;
  }
  return s;
}

// "Erika Mustermann (dpa)" -> "Erika Mustermann": an agency's or a place's bracket
// after the name; the byline line keeps it, for the wire credit.
std::string_view CutClosingBracket(std::string_view s) {
  s = TrimPunctuation(s);
  const size_t open = s.ends_with(")") ? s.rfind(" (") : std::string_view::npos;
  return open != std::string_view::npos && open > 0 ? TrimPunctuation(s.substr(0, open)) : s;
}

std::vector<std::string> NamesOfBylineLine(std::string_view line, bool names_after_commas) {
  const std::string collapsed = CollapseWhitespace(line);
  std::string_view s = collapsed;
  if (std::vector<std::string> cjk = NamesFromCjkByline(s); !cjk.empty()) return cjk;
  // "World - 10 March 2020, 20:00 By Jane Doe": when a slot prints the section and the
  // date first, the names start at the byline word, written with its capital.
  if (!HasBylinePrefix(s)) {
    for (size_t at = s.find(' '); at != std::string_view::npos; at = s.find(' ', at + 1)) {
      const std::string_view rest = s.substr(at + 1);
      const unsigned char first = rest.empty() ? 0 : static_cast<unsigned char>(rest.front());
      if (first >= 'A' && first <= 'Z' && HasBylinePrefix(rest)) {
        const std::string_view names = StripBylinePrefix(rest);
        const unsigned char next = names.empty() ? 0 : static_cast<unsigned char>(names.front());
        if ((next >= 'A' && next <= 'Z') || next >= 0x80) {
          s = rest;
          break;
        }
      }
    }
  }
  for (const std::string_view stop : {"|", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", "\xE2\x80\xA2", "\xC2\xB7", "\n"}) {
    s = s.substr(0, s.find(stop));
  }
  s = TrimPunctuation(CutAtOtherCredit(TrimPunctuation(StripBylinePrefix(TrimPunctuation(s)))));
  std::vector<std::string_view> comma_parts;
  for (const std::string_view piece : SplitOnAny(s, std::array<std::string_view, 1>{"\xD8\x8C"})) {  // Arabic comma
    for (const std::string_view part : Split(piece, ',')) comma_parts.push_back(part);
  }
  // "A, B and C, Reuters": names run up to the last comma part with a conjunction.
  size_t last_names = 0;
  // ("Jane Doe, a Harbour Herald reporter" joins none: SplitJoinedNames).
  auto joins_names = [](std::string_view part) { return SplitJoinedNames(part).size() > 1; };
  for (size_t k = 0; k < comma_parts.size(); ++k) {
    if (joins_names(comma_parts[k])) last_names = k;
  }
  // ... and through the parts right after the first that are each a person's name:
  // "By Jane Doe, John Roe", not "By Jane Doe, Nairobi" or "..., The Harbour Herald".
  if (names_after_commas) {
    const bool capitals = !comma_parts.empty() && InCapitals(comma_parts.front());
    for (size_t k = 1;
         k < comma_parts.size() && IsAnotherPersonsName(CutClosingBracket(CutAtPlace(comma_parts[k])), capitals); ++k) {
      last_names = std::max(last_names, k);
    }
  }
  // "Jane Doe with agencies", "Erika Mustermann mit Agenturen": the desk after "with" is
  // a role, kept only when it is all the byline names.
  static constexpr std::string_view kWith[] = {" with ", " mit ", " avec ", " con ", " com ", " met "};
  std::vector<std::string> names, roles;
  for (size_t k = 0; k <= last_names && k < comma_parts.size(); ++k) {
    std::vector<std::string_view> joined;
    for (const std::string_view piece : SplitOnAny(CutClosingBracket(CutAtPlace(comma_parts[k])), kWith)) {
      for (const std::string_view part : SplitJoinedNames(piece)) joined.push_back(CutAtPlace(part));
    }
    for (const std::string_view part : joined) {
      const std::string_view trimmed = TrimPunctuation(CutClosingBracket(CutAtDateWord(part)));
      if (trimmed.empty() || std::any_of(trimmed.begin(), trimmed.end(), IsDigit)) continue;
      if (trimmed.front() >= 'a' && trimmed.front() <= 'z') continue;  // "updated", "und"
      std::string name = CleanAuthor(trimmed);
      if (name.empty() || names.size() >= 8) continue;
      (IsRoleName(name) ? roles : names).push_back(std::move(name));
    }
  }
  return names.empty() ? roles : names;
}

}  // namespace

std::vector<std::string> NamesFromByline(std::string_view line) { return NamesOfBylineLine(line, true); }

namespace {

// A paragraph classed for the writer, once the text has begun, that is a sentence
// naming nobody: the op-ed's closing line about its writer ("<p class=writer-note>The
// writer is a researcher at ...</p>", "הכותבת היא ..."), a line of the text where the
// bio rules read it, not a byline slot. A signature ("Jane Doe, Berlin"), a credit
// naming people ("Reporting by Jane Doe; editing by John Roe.") stays a slot.
constexpr size_t kMinClosingSentenceWords = 8;
bool IsSentenceAboutNoName(const DomNode& d, std::string_view line) {
  if (d.tag != GUMBO_TAG_P || !EndsSentence(line) || CountWords(line) < kMinClosingSentenceWords) return false;
  std::vector<std::string> names = NamesFromByline(line);
  KeepNameShaped(names);
  return names.empty();
}

}  // namespace

namespace {

// Byline words that are also ordinary words or given names elsewhere: Italian "Da",
// Romanian "De", Catalan "Per" (the Scandinavian given name), Tagalog "Ni", Swahili
// "Na" (a Korean surname), and the Greek genitive articles of a byline that names its
// author in the genitive ("Της Μαρίας Παπαδοπούλου": by Maria Papadopoulou; the name
// is kept as printed). Read only on a page in the word's language (a Greek word also
// on a page that declares none: its script is the language's), and only as the whole
// line: the word, then names of two to four words opening with capitals.
struct GuardedBylineWord {
  std::string_view word;      // as printed, with its capital
  std::string_view language;  // ISO 639-1 (or -2: "fil")
  bool script_tells = false;  // its script is written in its language alone
};
constexpr GuardedBylineWord kGuardedBylineWords[] = {{"Da", "it"},
                                                     {"De", "ro"},
                                                     {"Per", "ca"},
                                                     {"Ni", "tl"},
                                                     {"Ni", "fil"},
                                                     {"Na", "sw"},
                                                     {"\xCE\xA4\xCE\xBF\xCF\x85", "el", true},   // Του
                                                     {"\xCE\xA4\xCE\xB7\xCF\x82", "el", true},   // Της
                                                     {"\xCE\xA4\xCF\x89\xCE\xBD", "el", true}};  // Των
// The same Greek articles in lower case, before a second name ("... και της Μαρίας ...").
constexpr std::string_view kGreekArticles[] = {"\xCF\x84\xCE\xBF\xCF\x85", "\xCF\x84\xCE\xB7\xCF\x82",
                                               "\xCF\x84\xCF\x89\xCE\xBD"};

// A name as the guarded byline needs it: two to four words, the first and the last
// opening with a capital of a cased alphabet, particles between ("Juan dela Cruz"),
// letters, hyphens, apostrophes and initials' dots only, no organisation or role.
bool IsGuardedBylineName(std::string_view name) {
  const std::vector<std::string_view> words = Split(name, ' ');
  if (words.size() < 2 || words.size() > 4 || NamesOrganisation(name) || IsRoleName(name)) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (w.empty()) return false;
    size_t at = 0;
    const bool particle = k > 0 && k + 1 < words.size() && IsNameParticle(w);
    if (!particle && !IsCapitalLetter(NextCodePoint(w, at))) return false;
    for (const char ch : w) {
      if (!(IsAlpha(ch) || static_cast<unsigned char>(ch) >= 0x80 || ch == '-' || ch == '\'' || ch == '.'))
        return false;
    }
  }
  return true;
}

// The names of a line that is a guarded byline word and names only ("Da Maria Rossi",
// "Του Γιώργου Νικολάου και της Μαρίας Παπαδοπούλου"), with the word in `word`; empty
// when the line is anything else. Whether the page's language allows the word is
// GuardedWordFits.
std::vector<std::string> NamesAfterGuardedWord(std::string_view line, std::string_view& word) {
  const std::string collapsed = CollapseWhitespace(line);
  const std::string_view s = TrimAscii(collapsed);
  for (const GuardedBylineWord& g : kGuardedBylineWords) {
    if (s.size() <= g.word.size() + 1 || !s.starts_with(g.word) || s[g.word.size()] != ' ') continue;
    std::vector<std::string> names;
    for (std::string_view side : SplitOnAny(s.substr(g.word.size() + 1), kConjunctions)) {
      side = TrimAscii(side);
      for (const std::string_view article : kGreekArticles) {
        if (!names.empty() && g.script_tells && side.starts_with(article) && side.size() > article.size() &&
            side[article.size()] == ' ') {
          side = TrimAscii(side.substr(article.size()));
        }
      }
      if (!IsGuardedBylineName(side) || names.size() >= 4) return {};
      names.emplace_back(side);
    }
    word = g.word;
    return names;
  }
  return {};
}

// Whether a guarded byline word is one of `language` (a BCP 47 tag, maybe empty).
bool GuardedWordFits(std::string_view word, std::string_view language) {
  const std::string primary = AsciiLower(language.substr(0, language.find('-')));
  return std::any_of(std::begin(kGuardedBylineWords), std::end(kGuardedBylineWords), [&](const GuardedBylineWord& g) {
    return g.word == word && (primary == g.language || (primary.empty() && g.script_tells));
  });
}

}  // namespace

namespace {

// Every visible character of the paragraph at `index` is inside <strong> or <b>.
bool IsAllBold(const FlatDom& dom, uint32_t index) {
  bool any = false;
  for (uint32_t i = index + 1; i < dom.nodes[index].end; ++i) {
    const DomNode& d = dom.nodes[i];
    if (!d.is_text || TrimAscii(NodeText(d.node)).empty()) continue;
    bool bold = false;
    for (uint32_t up = d.parent; up != index && up != kNoNode && !bold; up = dom.nodes[up].parent) {
      bold = dom.nodes[up].tag == GUMBO_TAG_STRONG || dom.nodes[up].tag == GUMBO_TAG_B;
    }
    if (!bold) return false;
    any = true;
  }
  return any;
}

// "Jane Doe/John Roe", "Jane Doe and John Roe" -> the names, when every part is a
// name: two to four words, each starting with a capital letter, no digits, no
// sentence punctuation. Empty otherwise (a bold kicker, a bold first sentence).
std::vector<std::string> NamesFromBoldLine(std::string_view line) {
  std::vector<std::string> names;
  const std::string collapsed = CollapseWhitespace(line);
  std::vector<std::string_view> parts;
  for (const std::string_view piece : Split(collapsed, '/')) {
    for (const std::string_view part : SplitOnAny(piece, kConjunctions)) parts.push_back(TrimPunctuation(part));
  }
  for (const std::string_view part : parts) {
    const std::vector<std::string_view> words = Split(part, ' ');
    if (words.size() < 2 || words.size() > 4) return {};
    for (const std::string_view w : words) {
      if (w.empty() || !((w.front() >= 'A' && w.front() <= 'Z') || static_cast<unsigned char>(w.front()) >= 0x80)) return {};
      if (std::any_of(w.begin(), w.end(), [](char ch) { return IsDigit(ch) || ch == '.' || ch == ':' || ch == '!' || ch == '?'; })) {
        return {};
      }
    }
    std::string name = CleanAuthor(part);
    if (name.empty()) return {};
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

PageMetadata ReadMetadata(const FlatDom& dom, std::string_view page_url, Article& article) {
  PageMetadata meta;
  Candidates c;
  uint32_t hidden_until = 0;    // inside a hidden or non-rendered subtree
  uint32_t foreign_until = 0;   // inside comments, related stories, nav...
  uint32_t article_until = 0;   // inside the first <article> reached
  uint32_t byline_until = 0;    // inside a byline already taken, or an author bio box
  size_t paragraphs_after_headline = 0;
  size_t text_paragraphs = 0;  // paragraphs of the text after the headline (IsTextParagraph; counted to one)
  std::vector<std::string> bold_byline;  // names on a bold line that opens the text
  size_t byline_probes = 0;
  std::optional<SourcedValue> first_time;
  std::vector<std::pair<uint32_t, std::vector<std::string>>> bylines;  // element, names
  size_t prefix_probes = 0;             // lines under the headline read for a byline word
  size_t date_probes = 0;               // elements by the headline read for a printed date
  std::vector<std::pair<uint32_t, std::string>> printed_dates;  // element, ISO date
  uint32_t prefixed_until = 0;          // inside a line already read as a byline by its first words
  // Lines under the headline, and byline slots (index into `bylines`), that read as a
  // guarded byline word and names: kept once the page's language is known.
  struct GuardedLine {
    uint32_t element;
    std::string_view word;
    std::vector<std::string> names;
    std::string line;
    size_t slot = SIZE_MAX;  // a byline slot's entry in `bylines`, SIZE_MAX for a line of its own
  };
  std::vector<GuardedLine> guarded_lines;
  uint32_t guarded_until = 0;                                  // inside a line already read as a guarded byline
  uint32_t slot_until = 0;              // inside a line already read as the slot around the author's markup
  size_t slot_probes = 0;               // author markup under the headline whose line was read
  std::vector<std::pair<uint32_t, std::string>> author_links;  // links to author pages: element, name
  std::string name_line;                // the first name alone on a line under the headline
  std::pair<uint32_t, std::string> lone_name{kNoNode, {}};  // the first such name with nothing beside it
  size_t name_line_probes = 0;
  std::vector<std::string> bar_line;    // the names of a "<site> | <name> | <date>" line under the headline
  bool masthead_passed = false;         // the first <h1> was the site's name; the headline came after it
  // A page whose headline is no <h1> of its own (the only <h1> sits in a navigation
  // bar, or there is none) prints it as the first <h1>/<h2> of its first <article>,
  // in the words of the page's title: the byline is read under that heading instead.
  // (A front page's first teaser is no page headline.)
  uint32_t first_article = kNoNode;
  uint32_t article_heading = kNoNode;
  std::vector<uint8_t> holds_h1(dom.nodes.size(), 0);
  for (uint32_t i = static_cast<uint32_t>(dom.nodes.size()); i-- > 0;) {
    if (dom.nodes[i].tag == GUMBO_TAG_H1 && !dom.nodes[i].is_text) holds_h1[i] = 1;
    if (holds_h1[i] && dom.nodes[i].parent != kNoNode) holds_h1[dom.nodes[i].parent] = 1;
  }
  for (uint32_t i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& d = dom.nodes[i];
    if (d.is_text) continue;
    const GumboNode* node = d.node;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
      continue;
    }
    switch (d.tag) {
      case GUMBO_TAG_HTML:
        SetIfEmpty(c.lang_html, Attr(node, "lang"));
        if (c.lang_html.empty()) SetIfEmpty(c.lang_html, Attr(node, "xml:lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (c.title_tag.empty()) c.title_tag = VisibleText(dom, i, 1024);
        break;
      case GUMBO_TAG_META:
        ReadMeta(node, c);
        break;
      case GUMBO_TAG_BASE:
        SetIfEmpty(c.base_href, Attr(node, "href"));
        break;
      case GUMBO_TAG_LINK: {
        const NameTokenList rel = NameTokens(Attr(node, "rel"));
        if (HasToken(rel, {"canonical"})) SetIfEmpty(c.canonical_link, Attr(node, "href"));
        // rel is a set of space-separated keywords; NameTokens splits at hyphens too.
        const std::string rel_keywords = CollapseWhitespace(Attr(node, "rel"));
        for (const std::string_view keyword : Split(rel_keywords, ' ')) {
          if (EqualsIgnoreCase(keyword, "syndication-source") || EqualsIgnoreCase(keyword, "original-source")) {
            SetIfEmpty(c.source_link, Attr(node, "href"));
          }
        }
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (EqualsIgnoreCase(TrimAscii(Attr(node, "type")), "application/ld+json")) {
          ReadJsonLdScript(dom, i, c);
        } else {
          ReadConfigScript(dom, i, c);
        }
        break;
      default:
        break;
    }
    if (i >= hidden_until && (d.hidden || IsNonRenderedTag(d.tag)) &&
        d.tag != GUMBO_TAG_HTML && d.tag != GUMBO_TAG_BODY) {
      hidden_until = d.end;
    }
    if (d.tag == GUMBO_TAG_ARTICLE && i >= article_until) article_until = d.end;
    // An <aside> inside the article carries its own metadata (author, date).
    const bool article_aside = d.tag == GUMBO_TAG_ASIDE && i < article_until;
    // More than half of the document's nodes inside one element: the page itself.
    const bool wraps_page = (d.end - i) * 2 > dom.nodes.size();
    if (i >= foreign_until && !article_aside && IsForeignRegion(d, holds_h1[i], wraps_page)) foreign_until = d.end;
    const bool visible = i >= hidden_until;
    const bool own = visible && i >= foreign_until;

    const std::string_view itemprop = Attr(node, "itemprop");
    if (!itemprop.empty() && i >= foreign_until) {
      const NameTokenList props = NameTokens(itemprop);
      // (Not one inside a teaser's link, which signs the teaser: "<a href=other>Headline
      // <span itemprop=author>By AFP</span></a>".)
      if (HasToken(props, {"author", "creator"}) && !InsideTeaserLink(dom, i)) {
        AddAuthor(c, kGroupItemprop, MicrodataAuthor(dom, i), "itemprop", kMarkupConfidence);
      }
      if (HasToken(props, {"datepublished"})) {
        OfferDate(c.published, ItempropValue(dom, i), "itemprop", kMarkupConfidence);
      }
      if (HasToken(props, {"datemodified"})) {
        OfferDate(c.modified, ItempropValue(dom, i), "itemprop", kMarkupConfidence);
      }
    }
    if ((d.tag == GUMBO_TAG_H1 || d.tag == GUMBO_TAG_H2) && c.headings.size() < kMaxHeadings) {
      std::string text = VisibleText(dom, i, 1024);
      if (d.tag == GUMBO_TAG_H1 && c.h1_count++ == 0) c.first_h1 = text;
      c.headings.push_back(std::move(text));
    }
    if (!own) continue;
    if (d.tag == GUMBO_TAG_ARTICLE && first_article == kNoNode) first_article = i;
    // Without an <h1>, the headline is the <article>'s <h1>/<h2> that prints the
    // page's title; on a page with no <article>, any <h2>, or a <div> or <h3> that
    // holds nothing but that text ("<div id=x>Harbour ferry returns</div>").
    const bool heading_tag = d.tag == GUMBO_TAG_H1 || d.tag == GUMBO_TAG_H2;
    const bool in_article = first_article != kNoNode && i < dom.nodes[first_article].end;
    const bool bare_title_line = (d.tag == GUMBO_TAG_DIV || d.tag == GUMBO_TAG_H3) && d.end - i == 2 &&
                                 dom.nodes[i + 1].is_text;
    if (article_heading == kNoNode && meta.headline_h1 == kNoNode &&
        ((heading_tag && in_article) || (first_article == kNoNode && (heading_tag || bare_title_line))) &&
        IsPageHeadline(VisibleText(dom, i, 512), c)) {
      article_heading = i;
    }
    const size_t paragraphs_before = paragraphs_after_headline;  // not counting this one
    const bool text_begun = text_paragraphs > 0;                 // a paragraph of the text came before
    if (d.tag == GUMBO_TAG_P && meta.headline_h1 != kNoNode && i > meta.headline_h1 && text_paragraphs == 0 &&
        IsTextParagraph(dom, i)) {
      ++text_paragraphs;
    }
    if (d.tag == GUMBO_TAG_P && meta.headline_h1 != kNoNode && i > meta.headline_h1 &&
        paragraphs_after_headline < kMaxLeadParagraphs) {
      std::string line = VisibleText(dom, i, 256);
      if (!line.empty()) {
        ++paragraphs_after_headline;
        if (bold_byline.empty() && line.size() <= kMaxBoldBylineBytes && IsAllBold(dom, i)) {
          bold_byline = NamesFromBoldLine(line);
        }
      }
    }
    if (d.tag == GUMBO_TAG_H1 && meta.headline_h1 == kNoNode) {
      std::string text = VisibleText(dom, i, 1024);
      if (!text.empty()) {
        meta.headline_h1 = i;
        meta.headline_h1_text = std::move(text);
      }
    } else if (d.tag == GUMBO_TAG_H1 && !masthead_passed && i >= dom.nodes[meta.headline_h1].end) {
      // The first <h1> was the masthead's: what was read under it is read again under this one.
      std::string text = VisibleText(dom, i, 1024);
      if (FollowsAMasthead(meta.headline_h1_text, text, c)) {
        masthead_passed = true;
        meta.headline_h1 = i;
        meta.headline_h1_text = std::move(text);
        paragraphs_after_headline = text_paragraphs = 0;
        prefix_probes = slot_probes = name_line_probes = 0;
        bold_byline.clear();
        name_line.clear();
        lone_name = {kNoNode, {}};
        bar_line.clear();
      }
    }
    if (d.tag == GUMBO_TAG_TIME) {
      std::string_view when = Attr(node, "datetime");
      const std::string text = when.empty() ? VisibleText(dom, i, 128) : std::string();
      if (when.empty()) when = text;
      if (HasAttr(node, "pubdate")) OfferDate(c.published, when, "time", kMarkupConfidence);
      else if (!first_time) OfferDate(first_time, when, "time", kTimeConfidence);
    }
    if (d.tag == GUMBO_TAG_A && HasToken(NameTokens(Attr(node, "rel")), {"author"}) && !NamesItsNetwork(dom, i)) {
      AddAuthor(c, kGroupRelAuthor, VisibleText(dom, i, 256), "rel-author", kMarkupConfidence);
    }
    // Under the headline, a short line that opens with a byline word ("By Jane Doe",
    // "Von Erika Mustermann", "Texto: Juana Pérez", "Автор: Иван Петров") is a byline
    // however its element is named: many templates give it no byline class (once a
    // paragraph has come, not when it signs a teaser card set between the paragraphs).
    const uint32_t headline = meta.headline_h1 != kNoNode ? meta.headline_h1 : article_heading;
    const bool under_headline =
        headline != kNoNode && i > headline && i - headline <= kBylineReach && i >= byline_until;
    if (under_headline && i >= prefixed_until && prefix_probes < kMaxBylineProbes && !IsBylineElement(d) &&
        (d.tag == GUMBO_TAG_P || d.tag == GUMBO_TAG_DIV || d.tag == GUMBO_TAG_SPAN || d.tag == GUMBO_TAG_ADDRESS ||
         d.tag == GUMBO_TAG_LI || d.tag == GUMBO_TAG_EM || d.tag == GUMBO_TAG_STRONG || d.tag == GUMBO_TAG_B ||
         IsSubheading(d.tag))) {
      ++prefix_probes;
      // Its length in characters: a Greek or Cyrillic line takes twice the bytes.
      const std::string line = VisibleText(dom, i, 2 * kMaxBoldBylineBytes);
      if (!line.empty() && line.size() < 2 * kMaxBoldBylineBytes && CodePoints(line) <= kMaxBoldBylineBytes &&
          HasBylinePrefix(line) && (!IsSubheading(d.tag) || StripBylinePrefix(line).size() < line.size()) &&
          !InsideLongerLine(dom, i) && !InsideTeaserLink(dom, i) &&
          !(text_begun && SignsATeaser(dom, i, headline))) {
        // A line made of elements of its own is read by its parts, as a byline slot is:
        // "<p>By Jane Doe</p><p>LONDON | June 7</p>" (an agency prints the byline over
        // the dateline) names Jane Doe, not "Jane Doe LONDON".
        std::vector<std::string> lines = BylineParts(dom, i);
        const std::vector<std::string> line_names =
            lines.empty() ? NamesFromByline(line) : NamesOfBylineLine(JoinBylineParts(lines), false);
        std::vector<std::string> names = WithUnlinkedNames(LinkedAuthorNames(dom, i), line_names);
        if (names.empty()) names = line_names;
        const bool persons = !names.empty() && std::all_of(names.begin(), names.end(), LooksLikeName);
        if (persons) {
          bylines.push_back({i, std::move(names)});
          prefixed_until = d.end;
        }
        // The line is the byline slot a reader sees ("By Jane Doe, Reuters"), read
        // for its credit like a slot named for it, with its parts (the names'
        // element apart from the date's). A byline word before no person's name
        // ("By AP", "Von dpa", "Por EFE") signs the text all the same: the line is
        // read for its credit, with no author (and the elements inside it are
        // still read for a byline of their own).
        lines.insert(lines.begin(), line);
        AddBylineLines(lines, article);
      } else if (!line.empty() && line.size() < 2 * kMaxBoldBylineBytes && CodePoints(line) <= kMaxBoldBylineBytes &&
                 i >= guarded_until && !InsideLongerLine(dom, i) && !InsideTeaserLink(dom, i)) {
        std::string_view word;
        std::vector<std::string> names = NamesAfterGuardedWord(line, word);
        if (!names.empty()) {
          guarded_lines.push_back({i, word, std::move(names), line});
          guarded_until = d.end;
        }
      }
    }
    // Under the headline, the line around the author's markup (a rel=author link, an
    // itemprop=author element, an <address>) is the byline slot a reader sees, however
    // its element is named: "<div><a rel=author>Jan Kowalski</a>, PAP</div>", "<div><span
    // itemprop=author>Reuters staff</span></div>", "<div><a rel=author>Jane Doe</a>
    // <time>June 4</time> <span>Source: dpa</span></div>". It is read for its credit
    // with its parts, like a slot named for it (not inside a teaser's card or link).
    if (under_headline && i >= slot_until && i >= byline_until && slot_probes < kMaxBylineProbes &&
        IsAuthorMarkup(node)) {
      ++slot_probes;
      uint32_t block = i;
      while (block != kNoNode && !IsBlockTag(dom.nodes[block].tag)) block = dom.nodes[block].parent;
      if (block != kNoNode && block > headline && dom.nodes[block].tag != GUMBO_TAG_ARTICLE &&
          dom.nodes[block].tag != GUMBO_TAG_MAIN && dom.nodes[block].tag != GUMBO_TAG_BODY) {
        const std::string line = VisibleText(dom, block, 2 * kMaxBylineBytes);
        if (!line.empty() && line.size() <= kMaxBylineBytes && !InsideTeaserLink(dom, i) &&
            !SignsATeaser(dom, block, headline)) {
          slot_until = dom.nodes[block].end;
          std::vector<std::string> lines = BylineParts(dom, block);
          lines.insert(lines.begin(), line);
          AddBylineLines(lines, article);
        }
      }
    }
    // Under the headline, a name alone on a line with no byline word, beside a date
    // or the author's avatar ("<span>Jane Doe</span>" over "17.05.2026"; "<h4>Jane
    // Doe</h4>" by a picture of her): a byline whatever its element is called, when
    // at most one paragraph (a standfirst) comes between (a commenter's name over
    // the comment's date comes after the text).
    if (under_headline && name_line.empty() && paragraphs_before <= 1 && i >= prefixed_until &&
        name_line_probes < kMaxBylineProbes &&
        d.end - i <= kMaxNameLineNodes && !IsBylineElement(d) &&
        (d.tag == GUMBO_TAG_P || d.tag == GUMBO_TAG_DIV || d.tag == GUMBO_TAG_SPAN || d.tag == GUMBO_TAG_ADDRESS ||
         d.tag == GUMBO_TAG_LI || d.tag == GUMBO_TAG_STRONG || d.tag == GUMBO_TAG_B || d.tag == GUMBO_TAG_H2 ||
         d.tag == GUMBO_TAG_H3 || d.tag == GUMBO_TAG_H4 || d.tag == GUMBO_TAG_H5 || d.tag == GUMBO_TAG_H6)) {
      ++name_line_probes;
      std::string name = NameLineOf(dom, i);
      if (!name.empty() && NameLineHasCompany(dom, i, name, headline) && !SignsATeaser(dom, i, headline)) {
        name_line = std::move(name);
      } else if (!name.empty() && lone_name.first == kNoNode && !SignsATeaser(dom, i, headline)) {
        lone_name = {i, std::move(name)};  // a byline if the article closes with a tagline about the person
      } else if (bar_line.empty() && !SignsATeaser(dom, i, headline)) {
        bar_line = BarLineNames(dom, i);
      }
    }
    // A date printed by the headline, in an element named for it ("date", "datum",
    // "fecha", "published", "timestamp") above or below it, or on a line of its own
    // under it, is the date a reader sees: "martes 17 de marzo de 2020", "Sunday,
    // July 05, 2020". The one nearest the headline counts (see below).
    if (date_probes < kMaxBylineProbes && printed_dates.size() < kMaxPrintedDates &&
        (d.tag == GUMBO_TAG_P || d.tag == GUMBO_TAG_DIV || d.tag == GUMBO_TAG_SPAN || d.tag == GUMBO_TAG_TIME ||
         d.tag == GUMBO_TAG_LI || d.tag == GUMBO_TAG_H2 || d.tag == GUMBO_TAG_H3)) {
      const bool below = meta.headline_h1 != kNoNode && i > meta.headline_h1 && i - meta.headline_h1 <= kBylineReach;
      const bool named = IsDateElement(d);
      if (named || (below && d.end - i <= 3)) {
        ++date_probes;
        const std::string line = VisibleText(dom, i, 160);
        if (!line.empty() && line.size() <= 120 && !MentionsUpdate(line)) {
          std::optional<std::string> iso = named ? FindDateInText(line) : NormalizeDate(line);
          if (iso && (named || LineIsOnlyADate(line))) printed_dates.push_back({i, std::move(*iso)});
        }
      }
    }
    // Links to author pages under the headline, and the last few before it is
    // known (a template may sign above it); the ones by it are kept below.
    if (d.tag == GUMBO_TAG_A && i >= byline_until && (headline == kNoNode || under_headline) &&
        author_links.size() < kMaxAuthorLinkProbes && IsAuthorPageLink(Attr(node, "href"))) {
      std::string name = PersonNameOfLink(dom, i);
      if (!name.empty()) {
        if (headline == kNoNode && author_links.size() >= kMaxLinkedAuthors) author_links.erase(author_links.begin());
        author_links.push_back({i, std::move(name)});
      }
    }
    // The links and labels inside an author box ("Twitter", "More by ...") are no byline.
    if (i >= byline_until && IsAuthorBioBox(d)) byline_until = d.end;
    if (i >= byline_until && byline_probes < kMaxBylineProbes && IsBylineElement(d)) {
      ++byline_probes;
      std::string line = VisibleText(dom, i, 2 * kMaxBylineBytes);
      if (line.empty()) {
        // A byline slot that is only a picture: the supplier's logo, its alt text the
        // name ("<a href=/autor/agencia-brasil><img alt="Agência Brasil"></a>"). A
        // line of the slot for the credit rules, as the slot's text is (not a teaser
        // card's); no author is read from it.
        const bool by_headline = headline == kNoNode || (i > headline && i - headline <= kBylineReach && !text_begun);
        std::string alt = LogoAltOfByline(dom, i);
        if (!alt.empty() && (by_headline || !SignsATeaser(dom, i, headline)) && !InsideTeaserLink(dom, i) &&
            article.byline_lines.size() < kMaxBylineLines &&
            std::find(article.byline_lines.begin(), article.byline_lines.end(), alt) == article.byline_lines.end()) {
          article.byline_lines.push_back(std::move(alt));
        }
      }
      if (!line.empty() && line.size() <= kMaxBylineBytes && !(text_begun && IsSentenceAboutNoName(d, line))) {
        byline_until = d.end;
        meta.byline_elements.push_back(i);  // a byline slot, out of the body, whoever it signs
        // Near the headline, above the text, a slot is the page's own; farther off, or
        // once a paragraph has come, it may sign a teaser card set between the
        // paragraphs (without a known headline, nothing tells the two apart: the slot
        // is read).
        const bool by_headline = headline == kNoNode || (i > headline && i - headline <= kBylineReach && !text_begun);
        if ((by_headline || !SignsATeaser(dom, i, headline)) && !InsideTeaserLink(dom, i) &&
            article.byline_lines.size() < kMaxBylineLines &&
            std::find(article.byline_lines.begin(), article.byline_lines.end(), line) ==
                article.byline_lines.end()) {
          // The byline's parts as a reader sees them apart: "<span>Jane Doe</span>
          // <span>Associated Press</span>" is a name and an outlet, not one name.
          std::vector<std::string> parts = BylineParts(dom, i);
          std::vector<std::string> slots = AgencySlotsBeside(dom, i);
          // (Parts are joined with commas: a part after a name is what follows it,
          // "<span>Jane Doe</span> <span>Harbour Today</span>", never another name.)
          std::vector<std::string> line_names =
              NamesOfBylineLine(parts.empty() ? line : JoinBylineParts(parts), parts.empty());
          KeepNameShaped(line_names);
          std::vector<std::string> names = WithUnlinkedNames(LinkedAuthorNames(dom, i), line_names);
          if (names.empty()) names = std::move(line_names);
          std::string_view word;
          if (std::vector<std::string> guarded = NamesAfterGuardedWord(line, word); !guarded.empty()) {
            guarded_lines.push_back({i, word, std::move(guarded), line, bylines.size()});
            bylines.push_back({i, std::move(names)});  // as read when the language does not allow the word
          } else if (!names.empty()) {
            bylines.push_back({i, std::move(names)});
          }
          article.byline_lines.push_back(std::move(line));
          for (std::vector<std::string>* more : {&parts, &slots}) {
            for (std::string& part : *more) {
              if (article.byline_lines.size() >= kMaxBylineLines) break;
              if (std::find(article.byline_lines.begin(), article.byline_lines.end(), part) ==
                  article.byline_lines.end()) {
                article.byline_lines.push_back(std::move(part));
              }
            }
          }
        }
      }
    }
  }
  ReadJsonLd(c);
  if (!c.published && first_time) c.published = first_time;
  // A guarded byline word counts in its own language: the one the page declares.
  std::string declared_language;
  for (const std::string* lang : {&c.lang_html, &c.lang_http, &c.lang_jsonld, &c.og_locale}) {
    declared_language = NormalizeLanguage(*lang);
    if (!declared_language.empty()) break;
  }
  for (GuardedLine& g : guarded_lines) {
    if (!GuardedWordFits(g.word, declared_language)) continue;
    if (g.slot != SIZE_MAX) {
      bylines[g.slot].second = std::move(g.names);
      continue;
    }
    bylines.push_back({g.element, std::move(g.names)});
    if (article.byline_lines.size() < kMaxBylineLines &&
        std::find(article.byline_lines.begin(), article.byline_lines.end(), g.line) == article.byline_lines.end()) {
      article.byline_lines.push_back(std::move(g.line));
    }
  }
  std::erase_if(bylines, [](const auto& byline) { return byline.second.empty(); });  // a slot naming nobody
  // A visible byline is trusted next to the headline (the nearest one, or the
  // first when there is no headline); the others may sign teasers or comments.
  const uint32_t headline = meta.headline_h1 != kNoNode ? meta.headline_h1 : article_heading;
  size_t nearest = 0;
  auto distance = [&](size_t k) {
    const uint32_t at = bylines[k].first, h1 = headline;
    return h1 == kNoNode ? static_cast<uint32_t>(k) : (at > h1 ? at - h1 : h1 - at);
  };
  for (size_t k = 1; k < bylines.size(); ++k) {
    if (distance(k) < distance(nearest)) nearest = k;
  }
  for (size_t k = 0; k < bylines.size(); ++k) {
    const bool trusted = k == nearest && (headline == kNoNode || distance(k) <= kBylineReach);
    for (std::string& name : bylines[k].second) {
      c.authors[kGroupByline].push_back({std::move(name), "byline", trusted ? kBylineConfidence : kFarBylineConfidence});
    }
  }
  // A link to an author's page signs the article under the headline, or just
  // above it (a template that prints the byline, avatar and date over the headline).
  std::vector<std::string> linked_authors;
  for (auto& [at, name] : author_links) {
    if (headline == kNoNode || linked_authors.size() >= kMaxLinkedAuthors) break;
    const bool below = at > headline && at - headline <= kBylineReach;
    const bool above = at < headline && headline - at <= kAuthorLinkReachAbove;
    if ((below || above) && std::find(linked_authors.begin(), linked_authors.end(), name) == linked_authors.end()) {
      linked_authors.push_back(std::move(name));
    }
  }
  for (std::string& name : linked_authors) {
    c.authors[kGroupAuthorLink].push_back({std::move(name), "author-link", kBylineConfidence});
  }
  // Of a "<site> | <name> | <date>" line, the part that is no name of the site (its
  // <title>'s, og:site_name, its publisher's, its host's): read when one part is left.
  if (name_line.empty() && !bar_line.empty()) {
    const std::string title_site = NameKey(TitleSiteName(c));
    std::erase_if(bar_line, [&](const std::string& part) {
      return IsOrganisationName(part, c, article) || (!title_site.empty() && NameKey(part) == title_site);
    });
    if (bar_line.size() == 1) name_line = std::move(bar_line.front());
  }
  // A name alone under the headline, with no date or avatar beside it, that the
  // article's closing tagline is about ("<h5>Jane Doe</h5>" ... "Jane Doe is a staff
  // writer."): the byline, however its element is named.
  if (name_line.empty() && lone_name.first != kNoNode && ClosesWithTaglineOf(dom, lone_name.first, lone_name.second)) {
    name_line = std::move(lone_name.second);
  }
  if (!name_line.empty()) c.authors[kGroupNameLine].push_back({std::move(name_line), "name-line", kBylineConfidence});

  // Where links resolve: <base href>, else the page's own URL, else the canonical.
  const std::string canonical_link = ResolveUrl(page_url, c.canonical_link);
  article.canonical_url = !canonical_link.empty() ? canonical_link
                          : !c.og_url.empty()     ? c.og_url
                                                  : c.jsonld_url;
  // A canonical link to another site's page while the page's own address (og:url)
  // is on its site: the syndication partner's way of naming the original, as
  // search engines ask of republished copies.
  if (!canonical_link.empty() && !c.og_url.empty() && !SiteLabel(canonical_link).empty() &&
      !SiteLabel(c.og_url).empty() && SiteLabel(canonical_link) != SiteLabel(c.og_url)) {
    c.declared_sources.push_back({canonical_link, "link:canonical", kMetaConfidence});
  }
  const bool page_url_absolute = HostOf(page_url).size() > 0;
  const std::string own_url = page_url_absolute ? std::string(page_url) : c.og_url;
  if (!canonical_link.empty() && !own_url.empty() && HostOf(own_url) != HostOf(canonical_link)) article.own_url = own_url;
  // The original a republished copy names (Google News' syndication tags, as a
  // <link> or a <meta>): kept when it is an address on another site than the page.
  std::string source_link = c.source_link;
  // The <link> form is page data as the <meta> one is: the detectors read both.
  if (!c.source_link.empty()) OfferDeclaredSource(c, "link:syndication-source", ResolveUrl(page_url, c.source_link));
  for (const SourcedValue& declared : c.declared_sources) {
    if (source_link.empty() && (declared.source == "meta:syndication-source" || declared.source == "meta:original-source")) {
      source_link = declared.value;
    }
  }
  source_link = ResolveUrl(page_url, source_link);
  if (const std::string source_site = SiteLabel(source_link), page_site = SiteLabel(article.canonical_url);
      !source_site.empty() && !page_site.empty() && source_site != page_site) {
    article.source_url = source_link;
  }
  const std::string page_base = page_url_absolute ? std::string(page_url) : article.canonical_url;
  meta.base_url = c.base_href.empty() ? page_base : ResolveUrl(page_base, c.base_href);
  if (HostOf(meta.base_url).empty()) meta.base_url = page_base;

  if (!c.published) {
    for (const std::string_view url : {page_url, std::string_view(article.canonical_url)}) {
      if (std::optional<std::string> date = DateFromUrl(url)) {
        c.published = SourcedValue{std::move(*date), "url", kUrlDateConfidence};
        break;
      }
    }
  }

  // A date printed by the headline is the last resort: the metadata, a <time> and
  // the URL's date are what the site itself declares.
  if (!c.published && !printed_dates.empty()) {
    // The printed date nearest the headline: below it within the reach of a byline,
    // above it only close by (a masthead prints today's date far above).
    const uint32_t h1 = meta.headline_h1;
    auto gap = [&](uint32_t at) {
      return h1 == kNoNode ? 0 : at > h1 ? at - h1 : (h1 - at) * (kBylineReach / kPrintedDateReachAbove);
    };
    const auto closest = std::min_element(printed_dates.begin(), printed_dates.end(),
                                          [&](const auto& a, const auto& b) { return gap(a.first) < gap(b.first); });
    if (gap(closest->first) <= kBylineReach) {
      c.published = SourcedValue{std::move(closest->second), "printed", kPrintedDateConfidence};
    }
  }

  article.title = ChooseTitle(c);
  // Some CMSs print the headline as "application-name": a site's name is short and
  // is not the headline.
  const bool app_is_site = CountWords(c.application_name) <= 5 && c.application_name != article.title &&
                           c.application_name != c.title_tag;
  article.site_name = !c.og_site_name.empty()       ? c.og_site_name
                      : !c.jsonld_publisher.empty() ? c.jsonld_publisher
                      : app_is_site                 ? c.application_name
                                                    : std::string();
  for (const std::string* lang : {&c.lang_html, &c.lang_http, &c.lang_jsonld, &c.og_locale}) {
    article.language = NormalizeLanguage(*lang);
    if (!article.language.empty()) break;
  }
  article.description = !c.description_meta.empty() ? c.description_meta
                        : !c.og_description.empty() ? c.og_description
                                                    : c.jsonld_description;
  // Authors come from the first source group that names a person; a group that
  // names only the publication itself or another organisation ("Example Times",
  // "example.com", a JSON-LD Organization), only a role ("Online News Editor",
  // "Redaktion") or only a profile slug or handle ("jane-doe", "jdoe_12") is used only
  // when no trusted source names a person.
  std::vector<SourcedValue>* organisations_only = nullptr;
  for (std::vector<SourcedValue>& group : c.authors) {
    if (group.empty()) continue;
    const bool names_person = std::any_of(group.begin(), group.end(), [&](const SourcedValue& a) {
      return a.confidence >= kBylineConfidence && !IsOrganisationName(a.value, c, article) && !IsRoleName(a.value) &&
             !IsSlug(a.value);
    });
    if (names_person) {
      article.authors = RankAuthors(std::move(group));
      break;
    }
    if (organisations_only == nullptr) organisations_only = &group;
  }
  // Papers that print their pages online put the byline as the text's first
  // line, in bold ("<p><strong>Jane Doe/John Roe</strong></p>"): it names a
  // person where the metadata names only the paper.
  if (article.authors.empty() && !bold_byline.empty()) {
    std::vector<SourcedValue> names;
    for (std::string& name : bold_byline) names.push_back({std::move(name), "byline", kBylineConfidence});
    article.authors = RankAuthors(std::move(names));
  }
  if (article.authors.empty() && organisations_only != nullptr) {
    article.authors = RankAuthors(std::move(*organisations_only));
  }
  // Whichever group named them, an organisation or a role among the authors is no
  // person (a handle or profile slug is one: a person's account).
  for (SourcedValue& a : article.authors) a.person = !IsOrganisationName(a.value, c, article) && !IsRoleName(a.value);


  article.published = std::move(c.published);
  article.modified = std::move(c.modified);
  if (!c.jsonld_blocks.empty()) article.json_ld = json::serialize(c.jsonld_blocks);
  article.declared_sources = std::move(c.declared_sources);
  return meta;
}

}  // namespace provscore::internal
