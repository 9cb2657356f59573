// Where page templates put a wire credit: the byline slot without a byline class (the
// line around a rel=author link or an itemprop=author element, a line under the
// headline that opens with a byline word), a source span beside the date. Read from
// whole invented pages through the extractor and the detectors, with and without the
// page's JSON-LD; class names mean nothing. Beside them stand the hard negatives in the
// same slots: the reporter's own byline, a photographer's credit, the page's own
// outlet, a teaser card's byline. tests/eval/wire_position_sweep.py sweeps the same
// positions over 13 languages; rules/CREDIT-CONVENTIONS.md, "Positions in the page
// template", tables them.
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

std::string Html(const std::string& lang, const std::string& top, const std::string& last, bool json_ld,
                 const std::string& after_article = "", const std::string& first = "") {
  std::string ld;
  if (json_ld) {
    ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
         "\"headline\":\"Ferry service resumes after the storm\",\"datePublished\":\"2024-06-04T08:00:00Z\","
         "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Courier\"}}</script>";
  }
  return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Ferry service resumes</title>" +
         "<meta property=\"og:site_name\" content=\"Valley Courier\"><link rel=\"canonical\" href=\"" + kUrl + "\">" +
         ld +
         "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport"
         "</a></nav></header><main><article class=\"x3\"><h1>Ferry service resumes after the storm</h1>" +
         top + "<div class=\"q2\">" + first + "<p>" + Filler("the budget") + "</p><p>" + Filler("the harbour") + "</p><p>" +
         Filler("the ferry line") + last + "</p></div></article>" + after_article +
         "</main><footer><p>About us</p><p>Contact</p><p>"
         "\xC2\xA9 2024 Valley Courier. All rights reserved.</p></footer></body></html>";
}

// The outlets credited (as the detector names them), and what fired, to read a failure.
std::set<std::string> Credited(const std::string& html, std::string* why) {
  Result<Article> a = testing::BuiltinExtractor().Extract(html, kUrl);
  EXPECT_TRUE(a.ok());
  if (!a.ok()) return {};
  for (const std::string& line : a->byline_lines) *why += "\n  [byline] " + line;
  return testing::CreditedOutlets(*a, why);
}

std::string Named(const std::string& name) { return testing::CanonicalOutletName(name); }

struct Row {
  std::string lang;
  std::string html;    // between the headline and the text, or closing the last paragraph
  std::string credit;  // empty: a hard negative
};

void ExpectTop(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    for (const bool ld : {false, true}) {
      std::string why;
      std::set<std::string> want;
      if (!r.credit.empty()) want.insert(Named(r.credit));
      EXPECT_EQ(Credited(Html(r.lang, r.html, "", ld), &why), want)
          << r.html << (ld ? " [JSON-LD]" : "") << "\n  rules:" << why;
    }
  }
}

// `page` rewrites the page before it is read (the paragraphs in another language).
void ExpectLast(const std::vector<Row>& rows, std::string (*page)(std::string) = nullptr) {
  for (const Row& r : rows) {
    for (const bool ld : {false, true}) {
      std::string why;
      std::set<std::string> want;
      if (!r.credit.empty()) want.insert(Named(r.credit));
      const std::string html = Html(r.lang, "<p class=\"b9\">By Jane Doe</p>", r.html, ld);
      EXPECT_EQ(Credited(page ? page(html) : html, &why), want)
          << r.html << (ld ? " [JSON-LD]" : "") << "\n  rules:" << why;
    }
  }
}

void ExpectAfterArticle(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    for (const bool ld : {false, true}) {
      std::string why;
      std::set<std::string> want;
      if (!r.credit.empty()) want.insert(Named(r.credit));
      EXPECT_EQ(Credited(Html(r.lang, "<p class=\"b9\">By Jane Doe</p>", "", ld, r.html), &why), want)
          << r.html << (ld ? " [JSON-LD]" : "") << "\n  rules:" << why;
    }
  }
}

void ExpectFirst(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    for (const bool ld : {false, true}) {
      std::string why;
      std::set<std::string> want;
      if (!r.credit.empty()) want.insert(Named(r.credit));
      EXPECT_EQ(Credited(Html(r.lang, "<p class=\"b9\">By Jane Doe</p>", "", ld, "", r.html), &why), want)
          << r.html << (ld ? " [JSON-LD]" : "") << "\n  rules:" << why;
    }
  }
}

