// RuleSet: the declarative rules in rules/ (and a user's overlays), loaded once,
// validated, and compiled into one RE2::Set per place so that a single pass over a
// text finds every phrase rule that matches there (re2's FilteredRE2 shape: build,
// compile once, match many times). Immutable after Load; Match() is const and
// thread-safe, so one RuleSet serves every worker thread.
//
//   Result<std::shared_ptr<const RuleSet>> rules = RuleSet::Load({"rules", "my-rules"});
//   std::vector<RuleHit> hits = (*rules)->Match(article);
//
// Files: every *.json in a rules folder, each with a "schema" naming its kind:
//   provscore.manifest/1   {"version"}                                  the rules version
//   provscore.patterns/1   {"rules": [PatternRule...]}                   phrase rules
//   provscore.languages/1  {"languages": {"ru": ["russian", ...]}}       language names
//   provscore.outlets/1    {"outlets": [Outlet...]}                      the outlet lexicon
//   provscore.press_words/1 {"languages": {"en": {"press": [...]}}}     the shape of press names the lexicon lacks
//   provscore.scoring/1    the scoring model (read by Scorer)
// A later folder overlays earlier ones: a rule with an existing id replaces it, and
// {"id": "...", "disabled": true} removes it.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "score/article.h"
#include "score/rules/outlet_lexicon.h"
#include "score/rules/press_words.h"

namespace re2 {
class RE2;
class Set;
}  // namespace re2

