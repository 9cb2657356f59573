// Bylines by the conventions of the world's press: the "by" word in many languages,
// bylines with no such word, reporter prefixes and suffixes in CJK, several authors,
// role words, places and dates after the name, and lines that only look like bylines.
// Every page is invented and every class is a meaningless token; each row is read
// without page data (the byline line alone names the author) and with a JSON-LD
// author, which must agree and never be mixed with what the line says.
// The conventions are listed in rules/AUTHOR-BOX-CONVENTIONS.md ("The byline's words").
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "score/extract/html_extractor.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

struct BylineCase {
  const char* lang;
  const char* line;                // the inner HTML of the element under the headline
  std::vector<std::string> names;  // the authors it gives when no page data names one
};

void PrintTo(const BylineCase& c, std::ostream* os) { *os << c.lang << ": " << c.line; }

std::string Page(const BylineCase& c, const std::vector<std::string>& jsonld_authors) {
  std::string head = "<title>Harbour ferry returns after repairs</title>";
  if (!jsonld_authors.empty()) {
    std::string list;
    for (const std::string& name : jsonld_authors) {
      if (!list.empty()) list += ",";
      list += "{\"@type\":\"Person\",\"name\":\"" + name + "\"}";
    }
    head +=
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour ferry "
        "returns after repairs\",\"author\":[" +
        list + "]}</script>";
  }
  return std::string("<html lang=\"") + c.lang + "\"><head>" + head +
         "</head><body><div class=\"q7\"><h1 class=\"zz1\">Harbour ferry returns after repairs</h1>"
         "<div class=\"k2\">" +
         c.line +
         "</div><div class=\"r5\">"
         "<p>The ferry that links the two islands returned to service on Monday after three weeks of repairs "
         "to its engine and to the northern pier, the harbour office said.</p>"
         "<p>Fishing boats had used the southern quay in the meantime, and the queue of lorries waiting for "
         "the first crossing stretched back past the old customs house.</p>"
         "<p>The harbour office said the timetable would return to normal by the end of the week.</p>"
         "</div></div></body></html>";
}

std::vector<std::string> Authors(const std::string& html) {
  Result<Article> result = testing::BuiltinExtractor().Extract(html, "");
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  std::vector<std::string> names;
  if (result.ok()) {
    for (const SourcedValue& v : result.value().authors) names.push_back(v.value);
  }
  return names;
}

class BylineConventionsTest : public ::testing::TestWithParam<BylineCase> {};

TEST_P(BylineConventionsTest, TheLineAloneNamesTheAuthors) {
  EXPECT_EQ(Authors(Page(GetParam(), {})), GetParam().names);
}

TEST_P(BylineConventionsTest, AJsonLdAuthorAgreesAndIsNotMixedWithTheLine) {
  // A row that names nobody is read beside a JSON-LD author who is not in the line.
  const std::vector<std::string> jsonld =
      GetParam().names.empty() ? std::vector<std::string>{"Lena Berg"} : GetParam().names;
  EXPECT_EQ(Authors(Page(GetParam(), jsonld)), jsonld);
}

// An agency alone in the byline is the author only while no source names a person
// (README, output contract); the wire credit reads it from the byline line.
TEST(BylineConventionsAgencyTest, AnAgencyAloneIsTheAuthorOnlyWhenNoPersonIsNamed) {
  const BylineCase agency{"en", "By Reuters", {}};
  EXPECT_EQ(Authors(Page(agency, {})), std::vector<std::string>{"Reuters"});
  EXPECT_EQ(Authors(Page(agency, {"Lena Berg"})), std::vector<std::string>{"Lena Berg"});
}

