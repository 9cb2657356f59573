// Checks shared by the report page tests: a page's markup is only its own (no
// event handler, style or src attribute, no link out of the report but http(s)),
// and a helper to cut a page's policy, style or script out of it.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <regex>
#include <string>

#include "reports/html_escape.h"

namespace provscore {

// Every start tag of a page: no event-handler attribute, no style or src
// attribute, and every href is in-page, a sibling page, a page of a/ or h/ (or
// the index one level up) or an http(s) URL. A plain
// scanner (std::regex recurses per character and overflows on a 1 MB attribute).
inline void ExpectOnlyOwnMarkup(const std::string& html, const std::string& name) {
  for (size_t lt = html.find('<'); lt != std::string::npos; lt = html.find('<', lt + 1)) {
    if (lt + 1 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[lt + 1]))) continue;
    // Attribute names (values blanked: each is double-quoted and escaped, so a
    // quote ends it; a page string that broke out would leave a name behind).
    std::string names;
    std::string href;
    size_t i = lt + 1;
    for (; i < html.size() && html[i] != '>'; ++i) {
      if (html[i] != '"') {
        names += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i])));
        continue;
      }
      const size_t close = html.find('"', i + 1);
      ASSERT_NE(close, std::string::npos) << name;
      if (names.size() >= 6 && names.compare(names.size() - 6, 6, " href=") == 0)
        href = html.substr(i + 1, close - i - 1);
      names += "\"\"";
      i = close;
    }
    for (size_t on = names.find(" on"); on != std::string::npos; on = names.find(" on", on + 1)) {
      const size_t eq = names.find_first_of("= ", on + 1);
      EXPECT_FALSE(eq != std::string::npos && names[eq] == '=') << name << ": " << names.substr(0, 200);
    }
    EXPECT_THAT(names, ::testing::Not(::testing::HasSubstr(" style="))) << name;
    EXPECT_THAT(names, ::testing::Not(::testing::HasSubstr(" src="))) << name;
    if (!href.empty()) {
      const bool ok = href.rfind('#', 0) == 0 || href.rfind("a/", 0) == 0 || href.rfind("h/", 0) == 0 ||
                      href == "../report.html" || href == "../history.html" || href.rfind("../h/", 0) == 0 ||
                      (href.size() < 80 && std::regex_match(href, std::regex("[0-9a-zA-Z_-]+\\.html"))) ||
                      IsLinkableUrl(href);
      EXPECT_TRUE(ok) << name << ": " << href.substr(0, 200);
    }
  }
  for (const char* banned :
       {"<script>alert", "<img", "<iframe", "-->", "<![CDATA[", "javascript:alert(1)\"", "<link", "@import"}) {
    EXPECT_THAT(html, ::testing::Not(::testing::HasSubstr(banned))) << name << ": " << banned;
  }
}

// The text between `open` and the next `close`.
inline std::string Between(const std::string& s, const std::string& open, const std::string& close) {
  const size_t a = s.find(open);
  if (a == std::string::npos) return {};
  const size_t b = s.find(close, a + open.size());
  return s.substr(a + open.size(), b - a - open.size());
}

}  // namespace provscore
