#include "reports/html_escape.h"

#include <boost/json.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace provscore {
namespace {

namespace json = boost::json;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(HtmlEscapeTest, TextAndAttributeEscapeTheFiveSpecialCharacters) {
  EXPECT_EQ(EscapeText("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(EscapeAttribute("\" onmouseover=\"x"), "&quot; onmouseover=&quot;x");
  EXPECT_EQ(EscapeText("Zürich \xE2\x80\xAE"), "Zürich \xE2\x80\xAE");
  EXPECT_EQ(EscapeText("--><![CDATA[</script>"), "--&gt;&lt;![CDATA[&lt;/script&gt;");
}

TEST(HtmlEscapeTest, OnlyHttpAndHttpsUrlsAreLinkable) {
  const struct {
    const char* url;
    bool linkable;
  } kCases[] = {
      {"https://example.com/a?b=1&c=2", true},
      {"HTTP://EXAMPLE.COM/", true},
      {"javascript:alert(1)", false},
      {"JavaScript:alert(1)", false},
      {" javascript:alert(1)", false},
      {"java\tscript:alert(1)", false},
      {"data:text/html,<script>alert(1)</script>", false},
      {"vbscript:msgbox", false},
      {"//evil.example/x", false},
      {"/relative/path", false},
      {"https:///no-host", false},
      {"https://example.com/a b", false},
      {"https://example.com/\x01", false},
      {"", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(IsLinkableUrl(c.url), c.linkable) << c.url;
}

TEST(HtmlEscapeTest, LinkOrTextLinksWithNoopenerAndEscapes) {
  EXPECT_EQ(LinkOrText("https://example.com/a?b=1&c=2"),
            "<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">https://example.com/a?b=1&amp;c=2</a>");
  EXPECT_EQ(LinkOrText("javascript:alert('x')"), "javascript:alert(&#39;x&#39;)");
  EXPECT_EQ(LinkOrText("data:text/html,<b>", "label"), "label");
}

TEST(HtmlEscapeTest, ScriptJsonCannotCloseTheBlockAndReadsBack) {
  const json::value v = json::array{"</script><script>alert(1)</script>", "<!-- -->", "a&b",
                                    "line\xE2\x80\xA8sep\xE2\x80\xA9para", "<![CDATA[x]]>"};
  const std::string out = ScriptJson(v);
  EXPECT_THAT(out, Not(HasSubstr("<")));
  EXPECT_THAT(out, Not(HasSubstr(">")));
  EXPECT_THAT(out, Not(HasSubstr("&")));
  EXPECT_THAT(out, Not(HasSubstr("\xE2\x80\xA8")));
  EXPECT_THAT(out, Not(HasSubstr("\xE2\x80\xA9")));
  EXPECT_THAT(out, HasSubstr("\\u003c/script\\u003e"));
  EXPECT_EQ(json::parse(out), v);
}

TEST(HtmlEscapeTest, CspHashSourceIsBase64OfSha256) {
  EXPECT_EQ(CspHashSource(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  EXPECT_EQ(CspHashSource("abc"), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
}

TEST(HtmlEscapeTest, PolicyAllowsOnlyTheHashedScriptAndStyle) {
  const std::string csp = ContentSecurityPolicy("s()", "b{}");
  EXPECT_THAT(csp, HasSubstr("default-src 'none'"));
  EXPECT_THAT(csp, HasSubstr("script-src " + CspHashSource("s()") + ";"));
  EXPECT_THAT(csp, HasSubstr("style-src " + CspHashSource("b{}") + ";"));
  EXPECT_THAT(ContentSecurityPolicy("", "b{}"), HasSubstr("script-src 'none'"));
  EXPECT_THAT(csp, Not(HasSubstr("unsafe")));
}

}  // namespace
}  // namespace provscore
