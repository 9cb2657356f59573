// Credit lines whose outlet (or the whole line) is a link, and agency lines beside
// the header, read from whole invented pages through the extractor and the
// detectors. Each credit stands in three places: the last line of the text, a
// <footer> inside the article, and a block right after the text's container; with
// and without the page's JSON-LD. Beside them stand the hard negatives: a
// related-links module headed "Source(s)", a fact-check's "Sources:" list, a link
// to the outlet inside a sentence of the story, a picture's credit link. Every
// site, outlet and sentence not in the lexicon is invented (class names mean
// nothing). rules/CREDIT-CONVENTIONS.md, "Credit lines with a link", tables it.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "score/extract/html_extractor.h"
#include "score/signals/detectors.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using testing::Filler;

constexpr const char* kUrl = "https://valley-courier.example/news/2024/06/04/ferry";

struct Parts {
  std::string lang = "en";
  std::string top = "<p class=\"b9\">By Jane Doe</p>";  // between the headline and the text
  std::string in_text;                                  // the text's last block
  std::string after;                                    // after the text's container, in the article
  bool json_ld = false;
};

std::string Html(const Parts& p) {
  std::string ld;
  if (p.json_ld) {
    ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
         "\"headline\":\"Ferry service resumes after the storm\",\"datePublished\":\"2024-06-04T08:00:00Z\","
         "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"publisher\":{\"@type\":\"Organization\","
         "\"name\":\"Valley Courier\"}}</script>";
  }
  return "<!DOCTYPE html><html lang=\"" + p.lang + "\"><head><title>Ferry service resumes</title>" +
         "<meta property=\"og:site_name\" content=\"Valley Courier\"><link rel=\"canonical\" href=\"" + kUrl + "\">" +
         ld +
         "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport"
         "</a></nav></header><main><article class=\"x3\"><h1>Ferry service resumes after the storm</h1>" +
         p.top + "<div class=\"q2\"><p>" + Filler("the budget") + "</p><p>" + Filler("the harbour") + "</p><p>" +
         Filler("the ferry line") + "</p>" + p.in_text + "</div>" + p.after +
         "</article></main><footer><p>About us</p><p>Contact</p><p>\xC2\xA9 2024 Valley Courier. All rights "
         "reserved.</p></footer></body></html>";
}

// The outlets credited (as the detector names them), and what fired, to read a failure.
std::set<std::string> Credited(const Parts& p, std::string* why) {
  Result<Article> a = testing::BuiltinExtractor().Extract(Html(p), kUrl);
  EXPECT_TRUE(a.ok());
  if (!a.ok()) return {};
  *why += "\n  opens: " + a->text.substr(0, 120) +
          "\n  text: " + a->text.substr(a->text.size() > 200 ? a->text.size() - 200 : 0);
  return testing::CreditedOutlets(*a, why);
}

// An alias the lexicon knows credits its canonical outlet; any other name is printed as is.
std::string Named(const std::string& name) { return testing::CanonicalOutletName(name); }

struct Line {
  std::string lang;
  std::string html;    // the credit line's inner markup
  std::string credit;  // empty: a hard negative
};

// The credit as the text's last paragraph, in a <footer> inside the article after
// the text's container, and in a <div> right after the last paragraph.
enum class Where { kLastLine, kFooter, kAfterText };
const char* Name(Where w) {
  return w == Where::kLastLine ? "last line" : w == Where::kFooter ? "footer" : "after text";
}

Parts Place(const Line& l, Where w, bool json_ld) {
  Parts p;
  p.lang = l.lang;
  p.json_ld = json_ld;
  if (w == Where::kLastLine) p.in_text = "<p>" + l.html + "</p>";
  if (w == Where::kFooter) p.after = "<footer class=\"f7\"><p>" + l.html + "</p></footer>";
  if (w == Where::kAfterText) p.in_text = "<div class=\"z4\">" + l.html + "</div>";
  return p;
}

int audit_misses = 0;

void ExpectLines(const std::vector<Line>& lines) {
  for (const Line& l : lines) {
    for (const Where w : {Where::kLastLine, Where::kFooter, Where::kAfterText}) {
      for (const bool ld : {false, true}) {
        std::string why;
        const std::set<std::string> got = Credited(Place(l, w, ld), &why);
        std::set<std::string> want;
        if (!l.credit.empty()) want.insert(Named(l.credit));
        EXPECT_EQ(got, want) << l.html << " [" << Name(w) << (ld ? ", JSON-LD" : "") << "]\n  rules:" << why;
        if (got != want) ++audit_misses;
      }
    }
  }
}

