// Credits to outlets the lexicon does not list, by the shape of their names
// (rules/press_words.json, score/rules/press_words.h), in the strong credit
// positions only: a republication line ("This article originally appeared on
// ..."), an aggregator's "Provided by", "With reports from", "Mit Material von",
// and a source line standing alone at the edge of the text. Every outlet, site and
// sentence here is invented. Beside each language's hard negatives (a ministry, an
// office, a statistics bureau, the desk's own figures, a picture agency, a
// picture's or a chart's credit, the page's own name, a related-links module, a
// source line inside the text) stands a positive control: the same kind of line
// naming a press name. rules/CREDIT-CONVENTIONS.md, "Outlets the lexicon does not
// list", tables the convention.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "score/extract/html_extractor.h"
#include "score/rules/press_words.h"
#include "score/signals/detectors.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using testing::Filler;

const RuleSet& Rules() { return testing::BuiltinRules(); }

// An invented page of "The Bay Courier" (bay-courier.example): a headline, a
// byline, three paragraphs, what stands after them (`tail`) and a site footer.
struct Page {
  std::string lang = "en";
  std::string lead;
  std::string tail;
  std::string author = "Jane Doe";
  std::string canonical = "https://bay-courier.example/news/2024/06/04/story";
};

std::string Html(const Page& p) {
  return "<!DOCTYPE html><html lang=\"" + p.lang + "\"><head><title>Ferry service resumes</title>" +
         "<meta property=\"og:site_name\" content=\"The Bay Courier\">" + "<link rel=\"canonical\" href=\"" +
         p.canonical + "\"></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>" +
         "<main><article><h1>Ferry service resumes after the storm</h1><p class=\"byline\">" + p.author + "</p>" +
         p.lead + "<p>" + Filler("the budget") + "</p><p>" + Filler("the harbour") + "</p><p>" +
         Filler("the ferry line") + "</p>" + p.tail +
         "</article></main><footer><p>About us</p><p>\xC2\xA9 2024 The Bay Courier. All rights reserved.</p></footer>"
         "</body></html>";
}

struct Credit {
  std::string outlet;
  bool known = true;
};

std::vector<Credit> CreditsOn(const Page& page, std::string* rules) {
  Result<Article> a = testing::BuiltinExtractor().Extract(Html(page), page.canonical);
  EXPECT_TRUE(a.ok());
  std::vector<Credit> out;
  if (!a.ok()) return out;
  for (const Signal& s : DetectorSet::Default().Detect(*a, Rules())) {
    if (s.type != kSignalWireAttribution) continue;
    *rules +=
        " " + s.rule + "(" + std::string(s.fields.at("outlet").as_string()) + ": " + s.evidence.front().text + ")";
    if (s.fields.at("role").as_string() != "credit") continue;
    const boost::json::value* known = s.fields.if_contains("outlet_known");
    out.push_back({std::string(s.fields.at("outlet").as_string()), !(known && known->is_bool() && !known->as_bool())});
  }
  return out;
}

struct Row {
  const char* language;
  const char* form;
  Page page;
  std::string credited;  // the outlet as printed, not in the lexicon; empty: a hard negative
};

Page Tail(const std::string& lang, const std::string& html) {
  Page p;
  p.lang = lang;
  p.tail = html;
  return p;
}
Page Closing(const std::string& lang, const std::string& line) { return Tail(lang, "<p>" + line + "</p>"); }

void ExpectRows(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    std::string rules;
    const std::vector<Credit> credits = CreditsOn(r.page, &rules);
    if (r.credited.empty()) {
      EXPECT_TRUE(credits.empty()) << "[" << r.language << "] " << r.form << "\n  rules:" << rules;
      continue;
    }
    ASSERT_EQ(credits.size(), 1u) << "[" << r.language << "] " << r.form << "\n  rules:" << rules;
    EXPECT_EQ(credits[0].outlet, r.credited) << "[" << r.language << "] " << r.form;
    EXPECT_FALSE(credits[0].known) << "[" << r.language << "] " << r.form << ": outlet_known must be false";
  }
}

