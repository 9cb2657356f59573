#include "score/extract/text_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace provscore {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

std::string ReadFixture(std::string_view name) {
  const std::string path = std::string(PROVSCORE_TEST_DATA) + "/text/" + std::string(name);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot open fixture " << path;
    return {};
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> AuthorNames(const Article& a) {
  std::vector<std::string> names;
  for (const SourcedValue& v : a.authors) names.push_back(v.value);
  return names;
}

// The text of each block, read back through its offsets.
std::vector<std::string> BlockTexts(const Article& a) {
  std::vector<std::string> out;
  for (const TextBlock& b : a.blocks) {
    EXPECT_LE(b.start, b.end);
    EXPECT_LE(b.end, a.text.size());
    out.push_back(a.text.substr(b.start, b.end - b.start));
  }
  return out;
}

// Blocks tile `text` exactly, with one blank line between neighbours.
void ExpectBlocksTileText(const Article& a) {
  size_t expected_start = 0;
  for (const TextBlock& b : a.blocks) {
    EXPECT_EQ(b.start, expected_start);
    EXPECT_EQ(b.kind, TextBlock::Kind::kParagraph);
    expected_start = b.end + 2;
    if (b.end < a.text.size()) {
      EXPECT_EQ(a.text.substr(b.end, 2), "\n\n");
    }
  }
  if (!a.blocks.empty()) {
    EXPECT_EQ(a.blocks.back().end, a.text.size());
  }
}

TEST(TextExtractorTest, EmptyInputGivesEmptyArticle) {
  const Article a = ExtractTextArticle("");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "");
  EXPECT_THAT(a.blocks, IsEmpty());
  EXPECT_THAT(a.authors, IsEmpty());
  EXPECT_FALSE(a.published.has_value());
}

