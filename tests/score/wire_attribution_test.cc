#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "score/extract/html_extractor.h"
#include "score/signals/detectors.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::BuildArticle;
using testing::Filler;
using testing::Para;

const RuleSet& Rules() { return testing::BuiltinRules(); }

// The canonical name the lexicon reports an alias under.
std::string Canonical(const std::string& alias) {
  const Outlet* o = Rules().outlets().FindByAlias(alias);
  EXPECT_NE(o, nullptr) << alias;
  return o ? Rules().outlets().Canonical(o)->name : "";
}

std::set<std::string> Outlets(const Article& a, const std::string& role) {
  std::set<std::string> out;
  for (const Signal& s : DetectorSet::Default().Detect(a, Rules())) {
    if (s.type == kSignalWireAttribution && s.fields.at("role").as_string() == role) {
      out.insert(std::string(s.fields.at("outlet").as_string()));
      for (const Evidence& e : s.evidence) {
        if (e.where == "body") {
          EXPECT_EQ(a.text.substr(e.start, e.end - e.start), e.text);
        }
      }
    }
  }
  return out;
}

struct CreditCase {
  const char* name;
  std::vector<Para> paragraphs;
  std::vector<std::string> byline;
  std::vector<std::string> credited;  // aliases, mapped through the lexicon
};

TEST(WireAttributionTest, CreditsInTheirUsualPlaces) {
  const std::string f1 = Filler("the budget"), f2 = Filler("the port"), f3 = Filler("the ferry");
  const CreditCase cases[] = {
      {"dateline", {{"NEW YORK (Reuters) - Oil prices fell sharply on Tuesday as traders weighed new supply data."}, {f1}},
       {}, {"Reuters"}},
      {"dateline in Spanish", {{"DORTMUND, Alemania (AP) — Normalmente, el fútbol alemán se juega ante estadios llenos."}, {f1}},
       {}, {"Associated Press"}},
      {"byline with outlet", {{f1}, {f2}}, {"By Jane Doe, Reuters"}, {"Reuters"}},
      {"republished byline", {{">> Valerie Hopkins and Anton Troianovski, The New York Times"}, {f1}, {f2}}, {},
       {"The New York Times"}},
      {"source line at the end", {{f1}, {f2}, {"Source: Capital"}}, {}, {"Capital"}},
      {"copyright", {{f1}, {f2}, {"© 2022 AFP"}}, {}, {"AFP"}},
      {"with inputs from", {{f1}, {f2}, {"With inputs from PTI"}}, {}, {"PTI"}},
      {"two outlets", {{f1}, {f2}, {"With reports from Reuters and AFP."}}, {}, {"Reuters", "AFP"}},
      {"mit Material von", {{f1}, {f2}, {"(Mit Material von dts)"}}, {}, {"dts"}},
      {"originally appeared", {{f1}, {f2}, {"This article originally appeared on The Atlantic."}}, {}, {"The Atlantic"}},
      {"Polish source", {{f1}, {f2}, {"Źródło: PAP"}}, {}, {"PAP"}},
      {"initials and agency", {{f1}, {f2}, {"aja/PAP"}}, {}, {"PAP"}},
      {"agency in parentheses", {{f1}, {f2 + " (ANSA)."}}, {}, {"ANSA"}},
      {"agency line on top", {{"AFP | 28.04.2023 | 17:52 Uhr"}, {f1}, {f2}}, {}, {"AFP"}},
      {"Danish byline", {{f1}, {f2}}, {"Af Ritzau"}, {"Ritzau"}},
      {"byline is the agency", {{f1}, {f2}}, {"Associated Press"}, {"Associated Press"}},
      {"Spanish dateline with a stop", {{"(EFE).- Nicaragua cerró 2021 con una deuda externa récord, informó el banco."}, {f1}},
       {}, {"EFE"}},
      {"agency writer contributed",
       {{f1}, {f2}, {"\xE2\x80\x94" "Associated Press writer John Leicester in Paris contributed to this report."}}, {},
       {"Associated Press"}},
  };
  for (const CreditCase& c : cases) {
    Article a = BuildArticle(c.paragraphs);
    a.byline_lines = c.byline;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Outlets(a, "credit"), expected) << c.name;
  }
}

