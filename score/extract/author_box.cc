#include "score/extract/author_box.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <cctype>
#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text.h"

namespace provscore::internal {
namespace {

constexpr size_t kMaxBoxBytes = 4000;       // visible text of a box, links included
constexpr size_t kMaxDescriptionBytes = 1500;  // description lines of one box
constexpr size_t kMaxLineBytes = 1200;      // one description line
constexpr size_t kMaxBoxes = 8;
constexpr size_t kEdgeBlocks = 3;           // body blocks at either end a bio may sit in
constexpr size_t kMaxNameProbes = 200;      // blocks opening with a name's first word
constexpr size_t kMaxMarkedProbes = 400;    // marked elements read (bounds work on hostile pages)
constexpr uint32_t kMaxInlineScan = 64;     // inline descendants searched for a rel="author" link
constexpr size_t kMaxHeadingProbes = 200;   // headings read as possible box headings
constexpr uint32_t kMaxCardLevels = 2;      // levels above a bio element its name may sit in
constexpr size_t kMaxCardLines = 8;         // lines of that card
constexpr size_t kMaxHeadingBytes = 80;     // a box heading: a few words
constexpr uint32_t kMaxNameCardLevels = 3;  // wrappers that add lines above a name slot (FindNameCards)
constexpr size_t kMaxNameCardDescriptions = 4;  // description lines of a name card: a bio, not a list of teasers
constexpr size_t kMinNameCardWords = 6;  // words of a name card's description: more than a job title
// Code points in scripts written without spaces that make a line a description
// (IsDescriptionLine), and at most a title after a name (IsNameAndTitleLine).
constexpr size_t kMinUnspacedDescription = 10;
constexpr size_t kMaxUnspacedTitle = 12;
constexpr size_t kMaxLeadInWords = 5;    // words before a name that opens a bio's sentence ("Der Berliner Imam ...")
constexpr size_t kMaxTitleAbbreviationLetters = 4;  // "dr.", "prof." before a name that opens a bio's sentence
constexpr size_t kMinClauseWords = 4;    // words after the name in a bio line with no full stop
constexpr size_t kMaxClauseWords = 24;
constexpr size_t kMaxContactTailWords = 10;  // a contact field closing a description line: "E-Mail: jane@x.example"
constexpr size_t kMinRoleLineWords = 2;  // a role line under the name: "Senior reporter, Berlin"
constexpr size_t kMaxRoleLineWords = 8;
constexpr size_t kMaxAccountBytes = 30;  // an account's name: "rmb8090", "redazione"
constexpr int kTeaserLevels = 3;         // wrappers of a block read for a teaser's headline link
constexpr size_t kMaxTeaserBytes = 600;
constexpr uint32_t kMaxTeaserNodes = 2000;  // a wrapper with more nodes is no card
constexpr size_t kMaxListSiblings = 64;     // siblings read for a list of people cards (InListOfPeople)

// Class/id/itemprop tokens that name an author or a bio. A token is a whole word
// of the attribute (see NameTokens), so "authority" or "biology" never match.
bool HasAuthorToken(std::span<const std::string_view> tokens) {
  return HasToken(tokens, {"author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori",
                           "writer", "writers", "contributor", "contributors", "columnist", "journalist", "redakteur",
                           "avtor", "yazar", "forfatter", "skribent", "bio", "bios", "biography", "authorbio",
                           "aboutauthor", "abouttheauthor", "authorbox", "authorinfo", "authorcard", "authorprofile",
                           "authordescription", "authorbiography", "autorbox", "autorenbox", "autorinfo", "autorprofil",
                           "biobox", "penulis", "szerzo", "redaktor", "novinar", "giornalista", "periodista",
                           "jornalista", "journaliste"});
}

// A link to an author's own page: a path with a segment that names the authors'
// section followed by the person's slug ("/author/jane-doe", "/autoren/anna-schmidt",
// "/profile/jd"); the section's index ("/authors/") names nobody.
bool IsAuthorPageLink(std::string_view href) {
  const std::vector<std::string_view> segments = Split(UrlPath(href), '/');
  for (size_t k = 0; k + 1 < segments.size(); ++k) {
    if (TrimAscii(segments[k + 1]).empty()) continue;
    if (IsAuthorSectionSegment(AsciiLower(segments[k]), /*with_people=*/true)) return true;
  }
  return false;
}

// A link that is no teaser's headline: to an author's page or a social account.
bool IsAuthorOrSocialLink(std::string_view href) { return IsAuthorPageLink(href) || IsSocialAccountLink(href); }

bool HasCommentsToken(std::span<const std::string_view> tokens) {
  return HasToken(tokens, {"comment", "comments", "disqus", "kommentare", "commentaires", "comentarios", "commentlist"});
}

// An author or bio token in an element's class, id or itemprop.
bool HasAuthorMark(const DomNode& d) {
  return HasAuthorToken(ClassIdTokens(d)) || HasAuthorToken(NameTokens(Attr(d.node, "itemprop")));
}

// One line of a box as a reader sees it; `links` counts bytes of anchor text.
struct Line {
  std::string text;
  size_t links = 0;
};

// An author name as searched for: lower-cased (ASCII), spaces collapsed.
struct Name {
  std::string listed;  // as in Article::authors (one part of a joint listing)
  std::string key;     // lower-cased, collapsed
  std::string first_word;
  // One word ("Marlow"): too little to find in running text, so it names a box only
  // as a line of its own or as the opening word of a line (NameIn).
  bool single = false;
  // An account's name read off a box ("rmb8090"): no person's, so its box is the
  // house account's (UnlistedName).
  bool account = false;
};

// Lower case for names in Latin, Greek and Cyrillic capitals ("ИВАН ПЕТРОВ",
// "JOSÉ ÁLVAREZ"): only the letters whose two cases take the same number of bytes,
// so an offset into the folded text is an offset into the original.
std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    char32_t cp = NextCodePoint(s, i);
    if (cp >= 'A' && cp <= 'Z') {
      cp += 0x20;
    } else if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) ||
               (cp >= 0x410 && cp <= 0x42F)) {
      cp += 0x20;
    } else if (cp >= 0x400 && cp <= 0x40F) {
      cp += 0x50;
    } else if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x178 && cp != 0x17F &&
               ((cp < 0x139 || cp > 0x148) && (cp < 0x179) ? cp % 2 == 0 : cp % 2 == 1)) {
      cp += 1;  // Latin Extended-A pairs: even upper case, odd between U+0139 and U+0148 and from U+0179
    }
    const size_t before = out.size();
    AppendUtf8(cp, out);
    if (out.size() - before != i - at) {  // never change a length: keep the original bytes
      out.resize(before);
      out.append(s.substr(at, i - at));
    }
  }
  return out;
}

std::string Key(std::string_view s) { return FoldCase(CollapseWhitespace(s)); }

bool IsWordAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t k = i;
  return IsWordCodePoint(NextCodePoint(s, k));
}

bool IsUnspacedAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t k = i;
  return IsUnspacedScript(NextCodePoint(s, k));
}

bool IsWordBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  const char32_t cp = NextCodePoint(s, k);
  return IsWordCodePoint(cp) && !IsUnspacedScript(cp);
}

// Where `name` (a key) occurs in `lower` as whole words, or npos.
size_t FindName(std::string_view lower, std::string_view name) {
  for (size_t at = lower.find(name); at != std::string_view::npos; at = lower.find(name, at + 1)) {
    const size_t end = at + name.size();
    size_t k = end - 1;
    while (k > at && (static_cast<unsigned char>(name[k - at]) & 0xC0) == 0x80) --k;
    const bool wide_end = IsUnspacedScript(NextCodePoint(lower, k));
    if (IsWordBefore(lower, at)) continue;
    // A name in Latin letters glued to a particle of a script without spaces
    // ("Harbour Times是…", "Harbour Timesは…", "Harbour Times는…") ends there.
    if (!wide_end && IsWordAt(lower, end) && !IsUnspacedAt(lower, end)) continue;
    return at;
  }
  return std::string_view::npos;
}

bool IsBylinePrefix(std::string_view before);

// The parts of a joint listing ("Jane Doe and John Roe", "Jean Dupont et Marie
// Curie"), each a name of its own, after the whole listing.
std::vector<std::string> ListedParts(std::string_view listed) {
  static constexpr std::string_view kJoins[] = {
      " and ", " & ", " und ", " et ", " y ", " e ", " i ", " en ", " och ", " og ", " ve ", " és ", " a ", " si ", " și ",
      " \xD0\xB8 ",  // и
      " \xD1\x82\xD0\xB0 "};  // та
  std::vector<std::string> parts{CollapseWhitespace(listed)};
  for (const std::string_view join : kJoins) {
    std::vector<std::string> next;
    for (const std::string& part : parts) {
      size_t from = 0;
      for (size_t at = part.find(join); at != std::string::npos; at = part.find(join, from)) {
        next.emplace_back(TrimAscii(std::string_view(part).substr(from, at - from)));
        from = at + join.size();
      }
      next.emplace_back(TrimAscii(std::string_view(part).substr(from)));
    }
    parts = std::move(next);
  }
  std::erase_if(parts, [](const std::string& p) { return p.empty(); });
  // The whole listing too: " e " and " y " also join a person's two surnames.
  if (parts.size() > 1) parts.insert(parts.begin(), CollapseWhitespace(listed));
  return parts;
}

// An initial: one letter with or without its dot ("A.", "J").
bool IsInitial(std::string_view word) {
  if (word.empty()) return false;
  if (word.back() == '.') word.remove_suffix(1);
  size_t i = 0;
  if (word.empty()) return false;
  const char32_t cp = NextCodePoint(word, i);
  return i == word.size() && IsWordCodePoint(cp);
}

// The names a box may show for the article's authors: each part of a listing,
// without a byline's opening word ("By Jane Doe"), and also without middle
// initials ("Jane A. Doe" -> "jane doe") and surname first ("doe, jane").
// The nominatives of a Greek name printed in the genitive (lower case), word by
// word: "-ου" is "-ος" or stays (νικόλαου → νικόλαος; a woman's surname μάρκου
// stays), "-ης"/"-ας" drop the "ς" or stay (ελένης → ελένη, μαρίας → μαρία). Every
// reading but the printed one; none when a word is not in Greek letters.
std::vector<std::string> GreekNominatives(const std::vector<std::string_view>& words) {
  constexpr std::string_view kOu = "\xCE\xBF\xCF\x85";  // ου
  constexpr std::string_view kOs = "\xCE\xBF\xCF\x82";  // ος
  constexpr std::string_view kEs = "\xCE\xB7\xCF\x82";  // ης
  constexpr std::string_view kAs = "\xCE\xB1\xCF\x82";  // ας
  constexpr size_t kMaxWords = 4;
  if (words.size() > kMaxWords) return {};
  std::vector<std::string> readings{""};
  for (const std::string_view word : words) {
    for (size_t i = 0; i < word.size();) {
      const char32_t cp = NextCodePoint(word, i);
      if (cp < 0x370 || cp > 0x3FF) return {};
    }
    std::vector<std::string> forms{std::string(word)};
    if (word.size() > kOu.size() && word.ends_with(kOu)) {
      forms.push_back(std::string(word.substr(0, word.size() - kOu.size())) + std::string(kOs));
    } else if (word.size() > kEs.size() && (word.ends_with(kEs) || word.ends_with(kAs))) {
      forms.push_back(std::string(word.substr(0, word.size() - 2)));  // the final sigma's two bytes
    }
    std::vector<std::string> next;
    for (const std::string& r : readings) {
      for (const std::string& f : forms) next.push_back(r.empty() ? f : r + " " + f);
    }
    readings = std::move(next);
  }
  readings.erase(readings.begin());  // the printed form: every word as it stands
  return readings;
}

