// OutletLexicon: the news outlets provscore can name as the source of content —
// wire agencies, newspapers, broadcasters, aggregators — with their aliases,
// abbreviations and home domains, loaded from rules/outlets.json (schema
// provscore.outlets/1) and overlaid by a user's folders like every rule file.
// Build it file by file, Finish() once, then it is immutable and thread-safe.
//
//   OutletLexicon lexicon;
//   lexicon.AddFromJson(root, file_text, problems);   // one call per outlets file
//   lexicon.Finish();
//   const Outlet* o = lexicon.FindByAlias("AFP");     // -> Agence France-Presse
//   std::string re = lexicon.AliasPattern();          // for {OUTLET} in phrase rules
//
// A file: {"schema": "provscore.outlets/1", "outlets": [{"id": "reuters",
//   "name": "Reuters", "aliases": ["Reuters", "Thomson Reuters"], "kind": "wire_agency",
//   "country": "GB", "domains": ["reuters.com"], "parent": null}, ...]}
// Aliases are matched case-sensitively ("AP" is not "ap"); an alias of four or more
// letters also matches in upper case ("REUTERS"). {"id": "...", "disabled": true}
// removes an outlet an earlier folder defined; the same id replaces it.
#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace provscore {

struct Outlet {
  std::string id;                    // stable, lower-case: "afp", "dpa", "nyt"
  std::string name;                  // canonical name used in signals: "AFP", "The New York Times"
  std::vector<std::string> aliases;  // every printed form, including `name`
  std::string kind;                  // "wire_agency", "newspaper", "broadcaster", "magazine", "aggregator", "generic"
  std::string country;               // ISO 3166-1 alpha-2, or "" for international
  std::vector<std::string> domains;  // registrable domains: "reuters.com"
  std::string parent;                // id of the outlet this one is a sub-brand of ("dpa-afx" -> "dpa"), or ""
  // True when an alias is also an ordinary word or common abbreviation ("Bild",
  // "Time", "Reforma", "Agencies"): accept a match only in a strong credit position.
  bool ambiguous = false;
  // Languages (ISO 639-1) of the press that prints an ambiguous short form as the
  // agency's own signature ("(ANTARA)" closing an Indonesian text): on a page in
  // one of them the form also counts where a rule says "home_press" (a closing tag
  // or source line), though that position is not strong. Empty: nowhere.
  std::vector<std::string> home_languages;
  // Short forms the outlet prints only as a tag in a credit position -- between
  // parentheses or slashes in a dateline, closing the text ("(واس)", "/وام/",
  // "(أ ف ب)") -- that are also parts of ordinary words in a script without word
  // boundaries. Never matched by {OUTLET}; a rule reads them where it says
  // {CREDIT_TAG}. A space between letters also matches a dot or nothing ("أ ش أ",
  // "أ.ش.أ", "أشأ").
  std::vector<std::string> credit_tags;
};

struct OutletProblem {
  size_t line = 0;  // 1-based line in the file, 0 when unknown
  std::string id;
  std::string message;
};

namespace internal {

// One piece of an alternative's pattern: for an alias, as AliasRegex() writes it
// (a \b, one code point quoted, a run of white space for a space, or either
// apostrophe). `key` tells pieces apart in the trie; it is `regex`, except for a
// piece that may not be merged with another alternative's (a white-space run
// whose length the next piece does not fix).
struct AliasPiece {
  std::string regex;
  std::string key;
};

// Alternatives as a trie of pieces, written as nested non-capturing groups:
// "\bAP(?:[ws]+News\b|\b)" for "AP News" and "AP". Children keep the order of the
// alternatives added, so each keeps its rank in the alternation. It matches what
// the flat alternation of the same pieces matches, with the same preferences,
// when the alternatives are added longest first (one that another starts with
// comes after it) and a piece two alternatives share can match in one way only
// wherever they go on (so RE2 need not factor what it cannot: a quantified piece
// after a common prefix). OutletLexicon::AliasPattern() and the {OUTLET} slot of
// rules run on a masked copy (rule_set.cc) are written this way.
class PieceTrie {
 public:
  PieceTrie() : nodes_(1) {}
  void Add(const std::vector<AliasPiece>& pieces);
  bool empty() const { return nodes_[0].children.empty(); }
  // The alternation (a group when there are several first pieces); "" when empty.
  std::string Alternation() const;