namespace provscore {

// One phrase rule. Patterns use RE2 syntax, are matched case-insensitively unless
// "case_sensitive" is true, and in multi-line mode: ^ and $ match at line starts and
// ends, and every body block starts a line. Named groups become fields of the hit:
// (?P<engine>...) sets "engine" to the matched text (a *_lang field is mapped to a
// language code through the languages table), and (?P<edited__false>...) sets
// "edited" to false when the group takes part in the match. "{OUTLET}" in a pattern
// stands for every alias in the outlet lexicon, and a group named outlet (or
// outlet2, outlet3, ...) keeps the alias as printed when the lexicon knows it, and
// is null otherwise; the detector resolves the alias, so an ambiguous short form
// ("AA") is still told from its outlet's full name.
struct PatternRule {
  std::string id;                    // stable, unique: "tn.en.google-translate"
  std::string type;                  // a signal type, e.g. "translation_notice"
  std::vector<std::string> languages;  // languages of the phrase (documentation, listing)
  std::vector<std::string> where;    // "body", "boilerplate", "byline", "title", "author_box"
  // "boilerplate:ROLE" in the file limits boilerplate matches to blocks of that role
  // (e.g. "boilerplate:breadcrumb"); empty means every role a reader sees.
  std::vector<std::string> boilerplate_roles;
  int first_blocks = 0;              // body only: >0 limits to the first N blocks
  int last_blocks = 0;               // body only: >0 limits to the last N blocks
  std::string pattern;
  bool case_sensitive = false;
  double confidence = 0.5;           // 0..1
  boost::json::object fields;        // constant fields every hit carries
  std::vector<std::string> require;  // fields that must be non-null, or the hit is dropped
  std::string description;           // one line for `rules list`
  std::string file;                  // where it was defined
  size_t line = 0;
};

// A rule match. For where == "body" offsets are into Article::text and `block` is
// the index of the body block it starts in; for "boilerplate" they are into
// Article::boilerplate[block].text; for "byline" into byline_lines[block]; for
// "title" into the title; for "author_box" into Article::author_boxes[block].text.
struct RuleHit {
  const PatternRule* rule = nullptr;
  std::string where;
  size_t block = 0;
  size_t start = 0;
  size_t end = 0;
  std::string text;
  boost::json::object fields;  // the rule's constant fields plus its captures
};

// A problem found while loading rules: enough to fix it without guessing.
struct RuleDiagnostic {
  std::string file;
  size_t line = 0;  // 1-based; 0 when unknown
  std::string rule_id;
  std::string message;
  std::string ToString() const;  // "rules/x.json:12: rule tn.en.x: bad pattern: ..."
};

struct RuleSetOptions {
  // Memory budget for each compiled RE2::Set (RE2's default of 8 MiB is too small
  // for thousands of rules). The sets are compiled on first use; one that does not
  // fit passes all its rules to their own regexes (same hits, slower).
  int64_t set_max_mem = 256LL << 20;
  // How a rule's {OUTLET} slot is matched. true: the lexicon is matched once per
  // text, its occurrences are masked, and each rule's own regex holds a small
  // sentinel pattern for the slot (see rule_set.cc, MaskedText). false: each
  // rule's regex holds the whole lexicon, as before session 11 (the reference the
  // tests compare with; far slower to compile).
  bool match_outlets_once = true;
  // Whether a rule's own regex is compiled, per text, with its Unicode classes cut
  // to the scripts the text holds (class_narrowing.h: same hits, a tenth of the
  // compile for the largest rules). false: every text gets the regex as written
  // (the reference the tests compare with).
  bool narrow_unicode_classes = true;
};

class RuleSet {
 public:
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Loads and compiles every rules folder in order (later ones overlay earlier
  // ones). Fails with every diagnostic in the message when any rule is invalid.
  static Result<std::shared_ptr<const RuleSet>> Load(const std::vector<std::filesystem::path>& dirs,
                                                     RuleSetOptions options = {});

  // Validates without failing fast: every problem found in the folders, in file order.
  static std::vector<RuleDiagnostic> Check(const std::vector<std::filesystem::path>& dirs);

  // One pass per place: every hit of every enabled rule, ordered by place, block, start.
  std::vector<RuleHit> Match(const Article& article) const;

  // The same, under a deadline: `expired` is read between texts, between rules and
  // between hits, once at least kMatchCheckBytes of text were searched since the
  // last reading (so a small article never reads it). When it returns true the
  // matching stops there (nothing is interrupted: one regex search over one text is
  // the longest overshoot), *stopped is set, and the hits found so far are returned.
  std::vector<RuleHit> Match(const Article& article, const std::function<bool()>& expired, bool* stopped) const;
  static constexpr size_t kMatchCheckBytes = 1 << 20;

  const std::string& version() const { return version_; }
  // "sha256:" + 16 hex digits over every file loaded (its name without the folder, its
  // bytes), in load order: equal for two loads of the same files from any folder,
  // different when any file, overlay or overlay order differs (the manifest's version
  // is a label a user editing rules may not change).
  const std::string& digest() const { return digest_; }
  const std::vector<PatternRule>& rules() const { return rules_; }
  // The scoring model's JSON (schema provscore.scoring/1), or null when none was loaded.
  const boost::json::value& scoring() const { return scoring_; }
  const OutletLexicon& outlets() const { return outlets_; }
  // The words that give an outlet the lexicon lacks the shape of a press name.
  const PressWords& press_words() const { return press_words_; }
  // Maps a language name in any listed spelling ("Russian", "russischen") to its
  // code ("ru"); returns the input lower-cased when it is already a code, or "".
  std::string LanguageCode(std::string_view name) const;
  const std::vector<std::filesystem::path>& dirs() const { return dirs_; }

  // The place sets (places holding the same run of rules share one) and how many of
  // them were compiled so far: a set's patterns are parsed and compiled on the first
  // text of a place that holds it, not at load. For tests and benchmarks.
  struct SetCounts {
    size_t sets = 0;
    size_t compiled = 0;
  };
  SetCounts set_counts() const;

 private:
  RuleSet();
  struct Compiled;

  std::string version_;
  std::string digest_;
  std::vector<PatternRule> rules_;
  std::map<std::string, std::string> language_names_;  // lower-case name -> code
  boost::json::value scoring_;
  OutletLexicon outlets_;
  PressWords press_words_;
  std::vector<std::filesystem::path> dirs_;
  std::unique_ptr<Compiled> compiled_;
};

// Signal types a pattern rule may produce.
const std::vector<std::string>& KnownSignalTypes();

}  // namespace provscore