// The line around a rel=author link or an itemprop=author element is the byline slot,
// whatever its class: the reporter and the agency, the agency's staff, the source
// beside the date.
TEST(WirePositionTest, TheLineAroundTheAuthorsMarkupIsTheBylineSlot) {
  ExpectTop({
      {"pl", "<div class=\"m4\"><a rel=\"author\" href=\"/by/jan-kowalski\">Jan Kowalski</a>, PAP</div>", "PAP"},
      {"tr", "<div class=\"m4\"><span itemprop=\"author\">Ay\xC5\x9F" "e Y\xC4\xB1lmaz</span>, Anadolu Ajans\xC4\xB1"
             "</div>", "Anadolu Ajans\xC4\xB1"},
      {"en", "<div class=\"m4\"><span itemprop=\"author\">Reuters staff</span></div>", "Reuters"},
      {"ru", "<address>\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2, "
             "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1</address>", "TASS"},
      {"en", "<div class=\"m4\"><a rel=\"author\" href=\"/by/agencies\">Agencies</a></div>", "Agencies"},
      {"en", "<div class=\"m4\"><a rel=\"author\" href=\"/by/ap\">By AP</a></div>", "AP"},
      {"en",
       "<div class=\"m4\"><a rel=\"author\" href=\"/by/jane-doe\">Jane Doe</a> <time datetime=\"2024-06-04\">June 4, "
       "2024</time> <span class=\"r5\">Source: Reuters</span></div>",
       "Reuters"},
      {"de",
       "<div class=\"m4\"><span itemprop=\"author\">Anna Beispiel</span> <time datetime=\"2024-06-04\">04.06.2024"
       "</time> <span class=\"r5\">Quelle: dpa</span></div>",
       "dpa"},
      // Hard negatives: the reporter with the date; a photographer's credit; the
      // page's own outlet; a picture's credit beside the byline.
      {"en", "<div class=\"m4\"><a rel=\"author\" href=\"/by/jane-doe\">Jane Doe</a> \xC2\xB7 <time>June 4, 2024"
             "</time></div>", ""},
      {"en", "<div class=\"m4\"><a rel=\"author\" href=\"/by/jane-doe\">Jane Doe</a>/Reuters</div>", ""},
      {"en", "<div class=\"m4\"><a rel=\"author\" href=\"/by/jane-doe\">Jane Doe</a>, Valley Courier</div>", ""},
      {"en", "<div class=\"m4\"><span itemprop=\"author\">Jane Doe</span> <span class=\"r5\">Photo: AP</span>"
             "</div>", ""},
  });
}

// A teaser card under the headline that carries its own byline markup signs another
// story, not this one.
TEST(WirePositionTest, AuthorMarkupInATeaserCardIsNoSlot) {
  ExpectTop({
      {"en",
       "<div class=\"t1\"><a href=\"/news/2024/06/03/storm-damage\">Storm damage counted along the whole coast "
       "this week</a> <a rel=\"author\" href=\"/by/jane-roe\">Jane Roe</a>, Reuters</div><p class=\"b9\">By Jane "
       "Doe</p>",
       ""},
      {"en",
       "<div class=\"t1\"><a href=\"/news/2024/06/03/storm-damage\">Storm damage counted along the whole coast "
       "this week <span itemprop=\"author\">By AFP</span></a></div><p class=\"b9\">By Jane Doe</p>",
       ""},
  });
}

// A line under the headline that opens with a byline word is the byline slot also
// when no person's name follows: the agency signs the text.
TEST(WirePositionTest, AByLineNamingOnlyTheAgency) {
  ExpectTop({
      {"en", "<div class=\"zq7\">By AP</div>", "AP"},
      {"en", "<div class=\"zq7\">By Reuters</div><span class=\"d1\">June 4, 2024</span>", "Reuters"},
      {"de", "<div class=\"zq7\">Von dpa</div>", "dpa"},
      {"es", "<p class=\"zq7\">Por EFE</p>", "EFE"},
      {"fr", "<address>Par AFP</address>", "AFP"},
      // Hard negatives: a reporter; a heading that opens with "By"; the page's own name.
      {"en", "<div class=\"zq7\">By Jane Doe</div>", ""},
      {"en", "<div class=\"zq7\">By the numbers</div>", ""},
      {"en", "<div class=\"zq7\">By Valley Courier</div>", ""},
  });
}

// The byline slot as a line of its own between the headline and the text, with no
// byline markup and no byline word: the agency's desk or staff, the word for agencies.
TEST(WirePositionTest, TheAgencysDeskOrStaffUnderTheHeadline) {
  ExpectTop({
      {"en", "<div class=\"zq7\">Reuters staff</div>", "Reuters"},
      {"it", "<div class=\"zq7\">Redazione ANSA</div>", "ANSA"},
      {"en", "<div class=\"zq7\">Agencies</div>", "Agencies"},
      {"es", "<div class=\"zq7\">Agencias</div>", "Agencies"},
      // Hard negatives: a newspaper's desk there (its masthead); a section's name.
      {"it", "<div class=\"zq7\">Redazione Valley Courier</div>", ""},
      {"en", "<div class=\"zq7\">World news</div>", ""},
  });
}

