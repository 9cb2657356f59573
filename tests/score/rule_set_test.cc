#include "score/rules/rule_set.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "score/signals/detectors.h"
#include "tests/score/article_builder.h"
#include "tests/temp_dir.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::BuildArticle;
using testing::Filler;

const fs::path kBuiltin = fs::path(PROVSCORE_SOURCE_DIR) / "rules";
const fs::path kData = fs::path(PROVSCORE_TEST_DATA) / "rules";

std::shared_ptr<const RuleSet> Builtin() {
  static std::shared_ptr<const RuleSet> rules = [] {
    auto r = RuleSet::Load({kBuiltin});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : nullptr;
  }();
  return rules;
}

std::vector<RuleHit> HitsOfType(const RuleSet& rules, const Article& a, const std::string& type) {
  std::vector<RuleHit> out;
  for (RuleHit& h : rules.Match(a)) {
    if (h.rule->type == type) out.push_back(std::move(h));
  }
  return out;
}

std::vector<Signal> NoticesIn(const Article& a) {
  std::vector<Signal> out;
  for (Signal& s : DetectorSet::Default().Detect(a, *Builtin())) {
    if (s.type == kSignalTranslationNotice) out.push_back(std::move(s));
  }
  return out;
}

std::string Field(const boost::json::object& fields, const char* key) {
  const auto* v = fields.if_contains(key);
  if (!v || v->is_null()) return "null";
  if (v->is_string()) return std::string(v->as_string());
  return boost::json::serialize(*v);
}

TEST(RuleSetTest, BuiltinRulesLoadCleanly) {
  EXPECT_TRUE(RuleSet::Check({kBuiltin}).empty());
  ASSERT_NE(Builtin(), nullptr);
  EXPECT_FALSE(Builtin()->version().empty());
  EXPECT_GT(Builtin()->rules().size(), 40u);
}

struct NoticeCase {
  const char* lang;
  std::string text;
  const char* kind;
  const char* from_lang;
  const char* engine;
  const char* edited;
};

// One row per phrasing, per language; every notice sits in its own paragraph.
TEST(RuleSetTest, TranslationNoticesInTwelveLanguages) {
  const NoticeCase cases[] = {
      {"en", "The article has been automatically translated into English by Google Translate from Russian and has not been edited.",
       "machine", "ru", "Google Translate", "false"},
      {"en", "This text was machine-translated from German.", "machine", "de", "null", "null"},
      {"en", "This story was translated with the help of AI.", "machine", "null", "null", "null"},
      {"en", "Translated from the Spanish by Lucia Moreno", "human", "es", "null", "null"},
      {"en", "This article was originally published in Portuguese.", "unspecified", "pt", "null", "null"},
      {"uk", "Переклад цього матеріалу українською мовою з російської було автоматично здійснено сервісом Google Translate, без подальшого редагування тексту.",
       "machine", "ru", "Google Translate", "false"},
      {"az", "Bu məqalə Google Translate servisi vasitəsi ilə avtomatik olaraq rus dilindən azərbaycan dilinə tərcümə olunmuşdur. Bundan sonra mətn redaktə edilməmişdir.",
       "machine", "ru", "Google Translate", "false"},
      {"ru", "Статья автоматически переведена с английского.", "machine", "en", "null", "null"},
      {"de", "Aus dem Englischen von Petra Vogel", "human", "en", "null", "null"},
      {"de", "Von: Adrian Padeanu Übersetzt von: Roland Hildebrandt", "human", "null", "null", "null"},
      {"de", "Übersetzung und Adaptierung: Lena Berger", "human", "null", "null", "null"},
      {"de", "Dieser Artikel ist eine Übersetzung aus dem Französischen.", "unspecified", "null", "null", "null"},
      {"de", "Dieser Artikel wurde im Original veröffentlicht auf Englisch.", "unspecified", "en", "null", "null"},
      {"de", "Der Text wurde maschinell übersetzt.", "machine", "null", "null", "null"},
      {"fr", "Cet article a été traduit automatiquement.", "machine", "null", "null", "null"},
      {"fr", "Traduit de l'anglais par Claire Dubois", "human", "en", "null", "null"},
      {"es", "Este artículo fue traducido automáticamente.", "machine", "null", "null", "null"},
      {"es", "Traducido del inglés por Ana Pérez", "human", "en", "null", "null"},
      {"it", "Questo articolo è stato tradotto automaticamente.", "machine", "null", "null", "null"},
      {"it", "Traduzione di Marco Bianchi", "human", "null", "null", "null"},
      {"pt", "Este texto foi traduzido automaticamente.", "machine", "null", "null", "null"},
      {"pt", "Traduzido do inglês por João Silva", "human", "en", "null", "null"},
      {"pl", "Ten artykuł został przetłumaczony automatycznie.", "machine", "null", "null", "null"},
      {"pl", "Tłumaczenie: Anna Kowalska", "human", "null", "null", "null"},
      {"nl", "Dit artikel is automatisch vertaald.", "machine", "null", "null", "null"},
      {"nl", "Vertaald door Jan Jansen", "human", "null", "null", "null"},
      {"tr", "Bu haber otomatik olarak çevrilmiştir.", "machine", "null", "null", "null"},
      {"tr", "Çeviren: Ayşe Yılmaz", "human", "null", "null", "null"},
  };
  std::set<std::string> languages;
  for (const NoticeCase& c : cases) {
    const Article a = BuildArticle({{Filler("the budget")}, {c.text}, {Filler("the harbour")}});
    const auto notices = NoticesIn(a);
    ASSERT_EQ(notices.size(), 1u) << c.lang << ": " << c.text;
    const Signal& n = notices.front();
    EXPECT_EQ(Field(n.fields, "kind"), c.kind) << c.text;
    EXPECT_EQ(Field(n.fields, "from_lang"), c.from_lang) << c.text;
    EXPECT_EQ(Field(n.fields, "engine"), c.engine) << c.text;
    EXPECT_EQ(Field(n.fields, "edited"), c.edited) << c.text;
    for (const Evidence& e : n.evidence) EXPECT_EQ(a.text.substr(e.start, e.end - e.start), e.text);
    languages.insert(c.lang);
  }
  EXPECT_GE(languages.size(), 12u);
}