TEST(TextExtractorTest, OnlyBlankLinesGiveEmptyArticle) {
  const Article a = ExtractTextArticle("\n\n   \r\n\t\n \xC2\xA0 \n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "");
  EXPECT_THAT(a.blocks, IsEmpty());
}

TEST(TextExtractorTest, TitleIsFirstNonEmptyLineTrimmed) {
  const Article a = ExtractTextArticle("\n\n   Council approves   new bridge  \nThe vote was close.\n");
  EXPECT_EQ(a.title, "Council approves new bridge");
  EXPECT_EQ(a.text, "The vote was close.");
  EXPECT_THAT(BlockTexts(a), ElementsAre("The vote was close."));
}

TEST(TextExtractorTest, SingleLineIsTitleWithEmptyBody) {
  const Article a = ExtractTextArticle("Just a headline");
  EXPECT_EQ(a.title, "Just a headline");
  EXPECT_EQ(a.text, "");
  EXPECT_THAT(a.blocks, IsEmpty());
}

TEST(TextExtractorTest, LongFirstSentenceIsBodyNotTitle) {
  const std::string first =
      "On Monday, local time, the regional council announced that it would rebuild every bridge in the old "
      "town over the next three years, a plan that residents have requested for a decade.";
  const Article a = ExtractTextArticle(first + "\nA second paragraph.\n");
  EXPECT_EQ(a.title, "");
  EXPECT_THAT(BlockTexts(a), ElementsAre(first, "A second paragraph."));
}

TEST(TextExtractorTest, SiteNameSuffixIsSplitFromTitle) {
  const Article a = ExtractTextArticle("Council approves budget for the new bridge - Harbour Times\nBody.\n");
  EXPECT_EQ(a.title, "Council approves budget for the new bridge");
  EXPECT_EQ(a.site_name, "Harbour Times");
}

TEST(TextExtractorTest, DashInsideShortTitleIsKept) {
  const Article a = ExtractTextArticle("Russia - Ukraine talks: what we know so far\nBody.\n");
  EXPECT_EQ(a.title, "Russia - Ukraine talks: what we know so far");
  EXPECT_EQ(a.site_name, "");
}

TEST(TextExtractorTest, BreadcrumbBeforeRepeatedTitleBecomesNavBoilerplate) {
  const Article a = ExtractTextArticle(
      "Home World News Council votes to extend library hours\n\nCouncil votes to extend library hours\n\nBody.\n");
  EXPECT_EQ(a.title, "Council votes to extend library hours");
  ASSERT_EQ(a.boilerplate.size(), 1u);
  EXPECT_EQ(a.boilerplate[0].role, "breadcrumb");
  EXPECT_EQ(a.boilerplate[0].text, "Home World News");
  EXPECT_EQ(a.text, "Body.");
}

TEST(TextExtractorTest, HeadlinePrintedTwiceIsNotRepeatedInBody) {
  const Article a = ExtractTextArticle("Library hours extended\nLibrary hours extended\nBody.\n");
  EXPECT_EQ(a.title, "Library hours extended");
  EXPECT_EQ(a.text, "Body.");
}

TEST(TextExtractorTest, ParagraphsAreSeparatedByOneBlankLine) {
  const Article single = ExtractTextArticle("Headline\nFirst.\nSecond.\nThird.\n");
  const Article blank = ExtractTextArticle("Headline\n\nFirst.\n\n\n\nSecond.\n  \nThird.\n\n");
  EXPECT_EQ(single.text, "First.\n\nSecond.\n\nThird.");
  EXPECT_EQ(blank.text, single.text);
  EXPECT_THAT(BlockTexts(blank), ElementsAre("First.", "Second.", "Third."));
}

TEST(TextExtractorTest, WhitespaceInsideParagraphIsCollapsed) {
  const Article a = ExtractTextArticle("Headline\n  Tabs\tand   spaces\xC2\xA0" "and NBSP  \n");
  EXPECT_EQ(a.text, "Tabs and spaces and NBSP");
}

TEST(TextExtractorTest, CrlfLineEndingsAreNormalised) {
  const Article crlf = ExtractTextArticle(ReadFixture("crlf_breadcrumb.txt"));
  EXPECT_EQ(crlf.title, "Council votes to extend library hours");
  EXPECT_EQ(crlf.text.find('\r'), std::string::npos);
  EXPECT_THAT(BlockTexts(crlf),
              ElementsAre("By Anna Berg, Staff Writer", "June 14, 2023",
                          "The city council voted on Tuesday to keep the central library open until nine in the "
                          "evening.",
                          "The change starts next month as a six-month trial.",
                          "Librarians asked for two extra staff to cover the late shifts."));
  ExpectBlocksTileText(crlf);
  EXPECT_THAT(AuthorNames(crlf), ElementsAre("Anna Berg"));
  ASSERT_TRUE(crlf.published.has_value());
  EXPECT_EQ(crlf.published->value, "2023-06-14");
}

TEST(TextExtractorTest, LoneCarriageReturnsAlsoEndLines) {
  const Article a = ExtractTextArticle("Headline\rFirst.\rSecond.");
  EXPECT_EQ(a.title, "Headline");
  EXPECT_EQ(a.text, "First.\n\nSecond.");
}

TEST(TextExtractorTest, WireStoryFixture) {
  const Article a = ExtractTextArticle(ReadFixture("wire_story.txt"));
  EXPECT_EQ(a.title, "Harbour authority approves night ferry service to the islands");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Maria Keller", "Tomas Lind"));
  for (const SourcedValue& v : a.authors) {
    EXPECT_EQ(v.source, "byline");
    EXPECT_DOUBLE_EQ(v.confidence, 0.8);
  }
  EXPECT_THAT(a.byline_lines, ElementsAre(">> Maria Keller and Tomas Lind, The Coastal Herald"));
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2023-06-14T08:15+02:00");
  EXPECT_EQ(a.published->source, "text");
  EXPECT_DOUBLE_EQ(a.published->confidence, 0.6);
  ASSERT_TRUE(a.modified.has_value());
  EXPECT_EQ(a.modified->value, "2023-06-14T11:40+02:00");
  const std::vector<std::string> paragraphs = {
      ">> Maria Keller and Tomas Lind, The Coastal Herald",
      "Published: 14 Jun 2023 08:15 AM CEST Updated: 14 Jun 2023 11:40 AM CEST",
      "The harbour authority on Wednesday approved a night ferry service between the mainland and the three "
      "outer islands, ending a two-year dispute with local operators.",
      "Under the plan, one vessel will leave the main pier at midnight and return before dawn, carrying up to "
      "120 passengers.",
      "Operators said the service would need a public subsidy for at least its first three years.",
      "Island councils welcomed the decision but asked for a review after the first winter."};
  EXPECT_THAT(BlockTexts(a), ElementsAreArray(paragraphs));
  ExpectBlocksTileText(a);
  EXPECT_EQ(a.language, "");
  EXPECT_THAT(a.links, IsEmpty());
}

TEST(TextExtractorTest, TrailingParenthesisedReporterCreditIsByline) {
  const Article a = ExtractTextArticle(ReadFixture("reporter_credit.txt"));
  EXPECT_EQ(a.title, "");  // the first line is a sentence of the body
  EXPECT_THAT(AuthorNames(a), ElementsAre("Li Wen", "Zhao Ming"));
  EXPECT_THAT(a.byline_lines, ElementsAre("(Staff reporter Li Wen and Zhao Ming)"));
  EXPECT_FALSE(a.published.has_value());  // "On June 14, local time" has no year
  ASSERT_EQ(a.blocks.size(), 5u);
  EXPECT_EQ(BlockTexts(a).back(), "(Staff reporter Li Wen and Zhao Ming)");
  ExpectBlocksTileText(a);
}

struct BylineCase {
  const char* name;
  const char* line;
  std::vector<std::string> authors;
};

class TextBylineTest : public ::testing::TestWithParam<BylineCase> {};

TEST_P(TextBylineTest, BylineUnderTitleGivesAuthors) {
  const BylineCase& c = GetParam();
  const Article a = ExtractTextArticle(std::string("Council approves new bridge\n") + c.line +
                                       "\nThe vote was close.\nThe work starts in spring.\n");
  EXPECT_EQ(a.title, "Council approves new bridge");
  EXPECT_EQ(AuthorNames(a), c.authors);
  if (c.authors.empty()) {
    EXPECT_THAT(a.byline_lines, IsEmpty());
  } else {
    EXPECT_THAT(a.byline_lines, ElementsAre(c.line));
  }
  // The byline is content: it stays in the body text.
  EXPECT_EQ(BlockTexts(a).front(), c.line);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, TextBylineTest,
    ::testing::Values(
        BylineCase{"ByOneName", "By Jane Doe", {"Jane Doe"}},
        BylineCase{"ByTwoNamesAndOutlet", "By Jane Doe and John Roe, Reuters", {"Jane Doe", "John Roe"}},
        BylineCase{"ChevronsWithNewspaper", ">> Valerie Hopkins and Anton Troianovski, The New York Times",
                   {"Valerie Hopkins", "Anton Troianovski"}},
        BylineCase{"CommaAndAmpersandList", "By Jane Doe, John Roe & Ann Poe", {"Jane Doe", "John Roe", "Ann Poe"}},
        BylineCase{"NameWithParticleAndRole", "By Ludwig van Beethoven, Staff Writer", {"Ludwig van Beethoven"}},
        BylineCase{"AuthorLabel", "Author: Jean-Luc Picard", {"Jean-Luc Picard"}},
        BylineCase{"WrittenBy", "Written by Sergey V. Lavrov", {"Sergey V. Lavrov"}},
        BylineCase{"AccentedName", "By \xC3\x89lise Martin", {"\xC3\x89lise Martin"}},
        BylineCase{"BylineWithDateAfterBar", "By Jane Doe | February 21, 2022", {"Jane Doe"}},
        BylineCase{"ParenthesisedReporterNearTop", "(Staff reporter Li Wen)", {"Li Wen"}},
        BylineCase{"SentenceStartingWithBy", "By Monday the troops had crossed the border near the town.", {}},
        BylineCase{"ByTheEnd", "By the end of the day, talks had stalled.", {}},
        BylineCase{"ByAgencyOnly", "By Reuters", {}},
        BylineCase{"PhotoCreditIsNotByline", "(Photo: Shutterstock)", {}}),
    [](const ::testing::TestParamInfo<BylineCase>& param_info) { return std::string(param_info.param.name); });

TEST(TextExtractorTest, ReutersStyleTrailingCreditTakesReportersNotEditors) {
  const Article a = ExtractTextArticle(
      "Council approves new bridge\nThe vote was close.\nWork starts in spring.\n"
      "(Reporting by Jane Doe; Editing by John Roe)\n");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Jane Doe"));
}

TEST(TextExtractorTest, BylineFarFromTopIsIgnored) {
  std::string input = "Council approves new bridge\n";
  for (int i = 0; i < 8; ++i) input += "Paragraph " + std::to_string(i) + ".\n";
  input += "By Jane Doe\nClosing paragraph.\nAnother closing paragraph.\n";
  const Article a = ExtractTextArticle(input);
  EXPECT_THAT(a.authors, IsEmpty());
  EXPECT_THAT(a.byline_lines, IsEmpty());
}

TEST(TextExtractorTest, BylineBeforeTitleDoesNotBecomeTitle) {
  const Article a = ExtractTextArticle("By Jane Doe\nCouncil approves new bridge\nThe vote was close.\n");
  EXPECT_EQ(a.title, "Council approves new bridge");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Jane Doe"));
  EXPECT_THAT(BlockTexts(a), ElementsAre("By Jane Doe", "The vote was close."));
}

TEST(TextExtractorTest, RepeatedBylineNamesAreDeduplicated) {
  const Article a = ExtractTextArticle("Headline here\nBy Jane Doe\nBody.\n(Reporter Jane Doe)\n");
  EXPECT_THAT(AuthorNames(a), ElementsAre("Jane Doe"));
  EXPECT_EQ(a.byline_lines.size(), 2u);
}

struct DateCase {
  const char* name;
  const char* line;
  const char* iso;
};

class TextDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(TextDateTest, DateLineNearTopIsPublished) {
  const DateCase& c = GetParam();
  const Article a =
      ExtractTextArticle(std::string("Council approves new bridge\n") + c.line + "\nThe vote was close.\n");
  EXPECT_EQ(a.title, "Council approves new bridge");
  ASSERT_TRUE(a.published.has_value()) << c.line;
  EXPECT_EQ(a.published->value, c.iso);
  EXPECT_EQ(a.published->source, "text");
}

INSTANTIATE_TEST_SUITE_P(
    Formats, TextDateTest,
    ::testing::Values(
        DateCase{"PublishedWithZone", "Published: 21 Feb 2022 10:24 PM BdST", "2022-02-21T22:24+06:00"},
        DateCase{"MonthDayYear", "February 21, 2022", "2022-02-21"},
        DateCase{"Iso", "2022-02-21", "2022-02-21"},
        DateCase{"DottedDayMonthYear", "21.02.2022", "2022-02-21"},
        DateCase{"DottedWithTime", "21.02.2022 09:05", "2022-02-21T09:05"},
        DateCase{"WeekdayAndAmTime", "Monday, February 21, 2022 at 9:05 a.m. EST", "2022-02-21T09:05-05:00"},
        DateCase{"IsoDateTimeUtc", "2022-02-21T08:30:00Z", "2022-02-21T08:30:00Z"},
        DateCase{"NumericOffset", "2022-02-21 08:30 +0300", "2022-02-21T08:30+03:00"},
        DateCase{"GmtPlusHours", "Posted 21 Feb 2022 8:30 GMT+6", "2022-02-21T08:30+06:00"},
        DateCase{"AmbiguousZoneKeepsLocalTime", "21 Feb 2022 12:10 AM IST", "2022-02-21T00:10"},
        DateCase{"OrdinalDay", "Posted 21st February 2022", "2022-02-21"},
        DateCase{"AbbreviatedMonthWithDot", "Sept. 3, 2021", "2021-09-03"},
        DateCase{"LeapDay", "29 Feb 2024", "2024-02-29"}),
    [](const ::testing::TestParamInfo<DateCase>& param_info) { return std::string(param_info.param.name); });

TEST(TextExtractorTest, ImpossibleDatesAreIgnored) {
  for (const char* line : {"31.02.2022", "February 30, 2022", "29 Feb 2023", "2022-13-01", "1850-01-01"}) {
    const Article a = ExtractTextArticle(std::string("Headline here\n") + line + "\nBody.\n");
    EXPECT_FALSE(a.published.has_value()) << line;
  }
}

TEST(TextExtractorTest, DateInsideBodySentenceIsNotPublished) {
  const Article a = ExtractTextArticle(
      "Headline here\nOn February 21, 2022, the council voted to approve the plan after a long debate.\n");
  EXPECT_FALSE(a.published.has_value());
}

TEST(TextExtractorTest, DateLineFarFromTopIsIgnored) {
  std::string input = "Headline here\n";
  for (int i = 0; i < 8; ++i) input += "Paragraph " + std::to_string(i) + ".\n";
  input += "February 21, 2022\n";
  EXPECT_FALSE(ExtractTextArticle(input).published.has_value());
}

TEST(TextExtractorTest, UpdatedOnlyLineSetsModifiedNotPublished) {
  const Article a = ExtractTextArticle("Headline here\nUpdated: 2022-02-22 10:00\nBody.\n");
  EXPECT_FALSE(a.published.has_value());
  ASSERT_TRUE(a.modified.has_value());
  EXPECT_EQ(a.modified->value, "2022-02-22T10:00");
}

TEST(TextExtractorTest, DatePrefixIsSplitFromTitle) {
  const Article a = ExtractTextArticle(
      " date 2022-02-21 Putin says he will consider recognising two territories\nBody paragraph.\n");
  EXPECT_EQ(a.title, "Putin says he will consider recognising two territories");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2022-02-21");
  EXPECT_EQ(a.text, "Body paragraph.");
}

TEST(TextExtractorTest, DatelineWithSeparatorIsSplitFromTitle) {
  const Article a = ExtractTextArticle("21.02.2022 - Council approves new bridge\nBody.\n");
  EXPECT_EQ(a.title, "Council approves new bridge");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2022-02-21");
}

TEST(TextExtractorTest, DateOnlyFirstLineIsNotTitle) {
  const Article a = ExtractTextArticle("February 21, 2022\nCouncil approves new bridge\nBody.\n");
  EXPECT_EQ(a.title, "Council approves new bridge");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2022-02-21");
}

TEST(TextExtractorTest, TimedDateLineRefinesTitleDateOfSameDay) {
  const Article a = ExtractTextArticle(
      "date 2022-02-21 Council approves new bridge\nPublished: 21 Feb 2022 10:24 PM BdST\nBody.\n");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->value, "2022-02-21T22:24+06:00");
}

TEST(TextExtractorTest, NoBylineOrDateLeavesMetadataEmpty) {
  const Article a = ExtractTextArticle("Council approves new bridge\nThe vote was close.\nWork starts soon.\n");
  EXPECT_THAT(a.authors, IsEmpty());
  EXPECT_THAT(a.byline_lines, IsEmpty());
  EXPECT_FALSE(a.published.has_value());
  EXPECT_FALSE(a.modified.has_value());
  EXPECT_EQ(a.language, "");
  EXPECT_EQ(a.site_name, "");
  EXPECT_THAT(a.links, IsEmpty());
  EXPECT_THAT(a.boilerplate, IsEmpty());
}

TEST(TextExtractorTest, InvalidUtf8IsRepairedInText) {
  const Article a = ExtractTextArticle("Headline\nbad \xFF byte\n");
  EXPECT_EQ(a.text, "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace provscore
