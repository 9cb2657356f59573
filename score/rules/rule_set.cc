#include "score/rules/rule_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/stream_parser.hpp>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#include "base/hash.h"
#include "base/text.h"
#include "score/rules/class_narrowing.h"
#include "score/rules/regex_prefilter.h"
#include "score/rules/text_lines.h"
#include "score/json_fields.h"

namespace provscore {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr std::array<std::string_view, 5> kPlaces = {"body", "boilerplate", "byline", "title", "author_box"};

size_t PlaceIndex(std::string_view where) {
  for (size_t i = 0; i < kPlaces.size(); ++i) {
    if (kPlaces[i] == where) return i;
  }
  return kPlaces.size();
}

// The line of the string `id` as a JSON string, searching from `*cursor` (rules are
// read in file order, so each search starts after the previous rule's id).
size_t LineOfId(std::string_view text, std::string_view id, size_t* cursor = nullptr, const TextLines* lines = nullptr) {
  const std::string needle = "\"" + std::string(id) + "\"";
  const size_t from = cursor ? *cursor : 0;
  const size_t pos = text.find(needle, from);
  const size_t at = pos == std::string_view::npos ? from : pos;
  if (pos == std::string_view::npos && from == 0) return 0;
  if (pos != std::string_view::npos && cursor) *cursor = pos + needle.size();
  return lines ? lines->At(at) : LineAt(text, at);
}

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Parses JSON, reporting the line of a syntax error.
Result<json::value> ParseJsonWithLine(const std::string& text, const std::string& file) {
  json::stream_parser parser;
  boost::system::error_code ec;
  const size_t consumed = parser.write(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    return ParseError(file + ":" + std::to_string(LineAt(text, consumed)) + ": invalid JSON: " + ec.message());
  }
  return parser.release();
}

// A value for a field set by a group named "name__value": JSON literals become
// their values, anything else a string.
constexpr std::string_view kOutletPlaceholder = "{OUTLET}";

// An agency's short form read only in a credit position (Outlet::credit_tags);
// replaced by the lexicon's tags when the rules are loaded.
constexpr std::string_view kCreditTagPlaceholder = "{CREDIT_TAG}";

std::string ExpandPlaceholder(std::string pattern, std::string_view placeholder, const std::string& alternation) {
  for (size_t at = pattern.find(placeholder); at != std::string::npos;
       at = pattern.find(placeholder, at + alternation.size())) {
    pattern.replace(at, placeholder.size(), alternation);
  }
  return pattern;
}

std::string ExpandOutlets(std::string pattern, const std::string& alternation) {
  for (size_t at = pattern.find(kOutletPlaceholder); at != std::string::npos;
       at = pattern.find(kOutletPlaceholder, at + alternation.size())) {
    pattern.replace(at, kOutletPlaceholder.size(), alternation);
  }
  return pattern;
}

json::value FieldLiteral(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  if (text == "null") return nullptr;
  return json::string(text);
}

struct LoadedFile {
  fs::path path;
  std::string text;
  json::object root;
};

// The folder layer being read: the state shared while loading several folders.
struct Loader {
  bool validate_patterns = true;  // compile each pattern alone (Check); Load finds errors when compiling the sets
  std::vector<RuleDiagnostic> diagnostics;
  std::vector<PatternRule> rules;
  std::map<std::string, size_t> index_by_id;
  std::map<std::string, std::string> language_names;
  json::value scoring;
  OutletLexicon outlets;
  PressWords press_words;
  std::string version;
  std::string digest_input;  // every file read: its name, its size and its bytes, in load order

  void Error(const std::string& file, size_t line, const std::string& id, std::string message) {
    diagnostics.push_back({file, line, id, std::move(message)});
  }

  void LoadDir(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      Error(dir.string(), 0, "", "not a rules folder (it does not exist or is not a directory)");
      return;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::set<std::string> ids_in_layer;
    for (const fs::path& path : files) LoadFile(path, ids_in_layer);
  }

  void LoadFile(const fs::path& path, std::set<std::string>& ids_in_layer) {
    const std::string file = path.string();
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) {
      Error(file, 0, "", text.status().message());
      return;
    }
    digest_input += path.filename().string() + '\0' + std::to_string(text->size()) + '\0' + *text;
    Result<json::value> parsed = ParseJsonWithLine(*text, file);
    if (!parsed.ok()) {
      diagnostics.push_back({"", 0, "", parsed.status().message()});
      return;
    }
    if (!parsed->is_object()) {
      Error(file, 1, "", "a rules file must hold one JSON object");
      return;
    }
    const json::object& root = parsed->as_object();
    const std::string schema(JsonString(root, "schema"));
    if (schema == "provscore.manifest/1") {
      version = JsonString(root, "version");
      if (version.empty()) Error(file, LineOfId(*text, "version"), "", "manifest has no \"version\" string");
    } else if (schema == "provscore.languages/1") {
      LoadLanguages(root, file, *text);
    } else if (schema == "provscore.outlets/1") {
      std::vector<OutletProblem> problems;
      outlets.AddFromJson(root, *text, problems);
      for (OutletProblem& p : problems) Error(file, p.line, p.id, std::move(p.message));
    } else if (schema == "provscore.press_words/1") {
      std::vector<OutletProblem> problems;
      press_words.AddFromJson(root, *text, problems);
      for (OutletProblem& p : problems) Error(file, p.line, p.id, std::move(p.message));
    } else if (schema == "provscore.scoring/1") {
      scoring = root;
    } else if (schema == "provscore.patterns/1") {
      LoadPatterns(root, file, *text, ids_in_layer);
    } else {
      Error(file, LineOfId(*text, "schema"), "",
            "unknown or missing \"schema\" (expected provscore.patterns/1, provscore.languages/1, "
            "provscore.outlets/1, provscore.press_words/1, provscore.scoring/1 or provscore.manifest/1)");
    }
  }

  void LoadLanguages(const json::object& root, const std::string& file, const std::string& text) {
    const json::value* langs = root.if_contains("languages");
    if (!langs || !langs->is_object()) {
      Error(file, 1, "", "\"languages\" must be an object of code -> [names]");
      return;
    }
    for (const auto& [code, names] : langs->as_object()) {
      if (!names.is_array()) {
        Error(file, LineOfId(text, code), "", "language " + std::string(code) + ": names must be an array");
        continue;
      }
      for (const json::value& n : names.as_array()) {
        if (n.is_string()) language_names[AsciiLower(n.as_string())] = std::string(code);
      }
      language_names[AsciiLower(code)] = std::string(code);
    }
  }

  void LoadPatterns(const json::object& root, const std::string& file, const std::string& text,
                    std::set<std::string>& ids_in_layer) {
    const json::value* list = root.if_contains("rules");
    if (!list || !list->is_array()) {
      Error(file, 1, "", "\"rules\" must be an array of rule objects");
      return;
    }
    size_t cursor = 0;
    const TextLines lines(text);
    for (const json::value& v : list->as_array()) {
      if (!v.is_object()) {
        Error(file, 0, "", "every entry of \"rules\" must be an object");
        continue;
      }
      const json::object& o = v.as_object();
      const std::string id(JsonString(o, "id"));
      const size_t line = id.empty() ? lines.At(cursor) : LineOfId(text, id, &cursor, &lines);
      if (id.empty()) {
        Error(file, line, "", "a rule has no \"id\" string");
        continue;
      }
      if (!ids_in_layer.insert(id).second) {
        Error(file, line, id, "duplicate rule id (ids must be unique within a rules folder)");
        continue;
      }
      if (JsonTrue(o, "disabled")) {
        auto it = index_by_id.find(id);
        if (it == index_by_id.end()) {
          Error(file, line, id, "disables a rule id that no earlier rules folder defines");
        } else {
          rules[it->second].id.clear();  // tombstone; compacted after loading
          index_by_id.erase(it);
        }
        continue;
      }
      PatternRule rule;
      if (!ParseRule(o, file, line, id, rule)) continue;
      auto it = index_by_id.find(id);
      if (it != index_by_id.end()) {
        rules[it->second] = std::move(rule);
      } else {
        index_by_id[id] = rules.size();
        rules.push_back(std::move(rule));
      }
    }
  }