// A line that is only an agency's name credits the agency, unless it heads a list of
// short entries (links, or unlinked labels of a few words with no digit): then it is
// the heading of a site's menu or brand bar that the extractor left in the body.
TEST(WireAttributionTest, AMenuOfBrandsIsNoCreditLine) {
  const std::string f1 = Filler("the budget"), f2 = Filler("the harbour");
  const CreditCase cases[] = {
      {"agency line on top", {{"AFP"}, {f1}, {f2}}, {}, {"AFP"}},
      {"closing agency line before linked headlines",
       {{f1}, {f2}, {"AFP"},
        {"Harbour board approves the new ferry timetable for the winter", {{"Harbour board approves the new ferry timetable for the winter", "https://valley-courier.example/a"}}},
        {"Budget talks resume after a two-month pause in the council", {{"Budget talks resume after a two-month pause in the council", "https://valley-courier.example/b"}}}},
       {}, {"AFP"}},
      {"menu heading over a list of linked brands",
       {{"Valley Media is a family of newspapers and services"}, {"Dow Jones"},
        {"Valley Courier", {{"Valley Courier", "https://valley-courier.example/"}}},
        {"Ridge Herald", {{"Ridge Herald", "https://ridge-herald.example/"}}},
        {f1}, {f2}},
       {}, {}},
      {"a brand bar of unlinked labels",
       {{"Valley Media is a family of newspapers and services"}, {"Dow Jones"}, {"Valley Media"}, {"Search"}, {f1}, {f2}},
       {}, {}},
      {"agency line above the date line", {{"Reuters"}, {"June 4, 2024"}, {"Updated"}, {f1}, {f2}}, {}, {"Reuters"}},
      {"agency line above the reporter and the text", {{"AFP"}, {"Jane Doe"}, {f1}, {f2}}, {}, {"AFP"}},
  };
  for (const CreditCase& c : cases) {
    Article a = BuildArticle(c.paragraphs);
    a.byline_lines = c.byline;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Outlets(a, "credit"), expected) << c.name;
  }
}

struct CitationCase {
  const char* text;
  const char* outlet;
};

TEST(WireAttributionTest, CitationsAreNotCredits) {
  const CitationCase cases[] = {
      {"The talks will resume next week, according to Reuters, after a pause of two months.", "Reuters"},
      {"The minister told the BBC that the plan would be published in the spring.", "BBC"},
      {"The meeting was scheduled for this week, said CBS News US official.", "CBS News"},
      {"Officials met on Monday evening to prepare the summit, reports Interfax.", "Interfax"},
      {"Die Gespräche sollen nächste Woche weitergehen, laut dpa nach zwei Monaten Pause.", "dpa"},
  };
  for (const CitationCase& c : cases) {
    const Article a = BuildArticle({{Filler("the summit")}, {c.text}, {Filler("the port")}});
    EXPECT_EQ(Outlets(a, "citation"), std::set<std::string>{Canonical(c.outlet)}) << c.text;
    EXPECT_TRUE(Outlets(a, "credit").empty()) << c.text;
  }
}

// A page citing one agency in each of 20,000 paragraphs: one signal, every span
// listed once (each hit is looked up among the spans listed, not read against
// them; bench/hostile/hostile_inputs.py times the page whole).
TEST(WireAttributionTest, ThousandsOfCitationsOfOneAgencyListEachSpanOnce) {
  std::vector<Para> paragraphs;
  for (int i = 0; i < 20000; ++i) {
    paragraphs.push_back({"Pier " + std::to_string(i) + " will be rebuilt next year, according to Reuters."});
  }
  const Article a = BuildArticle(paragraphs);
  size_t signals = 0;
  for (const Signal& s : DetectorSet::Default().Detect(a, Rules())) {
    if (s.type != kSignalWireAttribution) continue;
    ++signals;
    EXPECT_EQ(s.fields.at("outlet").as_string(), Canonical("Reuters"));
    EXPECT_EQ(s.fields.at("role").as_string(), "citation");
    std::set<std::pair<size_t, size_t>> spans;
    for (const Evidence& e : s.evidence) {
      EXPECT_EQ(a.text.substr(e.start, e.end - e.start), e.text);
      spans.insert({e.start, e.end});
    }
    EXPECT_EQ(s.evidence.size(), 20000u);
    EXPECT_EQ(spans.size(), s.evidence.size());
  }
  EXPECT_EQ(signals, 1u);
}