// The word a newsroom signs with (lower case): "Redaktion", "Newsroom", "Rédaction".
bool IsNewsroomWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "newsroom", "redaktion", "redaktionen", "redactie", "redazione", "redacción", "redaccion", "rédaction",
      "redação", "redacao", "redakcja", "redakce", "redaksjonen", "toimitus",
      "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F",  // редакция
      "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD1\x96\xD1\x8F"};  // редакція
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

std::vector<Name> AuthorNames(const Article& article) {
  std::vector<Name> names;
  auto add = [&](const std::string& listed, std::string key, bool single) {
    if (key.empty() || std::any_of(names.begin(), names.end(), [&](const Name& m) { return m.key == key; })) return;
    Name n;
    n.listed = listed;
    n.first_word = key.substr(0, key.find(' '));
    n.key = std::move(key);
    n.single = single;
    names.push_back(std::move(n));
  };
  for (const SourcedValue& a : article.authors) {
    for (std::string part : ListedParts(a.value)) {
      // A labelled field that leaked into the byline ends the name: "Jane Doe
      // From: Herald" shows as "Jane Doe" (a label before the name, "Text: Jane
      // Doe", is a byline prefix, read below).
      if (const size_t colon = part.find(':'); colon != std::string::npos) {
        const size_t space = part.rfind(' ', colon);
        if (space != std::string::npos && space > 0) {
          part = std::string(TrimAscii(std::string_view(part).substr(0, space)));
        }
      }
      std::string key = Key(part);
      for (const size_t space : {key.find(' '), key.find(' ', key.find(' ') + 1)}) {
        if (space != std::string::npos && IsBylinePrefix(std::string_view(key).substr(0, space))) {
          part = part.substr(std::min(part.size(), space + 1));
          key = key.substr(space + 1);
          break;
        }
      }
      if (key.empty()) continue;
      bool wide = false;
      size_t code_points = 0;
      bool letters = true;
      for (size_t i = 0; i < key.size();) {
        const char32_t cp = NextCodePoint(key, i);
        wide = IsUnspacedScript(cp) || wide;
        letters = letters && (IsWordCodePoint(cp) || cp == '-' || cp == ' ' || cp == '.' || cp == '\'' || cp == 0x2019);
        ++code_points;
      }
      const std::vector<std::string_view> words = Split(key, ' ');
      if (words.size() == 1 && !(wide && code_points >= 2)) {
        // One word: a person's given name or pen name ("Marlow"), never a handle
        // ("admin99"), an abbreviation in capitals ("AFP") or a short token.
        // Capitals of any cased alphabet ("AFP", "ИТАР"); a script without case
        // ("البحّار") has none, and "Боцман" is a name.
        const std::string_view raw = TrimAscii(part);
        size_t caps = 0, cased_or_other = 0;
        for (size_t i = 0; i < raw.size();) {
          const char32_t cp = NextCodePoint(raw, i);
          if (!IsWordCodePoint(cp) || (cp >= '0' && cp <= '9')) continue;
          ++cased_or_other;
          if (IsCapitalLetter(cp)) ++caps;
        }
        const bool capitals = caps >= 2 && caps == cased_or_other;
        if (letters && code_points >= 3 && !capitals) {
          const size_t before = names.size();
          add(part, key, true);
          // A newsroom's word alone ("Von Redaktion") is the house account's name.
          if (names.size() > before && IsNewsroomWord(key)) names.back().account = true;
        }
        continue;
      }
      add(part, key, false);
      // A newsroom signing with the outlet's name ("Redaktion Harbour Times" in the
      // page data) shows as the newsroom's word alone in its box ("Redaktion"): the
      // house account's name, not a person's.
      if (words.size() >= 2 && IsNewsroomWord(words.front())) {
        const size_t before = names.size();
        add(part, std::string(words.front()), true);
        if (names.size() > before) names.back().account = true;
      }
      // "Jane A. Doe" -> "jane doe"; "Jane Doe" -> "doe, jane".
      if (words.size() >= 3) {
        std::string plain;
        for (size_t w = 0; w < words.size(); ++w) {
          if (w > 0 && w + 1 < words.size() && IsInitial(words[w])) continue;
          if (!plain.empty()) plain.push_back(' ');
          plain.append(words[w]);
        }
        if (Split(plain, ' ').size() >= 2) add(part, plain, false);
      }
      if (words.size() == 2 && letters && !wide) add(part, std::string(words[1]) + ", " + std::string(words[0]), false);
      // A Greek byline prints the name in the genitive ("Του Νικόλαου Καραμπέτσου"),
      // the author's box in the nominative ("Ο Νικόλαος Καραμπέτσος ...").
      for (const std::string& nominative : GreekNominatives(words)) add(part, nominative, false);
    }
  }
  return names;
}

// Calls visit(object) for every object in a JSON-LD tree, depth first, and for
// at most kMaxJsonNodes nodes (a page's data may be of any size).
template <typename Visit>
void ForEachJsonObject(const boost::json::value& root, Visit visit) {
  constexpr size_t kMaxJsonNodes = 10000;
  std::vector<const boost::json::value*> stack{&root};
  for (size_t visited = 0; !stack.empty() && ++visited < kMaxJsonNodes;) {
    const boost::json::value* v = stack.back();
    stack.pop_back();
    if (v->is_array()) {
      for (const boost::json::value& item : v->as_array()) stack.push_back(&item);
      continue;
    }
    if (!v->is_object()) continue;
    visit(v->as_object());
    for (const auto& [key, child] : v->as_object()) {
      if (child.is_object() || child.is_array()) stack.push_back(&child);
    }
  }
}

// The outlet's own names, as an account of the site signs a box: the page's site
// name and the JSON-LD publisher's name (directly or through its "@id"). A name
// of one word counts here, since a box must show it as a line of its own.
std::vector<Name> HouseNames(const Article& article, const boost::json::value& json_ld) {
  std::vector<std::string> listed;
  if (!article.site_name.empty()) listed.push_back(article.site_name);
  std::vector<std::pair<std::string, std::string>> ids;  // "@id" -> "name"
  std::vector<std::string> publisher_ids;
  ForEachJsonObject(json_ld, [&](const boost::json::object& o) {
    const boost::json::value* id = o.if_contains("@id");
    const boost::json::value* name = o.if_contains("name");
    if (id && id->is_string() && name && name->is_string()) ids.emplace_back(id->as_string(), name->as_string());
    if (const boost::json::value* p = o.if_contains("publisher"); p && p->is_object()) {
      const boost::json::value* pname = p->as_object().if_contains("name");
      const boost::json::value* pid = p->as_object().if_contains("@id");
      if (pname && pname->is_string()) listed.emplace_back(pname->as_string());
      if (pid && pid->is_string()) publisher_ids.emplace_back(pid->as_string());
    }
  });
  for (const auto& [id, name] : ids) {
    if (std::find(publisher_ids.begin(), publisher_ids.end(), id) != publisher_ids.end()) listed.push_back(name);
  }
  std::vector<Name> names;
  for (const std::string& l : listed) {
    Name n;
    n.listed = CollapseWhitespace(l);
    n.key = Key(l);
    if (n.key.size() < 4 || n.key.size() > 80) continue;
    if (std::any_of(names.begin(), names.end(), [&](const Name& m) { return m.key == n.key; })) continue;
    n.first_word = n.key.substr(0, n.key.find(' '));
    names.push_back(std::move(n));
  }
  return names;
}

// The words that introduce a byline: "By Jane Doe", "Von Jane Doe", "Par ...".
bool IsBylinePrefix(std::string_view before) {
  const std::string w = Key(TrimAscii(before));
  static constexpr std::string_view kPrefixes[] = {
      "by", "von", "par", "por", "di", "da", "door", "av", "af", "przez", "yazan",
      "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80:",  // автор:
      "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80",   // автор
      "\xD0\xBE\xD1\x82",                           // от
      "\xD0\xB2\xD1\x96\xD0\xB4",                   // від
      "text:", "text", "texto:", "texte:", "tekst:", "written by", "reporting by"};
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), w) != std::end(kPrefixes);
}

// The line of a name card that shows the name: the name alone, or after a byline
// word and before the author's handle ("By Jane Doe", "By Jane Doe @janedoe").
bool IsNameLine(std::string_view line, std::string_view key) {
  const std::string lower = Key(line);
  const size_t at = FindName(lower, key);
  if (at == std::string::npos) return false;
  if (at > 0 && !IsBylinePrefix(std::string_view(lower).substr(0, at))) return false;
  const std::string_view rest = TrimAscii(std::string_view(lower).substr(at + key.size()));
  return rest.empty() || (rest.front() == '@' && rest.find(' ') == std::string_view::npos);
}

// Where the name `key` stands as the subject of the opening sentence of `lower`
// (a line, case-folded): at its start, or after a short title or apposition with
// no punctuation ("der berliner imam jane doe ist ...", "former ambassador jane
// doe is ..."); npos otherwise.
size_t SubjectNameAt(std::string_view lower, std::string_view key) {
  const size_t at = FindName(lower, key);
  if (at == 0 || at == std::string_view::npos) return at;
  const std::string_view lead = lower.substr(0, at);
  if (lead.find_first_of(",;:!?()[]|/\"\xE2\xC2") != std::string_view::npos) return std::string_view::npos;
  // A full stop in the lead only closes an abbreviated title ("dr. jane doe",
  // "prof. dr. anna schmidt", "la prof. giulia neri"): right after a word of two
  // to four letters, then a space; any other ends a sentence before the name.
  for (size_t dot = lead.find('.'); dot != std::string_view::npos; dot = lead.find('.', dot + 1)) {
    size_t word = dot;
    while (word > 0 && std::isalpha(static_cast<unsigned char>(lead[word - 1]))) --word;
    const size_t letters = dot - word;
    if (letters < 2 || letters > kMaxTitleAbbreviationLetters || (word > 0 && lead[word - 1] != ' ') ||
        dot + 1 >= lead.size() || lead[dot + 1] != ' ') {
      return std::string_view::npos;
    }
  }
  return CountWords(lead) <= kMaxLeadInWords ? at : std::string_view::npos;
}

// A bio line that ends with no full stop, as a sign-off printed in capitals
// ("JANE DOE IS THE NETWORK'S POLITICAL EDITOR"): a few words after the name, and
// no strip of fields.
bool IsNameLedClause(std::string_view line, size_t name_end) {
  const std::string_view rest = line.substr(name_end);
  if (rest.find_first_of("|/\n") != std::string_view::npos || rest.find("\xE2\x80\xA2") != std::string_view::npos ||
      rest.find("\xC2\xB7") != std::string_view::npos) {
    return false;
  }
  const size_t words = CountWords(rest);
  return words >= kMinClauseWords && words <= kMaxClauseWords;
}