TEST(WirePressNameTest, RepublicationLinesNameAnOutletTheLexiconLacks) {
  ExpectRows({
      {"en", "originally appeared on", Closing("en", "This article originally appeared on The Harbour Herald."),
       "The Harbour Herald"},
      {"en", "republished, name before a clause",
       Closing("en", "This story is republished from Harbour Daily News under a licence."), "Harbour Daily News"},
      {"en", "a registrable domain", Closing("en", "This story was first published on harbourherald.example.org."),
       "harbourherald.example.org"},
      {"en", "aggregator's credit line", Closing("en", "\xC2\xA9 Provided by Harbour Evening Post"),
       "Harbour Evening Post"},
      {"en", "with reports from", Closing("en", "With reports from Harbour Radio."), "Harbour Radio"},
      {"en", "with reports from an outlet and a reporter",
       Closing("en", "\xE2\x80\x94 With reports from Harbour Radio and Jane Roe in Paris."), "Harbour Radio"},
      {"en", "contains material from", Closing("en", "This article contains material from Harbour Evening Post."),
       "Harbour Evening Post"},
      {"de", "erschien zuerst in der", Closing("de", "Dieser Artikel erschien zuerst in der Rheintaler Zeitung."),
       "Rheintaler Zeitung"},
      {"de", "Mit Material von", Closing("de", "(Mit Material von Rheintal Nachrichten)"), "Rheintal Nachrichten"},
      {"fr", "publié initialement dans",
       Closing("fr", "Cet article a été publié initialement dans La Gazette du Port."), "La Gazette du Port"},
      {"es", "publicado originalmente en",
       Closing("es", "Este artículo fue publicado originalmente en El Diario del Puerto."), "El Diario del Puerto"},
      {"pt", "publicado originalmente no", Closing("pt", "Este texto foi publicado originalmente no Jornal do Cais."),
       "Jornal do Cais"},
      {"it", "pubblicato originariamente su",
       Closing("it", "Articolo pubblicato originariamente su Gazzetta del Molo."), "Gazzetta del Molo"},
      {"zh", "转载自", Closing("zh", "本文转载自港城晚报，版权归原作者所有。"), "港城晚报"},
  });
}

// A source line opening the text: on an HTML page a short line above the first
// paragraph is taken out with the page's header furniture, so the line is read
// where the extractor keeps it, in the body's first block (plain text).
// A republisher's notice under a Creative Commons licence names the text's first
// publisher whatever its name: a name without a press word counts there (rule field
// any_name), never a not-press word, the site's own name, a map or a picture reused
// under the licence, nor the same name in a phrase without the licence.
TEST(WirePressNameTest, ACreativeCommonsNoticeNamesThePublisherByStructure) {
  ExpectRows({
      {"en", "republished under a Creative Commons license",
       Closing("en", "This article is republished from Coastwise under a Creative Commons license."), "Coastwise"},
      {"en", "originally appeared and is republished under the licence",
       Closing("en", "This story originally appeared in Tidewater Voices and is republished here under a Creative "
                     "Commons licence."),
       "Tidewater Voices"},
      {"en", "the notice opening its line",
       Closing("en", "Republished from Coastwise under a Creative Commons Attribution-NoDerivatives 4.0 license."),
       "Coastwise"},
      {"en", "control: a press name still counts", Closing("en", "This story is republished from Harbour Ledger under "
                                                                "a Creative Commons license."),
       "Harbour Ledger"},
      {"en", "the same name without the licence", Closing("en", "This article is republished from Coastwise."), ""},
      {"en", "a map reused under the licence",
       Closing("en", "The map is reproduced from OpenStreetMap under a Creative Commons licence."), ""},
      {"en", "a picture reused under the licence",
       Closing("en", "The photo was republished from Wikimedia Commons under a Creative Commons license."), ""},
      {"en", "a ministry under the licence",
       Closing("en", "This report is republished from the Ministry of Health under a Creative Commons license."), ""},
      {"en", "the site's own licence",
       Closing("en", "This article is published by The Bay Courier under a Creative Commons license."), ""},
      {"en", "the author under the licence",
       Closing("en", "This essay was first published by Jane Doe under a Creative Commons license."), ""},
  });
}

TEST(WirePressNameTest, ASourceLineOpeningTheText) {
  const Article a =
      testing::BuildArticle({{"Source: Harbour Daily News"}, {Filler("the budget")}, {Filler("the pier")}});
  std::vector<std::string> credited;
  for (const Signal& s : DetectorSet::Default().Detect(a, Rules())) {
    if (s.type == kSignalWireAttribution) credited.emplace_back(s.fields.at("outlet").as_string());
  }
  EXPECT_EQ(credited, std::vector<std::string>{"Harbour Daily News"});
  // The same line in the middle of the text is a chart's or a quote's source.
  const Article b =
      testing::BuildArticle({{Filler("the budget")}, {"Source: Harbour Daily News"}, {Filler("the pier")}});
  for (const Signal& s : DetectorSet::Default().Detect(b, Rules())) EXPECT_NE(s.type, kSignalWireAttribution) << s.rule;
}