TEST(RuleSetTest, OrdinaryTextIsNotATranslationNotice) {
  const char* texts[] = {
      "The minister said the treaty was translated into law last year.",
      "The book was originally published in 1998 and reprinted twice.",
      "This article was originally published in The Conversation.",
      "Researchers improved machine learning models for weather forecasts.",
  };
  for (const char* t : texts) {
    const Article a = BuildArticle({{Filler("the budget")}, {t}});
    EXPECT_TRUE(NoticesIn(a).empty()) << t;
  }
}

struct MarkerCase {
  const char* lang;
  const char* text;
  const char* marker;
};

TEST(RuleSetTest, CrossLinkMarkersInTenLanguages) {
  const MarkerCase cases[] = {
      {"en", "READ ALSO :Ukraine talks stall again", "READ ALSO"},
      {"en", "Read:   Macron's declaration on energy", "Read"},
      {"en", "On the subject: Polish figures call for talks", "On the subject"},
      {"en", "READ MORE: Storm closes the coast road", "READ MORE"},
      {"ru", "Читайте также: Новый мост откроют весной", "Читайте также"},
      {"uk", "До теми: Уряд ухвалив бюджет", "До теми"},
      {"fr", "Lire aussi : La réforme des retraites adoptée", "Lire aussi"},
      {"de", "Lesen Sie auch: Bahn erhöht die Preise", "Lesen Sie auch"},
      {"es", "Leer también: El gobierno aprueba el plan", "Leer también"},
      {"pt", "Leia também: Chuvas atingem o litoral", "Leia também"},
      {"it", "Leggi anche: Il governo approva la manovra", "Leggi anche"},
      {"pl", "Czytaj też: Rząd przyjął budżet", "Czytaj też"},
      {"id", "Baca juga: Banjir melanda Jakarta", "Baca juga"},
      {"nl", "Lees ook: Kabinet presenteert plannen", "Lees ook"},
      {"tr", "Ayrıca okuyun: Meclis bütçeyi onayladı", "Ayrıca okuyun"},
  };
  std::set<std::string> languages;
  for (const MarkerCase& c : cases) {
    const Article a = BuildArticle({{Filler("the budget")}, {c.text}, {Filler("the harbour")}});
    const auto hits = HitsOfType(*Builtin(), a, "injected_cross_link");
    ASSERT_EQ(hits.size(), 1u) << c.text;
    EXPECT_EQ(Field(hits[0].fields, "marker"), c.marker);
    EXPECT_EQ(hits[0].block, 1u);
    languages.insert(c.lang);
  }
  EXPECT_GE(languages.size(), 10u);
}

TEST(RuleSetTest, MarkerWordsInsideASentenceDoNotMatch) {
  const Article a = BuildArticle({{"Officials said they read the report: it was damning, and they also read more of it later."}});
  EXPECT_TRUE(HitsOfType(*Builtin(), a, "injected_cross_link").empty());
}

TEST(RuleSetTest, HiddenBoilerplateIsNeverMatched) {
  Article a = BuildArticle({{Filler("the budget")}});
  a.boilerplate.push_back({"hidden", "This article was automatically translated by Google Translate from French."});
  EXPECT_TRUE(NoticesIn(a).empty());
  a.boilerplate[0].role = "footer";
  const auto notices = NoticesIn(a);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].evidence.at(0).where, "boilerplate");
}

