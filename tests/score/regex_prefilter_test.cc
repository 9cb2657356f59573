#include "score/rules/regex_prefilter.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>

namespace provscore::internal {
namespace {

struct WidenCase {
  const char* pattern;
  const char* widened;
};

TEST(WidenCountedRepeatsTest, RepeatsBecomePlusOrStarAndEverythingElseIsCopied) {
  const WidenCase cases[] = {
      {"[A-Z][a-z]{2,20}?, \\d{4}", "[A-Z][a-z]+?, \\d+"},
      {"(?:, [\\p{L} ]+){0,3}", "(?:, [\\p{L} ]+)*"},
      {"x{0}y{1,}z{0,}", "x*y+z*"},
      // Braces inside escapes and classes, and braces that are no repeat.
      {"\\p{Lu}\\x{2014}\\{2,3\\}", "\\p{Lu}\\x{2014}\\{2,3\\}"},
      {"[{2,3}]a", "[{2,3}]a"},
      {"[]{1,2}]b{1,2}", "[]{1,2}]b+"},
      {"[^\\]{3}]c{3}", "[^\\]{3}]c+"},
      {"[[:alpha:]{]d{2}", "[[:alpha:]{]d+"},
      {"\\Qa{2}\\Eb{2}", "\\Qa{2}\\Eb+"},
      {"a{,3}b{x}c{", "a{,3}b{x}c{"},
      // Repeats RE2 rejects are kept, so the set still reports them.
      {"a{3,2}b{1001}c{12345}", "a{3,2}b{1001}c{12345}"},
      {"{2}", "{2}"},
      {"", ""},
  };
  for (const WidenCase& c : cases) {
    EXPECT_EQ(WidenCountedRepeats(c.pattern), c.widened) << c.pattern;
  }
}

TEST(WidenCountedRepeatsTest, WidenedPatternAcceptsEverythingTheOriginalAccepts) {
  const char* patterns[] = {
      "^[ \\t]*[\\p{Lu}][\\p{L}.' -]{1,40}(?:,[\\p{L}\\d ]+){0,3}\\s*\\((?P<tag>\\p{L}{2,6})\\)\\s*[-–—]",
      "\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b",
  };
  const char* texts[] = {
      "SPRINGFIELD, Ill. (AP) — The council met.",
      "Nairobi, Kenya, Central (REUTERS) - text",
      "on 4.6.2024 and 12.11.2025",
      "no match here at all",
  };
  for (const char* p : patterns) {
    const RE2 original(p, RE2::Quiet), widened(WidenCountedRepeats(p), RE2::Quiet);
    ASSERT_TRUE(original.ok()) << p;
    ASSERT_TRUE(widened.ok()) << WidenCountedRepeats(p);
    for (const char* t : texts) {
      if (RE2::PartialMatch(t, original)) {
        EXPECT_TRUE(RE2::PartialMatch(t, widened)) << p << " on " << t;
      }
    }
  }
  // And it is wider: the original bounds no longer hold in the set.
  EXPECT_FALSE(RE2::PartialMatch("aaaaa", RE2("^a{1,3}$")));
  EXPECT_TRUE(RE2::PartialMatch("aaaaa", RE2(WidenCountedRepeats("^a{1,3}$"))));
}

TEST(WidenUnicodeClassesTest, KnownPropertiesBecomeAsciiPlusNonAscii) {
  const WidenCase cases[] = {
      {"\\p{L}+", "[A-Za-z\\x{80}-\\x{10FFFF}]+"},
      {"[\\p{Lu}][\\p{L}\\p{M}.' ]+", "[A-Z\\x{80}-\\x{10FFFF}][A-Za-z\\x{80}-\\x{10FFFF}\\x{80}-\\x{10FFFF}.' ]+"},
      {"\\p{N}{2}\\p{Arabic}", "[0-9\\x{80}-\\x{10FFFF}]{2}[\\x{80}-\\x{10FFFF}]"},
      // A negated class keeps only the ASCII members: its negation grows.
      {"(?:^|[^\\p{L}\\p{N}])x", "(?:^|[^A-Za-z0-9])x"},
      {"[^:\\p{L}\\s]", "[^:A-Za-z\\s]"},
      // Names with no ASCII members stay in a negated class.
      {"[^\\p{M}\\p{L}]", "[^\\p{M}A-Za-z]"},
      // Unknown names, \P, \pL, escaped backslashes, \Q...\E and POSIX classes are copied.
      {"\\p{Greek_Extended}\\P{L}\\pL", "\\p{Greek_Extended}\\P{L}\\pL"},
      {"\\\\p{L}\\Q\\p{L}\\E[[:alpha:]\\p{L}]", "\\\\p{L}\\Q\\p{L}\\E[[:alpha:]A-Za-z\\x{80}-\\x{10FFFF}]"},
      // After a '-' in a class a range could form: copied. A '-' after one is a literal.
      {"[x-\\p{L}][-\\p{L}]", "[x-\\p{L}][-\\p{L}]"},
      {"[\\p{L}-]+[\\p{L}-x][^\\p{L}-]", "[A-Za-z\\x{80}-\\x{10FFFF}-]+[A-Za-z\\x{80}-\\x{10FFFF}-x][^A-Za-z-]"},
      {"[]\\p{L}]", "[]A-Za-z\\x{80}-\\x{10FFFF}]"},
      {"[\\p{L}", "[A-Za-z\\x{80}-\\x{10FFFF}"},
      {"", ""},
  };
  for (const WidenCase& c : cases) {
    EXPECT_EQ(WidenUnicodeClasses(c.pattern), c.widened) << c.pattern;
  }
}

TEST(WidenUnicodeClassesTest, WidenedPatternAcceptsEverythingTheOriginalAcceptsInEitherCase) {
  const char* patterns[] = {
      "^[\\p{Lu}][\\p{L}\\p{M}.' -]+\\s*\\((?P<tag>\\p{L}+)\\)",
      "(?:^|[^\\p{L}\\p{N}])(?:machine|automatic)[- ]translat\\p{L}*",
      "\\p{N}+\\s+\\p{Ll}+",
      "[^\\p{L}\\p{N}'’]{2}\\p{Arabic}",
      "(?:[\\p{L}-]+\\s+)*?(?:translated|[^\\p{L}-]x|[\\p{Lu}-y]+z)",
  };
  const char* texts[] = {
      "ŞANLIURFA (AA) – text",
      "Ærøskøbing (Ritzau) -",
      "Kraków (PAP)",
      "a machine-translated text",
      "«automatic translation»",
      "x–Automatic Translations",
      "42 élèves",
      "٣ ٤ x",
      "12 KELVIN",
      "ﻻ..ﺍلعربية",
      "nothing to see",
      "Jean-Luc's well-translated text",
      "Jean-Luc's well-translated",
      "-- x",
      "ÉTÉ-Y-yz",
      "a-y-z",
  };
  for (const char* p : patterns) {
    for (const bool case_sensitive : {true, false}) {
      RE2::Options options;
      options.set_case_sensitive(case_sensitive);
      options.set_log_errors(false);
      const RE2 original(p, options), widened(WidenUnicodeClasses(p), options);
      ASSERT_TRUE(original.ok()) << p;
      ASSERT_TRUE(widened.ok()) << WidenUnicodeClasses(p);
      for (const char* t : texts) {
        if (RE2::PartialMatch(t, original)) {
          EXPECT_TRUE(RE2::PartialMatch(t, widened)) << p << " on " << t;
        }
      }
    }
  }
  // Wider: a non-letter outside ASCII now passes where a letter was asked for.
  EXPECT_FALSE(RE2::PartialMatch("\xE2\x80\x94", RE2("^\\p{L}$")));
  EXPECT_TRUE(RE2::PartialMatch("\xE2\x80\x94", RE2(WidenUnicodeClasses("^\\p{L}$"))));
}

TEST(WidenUnicodeClassesTest, PatternsRe2RejectsStayRejected) {
  const char* bad[] = {"[\\p{L}-x", "(\\p{L}", "[x-\\p{L}]", "\\p{L}{1001}", "[\\p{L}-\\p{N}]", "[\\p{L}--\\p{N}]",
                       "[0-\\p{L}]", "[\\p{L}-]", "[\\p{L}-x]", "[^\\p{L}-]"};
  for (const char* p : bad) {
    const RE2 original(p, RE2::Quiet);
    const RE2 widened(WidenUnicodeClasses(p), RE2::Quiet);
    EXPECT_EQ(original.ok(), widened.ok()) << p << " -> " << WidenUnicodeClasses(p);
  }
}

struct ContainsCase {
  const char* pattern;
  bool contains;
};

TEST(EveryMatchContainsTest, PlaceholderOutsideEveryOptionalPartOnEveryBranch) {
  const ContainsCase cases[] = {
      {"{OUTLET}", true},
      {"^By\\s+(?P<outlet>{OUTLET})[ \\t.]*$", true},
      {"(?:Source|Quelle)\\s*:\\s*(?:the\\s+)?(?P<outlet>{OUTLET})(?:,\\s*(?P<outlet2>{OUTLET}))?", true},
      {"(?:(?P<outlet>{OUTLET})/x|y/(?P<outlet2>{OUTLET}))\\s*$", true},
      {"(?i)(?-i:{OUTLET})+ said", true},
      {"a{2}{OUTLET}", true},
      {"(?:{OUTLET}){1,3}", true},
      // Optional, or missing from a branch.
      {"(?:{OUTLET})?\\s+said", false},
      {"(?:{OUTLET})*x", false},
      {"(?:{OUTLET}){0,2}x", false},
      {"with\\s+{OUTLET}|with\\s+agency\\s+inputs", false},
      {"(?:a|{OUTLET})b", false},
      // Placeholder text inside escapes and classes is not the placeholder.
      {"\\Q{OUTLET}\\E", false},
      {"[{OUTLET}]", false},
      {"no placeholder", false},
      // Unreadable: unsure, so false.
      {"({OUTLET}", false},
      {"{OUTLET})", false},
      {"(?P<x{OUTLET}", false},
      {"", false},
  };
  for (const ContainsCase& c : cases) {
    EXPECT_EQ(EveryMatchContains(c.pattern, "{OUTLET}"), c.contains) << c.pattern;
  }
}

struct LineStartCase {
  const char* pattern;
  bool at_line;
};

TEST(EveryMatchStartsAtLineTest, OpeningCaretWithNoTopLevelAlternation) {
  const LineStartCase cases[] = {
      {"^By\\s+(?P<outlet>{OUTLET})[ \\t.]*$", true},
      {"^[ \\t]*(?:By|Von|Par)\\s+\\w+", true},
      {"^(?:a|b)(?:c|(?:d|e))", true},
      {"^[|(]x", true},       // '|' and '(' inside a class
      {"^\\(x\\|y", true},   // escaped
      {"^\\Q|\\E", true},     // quoted
      // Not every match starts at a line start.
      {"^By|\\bvia\\b", false},
      {"(?:^|\\n)By", false},
      {"(?:^By)", false},
      {"x^", false},
      {"^*x", false},
      {"^?x", false},
      {"^+x", false},
      {"^{2}x", false},
      // Unreadable: unsure, so false.
      {"^(x", false},
      {"^x)", false},
      {"^", false},
      {"", false},
  };
  for (const LineStartCase& c : cases) {
    EXPECT_EQ(EveryMatchStartsAtLine(c.pattern), c.at_line) << c.pattern;
  }
}

}  // namespace
}  // namespace provscore::internal
