// The {OUTLET} slot matched once per text (RuleSetOptions::match_outlets_once: the
// lexicon's occurrences masked by sentinels, each rule's regex holding the sentinel's
// pattern) must find what each rule's regex with the whole lexicon inlined finds:
// every built-in rule, on many invented texts built to be hard for the masking.
#include <gtest/gtest.h>

#include <boost/json/value.hpp>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "score/rules/rule_set.h"
#include "tests/score/article_builder.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::BuildArticle;
using testing::Para;

const fs::path kBuiltin = fs::path(PROVSCORE_SOURCE_DIR) / "rules";

// Invented outlets shaped like the hard cases of the real lexicon: an alias that
// ends another ("The Harbour Herald" / "Harbour Herald"), that starts another
// ("KPA" / "KPA News"), upper-case forms of 4+ letters, hyphens, an apostrophe, a
// digit, CJK aliases glued to what follows, an alias of one code point, and
// ordinary words a rule spells itself ("agency inputs", "Agenturen"), composites
// that share their first pieces ("KPA News" / "KPA Newsroom", three over "Larkspur
// Media Group"), and composites over an atom holding white space, capitals, an
// apostrophe or Greek letters (the slot reads such an atom's sentinel with the
// fills its own code points become). The built-in outlets are disabled but for the
// few a rule's fields name.
constexpr char kInventedOutlets[] = R"([
  {"id": "harbour", "name": "The Harbour Herald", "aliases": ["The Harbour Herald", "Harbour Herald", "HH"],
   "kind": "newspaper", "country": ""},
  {"id": "kestrel", "name": "Kestrel Press Agency",
   "aliases": ["Kestrel Press Agency", "Kestrel Press", "KPA", "KPA News", "KPA Newsroom"], "kind": "wire_agency", "country": ""},
  {"id": "larkspur", "name": "Larkspur Media Group",
   "aliases": ["Larkspur Media Group", "Larkspur Media Group Wire", "Larkspur Media Group Radio", "The Larkspur Media Group"],
   "kind": "broadcaster", "country": ""},
  {"id": "alkyon", "name": "Άλκυον", "aliases": ["Άλκυον", "Άλκυον Ειδήσεις"], "kind": "wire_agency", "country": ""},
  {"id": "nordwire", "name": "Nordwire", "aliases": ["Nordwire", "Nord-Wire", "NW"], "kind": "wire_agency", "country": ""},
  {"id": "osprey", "name": "Osprey News Service", "aliases": ["Osprey News Service", "News Service"],
   "kind": "wire_agency", "country": ""},
  {"id": "omalley", "name": "O'Malley Daily", "aliases": ["O'Malley Daily", "O'Malley Daily Sunday"], "kind": "newspaper", "country": ""},
  {"id": "canal9", "name": "Canal 9", "aliases": ["Canal 9"], "kind": "broadcaster", "country": ""},
  {"id": "gangwan", "name": "港湾社", "aliases": ["港湾社", "港湾", "항만통신", "항만"], "kind": "wire_agency", "country": ""},
  {"id": "gavan", "name": "Гавань-Пресс", "aliases": ["Гавань-Пресс", "Гавань"], "kind": "wire_agency", "country": ""},
  {"id": "zhe", "name": "Ж", "aliases": ["Ж"], "kind": "wire_agency", "country": ""},
  {"id": "wires", "name": "Agencies", "aliases": ["Agencies", "agencies", "agency inputs", "Agenturen"],
   "kind": "generic", "country": "", "ambiguous": true}
])";