TEST(WirePressNameTest, ASourceLineAtTheEdgeOfTheText) {
  ExpectRows({
      {"en", "closing the text", Closing("en", "Source: Harbour Herald"), "Harbour Herald"},
      {"en", "closing the text in an element of its own", Tail("en", "<div class=\"x9\">Source: Harbour Herald</div>"),
       "Harbour Herald"},
      {"de", "Quelle", Closing("de", "Quelle: Rheintal Zeitung"), "Rheintal Zeitung"},
      {"de", "Quelle, in italics", Closing("de", "<em>Quelle: Rheintal Zeitung</em>"), "Rheintal Zeitung"},
      {"es", "Fuente", Closing("es", "Fuente: Diario del Puerto"), "Diario del Puerto"},
      {"pt", "Fonte", Closing("pt", "Fonte: Jornal do Cais"), "Jornal do Cais"},
      {"it", "Fonte", Closing("it", "Fonte: Gazzetta del Molo"), "Gazzetta del Molo"},
      {"ru", "Источник", Closing("ru", "Источник: Портовые Новости"), "Портовые Новости"},
      {"zh", "来源", Closing("zh", "来源：港城日报"), "港城日报"},
      {"ja", "出典", Closing("ja", "出典：港町新聞"), "港町新聞"},
      {"ko", "출처", Closing("ko", "출처: 항구일보"), "항구일보"},
      {"tr", "Kaynak", Closing("tr", "Kaynak: Liman Gazetesi"), "Liman Gazetesi"},
  });
}

TEST(WirePressNameTest, HardNegativesCreditNoOne) {
  Page own_domain = Closing("en", "Source: example.com");
  own_domain.canonical = "https://news.example.com/2024/06/04/story";
  Page authors_site = Closing("en", "Originally published at janedoe.example.org");
  authors_site.author = "Jane Doe";
  Page authors_domain = Closing("en", "Originally published at janedoe.com");
  Page caption = Tail("en", "");
  caption.lead =
      "<figure><img src=\"/i/chart.png\" alt=\"\"><figcaption>Source: Harbour Daily News</figcaption></figure>";
  Page chart_in_text = Tail("en", "<p>Source: Harbour Herald</p><p>" + Filler("the pier") + "</p>");
  Page related =
      Tail("en",
           "<section><h2>Related</h2><ul><li><a href=\"/news/a\">Pier repairs to start next week</a></li>"
           "<li><a href=\"/news/b\">Harbour board meets again</a></li></ul><p>Source: Harbour Herald</p></section>");
  ExpectRows({
      {"en", "a ministry", Closing("en", "Source: Ministry of Health"), ""},
      {"en", "company reports", Closing("en", "Source: company reports"), ""},
      {"en", "a picture agency", Closing("en", "Source: Getty Images"), ""},
      {"en", "a picture's credit line", Closing("en", "Photo: Harbour News"), ""},
      {"en", "a press office", Closing("en", "Source: Harbour Press Office"), ""},
      {"en", "a government domain", Closing("en", "Source: harbourhealth.gov"), ""},
      {"en", "a journal of research", Closing("en", "Source: Journal of Harbour Medicine"), ""},
      {"en", "the outlet and its photographer", Closing("en", "Source: Harbour Herald/Jane Roe"), ""},
      {"en", "the site's own name", Closing("en", "Source: The Bay Courier"), ""},
      {"en", "the site's own domain", own_domain, ""},
      {"en", "the author's own site", authors_site, ""},
      {"en", "the author's own domain", authors_domain, ""},
      {"en", "a chart's caption", caption, ""},
      {"en", "a source line inside the text", chart_in_text, ""},
      {"en", "a source line in a related-links module", related, ""},
      {"en", "a press word alone", Closing("en", "Source: News"), ""},
      {"en", "with reports from inside a sentence",
       Closing("en", "Officials denied it on Monday, with reports from Harbour Radio suggesting otherwise."), ""},
      {"en", "a date, not an outlet", Closing("en", "This article originally appeared on Monday in print."), ""},
      {"de", "a statistics office", Closing("de", "Quelle: Statistisches Bundesamt"), ""},
      {"de", "own research", Closing("de", "Quelle: eigene Recherche"), ""},
      {"fr", "a ministry", Closing("fr", "Source : Ministère de la Santé"), ""},
      {"fr", "a press service", Closing("fr", "Source : Service de presse de la Préfecture"), ""},
      {"es", "the desk's own figures", Closing("es", "Fuente: elaboración propia"), ""},
      {"es", "a ministry", Closing("es", "Fuente: Ministerio de Sanidad"), ""},
      {"pt", "a ministry", Closing("pt", "Fonte: Ministério da Saúde"), ""},
      {"it", "a town's press office", Closing("it", "Fonte: Ufficio stampa del Comune"), ""},
      {"ru", "a ministry", Closing("ru", "Источник: Министерство здравоохранения"), ""},
      {"zh", "the internet", Closing("zh", "来源：网络"), ""},
      {"zh", "a statistics bureau", Closing("zh", "来源：国家统计局"), ""},
      {"zh", "a company's official site", Closing("zh", "来源：港城集团官网"), ""},
      {"ja", "a ministry", Closing("ja", "出典：厚生労働省"), ""},
      {"ko", "a statistics office", Closing("ko", "출처: 통계청"), ""},
      {"tr", "a ministry", Closing("tr", "Kaynak: Sağlık Bakanlığı"), ""},
  });
}