// The bytes of the dash that sets off a closing sign-off, with the spaces after
// it ("— Jane Doe is a freelance writer ...", "– ...", "- ..."): 0 when the line
// opens otherwise.
size_t SignOffDashBytes(std::string_view line) {
  for (const std::string_view dash : {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93"),
                                      std::string_view("-")}) {
    if (!line.starts_with(dash) || line.size() <= dash.size() || line[dash.size()] != ' ') continue;
    size_t end = dash.size();
    while (end < line.size() && line[end] == ' ') ++end;
    return end;
  }
  return 0;
}

// A line without the contact field that closes it: after its last sentence, a
// short labelled field holding an address or a handle ("... 担当している。メール：
// taro@harbour.example", "... 취재하고 있습니다. 인스타그램: @minsu") is how to reach
// the author, not a part of the description; the line is read up to that sentence.
std::string_view WithoutContactTail(std::string_view line) {
  const size_t at = line.rfind('@');
  if (at == std::string_view::npos) return line;
  static constexpr std::string_view kEnds[] = {". ", "! ", "? ", "\xE3\x80\x82" /* 。 */, "\xEF\xBC\x81" /* ！ */,
                                               "\xEF\xBC\x9F" /* ？ */};
  size_t cut = std::string_view::npos;
  size_t keep = 0;  // the bytes of the sentence's end kept with it
  for (const std::string_view end : kEnds) {
    const size_t p = line.rfind(end, at);
    if (p != std::string_view::npos && (cut == std::string_view::npos || p > cut)) {
      cut = p;
      keep = end.back() == ' ' ? end.size() - 1 : end.size();
    }
  }
  if (cut == std::string_view::npos) return line;
  const std::string_view tail = line.substr(cut + keep);
  const bool labelled = tail.find(':') != std::string_view::npos || tail.find("\xEF\xBC\x9A") != std::string_view::npos;
  return labelled && CountWords(tail) <= kMaxContactTailWords ? line.substr(0, cut + keep) : line;
}

// How many code points of `text` are in a script written without spaces (CJK, Thai).
size_t UnspacedCodePoints(std::string_view text) {
  size_t wide = 0;
  for (size_t i = 0; i < text.size();) {
    if (IsUnspacedScript(NextCodePoint(text, i))) ++wide;
  }
  return wide;
}

}  // namespace

bool IsDescriptionLine(std::string_view line, std::string_view name) {
  line = WithoutContactTail(line);
  const std::string lower = FoldCase(line);
  const std::string key = Key(name);
  std::string rest(line);
  if (const size_t at = FindName(lower, key); at != std::string::npos) {
    rest = std::string(line.substr(0, at)) + " " + std::string(line.substr(at + key.size()));
    // A byline ("By Jane Doe, Staff Writer") is no description, unless it goes on
    // past a sentence about the author into another one ("By Jane Doe, a deputy
    // editor. She has covered the port since 2010.").
    // The sentence about the author is an apposition: a comma, then a word in
    // lower case ("a", "the", "our"), not a title in capitals or another name.
    if (at > 0 && IsBylinePrefix(std::string_view(line).substr(0, at))) {
      const std::string_view after = std::string_view(line).substr(at + key.size());
      const size_t stop = after.find(". ");
      return after.size() > 3 && after[0] == ',' && after[1] == ' ' && after[2] >= 'a' && after[2] <= 'z' &&
             stop != std::string_view::npos && CountWords(after.substr(0, stop)) >= 3 &&
             CountWords(after.substr(stop + 2)) >= 4 && EndsSentence(after);
    }
  }
  const size_t wide = UnspacedCodePoints(rest);
  // A line that is not a sentence must be long, and not a strip of fields ("Jane
  // Doe, Reporter | Published March 3, 2024 | Updated 5:04 pm" is a byline); with
  // the name in it, longer still. In scripts written without spaces a line of
  // labelled fields ("作者：… 责任编辑：…") is a credit line, not a description.
  const bool sentence = EndsSentence(line);
  const bool strip = line.find_first_of("|/") != std::string_view::npos ||
                     line.find("\xE2\x80\xA2") != std::string_view::npos ||  // •
                     line.find("\xC2\xB7") != std::string_view::npos;         // ·
  if (wide >= kMinUnspacedDescription) {
    const bool fields = line.find(':') != std::string_view::npos ||
                        line.find("\xEF\xBC\x9A") != std::string_view::npos;  // ：
    return sentence || (wide >= 20 && !strip && !fields);
  }
  const size_t words = CountWords(rest);
  // A short sentence opening with the name goes on with a verb in lower case
  // ("Jane Doe writes about ships."); a title after a comma is a byline's.
  const size_t name_at = FindName(lower, key);
  // A dash after the name is a copula in some languages ("Иван Петров —
  // корреспондент отдела политики.").
  const std::string_view after = std::string_view(line).substr(std::min(line.size(), key.size()));
  const bool name_led = name_at == 0 && after.size() > 1 && after[0] == ' ' &&
                        (std::islower(static_cast<unsigned char>(after[1])) || after.starts_with(" \xE2\x80\x94 ") ||
                         after.starts_with(" \xE2\x80\x93 "));
  if (sentence) return words >= 4 || (name_led && words >= 3);
  return !strip && words >= (rest.size() < line.size() ? 12u : 8u);
}

// Whether a card's line is the name and a short title run into it, no sentence
// ("<a>Jane Doe</a> <span>Harbour Staff</span>", "Jane Doe Senior Reporter", "林晓雯
// 鹭岛晨报记者"): the name opening it, at most four words after it (a title in a
// script written without spaces, whose every character CountWords counts, is one
// word of up to kMaxUnspacedTitle characters), and no description.
bool IsNameAndTitleLine(std::string_view line, std::string_view key) {
  constexpr size_t kMaxTitleWords = 4;
  const std::string lower = Key(line);
  if (FindName(lower, key) != 0 || IsDescriptionLine(line, key)) return false;
  const std::string_view rest = std::string_view(lower).substr(key.size());
  const size_t wide = UnspacedCodePoints(rest);
  const size_t after = CountWords(rest) - wide + (wide > 0 ? 1 : 0);
  return after > 0 && after <= kMaxTitleWords && wide <= kMaxUnspacedTitle && !EndsSentence(line);
}

bool IsRoleLine(std::string_view line) {
  const std::string_view t = TrimAscii(line);
  if (t.find_first_of("|/@:") != std::string_view::npos || t.find("\xE2\x80\xA2") != std::string_view::npos ||
      t.find("\xC2\xB7") != std::string_view::npos || (EndsSentence(t) && t.back() != '.')) {
    return false;
  }
  for (const char ch : t) {
    if (ch >= '0' && ch <= '9') return false;  // a date or a count, not a title
  }
  const size_t words = CountWords(t);
  return words >= kMinRoleLineWords && words <= kMaxRoleLineWords;
}

namespace {

class BoxFinder {
 public:
  BoxFinder(const FlatDom& dom, const PageMetadata& meta, const std::vector<uint8_t>& comment_roots, Article& article)
      : dom_(dom),
        meta_(meta),
        comment_roots_(comment_roots),
        article_(article),
        n_(static_cast<uint32_t>(dom.nodes.size())) {}

  void Run() {
    names_ = AuthorNames(article_);
    if (!article_.json_ld.empty()) {
      boost::system::error_code ec;
      json_ld_ = boost::json::parse(article_.json_ld, ec);
      if (ec) json_ld_ = nullptr;
    }
    house_names_ = HouseNames(article_, json_ld_);
    if (n_ == 0) return;
    MarkShown();
    body_end_ = BodyEndNode();
    FindMarkedBoxes();
    FindSchemaDescriptions();
    FindHeadedBoxes();
    FindNamedBlocks();
    FindNameCards();
    FindAccountCards();
  }

 private:
  const DomNode& Node(uint32_t i) const { return dom_.nodes[i]; }

  // Ids of panels a control opens: aria-controls, data-target, data-bs-target,
  // and the href of a toggle. Controls inside never-rendered markup do not count.
  std::set<std::string> RevealedIds() const {
    std::set<std::string> ids;
    std::vector<uint8_t> in_void(n_, 0);
    for (uint32_t i = 0; i < n_; ++i) {
      const DomNode& d = Node(i);
      const bool inherited = d.parent != kNoNode && in_void[d.parent];
      const bool void_tag = d.tag == GUMBO_TAG_TEMPLATE || d.tag == GUMBO_TAG_SCRIPT ||
                            d.tag == GUMBO_TAG_NOSCRIPT || d.tag == GUMBO_TAG_STYLE;
      in_void[i] = inherited || (!d.is_text && void_tag);
      if (d.is_text || in_void[i]) continue;
      auto add = [&](std::string_view list) {
        if (list.empty()) return;  // most elements: no list to split
        for (std::string_view id : Split(list, ' ')) {
          id = TrimAscii(id);
          if (!id.empty() && id.front() == '#') id.remove_prefix(1);
          if (!id.empty()) ids.emplace(id);
        }
      };
      add(Attr(d.node, "aria-controls"));
      add(Attr(d.node, "data-target"));
      add(Attr(d.node, "data-bs-target"));
      const std::string_view href = TrimAscii(Attr(d.node, "href"));
      if (href.size() > 1 && href.front() == '#' &&
          (HasAttr(d.node, "data-toggle") || HasAttr(d.node, "data-bs-toggle") || HasAttr(d.node, "aria-expanded"))) {
        add(href);
      }
    }
    return ids;
  }

  // shown_: a reader sees the node, now or after using a control on the page.
  // in_comments_: inside a readers' comment, known by its shape (the extractor's
  // comment_roots) or by class words (a reader's name is no author's, nor is an
  // author's reply among them a box).
  void MarkShown() {
    const std::set<std::string> revealed = RevealedIds();
    shown_.assign(n_, 0);
    in_comments_.assign(n_, 0);
    nearest_block_.assign(n_, 0);
    for (uint32_t i = 0; i < n_; ++i) {
      const DomNode& d = Node(i);
      const bool parent_shown = d.parent == kNoNode || shown_[d.parent];
      nearest_block_[i] = d.parent == kNoNode || (!d.is_text && IsBlockTag(d.tag)) ? i : nearest_block_[d.parent];
      if (d.is_text) {
        shown_[i] = parent_shown;
        in_comments_[i] = d.parent != kNoNode && in_comments_[d.parent];
        continue;
      }
      const bool foreign = d.node->type == GUMBO_NODE_ELEMENT && d.node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML;
      bool shown = parent_shown && !IsNonRenderedTag(d.tag) && !foreign;
      if (shown && d.tag != GUMBO_TAG_HTML && d.tag != GUMBO_TAG_BODY && d.hidden) {
        shown = revealed.count(std::string(TrimAscii(Attr(d.node, "id")))) > 0;
      }
      shown_[i] = shown;
      // A page wrapper classed "has-comments" around the headline is no thread.
      in_comments_[i] = (d.parent != kNoNode && in_comments_[d.parent]) ||
                        (i < comment_roots_.size() && comment_roots_[i]) ||
                        (d.tag != GUMBO_TAG_HTML && d.tag != GUMBO_TAG_BODY && !HoldsHeadline(i) &&
                         HasCommentsToken(ClassIdTokens(d)));
    }
  }