// Frames of credit lines and citations the {OUTLET} rules read; {A} and {B} are
// filled with aliases.
const std::vector<std::string> kFrames = {
    "By {A}", "By Jane Doe, {A}", "By Jane Doe and {A}", "Par {A} et {B}", "{A}", "({A})", "— {A}",
    "Source: {A}", "Source: the {A}.", "Quelle: {A}", "via {A}", "Copyright 2024 {A}. All rights reserved.",
    "© {A}", "ⓒ {A}", "(c) 2023 the {A}", "Reporting by {A}; editing by Jane Doe", "with inputs from {A}",
    "with agency inputs from {A}", "mit Material von Agenturen und {A}", "mit Material der Agenturen {A} und {B}",
    "according to {A}", "according to the {A} on Monday", "{A} reported on Monday.", "the {A} said",
    "PORTVILLE, March 3 ({A}) — Text follows.", "Portville, 3 March — {A}: text", "PORTVILLE. {A} — text",
    "{A}, PORTVILLE", "{A} 12.03.2024 10:00", "12.03.2024 10:00 | {A}", "{A}\n12 March 2024", "Jane Doe | {A}",
    "Jane Doe {A}", "jd/ab/{A}", "{A}/jd", "{A} / (autor: jd)", "{A} jd/ab", "This article originally appeared in {A}.",
    "Distributed by {A}", "Provided by the {A}", "(서울={A})", "{A}记者 3月5日电", "（{A}）3月5日电", "来源：{A}",
    "Inputs: {A}, {B}", "इनपुट: {A} और {B}", "Theo {A}", "{A} contributed to this report.",
    "{A} writers contributed reporting.", "{A}'s Jane Doe contributed.", "Originally published by {A}",
    "Story courtesy of the {A}", "This report by {A} was first published", "By {A} Staff",
    "AP Member Exchange shared by {A}", "zuerst bei {A} erschienen", "con información de {A} y {B}",
    "По материалам {A}", "Na podstawie {A} i {B}", "Jane Doe, {A} Correspondent", "By Jane Doe with {A}",
    "Harbour / {A}", "{A} ({B})", "Photo: {A}/{B}", "told {A}{B}", "x{A}x and _{A}_ and {A}s and {A}2",
};

std::string Fill(std::string frame, const std::string& a, const std::string& b) {
  for (size_t at = frame.find("{A}"); at != std::string::npos; at = frame.find("{A}", at + a.size())) frame.replace(at, 3, a);
  for (size_t at = frame.find("{B}"); at != std::string::npos; at = frame.find("{B}", at + b.size())) frame.replace(at, 3, b);
  return frame;
}

// The lines only one side has, when any.
void ExpectSameHits(const std::vector<std::string>& once, const std::vector<std::string>& reference,
                    const std::string& what) {
  if (once == reference) return;
  std::multiset<std::string> a(once.begin(), once.end()), b(reference.begin(), reference.end());
  std::string only;
  for (const std::string& line : once) {
    if (!b.count(line)) only += "\n  masked only:  " + line;
  }
  for (const std::string& line : reference) {
    if (!a.count(line)) only += "\n  inlined only: " + line;
  }
  ADD_FAILURE() << what << (only.empty() ? "\n  same hits in another order" : only);
}

class OutletSlotTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    std::string outlets = R"({"schema": "provscore.outlets/1", "outlets": [)";
    // The built-in outlets are disabled, but for those a rule names in its fields.
    const RuleSet& builtin = testing::BuiltinRules();
    std::set<std::string> named;
    for (const PatternRule& rule : builtin.rules()) {
      const auto* o = rule.fields.if_contains("outlet");
      const Outlet* outlet = o && o->is_string() ? builtin.outlets().FindByAlias(o->as_string()) : nullptr;
      for (int depth = 0; outlet && depth < 4; ++depth, outlet = builtin.outlets().FindById(outlet->parent)) {
        named.insert(outlet->id);
      }
    }
    for (const Outlet& o : builtin.outlets().outlets()) {
      if (!named.count(o.id)) outlets += R"({"id": ")" + o.id + R"(", "disabled": true},)";
    }
    outlets += std::string(kInventedOutlets).substr(1);  // the array's entries and its "]"
    std::ofstream(dir_->path() / "outlets.json") << outlets << "}";
    RuleSetOptions inlined;
    inlined.match_outlets_once = false;
    auto once = RuleSet::Load({kBuiltin, dir_->path()});
    auto reference = RuleSet::Load({kBuiltin, dir_->path()}, inlined);
    ASSERT_TRUE(once.ok()) << once.status().message();
    ASSERT_TRUE(reference.ok()) << reference.status().message();
    once_ = new std::shared_ptr<const RuleSet>(*once);
    reference_ = new std::shared_ptr<const RuleSet>(*reference);
  }
  static void TearDownTestSuite() {
    delete once_;
    delete reference_;
    delete dir_;
  }

  // The article with every frame filled with (a, b): as body blocks, byline lines,
  // boilerplate of several roles and the title.
  static Article Framed(const std::string& a, const std::string& b) {
    std::vector<Para> paras;
    for (const std::string& frame : kFrames) paras.push_back({Fill(frame, a, b)});
    Article article = BuildArticle(paras);
    const char* roles[] = {"header", "footer", "related"};
    size_t i = 0;
    for (const std::string& frame : kFrames) {
      const std::string text = Fill(frame, a, b);
      article.byline_lines.push_back(text);
      article.boilerplate.push_back({roles[i++ % 3], text});
    }
    article.title = Fill("{A} reported on Monday", a, b);
    return article;
  }

  static testing::TempDir* dir_;
  static std::shared_ptr<const RuleSet>* once_;
  static std::shared_ptr<const RuleSet>* reference_;
};