// A byline slot that shows only a picture: the supplier's logo, its alt text the
// name. Not a reporter's portrait, not the page's own logo, not a teaser card's.
TEST(WirePositionTest, AnAgencysLogoAsTheByline) {
  ExpectTop({
      {"en", "<div class=\"byline\"><a href=\"/author/ap\"><img src=\"/l/ap.png\" alt=\"The Associated Press\"></a></div>",
       "AP"},
      {"pt", "<div class=\"autor\"><img src=\"/l/lusa.png\" alt=\"Lusa\"></div>", "Lusa"},
      {"en", "<div class=\"byline\"><img src=\"/p/jd.jpg\" alt=\"Jane Doe\"></div>", ""},
      {"en", "<div class=\"byline\"><img src=\"/l/vc.png\" alt=\"Valley Courier\"></div>", ""},
  });
  // A teaser card among the paragraphs signed by an agency's logo: the card's, not the text's.
  ExpectLast({
      {"en", "</p><div class=\"card\"><a href=\"/news/2024/06/03/pier\"><h3>The old pier will close for repairs in "
             "the autumn</h3></a><div class=\"byline\"><img src=\"/l/r.png\" alt=\"Reuters\"></div></div><p>"
             "The mayor said the work would start in September.", ""},
  });
}

// The headline's own box: an element holding the headline and, under it, the info
// line or a credit line, the text's container after the box ("<div class=t1><h1>
// ...</h1><div class=t2>2024-06-04 10:25 来源：新华社</div></div><div class=t3>
// <p>...</p></div>"). The lines after the headline (after a standfirst, if the box
// holds one) are the source slot. Not a source that is no outlet, not the page's own.
TEST(WirePositionTest, TheInfoLineInTheHeadlinesBox) {
  auto page = [](const std::string& lang, const std::string& box) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Ferry service resumes</title>"
           "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><div class=\"w1\">"
           "<div class=\"t1\"><h1>Ferry service resumes after the storm</h1>" + box + "</div>"
           "<div class=\"t3\"><p>" + Filler("the budget") + "</p><p>" + Filler("the harbour") + "</p><p>" +
           Filler("the ferry line") + "</p></div></div><div class=\"f1\"><p>About us</p></div></body></html>";
  };
  const std::vector<Row> rows = {
      {"zh", "<div class=\"t2\"><span>2024-06-04 10:25</span>\xE3\x80\x80<span>\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A"
             "\xE4\xB8\xAD\xE6\x96\xB0\xE7\xA4\xBE</span></div>", "China News Service"},  // 来源：中新社
      {"en", "<p class=\"t4\">The ferry company says the last repairs to the pier are done and the timetable "
             "is back to normal from Monday, with one extra crossing at night.</p><div class=\"t2\">Source: Reuters</div>",
       "Reuters"},
      {"zh", "<div class=\"t2\">2024-06-04 10:25\xE3\x80\x80\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE7\xBD\x91\xE7\xBB\x9C"
             "</div>", ""},  // 来源：网络 (the internet)
      {"en", "<div class=\"t2\">Source: Valley Courier</div>", ""},
  };
  for (const Row& r : rows) {
    std::string why;
    std::set<std::string> want;
    if (!r.credit.empty()) want.insert(Named(r.credit));
    EXPECT_EQ(Credited(page(r.lang, r.html), &why), want) << r.html << "\n  rules:" << why;
  }
}

// The agency in an element of its own beside the byline element, under the same
// parent, its class naming the agency or the source: "<span class=author>Jane
// Doe</span> <span class=agency>| Reuters</span>", a place or a date after it. Not
// the page's own name there, not a picture's credit, not a photographer's credit
// split in two ("<span>Jane Doe</span><span>/dpa</span>").
TEST(WirePositionTest, TheAgencySlotBesideTheByline) {
  ExpectTop({
      {"en", "<div class=\"s1\"><span class=\"author\">Jane Doe</span> <span class=\"s1-agency\">| Reuters</span> "
             "<span class=\"s1-place\">London</span> <time>June 4, 2024</time></div>", "Reuters"},
      {"de", "<p class=\"k1\"><span class=\"autor\">Anna Beispiel</span> <span class=\"k1_quelle\">&middot; dpa</span></p>",
       "dpa"},
      {"en", "<div class=\"s1\"><span class=\"author\">Jane Doe</span> <span class=\"source\">Valley Courier</span></div>",
       ""},
      {"de", "<p class=\"k1\"><span class=\"autor\">Anna Beispiel</span> <span class=\"quelle\">Foto: dpa</span></p>", ""},
      {"de", "<p class=\"k1\"><span class=\"autor\">Michael Beispiel</span><span class=\"quelle\">/dpa</span></p>", ""},
  });
}