TEST(WireAttributionTest, OrdinaryWordsAndOwnDatelinesAreNotCredits) {
  // "Capital" is an outlet only in a strong credit position.
  Article words = BuildArticle({{"Capital gains taxes rose, and Time will tell whether the Trend holds."}, {Filler("x")}});
  EXPECT_TRUE(Outlets(words, "credit").empty());
  EXPECT_TRUE(Outlets(words, "citation").empty());
  // A broadcaster's own dateline on its own site.
  Article own = BuildArticle({{"(CNN) — The storm reached the coast on Tuesday night, officials said."}, {Filler("y")}});
  own.site_name = "CNN";
  EXPECT_TRUE(Outlets(own, "credit").empty());
  own.site_name = "Valley Post";
  EXPECT_EQ(Outlets(own, "credit"), std::set<std::string>{Canonical("CNN")});
  // A person's name that contains an outlet's name.
  Article name = BuildArticle({{Filler("z")}, {"Markus Reuter beschäftigt sich mit Netzpolitik und Datenschutz."}});
  EXPECT_TRUE(Outlets(name, "credit").empty());
}

TEST(WireAttributionTest, AnAmbiguousShortFormCountsOnlyInAStrongPosition) {
  // "AA" is Anadolu's short form and also a common abbreviation: a line that is
  // only "AA", or "AA reported", credits or cites no one, while the agency's full
  // name in the same places does, and so does "AA" after "Kaynak:".
  const std::string f1 = Filler("the budget"), f2 = Filler("the port");
  const Article bare = BuildArticle({{"AA"}, {f1}, {f2}});
  EXPECT_TRUE(Outlets(bare, "credit").empty());
  const Article cited = BuildArticle({{f1}, {"The new rules take effect in May, AA reported on Tuesday."}, {f2}});
  EXPECT_TRUE(Outlets(cited, "citation").empty());
  const Article full = BuildArticle({{"Anadolu Ajans\xC4\xB1"}, {f1}, {f2}});
  EXPECT_EQ(Outlets(full, "credit"), std::set<std::string>{Canonical("Anadolu Ajans\xC4\xB1")});
  const Article source = BuildArticle({{f1}, {f2}, {"Kaynak: AA"}});
  EXPECT_EQ(Outlets(source, "credit"), std::set<std::string>{Canonical("Anadolu Ajans\xC4\xB1")});
}

TEST(WireAttributionTest, AgencyOnItsOwnSiteIsCredited) {
  Article a = BuildArticle({{"NEW YORK (Reuters) - Oil prices fell sharply on Tuesday as traders weighed supply."}, {Filler("x")}});
  a.canonical_url = "https://www.reuters.com/markets/oil";
  EXPECT_EQ(Outlets(a, "credit"), std::set<std::string>{Canonical("Reuters")});
}

TEST(WireAttributionTest, RepublisherCreditCountsWhenTheCanonicalIsTheOutlets) {
  // An aggregator copy whose rel=canonical points back to the newspaper.
  Article a = BuildArticle({{"\xC2\xA9 Provided by The Guardian"}, {Filler("x")}, {Filler("y")}});
  a.canonical_url = "https://www.theguardian.com/education/2020/oct/02/halls";
  EXPECT_EQ(Outlets(a, "credit"), std::set<std::string>{Canonical("The Guardian")});
  // A self-reference on the same page is not a credit.
  Article own = BuildArticle({{Filler("x")}, {"This article originally appeared in The Guardian."}});
  own.canonical_url = "https://www.theguardian.com/education/2020/oct/02/halls";
  EXPECT_TRUE(Outlets(own, "credit").empty());
}

TEST(WireAttributionTest, JsonLdSourceOrganizationIsACredit) {
  Article a = BuildArticle({{Filler("x")}, {Filler("y")}});
  a.json_ld = R"([{"@type":"NewsArticle","sourceOrganization":{"@type":"Organization","name":"Agence France-Presse"}}])";
  EXPECT_EQ(Outlets(a, "credit"), std::set<std::string>{Canonical("AFP")});
}