  // After every folder is read: the lexicon is final, so rules that name outlets
  // can be checked against it.
  void Finish() {
    outlets.Finish();
    press_words.Finish();
    const std::string credit_tags = outlets.CreditTagPattern();
    for (PatternRule& rule : rules) {
      if (rule.pattern.find(kCreditTagPlaceholder) != std::string::npos) {
        rule.pattern = ExpandPlaceholder(std::move(rule.pattern), kCreditTagPlaceholder, credit_tags);
      }
    }
    for (const PatternRule& rule : rules) {
      if (rule.id.empty()) continue;
      if (rule.pattern.find(kOutletPlaceholder) != std::string::npos && outlets.empty()) {
        Error(rule.file, rule.line, rule.id, "uses {OUTLET} but no outlets file (provscore.outlets/1) is loaded");
      }
      if (const json::value* o = rule.fields.if_contains("outlet"); o && o->is_string() &&
          outlets.FindByAlias(o->as_string()) == nullptr) {
        Error(rule.file, rule.line, rule.id, "unknown outlet \"" + std::string(o->as_string()) + "\" (not in the outlet lexicon)");
      }
    }
  }

  bool ParseRule(const json::object& o, const std::string& file, size_t line, const std::string& id, PatternRule& rule) {
    static const std::set<std::string> kKnownKeys = {
        "id", "type", "languages", "where", "first_blocks", "last_blocks", "pattern",
        "case_sensitive", "confidence", "fields", "require", "description", "disabled"};
    bool ok = true;
    for (const auto& [key, value] : o) {
      if (!kKnownKeys.count(std::string(key))) {
        Error(file, line, id, "unknown key \"" + std::string(key) + "\"");
        ok = false;
      }
    }
    rule.id = id;
    rule.file = file;
    rule.line = line;
    rule.type = JsonString(o, "type");
    const auto& types = KnownSignalTypes();
    if (std::find(types.begin(), types.end(), rule.type) == types.end()) {
      Error(file, line, id, "unknown \"type\" \"" + rule.type + "\"");
      ok = false;
    }
    rule.pattern = JsonString(o, "pattern");
    if (rule.pattern.empty()) {
      Error(file, line, id, "no \"pattern\" string");
      ok = false;
    }
    rule.description = JsonString(o, "description");
    if (const json::value* w = o.if_contains("where"); w && w->is_array()) {
      for (const json::value& place : w->as_array()) {
        std::string p = place.is_string() ? std::string(place.as_string()) : "";
        if (p.rfind("boilerplate:", 0) == 0 && p.size() > 12) {
          rule.boilerplate_roles.push_back(p.substr(12));
          p = "boilerplate";
          if (std::find(rule.where.begin(), rule.where.end(), p) != rule.where.end()) continue;
        }
        if (PlaceIndex(p) == kPlaces.size()) {
          Error(file, line, id, "unknown \"where\" value \"" + p + "\" (use body, boilerplate, boilerplate:ROLE, byline, title, author_box)");
          ok = false;
        } else {
          rule.where.push_back(p);
        }
      }
    } else {
      Error(file, line, id, "\"where\" must be an array of places");
      ok = false;
    }
    if (const json::value* r = o.if_contains("require"); r && r->is_array()) {
      for (const json::value& field : r->as_array()) {
        if (field.is_string()) rule.require.emplace_back(field.as_string());
      }
    }
    if (const json::value* l = o.if_contains("languages"); l && l->is_array()) {
      for (const json::value& lang : l->as_array()) {
        if (lang.is_string()) rule.languages.emplace_back(lang.as_string());
      }
    }
    for (const char* key : {"first_blocks", "last_blocks"}) {
      if (const json::value* n = o.if_contains(key)) {
        if (!n->is_int64() || n->as_int64() < 0 || n->as_int64() > 1000) {
          Error(file, line, id, std::string("\"") + key + "\" must be a whole number from 0 to 1000");
          ok = false;
        } else {
          (std::string_view(key) == "first_blocks" ? rule.first_blocks : rule.last_blocks) =
              static_cast<int>(n->as_int64());
        }
      }
    }
    if (const json::value* c = o.if_contains("confidence")) {
      const double conf = c->is_double() ? c->as_double() : c->is_int64() ? static_cast<double>(c->as_int64()) : -1.0;
      if (conf < 0.0 || conf > 1.0) {
        Error(file, line, id, "\"confidence\" must be a number from 0 to 1");
        ok = false;
      }
      rule.confidence = conf;
    }
    if (const json::value* cs = o.if_contains("case_sensitive"); cs && cs->is_bool()) rule.case_sensitive = cs->as_bool();
    if (const json::value* f = o.if_contains("fields")) {
      if (!f->is_object()) {
        Error(file, line, id, "\"fields\" must be an object");
        ok = false;
      } else {
        rule.fields = f->as_object();
      }
    }
    if (validate_patterns && !rule.pattern.empty()) {
      RE2 re(ExpandPlaceholder(ExpandOutlets(rule.pattern, "(?:OUTLET)"), kCreditTagPlaceholder, "(?:TAG)"),
             RE2::Quiet);
      if (!re.ok()) {
        Error(file, line, id, "bad pattern: " + re.error());
        ok = false;
      }
    }
    return ok;
  }
};

RE2::Options PatternOptions(const PatternRule& rule, int64_t max_mem) {
  RE2::Options options;
  options.set_case_sensitive(rule.case_sensitive);
  options.set_log_errors(false);
  options.set_max_mem(max_mem);
  return options;
}

// Multi-line mode for every pattern: ^ and $ match at each line, so a body block
// (which always starts a line) can be anchored with ^. {OUTLET} becomes
// `alternation`: the whole lexicon in a rule's own regex, and in the sets, which
// only pre-filter, any run of characters on one line — a superset of every alias
// that keeps the sets small (a lexicon copy per rule made them slow to compile).
constexpr char kOutletPrefilter[] = "[^\n]+";

std::string EffectivePattern(const PatternRule& rule, const std::string& alternation) {
  return "(?m)" + ExpandOutlets(rule.pattern, alternation);
}

// {OUTLET} matched once per text. The lexicon's aliases are of two kinds: atoms,
// which hold no other alias, and composites, which do ("The Harbour Herald" holds
// "Harbour Herald", "KPA News" holds "KPA"). One regex of the atoms (compiled once)
// finds a text's atom occurrences, left to right and without overlap; a copy of the
// text has each replaced by a sentinel that names its atom, and an {OUTLET} rule's
// own regex, in which the slot is SlotLexicon::pattern (each composite written over
// its atoms' sentinels, in the lexicon's order, then any atom), runs on that copy;
// its matches and groups are mapped back, so a hit's offsets, text and `outlet` field
// are those of the text. A rule still takes the shorter alias it took before: the
// rule's own "the " before "Harbour Herald", "KPA" where "KPA News" does not fit.
// No rule regex holds the whole lexicon any more (compiling it into each of ~50
// rules, and its reverse program, was ~40% of a batch's CPU: bench/README.md).
//
// A sentinel keeps what a rule can see of its atom where it can: it opens and
// closes with the atom's own first and last code points (so RE2's ASCII-only \b, a
// capital a rule asks for, a CJK suffix glued on, read the same); its second code
// point names the atom (a Tangut letter); the others are the atom's own white space
// (line breaks, so ^ and $, and word counts stay) and letters of the case of the code
// point they stand for (Deseret), so that a rule's name-shaped run
// (\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}...)) still takes an alias it took before, and a
// bounded gap that crosses an alias ([^\n]{0,40}) counts what it counted (an atom of
// two code points gets one more; one of a single code point is followed by a
// private-use code point, no letter). Tangut and Deseret are all but absent from
// news text; such a code point the text itself holds is read in the copy as another
// of its kind (a letter of the same case, a private-use one) that no sentinel holds.
//
// What the copy cannot show: a rule whose own text (not its slot) spells an alias
// ("AP Member Exchange", "agency inputs") would not find it there, so such a rule
// runs on a copy that leaves the atoms of what it spells as written, and its slot
// reads those atoms as written (SpelledAliases, SlotLexicon::PlainMarks); and a rule
// part other than the slot that took only part of an atom, or two atoms that
// overlap in the text (the second is not seen), can match differently
// (tests/score/outlet_slot_test.cc compares every rule with the lexicon inlined).
constexpr char32_t kFillLower = 0x10429, kFillUpper = 0x10401;  // Deseret: a lower/upper-case letter
constexpr char32_t kFillOther = 0x18800;                         // Tangut component: any other code point
constexpr char32_t kAtomMulti = 0x17000;   // Tangut letters: + the index of an atom of 2+ code points
constexpr char32_t kAtomSingle = 0xF0000;  // private use, no letter: + the index of an atom of one
constexpr size_t kMaxMultiAtoms = 0x1000, kMaxSingleAtoms = 0x800;
// What fills a sentinel between its letter and its last code point: fill letters and
// the atom's own white space.
constexpr char kFillClass[] = "[\\x{10429}\\x{10401}\\x{18800}\\s\\x{A0}\\x{202F}]";