// A closing credit joined to the last paragraph by a single line break (which the
// extractor reads as a space), and a Japanese agency's tag on a line of its own.
TEST(WirePositionTest, ClosingCreditsJoinedToTheLastParagraph) {
  ExpectLast({
      {"en", "<br>Source: Reuters", "Reuters"},
      {"de", "<br>Quelle: dpa", "dpa"},
      {"ko", "<br>\xEC\xB6\x9C\xEC\xB2\x98: \xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4", "Yonhap"},
      {"ja", "</p><p>\xEF\xBC\x88\xE5\x85\xB1\xE5\x90\x8C\xEF\xBC\x89", "Kyodo"},
      {"ja", "</p><div class=\"z4\">\xEF\xBC\x88\xE6\x99\x82\xE4\xBA\x8B\xEF\xBC\x89</div><p>", "Jiji Press"},
      // Hard negatives: a source that is no outlet; a citation; the source line inside
      // the paragraph, not closing it; a Japanese picture caption ending with the tag.
      {"en", "<br>Source: Ministry of Health", ""},
      {"en", " The figures were first reported by Reuters.", ""},
      {"en", "<br>Source: Reuters reported the figures first, and the council confirmed them on Tuesday.", ""},
      // Chinese credit lines of their own after the text (credit labels, so the extractor keeps them).
      {"zh", "</p><p>\xE6\x9C\xAC\xE6\x96\x87\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE4\xB8\xAD\xE6\x96\xB0\xE7\xA4\xBE",
       "China News Service"},  // 本文来源：中新社
      {"zh", "</p><p>\xE6\x96\x87/\xE4\xB8\xAD\xE6\x96\xB0\xE7\xA4\xBE\xE8\xAE\xB0\xE8\x80\x85 \xE6\x9D\x8E\xE6\x98\x8E",
       "China News Service"},  // 文/中新社记者 李明
      {"ja", "</p><p>\xE5\xB2\xB8\xE5\xA3\x81\xEF\xBC\x9D" "4\xE6\x97\xA5\xE3\x80\x81\xE6\xB8\xAF\xE7\x94\xBA"
             "\xEF\xBC\x88\xE5\x85\xB1\xE5\x90\x8C\xEF\xBC\x89", ""},
  });
}

// A styled source box after the text, on a page with no <article>: the label and the
// agency's short Arabic name as elements of their own, no colon, no space between
// them in the markup ("<span>المصدر</span><span>وام</span>"). The extractor keeps the
// box as the run right after the text (the label opens a credit line with or without
// its colon); the whole line credits the agency. Not a box naming no agency, not the
// same words in the site's footer.
TEST(WirePositionTest, AnArabicSourceBoxAfterTheText) {
  auto page = [](const std::string& box, const std::string& footer) {
    const std::string p = "<p>وافق مجلس الوزراء يوم الثلاثاء على خطة جديدة لتطوير الموانئ وتوسيع أرصفة "
                          "الشحن خلال السنوات الثلاث المقبلة.</p>";
    return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>خطة الموانئ</title>"
           "<meta property=\"og:site_name\" content=\"صوت الساحل\"></head><body><div class=\"m1\">"
           "<h1>خطة جديدة لتطوير الموانئ</h1><div class=\"m2\">" + p + p + p + "</div>" + box +
           "</div><div class=\"m9\"><p>" + footer + "</p><p>جميع الحقوق محفوظة 2024</p></div></body></html>";
  };
  const std::string box = "<div class=\"m3\"><span class=\"m4\">المصدر</span><span class=\"m5\">وام</span></div>";
  std::string why;
  EXPECT_EQ(Credited(page(box, ""), &why), std::set<std::string>{Named("WAM")}) << why;
  why.clear();
  const std::string own = "<div class=\"m3\"><span class=\"m4\">المصدر</span><span class=\"m5\">صوت الساحل</span></div>";
  EXPECT_EQ(Credited(page(own, ""), &why), std::set<std::string>{}) << why;
  why.clear();
  EXPECT_EQ(Credited(page("", "المصدر: وام"), &why), std::set<std::string>{}) << why;
}

// The Turkish press's closing tag in parentheses (session 13): the Anadolu Agency's "(AA)",
// an ordinary abbreviation elsewhere, signs the text on a page in Turkish (rule field
// page_language), closing the last paragraph or as a line of its own after it. Not on a
// page in another language, not inside a sentence, not in a caption.
TEST(WirePositionTest, TheTurkishAgencyTagClosingTheText) {
  auto turkish = [](std::string html) -> std::string {
    for (const char* topic : {"the budget", "the harbour", "the ferry line"}) {
      const std::string english = Filler(topic);
      html.replace(html.find(english), english.size(),
                   "Belediye meclisi sal\xC4\xB1 ak\xC5\x9F" "am\xC4\xB1 b\xC3\xBCt\xC3\xA7" "eyi uzun uzun "
                   "g\xC3\xB6r\xC3\xBC\xC5\x9Ft\xC3\xBC ve \xC3\xBCyeler ay sonundan \xC3\xB6nce bir karar "
                   "beklediklerini s\xC3\xB6yledi.");
    }
    return html;
  };
  ExpectLast({
                 {"tr", " (AA)", "Anadolu Agency"},
                 {"tr", "</p><p>(AA)", "Anadolu Agency"},
                 {"tr", "</p><div class=\"q8\">(DHA)</div><p>", "DHA"},
                 {"tr", " Toplant\xC4\xB1ya Ads\xC4\xB1z Alkolikler (AA) grubu da kat\xC4\xB1ld\xC4\xB1.", ""},
                 {"tr", "</p><figure><img src=\"/i/quay.jpg\" alt=\"\"><figcaption>Liman (AA)</figcaption></figure><p>",
                  ""},
             },
             turkish);
  // The same tag closing a text in English.
  ExpectLast({{"en", " (AA)", ""}, {"en", "</p><p>(AA)", ""}});
}