TEST(WireAttributionTest, CreditAndCitationOfTheSameOutletAreBothReported) {
  const Article a = BuildArticle({{"LONDON (Reuters) - Shares rose on Monday as investors returned after the holiday."},
                                  {"The rally was the strongest in a month, according to Reuters calculations based on data."}});
  EXPECT_EQ(Outlets(a, "credit"), std::set<std::string>{Canonical("Reuters")});
  EXPECT_EQ(Outlets(a, "citation"), std::set<std::string>{Canonical("Reuters")});
}

// A span that several rules read (the byline line "By Reuters", the dateline and its
// tag) is one piece of the credit's evidence, not one per rule: the report lists
// each piece once.
TEST(WireAttributionTest, EachSpanIsTheCreditsEvidenceOnce) {
  const std::string html =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Shares rise</title></head><body><article><h1>Shares rise "
      "as investors return</h1><p class=\"byline\">By Reuters</p><p>LONDON (Reuters) - " + Filler("the markets") +
      "</p><p>" + Filler("the banks") + "</p><p>" + Filler("the bonds") + "</p></article></body></html>";
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://harbour-times.example/markets/shares");
  ASSERT_TRUE(a.ok());
  size_t credits = 0;
  for (const Signal& s : DetectorSet::Default().Detect(*a, Rules())) {
    if (s.type != kSignalWireAttribution || s.fields.at("role").as_string() != "credit") continue;
    ++credits;
    std::set<std::tuple<std::string, size_t, size_t, std::string>> spans;
    for (const Evidence& e : s.evidence) {
      EXPECT_TRUE(spans.emplace(e.where, e.start, e.end, e.text).second) << e.where << ": " << e.text;
    }
    EXPECT_GE(s.evidence.size(), 2u);  // the byline and the dateline
  }
  EXPECT_EQ(credits, 1u);
}

struct BioCase {
  const char* name;
  std::vector<Para> paragraphs;
  std::vector<BoilerplateBlock> boilerplate;
  const char* kind;  // nullptr: no bio
};

TEST(AuthorBioTest, BiosByKindAndPlace) {
  const std::string f1 = Filler("the budget"), f2 = Filler("the port"), f3 = Filler("the ferry"),
                    f4 = Filler("the bridge"), f5 = Filler("the market");
  const BioCase cases[] = {
      {"freelance at the end",
       {{f1}, {f2}, {"Laura Jedeed is a freelance journalist based in New York City."}},
       {},
       "contributor"},
      {"staff role",
       {{f1}, {f2}, {"Jane Doe is a senior reporter at the Valley Post covering transport."}},
       {},
       "staff"},
      {"outlet's correspondent", {{f1}, {f2}, {"John Roe is Slate's chief political correspondent."}}, {}, "staff"},
      {"the author's title at the outlet, whatever the title",
       {{f1}, {f2}, {"Mamo Kete is the Valley Post's deals curator and tests everything she posts."}},
       {},
       "staff"},
      {"someone else's title at a company is no bio",
       {{f1}, {f2}, {"John Roe is Acme's chief executive and founded the firm in 1998."}},
       {},
       nullptr},
      {"the author's title at the outlet, mid-article, is no bio",
       {{f1}, {f2}, {"Mamo Kete is the Valley Post's deals curator and tests everything she posts."}, {f3}, {f4}},
       {},
       nullptr},
      // (The label names the listed author: over another person's lines it is none,
      // author_box_test.cc ALabelIsABioOnlyOverLinesAboutAPerson.)
      {"author box", {{f1}, {f2}}, {{"author", "About the author Mamo Kete writes about design."}}, "staff"},
      {"German box", {{f1}, {f2}, {"Über den Autor"}, {"Mamo Kete fährt seit zwanzig Jahren Rad."}}, {}, "staff"},
      {"content farm",
       {{f1},
        {f2},
        {"Donald-43Westbrook, a distinguished contributor at worldstockmarket, is celebrated for his exceptional "
         "prowess "
         "in article writing. With a keen eye for detail and a gift for storytelling, Donald crafts engaging and "
         "informative content."}},
       {},
       "generic"},
      {"Spanish",
       {{f1}, {f2}, {"Mamo Kete es politóloga e investigadora en la Universidad de la Costa."}},
       {},
       "contributor"},
      {"Spanish newsroom role",
       {{f1}, {f2}, {"Lucía Prado es periodista y cubre el puerto desde 2015."}},
       {},
       "contributor"},
      {"a Spanish expert's academic post is not the author's bio",
       {{f1}, {f2}, {"Luis Gómez es profesor de economía en la Universidad de la Costa."}},
       {},
       nullptr},
      {"a French expert's academic post is not the author's bio",
       {{f1}, {f2}, {"Paul Girard est chercheur au centre d'études maritimes de la côte."}},
       {},
       nullptr},
      {"mid-article mention is not a bio",
       {{f1},
        {f2},
        {f3},
        {"Jane Doe is a freelance journalist based in Oslo who was detained last year."},
        {f4},
        {f5},
        {Filler("the school")},
        {Filler("the hospital")}},
       {},
       nullptr},
      {"name only", {{f1}, {f2}}, {{"author", "Jane Doe"}}, nullptr},
      {"the author's academic post",
       {{f1}, {f2}, {"Mamo Kete is a senior researcher with the City-Region Observatory."}},
       {},
       "contributor"},
      {"the author's post, in German, under a heading (a name never runs across lines)",
       {{f1}, {f2}, {"Die Autorin"}, {"Mamo Kete (*1958) war Direktorin für Planung im Außenministerium."}},
       {},
       "contributor"},
      {"an expert's academic post is not the author's bio",
       {{f1}, {f2}, {"Ola Nordmann is an associate professor at the University of Oslo."}},
       {},
       nullptr},
  };
  for (const BioCase& c : cases) {
    Article a = BuildArticle(c.paragraphs);
    a.boilerplate = c.boilerplate;
    a.authors = {{"Mamo Kete", "byline", 0.7}};
    std::vector<Signal> bios;
    for (const Signal& s : DetectorSet::Default().Detect(a, Rules())) {
      if (s.type == kSignalAuthorBio) bios.push_back(s);
    }
    if (c.kind == nullptr) {
      EXPECT_TRUE(bios.empty()) << c.name;
      continue;
    }
    ASSERT_EQ(bios.size(), 1u) << c.name;
    EXPECT_EQ(bios[0].fields.at("kind").as_string(), c.kind) << c.name;
  }
}