TEST(WireLinkCreditTest, CreditLinesWhoseOutletIsALink) {
  ExpectLines({
      {"en", "Source: <a href=\"https://www.reuters.com/\">Reuters</a>", "Reuters"},
      {"de", "Quelle: <a href=\"https://www.dpa.com/\">dpa</a>", "dpa"},
      {"es", "Fuente: <a href=\"https://www.efe.com/\">EFE</a>", "EFE"},
      {"zh",
       "\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A<a href=\"http://www.news.cn/\">\xE6\x96\xB0\xE5\x8D\x8E\xE7\xBD\x91</a>",
       "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xBD\x91"},
      {"en", "Originally published on <a href=\"https://harbourherald.co.uk/\">The Harbour Herald</a>",
       "The Harbour Herald"},
      {"en", "This article first appeared in <a href=\"https://harbourherald.co.uk/story\">The Harbour Herald</a>.",
       "The Harbour Herald"},
      {"en", "\xC2\xA9 <a href=\"https://www.afp.com/\">AFP</a> 2024", "AFP"},
      {"en", "via <a href=\"https://www.reuters.com/\">Reuters</a>", "Reuters"},
      {"en", "via Reuters", "Reuters"},
      {"en", "Source: <a href=\"https://harbourherald.co.uk/\">The Harbour Herald</a>", "The Harbour Herald"},
      {"en", "Source: <a href=\"https://harbourherald.co.uk/\">harbourherald.co.uk</a>", "harbourherald.co.uk"},
      {"en", "Source: <a href=\"https://www.afp.com/\">Agence France-Presse</a>", "AFP"},
      {"de", "Quelle: <a href=\"https://www.dpa.com/\">Deutsche Presse-Agentur</a>", "dpa"},
      {"en", "<a href=\"https://www.reuters.com/\">Source: Reuters</a>", "Reuters"},
      {"en", "<span class=\"w1\">Source:</span> <a href=\"https://www.reuters.com/\">Reuters</a>", "Reuters"},
      {"en", "<strong>Source:</strong> <a href=\"https://www.reuters.com/\">Reuters</a>", "Reuters"},
      {"en", "Source: <a href=\"https://www.reuters.com/world/ferry-line-resumes-2024-06-04/\">Reuters</a>", "Reuters"},
      {"en", "This article first appeared in <a href=\"https://harbourherald.co.uk/story\">harbourherald.co.uk</a>",
       "harbourherald.co.uk"},
      {"en", "Originally published by <a href=\"https://www.reuters.com/\">Reuters</a>", "Reuters"},
  });
}

TEST(WireLinkCreditTest, HardNegativesBesideThem) {
  ExpectLines({
      // A photo credit link.
      {"en", "Photo: <a href=\"https://www.reuters.com/\">Reuters</a>", ""},
      // A link to the outlet inside a sentence of the story.
      {"en",
       "The figures were first reported by <a href=\"https://www.reuters.com/\">Reuters</a> on Monday, and "
       "officials confirmed them later that week.",
       ""},
  });
}

TEST(WireLinkCreditTest, SourceModulesWithSeveralLinks) {
  // A related-links module headed "Sources", and a fact-check's "Sources:" list.
  const std::vector<std::string> modules = {
      "<div class=\"k3\"><h3>Sources</h3><ul><li><a href=\"/news/2024/06/01/harbour\">Harbour works start after "
      "a long delay</a></li><li><a href=\"/news/2024/06/02/budget\">Council budget vote set for Friday</a></li>"
      "<li><a href=\"/news/2024/06/03/ferry\">Ferry timetable changes for the summer</a></li></ul></div>",
      "<p>Sources:</p><ul><li><a href=\"https://www.reuters.com/world/ferry\">Reuters, June 3, 2024</a></li>"
      "<li><a href=\"https://www.afp.com/en/news/ferry\">AFP, June 3, 2024</a></li><li><a "
      "href=\"https://harbourherald.co.uk/ferry\">The Harbour Herald, June 2, 2024</a></li></ul>",
      "<div class=\"k3\"><h4>Source</h4><p><a href=\"https://www.reuters.com/world/a\">Ferry line to resume "
      "service</a></p><p><a href=\"https://www.afp.com/en/b\">Storm damage counted on the coast</a></p></div>",
  };
  for (const std::string& m : modules) {
    for (const bool ld : {false, true}) {
      for (const bool in_text : {false, true}) {
        Parts p;
        p.json_ld = ld;
        (in_text ? p.in_text : p.after) = m;
        std::string why;
        EXPECT_EQ(Credited(p, &why), std::set<std::string>{}) << m << "\n  rules:" << why;
      }
    }
  }
}