TEST(RuleSetTest, BoilerplateRoleLimitsWhereARuleMatches) {
  Article a = BuildArticle({{Filler("the budget")}});
  a.boilerplate.push_back({"nav", "Home World News Sport"});
  EXPECT_TRUE(HitsOfType(*Builtin(), a, "page_residue").empty());  // a page's own navigation
  a.boilerplate[0].role = "breadcrumb";                               // residue copied into a text
  const auto hits = HitsOfType(*Builtin(), a, "page_residue");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].where, "boilerplate");
}

TEST(RuleSetTest, LanguageCodeMapsNamesAndInflections) {
  const RuleSet& r = *Builtin();
  EXPECT_EQ(r.LanguageCode("Russian"), "ru");
  EXPECT_EQ(r.LanguageCode("russischen"), "ru");
  EXPECT_EQ(r.LanguageCode("українською"), "uk");
  EXPECT_EQ(r.LanguageCode("rus"), "ru");
  EXPECT_EQ(r.LanguageCode("The"), "");
}

TEST(RuleSetTest, OverlayReplacesAndDisablesRulesById) {
  auto rules = RuleSet::Load({kBuiltin, kData / "overlay"});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const auto& list = (*rules)->rules();
  auto find = [&](const std::string& id) {
    return std::find_if(list.begin(), list.end(), [&](const PatternRule& r) { return r.id == id; });
  };
  EXPECT_EQ(find("cl.en.read"), list.end());  // disabled by the overlay
  ASSERT_NE(find("pr.generator-footer"), list.end());
  EXPECT_DOUBLE_EQ(find("pr.generator-footer")->confidence, 0.5);  // replaced
  ASSERT_NE(find("user.en.sponsored"), list.end());                // added
  EXPECT_NE((*rules)->digest(), Builtin()->digest());              // an overlay is other rules
  const Article a = BuildArticle({{"Sponsored content: buy our gadgets now."}});
  EXPECT_EQ(HitsOfType(**rules, a, "promotional_boilerplate").size(), 1u);
}

// The digest names the files' bytes, not the folder they were read from: a copy of
// the rules elsewhere has the same one, one changed byte gives another.
TEST(RuleSetTest, DigestFollowsTheFilesBytesNotTheirFolder) {
  const std::string builtin = Builtin()->digest();
  ASSERT_EQ(builtin.size(), 7u + 16u) << builtin;
  EXPECT_EQ(builtin.rfind("sha256:", 0), 0u) << builtin;
  testing::TempDir dir;
  const fs::path copy = dir.path() / "copy";
  fs::copy(kBuiltin, copy, fs::copy_options::recursive);
  auto same = RuleSet::Load({copy});
  ASSERT_TRUE(same.ok()) << same.status().message();
  EXPECT_EQ((*same)->digest(), builtin);
  std::ofstream(copy / "manifest.json", std::ios::app) << " ";  // white space: same rules, other bytes
  auto edited = RuleSet::Load({copy});
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  EXPECT_NE((*edited)->digest(), builtin);
}

struct BrokenCase {
  const char* folder;
  const char* expect_in_message;
  size_t expect_line;
};

TEST(RuleSetTest, CheckReportsFileLineAndCauseOfEachProblem) {
  const BrokenCase cases[] = {
      {"bad-json", "invalid JSON", 5},
      {"bad-pattern", "bad pattern", 6},
      {"duplicate-id", "duplicate rule id", 12},
      {"unknown-type", "unknown \"type\" \"wire_credit\"", 4},
      {"unknown-key", "unknown key \"patern\"", 4},
      {"bad-confidence", "\"confidence\" must be a number from 0 to 1", 4},
      {"unknown-disable", "disables a rule id that no earlier rules folder defines", 4},
  };
  for (const BrokenCase& c : cases) {
    const auto problems = RuleSet::Check({kBuiltin, kData / c.folder});
    ASSERT_EQ(problems.size(), 1u) << c.folder;
    const std::string text = problems[0].ToString();
    EXPECT_NE(text.find(c.expect_in_message), std::string::npos) << text;
    EXPECT_NE(text.find("rules.json:" + std::to_string(c.expect_line) + ":"), std::string::npos) << text;
    auto loaded = RuleSet::Load({kBuiltin, kData / c.folder});
    EXPECT_FALSE(loaded.ok()) << c.folder;
  }
}

TEST(RuleSetTest, MissingFolderIsAnError) {
  const auto problems = RuleSet::Check({kData / "does-not-exist"});
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].message.find("not a rules folder"), std::string::npos);
}