bool IsRe2WordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether a code point is one a sentinel is made of (Tangut, the fills, the private
// use letters of one-code-point atoms).
bool IsSentinelCodePoint(char32_t cp) {
  return (cp >= 0x17000 && cp <= 0x18AFF) || cp == kFillLower || cp == kFillUpper ||
         (cp >= kAtomSingle && cp < kAtomSingle + kMaxSingleAtoms);
}

bool IsFormSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == 0xA0 || cp == 0x202F;
}

// The fill a code point inside an atom becomes: itself when white space, else a
// letter of its case (Latin, Greek, Cyrillic), else kFillOther.
char32_t FillOf(char32_t cp) {
  if (IsFormSpace(cp)) return cp;
  if ((cp >= U'a' && cp <= U'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x3AC && cp <= 0x3CE) ||
      (cp >= 0x430 && cp <= 0x45F)) {
    return kFillLower;
  }
  if ((cp >= U'A' && cp <= U'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x386 && cp <= 0x3AB) ||
      (cp >= 0x400 && cp <= 0x42F)) {
    return kFillUpper;
  }
  return kFillOther;
}

// One code point of an alias form as a regex: a space is a run of white space, an
// apostrophe either apostrophe (as OutletLexicon's alias regexes read them).
void AppendFormCodePoint(std::string_view cp, std::string& out) {
  if (cp == " ") {
    out += "[\\s\\x{A0}\\x{202F}]+";
  } else if (cp == "'") {
    out += "['\\x{2019}]";
  } else {
    out += RE2::QuoteMeta(cp);
  }
}

// The code points of a string, as views.
std::vector<std::string_view> CodePoints(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    NextCodePoint(s, i);
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

// The lexicon split into atoms and composites, built the first time a text needs it.
struct SlotLexicon {
  std::unique_ptr<RE2> atoms;   // the atoms' alternation, in the lexicon's order
  std::vector<char32_t> mark;   // per atom: its Tangut letter
  std::string pattern;          // what {OUTLET} stands for in a rule run on a masked copy
  std::map<std::string, char32_t, std::less<>> mark_of;  // atom form -> its letter
  std::vector<std::string> forms;    // the lexicon's alias forms, in its order
  std::vector<std::string> regexes;  // each form's regex
  std::vector<size_t> composites;    // indexes into forms
  // Per composite: its pieces with every atom masked, and the letters of its atoms
  // (a slot that reads one of them as written cuts the composite anew).
  std::vector<std::vector<internal::AliasPiece>> masked_pieces;
  std::vector<std::vector<char32_t>> letters_in;
  std::map<std::string_view, size_t> atom_index;  // atom form -> index into mark
  std::vector<size_t> atom_form;     // per atom: its index into forms

  // The letter of the atom an occurrence is: its text with white space folded and ’
  // read as '; one not found (never, but for a form RE2 reads otherwise) gets the
  // shared last letter.
  char32_t MarkOf(std::string_view occurrence) const {
    std::string form;
    bool space = false;
    for (size_t i = 0; i < occurrence.size();) {
      const size_t start = i;
      const char32_t cp = NextCodePoint(occurrence, i);
      if (IsFormSpace(cp)) {
        space = true;
        continue;
      }
      if (space && !form.empty()) form += ' ';
      space = false;
      if (cp == 0x2019) {
        form += '\'';
      } else {
        form.append(occurrence.substr(start, i - start));
      }
    }
    auto it = mark_of.find(form);
    if (it != mark_of.end()) return it->second;
    return static_cast<char32_t>(CodePoints(occurrence).size() == 1 ? kAtomSingle + kMaxSingleAtoms - 1
                                                                    : kAtomMulti + kMaxMultiAtoms - 1);
  }

  SlotLexicon(const OutletLexicon& lexicon, int64_t max_mem) : forms(lexicon.AliasForms()), regexes(lexicon.AliasRegexes()) {
    std::set<std::string_view> known(forms.begin(), forms.end());
    // A form holds another where that one would match inside it: on code point
    // boundaries, and at an ASCII letter or digit end only next to a non-word byte.
    auto holds_another = [&known](std::string_view form) {
      const std::vector<std::string_view> cps = CodePoints(form);
      size_t from = 0;
      for (size_t i = 0; i < cps.size(); from += cps[i].size(), ++i) {
        if (cps[i] == " ") continue;
        if (i > 0 && IsRe2WordByte(cps[i][0]) && IsRe2WordByte(cps[i - 1].back())) continue;
        size_t to = from;
        for (size_t j = i; j < cps.size(); ++j) {
          to += cps[j].size();
          if (i == 0 && j + 1 == cps.size()) break;
          if (cps[j] == " ") continue;
          if (j + 1 < cps.size() && IsRe2WordByte(cps[j].back()) && IsRe2WordByte(cps[j + 1][0])) continue;
          if (known.count(form.substr(from, to - from))) return true;
        }
      }
      return false;
    };
    std::vector<std::string_view> atom_regexes;
    size_t singles = 0, multis = 0;
    for (size_t f = 0; f < forms.size(); ++f) {
      if (holds_another(forms[f])) {
        composites.push_back(f);
        continue;
      }
      const bool one = CodePoints(forms[f]).size() == 1;
      // Past the letters there are, atoms share the last one (a composite written
      // over such an atom may then also take another atom in its place).
      const size_t n = one ? singles++ : multis++;
      mark.push_back(static_cast<char32_t>(one ? kAtomSingle + std::min(n, kMaxSingleAtoms - 1)
                                               : kAtomMulti + std::min(n, kMaxMultiAtoms - 1)));
      mark_of.emplace(forms[f], mark.back());
      atom_index.emplace(forms[f], atom_regexes.size());
      atom_form.push_back(f);
      atom_regexes.push_back(regexes[f]);
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(max_mem);
    atoms = std::make_unique<RE2>(OutletLexicon::AliasAlternation(atom_regexes), options);
    for (const size_t f : composites) {
      masked_pieces.push_back(CompositePieces(forms[f], {}, &letters_in.emplace_back()));
    }
    pattern = Pattern({});
  }

  // The letters of the atoms a rule's own text spells (`spelled`: runs of its words,
  // ASCII lower-cased, that are aliases): every atom whose form, lower-cased, such a
  // run holds. A copy of the text made for that rule leaves them as written.
  std::set<char32_t> PlainMarks(const std::vector<std::string>& spelled) const {
    std::set<char32_t> plain;
    for (size_t a = 0; a < mark.size(); ++a) {
      const std::string lower = AsciiLower(forms[atom_form[a]]);
      for (const std::string& run : spelled) {
        if (run.find(lower) != std::string::npos) plain.insert(mark[a]);
      }
    }
    return plain;
  }

  // What {OUTLET} stands for in a rule run on a copy of the text whose atoms are
  // masked but for those with a letter in `plain` (MaskAliases), which it reads as
  // written. The composites are written as a trie of their pieces
  // (internal::PieceTrie): RE2 factors the literal prefixes composites share, but
  // not a white-space run or a sentinel's fills after one, which the flat
  // alternation copied once per composite ("The " and "Reuters " open dozens). The
  // same matches with the same preferences: the composites come in the lexicon's
  // order (one another starts with after it), and each piece shared matches in one
  // way only: a code point, a white-space run before a code point that is not
  // white space, a whole sentinel (its first code point, its letter, its fills
  // before its last code point, which is no fill).
  std::string Pattern(const std::set<char32_t>& plain) const {
    internal::PieceTrie trie;
    for (size_t c = 0; c < composites.size(); ++c) {
      const bool as_written = std::any_of(letters_in[c].begin(), letters_in[c].end(),
                                          [&plain](char32_t letter) { return plain.count(letter) > 0; });
      trie.Add(as_written ? CompositePieces(forms[composites[c]], plain) : masked_pieces[c]);
    }
    std::string out = "(?-i:(?:";
    if (!trie.empty()) out += trie.Alternation() + "|";
    // Any atom: its first code point, its letter, fills and its last code point; an
    // atom left as written, its own regex.
    out += "[^\\n][\\x{17000}-\\x{17FFF}]" + std::string(kFillClass) +
           "*[^\\x{10429}\\x{10401}\\x{18800}\\s\\x{A0}\\x{202F}]|[^\\n][\\x{F0000}-\\x{F07FF}]";
    for (size_t a = 0; a < mark.size(); ++a) {
      if (plain.count(mark[a])) out += "|" + regexes[atom_form[a]];
    }
    out += "))";
    return out;
  }

  // One composite over its atoms, as the atoms' regex reads the form itself: from
  // left to right, at the first code point where atoms match, the one first in the
  // lexicon's order (the greatest form), at an ASCII letter or digit end only next
  // to a non-word byte (the \b of its regex); an atom with a letter in `plain` as
  // written. One piece per code point, and per sentinel; `letters`, when given, gets
  // the letters of the atoms it holds.
  std::vector<internal::AliasPiece> CompositePieces(const std::string& form, const std::set<char32_t>& plain,
                                                    std::vector<char32_t>* letters = nullptr) const {
    std::vector<internal::AliasPiece> pieces;
    auto add = [&pieces](std::string regex) {
      std::string key = regex;
      pieces.push_back({std::move(regex), std::move(key)});
    };
    auto code_point = [](std::string_view cp) {
      std::string regex;
      AppendFormCodePoint(cp, regex);
      return regex;
    };
    const std::vector<std::string_view> cps = CodePoints(form);
    if (IsRe2WordByte(form.front())) add("\\b");
    size_t i = 0, from = 0;
    while (i < cps.size()) {
      std::string_view best;
      size_t best_end = 0;
      if (i == 0 || !IsRe2WordByte(cps[i][0]) || !IsRe2WordByte(cps[i - 1].back())) {
        size_t to = from;
        for (size_t j = i; j < cps.size(); ++j) {
          to += cps[j].size();
          if (j + 1 < cps.size() && IsRe2WordByte(cps[j].back()) && IsRe2WordByte(cps[j + 1][0])) continue;
          const std::string_view piece = std::string_view(form).substr(from, to - from);
          if (piece > best && atom_index.count(piece)) {
            best = piece;
            best_end = j + 1;
          }
        }
      }
      if (best.empty()) {
        add(code_point(cps[i]));
        from += cps[i++].size();
        continue;
      }
      const char32_t letter = mark[atom_index.at(best)];
      if (letters) letters->push_back(letter);
      if (plain.count(letter)) {  // as written
        for (; i < best_end; ++i) add(code_point(cps[i]));
        from += best.size();
        continue;
      }
      std::string sentinel = code_point(cps[i]);
      std::string utf8;
      AppendUtf8(letter, utf8);
      sentinel += RE2::QuoteMeta(utf8);
      if (best_end - i > 1) {
        sentinel += AtomFills(best, letter);
        AppendFormCodePoint(cps[best_end - 1], sentinel);
      }
      add(std::move(sentinel));
      from += best.size();
      i = best_end;
    }
    if (IsRe2WordByte(form.back())) add("\\b");
    return pieces;
  }

  // The fills between the letter and the last code point of a sentinel of the atom
  // `form`, as a composite reads them: only those the atom's own inner code points
  // become (FillOf; white space, of any kind and length, where the form has a
  // space), "" when there are none (an atom of two code points). The same matches
  // as kFillClass: a copy holds the letter only in the atom's sentinels, whose fills
  // are these (a letter atoms share past the last one gets kFillClass). The
  // composites' sentinels were ~40% of the slot's program with kFillClass each.
  std::string AtomFills(std::string_view form, char32_t letter) const {
    if (letter == kAtomMulti + kMaxMultiAtoms - 1) return std::string(kFillClass) + "*";
    const std::vector<std::string_view> cps = CodePoints(form);
    std::set<char32_t> fills;
    bool space = false;
    for (size_t i = 1; i + 1 < cps.size(); ++i) {
      size_t at = 0;
      const char32_t cp = NextCodePoint(cps[i], at);
      if (IsFormSpace(cp)) {
        space = true;
      } else {
        fills.insert(FillOf(cp));
      }
    }
    if (fills.empty() && !space) return "";
    std::string out = "[";
    for (const char32_t fill : fills) {
      std::string utf8;
      AppendUtf8(fill, utf8);
      out += RE2::QuoteMeta(utf8);
    }
    if (space) out += "\\s\\x{A0}\\x{202F}";
    return out + "]*";
  }
};

// A text with its atom occurrences replaced by sentinels, and the way back.
struct MaskedText {
  // [start, end) of the text is [masked_start, masked_end) of `text`.
  struct Span {
    size_t masked_start, masked_end, start, end;
  };
  std::string_view original;  // the text
  std::string text;
  std::vector<Span> spans;  // in order
  size_t aliases = 0;       // spans that are alias occurrences

  // The text's offset for an offset of the copy. Inside a sentinel, the code point
  // of the alias at the same rank (a sentinel has as many as its alias, but for one
  // of one or two code points: there, past the alias's last, its end).
  size_t Original(size_t masked) const {
    auto it = std::upper_bound(spans.begin(), spans.end(), masked,
                               [](size_t m, const Span& s) { return m < s.masked_start; });
    if (it == spans.begin()) return masked;
    const Span& s = *(it - 1);
    if (masked >= s.masked_end) return masked - s.masked_end + s.end;
    size_t rank = 0;
    for (size_t i = s.masked_start; i < masked; ++i) rank += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    size_t at = s.start;
    for (; rank > 0 && at < s.end; --rank) NextCodePoint(original, at);
    return at;
  }
};

// The occurrences of `lexicon`'s alternatives in `text`: leftmost first, without overlap.
struct Occurrence {
  size_t start, end;
};
std::vector<Occurrence> FindAtoms(const RE2& lexicon, std::string_view text) {
  std::vector<Occurrence> found;
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && lexicon.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data());
    const size_t end = start + m.size();
    if (end == start) {  // an empty alias cannot be written; never loop on one
      pos = start + 1;
      continue;
    }
    found.push_back({start, end});
    pos = end;
  }
  return found;
}

// `plain`: the letters of atoms left as written (SlotLexicon::PlainMarks).
MaskedText MaskAliases(const SlotLexicon& slot, std::string_view text, const std::set<char32_t>& plain) {
  MaskedText out;
  std::vector<Occurrence> atoms = FindAtoms(*slot.atoms, text);
  out.aliases = atoms.size();
  if (!plain.empty()) {
    atoms.erase(std::remove_if(atoms.begin(), atoms.end(),
                               [&](const Occurrence& o) {
                                 return plain.count(slot.MarkOf(text.substr(o.start, o.end - o.start))) > 0;
                               }),
                atoms.end());
  }
  // Which atom each occurrence is: its text, white space folded, is looked up
  // (SlotLexicon::MarkOf). Sentinel code points the text itself holds (UTF-8 led by
  // F0: Deseret, Tangut; F3: plane 15) get stand-ins.
  std::vector<std::pair<size_t, size_t>> foreign;
  std::vector<char32_t> stand_ins;  // per foreign code point: one of its kind that no sentinel holds
  for (size_t at = text.find_first_of("\xF0\xF3"); at != std::string_view::npos; at = text.find_first_of("\xF0\xF3", at + 1)) {
    size_t i = at;
    const char32_t cp = NextCodePoint(text, i);
    if (!IsSentinelCodePoint(cp)) continue;
    foreign.emplace_back(at, i);
    stand_ins.push_back(cp == kFillLower ? 0x1042B : cp == kFillUpper ? 0x10402 : cp >= kAtomSingle ? 0xF0800 : 0x18D00);
  }
  out.original = text;
  if (atoms.empty() && foreign.empty()) return out;
  std::vector<std::pair<size_t, size_t>> all;
  for (const Occurrence& o : atoms) all.emplace_back(o.start, o.end);
  all.insert(all.end(), foreign.begin(), foreign.end());
  std::sort(all.begin(), all.end());
  out.text.reserve(text.size() + 16);
  size_t copied = 0;
  for (const auto& [start, end] : all) {
    out.text.append(text.substr(copied, start - copied));
    const size_t masked_start = out.text.size();
    if (auto f = std::lower_bound(foreign.begin(), foreign.end(), std::make_pair(start, end));
        f != foreign.end() && *f == std::make_pair(start, end)) {
      AppendUtf8(stand_ins[static_cast<size_t>(f - foreign.begin())], out.text);
    } else {
      const std::string_view alias = text.substr(start, end - start);
      const std::vector<std::string_view> cps = CodePoints(alias);
      out.text.append(cps.front());
      AppendUtf8(slot.MarkOf(alias), out.text);
      if (cps.size() > 1) {
        for (size_t i = 2; i + 1 < cps.size(); ++i) {
          size_t at = 0;
          AppendUtf8(FillOf(NextCodePoint(cps[i], at)), out.text);
        }
        out.text.append(cps.back());
      }
    }
    out.spans.push_back({masked_start, out.text.size(), start, end});
    copied = end;
  }
  out.text.append(text.substr(copied));
  return out;
}

// The aliases of the lexicon a rule's own text (its pattern less its {OUTLET} slots,
// escapes, group names, flags and classes) spells, in any ASCII case: runs of up to
// four of its words, ASCII lower-cased. Such a rule cannot read them on a masked
// copy (an alias it spells is a sentinel there), so it runs on a copy that leaves
// the atoms of those runs as written (SlotLexicon::PlainMarks).
std::vector<std::string> SpelledAliases(std::string_view pattern, const OutletLexicon& lexicon) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(AsciiLower(word));
    word.clear();
  };
  for (size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    if (pattern.compare(i, kOutletPlaceholder.size(), kOutletPlaceholder) == 0) {
      flush();
      words.emplace_back();  // the slot parts the words on either side
      i += kOutletPlaceholder.size();
    } else if (c == '\\') {
      flush();
      // \p{..}, \x{..}: to the brace; any other escape is two bytes.
      const size_t brace = i + 2 < pattern.size() && pattern[i + 2] == '{' ? pattern.find('}', i) : std::string_view::npos;
      i = brace != std::string_view::npos ? brace + 1 : i + 2;
    } else if (c == '[') {
      flush();
      // A class matches one code point of its members, never a word of them.
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') j += pattern[j] == '\\' ? size_t{2} : size_t{1};
      i = j + 1;
    } else if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
      flush();
      // (?P<name>, (?-i:, (?i): to the end of the group's syntax.
      const size_t close = pattern.find_first_of(">:)", i);
      i = close == std::string_view::npos ? pattern.size() : close + 1;
    } else if (IsRe2WordByte(c) || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
      ++i;
    } else {
      flush();
      ++i;
    }
  }
  flush();
  std::vector<std::string> spelled;
  for (size_t first = 0; first < words.size(); ++first) {
    std::string run;
    for (size_t n = 0; n < 4 && first + n < words.size() && !words[first + n].empty(); ++n) {
      if (n > 0) run += ' ';
      run += words[first + n];
      if (lexicon.FindByLowerCaseAlias(run) != nullptr) spelled.push_back(run);
    }
  }
  return spelled;
}

}  // namespace

