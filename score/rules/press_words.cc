#include "score/rules/press_words.h"

#include <re2/re2.h>

#include <algorithm>
#include <mutex>
#include <boost/json/serialize.hpp>

#include "base/host_name.h"
#include "base/text.h"

namespace provscore {
namespace {

namespace json = boost::json;

constexpr std::string_view kSchema = "provscore.press_words/1";
constexpr size_t kMaxNameWords = 8;
constexpr size_t kMaxNameBytes = 100;

size_t LineOfKey(std::string_view text, std::string_view key) {
  const size_t pos = text.find("\"" + std::string(key) + "\"");
  if (pos == std::string_view::npos) return 0;
  return static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n')) + 1;
}

// The line of `value` inside the list `key`, itself inside the object `parent`
// ("" for the top level): an entry of a list is reported on its own line.
size_t LineOfEntry(std::string_view text, std::string_view parent, std::string_view key, const json::value& value) {
  size_t pos = 0;
  if (!parent.empty()) {
    pos = text.find("\"" + std::string(parent) + "\"");
    if (pos == std::string_view::npos) return LineOfKey(text, key);
  }
  pos = text.find("\"" + std::string(key) + "\"", pos);
  if (pos == std::string_view::npos) return LineOfKey(text, key);
  const size_t entry = text.find(json::serialize(value), pos);
  if (entry != std::string_view::npos) pos = entry;
  return static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n')) + 1;
}

// Whether a word is written in a script without spaces between words (its first
// code point): such a word ends a name rather than standing in it as a word.
bool IsUnspacedWord(std::string_view word) {
  size_t i = 0;
  return !word.empty() && IsUnspacedScript(NextCodePoint(word, i));
}

// An alternation of `words` for RE2, each a literal whose spaces match any run of
// white space.
std::string Alternation(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    std::string quoted = RE2::QuoteMeta(w);
    std::string spaced;
    for (size_t i = 0; i < quoted.size(); ++i) {
      if (quoted[i] == '\\' && i + 1 < quoted.size() && quoted[i + 1] == ' ') {
        spaced += "\\s+";
        ++i;
      } else {
        spaced += quoted[i];
      }
    }
    if (!out.empty()) out += '|';
    out += spaced;
  }
  return out;
}

// The search pattern of a word list: spaced-script words as whole words in any
// case; unspaced-script words at the end of a word (after at least one more code
// point when `after_more` is set: "日报" alone names no paper).
std::string WordsPattern(const std::vector<std::string>& words, bool after_more) {
  std::vector<std::string> spaced, unspaced;
  for (const std::string& w : words) (IsUnspacedWord(w) ? unspaced : spaced).push_back(w);
  std::string pattern;
  if (!spaced.empty()) pattern = "(?:^|[^\\p{L}\\p{N}])(?i:" + Alternation(spaced) + ")(?:$|[^\\p{L}\\p{N}])";
  if (!unspaced.empty()) {
    if (!pattern.empty()) pattern += '|';
    pattern += std::string(after_more ? "\\S" : "") + "(?:" + Alternation(unspaced) + ")(?:$|\\s)";
  }
  return pattern.empty() ? "[^\\x00-\\x{10FFFF}]" : pattern;  // never matches
}

bool Capitalised(std::string_view word) {
  static const RE2 re("^[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}]");
  return RE2::PartialMatch(word, re);
}

// Characters that end a name wherever they stand: a list or a clause goes on
// after them ("Harbour Herald, June 4", "人民日报 | 作者", "Harbour Herald (Reuters)").
bool EndsNameAt(std::string_view s, size_t i, size_t* width) {
  // ASCII marks, the full-width ， ； 。 、 （ 【 ｜ ： and a dash between spaces.
  static constexpr std::string_view kEnders[] = {
      ",", ";", "|", "(", "[", "{", ":", "!", "?", "\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xE3\x80\x82", "\xE3\x80\x81",
      "\xEF\xBC\x88", "\xE3\x80\x90", "\xEF\xBD\x9C", "\xEF\xBC\x9A", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
  for (const std::string_view e : kEnders) {
    if (s.substr(i).starts_with(e)) {
      *width = e.size();
      return true;
    }
  }
  return false;
}

// Quotes and guillemets around a name or a word of it.
// " ' “ ” „ ‘ ’ ‚ « » ‹ › 「 」 『 』 《 》 〈 〉, and a closing bracket.
constexpr std::string_view kQuotes[] = {
    "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9A",
    "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8E",
    "\xE3\x80\x8F", "\xE3\x80\x8A", "\xE3\x80\x8B", "\xE3\x80\x88", "\xE3\x80\x89", ")", "]"};

std::string_view TrimQuotes(std::string_view s, bool* closed = nullptr) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const std::string_view q : kQuotes) {
      if (q != ")" && q != "]" && s.starts_with(q)) {
        s.remove_prefix(q.size());
        changed = true;
      }
      if (s.ends_with(q)) {
        s.remove_suffix(q.size());
        changed = true;
        if (closed) *closed = true;
      }
    }
  }
  return s;
}

}  // namespace