// An agency's short Arabic tag is taught in outlets.json alone: the built-in Arabic
// dateline rule reads every outlet's "credit_tags" where it says {CREDIT_TAG}.
TEST(RuleSetTest, AnAgencysCreditTagInAUsersOutletsFileReachesTheRules) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-credit-tags-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "outlets.json");
    out << R"({"schema": "provscore.outlets/1", "outlets": [{"id": "valley-agency", "name": "Valley News Agency",
        "kind": "wire_agency", "aliases": ["Valley News Agency"], "credit_tags": ["ونا"]}]})";
  }
  auto rules = RuleSet::Load({kBuiltin, dir});
  fs::remove_all(dir);
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const std::string dateline = "الوادي - (ونا) - وافق مجلس الوزراء يوم الثلاثاء على الموازنة الجديدة للعام المقبل.";
  const std::string filler = "وقال الوزير إن الخطة ستنفذ خلال العام المقبل بعد نقاش طويل في المجلس حول تفاصيلها.";
  const Article a = BuildArticle({{dateline}, {filler}, {filler}, {filler}});
  std::set<std::string> credited;
  for (const Signal& s : DetectorSet::Default().Detect(a, **rules)) {
    if (s.type == kSignalWireAttribution) credited.insert(std::string(s.fields.at("outlet").as_string()));
  }
  EXPECT_EQ(credited, std::set<std::string>{"Valley News Agency"});
  // Without the user's file the tag names no one.
  credited.clear();
  for (const Signal& s : DetectorSet::Default().Detect(a, testing::BuiltinRules())) {
    if (s.type == kSignalWireAttribution) credited.insert(std::string(s.fields.at("outlet").as_string()));
  }
  EXPECT_TRUE(credited.empty());
}

// A user's press_words file adds words to the built-in ones: a name of their
// press word then has the shape of a press name; a broken file is a diagnostic
// naming its line.
TEST(RuleSetTest, AUsersPressWordsFileAddsWordsAndIsValidated) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-press-words-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "press_words.json");
    out << R"({"schema": "provscore.press_words/1",
        "languages": {"sv": {"press": ["Tidning"], "not_press": ["Myndighet"], "connectors": ["och"]}}})";
  }
  auto rules = RuleSet::Load({kBuiltin, dir});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ((*rules)->press_words().PressName("Hamnstads Tidning"), "Hamnstads Tidning");
  EXPECT_EQ((*rules)->press_words().PressName("Hamnstads Tidning och Myndighet"), "");
  EXPECT_EQ(testing::BuiltinRules().press_words().PressName("Hamnstads Tidning"), "");
  {
    std::ofstream out(dir / "press_words.json");
    out << "{\"schema\": \"provscore.press_words/1\",\n \"languages\": {\"sv\": {\"pres\": [\"Tidning\"]}}}";
  }
  const std::vector<RuleDiagnostic> problems = RuleSet::Check({kBuiltin, dir});
  fs::remove_all(dir);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2u);
  EXPECT_NE(problems[0].message.find("unknown list \"pres\""), std::string::npos) << problems[0].message;
}

// The labels of a credit line are the rules' (press_words.json, "credit_labels"):
// a user's folder that adds a label of an invented language makes the extractor
// keep a short line after the text that opens with it, plain or with its outlet
// linked, where the built-in rules trim it as furniture; a malformed label is a
// diagnostic naming the entry's own line.
TEST(RuleSetTest, AUsersCreditLabelMakesTheExtractorKeepItsLine) {
  testing::TempDir dir;
  {
    std::ofstream out(dir.path() / "press_words.json");
    out << R"({"schema": "provscore.press_words/1",
        "languages": {"xq": {"credit_labels": ["Zorvath"]}}})";
  }
  auto rules = RuleSet::Load({kBuiltin, dir.path()});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const auto& labels = (*rules)->press_words().credit_labels();
  EXPECT_NE(std::find(labels.begin(), labels.end(), "zorvath"), labels.end());  // lower case
  const HtmlExtractor theirs(WithRules({}, **rules));
  const struct {
    const char* what;
    std::string line;
    const char* kept;
  } cases[] = {
      {"plain", "<p>Zorvath: The Harbour Herald</p>", "Zorvath: The Harbour Herald"},
      {"outlet linked", "<p>zorvath <a href=\"https://harbour-herald.example/\">The Harbour Herald</a></p>",
       "zorvath The Harbour Herald"},
  };
  for (const auto& c : cases) {
    const std::string html = "<html><body><article><h1>Ferry line returns</h1><p>" + testing::Filler("the ferry") +
                             "</p><p>" + testing::Filler("the bridge") + "</p><p>" + testing::Filler("the harbour") +
                             "</p>" + c.line +
                             "<ul><li><a href=\"/a\">Tram line extension</a></li><li><a href=\"/b\">Bus fares "
                             "rise</a></li></ul></article></body></html>";
    Result<Article> with = theirs.Extract(html, "https://valley-courier.example/news/ferry");
    Result<Article> without = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
    ASSERT_TRUE(with.ok() && without.ok()) << c.what;
    EXPECT_NE(with->text.find(c.kept), std::string::npos) << c.what << ": " << with->text;
    EXPECT_EQ(without->text.find(c.kept), std::string::npos) << c.what << ": " << without->text;
    EXPECT_EQ(with->text.find("Tram line extension"), std::string::npos) << c.what;
  }

  {
    std::ofstream out(dir.path() / "press_words.json");
    out << "{\"schema\": \"provscore.press_words/1\",\n"
           " \"languages\": {\"xq\": {\"credit_labels\": [\n"
           "   \"zorvath\",\n"
           "   \" zorvath\",\n"
           "   42]}}}";
  }
  const std::vector<RuleDiagnostic> problems = RuleSet::Check({kBuiltin, dir.path()});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].line, 4u) << problems[0].ToString();
  EXPECT_NE(problems[0].message.find("\"credit_labels\" holds \" zorvath\""), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[1].line, 5u) << problems[1].ToString();
  EXPECT_NE(problems[1].message.find("holds 42"), std::string::npos) << problems[1].message;
  EXPECT_FALSE(RuleSet::Load({kBuiltin, dir.path()}).ok());
}

