// Private to score/: a light guess of an article's language from its text, for pages
// that declare none or declare the wrong one. Scripts with one main language (Greek,
// Hebrew, Thai, kana, Hangul...) decide by script; Latin and Cyrillic text by small
// stop-word profiles (a few dozen function words per language). Pure functions.
//
//   LanguageGuess g = GuessLanguage(article.text);
//   if (g.confident) ... g.language ...   // "de", "uk", "ja"
#pragma once

#include <string>
#include <string_view>

namespace provscore::internal {

struct LanguageGuess {
  std::string language;    // ISO 639-1, or empty when nothing fits
  bool confident = false;  // enough text, and a clear winner
};

// Reads at most the first 64 KiB of `text`.
LanguageGuess GuessLanguage(std::string_view text);

// The language the article is in: the declared one (BCP 47) unless a confident
// guess from the text names another primary language, else the guess.
std::string ReconcileLanguage(std::string_view declared, std::string_view text);

}  // namespace provscore::internal