struct PressWords::Regexes {
  std::string press_pattern;
  std::string not_press_pattern;
  std::once_flag once;
  std::unique_ptr<RE2> press;
  std::unique_ptr<RE2> not_press;
  // Both regexes, compiled on the first call (thread-safe); false when either
  // failed (over its memory budget), and PressName then finds no name.
  bool Ready() {
    std::call_once(once, [this] {
      RE2::Options options;
      options.set_max_mem(64 << 20);
      options.set_log_errors(false);
      press = std::make_unique<RE2>(press_pattern, options);
      not_press = std::make_unique<RE2>(not_press_pattern, options);
    });
    return press->ok() && not_press->ok();
  }
};

PressWords::PressWords() = default;
PressWords::~PressWords() = default;
PressWords::PressWords(PressWords&&) noexcept = default;
PressWords& PressWords::operator=(PressWords&&) noexcept = default;

void PressWords::AddFromJson(const json::object& root, std::string_view file_text,
                             std::vector<OutletProblem>& problems) {
  const json::value* schema = root.if_contains("schema");
  if (!schema || !schema->is_string() || std::string_view(schema->as_string()) != kSchema) {
    problems.push_back(
        {LineOfKey(file_text, "schema"), "", "unknown or missing \"schema\" (expected " + std::string(kSchema) + ")"});
    return;
  }
  for (const auto& entry : root) {
    const std::string_view key = entry.key();
    if (key != "schema" && key != "description" && key != "languages" && key != "not_press_domains" &&
        key != "credit_marks" && key != "rights_marks") {
      problems.push_back(
          {LineOfKey(file_text, key), "", "unknown key \"" + std::string(key) + "\" at the top of the file"});
    }
  }
  auto add_strings = [&](const json::value& list, std::string_view what, std::vector<std::string>& into, bool lower) {
    if (!list.is_array()) {
      problems.push_back({LineOfKey(file_text, what), "", "\"" + std::string(what) + "\" must be an array of strings"});
      return;
    }
    for (const json::value& v : list.as_array()) {
      if (!v.is_string() || CollapseWhitespace(v.as_string()).empty()) {
        problems.push_back(
            {LineOfKey(file_text, what), "", "\"" + std::string(what) + "\" holds an entry that is no word"});
        continue;
      }
      std::string word = CollapseWhitespace(v.as_string());
      if (lower) word = AsciiLower(word);
      if (std::find(into.begin(), into.end(), word) == into.end()) into.push_back(std::move(word));
    }
  };
  // Credit labels and marks: lower case, a trailing space kept (it is part of the
  // label); an entry that is no string, is empty, opens with white space (a line is
  // read from its first letter, so it would never match) or is longer than a label
  // is reported on its own line.
  constexpr size_t kMaxLabelBytes = 40;
  auto add_labels = [&](const json::value& list, std::string_view parent, std::string_view what,
                        std::vector<std::string>& into) {
    if (!list.is_array()) {
      problems.push_back({LineOfKey(file_text, what), "", "\"" + std::string(what) + "\" must be an array of strings"});
      return;
    }
    for (const json::value& v : list.as_array()) {
      const bool text = v.is_string();
      const std::string_view label = text ? std::string_view(v.as_string()) : std::string_view();
      if (!text || TrimAscii(label).empty() || label.front() == ' ' || label.front() == '\t' ||
          label.find('\n') != std::string_view::npos || label.size() > kMaxLabelBytes) {
        problems.push_back({LineOfEntry(file_text, parent, what, v), "",
                            "\"" + std::string(what) + "\" holds " + json::serialize(v) +
                                ", which is no label (a string of 1 to " + std::to_string(kMaxLabelBytes) +
                                " bytes that opens with no white space)"});
        continue;
      }
      std::string lower = AsciiLower(label);
      if (std::find(into.begin(), into.end(), lower) == into.end()) into.push_back(std::move(lower));
    }
  };
  if (const json::value* marks = root.if_contains("credit_marks")) {
    add_labels(*marks, "", "credit_marks", credit_marks_);
  }
  if (const json::value* marks = root.if_contains("rights_marks")) {
    add_labels(*marks, "", "rights_marks", rights_marks_);
  }
  if (const json::value* domains = root.if_contains("not_press_domains")) {
    add_strings(*domains, "not_press_domains", not_press_domains_, true);
  }
  const json::value* languages = root.if_contains("languages");
  if (!languages || !languages->is_object()) {
    problems.push_back(
        {LineOfKey(file_text, "languages"), "", "\"languages\" must be an object of code -> word lists"});
    return;
  }
  for (const auto& [code, lists] : languages->as_object()) {
    if (!lists.is_object()) {
      problems.push_back(
          {LineOfKey(file_text, code), "", "language " + std::string(code) + ": must be an object of word lists"});
      continue;
    }
    for (const auto& [key, list] : lists.as_object()) {
      if (key == "press") {
        add_strings(list, "press", press_, false);
      } else if (key == "not_press") {
        add_strings(list, "not_press", not_press_, false);
      } else if (key == "connectors") {
        add_strings(list, "connectors", connectors_, false);
      } else if (key == "credit_labels") {
        add_labels(list, code, "credit_labels", credit_labels_);
      } else {
        problems.push_back({LineOfKey(file_text, key), "",
                            "language " + std::string(code) + ": unknown list \"" + std::string(key) +
                                "\" (expected press, not_press, connectors or credit_labels)"});
      }
    }
  }
}