// The "by" word (a preposition before the names, or a label with a colon).
INSTANTIATE_TEST_SUITE_P(
    ByWords, BylineConventionsTest,
    ::testing::Values(
        BylineCase{"en", "By Jane Doe", {"Jane Doe"}}, BylineCase{"en", "Written by Jane Doe", {"Jane Doe"}},
        BylineCase{"de", "Von Erika Mustermann", {"Erika Mustermann"}},
        BylineCase{"de", "Text: Erika Mustermann", {"Erika Mustermann"}},
        BylineCase{"fr", "Par Jeanne Dupont", {"Jeanne Dupont"}}, BylineCase{"es", "Por Juana Pérez", {"Juana Pérez"}},
        BylineCase{"pt", "Por Ana Souza", {"Ana Souza"}}, BylineCase{"it", "Di Maria Rossi", {"Maria Rossi"}},
        BylineCase{"it", "A cura di Maria Rossi", {"Maria Rossi"}},
        BylineCase{"nl", "Door Anna de Vries", {"Anna de Vries"}}, BylineCase{"sv", "Av Karin Lund", {"Karin Lund"}},
        BylineCase{"no", "Av Kari Nordmann", {"Kari Nordmann"}}, BylineCase{"da", "Af Mette Hansen", {"Mette Hansen"}},
        BylineCase{"pl", "Przez Anna Kowalska", {"Anna Kowalska"}},
        BylineCase{"pl", "Autor: Jan Kowalski", {"Jan Kowalski"}},
        BylineCase{"pl", "Tekst: Anna Kowalska", {"Anna Kowalska"}},
        BylineCase{"cs", "Od Jana Nováková", {"Jana Nováková"}},
        BylineCase{"cs", "Napsala: Jana Nováková", {"Jana Nováková"}},
        BylineCase{"sk", "Napísal: Peter Horváth", {"Peter Horváth"}},
        BylineCase{"hr", "Piše: Ivan Horvat", {"Ivan Horvat"}},
        BylineCase{"hr", "Napisao: Ivan Horvat", {"Ivan Horvat"}},
        BylineCase{"uk", "Від Олена Коваленко", {"Олена Коваленко"}},
        BylineCase{"uk", "Автор: Олена Коваленко", {"Олена Коваленко"}},
        BylineCase{"ru", "Автор: Иван Петров", {"Иван Петров"}},
        BylineCase{"ru", "Текст: Иван Петров", {"Иван Петров"}},
        BylineCase{"bg", "Автор: Мария Иванова", {"Мария Иванова"}},
        BylineCase{"tr", "Yazan: Ayşe Yılmaz", {"Ayşe Yılmaz"}},
        BylineCase{"tr", "Yazar: Ayşe Yılmaz", {"Ayşe Yılmaz"}},
        BylineCase{"el", "Κείμενο: Μαρία Παπαδοπούλου", {"Μαρία Παπαδοπούλου"}},
        BylineCase{"hu", "Írta: Kovács Anna", {"Kovács Anna"}},
        BylineCase{"hu", "Szerző: Kovács Anna", {"Kovács Anna"}},
        BylineCase{"lt", "Autorius: Jonas Kazlauskas", {"Jonas Kazlauskas"}},
        BylineCase{"lv", "Autors: Jānis Bērziņš", {"Jānis Bērziņš"}},
        BylineCase{"fi", "Teksti: Matti Virtanen", {"Matti Virtanen"}},
        BylineCase{"ro", "Autor: Ion Popescu", {"Ion Popescu"}},
        BylineCase{"id", "Oleh: Budi Santoso", {"Budi Santoso"}},
        BylineCase{"af", "Deur Pieter Botha", {"Pieter Botha"}}, BylineCase{"ar", "بقلم أحمد حسن", {"أحمد حسن"}},
        BylineCase{"ar", "كتب: أحمد حسن", {"أحمد حسن"}}, BylineCase{"he", "מאת דנה כהן", {"דנה כהן"}},
        BylineCase{"fa", "نویسنده: علی رضایی", {"علی رضایی"}}));

// Forms with no "by" word: the name alone beside the date, a link to the author's page.
INSTANTIATE_TEST_SUITE_P(
    NoByWord, BylineConventionsTest,
    ::testing::Values(
        BylineCase{"en", "<span>Jane Doe</span> <time>17.05.2026 19:06</time>", {"Jane Doe"}},
        BylineCase{"de", "<a href=\"/autor/erika-mustermann\">Erika Mustermann</a> 14.06.2026", {"Erika Mustermann"}}));

// Reporter prefixes and suffixes in Chinese, Japanese and Korean.
INSTANTIATE_TEST_SUITE_P(
    Cjk, BylineConventionsTest,
    ::testing::Values(BylineCase{"zh", "记者 王小明", {"王小明"}}, BylineCase{"zh", "文／王小明", {"王小明"}},
                      BylineCase{"zh", "王小明 报道", {"王小明"}}, BylineCase{"zh", "（本报记者 王小明）", {"王小明"}},
                      BylineCase{"zh", "本报记者 王小明 李华", {"王小明", "李华"}},
                      BylineCase{"zh", "作者：王小明", {"王小明"}}, BylineCase{"ja", "山田太郎 記者", {"山田太郎"}},
                      BylineCase{"ja", "文・山田太郎", {"山田太郎"}}, BylineCase{"ko", "김철수 기자", {"김철수"}},
                      BylineCase{"ko", "김철수·이영희 기자", {"김철수", "이영희"}},
                      BylineCase{"ja", "山田太郎 記者（東京）", {"山田太郎"}},
                      BylineCase{"ko", "김철수기자", {"김철수"}}));