TEST(RuleSetTest, ThousandsOfRulesCompileIntoOneSet) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-many-rules-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "many.json");
    out << "{\"schema\":\"provscore.patterns/1\",\"rules\":[";
    for (int i = 0; i < 3000; ++i) {
      out << (i ? "," : "") << "{\"id\":\"gen." << i << "\",\"type\":\"page_residue\",\"where\":[\"body\"],"
          << "\"pattern\":\"\\\\bsynthetic marker " << i << "\\\\b\",\"confidence\":0.5}";
    }
    out << "]}";
  }
  auto rules = RuleSet::Load({kBuiltin, dir});
  fs::remove_all(dir);
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const Article a = BuildArticle({{"A synthetic marker 2999 and a synthetic marker 7 sit here."}});
  const auto hits = HitsOfType(**rules, a, "page_residue");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].rule->id, "gen.2999");  // ordered by position in the text
  EXPECT_EQ(hits[1].rule->id, "gen.7");
}

// The place sets are compiled on the first text of their place, not at load; a set
// over its memory budget then passes every rule it holds, and the rules' own regexes
// decide: the same hits as a set that fits. 64 KiB holds one of these rules' regexes
// but not a set of a thousand of them.
TEST(RuleSetTest, ASetOverItsMemoryBudgetPassesItsRulesToTheirOwnRegexes) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-budget-rules-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream(dir / "manifest.json") << "{\"schema\":\"provscore.manifest/1\",\"version\":\"test\"}";
    std::ofstream out(dir / "many.json");
    out << "{\"schema\":\"provscore.patterns/1\",\"rules\":[";
    for (int i = 0; i < 1000; ++i) {
      out << (i ? "," : "") << "{\"id\":\"gen." << i << "\",\"type\":\"page_residue\",\"where\":[\"body\",\"title\"],"
          << "\"pattern\":\"\\\\bharbour notice " << i << "\\\\b\",\"confidence\":0.5}";
    }
    out << "]}";
  }
  RuleSetOptions small;
  small.set_max_mem = 64 << 10;
  auto tight = RuleSet::Load({dir}, small);
  auto roomy = RuleSet::Load({dir});
  fs::remove_all(dir);
  ASSERT_TRUE(tight.ok()) << tight.status().message();
  ASSERT_TRUE(roomy.ok()) << roomy.status().message();
  Article a = BuildArticle({{"The Harbour Herald printed harbour notice 998 and harbour notice 12 today."},
                            {"Nothing here: harbour notices 5 and a harbour notice 1000."}});
  a.title = "Harbour notice 3";
  for (const auto* rules : {&*tight, &*roomy}) {
    const auto hits = HitsOfType(**rules, a, "page_residue");
    ASSERT_EQ(hits.size(), 3u);
    EXPECT_EQ(hits[0].rule->id, "gen.998");
    EXPECT_EQ(hits[1].rule->id, "gen.12");
    EXPECT_EQ(hits[2].rule->id, "gen.3");
    EXPECT_EQ(hits[2].where, "title");
  }
}