std::string RuleDiagnostic::ToString() const {
  std::string out = file;
  if (!file.empty() && line > 0) out += ":" + std::to_string(line);
  if (!out.empty()) out += ": ";
  if (!rule_id.empty()) out += "rule " + rule_id + ": ";
  return out + message;
}

const std::vector<std::string>& KnownSignalTypes() {
  static const std::vector<std::string> kTypes = {
      "wire_attribution", "translation_notice", "author_bio_boilerplate", "injected_cross_link",
      "encoding_corruption", "promotional_boilerplate", "page_residue", "correction_notice"};
  return kTypes;
}

struct RuleSet::Compiled {
  // The rules one set of a place holds: one file's rules, those with {OUTLET} apart.
  struct Family {
    std::string_view file;
    bool outlet = false;
    bool needs_atom = false;  // masked, and every match holds {OUTLET}
    bool operator==(const Family& o) const {
      return file == o.file && outlet == o.outlet && needs_atom == o.needs_atom;
    }
  };
  // One place's rules, one RE2::Set per run of consecutive rules of one family. A
  // many-match DFA's state is where every rule of its set stands, so one DFA over
  // all of a place's rules meets new combinations of unrelated rules' states on
  // every new text and builds states for them (most of the sets' cost in a batch);
  // a DFA per run meets far fewer (and caches less). The {OUTLET} rules'
  // pre-filter ([^\n]+ for the slot) keeps them alive across whole lines, so they
  // get sets of their own. Runs rather than whole families: the smaller sets count
  // fewer instructions still (bench/README.md). And runs of at most kMaxSetRules
  // rules: each state of a set's DFA lists where every one of its rules stands, so
  // a large set builds large states, and many, on every new text (the 94 author-box
  // rules of a page's author boxes took 70 ms of a 199-page batch for 10 KB of text;
  // in sets of 8, 19 ms; bench/README.md, "Session 14"). Same rules passed: the
  // union of the sets'.
  // One set, filled and compiled the first time a text of a place that holds it is
  // matched: a place with no text on a page (no author box, no byline) costs
  // nothing to load, and a one-page run parses and compiles only the places it
  // meets (start-up, bench/README.md). Parsing a pattern case-insensitively costs
  // about three times a case-sensitive parse (each folded literal and class), so
  // Load parses each rule's set pattern once, case-sensitively, to report a bad
  // pattern (RE2's parser reports the same errors under any case folding: folding
  // changes which runes a literal or a class holds, not the syntax), and the sets
  // parse it again, folded, when they are first needed. Places whose runs of rules
  // are the same (a file's rules read in the body and the boilerplate) share one
  // set: one parse, one compile, one DFA cache.
  // A set over its memory budget (RuleSetOptions::set_max_mem) cannot fail Load:
  // it passes every rule it holds instead, and each rule's own regex decides,
  // which is what the set would have pre-filtered to (same hits, slower).
  static constexpr size_t kMaxSetRules = 8;
  struct LazySet {
    std::vector<size_t> rule_of;  // set index -> rule index
    // Every rule it holds runs on the masked copy and needs an alias there
    // (Family::needs_atom): a text in which the atoms' regex finds none cannot pass
    // any of them, so the set is not run on it (most texts, and the {OUTLET} sets'
    // DFAs are the costly ones: 130 ms of a 199-page batch went to such texts).
    bool needs_atom = false;
    std::once_flag once;
    std::unique_ptr<RE2::Set> set;  // null until compiled, and when it could not be
    std::atomic<bool> tried{false};  // Compile ran (set_counts)
    // Whether the set is usable: on the first call, adds its rules' set patterns and
    // compiles them. Thread-safe.
    bool Compile(const Compiled& compiled) {
      std::call_once(once, [this, &compiled] {
        auto built = std::make_unique<RE2::Set>(compiled.set_options, RE2::UNANCHORED);
        for (const size_t rule : rule_of) {
          // Checked at load; a failure here would only pass every rule on.
          if (built->Add(compiled.set_patterns[rule], nullptr) < 0) {
            tried = true;
            return;
          }
        }
        if (built->Compile()) set = std::move(built);
        tried = true;
      });
      return set != nullptr;
    }
  };
  struct PlaceSet {
    std::vector<std::shared_ptr<LazySet>> sets;  // a set may be shared with other places
  };
  std::array<PlaceSet, kPlaces.size()> places;
  // The places' sets: case-insensitive, RuleSetOptions::set_max_mem. The sets only
  // pre-filter; case folding is per rule, so a case-sensitive rule is added
  // case-insensitively and confirmed by its own regex.
  RE2::Options set_options;
  // Each rule's set pattern (internal::WidenUnicodeClasses and WidenCountedRepeats
  // of the pattern with {OUTLET} as kOutletPrefilter), parallel to rules_.
  std::vector<std::string> set_patterns;
  // Each rule's own regex, compiled the first time the set says the rule matched
  // (most rules never match most pages, and compiling is the cost of loading).
  // Up to three regexes per rule, by the scripts of the texts it meets
  // (internal::ScriptGroups): a text of the common scripts alone (Latin,
  // punctuation, symbols) gets the rule with its Unicode classes cut to those code
  // points, one that also holds Greek, Cyrillic, Arabic, CJK or Indic letters gets
  // them cut to the common scripts and all four groups, and a text with a code point
  // of no group gets the regex as written: the same matches on each such text, a
  // tenth (common) or about half (all groups) of the program for a class-heavy
  // rule. One regex per group set met would compile a large rule five or six times
  // in a batch of many languages, more than the regex as written once
  // (bench/README.md, "Session 13"). A regex compiled for more scripts serves a
  // text of fewer (same matches), so one compiled first is used for all it can.
  struct LazyRegex {
    std::string pattern;
    bool slot = false;  // `pattern` still holds {OUTLET}: Get() is given what it stands for
    bool narrow = false;  // the pattern names a Unicode class (\p, \P): narrowing can help
    RE2::Options options;
    struct Variant {
      std::once_flag once;
      std::unique_ptr<RE2> re;
      std::atomic<bool> ready{false};
    };
    // The common scripts, all four groups beside them, and the regex as written.
    static constexpr internal::ScriptGroups kTiers[] = {internal::kCommonScripts, internal::kAllScripts - 1,
                                                        internal::kAllScripts};
    std::array<Variant, std::size(kTiers)> variants;
    const RE2& Get(const std::string& slot_pattern = {}, internal::ScriptGroups groups = internal::kAllScripts) {
      size_t tier = std::size(kTiers) - 1;
      if (narrow) {
        tier = groups == internal::kCommonScripts ? 0 : groups == internal::kAllScripts ? 2 : 1;
      }
      for (size_t wider = tier; wider < variants.size(); ++wider) {
        if (variants[wider].ready.load(std::memory_order_acquire)) return *variants[wider].re;
      }
      Variant& v = variants[tier];
      std::call_once(v.once, [&] {
        const std::string full = slot ? ExpandOutlets(pattern, slot_pattern) : pattern;
        v.re = std::make_unique<RE2>(
            kTiers[tier] == internal::kAllScripts
                ? full
                : internal::NarrowUnicodeClasses(full, !options.case_sensitive(), kTiers[tier]),
            options);
        // Never seen; but a narrowed regex RE2 rejected would match nothing.
        if (!v.re->ok() && kTiers[tier] != internal::kAllScripts) v.re = std::make_unique<RE2>(full, options);
        v.ready.store(true, std::memory_order_release);
      });
      return *v.re;
    }
  };
  std::vector<std::unique_ptr<LazyRegex>> regexes;  // parallel to rules_

