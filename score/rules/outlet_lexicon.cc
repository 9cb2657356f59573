#include "score/rules/outlet_lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "base/text.h"
#include "score/json_fields.h"
#include "score/rules/text_lines.h"

namespace provscore {
namespace {

namespace json = boost::json;

constexpr std::string_view kSchema = "provscore.outlets/1";
constexpr std::array<std::string_view, 6> kKinds = {"wire_agency", "newspaper", "broadcaster",
                                                   "magazine",    "aggregator", "generic"};
constexpr std::array<std::string_view, 12> kKeys = {"id",      "name",     "aliases",     "kind",
                                                    "country", "domains",  "parent",      "ambiguous",
                                                    "note",    "disabled", "credit_tags", "home_languages"};
constexpr std::array<std::string_view, 3> kRootKeys = {"schema", "description", "outlets"};

// How long a chain of sub-brands Canonical() follows before it assumes a cycle.
constexpr int kMaxParentDepth = 8;

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string_view View(json::string_view s) { return std::string_view(s.data(), s.size()); }

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The line of the first `"key"` in the text, or 0.
size_t LineOfKey(std::string_view text, std::string_view key) {
  const size_t pos = text.find("\"" + std::string(key) + "\"");
  return pos == std::string_view::npos ? 0 : LineAt(text, pos);
}

// The line of `"id": "<id>"`, searching forward from `cursor` (outlets are read in
// file order) and skipping the same string where it is an alias or a parent.
size_t LineOfId(std::string_view text, const TextLines& lines, std::string_view id, size_t& cursor) {
  const std::string needle = "\"" + std::string(id) + "\"";
  for (size_t pos = text.find(needle, cursor); pos != std::string_view::npos; pos = text.find(needle, pos + 1)) {
    size_t k = pos;
    while (k > 0 && IsJsonSpace(text[k - 1])) --k;
    if (k == 0 || text[k - 1] != ':') continue;
    --k;
    while (k > 0 && IsJsonSpace(text[k - 1])) --k;
    if (k < 4 || text.substr(k - 4, 4) != "\"id\"") continue;
    cursor = pos + needle.size();
    return lines.At(pos);
  }
  return cursor > 0 ? lines.At(std::min(cursor, text.size())) : 0;
}

// The line of the next object after `cursor`, for an entry that has no id to find.
size_t LineOfNextObject(std::string_view text, const TextLines& lines, size_t& cursor) {
  const size_t pos = text.find('{', cursor);
  if (pos == std::string_view::npos) return 0;
  cursor = pos + 1;
  return lines.At(pos);
}

bool IsValidId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

bool IsCountryCode(std::string_view c) {
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

bool IsLanguageCode(std::string_view c) {
  return c.size() == 2 && c[0] >= 'a' && c[0] <= 'z' && c[1] >= 'a' && c[1] <= 'z';
}

// A host name in lower case with at least one dot and no scheme, path, port or "www.".
bool IsValidDomain(std::string_view d) {
  if (d.empty() || d.find('.') == std::string_view::npos || d.front() == '.' || d.back() == '.') return false;
  if (d.rfind("www.", 0) == 0) return false;
  return std::all_of(d.begin(), d.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

// The pieces of a credit tag between white space and dots ("أ.ش.أ" -> أ, ش, أ).
std::vector<std::string_view> SplitOnSpacesAndDots(std::string_view tag) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= tag.size(); ++i) {
    const bool cut = i == tag.size() || tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '.';
    if (!cut) continue;
    if (i > start) pieces.push_back(tag.substr(start, i - start));
    start = i + 1;
  }
  return pieces;
}

// The form credit tags are indexed and looked up in: without spaces and dots.
std::string CreditTagKey(std::string_view tag) {
  std::string key;
  for (const std::string_view piece : SplitOnSpacesAndDots(tag)) key += piece;
  return key;
}

// The form aliases are indexed and looked up in: white space folded to one space,
// typographic apostrophes (U+2019, U+02BC) as ASCII ones.
std::string AliasKey(std::string_view alias) {
  std::string folded = CollapseWhitespace(alias);
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    if (cp == U'\u2019' || cp == U'\u02BC') {
      out += '\'';
    } else {
      out.append(folded, start, i - start);
    }
  }
  return out;
}

// Upper-cases one code point of the scripts outlet names are printed in: ASCII,
// Latin-1, Latin Extended-A, Greek (dropping the tonos, as Greek capitals do) and
// Cyrillic. False for a cased letter of any other script (Vietnamese, Armenian...),
// whose upper case this table does not know, and for letters without a simple one.
bool UpperCodePoint(char32_t cp, char32_t& up) {
  up = cp;
  if (cp < 0x80) {
    if (cp >= 'a' && cp <= 'z') up = cp - 0x20;
    return true;
  }
  if (cp < 0xC0) return true;  // Latin-1 symbols and NBSP
  if (cp < 0x100) {
    if (cp == 0xFF) {
      up = 0x178;
    } else if (cp >= 0xE0 && cp != 0xF7) {
      up = cp - 0x20;
    }
    return true;  // ß stays ß
  }
  if (cp < 0x180) {
    if (cp == 0x131) {
      up = 'I';
    } else if (cp == 0x149 || cp == 0x17F) {
      return false;
    } else if ((cp < 0x138 || (cp >= 0x14A && cp < 0x178)) && (cp & 1)) {
      up = cp - 1;
    } else if (((cp >= 0x139 && cp < 0x149) || (cp >= 0x179 && cp < 0x17F)) && !(cp & 1)) {
      up = cp - 1;
    }
    return true;
  }
  if (cp >= 0x386 && cp <= 0x3CE) {
    switch (cp) {
      case 0x386: case 0x3AC: up = 0x391; return true;
      case 0x388: case 0x3AD: up = 0x395; return true;
      case 0x389: case 0x3AE: up = 0x397; return true;
      case 0x38A: case 0x3AF: up = 0x399; return true;
      case 0x38C: case 0x3CC: up = 0x39F; return true;
      case 0x38E: case 0x3CD: up = 0x3A5; return true;
      case 0x38F: case 0x3CE: up = 0x3A9; return true;
      case 0x3C2: up = 0x3A3; return true;
      case 0x3CA: up = 0x3AA; return true;
      case 0x3CB: up = 0x3AB; return true;
      default: break;
    }
    if (cp >= 0x3B1 && cp <= 0x3C9) up = cp - 0x20;
    return cp >= 0x391;
  }
  if (cp >= 0x400 && cp < 0x460) {
    if (cp >= 0x450) {
      up = cp - 0x50;
    } else if (cp >= 0x430) {
      up = cp - 0x20;
    }
    return true;
  }
  if (cp == 0x490 || cp == 0x491) {
    up = 0x490;
    return true;
  }
  if (cp >= 0x2000 && cp < 0x2070) return true;  // general punctuation has no case
  return false;
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp < 0x2070) && !(cp >= 0x3000 && cp < 0x3040);
}

// The all-capitals form of an alias of four or more letters ("REUTERS",
// "ÚLTIMA HORA", "УКРИНФОРМ"), or "" when there is none or it equals the alias.
std::string UpperVariant(std::string_view alias) {
  std::string out;
  size_t letters = 0;
  for (size_t i = 0; i < alias.size();) {
    const char32_t cp = NextCodePoint(alias, i);
    char32_t up = cp;
    if (!UpperCodePoint(cp, up)) return "";
    if (IsLetter(cp)) ++letters;
    AppendUtf8(up, out);
  }
  return letters >= 4 && out != alias ? out : "";
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// One alias as an RE2 pattern: its text quoted, a space standing for any run of
// white space (ASCII, NBSP, narrow NBSP), an apostrophe for ' or ’, and \b at an end
// that is an ASCII letter or digit (RE2's \b only knows ASCII word characters).
std::string AliasRegex(std::string_view alias) {
  std::string out;
  if (IsAsciiAlnum(alias.front())) out += "\\b";
  std::string run;
  auto flush = [&] {
    out += RE2::QuoteMeta(run);
    run.clear();
  };
  for (const char c : alias) {
    if (c == ' ') {
      flush();
      out += "[\\s\\x{A0}\\x{202F}]+";
    } else if (c == '\'') {
      flush();
      out += "['\\x{2019}]";
    } else {
      run += c;
    }
  }
  flush();
  if (IsAsciiAlnum(alias.back())) out += "\\b";
  return out;
}

// The white space an alias's space stands for (RE2's \s is ASCII only).
constexpr std::string_view kAliasSpace = "[\\s\\x{A0}\\x{202F}]+";

bool IsAliasSpaceCodePoint(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\f' || cp == U'\r' || cp == U'\u00A0' ||
         cp == U'\u202F';
}

// One alias cut into the pieces AliasRegex() writes (internal::AliasPiece), for the
// trie AliasPattern() is written as.
std::vector<internal::AliasPiece> AliasPieces(std::string_view alias) {
  std::vector<internal::AliasPiece> pieces;
  auto add = [&pieces](std::string regex) {
    std::string key = regex;
    pieces.push_back({std::move(regex), std::move(key)});
  };
  if (IsAsciiAlnum(alias.front())) add("\\b");
  std::vector<char32_t> code_points;
  for (size_t i = 0; i < alias.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(alias, i);
    code_points.push_back(cp);
    if (cp == U' ') {
      add(std::string(kAliasSpace));
    } else if (cp == U'\'') {
      add("['\\x{2019}]");
    } else {
      add(RE2::QuoteMeta(alias.substr(start, i - start)));
    }
  }
  if (IsAsciiAlnum(alias.back())) add("\\b");
  // A run of white space has one length that lets the alias go on only when the
  // code point after the space is not white space itself; otherwise (never for a
  // folded alias: AliasKey collapses spaces and trims) the run stays its own.
  const size_t offset = IsAsciiAlnum(alias.front()) ? 1 : 0;
  for (size_t c = 0; c < code_points.size(); ++c) {
    if (code_points[c] != U' ') continue;
    if (c + 1 == code_points.size() || IsAliasSpaceCodePoint(code_points[c + 1])) {
      pieces[offset + c].key += '\0' + std::string(alias);
    }
  }
  return pieces;
}

// Reads a JSON array of strings; false when the value is not one or holds an
// empty string or a non-string.
bool StringList(const json::value& v, std::vector<std::string>& out) {
  if (!v.is_array()) return false;
  for (const json::value& item : v.as_array()) {
    if (!item.is_string()) return false;
    std::string s = CollapseWhitespace(View(item.as_string()));
    if (s.empty()) return false;
    out.push_back(std::move(s));
  }
  return true;
}

// Validates one entry into `out`; every problem is reported and makes it false.
bool ParseOutlet(const json::object& o, size_t line, const std::string& id, Outlet& out,
                 std::vector<OutletProblem>& problems) {
  bool ok = true;
  auto problem = [&](std::string message) {
    problems.push_back({line, id, std::move(message)});
    ok = false;
  };
  for (const auto& entry : o) {
    if (!Contains(kKeys, View(entry.key()))) problem("unknown key \"" + std::string(entry.key()) + "\"");
  }
  out.id = id;
  if (!IsValidId(id)) problem("\"id\" must be lower-case ASCII letters, digits, '-', '_' or '.'");

  const json::value* name = o.if_contains("name");
  if (name && name->is_string()) out.name = CollapseWhitespace(View(name->as_string()));
  if (out.name.empty()) problem("no \"name\" string");

  const json::value* kind = o.if_contains("kind");
  if (kind && kind->is_string()) out.kind = std::string(kind->as_string());
  if (!Contains(kKinds, out.kind)) {
    problem("unknown \"kind\" \"" + out.kind +
            "\" (use wire_agency, newspaper, broadcaster, magazine, aggregator or generic)");
  }

  if (const json::value* aliases = o.if_contains("aliases")) {
    if (!StringList(*aliases, out.aliases)) problem("\"aliases\" must be an array of non-empty strings");
  }
  if (!out.name.empty() && std::find(out.aliases.begin(), out.aliases.end(), out.name) == out.aliases.end()) {
    out.aliases.insert(out.aliases.begin(), out.name);
  }
  std::set<std::string> seen;
  out.aliases.erase(std::remove_if(out.aliases.begin(), out.aliases.end(),
                                   [&seen](const std::string& a) { return !seen.insert(AliasKey(a)).second; }),
                    out.aliases.end());

  if (const json::value* tags = o.if_contains("credit_tags")) {
    if (!StringList(*tags, out.credit_tags)) problem("\"credit_tags\" must be an array of non-empty strings");
  }

  if (const json::value* country = o.if_contains("country"); country && !country->is_null()) {
    if (country->is_string()) out.country = std::string(country->as_string());
    if (!country->is_string() || (!out.country.empty() && !IsCountryCode(out.country))) {
      problem("\"country\" must be an upper-case ISO 3166-1 alpha-2 code, \"\" or null");
    }
  }

  if (const json::value* domains = o.if_contains("domains")) {
    if (!StringList(*domains, out.domains)) {
      problem("\"domains\" must be an array of host names");
    } else {
      for (const std::string& d : out.domains) {
        if (!IsValidDomain(d)) problem("domain \"" + d + "\" must be a lower-case host name without \"www.\"");
      }
    }
  }

  if (const json::value* parent = o.if_contains("parent"); parent && !parent->is_null()) {
    if (!parent->is_string()) {
      problem("\"parent\" must be an outlet id or null");
    } else {
      out.parent = std::string(parent->as_string());
      if (out.parent == id) problem("an outlet cannot be its own \"parent\"");
    }
  }

  if (const json::value* ambiguous = o.if_contains("ambiguous")) {
    if (!ambiguous->is_bool()) {
      problem("\"ambiguous\" must be true or false");
    } else {
      out.ambiguous = ambiguous->as_bool();
    }
  }
  if (const json::value* home = o.if_contains("home_languages")) {
    if (!StringList(*home, out.home_languages) ||
        !std::all_of(out.home_languages.begin(), out.home_languages.end(), IsLanguageCode)) {
      problem("\"home_languages\" must be an array of lower-case ISO 639-1 codes (\"id\", \"tr\")");
    } else if (!out.ambiguous) {
      problem("\"home_languages\" is read only for an \"ambiguous\" outlet: drop it, or mark the outlet ambiguous");
    }
  }
  if (const json::value* note = o.if_contains("note"); note && !note->is_string()) {
    problem("\"note\" must be a string");
  }
  return ok;
}

}  // namespace

namespace internal {

size_t PieceTrie::Child(size_t node, std::string_view key, std::string_view regex) {
  if (auto it = nodes_[node].by_key.find(key); it != nodes_[node].by_key.end()) return it->second;
  const size_t child = nodes_.size();
  nodes_.push_back(Node{std::string(regex), {}, {}});
  nodes_[node].by_key.emplace(std::string(key), child);
  nodes_[node].children.push_back(child);
  return child;
}

void PieceTrie::Add(const std::vector<AliasPiece>& pieces) {
  size_t node = 0;
  for (const AliasPiece& piece : pieces) node = Child(node, piece.key, piece.regex);
  Child(node, kEnd, "");
}

std::string PieceTrie::Alternation() const {
  std::string out;
  Write(0, out);
  return out;
}

void PieceTrie::Write(size_t node, std::string& out) const {
  const std::vector<size_t>& children = nodes_[node].children;
  if (children.empty()) return;
  if (children.size() == 1) {
    out += nodes_[children[0]].regex;
    Write(children[0], out);
    return;
  }
  out += "(?:";
  for (size_t i = 0; i < children.size(); ++i) {
    if (i > 0) out += '|';
    out += nodes_[children[i]].regex;
    Write(children[i], out);
  }
  out += ')';
}

}  // namespace internal

void OutletLexicon::AddFromJson(const json::object& root, std::string_view file_text,
                                std::vector<OutletProblem>& problems) {
  const json::value* schema = root.if_contains("schema");
  if (!schema || !schema->is_string() || View(schema->as_string()) != kSchema) {
    problems.push_back({LineOfKey(file_text, "schema"), "",
                        "unknown or missing \"schema\" (expected " + std::string(kSchema) + ")"});
    return;
  }
  for (const auto& entry : root) {
    if (!Contains(kRootKeys, View(entry.key()))) {
      problems.push_back({LineOfKey(file_text, View(entry.key())), "",
                          "unknown key \"" + std::string(entry.key()) + "\" at the top of the file"});
    }
  }
  const json::value* list = root.if_contains("outlets");
  if (!list || !list->is_array()) {
    problems.push_back({LineOfKey(file_text, "outlets"), "", "\"outlets\" must be an array of outlet objects"});
    return;
  }
  const size_t outlets_key = file_text.find("\"outlets\"");
  size_t cursor = outlets_key == std::string_view::npos ? 0 : outlets_key;
  const TextLines lines(file_text);
  std::set<std::string> ids_in_file;
  for (const json::value& v : list->as_array()) {
    if (!v.is_object()) {
      problems.push_back({0, "", "every entry of \"outlets\" must be an object"});
      continue;
    }
    const json::object& o = v.as_object();
    const std::string id(JsonString(o, "id"));
    if (id.empty()) {
      problems.push_back({LineOfNextObject(file_text, lines, cursor), "", "an outlet has no \"id\" string"});
      continue;
    }
    const size_t line = LineOfId(file_text, lines, id, cursor);
    if (!ids_in_file.insert(id).second) {
      problems.push_back({line, id, "duplicate outlet id (ids must be unique within a file)"});
      continue;
    }
    if (const json::value* disabled = o.if_contains("disabled")) {
      if (!disabled->is_bool()) {
        problems.push_back({line, id, "\"disabled\" must be true or false"});
        continue;
      }
      if (disabled->as_bool()) {
        auto it = by_id_.find(id);
        if (it == by_id_.end()) {
          problems.push_back({line, id, "disables an outlet id that no earlier file defines"});
        } else {
          outlets_.erase(outlets_.begin() + static_cast<std::ptrdiff_t>(it->second));
          by_id_.clear();
          for (size_t i = 0; i < outlets_.size(); ++i) by_id_[outlets_[i].id] = i;
        }
        continue;
      }
    }
    Outlet outlet;
    if (!ParseOutlet(o, line, id, outlet, problems)) continue;
    if (auto it = by_id_.find(id); it != by_id_.end()) {
      outlets_[it->second] = std::move(outlet);
    } else {
      by_id_[id] = outlets_.size();
      outlets_.push_back(std::move(outlet));
    }
  }
}

void OutletLexicon::Finish() {
  by_id_.clear();
  by_alias_.clear();
  by_domain_.clear();
  by_lower_alias_.clear();
  by_credit_tag_.clear();
  for (size_t i = 0; i < outlets_.size(); ++i) by_id_[outlets_[i].id] = i;
  for (size_t i = 0; i < outlets_.size(); ++i) {
    for (const std::string& tag : outlets_[i].credit_tags) by_credit_tag_.emplace(CreditTagKey(tag), i);
  }
  // Printed aliases first, then the upper-case forms, so that a form an outlet
  // prints always beats one derived from another outlet's alias. Where two outlets
  // print the same alias, the one defined first keeps it (see their "note").
  for (size_t i = 0; i < outlets_.size(); ++i) {
    for (const std::string& alias : outlets_[i].aliases) {
      by_alias_.emplace(AliasKey(alias), i);
      by_lower_alias_.emplace(AsciiLower(alias), i);
    }
    for (const std::string& domain : outlets_[i].domains) by_domain_.emplace(domain, i);
  }
  for (size_t i = 0; i < outlets_.size(); ++i) {
    for (const std::string& alias : outlets_[i].aliases) {
      std::string upper = UpperVariant(AliasKey(alias));
      if (!upper.empty()) by_alias_.emplace(std::move(upper), i);
    }
  }
}

const Outlet* OutletLexicon::FindByAlias(std::string_view alias) const {
  auto it = by_alias_.find(AliasKey(alias));
  return it == by_alias_.end() ? nullptr : &outlets_[it->second];
}

const Outlet* OutletLexicon::FindByCreditTag(std::string_view tag) const {
  const std::string key = CreditTagKey(tag);
  if (key.empty()) return nullptr;
  auto it = by_credit_tag_.find(key);
  return it == by_credit_tag_.end() ? nullptr : &outlets_[it->second];
}

std::string OutletLexicon::CreditTagPattern() const {
  // The printed tags, longest key first (leftmost-first alternation), each with
  // its spaces read as an optional space and dot.
  std::vector<std::pair<std::string, std::string>> tags;  // (key, tag)
  for (const Outlet& o : outlets_) {
    for (const std::string& tag : o.credit_tags) tags.emplace_back(CreditTagKey(tag), tag);
  }
  std::stable_sort(tags.begin(), tags.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<std::string> regexes;
  std::set<std::string> seen;
  for (const auto& [key, tag] : tags) {
    std::string regex;
    for (const std::string_view piece : SplitOnSpacesAndDots(tag)) {
      if (!regex.empty()) regex += "\\s?\\.?\\s?";
      regex += RE2::QuoteMeta(piece);
    }
    if (!regex.empty() && seen.insert(regex).second) regexes.push_back(std::move(regex));
  }
  if (regexes.empty()) return "(?:[^\\x00-\\x{10FFFF}])";
  std::string out = "(?-i:";
  for (size_t i = 0; i < regexes.size(); ++i) {
    if (i > 0) out += '|';
    out += regexes[i];
  }
  return out + ")";
}

const Outlet* OutletLexicon::FindByLowerCaseAlias(std::string_view lower) const {
  auto it = by_lower_alias_.find(lower);
  return it == by_lower_alias_.end() ? nullptr : &outlets_[it->second];
}

const Outlet* OutletLexicon::FindByDomain(std::string_view host) const {
  std::string h = AsciiLower(TrimAscii(host));
  if (const size_t scheme = h.find("://"); scheme != std::string::npos) h.erase(0, scheme + 3);
  if (const size_t path = h.find_first_of("/?#"); path != std::string::npos) h.erase(path);
  if (const size_t user = h.rfind('@'); user != std::string::npos) h.erase(0, user + 1);
  if (const size_t port = h.find(':'); port != std::string::npos) h.erase(port);
  while (!h.empty() && h.back() == '.') h.pop_back();
  // "news.bbc.co.uk" -> "bbc.co.uk" -> "co.uk" -> "uk": the first listed one wins.
  std::string_view rest = h;
  while (!rest.empty()) {
    if (auto it = by_domain_.find(rest); it != by_domain_.end()) return &outlets_[it->second];
    const size_t dot = rest.find('.');
    if (dot == std::string_view::npos) break;
    rest.remove_prefix(dot + 1);
  }
  return nullptr;
}

const Outlet* OutletLexicon::FindById(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &outlets_[it->second];
}

const Outlet* OutletLexicon::Canonical(const Outlet* outlet) const {
  for (int depth = 0; outlet && !outlet->parent.empty() && depth < kMaxParentDepth; ++depth) {
    const Outlet* parent = FindById(outlet->parent);
    if (!parent || parent == outlet) break;  // a missing parent is tolerated
    outlet = parent;
  }
  return outlet;
}

std::string OutletLexicon::AliasPattern() const {
  // The aliases in AliasRegexes()'s order, cut into the pieces AliasRegex()
  // writes, then merged into a trie of pieces; see the header for why the trie
  // and the flat alternation match the same spans with the same preferences.
  internal::PieceTrie trie;
  for (auto it = by_alias_.rbegin(); it != by_alias_.rend(); ++it) trie.Add(AliasPieces(it->first));
  // A group that never matches when no alias was added.
  return trie.empty() ? "(?-i:[^\\x00-\\x{10FFFF}])" : "(?-i:" + trie.Alternation() + ")";
}

std::vector<std::string> OutletLexicon::AliasRegexes() const {
  // Descending byte order puts every alias before the aliases it starts with
  // ("dpa-AFX" before "dpa"), which is what longest-first is for under RE2's
  // leftmost-first alternation, and keeps shared prefixes adjacent so that RE2
  // factors them ("Agence France-Presse|Agence France Presse").
  std::vector<std::string> out;
  out.reserve(by_alias_.size());
  for (auto it = by_alias_.rbegin(); it != by_alias_.rend(); ++it) out.push_back(AliasRegex(it->first));
  return out;
}

std::vector<std::string> OutletLexicon::AliasForms() const {
  std::vector<std::string> out;
  out.reserve(by_alias_.size());
  for (auto it = by_alias_.rbegin(); it != by_alias_.rend(); ++it) out.push_back(it->first);
  return out;
}

std::string OutletLexicon::AliasAlternation(const std::vector<std::string_view>& regexes) {
  // An empty class never matches: an empty lexicon must not match everywhere.
  if (regexes.empty()) return "(?-i:[^\\x00-\\x{10FFFF}])";
  std::string out = "(?-i:";
  for (size_t i = 0; i < regexes.size(); ++i) {
    if (i > 0) out += '|';
    out += regexes[i];
  }
  out += ')';
  return out;
}

}  // namespace provscore