  // The lines a reader sees in the subtree at `root`; empty when it shows more
  // than kMaxBoxBytes.
  std::vector<Line> Lines(uint32_t root, bool* too_big) const {
    std::vector<Line> lines(1);
    std::vector<uint32_t> link_ends;
    std::string raw;
    size_t bytes = 0;
    *too_big = false;
    auto flush = [&] {
      Line& l = lines.back();
      l.text = CollapseWhitespace(raw);
      raw.clear();
      if (!l.text.empty()) lines.emplace_back();
    };
    const uint32_t end = Node(root).end;
    std::vector<uint32_t> block_ends;
    for (uint32_t i = root; i < end;) {
      while (!block_ends.empty() && block_ends.back() <= i) {
        block_ends.pop_back();
        flush();
      }
      while (!link_ends.empty() && link_ends.back() <= i) link_ends.pop_back();
      const DomNode& d = Node(i);
      if (!shown_[i] || in_comments_[i]) {  // a reader's comment is no line of a box around it
        i = d.end;
        continue;
      }
      if (d.is_text) {
        const std::string_view t = NodeText(d.node);
        raw.append(t);
        bytes += TrimAscii(t).size();
        if (!link_ends.empty()) lines.back().links += TrimAscii(t).size();
        if (bytes > kMaxBoxBytes) {
          *too_big = true;
          return {};
        }
      } else if (d.tag == GUMBO_TAG_BR) {
        flush();
      } else if (IsBlockTag(d.tag)) {
        flush();
        block_ends.push_back(d.end);
      } else if (d.tag == GUMBO_TAG_A) {
        link_ends.push_back(d.end);
      } else {
        raw.push_back(' ');  // inline elements side by side ("Jane Doe" "Reporter") stay apart
      }
      ++i;
    }
    flush();
    if (lines.back().text.empty()) lines.pop_back();
    return lines;
  }

  // The author `lower` (a box's lines, lower-cased, one per line) shows: a full
  // name anywhere, a one-word name only at the start of a line.
  // A page that lists no author may still close with its author's box: an
  // element classed author or bio whose first line is a person's name ("Jane
  // Doe", two to four capitalised words) and whose description speaks of them by
  // that name ("Jane covers ..."); null otherwise.
  // The first line may instead be an account's name, one token with a digit or no
  // capital ("rmb8090", "redazione"): no person's, so the box is the house
  // account's, a bio only when a generic rule reads an outlet's blurb in it.
  const Name* UnlistedName(const std::vector<Line>& lines) {
    if (lines.size() < 2 || lines.front().text.size() > 48) return nullptr;
    const std::string& first = lines.front().text;
    const std::vector<std::string_view> words = Split(first, ' ');
    if (words.size() == 1 && IsAccountName(first)) {
      Name n = NameOfLine(first);
      n.single = true;
      n.account = true;
      unlisted_.push_back(std::move(n));
      return &unlisted_.back();
    }
    if (!IsPersonNameLine(first)) return nullptr;
    Name n = NameOfLine(first);
    for (size_t k = 1; k < lines.size(); ++k) {
      const std::string lower = Key(lines[k].text);
      if (lower.compare(0, n.first_word.size(), n.first_word) == 0 && !IsWordAt(lower, n.first_word.size())) {
        unlisted_.push_back(std::move(n));
        return &unlisted_.back();
      }
    }
    return nullptr;
  }

  // A line that reads as a person's name: two to four words, each opening with a
  // capital (Latin, Greek, Cyrillic), no digits, no punctuation but - . '.
  static bool IsPersonNameLine(std::string_view line) {
    if (line.size() > 48) return false;
    const std::vector<std::string_view> words = Split(line, ' ');
    if (words.size() < 2 || words.size() > 4) return false;
    for (const std::string_view w : words) {
      size_t k = 0;
      const char32_t initial = NextCodePoint(w, k);
      const bool capital = (initial >= 'A' && initial <= 'Z') || (initial >= 0xC0 && initial <= 0xDE) ||
                           (initial >= 0x410 && initial <= 0x42F) || (initial >= 0x391 && initial <= 0x3A9);
      if (!capital) return false;
      for (k = 0; k < w.size();) {
        const char32_t cp = NextCodePoint(w, k);
        if (!IsWordCodePoint(cp) && cp != '-' && cp != '.' && cp != '\'' && cp != 0x2019) return false;
        if (cp >= '0' && cp <= '9') return false;
      }
    }
    return true;
  }

  // The name a headed box shows on a page that lists no author: the line right
  // after the heading, when it reads as a person's name ("About the author" /
  // "Jane Doe" / "Senior editor at ..."). The heading rule still decides.
  const Name* HeadedUnlistedName(const std::vector<Line>& lines) {
    if (!article_.authors.empty() || lines.size() < 3 || !IsPersonNameLine(lines[1].text)) return nullptr;
    unlisted_.push_back(NameOfLine(lines[1].text));
    return &unlisted_.back();
  }

  // The Name a box's own line shows (no listed author): the line as printed, its
  // key and its first word.
  static Name NameOfLine(const std::string& line) {
    Name n;
    n.listed = line;
    n.key = Key(line);
    n.first_word = n.key.substr(0, n.key.find(' '));
    return n;
  }

  // An account's name as a box prints it: one token of letters, digits, '.', '_'
  // or '-', with a digit or no capital letter ("rmb8090", "redazione", "news_desk").
  static bool IsAccountName(std::string_view token) {
    if (token.size() < 3 || token.size() > kMaxAccountBytes) return false;
    bool digit = false, capital = false, letter = false;
    for (size_t k = 0; k < token.size();) {
      const char32_t cp = NextCodePoint(token, k);
      if (cp >= '0' && cp <= '9') {
        digit = true;
      } else if (cp == '.' || cp == '_' || cp == '-') {
        continue;
      } else if (!IsWordCodePoint(cp)) {
        return false;
      } else {
        letter = true;
        capital = capital || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE);
      }
    }
    return letter && (digit || !capital);
  }

  // The author a box classed as an author's speaks of by the given name alone, with
  // no line showing the full name ("Jane covers the port ..."): a description line
  // opening with the first word of a listed full name.
  const Name* GivenNameIn(const std::vector<Line>& lines) const {
    for (const Line& l : lines) {
      const std::string lower = Key(l.text);
      for (const Name& n : names_) {
        if (n.single || n.first_word.size() < 3 || n.first_word == n.key) continue;
        if (lower.compare(0, n.first_word.size(), n.first_word) == 0 && !IsWordAt(lower, n.first_word.size()) &&
            2 * l.links < l.text.size() && IsDescriptionLine(l.text, n.key)) {
          return &n;
        }
      }
    }
    return nullptr;
  }

  // The description lines of a box showing `name`: each line IsDescriptionLine
  // reads as one, and -- in a box away from the byline -- a role line of its own
  // after the line that shows the name ("Jane Doe" / "Senior reporter, Berlin").
  std::string Description(const std::vector<Line>& lines, size_t from, const Name& name, bool away) const {
    std::string text;
    bool after_name = false;
    for (size_t k = from; k < lines.size(); ++k) {
      const Line& l = lines[k];
      const bool shows_name = FindName(FoldCase(l.text), name.key) != std::string::npos;
      if (l.text.size() > kMaxLineBytes || 2 * l.links >= l.text.size()) {
        after_name = after_name || shows_name;
        continue;
      }
      const bool role_line = away && after_name && !shows_name && IsRoleLine(l.text);
      after_name = after_name || shows_name;
      if (!role_line && !IsDescriptionLine(l.text, name.key)) continue;
      if (!text.empty()) text.push_back('\n');
      text.append(l.text);
    }
    return text;
  }

  // Whether the block at `block` sits in a teaser card of another story: a small
  // wrapper (kTeaserLevels up at most, kMaxTeaserBytes of text, not the headline's)
  // holds, before the block, a link to another page that reads as a headline
  // (kMinTeaserHeadlineWords words or more; not an author's page or a social
  // account: IsAuthorOrSocialLink). A card in a "More stories" rail prints its
  // headline, then its byline and summary ("Jane Doe reports on the ...").
  // Whether `node` sits in one card of a list of people ("Meet the team", a
  // staff directory, headed or not): a wrapper around it, kMaxNameCardLevels + 1
  // levels up at most, has siblings of its tag that are cards of people too (a
  // heading or bold text that reads as a person's name, and a line that speaks of
  // them by name), at least two of them and more than the cards naming the
  // article's authors. The author's card in such a list is an entry of the list,
  // not a box attached to the article; two authors with a box each stay boxes.
  bool InListOfPeople(uint32_t node) const {
    uint32_t c = node;
    for (uint32_t level = 0; level <= kMaxNameCardLevels && Node(c).parent != kNoNode; ++level, c = Node(c).parent) {
      const uint32_t parent = Node(c).parent;
      if (Node(parent).tag == GUMBO_TAG_BODY || Node(parent).tag == GUMBO_TAG_HTML || HoldsHeadline(c)) return false;
      size_t others = 0, authors = 0, read = 0;
      for (uint32_t s = parent + 1; s < Node(parent).end && read < kMaxListSiblings; s = Node(s).end) {
        if (s == c || Node(s).is_text || Node(s).tag != Node(c).tag || !shown_[s]) continue;
        ++read;
        const std::string person = PersonSlotIn(s);
        if (person.empty() || !SpeaksOf(s, NameOfLine(person))) continue;
        ++(SlotName(Key(person), /*link=*/false) != nullptr ? authors : others);
      }
      if (others >= 2 && others > authors) return true;
    }
    return false;
  }

  // Whether a line of the card at `root`, other than the name's own, opens with
  // the person's full name or given name ("Ola Nordmann is ...", "Ola covers
  // ..."): a card about that person, not a widget under a title in capitals
  // ("Popular Posts", "Blog Archive").
  bool SpeaksOf(uint32_t root, const Name& name) const {
    bool too_big = false;
    const std::vector<Line> lines = Lines(root, &too_big);
    if (too_big || lines.size() > kMaxCardLines) return false;
    return std::any_of(lines.begin(), lines.end(),
                       [&](const Line& l) { return Key(l.text) != name.key && OpensWithName(l.text, name); });
  }