  // {OUTLET} rules. A rule's own regex has the whole lexicon (some 1,900 aliases)
  // inlined, which costs as much to compile as a place's set: it is compiled only
  // when the rule is first needed. Most such rules can match only where an alias
  // occurs (needs_alias: every match holds {OUTLET}), so a text is first asked,
  // once, whether any alias occurs in it (alias_any: the lexicon alone, first
  // match), and those rules are not run on a text with none. Same hits: a rule
  // that needs an alias cannot match a text without one.
  LazyRegex alias_any;            // OutletLexicon::AliasPattern() alone (only with the lexicon inlined)
  std::vector<bool> needs_alias;  // parallel to rules_
  // {OUTLET} rules whose regex has kSlotPattern for the slot and runs on the text
  // with its aliases masked (MaskedText); the others hold the lexicon inlined.
  std::vector<bool> masked;  // parallel to rules_
  // Per rule: 0, or 1 + the index into `spelled` of the aliases its own text spells
  // (SpelledAliases): such a rule runs on a copy that leaves their atoms as written,
  // one copy per distinct list, and its slot reads those atoms as written. (Until
  // session 14 such rules held the lexicon inlined: a 130-170 k instruction
  // program and its reverse program, 130 ms of a 199-page batch.)
  std::vector<size_t> copy_of;  // parallel to rules_
  std::vector<std::vector<std::string>> spelled;
  // The lexicon as atoms and composites, built when a text first reaches such a rule;
  // and per list of spelled aliases, the atoms left as written, and the slot, built
  // when a rule run on that copy is first compiled (most pages compile none of those
  // few rules, and a slot is ~7 M instructions to write: a tenth of the start-up).
  struct Plain {
    std::set<char32_t> marks;
    std::once_flag once;
    std::string pattern;
  };
  std::once_flag slot_once;
  std::unique_ptr<SlotLexicon> slot;
  std::vector<std::unique_ptr<Plain>> plain;  // parallel to spelled
  int64_t slot_max_mem = 0;
  const SlotLexicon& Slot(const OutletLexicon& lexicon) {
    std::call_once(slot_once, [&] {
      slot = std::make_unique<SlotLexicon>(lexicon, slot_max_mem);
      for (const std::vector<std::string>& runs : spelled) {
        plain.push_back(std::make_unique<Plain>());
        plain.back()->marks = slot->PlainMarks(runs);
      }
    });
    return *slot;
  }
  // The slot of the copy `copy` (copy_of): the masked copy's or a Plain one's.
  const std::string& SlotPattern(const OutletLexicon& lexicon, size_t copy) {
    const SlotLexicon& lexicon_slot = Slot(lexicon);
    if (copy == 0) return lexicon_slot.pattern;
    Plain& p = *plain[copy - 1];
    std::call_once(p.once, [&] { p.pattern = lexicon_slot.Pattern(p.marks); });
    return p.pattern;
  }
  // The letters the copy `copy` leaves as written (MaskAliases): none for the masked copy.
  const std::set<char32_t>& PlainMarks(size_t copy) const {
    static const std::set<char32_t> kNone;
    return copy == 0 ? kNone : plain[copy - 1]->marks;
  }
  // Rules whose every match starts at a line start (internal::EveryMatchStartsAtLine):
  // their hits are found by MatchFromLineStart, without RE2's reverse program.
  std::vector<bool> line_anchored;  // parallel to rules_
};

