// PressWords: the shape of a press name the outlet lexicon does not list. The web
// has far more outlets than any lexicon; in a position where only the supplier of
// the text can stand ("This article originally appeared on ...", a source line
// closing the text), a name that carries a word of the press of its language
// ("Harbour Herald", "Rheintal Zeitung", "Diario del Puerto", "港城日报") or is a
// registrable domain ("harbour-herald.example.org" is not, "harbourherald.com" is)
// is read as an outlet. Loaded from rules/press_words.json (schema
// provscore.press_words/1) and overlaid by a user's folders: later files add words.
// Build file by file, Finish() once; then immutable and thread-safe.
//
//   PressWords words;
//   words.AddFromJson(root, file_text, problems);   // one call per file
//   words.Finish();
//   words.PressName("Harbour Herald, June 4, 2024");  // "Harbour Herald"
//   words.PressName("Ministry of Health");            // "" (no press word)
//   words.PressName("Harbour Press Office");          // "" (a word of a body that is no outlet)
//
// A file: {"schema": "provscore.press_words/1", "languages": {"en": {"press":
//   ["News", "News Agency"], "not_press": ["Ministry", "Press Office"],
//   "connectors": ["of", "the"], "credit_labels": ["source", "via "]}},
//   "not_press_domains": ["gov", "edu"], "credit_marks": ["contributed to this report"],
//   "rights_marks": ["copyright"]}.
//
// The same file holds the labels of a credit line, which the extractor reads
// (HtmlExtractorOptions::credit_labels): a short line after the text that opens
// with a credit label ("Source: ...", "Quelle: ...", "via <a>...</a>") or holds a
// credit mark anywhere ("© 2024 ...") is a credit, kept for the attribution
// detectors, not furniture. Labels are matched letter for letter at the line's
// opening, ASCII letters in any case; a trailing space is part of the label ("with "
// does not open "without").
// Words are matched as whole words in any case; in scripts written without spaces
// (Chinese, Japanese, Korean) a press word ends the name ("人民日报" holds "日报")
// and a not-press word ends it too ("互联网", the internet, is no "网").
#pragma once

#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "score/rules/outlet_lexicon.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace provscore {

class PressWords {
 public:
  PressWords();
  ~PressWords();
  PressWords(PressWords&&) noexcept;
  PressWords& operator=(PressWords&&) noexcept;

  // Adds the words of one file; problems name the line of what is wrong.
  void AddFromJson(const boost::json::object& root, std::string_view file_text, std::vector<OutletProblem>& problems);
  // Writes the word lists' patterns. Call once after the last AddFromJson. They
  // are compiled on the first PressName (most pages never ask: start-up).
  void Finish();

  // The press name `printed` opens with, as printed (trimmed of quotes, guillemets
  // and closing punctuation, cut where the name ends: a comma, a dash, a bracket, a
  // full stop, a lower-case word that is no connector), when it has the shape of a
  // press name: a registrable domain under no not-press label ("grist.org"), or a
  // name of at most eight words, each capitalised or a connector, that holds a
  // press word and another word besides it and no not-press word; "" otherwise.
  // With `needs_press_word` false, for a phrase only a publisher is named in ("This
  // article is republished from <X> under a Creative Commons license"), a name of
  // that shape without a press word counts too ("Coastwise"); a not-press word, or
  // a press word alone ("The Daily"), still names no outlet.
  std::string PressName(std::string_view printed, bool needs_press_word = true) const;
  // Whether `name` holds a word of a body that is no outlet ("Institute", "Survey",
  // "Statistisches"), as PressName reads it: "Reuters Institute" names no agency.
  bool HoldsNotPressWord(std::string_view name) const;

  bool empty() const { return press_.empty(); }

  // The credit labels of every language, lower case (ASCII), as listed: a line
  // opening with one is a credit line. And the credit marks, lower case: a short
  // line holding one anywhere is a credit line. The rights marks ("©",
  // "copyright") are credit marks too, and a line opening with one is a site's
  // rights notice (HtmlExtractorOptions::rights_marks).
  const std::vector<std::string>& credit_labels() const { return credit_labels_; }
  const std::vector<std::string>& credit_marks() const { return credit_marks_; }
  const std::vector<std::string>& rights_marks() const { return rights_marks_; }

 private:
  std::vector<std::string> press_;  // as listed
  std::vector<std::string> not_press_;
  std::vector<std::string> connectors_;  // lower case
  std::vector<std::string> not_press_domains_;
  std::vector<std::string> credit_labels_;  // lower case, a trailing space kept
  std::vector<std::string> credit_marks_;   // lower case
  std::vector<std::string> rights_marks_;   // lower case
  struct Regexes;  // the press and not-press patterns, compiled on first use
  std::unique_ptr<Regexes> regexes_;
};

}  // namespace provscore