// A dateline printed as a paragraph of its own above the text, without a dash: the
// Czech and Slovak form puts the date after the place without a comma.
TEST(WirePositionTest, ADatelineParagraphWhoseDateFollowsThePlace) {
  ExpectFirst({
      {"cs", "<p>Praha 4. \xC4\x8D" "ervna (\xC4\x8CTK)</p>", "\xC4\x8CTK"},
      {"sk", "<p><b>Bratislava 4. j\xC3\xBAna (TASR)</b></p>", "TASR"},
      // Hard negatives: a picture's caption ending with its credit, a date in it.
      {"cs", "<p>Jana Nov\xC3\xA1kov\xC3\xA1 4. \xC4\x8D" "ervna v P\xC5\x99" "edm\xC4\x9B" "st\xC3\xAD (\xC4\x8CTK)"
             "</p>", ""},
      {"en", "<p>Jane Doe at the quay on 4 June (AFP)</p>", ""},
  });
}

// A credit line right after the <article> element (the template prints the story's
// source below it): the first text after the article's, when it is a credit line.
TEST(WirePositionTest, ACreditLineRightAfterTheArticle) {
  ExpectAfterArticle({
      {"en", "<div class=\"q8\">Source: Reuters</div>", "Reuters"},
      {"ru", "<div class=\"q8\">\xD0\x98\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA: "
             "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1</div>", "TASS"},
      {"pl", "<div class=\"q8\">\xC5\xB9r\xC3\xB3" "d\xC5\x82o: PAP</div>", "PAP"},
      {"zh", "<div class=\"q8\">\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE</div>",
       "Xinhua"},
      // Session 16: a word before the Chinese label (本文来源：), the text credit (文/).
      {"zh", "<div class=\"q8\">\xE6\x9C\xAC\xE6\x96\x87\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE6\x96\xB0\xE5\x8D\x8E"
             "\xE7\xA4\xBE</div>", "Xinhua"},  // 本文来源：新华社
      {"zh", "<div class=\"q8\">\xE6\x96\x87/\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE8\xAE\xB0\xE8\x80\x85 "
             "\xE6\x9D\x8E\xE6\x98\x8E</div>", "Xinhua"},  // 文/新华社记者 李明
      {"ko", "<div class=\"q8\">\xEC\xB6\x9C\xEC\xB2\x98: \xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4</div>",
       "Yonhap"},
      {"cs", "<div class=\"q8\">Zdroj: \xC4\x8CTK</div>", "\xC4\x8CTK"},
      {"en", "<div class=\"q8\">The Associated Press contributed to this report.</div>", "AP"},
      {"de", "<div class=\"q8\">Dieser Artikel erschien zuerst bei Der Spiegel.</div>", "Der Spiegel"},
      {"fr", "<p class=\"q8\">Cet article a \xC3\xA9t\xC3\xA9 publi\xC3\xA9 initialement dans Le Monde.</p>", "Le Monde"},
      {"en", "<p class=\"q8\">Copyright 2024 The Associated Press. All rights reserved.</p>", "AP"},
      {"en", "<div class=\"q8\">This story was originally published by The Texas Tribune.</div>",
       "The Texas Tribune"},
      // A bare agency tag (in brackets, or with an editor's initials after a slash) as
      // the article's last text: only the site's furniture follows it.
      {"de", "<div class=\"q8\">(dpa)</div>", "dpa"},
      {"fr", "<div class=\"q8\">(AFP)</div>", "AFP"},
      {"de", "<div class=\"q8\">dpa/xy</div>", "dpa"},
      {"da", "<div class=\"q8\">/ritzau/</div>", "Ritzau"},
      // Hard negatives: a bare agency with neither brackets nor slash (a teaser's label
      // as often as a credit); a tag above a teaser card's linked headline (a label);
      // a module of teasers with their sources; the site's own copyright; a site
      // footer's licence notice; a credit line after other text.
      {"en", "<div class=\"q8\">AFP</div>", ""},
      {"en", "<div class=\"q8\">(AFP)</div><div class=\"q9\"><a href=\"/news/2024/06/03/night-ferry\">Ferry line "
             "adds a night crossing</a></div>", ""},
      {"en", "<section class=\"n5\"><h2>More news</h2><div><a href=\"/news/2024/06/03/night-ferry\">Ferry line "
             "adds a night crossing</a><span>Source: AFP</span></div></section>", ""},
      {"en", "<div class=\"q8\">\xC2\xA9 2024 Valley Courier. All rights reserved.</div>", ""},
      {"en", "<footer class=\"f2\"><p>Contains material from AFP, Reuters and dpa under licence.</p></footer>", ""},
      {"en", "<div class=\"q8\">Advertisement</div><div class=\"q9\">Source: Reuters</div>", ""},
      {"en", "<div class=\"q8\">This article is part of a series on the coast supported by the Harbour "
             "Foundation.</div>", ""},
      {"zh", "<div class=\"q8\">\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE7\xBD\x91\xE7\xBB\x9C</div>", ""},
  });
}