namespace {

// Line starts MatchFromLineStart tries before it hands over to RE2's own search.
constexpr size_t kMaxLineStarts = 4096;

// The match RE2's unanchored search finds in text[pos, end), for a regex whose
// every match starts at a line start (^ in multi-line mode): the first line start
// at or after pos where an anchored match exists, and there the match RE2's
// leftmost-first order prefers, which is what the unanchored search returns. An
// unanchored search with submatches also runs RE2's reverse program to find where
// the match starts, and compiling that costs as much as the regex itself (the
// whole lexicon for an {OUTLET} rule: ~0.12 G instructions, once per rule per
// process); an anchored one needs none. Past kMaxLineStarts tried line starts
// the rest of the text is asked whether it matches at all (a forward DFA pass) and
// then goes to RE2's unanchored search (same match: none starts before), so a text
// of a million short lines costs no more than before.
bool MatchFromLineStart(const RE2& re, std::string_view text, size_t pos, re2::StringPiece* sub, int n) {
  size_t tried = 0;
  size_t p = pos;
  while (p <= text.size()) {
    if (p == 0 || text[p - 1] == '\n') {
      if (++tried > kMaxLineStarts) {
        // Whether the rest matches at all first (a forward DFA pass): the unanchored
        // search with submatches would compile RE2's reverse program.
        if (!re.Match(text, p, text.size(), RE2::UNANCHORED, nullptr, 0)) return false;
        return re.Match(text, p, text.size(), RE2::UNANCHORED, sub, n);
      }
      if (re.Match(text, p, text.size(), RE2::ANCHOR_START, sub, n)) return true;
    }
    const size_t newline = text.find('\n', p);
    if (newline == std::string_view::npos) return false;
    p = newline + 1;
  }
  return false;
}

}  // namespace

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

std::vector<RuleDiagnostic> RuleSet::Check(const std::vector<fs::path>& dirs) {
  Loader loader;
  for (const fs::path& dir : dirs) loader.LoadDir(dir);
  loader.Finish();
  if (loader.version.empty() && loader.diagnostics.empty()) {
    loader.Error(dirs.empty() ? std::string() : dirs.front().string(), 0, "",
                 "no manifest.json with a \"version\" was found");
  }
  return loader.diagnostics;
}