testing::TempDir* OutletSlotTest::dir_ = nullptr;
std::shared_ptr<const RuleSet>* OutletSlotTest::once_ = nullptr;
std::shared_ptr<const RuleSet>* OutletSlotTest::reference_ = nullptr;

TEST_F(OutletSlotTest, EveryRuleFindsWhatTheInlinedLexiconFinds) {
  const std::string nbsp = "\u00A0";
  // Aliases as printed and as the text may print them: upper case, other white
  // space, the typographic apostrophe, broken across a line, glued to letters,
  // next to a text's own Deseret, Tangut or private-use code point (what sentinels
  // are made of), and words that are no alias at all.
  const std::vector<std::string> forms = {
      "The Harbour Herald", "Harbour Herald", "HH", "THE HARBOUR HERALD", "The" + nbsp + "Harbour\tHerald",
      "Kestrel Press Agency", "Kestrel Press", "KESTREL PRESS", "KPA", "KPA News", "KPA news", "Nordwire",
      "Nord-Wire", "NORDWIRE", "NW", "Osprey News Service", "News Service", "O'Malley Daily", "O’Malley Daily",
      "Canal 9", "港湾社", "港湾", "항만통신", "항만", "Гавань-Пресс", "ГАВАНЬ", "Ж", "Agencies", "agencies",
      "agency inputs", "Agenturen", "Harbour\nHerald", "Kestrel\nPress Agency", "Harbour Heralds", "xKPA",
      "\U00010428KPA", "Kestrel \U00010429Press", "\U00017000Nordwire", "\U000F0000Ж", "K\U000F0000", "the Harbour Herald",
      "Portville Gazette", "KPA Newsroom", "KPA Newsrooms", "Larkspur Media Group Wire", "Larkspur Media  Group Radio",
      "The Larkspur" + nbsp + "Media\nGroup", "LARKSPUR MEDIA GROUP WIRE", "Larkspur Media Group Wirer",
      "O'Malley Daily Sunday", "O’Malley Daily Sunday", "Άλκυον Ειδήσεις", "ΑΛΚΥΟΝ ΕΙΔΗΣΕΙΣ", ""};
  std::set<std::string> rules_hit;
  size_t compared = 0;
  for (size_t i = 0; i < forms.size(); ++i) {
    for (const size_t j : {(i * 7 + 3) % forms.size(), (i * 3 + 1) % forms.size()}) {
      const std::string& a = forms[i];
      const std::string& b = forms[j];
      const Article article = Framed(a, b);
      const std::vector<RuleHit> once = (*once_)->Match(article);
      const std::vector<RuleHit> reference = (*reference_)->Match(article);
      ExpectSameHits(testing::HitLines(once), testing::HitLines(reference), "A = [" + a + "], B = [" + b + "]");
      for (const RuleHit& h : reference) {
        if (h.rule->pattern.find("{OUTLET}") != std::string::npos || h.fields.contains("outlet")) rules_hit.insert(h.rule->id);
      }
      compared += reference.size();
    }
  }
  // Not a comparison of nothing: most {OUTLET} rules hit somewhere, among them the
  // rules whose own text spells an alias (run on a copy that leaves it as written).
  EXPECT_GT(compared, 4000u);
  EXPECT_GE(rules_hit.size(), 35u);
  for (const char* id : {"wa.with-inputs-from", "wa.mit-material-von", "wa.ap-member-exchange"}) {
    EXPECT_TRUE(rules_hit.count(id)) << id;
  }
}

// Offsets, text and the outlet field of a masked match are the text's own.
TEST_F(OutletSlotTest, AHitShowsTheTextNotTheSentinels) {
  const Article article = BuildArticle({{"Filler first.\nReporting by Kestrel Press; editing by Jane Doe"},
                                        {"港湾社记者 3月5日电 The harbour reopened."}});
  std::set<std::string> outlets;
  for (const RuleHit& h : (*once_)->Match(article)) {
    EXPECT_EQ(h.text, article.text.substr(h.start, h.end - h.start)) << h.rule->id;
    if (const auto* o = h.fields.if_contains("outlet"); o && o->is_string()) outlets.insert(std::string(o->as_string()));
  }
  EXPECT_EQ(outlets, (std::set<std::string>{"Kestrel Press", "港湾社"}));
}

}  // namespace
}  // namespace provscore