// A credit label in capitals, in any script: the extractor compares the labels of
// rules/press_words.json by a Unicode case fold (RE2's), so a line that opens with
// "ИСТОЧНИК:" or "ŹRÓDŁO:" is kept after the article like "Источник:". Greek capitals
// drop the tonos, and the label is listed both ways.
TEST(WirePositionTest, ACreditLabelInCapitalsInAnyScript) {
  ExpectAfterArticle({
      {"ru", "<div class=\"q8\">\xD0\x98\xD0\xA1\xD0\xA2\xD0\x9E\xD0\xA7\xD0\x9D\xD0\x98\xD0\x9A: "
             "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1</div>", "TASS"},  // ИСТОЧНИК: ТАСС
      {"pl", "<div class=\"q8\">\xC5\xB9R\xC3\x93" "D\xC5\x81O: PAP</div>", "PAP"},  // ŹRÓDŁO: PAP
      {"uk", "<div class=\"q8\">\xD0\x94\xD0\x96\xD0\x95\xD0\xA0\xD0\x95\xD0\x9B\xD0\x9E: "
             "\xD0\xA3\xD0\xBA\xD1\x80\xD1\x96\xD0\xBD\xD1\x84\xD0\xBE\xD1\x80\xD0\xBC</div>",
       "Ukrinform"},  // ДЖЕРЕЛО: Укрінформ
      {"el", "<div class=\"q8\">\xCE\xA0\xCE\x97\xCE\x93\xCE\x97: \xCE\x91\xCE\xA0\xCE\x95-\xCE\x9C\xCE\xA0"
             "\xCE\x95</div>", "ANA-MPA"},  // ΠΗΓΗ: ΑΠΕ-ΜΠΕ
      {"el", "<div class=\"q8\">\xCE\xA0\xCE\xB7\xCE\xB3\xCE\xAE: \xCE\x91\xCE\xA0\xCE\x95-\xCE\x9C\xCE\xA0"
             "\xCE\x95</div>", "ANA-MPA"},  // Πηγή: ΑΠΕ-ΜΠΕ
      {"tr", "<div class=\"q8\">KAYNAK: Anadolu Ajans\xC4\xB1</div>", "Anadolu Agency"},
      // Session 13: the source words of more languages as credit labels (with the colon).
      {"ro", "<div class=\"q8\">Sursa: Agerpres</div>", "Agerpres"},
      {"hu", "<div class=\"q8\">Forr\xC3\xA1s: MTI</div>", "MTI"},
      {"hr", "<div class=\"q8\">Izvor: Hina</div>", "HINA"},
      {"vi", "<div class=\"q8\">Ngu\xE1\xBB\x93n: TTXVN</div>", "VNA"},
      {"sw", "<div class=\"q8\">Chanzo: Reuters</div>", "Reuters"},
      {"ar", "<div class=\"q8\">\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1: "
             "\xD8\xB1\xD9\x88\xD9\x8A\xD8\xAA\xD8\xB1\xD8\xB2</div>", "Reuters"},  // المصدر: رويترز
      {"hi", "<div class=\"q8\">\xE0\xA4\x87\xE0\xA4\xA8\xE0\xA4\xAA\xE0\xA5\x81\xE0\xA4\x9F: IANS</div>",
       "IANS"},  // इनपुट: IANS
      // Hard negatives: a source in capitals that is no outlet (a ministry); a line
      // that only holds a label's letters inside a word.
      {"ru", "<div class=\"q8\">\xD0\x98\xD0\xA1\xD0\xA2\xD0\x9E\xD0\xA7\xD0\x9D\xD0\x98\xD0\x9A: "
             "\xD0\x9C\xD0\x98\xD0\x9D\xD0\x97\xD0\x94\xD0\xA0\xD0\x90\xD0\x92</div>", ""},  // ИСТОЧНИК: МИНЗДРАВ
      {"el", "<div class=\"q8\">\xCE\x91\xCE\xA0\xCE\x9F\xCE\xA0\xCE\x97\xCE\x93\xCE\x97 \xCE\x91\xCE\xA0"
             "\xCE\x95-\xCE\x9C\xCE\xA0\xCE\x95</div>", ""},  // ΑΠΟΠΗΓΗ ΑΠΕ-ΜΠΕ
  });
}