 private:
  static constexpr std::string_view kEnd = {"\0end", 4};

  struct Node {
    std::string regex;             // the piece leading here
    std::vector<size_t> children;  // in order of first use
    std::map<std::string, size_t, std::less<>> by_key;
  };

  size_t Child(size_t node, std::string_view key, std::string_view regex);
  // Writes what follows `node` (its children's alternation) into `out`.
  void Write(size_t node, std::string& out) const;

  std::vector<Node> nodes_;
};

}  // namespace internal

class OutletLexicon {
 public:
  // Adds, replaces (same id) or removes ("disabled": true) the outlets of one file.
  // `file_text` is the file's text, used only to find line numbers for problems.
  void AddFromJson(const boost::json::object& root, std::string_view file_text, std::vector<OutletProblem>& problems);

  // Builds the look-up indexes. Call once after the last AddFromJson.
  void Finish();

  // The outlet an alias names, exactly as printed (after white-space folding), or
  // nullptr. A sub-brand resolves to itself; use Canonical() to reach the parent.
  const Outlet* FindByAlias(std::string_view alias) const;
  // The outlet one of whose aliases, in ASCII lower case, is `lower` ("anadolu
  // ajansi" for "Anadolu Ajansi"), or nullptr; where several do, the first defined.
  const Outlet* FindByLowerCaseAlias(std::string_view lower) const;
  // The outlet whose home domain `host` is or is under ("www.reuters.com"), or nullptr.
  const Outlet* FindByDomain(std::string_view host) const;
  // The outlet one of whose credit tags `tag` is (spaces and dots aside), or nullptr.
  const Outlet* FindByCreditTag(std::string_view tag) const;
  // An RE2 alternation of every credit tag, longest first, in a non-capturing
  // group: what a phrase rule's {CREDIT_TAG} stands for (never matches when there
  // are none).
  std::string CreditTagPattern() const;
  const Outlet* FindById(std::string_view id) const;
  // The outlet credits are reported under: the parent of a sub-brand, else itself.
  const Outlet* Canonical(const Outlet* outlet) const;

  // An RE2 alternation matching every alias at word boundaries, longest first, with
  // case rules applied as above — wrapped in a non-capturing group, ready to stand
  // where a phrase rule says {OUTLET}. Written as a trie of the aliases' pieces
  // ("\bThe[ws]+(?:Times\b|Guardian\b)"): a smaller program than the flat
  // alternation AliasAlternation(AliasRegexes()) for every {OUTLET} rule to compile
  // (RE2 merges common literal prefixes itself, but not the white-space runs
  // "[ws]+" of multi-word aliases; bench/README.md has the figures). It matches
  // exactly what the flat one matches, with the same preferences, inside any rule:
  // the aliases keep their order, and a shared prefix can match in one way only (a
  // white-space run is followed by a code point that is not white space, so its
  // length is fixed), so leftmost-first order among the aliases is unchanged
  // (tests/score/outlet_lexicon_test.cc compares the two).
  std::string AliasPattern() const;

  // The alternatives of the flat alternation one by one, in AliasPattern()'s order
  // (each matches one alias, case-sensitively once wrapped in "(?-i:...)"), and the
  // alternation of a subsequence of them; AliasAlternation(AliasRegexes()) matches
  // what AliasPattern() matches. An empty list gives a group that never matches.
  std::vector<std::string> AliasRegexes() const;
  // The alias forms AliasRegexes() matches, one by one in the same order: printed
  // aliases and their upper-case forms, white space folded to one space, ’ to '.
  std::vector<std::string> AliasForms() const;
  static std::string AliasAlternation(const std::vector<std::string_view>& regexes);

  const std::vector<Outlet>& outlets() const { return outlets_; }
  bool empty() const { return outlets_.empty(); }

 private:
  std::vector<Outlet> outlets_;
  std::map<std::string, size_t> by_id_;
  std::map<std::string, size_t, std::less<>> by_alias_;   // as printed, and upper-cased for 4+ letters
  std::map<std::string, size_t, std::less<>> by_domain_;
  std::map<std::string, size_t, std::less<>> by_lower_alias_;  // AsciiLower of each printed alias
  std::map<std::string, size_t, std::less<>> by_credit_tag_;   // credit tags without spaces and dots
};

}  // namespace provscore
