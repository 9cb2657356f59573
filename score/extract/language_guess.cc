#include "score/extract/language_guess.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/text.h"

namespace provscore::internal {
namespace {

constexpr size_t kMaxBytes = 64 * 1024;
constexpr size_t kMinWords = 30;           // fewer words give no confident guess
constexpr size_t kMinScriptLetters = 60;   // letters of a one-language script
constexpr double kMinStopShare = 0.08;     // stop words among all words
constexpr double kMinMargin = 1.5;         // best profile over the runner-up

struct Profile {
  const char* language;
  bool cyrillic;
  std::initializer_list<std::string_view> words;
};

// Frequent function words, chosen to separate neighbours (de/nl, es/pt, da/no/sv).
const std::array<Profile, 22>& Profiles() {
  static const std::array<Profile, 22> kProfiles = {{
      {"en", false, {"the", "and", "of", "to", "is", "that", "for", "was", "with", "on", "are", "it", "by",
                     "have", "from", "this", "has", "said", "were", "which", "not", "but", "they", "their"}},
      {"de", false, {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "des", "auf",
                     "f\xC3\xBCr", "dem", "ein", "eine", "auch", "wird", "im", "zu", "es", "sie", "wurde",
                     "bei", "nach", "einer", "sind", "werden", "hat"}},
      {"fr", false, {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "que", "qui", "pour", "pas",
                     "sur", "au", "sont", "avec", "il", "par", "ce", "ont", "\xC3\xA9t\xC3\xA9", "mais",
                     "plus", "aux", "cette", "elle"}},
      {"es", false, {"el", "la", "los", "las", "de", "que", "y", "en", "del", "se", "por", "un", "una",
                     "con", "para", "es", "al", "lo", "como", "m\xC3\xA1s", "pero", "sus", "fue", "ha",
                     "este", "esta", "son"}},
      {"it", false, {"il", "di", "che", "la", "e", "per", "un", "una", "del", "della", "\xC3\xA8", "sono",
                     "non", "con", "si", "nel", "da", "gli", "dei", "alla", "anche", "ha", "ma", "come",
                     "questo", "pi\xC3\xB9", "delle"}},
      {"pt", false, {"de", "que", "o", "a", "os", "as", "do", "da", "em", "um", "uma", "para", "com",
                     "n\xC3\xA3o", "por", "dos", "das", "se", "no", "na", "mais", "foi", "ao", "\xC3\xA9",
                     "s\xC3\xA3o", "pelo", "pela"}},
      {"nl", false, {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "voor", "niet",
                     "met", "die", "er", "ook", "aan", "werd", "door", "naar", "bij", "nog", "maar",
                     "wordt", "hij", "ze", "om"}},
      {"pl", false, {"i", "w", "na", "z", "si\xC4\x99", "nie", "do", "to", "\xC5\xBC" "e", "jest", "o",
                     "jak", "ale", "po", "co", "od", "za", "przez", "oraz", "jego", "tak", "by\xC4\x87",
                     "czy", "dla", "kt\xC3\xB3re", "kt\xC3\xB3ry"}},
      {"sv", false, {"och", "att", "det", "som", "en", "p\xC3\xA5", "\xC3\xA4r", "av", "f\xC3\xB6r", "med",
                     "till", "den", "har", "de", "inte", "om", "ett", "var", "jag", "vi", "men",
                     "fr\xC3\xA5n", "kan", "sig", "efter"}},
      {"da", false, {"og", "at", "det", "en", "den", "til", "er", "som", "p\xC3\xA5", "de", "med", "af",
                     "for", "ikke", "der", "var", "har", "et", "fra", "vi", "men", "om", "ogs\xC3\xA5",
                     "efter", "skal"}},
      {"no", false, {"og", "det", "at", "en", "som", "p\xC3\xA5", "er", "til", "av", "for", "med", "de",
                     "ikke", "har", "den", "var", "et", "om", "fra", "vi", "men", "ogs\xC3\xA5", "etter",
                     "skal", "kan", "seg"}},
      {"fi", false, {"ja", "on", "ei", "ett\xC3\xA4", "se", "oli", "h\xC3\xA4n", "mutta", "kun", "my\xC3\xB6s",
                     "ovat", "joka", "tai", "sen", "jo", "niin", "kuin", "mit\xC3\xA4", "vain", "ole",
                     "olla", "t\xC3\xA4m\xC3\xA4"}},
      {"cs", false, {"a", "je", "se", "na", "v", "\xC5\xBE" "e", "to", "s", "z", "do", "o", "jako", "ale",
                     "jsou", "pro", "jeho", "kter\xC3\xA9", "kter\xC3\xBD", "u\xC5\xBE", "tak\xC3\xA9",
                     "byl", "bylo", "podle", "nen\xC3\xAD"}},
      {"sk", false, {"a", "je", "sa", "na", "v", "\xC5\xBE" "e", "to", "s", "z", "do", "o", "ako", "ale",
                     "s\xC3\xBA", "pre", "jeho", "ktor\xC3\xA9", "ktor\xC3\xBD", "u\xC5\xBE", "tie\xC5\xBE",
                     "bol", "bolo", "pod\xC4\xBE" "a", "nie"}},
      {"tr", false, {"ve", "bir", "bu", "da", "de", "i\xC3\xA7in", "ile", "\xC3\xA7ok", "olarak", "daha",
                     "gibi", "olan", "ama", "sonra", "kadar", "de\xC4\x9Fil", "var", "ne", "g\xC3\xB6re",
                     "her"}},
      {"id", false, {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan",
                     "pada", "juga", "ke", "karena", "ada", "oleh", "tersebut", "bisa", "mereka", "sudah"}},
      {"ro", false, {"\xC8\x99i", "\xC3\xAEn", "de", "la", "cu", "pe", "care", "un", "o", "nu", "din", "mai",
                     "este", "sunt", "pentru", "fost", "ce", "acest", "sau", "dar"}},
      {"hu", false, {"a", "az", "\xC3\xA9s", "hogy", "nem", "is", "egy", "meg", "van", "de", "m\xC3\xA1r",
                     "csak", "mint", "m\xC3\xA9g", "volt", "ez", "azt", "el", "ki", "vagy", "sem"}},
      {"ru", true, {"\xD0\xB8", "\xD0\xB2", "\xD0\xBD\xD0\xB5", "\xD0\xBD\xD0\xB0", "\xD1\x87\xD1\x82\xD0\xBE",
                    "\xD1\x81", "\xD0\xBF\xD0\xBE", "\xD0\xBA\xD0\xB0\xD0\xBA", "\xD1\x8D\xD1\x82\xD0\xBE",
                    "\xD0\xBE\xD0\xBD", "\xD0\xBA", "\xD0\xBD\xD0\xBE", "\xD0\xB8\xD0\xB7", "\xD1\x83",
                    "\xD0\xB7\xD0\xB0", "\xD0\xBE", "\xD0\xBE\xD1\x82", "\xD0\xB4\xD0\xBB\xD1\x8F",
                    "\xD0\xB6\xD0\xB5", "\xD1\x82\xD0\xB0\xD0\xBA", "\xD0\xB5\xD0\xB3\xD0\xBE",
                    "\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE", "\xD0\xBE\xD0\xBD\xD0\xB0",
                    "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5"}},
      {"uk", true, {"\xD1\x96", "\xD0\xB2", "\xD0\xBD\xD0\xB5", "\xD0\xBD\xD0\xB0", "\xD1\x89\xD0\xBE",
                    "\xD0\xB7", "\xD0\xB4\xD0\xBE", "\xD1\x8F\xD0\xBA", "\xD1\x86\xD0\xB5", "\xD1\x82\xD0\xB0",
                    "\xD1\x83", "\xD0\xB7\xD0\xB0", "\xD0\xBF\xD1\x80\xD0\xBE", "\xD0\xB2\xD1\x96\xD0\xB4",
                    "\xD0\xB4\xD0\xBB\xD1\x8F", "\xD0\xB0\xD0\xBB\xD0\xB5", "\xD0\xB9\xD0\xBE\xD0\xB3\xD0\xBE",
                    "\xD0\xB1\xD1\x83\xD0\xBB\xD0\xBE", "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB6",
                    "\xD0\xB2\xD1\x96\xD0\xBD", "\xD1\x8F\xD0\xBA\xD1\x96", "\xD1\x8F\xD0\xBA\xD0\xB8\xD0\xB9",
                    "\xD0\xB9", "\xD1\x96\xD0\xB7"}},
      {"bg", true, {"\xD0\xB8", "\xD0\xB2", "\xD0\xBD\xD0\xB0", "\xD0\xB4\xD0\xB0", "\xD1\x81\xD0\xB5",
                    "\xD0\xB7\xD0\xB0", "\xD0\xBE\xD1\x82", "\xD1\x87\xD0\xB5", "\xD0\xB5", "\xD1\x81",
                    "\xD0\xBD\xD0\xB5", "\xD0\xBF\xD0\xBE", "\xD1\x81\xD0\xB0", "\xD0\xBA\xD0\xB0\xD1\x82\xD0\xBE",
                    "\xD0\xBD\xD0\xBE", "\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0", "\xD1\x82\xD0\xBE\xD0\xB9",
                    "\xD1\x82\xD1\x8F", "\xD0\xBF\xD1\x80\xD0\xB5\xD0\xB7", "\xD0\xBA\xD1\x8A\xD0\xBC"}},
      {"sr", true, {"\xD0\xB8", "\xD1\x98\xD0\xB5", "\xD1\x83", "\xD0\xB4\xD0\xB0", "\xD1\x81\xD0\xB5",
                    "\xD0\xBD\xD0\xB0", "\xD1\x81\xD1\x83", "\xD0\xB7\xD0\xB0", "\xD0\xBE\xD0\xB4",
                    "\xD0\xBA\xD0\xBE\xD1\x98\xD0\xB8", "\xD1\x81\xD0\xB0", "\xD0\xBD\xD0\xB5",
                    "\xD1\x9B\xD0\xB5", "\xD0\xBA\xD0\xB0\xD0\xBE", "\xD0\xB8\xD0\xBB\xD0\xB8"}},
  }};
  return kProfiles;
}

enum class Script { kLatin, kCyrillic, kGreek, kArabic, kPersian, kHebrew, kDevanagari, kThai, kHangul,
                    kKana, kHan, kGeorgian, kArmenian, kOther, kCount };

Script ScriptOf(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F)) return Script::kLatin;
  if (cp >= 0x400 && cp <= 0x52F) return Script::kCyrillic;
  if (cp >= 0x370 && cp <= 0x3FF) return Script::kGreek;
  if (cp == 0x67E || cp == 0x686 || cp == 0x698 || cp == 0x6AF) return Script::kPersian;
  if (cp >= 0x600 && cp <= 0x6FF) return Script::kArabic;
  if (cp >= 0x590 && cp <= 0x5FF) return Script::kHebrew;
  if (cp >= 0x900 && cp <= 0x97F) return Script::kDevanagari;
  if (cp >= 0xE00 && cp <= 0xE7F) return Script::kThai;
  if (cp >= 0xAC00 && cp <= 0xD7AF) return Script::kHangul;
  if (cp >= 0x3040 && cp <= 0x30FF) return Script::kKana;
  if (cp >= 0x4E00 && cp <= 0x9FFF) return Script::kHan;
  if (cp >= 0x10A0 && cp <= 0x10FF) return Script::kGeorgian;
  if (cp >= 0x530 && cp <= 0x58F) return Script::kArmenian;
  return Script::kOther;
}