// A bare agency tag closing the article in another element than the text's: after
// the tags list (the line the extractor keeps in the body when it is the article's
// last text), in an <aside> right after the text. Not when more of the article's
// content (a teaser card) follows it.
TEST(WirePositionTest, ABareAgencyTagAsTheArticlesLastText) {
  ExpectLast({
      {"de", "</p><div class=\"t3\">Tags: <a href=\"/tag/harbour\">Hafen</a> <a href=\"/tag/ferry\">F\xC3\xA4hre</a>"
             "</div><div class=\"w5\">(dpa)</div><p>", "dpa"},
      {"de", "</p><div class=\"t3\">Tags: <a href=\"/tag/harbour\">Hafen</a></div><div class=\"w5\">dpa/lno</div><p>",
       "dpa"},
      {"fr", "</p><aside class=\"v1\"><p>(AFP)</p></aside><p>", "AFP"},
      {"ja", "</p><aside class=\"v1\"><p>\xEF\xBC\x88\xE5\x85\xB1\xE5\x90\x8C\xEF\xBC\x89</p></aside><p>",
       "Kyodo"},
      // Hard negatives: the tag above a teaser card's linked headline, after the tags;
      // an aside holding the tag and a teaser; a tag that names no agency.
      {"de", "</p><div class=\"t3\">Tags: <a href=\"/tag/harbour\">Hafen</a></div><div class=\"w5\">(dpa)</div>"
             "<div class=\"w6\"><a href=\"/news/2024/06/03/night-ferry\">Neue Nachtf\xC3\xA4hre ab Juli</a></div><p>", ""},
      {"fr", "</p><aside class=\"v1\"><p>(AFP)</p><p><a href=\"/news/2024/06/03/night-ferry\">La ligne de nuit "
             "reprend</a></p></aside><p>", ""},
      {"en", "</p><aside class=\"v1\"><p>(Updated)</p></aside><p>", ""},
  });
}

// The full wire dateline as a paragraph of its own above the text without its dash:
// a place in capitals and the tag, the credit position where an agency's short form
// that is also an ordinary abbreviation counts (agencies only).
TEST(WirePositionTest, AFullDatelineAsAParagraphOfItsOwnWithoutADash) {
  ExpectFirst({
      {"tr", "<p>ANKARA (AA)</p>", "Anadolu Agency"},
      {"en", "<p>RABAT, June 4 (MAP)</p>", "MAP"},
      {"de", "<p>BERLIN (dpa)</p>", "dpa"},
      // Hard negatives: a name that is no place in capitals; a caption-like line; the
      // tag inside a sentence.
      {"tr", "<p>Jane Doe (AA)</p>", ""},
      {"tr", "<p>Ankara'da liman toplant\xC4\xB1s\xC4\xB1 (AA)</p>", ""},
      {"en", "<p>The council asked the AA and the ferry line for a plan before the summer.</p>", ""},
  });
}

// A dateline of a date alone and the tag as a paragraph of its own above the text,
// without a dash, the month first or the day first (session 13: the extractor keeps a
// line that opens with the day when the date is all there is before the tag).
TEST(WirePositionTest, ADatelineParagraphOfADateAndTheTag) {
  ExpectFirst({
      {"en", "<p>June 4, 2026 (Reuters)</p>", "Reuters"},
      {"en", "<p>WASHINGTON, June 4 (AP)</p>", "AP"},
      {"fr", "<p>4 juin 2026 (AFP)</p>", "AFP"},
      {"de", "<p>4. Juni 2026 (dpa)</p>", "dpa"},
      {"es", "<p><b>4 Jun. (EFE)</b></p>", "EFE"},
      {"en", "<p>4 June 2026 (Reuters) -</p>", "Reuters"},
      // Hard negatives: a caption opening with the date; a count of things, not a date;
      // a date and a tag right under a picture, the month or the day first (the
      // picture's date and credit: a dateline there names its place).
      {"fr", "<p>4 juin 2026, le quai au petit matin (AFP)</p>", ""},
      {"en", "<p>12 ferries 2026 (Harbour Line)</p>", ""},
      {"en", "<p><img src=\"/i/quay.jpg\" alt=\"\"></p><p>4 June 2026 (AFP)</p>", ""},
      {"en", "<p><img src=\"/i/quay.jpg\" alt=\"\"></p><p>June 4, 2026 (Reuters)</p>", ""},
      // Hard negatives: a sentence ending with a date and a tag; a reporter's name
      // before the date.
      {"en", "<p>The ferry sailed again on June 4 (AFP)</p>", ""},
      {"en", "<p>Jane Doe, June 4 (AFP)</p>", ""},
  });
}