Result<std::shared_ptr<const RuleSet>> RuleSet::Load(const std::vector<fs::path>& dirs, RuleSetOptions options) {
  Loader loader;
  loader.validate_patterns = false;
  for (const fs::path& dir : dirs) loader.LoadDir(dir);
  loader.Finish();
  if (loader.version.empty() && loader.diagnostics.empty()) {
    loader.Error(dirs.empty() ? std::string() : dirs.front().string(), 0, "",
                 "no manifest.json with a \"version\" was found");
  }
  if (!loader.diagnostics.empty()) {
    std::string message = "invalid rules (" + std::to_string(loader.diagnostics.size()) + " problems):";
    for (const RuleDiagnostic& d : loader.diagnostics) message += "\n  " + d.ToString();
    return ParseError(message);
  }
  std::shared_ptr<RuleSet> set(new RuleSet());
  set->version_ = loader.version;
  set->digest_ = "sha256:" + Sha256Hex(loader.digest_input).substr(0, 16);
  set->language_names_ = std::move(loader.language_names);
  set->scoring_ = std::move(loader.scoring);
  set->outlets_ = std::move(loader.outlets);
  set->press_words_ = std::move(loader.press_words);
  set->dirs_ = dirs;
  for (PatternRule& r : loader.rules) {
    if (!r.id.empty()) set->rules_.push_back(std::move(r));
  }
  auto compiled = std::make_unique<Compiled>();
  compiled->set_options.set_case_sensitive(false);
  compiled->set_options.set_log_errors(false);
  compiled->set_options.set_max_mem(options.set_max_mem);
  // The whole lexicon as one pattern (a trie of ~2,350 aliases, ~68 M instructions
  // to write: a tenth of a one-page run) serves only the rules that hold it inlined,
  // which exist only when the slot is not matched once per text.
  const std::string alias_pattern = options.match_outlets_once ? std::string() : set->outlets_.AliasPattern();
  compiled->alias_any.pattern = alias_pattern;
  compiled->alias_any.options.set_log_errors(false);
  compiled->alias_any.options.set_max_mem(options.set_max_mem);
  compiled->slot_max_mem = options.set_max_mem;
  // Each place's runs of rules, one run per set: a rule of another family than the
  // place's last one opens a new run.
  std::array<std::vector<std::vector<size_t>>, kPlaces.size()> runs;
  std::array<std::optional<Compiled::Family>, kPlaces.size()> last_family;
  RE2::Options check_options = compiled->set_options;
  check_options.set_case_sensitive(true);  // the same errors as a folded parse, at a third of its cost
  for (size_t i = 0; i < set->rules_.size(); ++i) {
    const PatternRule& rule = set->rules_[i];
    compiled->set_patterns.push_back(
        internal::WidenCountedRepeats(internal::WidenUnicodeClasses(EffectivePattern(rule, kOutletPrefilter))));
    compiled->needs_alias.push_back(rule.pattern.find(kOutletPlaceholder) != std::string::npos &&
                                    internal::EveryMatchContains(rule.pattern, kOutletPlaceholder));
    compiled->line_anchored.push_back(internal::EveryMatchStartsAtLine(rule.pattern));
    const bool masked = options.match_outlets_once && rule.pattern.find(kOutletPlaceholder) != std::string::npos;
    compiled->masked.push_back(masked);
    size_t copy = 0;
    if (masked) {
      std::vector<std::string> spelled = SpelledAliases(rule.pattern, set->outlets_);
      if (!spelled.empty()) {
        auto it = std::find(compiled->spelled.begin(), compiled->spelled.end(), spelled);
        if (it == compiled->spelled.end()) it = compiled->spelled.insert(it, std::move(spelled));
        copy = 1 + static_cast<size_t>(it - compiled->spelled.begin());
      }
    }
    compiled->copy_of.push_back(copy);
    auto lazy = std::make_unique<Compiled::LazyRegex>();
    lazy->pattern = masked ? "(?m)" + rule.pattern : EffectivePattern(rule, alias_pattern);
    lazy->slot = masked;
    lazy->narrow = options.narrow_unicode_classes &&
                   (lazy->pattern.find("\\p") != std::string::npos || lazy->pattern.find("\\P") != std::string::npos);
    lazy->options = PatternOptions(rule, options.set_max_mem);
    compiled->regexes.push_back(std::move(lazy));
    if (rule.where.empty()) continue;
    // The one parse at load: the check (the sets parse the pattern again, folded).
    std::string error;
    if (RE2::Set(check_options, RE2::UNANCHORED).Add(compiled->set_patterns.back(), &error) < 0) {
      // The error as the pattern was written (Unicode classes not widened): a
      // message may quote the pattern.
      RE2::Set(check_options, RE2::UNANCHORED)
          .Add(internal::WidenCountedRepeats(EffectivePattern(rule, kOutletPrefilter)), &error);
      return ParseError(rule.file + ":" + std::to_string(rule.line) + ": rule " + rule.id + ": bad pattern: " + error);
    }
    for (const std::string& where : rule.where) {
      const size_t place = PlaceIndex(where);
      const Compiled::Family family{rule.file, rule.pattern.find(kOutletPlaceholder) != std::string::npos,
                                    masked && compiled->needs_alias.back()};
      std::optional<Compiled::Family>& last = last_family[place];
      if (!last || !(*last == family) || runs[place].back().size() >= Compiled::kMaxSetRules) {
        runs[place].emplace_back();
        last = family;
      }
      runs[place].back().push_back(i);
    }
  }
  // One set per distinct run: places with the same run share its set.
  std::map<std::vector<size_t>, std::shared_ptr<Compiled::LazySet>> set_of_run;
  for (size_t place = 0; place < kPlaces.size(); ++place) {
    for (std::vector<size_t>& run : runs[place]) {
      std::shared_ptr<Compiled::LazySet>& shared = set_of_run[run];
      if (!shared) {
        shared = std::make_shared<Compiled::LazySet>();
        shared->needs_atom = std::all_of(run.begin(), run.end(), [&](size_t rule) {
          return compiled->masked[rule] && compiled->needs_alias[rule];
        });
        shared->rule_of = std::move(run);
      }
      compiled->places[place].sets.push_back(shared);
    }
  }
  set->compiled_ = std::move(compiled);
  return std::shared_ptr<const RuleSet>(std::move(set));
}

std::string RuleSet::LanguageCode(std::string_view name) const {
  const std::string key = AsciiLower(CollapseWhitespace(name));
  if (key.empty()) return "";
  if (auto it = language_names_.find(key); it != language_names_.end()) return it->second;
  // Inflected forms ("russischen", "російської"): the longest listed name that
  // starts the captured word, when it is long enough to be unambiguous.
  std::string best;
  size_t best_len = 0;
  for (const auto& [listed, code] : language_names_) {
    if (listed.size() >= 4 && listed.size() > best_len && key.compare(0, listed.size(), listed) == 0) {
      best = code;
      best_len = listed.size();
    }
  }
  return best;
}

RuleSet::SetCounts RuleSet::set_counts() const {
  std::set<const Compiled::LazySet*> seen;
  SetCounts counts;
  for (const Compiled::PlaceSet& place : compiled_->places) {
    for (const std::shared_ptr<Compiled::LazySet>& lazy_set : place.sets) {
      if (!seen.insert(lazy_set.get()).second) continue;
      ++counts.sets;
      if (lazy_set->tried) ++counts.compiled;
    }
  }
  return counts;
}

std::vector<RuleHit> RuleSet::Match(const Article& article) const { return Match(article, {}, nullptr); }