// The place sets are parsed and compiled on the first text of a place that holds
// them, and places holding the same run of rules (here the body and the
// boilerplate) share one set. Load parses each set pattern once, case-sensitively,
// to find bad patterns; the sets themselves still fold case, whichever place
// fills them and in whatever order.
TEST(RuleSetTest, PlaceSetsAreBuiltOnTheirFirstTextAndSharedByPlacesWithTheSameRules) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "manifest.json") << R"({"schema":"provscore.manifest/1","version":"test"})";
  std::ofstream(dir.path() / "rules.json") << R"({"schema":"provscore.patterns/1","rules":[
      {"id":"t.notice","type":"page_residue","where":["body","boilerplate"],"pattern":"\\bharbour notice\\b"},
      {"id":"t.tide","type":"page_residue","where":["body","boilerplate"],"pattern":"\\btide tables?\\b"},
      {"id":"t.master","type":"page_residue","where":["author_box"],"pattern":"\\bharbour (?P<who>master)\\b"},
      {"id":"t.ferry","type":"page_residue","where":["byline"],"pattern":"\\bFerry Times\\b","case_sensitive":true}]})";
  auto loaded = RuleSet::Load({dir.path()});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const RuleSet& rules = **loaded;
  auto hits_of = [&rules](const Article& a) {
    std::vector<std::string> out;
    for (const RuleHit& h : rules.Match(a)) out.push_back(h.where + " " + h.rule->id + " " + h.text);
    return out;
  };
  EXPECT_EQ(rules.set_counts().sets, 3u);  // body and boilerplate share one
  EXPECT_EQ(rules.set_counts().compiled, 0u);

  const Article body = BuildArticle({{"The HARBOUR NOTICE was posted."}});
  EXPECT_EQ(hits_of(body), std::vector<std::string>{"body t.notice HARBOUR NOTICE"});
  EXPECT_EQ(rules.set_counts().compiled, 1u);

  Article boxed = BuildArticle({{"Nothing to see."}});
  boxed.boilerplate.push_back({"footer", "Tide Tables for the week"});
  EXPECT_EQ(hits_of(boxed), std::vector<std::string>{"boilerplate t.tide Tide Tables"});
  EXPECT_EQ(rules.set_counts().compiled, 1u);  // the body's set served the boilerplate

  Article all = BuildArticle({{"Nothing to see."}});
  all.author_boxes.push_back({"She is the HARBOUR Master here.", "Jane Doe", "boilerplate", "markup"});
  all.byline_lines = {"By Jane Doe, FERRY TIMES", "By Jane Doe, Ferry Times"};
  EXPECT_EQ(hits_of(all), (std::vector<std::string>{"byline t.ferry Ferry Times", "author_box t.master HARBOUR Master"}));
  EXPECT_EQ(rules.set_counts().compiled, 3u);
}

// A run of more than eight rules of one file is held by sets of at most eight (a
// large set's DFA builds large states, and many): twenty rules, three sets, and
// every rule still found, in rule order, whichever set holds it.
TEST(RuleSetTest, ALongRunOfRulesIsSplitIntoSetsOfEight) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "manifest.json") << R"({"schema":"provscore.manifest/1","version":"test"})";
  std::string json = R"({"schema":"provscore.patterns/1","rules":[)";
  std::string text;
  for (int i = 0; i < 20; ++i) {
    if (i > 0) json += ",";
    json += R"({"id":"t.pier)" + std::to_string(i) + R"(","type":"page_residue","where":["body"],"pattern":"\\bpier )" +
            std::to_string(i) + R"(\\b"})";
    text += "pier " + std::to_string(19 - i) + ". ";
  }
  std::ofstream(dir.path() / "rules.json") << json + "]}";
  auto loaded = RuleSet::Load({dir.path()});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)->set_counts().sets, 3u);
  std::vector<std::string> found;
  for (const RuleHit& h : (*loaded)->Match(BuildArticle({{text}}))) found.push_back(h.rule->id + " " + h.text);
  ASSERT_EQ(found.size(), 20u);
  EXPECT_EQ(found.front(), "t.pier19 pier 19");  // by place in the text
  EXPECT_EQ(found.back(), "t.pier0 pier 0");
}

// Threads meeting a place first at the same time build its set once and all get
// the hits one thread alone gets.
TEST(RuleSetTest, ThreadsMatchingAFreshRuleSetGetTheHitsOfOne) {
  Article a = BuildArticle({{"The Harbour Herald reported a harbour notice."}, {"Tide tables follow."}});
  a.boilerplate.push_back({"footer", "This article originally appeared in The Harbour Herald."});
  a.byline_lines = {"By Jane Doe, Harbour Herald"};
  a.author_boxes.push_back({"Jane Doe writes about harbours for The Harbour Herald.", "Jane Doe", "boilerplate", "markup"});
  auto describe = [](const std::vector<RuleHit>& hits) {
    std::vector<std::string> out;
    for (const RuleHit& h : hits) out.push_back(h.where + " " + std::to_string(h.start) + " " + h.rule->id);
    return out;
  };
  auto fresh = RuleSet::Load({kBuiltin});
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  const std::vector<std::string> expected = describe(Builtin()->Match(a));
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] { got[t] = describe((*fresh)->Match(a)); });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

struct BadPatternCase {
  const char* pattern;
  const char* error;  // part of RE2's message
};