// Several authors; roles, places, dates and update lines after the name.
INSTANTIATE_TEST_SUITE_P(
    NamesAndWhatFollowsThem, BylineConventionsTest,
    ::testing::Values(BylineCase{"en", "By Jane Doe and John Roe", {"Jane Doe", "John Roe"}},
                      BylineCase{"en", "By Jane Doe, John Roe and Ann Poe", {"Jane Doe", "John Roe", "Ann Poe"}},
                      BylineCase{"de", "Von Erika Mustermann und Max Muster", {"Erika Mustermann", "Max Muster"}},
                      BylineCase{"fr", "Par Jeanne Dupont et Paul Martin", {"Jeanne Dupont", "Paul Martin"}},
                      BylineCase{"es", "Por Juana Pérez y Pedro Gómez", {"Juana Pérez", "Pedro Gómez"}},
                      BylineCase{"pt", "Por Ana Souza e João Lima", {"Ana Souza", "João Lima"}},
                      BylineCase{"pl", "Autor: Anna Kowalska i Jan Nowak", {"Anna Kowalska", "Jan Nowak"}},
                      BylineCase{"ru", "Автор: Иван Петров и Анна Смирнова", {"Иван Петров", "Анна Смирнова"}},
                      BylineCase{"tr", "Yazan: Ayşe Yılmaz ve Mehmet Kaya", {"Ayşe Yılmaz", "Mehmet Kaya"}},
                      BylineCase{"no", "Av Kari Nordmann og Ola Hansen", {"Kari Nordmann", "Ola Hansen"}},
                      BylineCase{"sv", "Av Karin Lund och Erik Berg", {"Karin Lund", "Erik Berg"}},
                      BylineCase{"hu", "Írta: Kovács Anna és Nagy Péter", {"Kovács Anna", "Nagy Péter"}},
                      BylineCase{"cs", "Napsal: Jan Novák a Petr Svoboda", {"Jan Novák", "Petr Svoboda"}},
                      BylineCase{"ro", "Autor: Ion Popescu și Maria Ionescu", {"Ion Popescu", "Maria Ionescu"}},
                      BylineCase{"id", "Oleh: Budi Santoso dan Siti Rahma", {"Budi Santoso", "Siti Rahma"}},
                      BylineCase{"en", "By Jane Doe, a Harbour Herald reporter", {"Jane Doe"}},
                      BylineCase{"en", "By Jane Doe, Senior Correspondent", {"Jane Doe"}},
                      BylineCase{"en", "By Jane Doe | Reporter", {"Jane Doe"}},
                      BylineCase{"de", "Von Max Mustermann, Redakteur", {"Max Mustermann"}},
                      BylineCase{"en", "By Jane Doe, Nairobi", {"Jane Doe"}},
                      BylineCase{"en", "By Jane Doe March 5, 2026", {"Jane Doe"}},
                      BylineCase{"en", "By <span>Jane Doe</span><span>March 5, 2026</span>", {"Jane Doe"}},
                      BylineCase{"de", "Von Erika Mustermann12.03.2026, 10:15 Uhr", {"Erika Mustermann"}},
                      BylineCase{"en", "By Jane Doe Updated 3 hours ago", {"Jane Doe"}},
                      BylineCase{"en", "By Jane Doe · Updated March 6, 2026 at 9:00 a.m.", {"Jane Doe"}}));

// Lines that open like a byline and name nobody; an agency or the outlet alone is
// what the output contract says (README: the name stays an author the page gives,
// and the wire credit reads it).
INSTANTIATE_TEST_SUITE_P(HardNegatives, BylineConventionsTest,
                         ::testing::Values(BylineCase{"en", "By clicking Accept you agree to our terms", {}},
                                           BylineCase{"en", "By the numbers", {}}, BylineCase{"de", "Von A bis Z", {}},
                                           BylineCase{"fr", "Par ailleurs", {}},
                                           BylineCase{"en", "Photo: Jane Doe", {}},
                                           BylineCase{"pl", "Od poniedziałku do piątku", {}},
                                           BylineCase{"pt", "Da Redação", {}}, BylineCase{"pl", "Od redakcji", {}},
                                           BylineCase{"zh", "据新华社报道", {}},
                                           // a given name that is also a byline word elsewhere stays a name
                                           BylineCase{"uk", "By Oleh Petrenko", {"Oleh Petrenko"}}));

}  // namespace
}  // namespace provscore