void PressWords::Finish() {
  regexes_ = std::make_unique<Regexes>();
  regexes_->press_pattern = WordsPattern(press_, true);
  regexes_->not_press_pattern = WordsPattern(not_press_, false);
}

bool PressWords::HoldsNotPressWord(std::string_view name) const {
  if (!regexes_ || !regexes_->Ready()) return false;
  return RE2::PartialMatch(CollapseWhitespace(name), *regexes_->not_press);
}

std::string PressWords::PressName(std::string_view printed, bool needs_press_word) const {
  if (!regexes_ || !regexes_->Ready()) return "";
  const RE2& press_re = *regexes_->press;
  const RE2& not_press_re = *regexes_->not_press;
  const std::string collapsed = CollapseWhitespace(printed);
  std::string_view s = TrimQuotes(TrimAscii(collapsed));
  if (s.empty()) return "";

  // A registrable domain standing first: "grist.org", "Example.ru", up to the
  // first space (a full stop closing the sentence aside).
  {
    std::string_view first = s.substr(0, s.find(' '));
    while (!first.empty() && std::string_view(".,;:!?").find(first.back()) != std::string_view::npos)
      first.remove_suffix(1);
    first = TrimQuotes(first);
    if (first.find('.') != std::string_view::npos && first.find('/') == std::string_view::npos) {
      const std::string domain = RegistrableDomain(first);
      if (domain.empty()) return "";
      const std::string lower = AsciiLower(first);
      for (const std::string_view label : Split(lower, '.')) {
        if (std::find(not_press_domains_.begin(), not_press_domains_.end(), label) != not_press_domains_.end())
          return "";
      }
      return std::string(first);
    }
  }

  // Where the name ends: a list or clause separator, or a full stop and a space.
  size_t end = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    size_t width = 0;
    // A slash after a name ("Harbour Herald/Jane Doe", "Harbour Herald / Getty")
    // makes it a picture's credit or a tag of several sources: no name.
    if (s[i] == '/') return "";
    if (EndsNameAt(s, i, &width) || (s[i] == '.' && (i + 1 == s.size() || s[i + 1] == ' '))) {
      end = i;
      break;
    }
  }
  s = TrimAscii(s.substr(0, end));

  std::vector<std::string> words;
  bool more = true;
  for (std::string_view token : Split(s, ' ')) {
    if (!more || token.empty()) break;
    bool closed = false;
    std::string_view word = TrimQuotes(token, &closed);
    // A possessive ends the name: "Harbour Herald's website".
    for (const std::string_view s_suffix : {"'s", "\xE2\x80\x99s"}) {
      if (word.ends_with(s_suffix)) {
        word.remove_suffix(s_suffix.size());
        more = false;
      }
    }
    if (closed) more = false;
    if (word.empty()) break;
    const bool connector = std::find(connectors_.begin(), connectors_.end(), std::string(word)) != connectors_.end();
    if (connector && !words.empty()) {
      words.emplace_back(word);
      continue;
    }
    if (!Capitalised(word) || (words.empty() && word.front() >= '0' && word.front() <= '9')) break;
    words.emplace_back(word);
    if (IsUnspacedWord(word)) break;  // a name in such a script has no space inside
  }
  while (!words.empty() && std::find(connectors_.begin(), connectors_.end(), words.back()) != connectors_.end()) {
    words.pop_back();
  }
  if (words.empty() || words.size() > kMaxNameWords) return "";
  std::string name;
  for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
  if (name.size() > kMaxNameBytes) return "";
  if (RE2::PartialMatch(name, not_press_re)) return "";
  if (!RE2::PartialMatch(name, press_re)) return needs_press_word ? "" : name;
  // A press word alone ("News", "The Daily", "日报") names no outlet: another word
  // must stand beside it, one that is no connector in any case ("The").
  const bool other = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    if (std::find(connectors_.begin(), connectors_.end(), AsciiLower(w)) != connectors_.end()) return false;
    if (IsUnspacedWord(w)) return true;  // the press word ends it after more (press_re)
    return !RE2::PartialMatch(w, press_re);
  });
  return other ? name : "";
}

}  // namespace provscore