// Load reports a bad pattern whichever places hold the rule, although it parses
// each pattern once and case-sensitively while the sets, built later, fold case:
// RE2's parser reports the same errors either way. Check (each rule's whole regex
// compiled) reports the same patterns.
TEST(RuleSetTest, ABadPatternFailsLoadWhateverPlacesHoldIt) {
  const BadPatternCase patterns[] = {
      {"unclosed (group", "missing )"},
      {"a \\q escape", "invalid escape sequence"},
      {"twice ** starred", "bad repetition operator"},
      {"backwards x{3,2} count", "invalid repetition size"},
      {"(?P<a-b>bad) name", "invalid named capture group"},
      {"[z-a] range", "invalid character class range"},
      {"\\p{Harbourish} class", "invalid character class range"},
      {"(?<=lookbehind) word", "invalid perl operator"},
  };
  const char* places[] = {R"(["body"])", R"(["boilerplate:footer"])", R"(["byline"])", R"(["title"])",
                          R"(["author_box"])", R"(["author_box","body"])"};
  for (const BadPatternCase& c : patterns) {
    for (const char* where : places) {
      for (const bool case_sensitive : {false, true}) {
        testing::TempDir dir;
        std::ofstream(dir.path() / "manifest.json") << R"({"schema":"provscore.manifest/1","version":"test"})";
        std::ofstream(dir.path() / "rules.json")
            << R"({"schema":"provscore.patterns/1","rules":[)" << "\n"
            << R"({"id":"user.ok","type":"page_residue","where":)" << where << R"(,"pattern":"fine"},)" << "\n"
            << R"({"id":"user.broken","type":"page_residue","where":)" << where << R"(,"case_sensitive":)"
            << (case_sensitive ? "true" : "false") << R"(,"pattern":)"
            << boost::json::serialize(boost::json::value(c.pattern)) << "}]}";
        const std::string context = std::string(c.pattern) + " in " + where;
        auto loaded = RuleSet::Load({dir.path()});
        ASSERT_FALSE(loaded.ok()) << context;
        const std::string message(loaded.status().message());
        EXPECT_NE(message.find("rules.json:3: rule user.broken: bad pattern: "), std::string::npos) << message;
        EXPECT_NE(message.find(c.error), std::string::npos) << message;
        const auto problems = RuleSet::Check({dir.path()});
        ASSERT_EQ(problems.size(), 1u) << context;
        EXPECT_EQ(problems[0].rule_id, "user.broken");
      }
    }
  }
}

// The sets pre-filter with counted repeats widened (score/rules/regex_prefilter.h);
// the rule's own bounds still decide.
TEST(RuleSetTest, CountedRepeatsKeepTheirBounds) {
  const fs::path dir = fs::temp_directory_path() / ("provscore-repeat-rules-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "repeat.json");
    out << R"({"schema":"provscore.patterns/1","rules":[{"id":"gen.code","type":"page_residue","where":["body"],)"
        << R"("pattern":"\\bref (?P<code>[A-Z]{2,3}-\\d{4})\\b","confidence":0.5}]})";
  }
  auto rules = RuleSet::Load({kBuiltin, dir});
  fs::remove_all(dir);
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const Article a = BuildArticle({{"See ref AB-1234 and ref ABCD-1234 and ref X-12345 and ref XYZ-98765."}});
  const auto hits = HitsOfType(**rules, a, "page_residue");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(Field(hits[0].fields, "code"), "AB-1234");
}

// A rule whose every match starts at a line start is searched anchored from each
// line start (no reverse program and no separate "any match?" pass, rule_set.cc);
// the same pattern inside a group is searched by RE2 unanchored. Both must find the
// same hits, fields included, on texts with and without matches, short and past
// the line starts tried before RE2's own search takes over.
TEST(RuleSetTest, LineStartRulesFindWhatAnUnanchoredSearchFinds) {
  const std::vector<std::string> patterns = {
      R"(^[ \t]*(?:By|Von)\s+(?P<name>\p{Lu}\p{L}+))",
      R"(^(?:Note|Hinweis):[^\n]*$)",
      R"(^\d+\. (?P<item>[^\n]+)\n\d+\.)",  // a match takes the next line's start
      R"(^\s*(?P<word>\p{L}+)$)",  // white space across blank lines
      R"(^(?:x*))",  // empty on most lines (trimmed away, no hit), "xx" on one
  };
  const fs::path dir = fs::temp_directory_path() / ("provscore-line-rules-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "lines.json");
    out << R"({"schema":"provscore.patterns/1","rules":[)";
    for (size_t i = 0; i < patterns.size(); ++i) {
      for (const bool grouped : {false, true}) {
        const std::string pattern = grouped ? "(?:" + patterns[i] + ")" : patterns[i];
        out << (i || grouped ? "," : "") << R"({"id":")" << (grouped ? "un." : "ls.") << i
            << R"(","type":"page_residue","where":["body","boilerplate"],"pattern":)"
            << boost::json::serialize(boost::json::value(pattern)) << R"(,"confidence":0.5})";
      }
    }
    out << "]}";
  }
  auto rules = RuleSet::Load({kBuiltin, dir});
  fs::remove_all(dir);
  ASSERT_TRUE(rules.ok()) << rules.status().message();

  std::string many_lines;
  for (int i = 0; i < 5000; ++i) many_lines += "line " + std::to_string(i) + "\n";
  Article a = BuildArticle({{"By Alice\nBy Bob and more\n  Von Carla"},
                            {"said x By Dave in the middle of a line"},
                            {"Note: one\nHinweis: zwei\nNote:"},
                            {"1. first\n2. second\n3. third\n4. fourth"},
                            {"   \n\n  Word\nxx\n"},
                            {many_lines + "By Zoe\n5. five\n6. six"},
                            {many_lines}});  // past the line starts tried, no match
  a.boilerplate.push_back({"related", "By Erin\nNote: boxed"});
  const std::vector<RuleHit> hits = (*rules)->Match(a);
  for (size_t i = 0; i < patterns.size(); ++i) {
    std::vector<std::string> anchored, unanchored;
    for (const RuleHit& h : hits) {
      const std::string line = h.where + " " + std::to_string(h.block) + " " + std::to_string(h.start) + "-" +
                               std::to_string(h.end) + " " + h.text + " " + boost::json::serialize(h.fields);
      if (h.rule->id == "ls." + std::to_string(i)) anchored.push_back(line);
      if (h.rule->id == "un." + std::to_string(i)) unanchored.push_back(line);
    }
    EXPECT_FALSE(unanchored.empty()) << patterns[i];
    EXPECT_EQ(anchored, unanchored) << patterns[i];
  }
}