std::vector<RuleHit> RuleSet::Match(const Article& article, const std::function<bool()>& expired, bool* stopped) const {
  std::vector<RuleHit> hits;
  // Bytes of text searched so far, and when the deadline is read next.
  size_t searched = 0;
  size_t next_check = kMatchCheckBytes;
  bool stop = false;
  auto out_of_time = [&] {
    if (stop) return true;
    if (!expired || searched < next_check) return false;
    next_check = searched + kMatchCheckBytes;
    stop = expired();
    return stop;
  };
  auto block_of = [&article](size_t offset) -> size_t {
    const auto& blocks = article.blocks;
    auto it = std::upper_bound(blocks.begin(), blocks.end(), offset,
                               [](size_t off, const TextBlock& b) { return off < b.start; });
    return it == blocks.begin() ? 0 : static_cast<size_t>(it - blocks.begin() - 1);
  };

  auto scan = [&](size_t place, std::string_view text, size_t block_index) {
    const Compiled::PlaceSet& ps = compiled_->places[place];
    if (text.empty() || out_of_time()) return;
    searched += text.size();
    // The rules any of the place's sets passes, in rule order.
    std::vector<size_t> passed;
    std::vector<int> matched;
    // Whether the atoms' regex finds an alias in `text` (MaskedText::aliases > 0),
    // asked once, by the first set whose rules all need one.
    std::optional<bool> any_atom;
    for (const std::shared_ptr<Compiled::LazySet>& lazy_set : ps.sets) {
      if (lazy_set->needs_atom) {
        if (!any_atom) {
          searched += text.size();
          any_atom = compiled_->Slot(outlets_).atoms->Match(text, 0, text.size(), RE2::UNANCHORED, nullptr, 0);
        }
        if (!*any_atom) continue;
      }
      if (!lazy_set->Compile(*compiled_)) {  // over its memory budget: every rule it holds passes
        passed.insert(passed.end(), lazy_set->rule_of.begin(), lazy_set->rule_of.end());
        continue;
      }
      if (!lazy_set->set->Match(text, &matched)) continue;
      for (const int set_index : matched) passed.push_back(lazy_set->rule_of[static_cast<size_t>(set_index)]);
    }
    if (passed.empty()) return;
    // Whether any alias of the lexicon occurs in `text`: asked once, by the first
    // rule with the lexicon inlined that needs an alias.
    std::optional<bool> any_alias;
    auto has_alias = [&] {
      if (!any_alias) {
        searched += text.size();
        any_alias = compiled_->alias_any.Get().Match(text, 0, text.size(), RE2::UNANCHORED, nullptr, 0);
      }
      return *any_alias;
    };
    // The text with its aliases masked (copy 0; copy n > 0 leaves the atoms of
    // Compiled::spelled[n - 1] as written), each built by the first rule that runs on it.
    std::vector<std::optional<MaskedText>> masked_texts(1 + compiled_->spelled.size());
    auto masked = [&](size_t copy) -> const MaskedText& {
      std::optional<MaskedText>& masked_text = masked_texts[copy];
      if (!masked_text) {
        searched += text.size();
        const SlotLexicon& slot = compiled_->Slot(outlets_);
        masked_text = MaskAliases(slot, text, compiled_->PlainMarks(copy));
      }
      return *masked_text;
    };
    // The script groups of the text (0) and of its masked copies (1 + copy), read once each.
    std::vector<std::optional<internal::ScriptGroups>> scripts(2 + compiled_->spelled.size());
    auto scripts_of = [&](size_t of, std::string_view subject) {
      std::optional<internal::ScriptGroups>& groups = scripts[of];
      if (!groups) groups = internal::ScriptGroupsOf(subject);
      return *groups;
    };
    std::sort(passed.begin(), passed.end());
    for (const size_t rule_index : passed) {
      const PatternRule& rule = rules_[rule_index];
      if (place == 1 && !rule.boilerplate_roles.empty() &&
          std::find(rule.boilerplate_roles.begin(), rule.boilerplate_roles.end(),
                    article.boilerplate[block_index].role) == rule.boilerplate_roles.end()) {
        continue;
      }
      if (out_of_time()) return;
      // What the rule's regex runs on: the text, or its masked copy (offsets mapped back).
      const MaskedText* mask = nullptr;
      const size_t copy = compiled_->copy_of[rule_index];
      if (compiled_->masked[rule_index]) {
        mask = &masked(copy);
        if (compiled_->needs_alias[rule_index] && mask->aliases == 0) continue;
        if (mask->spans.empty()) mask = nullptr;
      } else if (compiled_->needs_alias[rule_index] && !has_alias()) {
        continue;
      }
      const std::string_view subject = mask ? std::string_view(mask->text) : text;
      auto original = [mask](size_t offset) { return mask ? mask->Original(offset) : offset; };
      Compiled::LazyRegex& lazy = *compiled_->regexes[rule_index];
      const internal::ScriptGroups groups_of_subject =
          lazy.narrow ? scripts_of(mask ? 1 + copy : 0, subject) : internal::kAllScripts;
      static const std::string kNoSlot;
      const RE2& re = lazy.Get(lazy.slot ? compiled_->SlotPattern(outlets_, copy) : kNoSlot, groups_of_subject);
      // Whether the rule matches at all first: that is a forward DFA pass alone. A
      // search for where a match starts also needs RE2's reverse program, which RE2
      // compiles on first use; most rules the set passes never match. Not for a
      // rule searched from line starts: that search needs no reverse program, and
      // the "any match?" pass would build a second forward DFA (RE2's longest-match
      // one, beside the first-match one the anchored searches use), whose scratch
      // space is sized by the program: ~60 MB of a batch's peak for the largest
      // line-anchored rules (bench/README.md, "Session 12").
      searched += subject.size();
      const bool line_anchored = compiled_->line_anchored[rule_index];
      if (!line_anchored && !re.Match(subject, 0, subject.size(), RE2::UNANCHORED, nullptr, 0)) continue;
      const int groups = re.NumberOfCapturingGroups();
      std::vector<re2::StringPiece> sub(static_cast<size_t>(groups) + 1);
      size_t pos = 0;
      while (pos <= subject.size() && !out_of_time() &&
             (line_anchored ? MatchFromLineStart(re, subject, pos, sub.data(), groups + 1)
                            : re.Match(subject, pos, subject.size(), RE2::UNANCHORED, sub.data(), groups + 1))) {
        const size_t masked_start = static_cast<size_t>(sub[0].data() - subject.data());
        const size_t masked_end = masked_start + sub[0].size();
        searched += masked_end - pos;
        pos = masked_end > masked_start ? masked_end : masked_end + 1;
        size_t start = original(masked_start);
        size_t end = original(masked_end);
        // Evidence is the phrase itself: white space a pattern took at either end
        // (say a \s* after ^ that crossed a blank line) is not part of it.
        const std::string_view trimmed = TrimAscii(text.substr(start, end - start));
        if (trimmed.empty()) continue;
        start = static_cast<size_t>(trimmed.data() - text.data());
        end = start + trimmed.size();
        RuleHit hit;
        hit.rule = &rule;
        hit.where = std::string(kPlaces[place]);
        hit.block = place == 0 ? block_of(start) : block_index;
        if (place == 0 && !article.blocks.empty()) {
          const size_t n = article.blocks.size();
          if (rule.first_blocks > 0 && hit.block >= static_cast<size_t>(rule.first_blocks)) continue;
          if (rule.last_blocks > 0 && hit.block + static_cast<size_t>(rule.last_blocks) < n) continue;
        }
        hit.start = start;
        hit.end = end;
        hit.text = std::string(text.substr(start, end - start));
        hit.fields = rule.fields;
        for (const auto& [name, index] : re.NamedCapturingGroups()) {
          const re2::StringPiece& g = sub[static_cast<size_t>(index)];
          if (g.data() == nullptr) continue;
          const size_t split = name.find("__");
          if (split != std::string::npos) {
            hit.fields[name.substr(0, split)] = FieldLiteral(name.substr(split + 2));
            continue;
          }
          const size_t group_start = static_cast<size_t>(g.data() - subject.data());
          const size_t from = original(group_start);
          const size_t to = g.empty() ? from : original(group_start + g.size());
          std::string value = CollapseWhitespace(text.substr(from, to - from));
          if (name.rfind("outlet", 0) == 0) {
            // The alias as printed, not the canonical outlet: the lexicon entry it
            // names may be an ambiguous short form of an agency ("AA" of Anadolu),
            // which counts only in a strong position. Detectors resolve it.
            // A credit tag ("واس") counts only where a rule reads it ({CREDIT_TAG}).
            const bool known = outlets_.FindByAlias(value) != nullptr || outlets_.FindByCreditTag(value) != nullptr;
            hit.fields[name] = known ? json::value(value) : json::value(nullptr);
          } else if (name.size() > 5 && name.compare(name.size() - 5, 5, "_lang") == 0) {
            const std::string code = LanguageCode(value);
            hit.fields[name] = code.empty() ? json::value(nullptr) : json::value(code);
          } else {
            hit.fields[name] = value;
          }
        }
        const bool complete = std::all_of(rule.require.begin(), rule.require.end(), [&hit](const std::string& f) {
          const json::value* v = hit.fields.if_contains(f);
          return v && !v->is_null();
        });
        if (complete) hits.push_back(std::move(hit));
      }
    }
  };

  scan(0, article.text, 0);
  for (size_t i = 0; i < article.boilerplate.size(); ++i) {
    if (article.boilerplate[i].role == "hidden") continue;  // not shown to readers
    scan(1, article.boilerplate[i].text, i);
  }
  for (size_t i = 0; i < article.byline_lines.size(); ++i) scan(2, article.byline_lines[i], i);
  scan(3, article.title, 0);
  for (size_t i = 0; i < article.author_boxes.size(); ++i) scan(4, article.author_boxes[i].text, i);

  if (stopped) *stopped = stop;
  std::stable_sort(hits.begin(), hits.end(), [](const RuleHit& a, const RuleHit& b) {
    const size_t pa = PlaceIndex(a.where), pb = PlaceIndex(b.where);
    if (pa != pb) return pa < pb;
    if (a.block != b.block) return a.block < b.block;
    return a.start < b.start;
  });
  return hits;
}

}  // namespace provscore