// An article's <footer> right after the text is read where the run of lines the
// extractor takes out after the last paragraph is: its first line may be a bare
// tag. Not a footer that opens with links (the story's tags), nor a site's footer.
TEST(WireLinkCreditTest, BareTagInTheArticlesFooter) {
  const std::vector<std::pair<std::string, std::string>> footers = {
      {"<footer class=\"f7\"><p>(dpa)</p></footer>", "dpa"},
      {"<footer class=\"f7\"><p>\xE2\x80\x94 Reuters</p><p>Filed under: Harbour</p></footer>", "Reuters"},
      {"<footer class=\"f7\"><a href=\"/tag/reuters\">Reuters</a> <a href=\"/tag/world\">World</a></footer>", ""},
      {"<footer class=\"f7\"><a href=\"/tag/afp\">AFP</a></footer>", ""},
  };
  for (const auto& [footer, credit] : footers) {
    for (const bool ld : {false, true}) {
      Parts p;
      p.json_ld = ld;
      p.after = footer;
      std::string why;
      std::set<std::string> want;
      if (!credit.empty()) want.insert(Named(credit));
      EXPECT_EQ(Credited(p, &why), want) << footer << (ld ? " [JSON-LD]" : "") << "\n  rules:" << why;
    }
  }
  // Text between the text and the footer: no longer the run right after it.
  Parts p;
  p.after =
      "<div class=\"r2\"><h3>More from the coast</h3><ul><li><a href=\"/news/a\">Harbour works start after a "
      "long delay</a></li><li><a href=\"/news/b\">Council budget vote set for Friday</a></li></ul></div>"
      "<footer class=\"f7\"><p>(dpa)</p></footer>";
  std::string why;
  EXPECT_EQ(Credited(p, &why), std::set<std::string>{}) << why;
}

TEST(WireLinkCreditTest, AgencyLineBetweenHeadlineAndDateBar) {
  const std::string bar =
      "<div class=\"m1\"><span class=\"d2\">Published Monday</span><div class=\"s5\"><a "
      "href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Share</a> <a "
      "href=\"https://twitter.com/intent/tweet?url=x\">Tweet</a> <a href=\"mailto:?subject=x\">Email</a></div></div>";
  const std::vector<std::pair<std::string, std::string>> tops = {
      {"<p class=\"b9\">By The Associated Press</p>", "AP"},
      {"<div class=\"b9\">(AP)</div>", "AP"},
      {"<p class=\"b9\">By AFP</p>", "AFP"},
      {"<div class=\"b9\">Reuters</div>", "Reuters"},
      {"<div class=\"b9\">SPRINGFIELD, Ill. (AP) \xE2\x80\x94</div>", "AP"},
      {"<p class=\"b9\">By Jane Doe, Associated Press</p>", "AP"},
      {"<p class=\"b9\">Jane Doe | Reuters</p>", "Reuters"},
      {"<div class=\"b9\">AFP</div>", "AFP"},
      {"<div class=\"b9\">Agence France-Presse</div>", "AFP"},
      // Hard negatives: a reporter's byline there; a newspaper's name (a masthead, no
      // agency); the lead picture's credit in its caption.
      {"<p class=\"b9\">By Jane Doe</p>", ""},
      {"<div class=\"b9\">The Harbour Herald</div>", ""},
      {"<figure><img src=\"/i/quay.jpg\" alt=\"\"><figcaption>AFP</figcaption></figure>", ""},
      // A credit laid over the lead picture, in an element after it.
      {"<div class=\"v3\"><picture><img src=\"/i/quay.jpg\" alt=\"\"></picture><div class=\"v4\">AFP</div></div>", ""},
      {"<div class=\"v3\"><img src=\"/i/quay.jpg\" alt=\"\"><span class=\"v4\">Reuters</span></div>", ""},
      {"<figure><img src=\"/i/quay.jpg\" alt=\"\"><figcaption>The quay at dawn. Photo: <a "
       "href=\"https://www.reuters.com/\">Reuters</a></figcaption></figure>",
       ""},
  };
  for (const auto& [top, credit] : tops) {
    for (const bool ld : {false, true}) {
      Parts p;
      p.json_ld = ld;
      p.top = top + bar;
      std::string why;
      std::set<std::string> want;
      if (!credit.empty()) want.insert(Named(credit));
      EXPECT_EQ(Credited(p, &why), want) << top << (ld ? " [JSON-LD]" : "") << "\n  rules:" << why;
    }
  }
}

}  // namespace
}  // namespace provscore
