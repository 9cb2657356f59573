// Private to score/: the pattern a rule contributes to its place's RE2::Set. The set
// only pre-filters (a rule it reports is confirmed by the rule's own regex), so the
// set may accept more than the rule, never less. RE2 unrolls a counted repetition
// into that many copies of its operand, and an operand like [\p{L}\p{M}.' -] is a
// large UTF-8 automaton: "{1,40}" of it made the sets cost seconds to compile.
// Widening each {m,n} to + or * keeps the set a superset and its size linear in the
// pattern's text. Thread-safe (pure function).
//
//   WidenCountedRepeats("[A-Z][a-z]{2,20}?, \\d{4}")  ==  "[A-Z][a-z]+?, \\d+"
#pragma once

#include <string>
#include <string_view>

namespace provscore::internal {

// Returns `pattern` (RE2 syntax) with every counted repetition outside a character
// class — {m}, {m,} and {m,n} — replaced by "*" when m is 0 and by "+" otherwise (a
// trailing "?" for a lazy repeat is kept). Escapes (\{, \p{Lu}, \x{2014}, \Q...\E),
// character classes and braces that are not a valid repeat are copied unchanged.
// The result accepts every string the input accepts. O(size of pattern).
std::string WidenCountedRepeats(std::string_view pattern);

// True when every string `pattern` (RE2 syntax, with `placeholder` standing for a
// sub-pattern, e.g. "{OUTLET}") matches must include a match of the placeholder: on
// every branch of every alternation the placeholder occurs outside anything that may
// match zero times (?, *, {0,n}). Conservative: false when unsure (a group it cannot
// read, an unbalanced parenthesis). Escapes and character classes are skipped as in
// WidenCountedRepeats. O(size of pattern).
//
//   EveryMatchContains("^By\\s+(?P<o>{OUTLET})", "{OUTLET}")       == true
//   EveryMatchContains("(?:{OUTLET})?\\s+said", "{OUTLET}")         == false
//   EveryMatchContains("with ({OUTLET})|agency inputs", "{OUTLET}")  == false
bool EveryMatchContains(std::string_view pattern, std::string_view placeholder);

// True when every match of `pattern` (RE2 syntax) in multi-line mode starts at a
// line start: it opens with a ^ that no quantifier follows and has no alternation
// outside a group. Conservative: false when unsure (an unbalanced parenthesis).
// Escapes and character classes are skipped as in WidenCountedRepeats. O(size of
// pattern).
//
//   EveryMatchStartsAtLine("^[ \\t]*(?:By|Von)\\s+\\w+")  == true
//   EveryMatchStartsAtLine("^By|\\bvia\\b")                == false
//   EveryMatchStartsAtLine("(?:^|\\n)By")                   == false
bool EveryMatchStartsAtLine(std::string_view pattern);

// Returns `pattern` (RE2 syntax, UTF-8) with each Unicode class \p{NAME} of a few
// known names (L, Lu, Ll, Lt, Lm, Lo, M, Mn, Mc, Me, N, Nd, and some scripts)
// replaced by a cheap class that contains it: its ASCII members plus every
// non-ASCII character (\x{80}-\x{10FFFF}); inside a negated class ([^\p{L}\p{N}])
// by its ASCII members alone, so the negation grows too (a name with no ASCII
// members stays there as written). The result accepts every string the input
// accepts, under any case folding: a case-insensitive \p{L} costs RE2 thousands of
// folded ranges to parse and a large UTF-8 automaton to compile (most of the place
// sets' compile time), while [A-Za-z\x{80}-\x{10FFFF}] costs a handful. \P{...},
// \pX, unknown names, and a \p{...} after a '-' in a class (where a range could
// form) are copied unchanged, so an invalid pattern stays invalid; a '-' after one
// ("[\p{L}-]") is a literal either way. O(size of pattern).
//
//   WidenUnicodeClasses("[\\p{Lu}][\\p{L}.' ]+")  ==  "[A-Z\\x{80}-\\x{10FFFF}][A-Za-z\\x{80}-\\x{10FFFF}.' ]+"
//   WidenUnicodeClasses("[^\\p{L}\\p{N}]")        ==  "[^A-Za-z0-9]"
std::string WidenUnicodeClasses(std::string_view pattern);

// Length of the escape starting with the backslash at pattern[at]: "\x", "\p{..}",
// "\P{..}", "\x{..}", or "\Q...\E" (to the end when unterminated).
size_t EscapeLength(std::string_view pattern, size_t at);

// Length of the character class opening at pattern[at] ("[...]", "[^]...]",
// "[[:alpha:]x]"), escapes inside included (to the end when unterminated).
size_t ClassLength(std::string_view pattern, size_t at);

// Length of the token at pattern[at], as every walk over a pattern's tokens reads
// it: an escape (EscapeLength), a character class (ClassLength) or one byte; a
// walk reads what a token means to it (a group's opening, a repeat's braces).
size_t TokenLength(std::string_view pattern, size_t at);

}  // namespace provscore::internal