// Languages that profiles cannot tell apart reliably enough to override a declaration.
std::string_view Family(std::string_view lang) {
  if (lang == "nb" || lang == "nn" || lang == "no" || lang == "da") return "no";
  if (lang == "cs" || lang == "sk") return "cs";
  if (lang == "ms" || lang == "id") return "id";
  if (lang == "sr" || lang == "hr" || lang == "bs") return "sr";
  return lang;
}

}  // namespace

LanguageGuess GuessLanguage(std::string_view text) {
  text = text.substr(0, kMaxBytes);
  std::array<size_t, static_cast<size_t>(Script::kCount)> letters{};
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    const Script script = ScriptOf(cp);
    const bool letter = script != Script::kOther || (cp >= 0x300 && cp <= 0x36F) || cp == 0x2BC || cp == '\'';
    if (script != Script::kOther) ++letters[static_cast<size_t>(script)];
    if (letter) {
      const char32_t lower = (cp >= 'A' && cp <= 'Z') ? cp + 32 : (cp >= 0x410 && cp <= 0x42F) ? cp + 32 : cp;
      AppendUtf8(lower, word);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));

  size_t total = 0;
  size_t best_script = 0;
  for (size_t s = 0; s < letters.size(); ++s) {
    total += letters[s];
    if (letters[s] > letters[best_script]) best_script = s;
  }
  LanguageGuess guess;
  if (total == 0) return guess;
  const auto script = static_cast<Script>(best_script);
  const bool dominant = letters[best_script] * 2 > total && letters[best_script] >= kMinScriptLetters;
  switch (script) {
    case Script::kGreek: guess.language = "el"; break;
    case Script::kArabic: guess.language = "ar"; break;
    case Script::kPersian: guess.language = "fa"; break;
    case Script::kHebrew: guess.language = "he"; break;
    case Script::kDevanagari: guess.language = "hi"; break;
    case Script::kThai: guess.language = "th"; break;
    case Script::kHangul: guess.language = "ko"; break;
    case Script::kGeorgian: guess.language = "ka"; break;
    case Script::kArmenian: guess.language = "hy"; break;
    case Script::kKana: guess.language = "ja"; break;
    case Script::kHan:
      // Japanese text mixes kana into Han; Chinese has none.
      guess.language = letters[static_cast<size_t>(Script::kKana)] * 10 > letters[best_script] ? "ja" : "zh";
      break;
    default:
      break;
  }
  if (script == Script::kArabic && letters[static_cast<size_t>(Script::kPersian)] * 50 > letters[best_script]) {
    guess.language = "fa";
  }
  if (!guess.language.empty()) {
    guess.confident = dominant;
    return guess;
  }
  if (script != Script::kLatin && script != Script::kCyrillic) return guess;

  std::unordered_map<std::string_view, size_t> counts;
  for (const std::string& w : words) ++counts[w];
  const bool cyrillic = script == Script::kCyrillic;
  double best = 0.0, second = 0.0;
  for (const Profile& p : Profiles()) {
    if (p.cyrillic != cyrillic) continue;
    size_t hits = 0;
    for (const std::string_view w : p.words) {
      const auto it = counts.find(w);
      if (it != counts.end()) hits += it->second;
    }
    const double share = static_cast<double>(hits) / static_cast<double>(words.size());
    if (share > best) {
      second = best;
      best = share;
      guess.language = p.language;
    } else if (share > second) {
      second = share;
    }
  }
  if (best == 0.0) guess.language.clear();
  guess.confident = !guess.language.empty() && dominant && words.size() >= kMinWords && best >= kMinStopShare &&
                    best >= kMinMargin * second;
  return guess;
}

std::string ReconcileLanguage(std::string_view declared, std::string_view text) {
  const LanguageGuess guess = GuessLanguage(text);
  if (declared.empty()) return guess.confident ? guess.language : std::string();
  if (!guess.confident) return std::string(declared);
  const std::string primary = AsciiLower(declared.substr(0, declared.find('-')));
  if (Family(primary) == Family(guess.language)) return std::string(declared);
  return guess.language;
}

}  // namespace provscore::internal
