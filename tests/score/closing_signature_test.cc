// A closing signature ends the article: after the text, a line that opens with a byline
// word and names a person, then the site's rights notice (on the same line, parted by a
// <br>, or the next one). What follows -- reference tabs, readers' opinions, a
// disclaimer -- is the site's furniture, and the signature names the author when
// nothing else does (score/extract/README.md; rules/AUTHOR-BOX-CONVENTIONS.md). Every
// page is invented; classes are meaningless tokens.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "score/extract/html_extractor.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// A page with no byline under the headline: three paragraphs, then `ending`, then
// the furniture a health site prints after its stories.
std::string Page(const std::string& lang, const std::string& ending) {
  return "<html lang=\"" + lang +
         "\"><head><title>Harbour clinic opens a new ward</title></head><body><div class=\"q1\">"
         "<h1>Harbour clinic opens a new ward</h1><div class=\"q2\">"
         "The clinic by the harbour opened a ward for older patients on Monday, the first of three it plans "
         "to open before the winter.<br><br>"
         "Nurses moved the first twelve patients in the morning, and the ward was full by the evening, the "
         "clinic's director said.<br><br>"
         "The second ward, for children, is to open in the spring once the new lift has been fitted.<br><br>" +
         ending +
         "<ul class=\"q3\"><li><a href=\"#t1\">Additional</a></li><li><a href=\"#t2\">References</a></li></ul>"
         "<div class=\"q4\"><p>Readers' opinions are moderated before they appear, and your e-mail address is "
         "only used to tell you when your opinion is published on the site.</p>"
         "<p>Note: nothing published on this site replaces the advice of a doctor, and you should not act on it "
         "before consulting a health care professional.</p></div></div></div></body></html>";
}

struct Extracted {
  std::string text;
  std::vector<std::string> authors;
};

Extracted Read(const std::string& html) {
  Result<Article> result = testing::BuiltinExtractor().Extract(html, "");
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  Extracted out;
  if (!result.ok()) return out;
  out.text = result->text;
  for (const SourcedValue& a : result->authors) out.authors.push_back(a.value);
  return out;
}

void ExpectEndsAtTheSignature(const Extracted& got) {
  EXPECT_THAT(got.text, HasSubstr("once the new lift has been fitted."));
  EXPECT_THAT(got.text, Not(HasSubstr("Readers' opinions")));
  EXPECT_THAT(got.text, Not(HasSubstr("health care professional")));
  EXPECT_THAT(got.text, Not(HasSubstr("References")));
}

TEST(ClosingSignatureTest, SignatureAndNoticeOnLinesPartedByABreak) {
  const Extracted got = Read(Page(
      "en", "Written by Jane Doe<br>Copyright: Harbour Health<br><b>Not to be reproduced without permission of "
            "Harbour Health</b><br><br>"));
  ExpectEndsAtTheSignature(got);
  EXPECT_THAT(got.authors, ElementsAre("Jane Doe"));
}

TEST(ClosingSignatureTest, SignatureInAParagraphAndTheNoticeUnderIt) {
  const Extracted got =
      Read(Page("en", "<p>Written by Jane Doe and John Roe</p><p>\u00A9 2026 Harbour Health. All rights reserved.</p>"));
  ExpectEndsAtTheSignature(got);
  EXPECT_THAT(got.authors, ElementsAre("Jane Doe", "John Roe"));
}

TEST(ClosingSignatureTest, GermanAndFrenchSignatures) {
  Extracted got = Read(Page("de", "<p>Von Erika Muster</p><p>\u00A9 Hafenblatt Gesundheit. Alle Rechte vorbehalten.</p>"));
  ExpectEndsAtTheSignature(got);
  EXPECT_THAT(got.authors, ElementsAre("Erika Muster"));
  got = Read(Page("fr", "Par Jeanne Dupont<br>\u00A9 Sant\u00E9 du Port. Tous droits r\u00E9serv\u00E9s.<br><br>"));
  ExpectEndsAtTheSignature(got);
  EXPECT_THAT(got.authors, ElementsAre("Jeanne Dupont"));
}

TEST(ClosingSignatureTest, ASurnameInCapitalsStaysTheNames) {
  const Extracted got = Read(Page("fr", "<p>Par Jeanne DUPONT</p><p>Copyright : Sant\u00E9 du Port</p>"));
  ExpectEndsAtTheSignature(got);
  EXPECT_THAT(got.authors, ElementsAre("Jeanne DUPONT"));
}

// Hard negatives: a rights notice with no signature over it, a signature with no
// notice under it, and a sentence opening with the byline word over a notice end
// nothing (the signature alone is still the byline reader's, as before).
TEST(ClosingSignatureTest, ANoticeOrASignatureAloneEndsNothing) {
  for (const std::string& ending :
       {std::string("<p>\u00A9 2026 Harbour Health. All rights reserved.</p>"),
        std::string("<p>Written by Jane Doe</p>"),
        std::string("<p>By the clinic's own count, the wards will take in four hundred patients a year between "
                    "them.</p><p>Copyright: Harbour Health</p>")}) {
    const Extracted got = Read(Page("en", ending));
    EXPECT_THAT(got.text, HasSubstr("Readers' opinions")) << ending;
    if (ending.find("Written") == std::string::npos) {
      EXPECT_THAT(got.authors, ::testing::IsEmpty()) << ending;
    }
  }
}

// The marks that open a rights notice are the rules' (rules/press_words.json
// "rights_marks", HtmlExtractorOptions::rights_marks), as the credit marks are: an
// extractor given another list reads a notice by that list, and one given none
// reads a notice only by its ASCII "(c) " or its "all rights reserved" wording.
TEST(ClosingSignatureTest, TheRightsMarksAreTheRules) {
  const std::string copyright = Page("en", "<p>Written by Jane Doe</p><p>Copyright: Harbour Health</p>");
  const std::string ascii = Page("en", "<p>Written by Jane Doe</p><p>(c) Harbour Health 2026</p>");
  auto read_with = [](const HtmlExtractorOptions& options, const std::string& html) {
    Result<Article> result = HtmlExtractor(options).Extract(html, "");
    EXPECT_TRUE(result.ok());
    Extracted out;
    if (!result.ok()) return out;
    out.text = result->text;
    for (const SourcedValue& a : result->authors) out.authors.push_back(a.value);
    return out;
  };
  HtmlExtractorOptions builtin = WithRules({}, testing::BuiltinRules());
  ExpectEndsAtTheSignature(read_with(builtin, copyright));
  HtmlExtractorOptions none = builtin;
  none.rights_marks.clear();
  EXPECT_THAT(read_with(none, copyright).text, HasSubstr("Readers' opinions"));
  ExpectEndsAtTheSignature(read_with(none, ascii));
  HtmlExtractorOptions other = none;
  other.rights_marks = {"copyright"};
  ExpectEndsAtTheSignature(read_with(other, copyright));
}

}  // namespace
}  // namespace provscore
