#include "score/internal/html_limits.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "score/html_extractor.h"

namespace provscore::internal {
namespace {

using ::testing::HasSubstr;

struct CapCase {
  const char* name;
  const char* html;
  size_t max_attributes;
  size_t removed;
  const char* capped;  // expected output when removed > 0
};

TEST(CapAttributesTest, KeepsTheFirstAttributesOfEachTag) {
  const CapCase kCases[] = {
      {"under the cap", "<div a=1 b=2>x</div>", 2, 0, ""},
      {"over the cap", "<div a=1 b=2 c=3 d>x</div>", 2, 2, "<div a=1 b=2 >x</div>"},
      {"quoted '>' is a value", "<p a=\"1>2\" b='>' c=3>x", 2, 1, "<p a=\"1>2\" b='>' >x"},
      {"self-closing slash goes with the cut", "<img a b c/>", 1, 2, "<img a >"},
      {"end tag attributes", "</div a b c>", 1, 2, "</div a >"},
      {"script text is not a tag", "<script>if (a<b c d e) f();</script><i x>", 1, 0, ""},
      {"comment is not a tag", "<!-- <b c d e> --><i x>", 1, 0, ""},
      {"unterminated tag", "<div a b c", 1, 2, "<div a "},
      {"each tag counted alone", "<i a b><i c d><i e f g>", 2, 1, "<i a b><i c d><i e f >"},
  };
  for (const CapCase& c : kCases) {
    std::string capped = "untouched";
    EXPECT_EQ(CapAttributes(c.html, c.max_attributes, &capped), c.removed) << c.name;
    if (c.removed > 0) {
      EXPECT_EQ(capped, c.capped) << c.name;
    } else {
      EXPECT_EQ(capped, "untouched") << c.name;
    }
  }
}

// An attribute bomb: one element with 20,000 attributes. Without the cap Gumbo's
// duplicate check makes this take seconds (minutes at 200,000); with it, the page is
// extracted and the limit is named.
TEST(CapAttributesTest, AttributeBombIsCutAndReported) {
  std::string html = "<html><body><div";
  for (int i = 0; i < 20000; ++i) html += " a" + std::to_string(i) + "=\"x\"";
  html += ">Bridge</div><p>The harbour bridge will reopen on Monday after repairs.</p></body></html>";
  HtmlExtractorOptions options;
  options.max_attributes_per_element = 100;
  auto article = HtmlExtractor(options).Extract(html, "https://example.test/a");
  ASSERT_TRUE(article.ok());
  EXPECT_THAT(article->text, HasSubstr("harbour bridge"));
  ASSERT_EQ(article->limits_hit.size(), 1u);
  EXPECT_THAT(article->limits_hit[0], HasSubstr("max_attributes_per_element (100) removed 19900 attributes"));
}

TEST(CapAttributesTest, OrdinaryPageHitsNoLimit) {
  auto article = HtmlExtractor().Extract("<html><body><p class=a id=b data-x=1>Some text.</p></body></html>", "");
  ASSERT_TRUE(article.ok());
  EXPECT_TRUE(article->limits_hit.empty());
}

}  // namespace
}  // namespace provscore::internal
