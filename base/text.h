// UTF-8 and whitespace helpers shared by every stage. All functions are pure and
// thread-safe; offsets are byte offsets into UTF-8 strings.
//
//   size_t bad = 0;
//   std::string clean = RepairUtf8(raw, &bad);   // U+FFFD for every invalid sequence
//   std::string flat = CollapseWhitespace(clean);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace provscore {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Copies `s`, replacing each maximal invalid subsequence with U+FFFD (the WHATWG
// decoder's policy). `*replaced` (optional) receives how many replacements were made.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr);

// Decodes the code point starting at s[i]; advances i. Invalid bytes decode as
// U+FFFD and advance by one. Requires i < s.size().
char32_t NextCodePoint(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string& out);

// Unicode white space (ASCII space/tab/newlines, NBSP, the U+2000 block, ideographic
// space, line/paragraph separators).
bool IsUnicodeSpace(char32_t cp);

// ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return.
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The end of the run of code points from s[i] that are neither Unicode white space
// nor invalid UTF-8 (i when s[i] starts none): a word, to be copied as it is.
size_t WordRunEnd(std::string_view s, size_t i);

// Collapses every run of Unicode white space into one ASCII space and trims both ends.
std::string CollapseWhitespace(std::string_view s);

// The longest run of printable ASCII bytes (no white space) in `piece`, the first of
// equal ones. Collapsing white space keeps such a run as it is and joins no two, so
// a text whose CollapseWhitespace holds `piece` holds the run before collapsing too:
// a text without it can be passed over uncollapsed. Empty when `piece` has none.
std::string_view LongestAsciiWord(std::string_view piece);

std::string_view TrimAscii(std::string_view s);
std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// The key by which two spellings of an organisation's name compare equal: trimmed,
// ASCII lower case, a leading "the " dropped, then only letters, digits and non-ASCII
// bytes kept ("The Harbour-Herald", "harbour herald" -> "harbourherald").
std::string NameKey(std::string_view name);

// Splits on a single character; keeps empty pieces.
std::vector<std::string_view> Split(std::string_view s, char sep);

// Number of words: maximal runs of letters/digits (any script; CJK counts per character).
size_t CountWords(std::string_view utf8);

// Whether `text`, trimmed of ASCII white space, ends the way a sentence does: with a
// sentence-final mark (. ! ? ; and the ellipsis, the full-width and ideographic
// forms ！ ？ 。, the Arabic ؟ and the Devanagari ।) or with a closing quote or
// bracket (" ” » ’ 」 ')'), which follow a final mark as often as not. A headline, a
// label or a field ("Published: May 3") does not. Used to tell running text from
// titles: the body's article paragraphs, an author box's description lines.
bool EndsSentence(std::string_view text);

// A letter or digit of any script: what CountWords counts as word characters.
bool IsWordCodePoint(char32_t cp);
// Scripts written without spaces (CJK, kana, Hangul, Thai): each character is a word.
bool IsUnspacedScript(char32_t cp);
// A capital letter of the Latin (Basic, Latin-1, Extended-A), Greek or Cyrillic
// alphabet; letters of other scripts have no case and are not capitals.
bool IsCapitalLetter(char32_t cp);

// The lower-case host of an absolute URL, without user info, port or a leading
// "www.": "https://user@www.Example.co.uk:8080/x" -> "example.co.uk"; "" when none.
std::string UrlHost(std::string_view url);
// The path of a URL, without query or fragment: "https://x.org/a/b?q#f" -> "/a/b",
// "https://x.org" -> "", "/a/b?q" -> "/a/b" (a relative URL is all path).
std::string_view UrlPath(std::string_view url);

// Lower-case hexadecimal of `bytes`.
std::string HexEncode(std::string_view bytes);

}  // namespace provscore