// A place's rules are matched by one RE2::Set per family (one file's rules, those
// with {OUTLET} apart, in rule order): every rule any set passes is run, and hits
// at the same start keep rule order, across files, families and an overlay that
// replaces a rule in the middle of another file's rules.
TEST(RuleSetTest, RulesOfSeveralFilesAndFamiliesAllMatchInRuleOrder) {
  testing::TempDir dir, overlay;
  auto write = [](const fs::path& path, const std::string& text) { std::ofstream(path) << text; };
  auto rule = [](const std::string& id, const std::string& pattern) {
    return R"({"id":")" + id + R"(","type":"page_residue","where":["body","boilerplate"],"pattern":)" +
           boost::json::serialize(boost::json::value(pattern)) + "}";
  };
  write(dir.path() / "outlets.json", R"({"schema":"provscore.outlets/1","outlets":[
      {"id":"harbour-herald","name":"The Harbour Herald","kind":"newspaper","aliases":["Harbour Herald"]}]})");
  write(dir.path() / "a.json", R"({"schema":"provscore.patterns/1","rules":[)" +
                                   rule("fam.a1", R"(\bHarbour\s+tide\b)") + "," +
                                   rule("fam.a2", R"((?P<outlet>{OUTLET})\s+reported)") + "," +
                                   rule("fam.a3", R"(\btide\s+tables?\b)") + "]}");
  write(dir.path() / "b.json", R"({"schema":"provscore.patterns/1","rules":[)" +
                                   rule("fam.b1", R"(\bHarbour\b)") + "," +
                                   rule("fam.b2", R"(reported\s+(?P<what>\w+))") + "," +
                                   rule("fam.b3", R"(^[ \t]*(?P<outlet>{OUTLET})[ \t]*$)") + "]}");
  // Replaces fam.a3 in place: a third file's rule between a.json's and b.json's.
  write(overlay.path() / "c.json", R"({"schema":"provscore.patterns/1","rules":[)" +
                                       rule("fam.a3", R"(\btides?\b)") + "]}");
  auto rules = RuleSet::Load({kBuiltin, dir.path(), overlay.path()});
  ASSERT_TRUE(rules.ok()) << rules.status().message();

  Article a = BuildArticle({{"Harbour tide tables. The Harbour Herald reported tides."},
                            {"Harbour Herald"}});
  a.boilerplate.push_back({"related", "Harbour Herald reported floods"});
  std::vector<std::string> got;
  for (const RuleHit& h : (*rules)->Match(a)) {
    if (h.rule->id.rfind("fam.", 0) != 0) continue;
    std::string line = h.where + " " + std::to_string(h.start) + " " + h.rule->id + " " + h.text;
    if (const auto* o = h.fields.if_contains("outlet")) line += " outlet=" + boost::json::serialize(*o);
    got.push_back(line);
  }
  const std::vector<std::string> expected = {
      "body 0 fam.a1 Harbour tide",
      "body 0 fam.b1 Harbour",
      "body 8 fam.a3 tide",
      "body 21 fam.a2 The Harbour Herald reported outlet=\"The Harbour Herald\"",
      "body 25 fam.b1 Harbour",
      "body 40 fam.b2 reported tides",
      "body 49 fam.a3 tides",
      "body 57 fam.b1 Harbour",
      "body 57 fam.b3 Harbour Herald outlet=\"Harbour Herald\"",
      "boilerplate 0 fam.a2 Harbour Herald reported outlet=\"Harbour Herald\"",
      "boilerplate 0 fam.b1 Harbour",
      "boilerplate 15 fam.b2 reported floods",
  };
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace provscore