// The byline slot between the headline and the text without byline markup or a byline
// word: the agency's staff or desk, or the word for agencies, with the date after it,
// day or month first; the staff or desk also right under the lead picture. Not the reporter, a comma and the agency: a picture's credit
// prints the same line (also where the page loads the picture by script, with no
// <img> before it); a line under a picture, also in a box of caption and credit after
// the picture's box, is its credit (another header block).
TEST(WirePositionTest, TheAgencysStaffWithTheDateUnderTheHeadline) {
  ExpectTop({
      {"en", "<div class=\"m4\"><span class=\"p1\">Reuters staff</span> <time datetime=\"2026-06-04\">June 4, 2026"
             "</time></div>", "Reuters"},
      {"en", "<div class=\"m4\"><span class=\"p1\">Agencies</span> <time datetime=\"2026-06-04\">June 4, 2026</time>"
             "</div>", "Agencies"},
      {"it", "<div class=\"m4\"><span class=\"p1\">Redazione ANSA</span> <time datetime=\"2026-06-04\">04/06/2026"
             "</time></div>", "ANSA"},
      {"en", "<div class=\"zq7\">Reuters June 4, 2026 10:12 AM</div>", "Reuters"},
      // The slot right under the lead picture: only a desk or staff word tells it from
      // the picture's credit.
      {"en", "<figure><img src=\"/img/harbour.jpg\" alt=\"\"><figcaption>The quay at dawn.</figcaption></figure>"
             "<div class=\"zq7\">Reuters staff</div>", "Reuters"},
      {"it", "<figure><img src=\"/img/harbour.jpg\" alt=\"\"><figcaption>Il porto all'alba.</figcaption></figure>"
             "<div class=\"zq7\">Redazione ANSA 04/06/2026</div>", "ANSA"},
      // Hard negatives: a reporter and the agency under the lead picture (its credit),
      // also in a box of the caption and the credit after the picture's box, or with no
      // picture at all (a picture's credit as often as a byline); a picture word before it; a newspaper after the comma (its masthead, not a wire); the
      // page's own staff with the date; a section's name with the date.
      {"pl", "<figure><img src=\"/img/harbour.jpg\" alt=\"\"></figure><div class=\"zq7\">Jan Kowalski, PAP</div>", ""},
      {"en", "<div class=\"h5\"><div class=\"i2\"><img src=\"/img/harbour.jpg\" alt=\"\"></div><div class=\"c3\">"
             "<div class=\"c4\">The quay at dawn</div><div class=\"c5\">Jane Doe, Associated Press</div></div></div>", ""},
      {"en", "<div class=\"h5\"><div class=\"i2\"><img src=\"/img/harbour.jpg\" alt=\"\"></div><div class=\"c3\">"
             "<div class=\"c4\">The quay at dawn</div><div class=\"c5\">AFP</div></div></div>", ""},
      {"pl", "<div class=\"zq7\">Jan Kowalski, PAP</div>", ""},
      {"pl", "<div class=\"zq7\">Fot. Jan Kowalski, PAP</div>", ""},
      {"en", "<figure><img src=\"/img/harbour.jpg\" alt=\"\"></figure><div class=\"zq7\">AFP</div>", ""},
      {"en", "<figure><img src=\"/img/harbour.jpg\" alt=\"\"></figure><div class=\"zq7\">Agencies</div>", ""},
      {"en", "<figure><img src=\"/img/harbour.jpg\" alt=\"\"></figure><div class=\"zq7\">Valley Courier staff</div>", ""},
      {"en", "<div class=\"zq7\">Photo: Jane Doe, Reuters</div>", ""},
      {"en", "<div class=\"zq7\">Jane Doe, The Guardian</div>", ""},
      {"en", "<div class=\"m4\"><span class=\"p1\">Valley Courier staff</span> <time datetime=\"2026-06-04\">June 4, "
             "2026</time></div>", ""},
      {"en", "<div class=\"zq7\">World news June 4, 2026</div>", ""},
  });
}

// A page grid: the article in a column of a row, a column beside it (an advert), and
// the story's source printed in the text's column of the next row. The column beside
// is passed over; only the text's own column (the same tag and first class) counts.
TEST(WirePositionTest, ACreditLineInTheTextsColumnOfTheNextGridRow) {
  auto grid = [](const std::string& lang, const std::string& next_row) {
    std::string html = Html(lang, "<p class=\"b9\">By Jane Doe</p>", "", false);
    const std::string open = "<main><article", close = "</article></main>";
    html.replace(html.find(open), open.size(), "<main><div class=\"r1\"><div class=\"c8\"><article");
    html.replace(html.find(close), close.size(),
                 "</article></div><div class=\"c4\"><p>Advertisement</p></div></div>" + next_row + "</main>");
    return html;
  };
  struct GridRow {
    std::string lang, next_row, credit;
  };
  const std::vector<GridRow> rows = {
      {"en", "<div class=\"r1\"><div class=\"c8\"><p class=\"x2\">Source: Reuters</p></div></div>", "Reuters"},
      {"de", "<div class=\"r1\"><div class=\"c8\"><p class=\"x2\">(dpa)</p></div></div>", "dpa"},
      {"en", "<div class=\"r1\"><div class=\"c8\"><p>Copyright 2024 The Associated Press. All rights reserved.</p>"
             "</div></div>", "AP"},
      // Hard negatives: a full-width row of its own (not the text's column); the text's
      // column opening with a teaser module; a bare tag above a teaser's headline.
      {"en", "<div class=\"r1\"><div class=\"c12\"><p class=\"x2\">Source: Reuters</p></div></div>", ""},
      {"en", "<div class=\"r1\"><div class=\"c8\"><h2>More news</h2><p>Source: Reuters</p></div></div>", ""},
      {"fr", "<div class=\"r1\"><div class=\"c8\"><p>(AFP)</p><p><a href=\"/news/2024/06/03/night-ferry\">La ligne "
             "de nuit reprend</a></p></div></div>", ""},
  };
  for (const GridRow& r : rows) {
    std::string why;
    std::set<std::string> want;
    if (!r.credit.empty()) want.insert(Named(r.credit));
    EXPECT_EQ(Credited(grid(r.lang, r.next_row), &why), want) << r.next_row << "\n  rules:" << why;
  }
}

}  // namespace
}  // namespace provscore