// On a page that names no author (a guest op-ed with no byline), a closing line
// describing someone by an academic post is the only signature, so it counts; the
// same line as the lede, or on a page whose listed author is someone else, is a
// quoted expert's description.
TEST(AuthorBioTest, ExpertPostClosingAPageWithNoAuthor) {
  const std::string f1 = Filler("the budget"), f2 = Filler("the port"), f3 = Filler("the ferry"),
                    f4 = Filler("the bridge");
  const std::string line = "Lucía Prado es politóloga e investigadora en la Universidad de la Costa.";
  struct Case {
    const char* name;
    std::vector<Para> paragraphs;
    bool listed;
    bool bio;
  } cases[] = {
      {"closing line, no author listed", {{f1}, {f2}, {f3}, {f4}, {line}}, false, true},
      {"the lede, no author listed", {{line}, {f1}, {f2}, {f3}, {f4}}, false, false},
      {"closing line, another author listed", {{f1}, {f2}, {f3}, {f4}, {line}}, true, false},
  };
  for (const Case& c : cases) {
    Article a = BuildArticle(c.paragraphs);
    a.language = "es";
    if (c.listed) a.authors = {{"Mamo Kete", "byline", 0.7}};
    size_t bios = 0;
    for (const Signal& s : DetectorSet::Default().Detect(a, Rules()))
      if (s.type == kSignalAuthorBio) ++bios;
    EXPECT_EQ(bios, c.bio ? 1u : 0u) << c.name;
  }
}

TEST(AuthorBioTest, MachineMadeNameIsTheAuthor) {
  const Article a = BuildArticle({{Filler("x")}, {Filler("y")},
                                  {"Donald-43Westbrook, a distinguished contributor at worldstockmarket, writes daily."}});
  for (const Signal& s : DetectorSet::Default().Detect(a, Rules())) {
    if (s.type == kSignalAuthorBio) {
      EXPECT_EQ(s.fields.at("author").as_string(), "Donald-43Westbrook");
    }
  }
}

}  // namespace
}  // namespace provscore
