// Private to score/: a rule's regex with its Unicode classes cut to the scripts of
// the text it runs on. RE2 compiles a class like [\p{L}\p{M}.' -] (under case
// folding, for every script) into a UTF-8 automaton of ~1,300 instructions, and a
// counted repeat copies it once per count: the largest rules are 100-500 k
// instructions, most of a batch's one-time cost (bench/README.md, "Session 13"). A
// text whose code points all lie in a few scripts cannot tell that class from one
// holding only the members in those scripts, which is a few dozen instructions.
//
//   const ScriptGroups groups = ScriptGroupsOf(text);        // once per text
//   if (groups != kAllScripts) re = NarrowUnicodeClasses(pattern, !case_sensitive, groups);
//
// Same matches, groups and offsets on such a text by construction: each class's
// members in the groups are read from RE2 itself (the class, with the case folding
// in force where it stands, matched over every code point of the groups), so
// RE2's own Unicode tables and case folding decide, and only code points the text
// cannot hold are dropped. Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace provscore::internal {

// A set of script groups, one bit each. Every group holds kCommonScripts' code points
// too: ASCII, Latin (with IPA, modifier letters, combining marks, Latin Extended
// Additional, the Latin ligatures), punctuation and symbols, private use, emoji,
// CJK punctuation and fullwidth forms, and the code points of the {OUTLET}
// sentinels (Deseret, Tangut, plane 15's first private use letters).
using ScriptGroups = uint8_t;
constexpr ScriptGroups kCommonScripts = 0;
constexpr ScriptGroups kGreekCyrillic = 1 << 0;  // with Armenian and Georgian
constexpr ScriptGroups kHebrewArabic = 1 << 1;   // with Syriac, Thaana, N'Ko
constexpr ScriptGroups kCjk = 1 << 2;            // Han, kana, Hangul, Bopomofo
constexpr ScriptGroups kSouthAsian = 1 << 3;     // Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer
constexpr int kScriptGroupCount = 4;
// A text with a code point in no group (or not valid UTF-8): no narrowing. The four
// script groups hold their blocks' assigned code points only (those RE2's Unicode
// tables give a general category): an unassigned one is in no group.
constexpr ScriptGroups kAllScripts = 1 << kScriptGroupCount;

// The groups whose code points `text` holds (kCommonScripts when only common ones),
// or kAllScripts when it holds a code point outside every group or is not valid
// UTF-8 (RE2 reads such bytes one by one, so no narrowing is exact there).
ScriptGroups ScriptGroupsOf(std::string_view text);

// Returns `pattern` (RE2 syntax, UTF-8) with every character class that names a
// Unicode class (\p{..}, \P{..}, \pX, \PX inside [...]) and every such class
// standing alone replaced by (?-i:[ranges]): the code points of the common scripts
// and of `groups` that the class matches where it stands (`folded`: whether the
// pattern starts case-insensitive; (?i), (?-i) and (?flags:...) are followed).
// Ranges may span code points outside the groups, which the text cannot hold.
// Anything else is copied unchanged, so on every text with ScriptGroupsOf(text) a
// subset of `groups` the result matches exactly what `pattern` matches, with the
// same submatches. A class RE2 rejects is copied as written. `groups` must not be
// kAllScripts. Results for a class are cached per process.
std::string NarrowUnicodeClasses(std::string_view pattern, bool folded, ScriptGroups groups);

}  // namespace provscore::internal