// A name the lexicon knows is left to its {OUTLET} rules: credited once, as the
// lexicon's outlet, never a second time by its shape.
TEST(WirePressNameTest, AKnownOutletIsCreditedByTheLexiconOnly) {
  std::string rules;
  const std::vector<Credit> credits =
      CreditsOn(Closing("en", "This article originally appeared on The Guardian."), &rules);
  ASSERT_EQ(credits.size(), 1u) << rules;
  EXPECT_TRUE(credits[0].known) << rules;
  // Its home domain in the same position credits it under its name.
  rules.clear();
  const std::vector<Credit> by_domain =
      CreditsOn(Closing("en", "This article first appeared on theguardian.com."), &rules);
  ASSERT_EQ(by_domain.size(), 1u) << rules;
  EXPECT_EQ(by_domain[0].outlet, "The Guardian") << rules;
  EXPECT_TRUE(by_domain[0].known) << rules;
}

// The shape itself, word by word.
TEST(WirePressNameTest, PressNameCutsTheNameWhereItEnds) {
  const PressWords& words = Rules().press_words();
  ASSERT_FALSE(words.empty());
  struct Case {
    const char* printed;
    const char* name;
  } cases[] = {
      {"Harbour Herald, June 4, 2024", "Harbour Herald"},
      {"the Harbour Herald", ""},                      // a lower-case start is a sentence, not a name
      {"Harbour Herald's website", "Harbour Herald"},  // a possessive ends the name
      {"\xE2\x80\x9CHarbour Herald\xE2\x80\x9D.", "Harbour Herald"},
      {"\xC2\xABRheintal Zeitung\xC2\xBB", "Rheintal Zeitung"},
      {"Times of the Harbour and more", "Times of the Harbour"},
      {"Harbour Herald and is republished here", "Harbour Herald"},
      {"Harbour Radio and Jane Doe in Paris", "Harbour Radio"},  // "and" joins two names, never one
      {"Harbour Herald (Jane Roe)", "Harbour Herald"},
      {"Harbour Herald - Jane Roe", "Harbour Herald"},
      {"The Daily", ""},           // a press word and an article only
      {"Harbour Weather", ""},     // no press word
      {"2024 Harbour Times", ""},  // a number first
      {"report.pdf", ""},          // no listed suffix: a file, not a domain
      {"Example.ru", "Example.ru"},
      {"港城日报 作者：王小明", "港城日报"},
      {"日报", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(words.PressName(c.printed), c.name) << c.printed;
}

// The word lists are compiled on the first PressName, not by Finish: threads
// asking a fresh PressWords at once all get the name one thread alone gets, and
// one not finished names nothing.
TEST(WirePressNameTest, WordsCompiledOnFirstUseServeThreadsAlike) {
  const boost::json::object root = boost::json::parse(R"({"schema": "provscore.press_words/1",
      "languages": {"en": {"press": ["Herald", "Gazette"], "not_press": ["Office"], "connectors": ["of", "the"]}}})")
                                       .as_object();
  PressWords unfinished;
  std::vector<OutletProblem> problems;
  unfinished.AddFromJson(root, "", problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_EQ(unfinished.PressName("Harbour Herald"), "");
  PressWords words;
  words.AddFromJson(root, "", problems);
  words.Finish();
  const PressWords moved = std::move(words);  // as RuleSet::Load keeps it
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Harbour Herald, June 4", "Harbour Herald"}, {"Gazette of the Bay", "Gazette of the Bay"},
      {"Harbour Press Office", ""}, {"Harbour Weather", ""}};
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (const auto& c : cases) got[t].push_back(moved.PressName(c.first));
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& g : got) {
    ASSERT_EQ(g.size(), cases.size());
    for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(g[i], cases[i].second) << cases[i].first;
  }
}

}  // namespace
}  // namespace provscore