  // The text of the first heading, bold text that is its block's whole line, or
  // link to a person's page on the site in `root` (its first kMaxInlineScan
  // nodes), when it reads as a person's name; empty otherwise.
  std::string PersonSlotIn(uint32_t root) const {
    const uint32_t end = std::min(Node(root).end, root + kMaxInlineScan);
    for (uint32_t k = root; k < end; ++k) {
      const DomNode& d = Node(k);
      if (d.is_text || !shown_[k]) continue;
      const bool slot = d.tag == GUMBO_TAG_H2 || d.tag == GUMBO_TAG_H3 || d.tag == GUMBO_TAG_H4 ||
                        d.tag == GUMBO_TAG_H5 || d.tag == GUMBO_TAG_H6 || d.tag == GUMBO_TAG_STRONG ||
                        d.tag == GUMBO_TAG_B;
      // A link to a person's page on the site names a card in any script ("<a
      // href=/author/li-hua>李华</a>"); an avatar's link shows no text and is passed.
      if (d.tag == GUMBO_TAG_A && IsAuthorPageLink(Attr(d.node, "href"))) {
        std::string name = VisibleText(dom_, k, 2 * kMaxHeadingBytes);
        if (name.empty()) continue;
        const size_t words = CountWords(name);
        const bool digit = std::any_of(name.begin(), name.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        return name.size() <= 48 && words >= 1 && words <= 4 && !digit ? name : std::string();
      }
      if (!slot) continue;
      std::string text = VisibleText(dom_, k, 2 * kMaxHeadingBytes);
      // Bold text names a card only as its block's whole line (not "<b>Jane Doe</b>
      // said ..." opening a paragraph).
      const bool bold = d.tag == GUMBO_TAG_STRONG || d.tag == GUMBO_TAG_B;
      if (bold && VisibleText(dom_, nearest_block_[k], 2 * kMaxHeadingBytes) != text) return {};
      return IsPersonNameLine(text) ? text : std::string();
    }
    return {};
  }

  bool InTeaserCard(uint32_t block) const {
    uint32_t up = Node(block).parent;
    for (int level = 0; level < kTeaserLevels && up != kNoNode; ++level, up = Node(up).parent) {
      const DomNode& box = Node(up);
      if (box.tag == GUMBO_TAG_BODY || box.tag == GUMBO_TAG_HTML || HoldsHeadline(up)) return false;
      if (box.end - up > kMaxTeaserNodes || ShownBytes(up, kMaxTeaserBytes + 1) > kMaxTeaserBytes) return false;
      for (uint32_t k = up + 1; k < block; ++k) {
        if (shown_[k] && IsTeaserHeadlineLink(dom_, k, IsAuthorOrSocialLink)) return true;
      }
    }
    return false;
  }

  // The bytes of text a reader sees under `root` (each text node trimmed), counted
  // up to `cap`.
  size_t ShownBytes(uint32_t root, size_t cap) const {
    size_t bytes = 0;
    for (uint32_t i = root; i < Node(root).end && bytes < cap;) {
      const DomNode& d = Node(i);
      if (!shown_[i]) {
        i = d.end;
        continue;
      }
      if (d.is_text) bytes += TrimAscii(NodeText(d.node)).size();
      ++i;
    }
    return bytes;
  }

  static std::string Joined(const std::vector<Line>& lines) {
    std::string all;
    for (const Line& l : lines) all.append(l.text).push_back('\n');
    return all;
  }

  const Name* NameIn(std::string_view lower) const {
    for (const Name& n : names_) {
      if (!n.single && FindName(lower, n.key) != std::string::npos) return &n;
    }
    for (const Name& n : names_) {
      if (!n.single) continue;
      for (const std::string_view line : Split(lower, '\n')) {
        if (line.compare(0, n.key.size(), n.key) == 0 && FindName(line, n.key) == 0) return &n;
      }
    }
    return nullptr;
  }

  // The outlet's name when a line of the box shows it as the box's name: the
  // whole line ("Harbour Times" over the blurb) or the line's opening words
  // ("Harbour Times is the region's ..."). An outlet named in passing inside a
  // person's description is no house account.
  const Name* HouseNameIn(const std::vector<Line>& lines) const {
    for (const Line& l : lines) {
      const std::string lower = Key(l.text);
      for (const Name& h : house_names_) {
        if (lower.compare(0, h.key.size(), h.key) == 0 && !IsWordAt(lower, h.key.size())) return &h;
      }
    }
    return nullptr;
  }

  bool HoldsHeadline(uint32_t i) const {
    return meta_.headline_h1 != kNoNode && meta_.headline_h1 >= i && meta_.headline_h1 < Node(i).end;
  }

  // How many of `lines` are whole blocks of the body.
  size_t BodyBlocksIn(const std::vector<Line>& lines) const {
    size_t count = 0;
    for (const Line& l : lines) {
      for (const TextBlock& b : article_.blocks) {
        if (std::string_view(article_.text).substr(b.start, b.end - b.start) == l.text) {
          ++count;
          break;
        }
      }
    }
    return count;
  }

  // How many of `lines` are whole blocks of the body long enough to be article
  // paragraphs (a box the body took in shows its short name and role lines as
  // blocks too).
  size_t BodyParagraphsIn(const std::vector<Line>& lines) const {
    constexpr size_t kMinParagraphWords = 12;
    size_t count = 0;
    for (const Line& l : lines) {
      if (CountWords(l.text) >= kMinParagraphWords && BodyBlocksIn({l}) > 0) ++count;
    }
    return count;
  }

  // A line of the body's middle (not among its first or last kEdgeBlocks blocks):
  // text about someone, not a bio.
  bool InBodyMiddle(std::string_view line) const {
    const std::string& text = article_.text;
    if (text.empty() || article_.blocks.size() <= 2 * kEdgeBlocks) return false;
    const std::string_view probe = line.substr(0, std::min<size_t>(line.size(), 80));
    const size_t at = text.find(probe);
    if (at == std::string::npos) return false;
    const auto& blocks = article_.blocks;
    const auto it = std::upper_bound(blocks.begin(), blocks.end(), at,
                                     [](size_t off, const TextBlock& b) { return off < b.start; });
    const size_t block = it == blocks.begin() ? 0 : static_cast<size_t>(it - blocks.begin() - 1);
    return block >= kEdgeBlocks && block + kEdgeBlocks < blocks.size();
  }

  // The text node where the body's last block starts, or kNoNode when not found:
  // a box after it is not by the byline, whatever its class says.
  uint32_t BodyEndNode() const {
    const auto& blocks = article_.blocks;
    for (size_t k = blocks.size(); k-- > 0;) {
      std::string_view block = std::string_view(article_.text).substr(blocks[k].start, blocks[k].end - blocks[k].start);
      if (block.size() <= 24) continue;
      size_t cut = 24;
      while (cut > 0 && (static_cast<unsigned char>(block[cut]) & 0xC0) == 0x80) --cut;
      const std::string_view probe = block.substr(0, cut);
      const std::string_view word = LongestAsciiWord(probe);  // a node without it cannot hold the probe
      uint32_t found = kNoNode;
      for (uint32_t i = 0; i < n_; ++i) {
        if (!Node(i).is_text || !shown_[i]) continue;
        const std::string_view text = NodeText(Node(i).node);
        if (text.find(word) != std::string_view::npos && CollapseWhitespace(text).find(probe) != std::string::npos) {
          found = i;
        }
      }
      return found;
    }
    return kNoNode;
  }

  // "byline" for a box in, around or beside (a sibling of) a byline slot, before
  // the end of the body.
  std::string WhereOf(uint32_t i) const {
    if (body_end_ != kNoNode && i > body_end_) return "boilerplate";
    for (const uint32_t b : meta_.byline_elements) {
      if ((b >= i && b < Node(i).end) || (i >= b && i < Node(b).end) || Node(b).parent == Node(i).parent) {
        return "byline";
      }
    }
    return "boilerplate";
  }

  // An element that says it is about a person: an author or bio token in its
  // class, id or itemprop; an <address> (the contact details of its article's
  // author, by HTML's definition); a schema.org Person in microdata; or the block
  // around a rel="author" link or a link to an author's page.
  bool Marked(uint32_t i) const {
    const GumboNode* node = Node(i).node;
    if (HasAuthorMark(Node(i))) return true;
    if (Node(i).tag == GUMBO_TAG_ADDRESS) return true;
    if (HasAttr(node, "itemscope")) {
      const std::string type = AsciiLower(Attr(node, "itemtype"));
      if (type.size() >= 7 && type.compare(type.size() - 7, 7, "/person") == 0) return true;
    }
    // The block around a rel="author" link ("<div><a rel=author>Jane Doe</a><p>...")
    // or a link to the author's page ("<a href=/author/jane-doe>").
    const uint32_t end = std::min(Node(i).end, i + kMaxInlineScan);
    for (uint32_t k = i + 1; k < end; ++k) {
      const DomNode& d = Node(k);
      if (d.is_text) continue;
      if (IsBlockTag(d.tag)) {
        k = d.end - 1;
        continue;
      }
      if (d.tag == GUMBO_TAG_A &&
          (HasAuthorToken(NameTokens(Attr(d.node, "rel"))) || IsAuthorPageLink(Attr(d.node, "href")))) {
        return true;
      }
    }
    return false;
  }

  void Add(AuthorBox box) {
    if (article_.author_boxes.size() >= kMaxBoxes) return;
    const std::string key = Key(box.author);
    box.house =
        box.house || std::any_of(house_names_.begin(), house_names_.end(), [&](const Name& h) { return h.key == key; });
    for (size_t k = 0; k < article_.author_boxes.size(); ++k) {
      if (article_.author_boxes[k].text != box.text) continue;
      // A sign-off found by the given name or the surname alone gives way to the
      // same lines found as a card or a marked box, whose wording any rule may read.
      if (short_name_boxes_.erase(k) > 0) article_.author_boxes[k] = std::move(box);
      return;
    }
    article_.author_boxes.push_back(std::move(box));
  }

  // Elements marked as author boxes that show an author's name and some lines
  // about them. The outermost such element wins; a marked element too large to be
  // a box is looked into.
  void FindMarkedBoxes() {
    size_t probes = 0;
    for (uint32_t i = 0; i < n_ && probes < kMaxMarkedProbes; ++i) {
      const DomNode& d = Node(i);
      if (d.is_text || !shown_[i] || in_comments_[i] || d.tag == GUMBO_TAG_HTML || d.tag == GUMBO_TAG_BODY ||
          d.tag == GUMBO_TAG_A || !Marked(i)) {
        continue;
      }
      // A header with the headline, or a wrapper around article paragraphs (three
      // body blocks or more), is bigger than a box whatever its class says.
      if (HoldsHeadline(i)) continue;
      ++probes;
      bool too_big = false;
      std::vector<Line> lines = Lines(i, &too_big);
      if (too_big || lines.empty() || BodyBlocksIn(lines) >= 3) continue;
      const Name* name = NameIn(FoldCase(Joined(lines)));
      if (name == nullptr) name = HouseNameIn(lines);
      if (name == nullptr && article_.authors.empty() && HasAuthorMark(d)) name = UnlistedName(lines);
      if (name == nullptr && HasAuthorMark(d)) name = GivenNameIn(lines);
      // A bio element apart from the name ("<a>Jane Doe</a><div class=bio>..."):
      // the small card around it, a level or two up, shows the name. Only an
      // element classed as a bio looks up; a block marked by a link it holds
      // ("Edited by: <a href=/staff/...>") is no bio of anyone else.
      uint32_t root = i;
      const bool classed = name == nullptr && HasAuthorMark(d);
      for (uint32_t up = d.parent, level = 0; classed && name == nullptr && up != kNoNode && level < kMaxCardLevels;
           up = Node(up).parent, ++level) {
        if (Node(up).tag == GUMBO_TAG_BODY || Node(up).tag == GUMBO_TAG_HTML || HoldsHeadline(up)) break;
        std::vector<Line> card = Lines(up, &too_big);
        if (too_big || card.size() > kMaxCardLines || BodyBlocksIn(card) >= 3) break;
        name = NameIn(FoldCase(Joined(card)));
        if (name != nullptr) {
          lines = std::move(card);
          root = up;
        }
      }
      if (name == nullptr) continue;
      const std::string where = WhereOf(root);
      AuthorBox box;
      box.author = name->listed;
      box.where = where;
      box.cue = "markup";
      box.house = name->account;
      // Markup says it is a box even between body paragraphs (an author teaser
      // after the lede), so the middle of the body is no objection here.
      box.text = Description(lines, 0, *name, where != "byline");
      if (box.text.empty() || box.text.size() > kMaxDescriptionBytes) continue;
      boxes_.push_back(root);
      Add(std::move(box));
      i = Node(root).end - 1;  // nested marks belong to this box
    }
  }

  // Descriptions of the article's authors in JSON-LD (schema.org Person
  // "description"), kept only where the page also shows them: a box whose class
  // names say nothing ("sc-1x2y3z") is still an author box when its text is the
  // author's published description. Schema text a reader never sees is no bio.
  void FindSchemaDescriptions() {
    if (names_.empty() || json_ld_.is_null()) return;
    std::vector<std::pair<const Name*, std::string>> described;
    ForEachJsonObject(json_ld_, [&](const boost::json::object& o) {
      const boost::json::value* name = o.if_contains("name");
      const boost::json::value* description = o.if_contains("description");
      if (name && name->is_string() && description && description->is_string()) {
        const std::string key = Key(name->as_string());
        for (const Name& n : names_) {
          std::pair<const Name*, std::string> entry(&n, CollapseWhitespace(description->as_string()));
          if (n.key == key && described.size() < 4 &&
              std::find(described.begin(), described.end(), entry) == described.end()) {
            described.push_back(std::move(entry));
          }
        }
      }
    });
    for (const auto& [name, description] : described) {
      if (description.size() > kMaxLineBytes || !IsDescriptionLine(description, name->key)) continue;
      size_t cut = std::min<size_t>(description.size(), 40);
      while (cut > 0 && cut < description.size() && (static_cast<unsigned char>(description[cut]) & 0xC0) == 0x80) --cut;
      const std::string probe = description.substr(0, cut);
      const std::string_view word = LongestAsciiWord(probe);  // a node without it cannot hold the probe
      for (uint32_t i = 0; i < n_; ++i) {
        if (!Node(i).is_text || !shown_[i] || in_comments_[i] || InsideFoundBox(i)) continue;
        const std::string_view text = NodeText(Node(i).node);
        if (text.find(word) == std::string_view::npos) continue;
        if (CollapseWhitespace(text).find(probe) == std::string::npos) continue;
        AuthorBox box;
        box.text = description;
        box.author = name->listed;
        box.where = WhereOf(nearest_block_[i]);
        box.cue = "schema";
        Add(std::move(box));
        break;
      }
    }
  }

  bool InsideFoundBox(uint32_t i) const {
    return std::any_of(boxes_.begin(), boxes_.end(), [&](uint32_t b) { return i >= b && i < Node(b).end; });
  }

  // Boxes with no telling markup that open with a short heading ("About the
  // author", "Über die Autorin", "著者について") over an author's name and a
  // description: the element around the heading whose first line is the heading.
  // The box's text is the heading line, then the description lines; whether the
  // heading says "about the author" is for the rules (a "heading" rule at the
  // start of the box) to say.
  void FindHeadedBoxes() {
    size_t probes = 0;
    for (uint32_t i = 0; i < n_ && probes < kMaxHeadingProbes; ++i) {
      const DomNode& d = Node(i);
      if (d.is_text || !shown_[i] || in_comments_[i] || d.parent == kNoNode) continue;
      const bool subheading = d.tag == GUMBO_TAG_H2 || d.tag == GUMBO_TAG_H3 || d.tag == GUMBO_TAG_H4 ||
                              d.tag == GUMBO_TAG_H5 || d.tag == GUMBO_TAG_H6;
      // A label set as a bold paragraph over the box that follows it
      // ("<p><strong>ABOUT THE AUTHOR</strong></p><div>...</div>").
      const uint32_t labelled = subheading ? kNoNode : BoxAfterBoldLabel(i);
      if (!subheading && labelled == kNoNode) continue;
      const std::string heading = VisibleText(dom_, i, 200);
      if (heading.empty() || heading.size() > kMaxHeadingBytes || CountWords(heading) > 6) continue;
      // A heading that is an author's name is a name card's slot (FindNameCards),
      // not a heading over the name ("About the author").
      if (SlotName(Key(heading), /*link=*/false) != nullptr) continue;
      const uint32_t box_root = subheading ? d.parent : labelled;
      if (InsideFoundBox(box_root) || HoldsHeadline(box_root) || Node(box_root).tag == GUMBO_TAG_BODY) continue;
      ++probes;
      bool too_big = false;
      std::vector<Line> lines = Lines(box_root, &too_big);
      if (!subheading) lines.insert(lines.begin(), Line{heading, 0});
      if (too_big || lines.size() < 2 || lines.front().text != heading || BodyBlocksIn(lines) >= 3) continue;
      std::string rest;
      for (size_t k = 1; k < lines.size(); ++k) rest.append(lines[k].text).push_back('\n');
      const Name* name = NameIn(FoldCase(rest));
      // The heading may name the author itself ("About Jane Doe"): a heading rule
      // still decides whether it says what the box is.
      if (name == nullptr) name = NameIn(FoldCase(heading));
      if (name == nullptr) name = HeadedUnlistedName(lines);
      // Under a label, the box may speak of the author by the given name alone.
      if (name == nullptr && !subheading) name = GivenNameIn(lines);
      if (name == nullptr) continue;
      AuthorBox box;
      box.author = name->listed;
      box.where = WhereOf(box_root);
      box.cue = "heading";
      const std::string description = Description(lines, 1, *name, box.where != "byline");
      if (description.empty()) continue;
      box.text = heading + "\n" + description;
      if (box.text.size() > kMaxDescriptionBytes) continue;
      boxes_.push_back(box_root);
      Add(std::move(box));
    }
  }

  // Blocks whose first line opens with an author's full name ("Jane Doe is ..."),
  // or near the end of the article names them as its opening sentence's subject
  // after a short title ("Der Berliner Imam Jane Doe ist ...", a contributor's line
  // after the body). A line that opens with the name may end with no full stop
  // (IsNameLedClause). After the text, outside it, a short bio may open with the
  // author's surname alone, as a magazine's does ("Doe is a senior writer for
  // <magazine> in <city>. Follow her on Twitter ..."): a listed name of two words
  // or more gives its last word (three letters or more, not the outlet's name) for
  // that place only.
  void FindNamedBlocks() {
    std::vector<uint8_t> started(n_, 0);
    uint32_t br_block = kNoNode;  // the block whose line a <br> just ended
    size_t probes = 0;
    std::vector<Name> surnames;
    for (const Name& n : names_) {
      const size_t space = n.key.rfind(' ');
      if (n.single || space == std::string::npos || n.key.size() - space - 1 < 3) continue;
      Name s = n;
      s.key = n.key.substr(space + 1);
      s.first_word = s.key;
      if (!IsHouseKey(s.key)) surnames.push_back(std::move(s));
    }
    // The surname opening `lower` (case-folded), on a line outside the article's text.
    auto surname_at = [&](std::string_view lower) -> const Name* {
      for (const Name& s : surnames) {
        if (lower.compare(0, s.key.size(), s.key) == 0 && !IsWordAt(lower, s.key.size())) return &s;
      }
      return nullptr;
    };
    for (uint32_t i = 0; i < n_ && probes < kMaxNameProbes; ++i) {
      const DomNode& d = Node(i);
      if (!d.is_text) {
        if (d.tag == GUMBO_TAG_BR && shown_[i]) br_block = nearest_block_[i];
        continue;
      }
      if (!shown_[i] || in_comments_[i]) continue;
      const std::string_view t = TrimAscii(NodeText(d.node));
      if (t.empty()) continue;
      const uint32_t block = nearest_block_[i];
      // A line opens a block, or follows a <br> in it (a bio set off in the last
      // paragraph: "... the end of the story.<br><br><em>Jane Doe is ...</em>").
      const bool line_start = !started[block] || br_block == block;
      br_block = kNoNode;
      if (!line_start) continue;
      started[block] = 1;
      // A sign-off set off by a dash ("— Jane Doe is a freelance writer ...") opens
      // with the name after it.
      const std::string lower = FoldCase(t.substr(SignOffDashBytes(t), 160));
      const Name* candidate = nullptr;
      for (const Name& n : names_) {
        if (n.single) {
          if (OpensWithSingleName(lower, n)) candidate = &n;
          continue;
        }
        if (lower.compare(0, n.first_word.size(), n.first_word) == 0 ||
            SubjectNameAt(lower, n.key) != std::string::npos || ShortNameEnd(lower, n) != std::string::npos) {
          candidate = &n;
        }
      }
      const Name* surname = candidate == nullptr ? surname_at(lower) : nullptr;
      if (surname != nullptr) candidate = surname;
      if (candidate == nullptr || InsideFoundBox(block) || InTeaserCard(block) || InListOfPeople(block)) continue;
      ++probes;
      bool too_big = false;
      const std::vector<Line> lines = Lines(block, &too_big);
      if (too_big || lines.empty()) continue;
      const std::string opening = CollapseWhitespace(t);
      const auto opened = std::find_if(lines.begin(), lines.end(), [&](const Line& l) {
        return l.text.compare(0, std::min(l.text.size(), opening.size()), opening, 0, std::min(l.text.size(), opening.size())) == 0;
      });
      if (opened == lines.end()) continue;
      const Line& opened_line = *opened;
      if (opened_line.text.size() > kMaxLineBytes || 2 * opened_line.links >= opened_line.text.size()) continue;
      // The dash is read off a sign-off's line, which closes the text: never its lede.
      const size_t dash = SignOffDashBytes(opened_line.text);
      if (dash > 0 && IsEarlyBodyBlock(opened_line.text)) continue;
      const Line first{opened_line.text.substr(dash), opened_line.links};
      const std::string first_lower = FoldCase(first.text);
      if (surname != nullptr) {
        const std::string_view probe = std::string_view(first.text).substr(0, std::min<size_t>(first.text.size(), 80));
        if (article_.text.find(probe) != std::string::npos || surname_at(first_lower) != surname) continue;
        if (!IsDescriptionLine(first.text, surname->key)) continue;
        AuthorBox box;
        box.text = first.text;
        box.author = surname->listed;
        box.where = WhereOf(block);
        box.cue = "name";
        box.name_end = surname->key.size();
        Add(std::move(box));
        continue;
      }
      for (const Name& n : names_) {
        if (n.single && !OpensWithSingleName(first_lower, n)) continue;
        size_t at = 0;
        size_t name_end = n.key.size();
        bool short_name = false;
        if (first_lower.compare(0, n.key.size(), n.key) == 0) {
          // A name in a script written without spaces may take a particle ("김민수는").
          if (IsWordAt(first_lower, n.key.size()) && FindName(first_lower, n.key) != 0) continue;
        } else if (const size_t short_end = ShortNameEnd(first_lower, n); short_end != std::string::npos) {
          // The given name or the surname alone ("Doe covers courts for ..."): only
          // as the sign-off, in the body's last block or after it.
          if (body_end_ == kNoNode || i < body_end_) continue;
          name_end = short_end;
          short_name = true;
        } else {
          // After a title: only near the end of the article or after it, never
          // in its lede or its middle (text about someone else of that name).
          at = SubjectNameAt(first_lower, n.key);
          if (at == std::string::npos || IsEarlyBodyBlock(opened_line.text)) continue;
          name_end = at + n.key.size();
        }
        const bool line_ok = IsDescriptionLine(first.text, n.key) || (at == 0 && IsNameLedClause(first.text, name_end));
        if (!line_ok || InBodyMiddle(first.text)) break;
        AuthorBox box;
        box.text = first.text;
        box.author = n.listed;
        box.where = WhereOf(block);
        box.cue = "name";
        box.name_end = name_end;
        const size_t before = article_.author_boxes.size();
        Add(std::move(box));
        if (short_name && article_.author_boxes.size() > before) short_name_boxes_.insert(before);
        break;
      }
    }
  }

  // Boxes known by their shape alone, with no telling class, id or page data: a
  // slot that shows nothing but an author's name -- a heading (<h2>..<h6>), bold
  // text that is its block's whole line, or a link to the author's page or
  // rel="author" -- inside a small card that goes on,
  // after the name, with lines about them ("<h3>Jane Doe</h3><p>Reporter</p><p>Jane
  // has covered the port since 2010.</p>"). The card is the nearest wrapper that
  // adds such lines, a few levels up at most; it holds no headline and no run of
  // article paragraphs. A linked name slot may show the outlet's own name (a house
  // account's box). Like a marked box, the card is a bio when an author_box rule
  // reads its description.
  void FindNameCards() {
    avatar_links_ = AvatarLinks();
    named_pictures_ = NamedPictures();
    size_t probes = 0;
    for (uint32_t i = 0; i < n_ && probes < kMaxHeadingProbes; ++i) {
      const DomNode& d = Node(i);
      if (d.is_text || !shown_[i] || in_comments_[i] || d.parent == kNoNode) continue;
      const bool heading = d.tag == GUMBO_TAG_H2 || d.tag == GUMBO_TAG_H3 || d.tag == GUMBO_TAG_H4 ||
                           d.tag == GUMBO_TAG_H5 || d.tag == GUMBO_TAG_H6;
      const bool link = d.tag == GUMBO_TAG_A && (HasAuthorToken(NameTokens(Attr(d.node, "rel"))) ||
                                                 IsAuthorPageLink(Attr(d.node, "href")) || SharesAvatarsLink(i));
      // Bold text that is the whole line of its block ("<p><strong>Jane Doe</strong></p>").
      const bool bold = (d.tag == GUMBO_TAG_STRONG || d.tag == GUMBO_TAG_B) && nearest_block_[i] != i;
      // A line of its own beside the author's picture (AvatarNameLine).
      const bool line = d.tag == GUMBO_TAG_DIV || d.tag == GUMBO_TAG_P || d.tag == GUMBO_TAG_SPAN;
      if ((!heading && !link && !bold && !line) || InsideFoundBox(i) || HoldsHeadline(i)) continue;
      // A line beside the author's picture, no wrapper of lines (AvatarNameLine).
      if (!heading && !link && !bold && (NamedPictureBeside(i) == nullptr || HoldsBlock(i))) continue;
      const std::string slot = VisibleText(dom_, i, 2 * kMaxHeadingBytes);
      if (slot.empty() || slot.size() > kMaxHeadingBytes) continue;
      const Name* name = line ? AvatarNameLine(i, slot) : SlotName(Key(slot), link);
      // Bold text beside the author's picture is a line of its own, whatever else
      // its block holds ("<img alt="…"><div><strong>한지수 기자</strong><p>…</p></div>").
      if (bold && (name == nullptr || VisibleText(dom_, nearest_block_[i], 2 * kMaxHeadingBytes) != slot)) {
        name = AvatarNameLine(i, slot);
      }
      if (name == nullptr) continue;
      ++probes;
      uint32_t levels = 0;
      size_t shown_bytes = slot.size();
      for (uint32_t up = d.parent; up != kNoNode && levels < kMaxNameCardLevels; up = Node(up).parent) {
        const DomNode& u = Node(up);
        if (u.tag == GUMBO_TAG_BODY || u.tag == GUMBO_TAG_HTML || HoldsHeadline(up) || in_comments_[up]) break;
        bool too_big = false;
        const std::vector<Line> lines = Lines(up, &too_big);
        if (too_big || BodyParagraphsIn(lines) >= 3) break;
        size_t bytes = 0, plain = 0;
        for (const Line& l : lines) {
          bytes += l.text.size();
          if (2 * l.links < l.text.size()) ++plain;
        }
        if (plain > kMaxCardLines) break;
        if (bytes == shown_bytes) continue;  // a wrapper that adds nothing is no level
        shown_bytes = bytes;
        ++levels;
        std::string text;
        if (!CardDescription(lines, *name, heading, &text)) continue;
        if (InListOfPeople(i)) break;
        AuthorBox box;
        box.author = name->listed;
        box.where = WhereOf(up);
        box.cue = "card";
        box.house = name->account;
        box.text = std::move(text);
        boxes_.push_back(up);
        Add(std::move(box));
        break;
      }
    }
  }

  // A house account's box known by its shape alone, on a page that lists no
  // author: an avatar whose alt text repeats an account's name ("rmb8090",
  // IsAccountName), that name as a line of its own, and lines about it -- the
  // small card around the avatar, a few levels up at most, with no headline, no
  // run of article paragraphs and no line of the article's text but its last
  // (the body may take in a card printed after it). A comment's head has the
  // same avatar and name, then a time and the comment: inside a readers' thread
  // (in_comments_, found by its shape) or with a time of its own (a <time>, or a
  // short line with a digit), the card is a reader's, not the house's. The box is
  // the house account's (AuthorBox::house): a bio only when a generic rule reads
  // an outlet's blurb in it ("We are a ...", "Siamo un ...").
  void FindAccountCards() {
    if (!article_.authors.empty()) return;
    size_t probes = 0;
    for (uint32_t i = 0; i < n_ && probes < kMaxHeadingProbes; ++i) {
      const DomNode& d = Node(i);
      if (d.is_text || d.tag != GUMBO_TAG_IMG || !shown_[i] || in_comments_[i] || InsideFoundBox(i)) continue;
      const std::string alt = CollapseWhitespace(Attr(d.node, "alt"));
      if (alt.find(' ') != std::string::npos || !IsAccountName(AsciiLower(alt))) continue;
      const std::string key = Key(alt);
      ++probes;
      uint32_t levels = 0;
      size_t shown_bytes = 0;
      for (uint32_t up = d.parent; up != kNoNode && levels < kMaxNameCardLevels; up = Node(up).parent) {
        const DomNode& u = Node(up);
        if (u.tag == GUMBO_TAG_BODY || u.tag == GUMBO_TAG_HTML || HoldsHeadline(up) || in_comments_[up]) break;
        bool too_big = false;
        const std::vector<Line> lines = Lines(up, &too_big);
        if (too_big || lines.size() > kMaxCardLines || BodyParagraphsIn(lines) >= 2 || HasTimeLine(up, lines, key)) {
          break;
        }
        size_t bytes = 0;
        for (const Line& l : lines) bytes += l.text.size();
        if (bytes == shown_bytes) continue;  // a wrapper that adds nothing is no level
        shown_bytes = bytes;
        ++levels;
        const auto name_line = std::find_if(lines.begin(), lines.end(),
                                            [&](const Line& l) { return Key(l.text) == key && IsAccountName(l.text); });
        if (name_line == lines.end()) continue;
        Name n = NameOfLine(name_line->text);
        n.single = true;
        n.account = true;
        const std::string text = Description(lines, static_cast<size_t>(name_line - lines.begin()) + 1, n, false);
        if (text.empty() || text.size() > kMaxDescriptionBytes) break;
        // The article's own text is no card's (the body may take in a card after its
        // last paragraph, never one before them).
        const std::vector<std::string_view> described = Split(text, '\n');
        if (std::any_of(described.begin(), described.end(),
                        [&](std::string_view l) { return IsEarlyBodyBlock(l) || InBodyMiddle(l); })) {
          break;
        }
        AuthorBox box;
        box.author = n.listed;
        box.where = WhereOf(up);
        box.cue = "card";
        box.house = true;
        box.text = text;
        boxes_.push_back(up);
        Add(std::move(box));
        break;
      }
    }
  }

  // Whether the card at `root` prints a time, as a comment's head does: a <time>,
  // or a short line (six words at most) with a digit, other than the account's
  // name `key` ("2 hours ago", "March 3, 2024 at 9:12 am", "12.05.2024").
  bool HasTimeLine(uint32_t root, const std::vector<Line>& lines, std::string_view key) const {
    for (uint32_t k = root; k < std::min(Node(root).end, root + kMaxTeaserNodes); ++k) {
      if (!Node(k).is_text && Node(k).tag == GUMBO_TAG_TIME && shown_[k]) return true;
    }
    for (const Line& l : lines) {
      if (Key(l.text) == key || CountWords(l.text) > 6) continue;
      if (std::any_of(l.text.begin(), l.text.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    }
    return false;
  }

  // Whether an element holds a block element (a wrapper, not a line of its own).
  bool HoldsBlock(uint32_t i) const {
    for (uint32_t k = i + 1; k < Node(i).end; ++k) {
      if (!Node(k).is_text && IsBlockTag(Node(k).tag)) return true;
    }
    return false;
  }

  // The author a line beside their picture names: a <div>, <p> or <span> with no
  // block inside whose whole text is an author's full name, or the name and a short
  // title run into it (IsNameAndTitleLine: "林晓雯 鹭岛晨报记者", "Jane Doe Senior
  // Reporter"), in a small wrapper (up to two levels up) that shows a picture whose
  // alt text is that name -- a reporter's card prints the photo, the name line, then
  // lines about them. Null otherwise, and for one-word names.
  const Name* AvatarNameLine(uint32_t i, const std::string& slot) const {
    const Name* n = NamedPictureBeside(i);
    if (n == nullptr || HoldsBlock(i)) return nullptr;
    return Key(slot) == n->key || IsNameAndTitleLine(slot, n->key) ? n : nullptr;
  }

  // The author whose picture (alt text: the full name, maybe with a short title:
  // "한지수 기자") stands in the small wrapper around `i`, up to two levels up; null
  // if none.
  const Name* NamedPictureBeside(uint32_t i) const {
    uint32_t up = Node(i).parent;
    for (int level = 0; level < 2 && up != kNoNode; ++level, up = Node(up).parent) {
      for (const auto& [picture, name] : named_pictures_) {
        if (picture > up && picture < Node(up).end) return name;
      }
    }
    return nullptr;
  }

  // The shown pictures whose alt text is an author's full name, or the name and a
  // short title (IsNameAndTitleLine), with the name.
  std::vector<std::pair<uint32_t, const Name*>> NamedPictures() const {
    std::vector<std::pair<uint32_t, const Name*>> pictures;
    for (uint32_t k = 0; k < n_; ++k) {
      const DomNode& m = Node(k);
      if (m.is_text || m.tag != GUMBO_TAG_IMG || !shown_[k]) continue;
      const std::string alt = CollapseWhitespace(Attr(m.node, "alt"));
      for (const Name& n : names_) {
        if (!n.single && (Key(alt) == n.key || IsNameAndTitleLine(alt, n.key))) pictures.emplace_back(k, &n);
      }
    }
    return pictures;
  }

  // The name a name slot shows as its whole text: an author's full name, or (for a
  // link) the outlet's own name.
  // The box a bold label stands over: `i` is a <p> or <div> whose whole text is one
  // <strong>/<b>, and the element right after it (its next sibling) is the box.
  // kNoNode otherwise.
  uint32_t BoxAfterBoldLabel(uint32_t i) const {
    const DomNode& d = Node(i);
    if (d.tag != GUMBO_TAG_P && d.tag != GUMBO_TAG_DIV) return kNoNode;
    uint32_t bold = kNoNode;
    for (uint32_t k = i + 1; k < d.end; ++k) {
      if (!Node(k).is_text && (Node(k).tag == GUMBO_TAG_STRONG || Node(k).tag == GUMBO_TAG_B)) {
        bold = k;
        break;
      }
    }
    if (bold == kNoNode || VisibleText(dom_, bold, 200) != VisibleText(dom_, i, 200)) return kNoNode;
    for (uint32_t k = d.end; k < n_ && Node(k).parent == d.parent; k = Node(k).end) {
      if (!Node(k).is_text) return shown_[k] ? k : kNoNode;
      if (!TrimAscii(NodeText(Node(k).node)).empty()) return kNoNode;
    }
    return kNoNode;
  }

  // Whether the link at `i` leads where a picture's link beside it leads (up to two
  // levels up): a profile card links the avatar and the name to the person's page,
  // whatever its address looks like ("<a href=/sites/janedoe/><img></a> <a
  // href=/sites/janedoe/>Jane Doe</a>").
  // Looks the link up in avatar_links_ (AvatarLinks), so that a paragraph of
  // thousands of links is not read once per link.
  bool SharesAvatarsLink(uint32_t i) const {
    const std::string_view href = TrimAscii(Attr(Node(i).node, "href"));
    if (href.empty() || href.front() == '#' || href.starts_with("mailto:") || href.starts_with("javascript:")) {
      return false;
    }
    uint32_t up = Node(i).parent;
    for (int level = 0; level < 2 && up != kNoNode; ++level, up = Node(up).parent) {
      // The picture links to `href` inside `up`, but the link itself.
      auto k = std::lower_bound(avatar_links_.begin(), avatar_links_.end(), std::make_pair(href, up + 1));
      for (; k != avatar_links_.end() && k->first == href && k->second < Node(up).end; ++k) {
        if (k->second != i) return true;
      }
    }
    return false;
  }

  // The links around a picture a reader sees (a shown <img> inside the <a>), by
  // their href (trimmed) and then their place in the page.
  std::vector<std::pair<std::string_view, uint32_t>> AvatarLinks() const {
    std::vector<std::pair<std::string_view, uint32_t>> links;
    for (uint32_t k = 0; k < n_; ++k) {
      const DomNode& d = Node(k);
      if (d.is_text || d.tag != GUMBO_TAG_A) continue;
      for (uint32_t m = k + 1; m < d.end; ++m) {
        if (!Node(m).is_text && Node(m).tag == GUMBO_TAG_IMG && shown_[m]) {
          links.emplace_back(TrimAscii(Attr(d.node, "href")), k);
          break;
        }
      }
    }
    std::sort(links.begin(), links.end());
    return links;
  }

  const Name* SlotName(const std::string& key, bool link) const {
    for (const Name& n : names_) {
      if (n.key == key && (!n.single || !IsHouseKey(key))) return &n;
    }
    if (link) {
      for (const Name& h : house_names_) {
        if (h.key == key) return &h;
      }
    }
    return nullptr;
  }

  // The description lines of a name card: the lines after the name's own line
  // that describe the person, leaving out links and the article's text (a
  // paragraph of the body, but for its last ones, is no bio). False when there is
  // none, when they are a job title and no more ("Redakteur in der Wirtschaft.",
  // "Senior reporter, politics."), or more than a bio holds (a list of teasers
  // under the name).
  // Under a name heading, a line of the body's opening that speaks of the author by
  // name ("Jane covers the port ...") is the card's: the body took in a card printed
  // between the byline and the text; a lede opens otherwise.
  bool CardDescription(const std::vector<Line>& lines, const Name& name, bool heading, std::string* text) const {
    size_t k = 0;
    while (k < lines.size() && !IsNameLine(lines[k].text, name.key) && !IsNameAndTitleLine(lines[k].text, name.key)) {
      ++k;
    }
    size_t count = 0;
    bool opens = false;  // a description line opens with the name
    for (++k; k < lines.size(); ++k) {
      const Line& l = lines[k];
      if (l.text.size() > kMaxLineBytes || 2 * l.links >= l.text.size()) continue;
      if (!IsDescriptionLine(l.text, name.key) || InBodyMiddle(l.text)) continue;
      if (IsEarlyBodyBlock(l.text) && !(heading && OpensWithName(l.text, name))) continue;
      if (++count > kMaxNameCardDescriptions) return false;
      opens = opens || OpensWithSingleName(FoldCase(l.text), name);
      if (!text->empty()) text->push_back('\n');
      text->append(l.text);
    }
    // A one-word name ("Skipper") over a card tells too little alone: its
    // description must go on about it by that name ("Skipper is a reporter ...").
    // An account's name ("Redaktion") needs none: its card is the house's, a bio
    // only on an outlet's blurb.
    if (name.single && !name.account && !opens) return false;
    return CountWords(*text) >= kMinNameCardWords && text->size() <= kMaxDescriptionBytes;
  }

  // Whether `lower` (a line, case-folded) opens with the one-word name `n`
  // ("skipper is a reporter ..."), then a character that ends the word -- a pen
  // name or a one-word byline, never the outlet's own name (its account's box is
  // read as the house's).
  bool OpensWithSingleName(std::string_view lower, const Name& n) const {
    return n.single && n.key.size() >= 3 && lower.compare(0, n.key.size(), n.key) == 0 &&
           !IsWordAt(lower, n.key.size()) && !IsHouseKey(n.key);
  }

  // Whether `key` is one of the outlet's own names.
  bool IsHouseKey(std::string_view key) const {
    return std::any_of(house_names_.begin(), house_names_.end(), [&](const Name& h) { return h.key == key; });
  }

  // Whether `line` opens with the author's full name or given name, then a
  // character that ends the word.
  // A name in a script written without spaces may take a particle ("李华是…").
  static bool OpensWithName(std::string_view line, const Name& name) {
    const std::string lower = Key(line);
    for (const std::string& word : {name.key, name.first_word}) {
      if (word.size() < 3 || lower.compare(0, word.size(), word) != 0) continue;
      if (!IsWordAt(lower, word.size()) || IsUnspacedWord(word)) return true;
    }
    return false;
  }

  // Where the given name or the surname of the full name `n` ends when `lower` (a
  // line, case-folded) opens with it alone ("doe covers courts ...", "jane has
  // covered ..."), then a character that ends the word; npos otherwise, and for
  // one-word names. A name of three or four characters in a script without spaces
  // is a surname of one or two and a given name of two (王小明: 小明; 山田太郎: 山田,
  // 太郎; 김민수: 민수), glued to the particle that follows.
  static size_t ShortNameEnd(std::string_view lower, const Name& n) {
    const std::string_view key = n.key;
    std::vector<std::string_view> words;
    if (const size_t space = key.find(' '); space != std::string_view::npos) {
      words = {key.substr(0, space), key.substr(space + 1)};
    } else if (IsUnspacedWord(key)) {
      std::vector<size_t> starts;
      for (size_t i = 0; i < key.size();) {
        starts.push_back(i);
        NextCodePoint(key, i);
      }
      if (starts.size() == 3) words = {key.substr(starts[1])};
      if (starts.size() == 4) words = {key.substr(0, starts[2]), key.substr(starts[2])};
    }
    if (n.single) return std::string_view::npos;
    for (const std::string_view word : words) {
      const bool unspaced = IsUnspacedWord(word);
      if (word.size() >= 3 && lower.compare(0, word.size(), word) == 0 &&
          (unspaced ? lower.size() > word.size() : !IsWordAt(lower, word.size()))) {
        return word.size();
      }
    }
    return std::string_view::npos;
  }

  // Whether `word` is written in a script without spaces (its last letter is).
  static bool IsUnspacedWord(std::string_view word) {
    size_t k = word.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(word[k]) & 0xC0) == 0x80) --k;
    return IsUnspacedAt(word, k);
  }

  // A whole block of the body other than its last kEdgeBlocks: the article's own
  // text (its lede beside a byline), not a line of a box.
  bool IsEarlyBodyBlock(std::string_view line) const {
    const auto& blocks = article_.blocks;
    for (size_t b = 0; b + kEdgeBlocks < blocks.size(); ++b) {
      if (std::string_view(article_.text).substr(blocks[b].start, blocks[b].end - blocks[b].start) == line) return true;
    }
    return false;
  }

  const FlatDom& dom_;
  const PageMetadata& meta_;
  const std::vector<uint8_t>& comment_roots_;  // from the extractor: a flag per node, or empty
  Article& article_;
  const uint32_t n_;
  std::vector<Name> names_;
  std::deque<Name> unlisted_;      // names read off boxes of a page that lists no author (UnlistedName)
  std::vector<Name> house_names_;  // the outlet's own names (HouseNames)
  boost::json::value json_ld_;     // the page's JSON-LD, parsed once; null when none
  std::vector<uint8_t> shown_, in_comments_;
  std::vector<uint32_t> nearest_block_;
  std::vector<uint32_t> boxes_;  // roots of the marked boxes found
  std::vector<std::pair<std::string_view, uint32_t>> avatar_links_;  // AvatarLinks, for FindNameCards
  std::vector<std::pair<uint32_t, const Name*>> named_pictures_;     // NamedPictures, for FindNameCards
  std::set<size_t> short_name_boxes_;  // indices of sign-offs found by a short name (Add)
  uint32_t body_end_ = kNoNode;
};

}  // namespace

void FindAuthorBoxes(const FlatDom& dom, const PageMetadata& meta, const std::vector<uint8_t>& comment_roots,
                     Article& article) {
  BoxFinder(dom, meta, comment_roots, article).Run();
}

}  // namespace provscore::internal
