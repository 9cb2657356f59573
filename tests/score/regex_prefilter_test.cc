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

}  // namespace
}  // namespace provscore::internal
