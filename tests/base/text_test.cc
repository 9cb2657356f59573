#include "base/text.h"

#include <gtest/gtest.h>

namespace provscore {
namespace {

struct RepairCase {
  const char* name;
  std::string input;
  std::string expected;
  size_t replaced;
};

TEST(TextTest, RepairUtf8ReplacesEachMaximalInvalidSubsequence) {
  const std::string r = "\xEF\xBF\xBD";
  const RepairCase cases[] = {
      {"ascii", "plain", "plain", 0},
      {"valid multibyte", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\xB0", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\xB0", 0},
      {"lone continuation", "a\x80" "b", "a" + r + "b", 1},
      {"latin1 byte", "caf\xE9!", "caf" + r + "!", 1},
      {"truncated 3-byte", "x\xE2\x80", "x" + r, 1},
      {"overlong", "\xC0\xAF", r + r, 2},
      {"surrogate", "\xED\xA0\x80", r + r + r, 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", r + r + r + r, 4},
      {"empty", "", "", 0},
      // Runs of ASCII longer than the eight bytes read at a time, broken at every offset.
      {"long ascii", "0123456789abcdefghij", "0123456789abcdefghij", 0},
      {"invalid after 17 ascii", "0123456789abcdefg\xE9tail of text", "0123456789abcdefg" + r + "tail of text", 1},
      {"multibyte at offset 8", "01234567\xC3\xA9" "89abcdefgh\xE2\x80\x94", "01234567\xC3\xA9" "89abcdefgh\xE2\x80\x94", 0},
      {"byte 0x80 inside a word", "abcdefg\x80hijklmnopq", "abcdefg" + r + "hijklmnopq", 1},
      {"truncated at the end of a long run", "0123456789abcdef\xF0\x9F\x93", "0123456789abcdef" + r, 1},
  };
  for (const RepairCase& c : cases) {
    size_t replaced = 99;
    EXPECT_EQ(RepairUtf8(c.input, &replaced), c.expected) << c.name;
    EXPECT_EQ(replaced, c.replaced) << c.name;
    EXPECT_TRUE(IsValidUtf8(RepairUtf8(c.input))) << c.name;
    EXPECT_EQ(IsValidUtf8(c.input), c.replaced == 0) << c.name;
  }
}

TEST(TextTest, CollapseWhitespaceFoldsUnicodeSpaceAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b\xC2\xA0\xC2\xA0" "c\xE3\x80\x80 "), "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace(" \n\t "), "");
  // Every ASCII white-space byte, \v and \f included, beside non-ASCII space and
  // an invalid byte (kept as U+FFFD).
  EXPECT_EQ(CollapseWhitespace("\va\fb\r\nc\xE2\x80\x83" "d\x80 e\xC2\x85"), "a b c d\xEF\xBF\xBD e");
}

// CollapseWhitespace as first written, with push_back and AppendUtf8, a code point
// at a time: the buffer it now writes by index must give the same text on any bytes.
std::string CollapseByAppending(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(s, i);
    if (IsUnicodeSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (cp == 0xFFFD && i - start == 1) {
      AppendUtf8(cp, out);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

TEST(TextTest, CollapseWhitespaceGivesWhatAppendingGaveOnAnyBytes) {
  // Pieces met at random: ASCII words and white space, Unicode spaces (NBSP, NEL, em
  // space, ideographic space), letters of two, three and four bytes, U+FFFD as
  // written, and invalid bytes (a lone continuation, a cut sequence, an overlong, one
  // above U+10FFFF), which grow the text: runs of them test the buffer's growth.
  const std::string_view pieces[] = {"a", "Word", " ", "\t", "\n", "\v\f\r", "\xC2\xA0", "\xC2\x85", "\xE2\x80\x83",
                                     "\xE3\x80\x80", "\xC3\xA9", "\xD0\x96", "\xE6\x97\xA5", "\xF0\x9F\x93\xB0",
                                     "\xEF\xBF\xBD", "\x80", "\x80\x80\x80", "\xE2\x80", "\xC0\xAF", "\xF4\x90\x80\x80"};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const uint32_t length = next() % 24;
    for (uint32_t k = 0; k < length; ++k) text += pieces[next() % std::size(pieces)];
    EXPECT_EQ(CollapseWhitespace(text), CollapseByAppending(text)) << testing::PrintToString(text);
  }
  const std::string invalid(1000, static_cast<char>(0x80));  // 1,000 bytes in, 3,000 out
  EXPECT_EQ(CollapseWhitespace(" " + invalid + " x"), CollapseByAppending(invalid + " x"));
}

TEST(TextTest, LongestAsciiWordIsKeptByCollapsing) {
  EXPECT_EQ(LongestAsciiWord("The harbour board met"), "harbour");
  EXPECT_EQ(LongestAsciiWord("ab cd"), "ab");  // the first of equal ones
  EXPECT_EQ(LongestAsciiWord("caf\xC3\xA9 au lait"), "lait");  // a non-ASCII letter ends a run
  EXPECT_EQ(LongestAsciiWord("\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8"), "");  // none in Cyrillic
  EXPECT_EQ(LongestAsciiWord(""), "");
  // The run is found in a text before collapsing whenever the probe is found after.
  const std::string raw = "  The\t harbour\n\n board\xC2\xA0met ";
  const std::string_view probe = "harbour board met";
  ASSERT_NE(CollapseWhitespace(raw).find(probe), std::string::npos);
  EXPECT_NE(raw.find(LongestAsciiWord(probe)), std::string::npos);
}

TEST(TextTest, WordRunEndStopsAtWhiteSpaceOfAnyKindAndAtInvalidBytes) {
  EXPECT_EQ(WordRunEnd("abc def", 0), 3u);
  EXPECT_EQ(WordRunEnd("abc def", 3), 3u);  // at white space: no word
  EXPECT_EQ(WordRunEnd("a\vb", 0), 1u);  // \v and \f are white space too
  EXPECT_EQ(WordRunEnd("caf\xC3\xA9\xC2\xA0x", 0), 5u);  // stops at NBSP
  EXPECT_EQ(WordRunEnd("\xE6\x97\xA5\xE6\x9C\xAC\xE3\x80\x80", 0), 6u);  // and at the ideographic space
  EXPECT_EQ(WordRunEnd("ab\x80" "cd", 0), 2u);  // at an invalid byte
  EXPECT_EQ(WordRunEnd("ab\xE2\x80", 0), 2u);  // and at a cut sequence
  EXPECT_EQ(WordRunEnd("\xEF\xBF\xBD!", 0), 4u);  // U+FFFD as written is a letter like any
  EXPECT_EQ(WordRunEnd("tail", 0), 4u);
  EXPECT_EQ(WordRunEnd("tail", 4), 4u);
}

TEST(TextTest, CountWordsHandlesScriptsAndPunctuation) {
  EXPECT_EQ(CountWords("The quick, brown fox."), 4u);
  EXPECT_EQ(CountWords("don't stop-gap"), 2u);
  EXPECT_EQ(CountWords("Путин выступил с обращением"), 4u);
  EXPECT_EQ(CountWords("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), 3u);  // 日本語: one per character
  EXPECT_EQ(CountWords(" -- "), 0u);
}

TEST(TextTest, EndsSentenceReadsFinalMarksOfManyScriptsAndClosingQuotes) {
  const struct {
    const char* text;
    bool ends;
  } cases[] = {
      {"The ferry stops for the winter.", true},
      {"Will it run again in spring?  ", true},
      {"He said it was \"final\"", true},
      {"Sie sagte: \xC2\xBB" "Das ist das Ende\xC2\xBB", true},             // a quote closed by »
      {"The list goes on;", true},
      {"\xE6\x9C\xAC\xE6\x97\xA5\xE3\x80\x82", true},                          // 本日。
      {"\xE6\x9C\xAC\xE5\xBD\x93\xEF\xBC\x9F", true},                          // 本当？
      {"\xD9\x87\xD9\x84 \xD9\x8A\xD8\xB9\xD9\x88\xD8\xAF\xD8\x9F", true},       // Arabic question
      {"\xE0\xA4\xAF\xE0\xA4\xB9 \xE0\xA4\xB8\xE0\xA4\x9A \xE0\xA4\xB9\xE0\xA5\x88\xE0\xA5\xA4", true},  // Hindi sentence with danda
      {"Ferry company stops the night crossing", false},                // a headline
      {"Published: May 3", false},                                      // a field
      {"Opinion |", false},
      {"", false},
  };
  for (const auto& c : cases) EXPECT_EQ(EndsSentence(c.text), c.ends) << c.text;
}

TEST(TextTest, IsCapitalLetterKnowsTheCasedAlphabets) {
  for (const char32_t cp :
       {U'A', U'Z', U'\u00C9' /* É */, U'\u0141' /* Ł */, U'\u0160' /* Š */, U'\u0394' /* Δ */, U'\u0416' /* Ж */}) {
    EXPECT_TRUE(IsCapitalLetter(cp)) << static_cast<uint32_t>(cp);
  }
  for (const char32_t cp :
       {U'a', U'7', U' ', U'\u00E9' /* é */, U'\u00D7' /* × */, U'\u0142' /* ł */, U'\u0161' /* š */, U'\u03B4' /* δ */,
        U'\u0436' /* ж */, U'\u0627' /* ا */, U'\u05D0' /* א */, U'\u65B0' /* 新 */}) {
    EXPECT_FALSE(IsCapitalLetter(cp)) << static_cast<uint32_t>(cp);
  }
}

TEST(TextTest, NextCodePointAdvancesOverInvalidBytesOneAtATime) {
  const std::string s = "a\xFF\xC3\xA9";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, i), U'a');
  EXPECT_EQ(NextCodePoint(s, i), char32_t{0xFFFD});
  EXPECT_EQ(i, 2u);
  EXPECT_EQ(NextCodePoint(s, i), char32_t{0xE9});
  EXPECT_EQ(i, s.size());
}

TEST(TextTest, UrlHostAndPath) {
  EXPECT_EQ(UrlHost("https://user@www.Example.co.uk:8080/x"), "example.co.uk");
  EXPECT_EQ(UrlHost("/relative/path"), "");
  EXPECT_EQ(UrlPath("https://x.org/a/b?q=1#f"), "/a/b");
  EXPECT_EQ(UrlPath("https://x.org"), "");
  EXPECT_EQ(UrlPath("https://x.org/"), "/");
  EXPECT_EQ(UrlPath("https://x.org?q=1"), "");
  EXPECT_EQ(UrlPath("/a/b?q"), "/a/b");
}

TEST(TextTest, SmallHelpersBehave) {
  EXPECT_EQ(TrimAscii("  x y \n"), "x y");
  EXPECT_EQ(AsciiLower("AbC-Ä"), "abc-Ä");
  EXPECT_EQ(AsciiUpper("aBc-ä"), "ABC-ä");
  EXPECT_TRUE(StartsWithIgnoreCase("READ ALSO:", "read also"));
  EXPECT_FALSE(StartsWithIgnoreCase("READ", "read also"));
  EXPECT_TRUE(EqualsIgnoreCase("Aria-HIDDEN", "aria-hidden"));
  EXPECT_TRUE(EqualsIgnoreCase("", ""));
  EXPECT_FALSE(EqualsIgnoreCase("hidden", "hidde"));
  EXPECT_FALSE(EqualsIgnoreCase("[", "{"));      // only ASCII letters fold: '[' is not '{'
  EXPECT_FALSE(EqualsIgnoreCase("\xC3\x84", "\xC3\xA4"));  // nor non-ASCII ones ("Ä", "ä")
  EXPECT_TRUE(EqualsIgnoreCase("\xC3\x84x", "\xC3\x84X"));
  EXPECT_EQ(Split("a,,b", ',').size(), 3u);
  EXPECT_EQ(HexEncode(std::string("\x00\xff", 2)), "00ff");
}

TEST(TextTest, NameKeyComparesSpellingsOfOneName) {
  EXPECT_EQ(NameKey("The Harbour-Herald"), "harbourherald");
  EXPECT_EQ(NameKey("  harbour herald "), "harbourherald");
  EXPECT_EQ(NameKey(" The Harbour Herald"), "harbourherald");  // trimmed before "the " is dropped
  EXPECT_EQ(NameKey("THE TIMES"), "times");
  EXPECT_EQ(NameKey("Theatre Weekly"), "theatreweekly");  // "the" only as a word
  EXPECT_EQ(NameKey("The"), "the");
  EXPECT_EQ(NameKey("Süddeutsche Zeitung"), "s\xC3\xBC" "ddeutschezeitung");
  EXPECT_EQ(NameKey("24 Heures"), "24heures");
  EXPECT_EQ(NameKey(""), "");
}

}  // namespace
}  // namespace provscore
