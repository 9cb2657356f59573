// The credit conventions of rules/CREDIT-CONVENTIONS.md, one table row per
// convention and language: an invented sentence, where a page prints it, and the
// outlet it credits (or none). Rows name the rule that implements them only in
// the document; the tests check the outcome, so a rule may be rewritten freely.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "score/signals/detectors.h"
#include "score/extract/html_extractor.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

using testing::BuildArticle;
using testing::Filler;

const RuleSet& Rules() { return testing::BuiltinRules(); }

// Where a row's text stands on the page.
enum class Place {
  kFirst,        // the first body block, before three article paragraphs
  kLast,         // the last body block, after three article paragraphs
  kByline,       // a byline line
  kFooter,       // a boilerplate block of the article's footer, right after the text
  kSiteFooter,   // a footer block elsewhere on the page (the site's, or after a list of links)
  kCaption,      // a boilerplate block under a picture
};

struct ConventionCase {
  const char* convention;  // as named in CREDIT-CONVENTIONS.md
  const char* language;
  Place place;
  const char* text;
  std::vector<std::string> credited;  // aliases, mapped through the lexicon; empty: no credit
  const char* site = "Valley Courier";  // the page's own site name (one the lexicon does not know by default)
};

std::string Canonical(const std::string& alias) {
  const Outlet* o = Rules().outlets().FindByAlias(alias);
  EXPECT_NE(o, nullptr) << alias;
  return o ? Rules().outlets().Canonical(o)->name : "";
}

Article Lay(const ConventionCase& c) {
  const std::string f1 = Filler("the budget"), f2 = Filler("the harbour"), f3 = Filler("the ferry line");
  Article a;
  switch (c.place) {
    case Place::kFirst:
      a = BuildArticle({{c.text}, {f1}, {f2}, {f3}});
      break;
    case Place::kLast:
      a = BuildArticle({{f1}, {f2}, {f3}, {c.text}});
      break;
    case Place::kByline:
      a = BuildArticle({{f1}, {f2}, {f3}});
      a.byline_lines = {c.text};
      break;
    case Place::kFooter:
    case Place::kSiteFooter:
    case Place::kCaption:
      a = BuildArticle({{f1}, {f2}, {f3}});
      a.boilerplate = {{c.place == Place::kCaption ? "caption" : "footer", c.text, c.place == Place::kFooter}};
      break;
  }
  a.site_name = c.site;
  a.canonical_url = "https://valley-courier.example/news/2024/06/04/story";
  return a;
}

std::set<std::string> Credited(const Article& a) {
  std::string why;
  return testing::CreditedOutlets(a, &why);
}

void ExpectRows(const std::vector<ConventionCase>& rows) {
  for (const ConventionCase& c : rows) {
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    std::string why;  // which rules credited, and the page's boilerplate, to read a failure
    EXPECT_EQ(testing::CreditedOutlets(Lay(c), &why), expected)
        << c.convention << " [" << c.language << "]: " << c.text << "\n  rules:" << why;
  }
}

TEST(WireConventionsTest, DatelinesWithDatesStatesAndCountries) {
  ExpectRows({
      {"dateline: place, country, date", "en", Place::kFirst,
       "NAIROBI, Kenya, June 4 (Reuters) - Kenya's central bank held its main lending rate on Tuesday, as expected.",
       {"Reuters"}},
      {"dateline: place, state", "en", Place::kFirst,
       "SPRINGFIELD, Ill. (AP) \xE2\x80\x94 Lawmakers approved the new state budget late on Friday after a long debate.",
       {"AP"}},
      {"dateline: dash lost in the page's encoding", "en", Place::kFirst,
       "TRIESTE, Italy (AP) \" The port reopened on Monday after a week of repairs to its main quay.", {"AP"}},
      {"dateline: no dash, the sentence follows", "en", Place::kFirst,
       "GENEVA (AFP) The talks resumed on Monday after a pause of three weeks, diplomats said.", {"AFP"}},
      {"dateline: lower-case tag", "de", Place::kFirst,
       "Berlin (dpa) - Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr kürzen.", {"dpa"}},
      {"dateline: agency and regional desk", "de", Place::kFirst,
       "Hamburg (dpa/lno) - Im Hafen sind am Montag zwei Frachter zusammengestoßen, verletzt wurde niemand.", {"dpa"}},
      {"dateline: date in French", "fr", Place::kFirst,
       "PARIS, 3 mars (AFP) - Le gouvernement a présenté mardi son projet de réforme des retraites.", {"AFP"}},
      {"dateline: date in Spanish, agency in capitals", "es", Place::kFirst,
       "MADRID, 12 Ene. (EUROPA PRESS) - El Gobierno aprobará este martes el nuevo plan de vivienda.",
       {"Europa Press"}},
      {"dateline: joined lower-case agencies, '.-'", "en", Place::kFirst,
       "Lisbon, Mar 3 (efe-epa).- Portugal's parliament approved the budget on Friday after a long debate.", {"EFE"}},
      {"dateline: joined agencies with a slash", "de", Place::kFirst,
       "Wien (APA/dpa) - Die Inflation ist im Mai leicht gesunken, teilte die Statistikbehörde mit.", {"APA", "dpa"}},
      {"dateline: no place", "es", Place::kFirst,
       "(EFE).- El Banco Central informó este lunes de que la deuda externa creció un 4 % en 2023.", {"EFE"}},
      {"the page's own dateline is not a credit of someone else", "en", Place::kFirst,
       "(CNN) \xE2\x80\x94 The storm reached the coast on Tuesday night, officials said.", {}, "CNN"},
      {"the same dateline on another site is a credit", "en", Place::kFirst,
       "(CNN) \xE2\x80\x94 The storm reached the coast on Tuesday night, officials said.", {"CNN"}},
      {"an agency's own dateline on its own site is credited", "en", Place::kFirst,
       "LONDON (Reuters) - Shares rose on Monday as investors returned after the holiday.", {"Reuters"}, "Reuters"},
      {"dateline: place, date, agency between slashes", "ru", Place::kFirst,
       "МОСКВА, 3 марта. /ТАСС/. Правительство утвердило план развития портов на ближайшие пять лет.", {"ТАСС"}},
      {"dateline: place, date, dash, agency", "ru", Place::kFirst,
       "МОСКВА, 3 мар \xE2\x80\x94 РИА Новости. Правительство утвердило план развития портов.", {"РИА Новости"}},
      {"dateline: place, date, agency", "uk", Place::kFirst,
       "КИЇВ, 3 березня. Укрінформ. Уряд затвердив план розвитку портів на найближчі п'ять років.", {"Укрінформ"}},
      {"not a dateline: a party in parentheses", "de", Place::kFirst,
       "Berlin (SPD) - Die Partei hat am Montag ihr Wahlprogramm für die kommende Wahl vorgestellt.", {}},
      {"not a dateline: a photographer's credit", "en", Place::kFirst,
       "A firefighter sprays water on a burning house. (AP Photo/Jane Doe)", {}},
  });
}

TEST(WireConventionsTest, CjkAgencyDatelinesAndTags) {
  ExpectRows({
      {"Xinhua dateline", "zh", Place::kFirst,
       "新华社北京6月4日电 国家统计局4日发布数据显示，5月份全国居民消费价格同比上涨0.3%。", {"新华社"}},
      {"Xinhua dateline with a reporter", "zh", Place::kFirst,
       "新华社记者 上海6月4日电 上海港4日迎来今年第一万艘国际航行船舶。", {"新华社"}},
      {"China News Service dateline", "zh", Place::kFirst,
       "中新社广州6月4日电 广州市政府4日召开新闻发布会，介绍城市更新计划。", {"中新社"}},
      {"Taiwanese CNA dateline", "zh", Place::kFirst,
       "（中央社記者王小明台北4日電）行政院今天通過明年度總預算案，送立法院審議。", {"中央社"}},
      {"Kyodo bracket dateline", "ja", Place::kFirst,
       "【ワシントン共同】米政府は4日、新たな経済対策を発表した。", {"Kyodo"}},
      {"Kyodo bare bracket", "ja", Place::kFirst, "【共同】政府は4日、新たな防災計画を閣議決定した。", {"Kyodo"}},
      {"Kyodo closing tag", "ja", Place::kLast, "首相は記者団に対し、対策を急ぐ考えを示した。（共同）", {"Kyodo"}},
      {"Jiji closing tag", "ja", Place::kLast, "同社は来年度の黒字化を目指すとしている。（時事）", {"Jiji"}},
      {"Jiji bracket dateline", "ja", Place::kFirst, "【ロンドン時事】英中央銀行は4日、政策金利を据え置いた。",
       {"Jiji"}},
      {"a caption's agency tag is a photo credit", "ja", Place::kLast, "記者会見する首相＝4日、首相官邸（時事）", {}},
      {"Yonhap dateline", "ko", Place::kFirst,
       "(서울=연합뉴스) 정부는 4일 새로운 부동산 대책을 발표했다.", {"연합뉴스"}},
      {"Chinese source line", "zh", Place::kLast, "来源：新华社", {"新华社"}},
      {"Chinese source line, traditional", "zh", Place::kLast, "來源：中央社", {"中央社"}},
      {"Japanese source line", "ja", Place::kLast, "出典：共同通信", {"Kyodo"}},
  });
}

TEST(WireConventionsTest, AgencyTagsBeforeAndAfterTheBody) {
  ExpectRows({
      {"tag closing the last paragraph", "de", Place::kLast,
       "Die Polizei bittet Zeugen, sich bei der Wache in der Innenstadt zu melden. (dpa)", {"dpa"}},
      {"agency and editor's initials", "de", Place::kLast, "dpa/xy", {"dpa"}},
      {"agency and editor's initials", "fr", Place::kLast, "AFP/ab", {"AFP"}},
      {"two agencies in parentheses", "de", Place::kLast, "(epd/KNA)", {"epd", "KNA"}},
      {"three agencies in one tag", "de", Place::kLast, "dpa/AFP/rtr", {"dpa", "AFP", "Reuters"}},
      {"Reuters' German tag as the last line", "de", Place::kLast, "(rtr)", {"Reuters"}},
      {"Reuters' tag in capitals with another agency", "de", Place::kLast, "AFP/RTR", {"AFP", "Reuters"}},
      {"Reuters' tag closing the last paragraph", "de", Place::kLast,
       "Die Notenbank will ihre Entscheidung am Donnerstag bekanntgeben. (rtr)", {"Reuters"}},
      {"source line", "de", Place::kLast, "Quelle: dpa", {"dpa"}},
      {"bare agency name as the last line", "fr", Place::kLast, "AFP", {"AFP"}},
      {"bare agency abbreviation as the last line", "de", Place::kLast, "dpa", {"dpa"}},
      {"lower-case tag as the last line", "de", Place::kLast, "(afp)", {"AFP"}},
      {"a newspaper's name alone as the last line is a label", "en", Place::kLast, "The Guardian", {}},
      {"bare agency tag after the last sentence", "en", Place::kLast,
       "The ministry said the new rules would come into force from the first of next month. PTI", {"PTI"}},
      {"bare agency tag after the last sentence", "hi", Place::kLast,
       "मंत्रालय ने कहा कि नए नियम अगले महीने से लागू होंगे। IANS", {"IANS"}},
      {"two agencies after the last sentence", "en", Place::kLast,
       "Talks are expected to resume in Geneva after the holiday, officials said. AFP/Reuters", {"AFP", "Reuters"}},
      {"an ordinary word after the last sentence names no one", "en", Place::kLast,
       "The exhibition runs until the end of the month. Enjoy", {}},
      {"a newspaper after the last sentence is no agency tag", "en", Place::kLast,
       "The exhibition runs until the end of the month, the organisers told the press. Guardian", {}},
      {"with material from", "de", Place::kLast, "Mit Material von dpa", {"dpa"}},
      {"with material from the agencies", "de", Place::kLast,
       "Mit Material der Nachrichtenagenturen dpa und AFP", {"dpa", "AFP"}},
      {"'with' the agency", "de", Place::kLast, "(mit dpa)", {"dpa"}},
      {"'with' the agency", "fr", Place::kLast, "(avec AFP)", {"AFP"}},
      {"'with' the agency", "es", Place::kLast, "con EFE", {"EFE"}},
      {"'with' the agency", "pt", Place::kLast, "com Lusa", {"Lusa"}},
      {"'with' the agency", "it", Place::kLast, "(con ANSA)", {"ANSA"}},
      {"'with' the agency", "pl", Place::kLast, "z PAP", {"PAP"}},
      {"agency copyright sign", "ru", Place::kLast, "(с) ТАСС", {"ТАСС"}},
      {"based on the agency's material", "ru", Place::kLast, "По материалам ТАСС", {"ТАСС"}},
      {"based on the agency's material", "uk", Place::kLast, "За матеріалами Укрінформ", {"Укрінформ"}},
      {"based on the agency's material", "bg", Place::kLast, "По материали на БТА", {"БТА"}},
      {"based on the agency's material", "pl", Place::kLast, "Oprac. na podst. PAP", {"PAP"}},
      {"photo credit in the text", "de", Place::kLast, "Foto: dpa", {}},
      {"photo credit with a picture agency", "en", Place::kLast, "Photo: AFP/Getty Images", {}},
      {"photo credit with a picture agency", "en", Place::kLast, "Photo: AFP/Getty", {}},
      {"picture agency in a closing tag", "en", Place::kLast,
       "Crowds gathered outside the stadium long before the gates opened on Saturday. (AFP/Getty Images)", {}},
      {"a person's name in a closing tag", "en", Place::kLast,
       "The museum will reopen to visitors next spring after two years of work. (Jane Doe)", {}},
  });
}

TEST(WireConventionsTest, SourceLinesInManyLanguages) {
  ExpectRows({
      {"source line", "en", Place::kLast, "Source: Reuters", {"Reuters"}},
      {"source line", "de", Place::kLast, "Quelle: AFP", {"AFP"}},
      {"source line", "it", Place::kLast, "Fonte: ANSA", {"ANSA"}},
      {"source line", "pt", Place::kLast, "Fonte: Agência Lusa", {"Lusa"}},
      {"source line", "es", Place::kLast, "Fuente: EFE", {"EFE"}},
      {"source line", "pl", Place::kLast, "Źródło: PAP", {"PAP"}},
      {"source line", "ru", Place::kLast, "Источник: Интерфакс", {"Интерфакс"}},
      {"source line", "uk", Place::kLast, "Джерело: Укрінформ", {"Укрінформ"}},
      {"source line", "tr", Place::kLast, "Kaynak: Anadolu Ajansı", {"Anadolu Ajansı"}},
      {"source line", "ar", Place::kLast, "المصدر: الجزيرة", {"الجزيرة"}},
      {"source line", "hi", Place::kLast, "स्रोत: PTI", {"PTI"}},
      {"source line", "fa", Place::kLast, "منبع: ایرنا", {"ایرنا"}},
      {"source line", "bn", Place::kLast, "উৎস: BSS", {"BSS"}},
      {"source line", "tl", Place::kLast, "Pinagmulan: PNA", {"PNA"}},
      {"source line", "nl", Place::kLast, "Bron: ANP", {"ANP"}},
      {"source line", "da", Place::kLast, "Kilde: Ritzau", {"Ritzau"}},
      {"source line", "sv", Place::kLast, "Källa: TT", {"TT"}},
      {"source line", "fi", Place::kLast, "Lähde: STT", {"STT"}},
      {"source line", "cs", Place::kLast, "Zdroj: ČTK", {"ČTK"}},
      {"source line", "hu", Place::kLast, "Forrás: MTI", {"MTI"}},
      {"source line", "ro", Place::kLast, "Sursa: Agerpres", {"Agerpres"}},
      {"source line", "el", Place::kLast, "Πηγή: ΑΠΕ-ΜΠΕ", {"ΑΠΕ-ΜΠΕ"}},
      {"source line", "hr", Place::kLast, "Izvor: Hina", {"HINA"}},
      {"source line", "id", Place::kLast, "Sumber: Antara", {"Antara"}},
      {"source line", "vi", Place::kLast, "Nguồn: TTXVN", {"TTXVN"}},
      {"source line", "ja", Place::kLast, "出典：時事通信", {"Jiji"}},
      {"source line", "ko", Place::kLast, "출처: 연합뉴스", {"연합뉴스"}},
      {"source line", "zh", Place::kLast, "来源：中新社", {"中新社"}},
      {"source line naming two agencies", "de", Place::kLast, "Quelle: dpa/AFP", {"dpa", "AFP"}},
      {"a source that is no outlet", "en", Place::kLast, "Source: our reporters", {}},
      {"a source that is no outlet", "de", Place::kLast, "Quelle: eigene Recherche", {}},
  });
}

// An agency signs a reporter's text with the author's label, the name and the
// agency in brackets, closing the text (PAP's "Autor: ... (PAP)" above its editors'
// initials) or in the byline slot. A party in the brackets or the line in a
// site's footer credits nothing.
TEST(WireConventionsTest, AuthorLabelAndTheAgencyInBrackets) {
  ExpectRows({
      {"author's label, name, agency", "pl", Place::kLast, "Autor: Jan Nowak (PAP)", {"PAP"}},
      {"author's label, name, agency", "pl", Place::kFooter, "Autor: Jan Nowak (PAP)\njn/ mhr/", {"PAP"}},
      {"author's label, name, agency", "fr", Place::kFooter, "Auteure : Jeanne Roux (AFP)", {"AFP"}},
      {"author's label, name, agency", "ru", Place::kByline, "Автор: Иван Петров (Интерфакс)", {"Interfax"}},
      {"author's label, name, agency", "de", Place::kLast, "Autorin: Erika Beispiel (dpa)", {"dpa"}},
      {"authors' label, names, agency", "pl", Place::kFooter, "Autorzy: Jan Nowak, Anna Kowal (PAP)", {"PAP"}},
      {"a party in the brackets", "pl", Place::kLast, "Autor: Jan Nowak (PiS)", {}},
      {"a site's footer", "pl", Place::kSiteFooter, "Autor: Jan Nowak (PAP)", {}},
  });
}

// The label of a credit line may name the text and the pictures together: the
// agency supplied both, so the picture word does not make it a photo credit. A
// picture's label alone still does.
TEST(WireConventionsTest, CreditLinesForTheTextAndThePictures) {
  ExpectRows({
      {"the text's author", "ru", Place::kLast, "Текст: Интерфакс", {"Interfax"}},
      {"text and pictures", "de", Place::kLast, "Text und Fotos: dpa", {"dpa"}},
      {"pictures and text", "ru", Place::kFooter, "Фото и текст: Интерфакс", {"Interfax"}},
      {"pictures and text", "el", Place::kLast, "Κείμενο και φωτογραφίες: ΑΠΕ-ΜΠΕ", {"ΑΠΕ-ΜΠΕ"}},
      {"text and pictures", "es", Place::kLast, "Texto y fotos: EFE", {"EFE"}},
      {"the pictures alone", "ru", Place::kFooter, "Фото: Интерфакс", {}},
      {"the pictures alone", "de", Place::kLast, "Fotos: dpa", {}},
      {"text and pictures", "pl", Place::kLast, "Tekst i zdjęcia: PAP", {"PAP"}},
      {"text and pictures", "nl", Place::kLast, "Tekst en foto's: ANP", {"ANP"}},
      {"text and pictures", "sv", Place::kFooter, "Text och bild: TT", {"TT"}},
      {"text and pictures", "fr", Place::kLast, "Texte et photos : AFP", {"AFP"}},
      {"text and pictures", "fi", Place::kLast, "Teksti ja kuvat: STT", {"STT"}},
      {"text and pictures, a slash", "de", Place::kLast, "Text/Fotos: dpa", {"dpa"}},
      {"the pictures alone", "pl", Place::kLast, "Zdjęcie: PAP", {}},
      {"the pictures alone", "nl", Place::kLast, "Foto's: ANP", {}},
      {"the pictures alone", "sv", Place::kFooter, "Bild: TT", {}},
  });
}

TEST(WireConventionsTest, DatelinesOfTheNationalAgencies) {
  ExpectRows({
      {"dateline: date with the year", "en", Place::kFirst,
       "WASHINGTON, June 4, 2024 (Reuters) - The Senate passed the spending bill late on Tuesday night.", {"Reuters"}},
      {"dateline: agency first, then place and date", "it", Place::kFirst,
       "(ANSA) - ROMA, 04 GIU - Il governo ha approvato il decreto sulle infrastrutture nella notte.", {"ANSA"}},
      {"dateline: place, date with the year", "pt", Place::kFirst,
       "Lisboa, 04 jun 2024 (Lusa) - O Governo aprovou hoje o novo regime de apoio à habitação.", {"Lusa"}},
      {"dateline: place, date, '.-'", "es", Place::kFirst,
       "Bogotá, 4 jun (EFE).- El Gobierno colombiano anunció este martes un nuevo plan de vivienda.", {"EFE"}},
      {"dateline", "nl", Place::kFirst,
       "DEN HAAG (ANP) - Het kabinet wil de huurprijzen in de vrije sector volgend jaar bevriezen.", {"ANP"}},
      {"dateline", "pl", Place::kFirst,
       "Warszawa (PAP) - Rząd przyjął we wtorek projekt ustawy o budżecie na przyszły rok.", {"PAP"}},
      {"dateline", "tr", Place::kFirst,
       "ANKARA (AA) - Meclis, yeni vergi düzenlemesini salı günü kabul etti.", {"AA"}},
      {"dateline", "ar", Place::kFirst,
       "RABAT (MAP) - The government adopted on Tuesday a draft law on the housing market.", {"MAP"}},
      {"dateline", "id", Place::kFirst,
       "Jakarta (ANTARA) - Pemerintah menetapkan harga eceran tertinggi beras mulai bulan depan.", {"Antara"}},
      {"dateline", "az", Place::kFirst,
       "Baku, June 4 (Trend) - The parliament approved the state budget for next year on Tuesday.", {"Trend"}},
      {"dateline", "sv", Place::kFirst,
       "STOCKHOLM (TT) Regeringen vill sänka skatten på bensin från och med nästa år.", {"TT"}},
      {"dateline", "hu", Place::kFirst,
       "Budapest, 2024. június 4., kedd (MTI) - A kormány elfogadta a jövő évi költségvetést.", {"MTI"}},
      {"dateline", "el", Place::kFirst,
       "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ενέκρινε την Τρίτη το νέο νομοσχέδιο για τη στέγαση.", {"ΑΠΕ-ΜΠΕ"}},
      {"a name with a nickname in parentheses is no dateline", "en", Place::kFirst,
       "Anna (Petra) Novak has run the bakery on the corner of Elm Street for thirty years.", {}},
  });
}

TEST(WireConventionsTest, MoreTagsSourceLinesAndCopyrights) {
  ExpectRows({
      {"Yonhap dateline with a reporter", "ko", Place::kFirst,
       "(서울=연합뉴스) 김철수 기자 = 정부는 4일 내년도 예산안을 국회에 제출했다고 밝혔다.", {"연합뉴스"}},
      {"Kyodo dateline with a place", "ja", Place::kFirst,
       "【北京共同】中国政府は4日、新たな経済対策を発表した。", {"Kyodo"}},
      {"CNA dateline in Taiwan", "zh", Place::kFirst,
       "（中央社台北4日電）行政院今天通過明年度總預算案，將送立法院審議。", {"中央社"}},
      {"source line with a full-width colon", "zh", Place::kLast, "來源：中央社", {"中央社"}},
      {"source line", "ja", Place::kLast, "出典：共同通信", {"Kyodo"}},
      {"source line", "sk", Place::kLast, "Zdroj: TASR", {"TASR"}},
      {"source line", "sl", Place::kLast, "Vir: STA", {"STA"}},
      {"source line", "sr", Place::kLast, "Извор: Танјуг", {"Tanjug"}},
      {"source line", "bg", Place::kLast, "Източник: БТА", {"БТА"}},
      {"source line", "lt", Place::kLast, "Šaltinis: ELTA", {"ELTA"}},
      {"source line", "lv", Place::kLast, "Avots: LETA", {"LETA"}},
      {"source line", "et", Place::kLast, "Allikas: BNS", {"BNS"}},
      {"source line", "no", Place::kLast, "Kilde: NTB", {"NTB"}},
      {"source line", "ms", Place::kLast, "Sumber: Bernama", {"Bernama"}},
      {"source line", "th", Place::kLast, "ที่มา: สำนักข่าวไทย", {"สำนักข่าวไทย"}},
      {"source line", "he", Place::kLast, "מקור: רויטרס", {"Reuters"}},
      {"source line", "ur", Place::kLast, "ذریعہ: اے پی پی", {"APP"}},
      {"source line", "sw", Place::kLast, "Chanzo: Reuters", {"Reuters"}},
      {"source line", "ca", Place::kLast, "Font: Agència Catalana de Notícies", {"Agència Catalana de Notícies"}},
      {"source line in capitals", "en", Place::kLast, "SOURCE: AFP", {"AFP"}},
      {"'with' the agency", "fr", Place::kLast, "(Avec AFP et Reuters)", {"AFP", "Reuters"}},
      {"'with' the agency", "nl", Place::kLast, "(met ANP)", {"ANP"}},
      {"'with' the agency", "sv", Place::kLast, "(med TT)", {"TT"}},
      {"'with' the agency", "ca", Place::kLast, "(amb EFE)", {"EFE"}},
      {"source line", "sq", Place::kLast, "Burimi: ATA", {"ATA"}},
      {"source line", "az", Place::kLast, "Mənbə: AZERTAC", {"AZERTAC"}},
      {"source line", "uz", Place::kLast, "Manba: UzA", {"UzA"}},
      {"source line", "be", Place::kLast, "Крыніца: БелТА", {"БелТА"}},
      {"source line", "hy", Place::kLast, "Աղբյուր: Արմենպրես", {"Արմենպրես"}},
      {"'with' the agency", "ru", Place::kLast, "(с ТАСС)", {"ТАСС"}},
      {"agency, editor's initials", "de", Place::kLast, "APA/red", {"APA"}},
      {"three agencies in parentheses", "de", Place::kLast, "(dpa, AFP, KNA)", {"dpa", "AFP", "KNA"}},
      {"agencies and initials in one tag", "de", Place::kLast, "(rtr/dpa/cf)", {"Reuters", "dpa"}},
      {"agency copyright, year after", "it", Place::kLast, "© Copyright ANSA 2024", {"ANSA"}},
      {"syndicator's copyright", "en", Place::kLast, "\xC2\xA9 2024 King Features Syndicate, Inc.",
       {"King Features Syndicate"}},
      {"syndicator's distribution line", "en", Place::kLast, "Distributed by Andrews McMeel Syndication",
       {"Andrews McMeel Syndication"}},
      {"Project Syndicate's copyright", "en", Place::kLast, "Copyright: Project Syndicate, 2024.",
       {"Project Syndicate"}},
  });
}

TEST(WireConventionsTest, SyndicatorsCopyrightAndRepublicationLines) {
  ExpectRows({
      {"copyright with a colon and the year after", "en", Place::kLast, "Copyright: Tribune Content Agency, 2024",
       {"Tribune Content Agency"}},
      {"copyright, year first", "en", Place::kLast, "\xC2\xA9 2024 The Canadian Press", {"Canadian Press"}},
      {"double copyright mark, year last", "en", Place::kLast, "(c) Copyright Thomson Reuters 2024", {"Reuters"}},
      {"copyright with rights clause", "en", Place::kLast,
       "Copyright 2024 The Associated Press. All rights reserved.", {"AP"}},
      {"copyright, rights clause after a dash", "fr", Place::kLast, "\xC2\xA9 AFP - Tous droits réservés",
       {"AFP"}},
      {"copyright, year first, a separator after", "en", Place::kLast, "\xC2\xA9 2024 Reuters | Terms of use",
       {"Reuters"}},
      {"copyright, year first, a sentence after", "en", Place::kLast,
       "Copyright 2024 The Associated Press. This material may not be published without permission.", {"AP"}},
      {"photo copyright with a year", "en", Place::kLast, "\xC2\xA9 2024 AP Photo/Jane Doe", {}},
      {"distributed by a syndicator", "en", Place::kLast, "Distributed by Tribune Content Agency, LLC.",
       {"Tribune Content Agency"}},
      {"agency copyright in the article's footer", "en", Place::kFooter, "\xC2\xA9 2024 AFP. All rights reserved.",
       {"AFP"}},
      {"bare agency copyright in the article's footer", "fr", Place::kFooter, "\xC2\xA9 AFP", {"AFP"}},
      {"bare agency copyright under a picture", "de", Place::kCaption, "\xC2\xA9 AP/dpa", {}},
      {"photo copyright", "en", Place::kCaption, "Copyright AP Photo", {}},
      {"photo copyright in the text", "en", Place::kLast, "Copyright AP Photo/Jane Doe", {}},
      {"originally published by", "en", Place::kLast,
       "This story was originally published by The Texas Tribune.", {"Texas Tribune"}},
      {"published with permission", "en", Place::kLast, "Published with permission of The Conversation.",
       {"The Conversation"}},
      {"reprinted with permission", "en", Place::kLast, "Reprinted with permission from The Guardian.",
       {"The Guardian"}},
      {"first appeared on", "en", Place::kLast, "This article first appeared on The Atlantic.", {"The Atlantic"}},
      {"first appeared at", "de", Place::kLast, "Dieser Artikel erschien zuerst bei Der Spiegel.", {"Der Spiegel"}},
      {"first published in", "fr", Place::kLast,
       "Cet article a été publié initialement dans Le Monde.", {"Le Monde"}},
      {"first published in", "es", Place::kLast,
       "Este artículo fue publicado originalmente en El País.", {"El País"}},
      {"first published in, a kind of outlet between", "de", Place::kLast,
       "Dieser Text erschien zuerst in der Wochenzeitung Die Zeit.", {"Die Zeit"}},
      {"first published in", "it", Place::kLast, "Articolo pubblicato originariamente su la Repubblica.",
       {"la Repubblica"}},
      {"first published in, outlet in quotes", "pl", Place::kLast,
       "Tekst opublikowany pierwotnie w dzienniku \xE2\x80\x9ERzeczpospolita\xE2\x80\x9D.", {"Rzeczpospolita"}},
      {"first published in", "nl", Place::kLast, "Dit artikel is oorspronkelijk verschenen in NRC.", {"NRC"}},
      {"closing copyright line without a year", "fr", Place::kLast, "\xC2\xA9 AFP", {"AFP"}},
  });
}

TEST(WireConventionsTest, BylinesThatNameAgencies) {
  ExpectRows({
      {"site with agencies", "en", Place::kByline, "By Euronews with Agencies", {"Euronews", "Agencies"}},
      {"staff and agencies", "en", Place::kByline, "Staff and agencies", {"Agencies"}},
      {"the paper's wire services", "en", Place::kByline, "Harbour Times wire services", {"Agencies"}},
      {"staff and wire reports", "en", Place::kByline, "From staff and wire reports", {"Agencies"}},
      {"staff and agencies", "de", Place::kByline, "Redaktion mit Agenturen", {"Agencies"}},
      {"the word for agencies alone", "he", Place::kByline, "מאת: סוכנויות", {"Agencies"}},
      {"reporter with an agency", "de", Place::kByline, "Von Jane Doe mit dpa", {"dpa"}},
      {"reporter, agency", "en", Place::kByline, "Colleen Barry, The Associated Press", {"AP"}},
      {"reporters, agency", "de", Place::kByline, "Anna Beispiel und Jan Muster, dpa", {"dpa"}},
      {"reporter, staff title", "en", Place::kByline, "Jane Doe, Staff Writer", {}},
      {"photographer and agency is a photo credit", "de", Place::kByline, "Michael Beispiel/dpa", {}},
  });
}

// An agency line names a place or a date after the agency, and a place starts with a
// capital whatever the rule's case folding; "<agency>, a <group> company" in a page's
// corporate footer states who owns the site and credits nothing.
TEST(WireConventionsTest, AgencyLinesNameAPlaceNotAnOwner) {
  ExpectRows({
      {"agency line", "en", Place::kByline, "PTI, Washington,", {"PTI"}},
      {"agency line", "en", Place::kFirst, "AFP, MANILA", {"AFP"}},
      {"agency line, place with an article", "es", Place::kByline, "EFE, A Coruña", {"EFE"}},
      {"corporate ownership line", "en", Place::kFooter, "Kyodo, a Valley Media Group company", {}},
      {"corporate ownership line", "en", Place::kByline, "Dow Jones, a part of the Valley Media family", {}},
  });
}

// An agency copyright in the footer credits the agency when it opens its line or
// follows a separator; after a label and a colon it is the site's standing notice
// about the agency's articles it carries ("Agency articles: Copyright ..."), printed
// under every article alike.
TEST(WireConventionsTest, FooterCopyrightNoticesForSomeArticles) {
  ExpectRows({
      {"agency copyright", "en", Place::kFooter, "Copyright © 2024 The Associated Press. All rights reserved.", {"AP"}},
      {"agency copyright", "en", Place::kFooter, "Valley Courier | © 2024 The Canadian Press. All rights reserved.",
       {"The Canadian Press"}},
      {"standing notice", "en", Place::kFooter,
       "Associated Press articles: Copyright © 2024 The Associated Press. All rights reserved.", {}},
      {"standing notice", "en", Place::kFooter, "Wire stories: © 2024 The Canadian Press. All rights reserved.", {}},
  });
}

TEST(WireConventionsTest, CitationsAreNotCredits) {
  ExpectRows({
      {"citation", "en", Place::kLast,
       "The agreement will be signed next week, according to Reuters, citing two people familiar with it.", {}},
      {"citation", "de", Place::kLast,
       "Die Gespräche sollen laut dpa in der kommenden Woche in Genf fortgesetzt werden, hieß es.", {}},
  });
}

// Page data: what a page's <meta> tags, data layers and JSON-LD say wrote or supplied it.
struct PageDataCase {
  const char* convention;
  const char* head;  // inside <head>
  std::vector<std::string> credited;
};

TEST(WireConventionsTest, PageDataNamesTheAgency) {
  const std::string body =
      "<body><article><h1>Ferry service resumes</h1><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") +
      "</p><p>" + Filler("the timetable") + "</p></article></body></html>";
  const PageDataCase cases[] = {
      {"<meta> article author", R"(<meta name="articleAuthor" content="Anadolu Ajansı">)", {"Anadolu Agency"}},
      {"<meta> source", R"(<meta name="source" content="dpa">)", {"dpa"}},
      {"<meta> syndication source: the original's URL",
       R"(<meta name="syndication-source" content="https://www.theguardian.com/world/2024/jun/04/ferry">)",
       {"The Guardian"}},
      {"<meta> original source", R"(<meta name="original-source" content="https://apnews.com/article/ferry-1234">)",
       {"AP"}},
      {"<link> syndication source: the same tag as a link",
       R"(<link rel="syndication-source" href="https://www.theguardian.com/world/2024/jun/04/ferry">)", {"The Guardian"}},
      {"<meta> syndication source, an address longer than a name",
       R"(<meta name="syndication-source" content="https://www.theguardian.com/world/2024/jun/04/ferry-service-resumes-after-the-storm-as-crews-clear-the-harbour-mouth?page=2">)",
       {"The Guardian"}},
      {"<link> syndication source, a long relative address is the page's own site",
       R"(<link rel="syndication-source" href="/news/2024/jun/04/ferry-service-resumes-after-the-storm-as-crews-clear-the-harbour-mouth">)",
       {}},
      {"<link> original source among other keywords",
       R"(<link rel="original-source noopener" href="https://apnews.com/article/ferry-1234">)", {"AP"}},
      {"<link> syndication source on the page's own site is no copy",
       R"(<link rel="syndication-source" href="https://valley-courier.example/news/ferry-original">)", {}},
      {"data layer, escaped JSON, slug value",
       R"(<script>self.__data.push("{\"cd_editor\":\"x.y\",\"cd_source\":\"anadolu-ajansi\"}")</script>)",
       {"Anadolu Agency"}},
      {"data layer object", R"(<script>window.dataLayer = [{"pageType":"article","author":"AFP"}];</script>)", {"AFP"}},
      {"analytics config", R"(<script>var _sf_async_config = {}; _sf_async_config.authors = 'PTI';</script>)", {"PTI"}},
      {"a picture's source in a data layer",
       R"(<script>var page = {"content":{"image":{"caption":"A ferry","source":"AP"}}};</script>)", {}},
      {"a picture's source, key named for it", R"(<script>var cfg = {"image_source":"Reuters"};</script>)", {}},
      {"traffic source", R"(<script>var cfg = {"utm_source":"reuters"};</script>)", {}},
      {"a bare source key in a script is a picture's", R"(<script>var cfg = {"source":"AP"};</script>)", {}},
      {"a newspaper as author is the page's own byline",
       R"(<meta name="articleAuthor" content="The Guardian">)", {}},
      {"JSON-LD provider",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","provider":{"@type":"Organization","name":"Reuters"}}</script>)",
       {"Reuters"}},
      {"JSON-LD provider that is a newspaper (the site's parent or itself)",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","provider":{"@type":"Organization","name":"The Guardian"}}</script>)",
       {}},
      {"JSON-LD isBasedOn's publisher",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":{"@type":"NewsArticle","headline":"x","publisher":{"name":"The Associated Press"}}}</script>)",
       {"AP"}},
      {"JSON-LD author is an agency",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"AFP"}}</script>)",
       {"AFP"}},
      {"JSON-LD untyped picture's author is a photo credit",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","image":{"url":"https://valley-courier.example/a.jpg","author":{"name":"Reuters"}}}</script>)",
       {}},
      {"a canonical link to another site's page: a syndicated copy",
       R"(<link rel="canonical" href="https://www.theguardian.com/world/2024/jun/04/ferry"><meta property="og:url" content="https://valley-courier.example/news/ferry">)",
       {"The Guardian"}},
      {"a canonical link to the site's own other domain is no copy",
       R"(<link rel="canonical" href="https://www.valley-courier.co.uk/news/ferry"><meta property="og:url" content="https://m.valley-courier.example/news/ferry">)",
       {}},
      {"a canonical link without the page's own address names no copy",
       R"(<link rel="canonical" href="https://www.theguardian.com/world/2024/jun/04/ferry">)", {}},
      {"JSON-LD picture's author is a photo credit",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"https://valley-courier.example/a.jpg","author":"AFP"}}</script>)",
       {}},
  };
  for (const PageDataCase& c : cases) {
    const std::string html = std::string("<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title>") + c.head +
                             "<meta property=\"og:site_name\" content=\"Valley Courier\"></head>" + body;
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
    ASSERT_TRUE(a.ok()) << c.convention;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Credited(*a), expected) << c.convention;
  }
}

TEST(WireConventionsTest, TheSourceSlotBetweenTheHeadlineAndTheBody) {
  // A republisher prints the source and the date under the headline, outside the
  // element that holds the text; the extractor keeps the line as header boilerplate.
  const std::string html =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title>"
      "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body>"
      "<div class=\"story\"><h2>Ferry service resumes after the storm</h2>"
      "<p>The Guardian<br>4 Jun 2024, 09:15 GMT+1</p><img src=\"/a.jpg\">"
      "<div class=\"text\"><div><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" +
      Filler("the timetable") + "</p></div></div></div></body></html>";
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Credited(*a), std::set<std::string>{Canonical("The Guardian")});
  // The same line as a paragraph of the text is a dateline too; a teaser strip
  // above the headline is not read.
  ExpectRows({
      {"source slot: outlet, then the date", "en", Place::kByline, "Reuters 13 Jan 2020, 22:11 GMT+10", {"Reuters"}},
      {"source slot: outlet, then a numeric date", "de", Place::kByline, "dpa 04.06.2024 17:52", {"dpa"}},
      {"source slot: outlet, then the date", "fr", Place::kFirst, "AFP 3 mars 2024", {"AFP"}},
      {"an outlet and a year in a sentence is no source slot", "en", Place::kFirst,
       "Reuters 2024 was a year of change for the agency, its editor wrote in a long letter to readers.", {}},
  });
}

TEST(WireConventionsTest, DeclaredSourcesAreBounded) {
  // A page that repeats an author key a thousand times keeps a bounded list.
  std::string script = "<script>var x = {";
  for (int i = 0; i < 1000; ++i) {
    script += "\"k" + std::to_string(i) + "\":{\"articleAuthor\":\"Writer " + std::to_string(i) + "\"},";
  }
  script += "};</script>";
  const std::string html = "<html><head>" + script + "</head><body><p>" + Filler("x") + "</p></body></html>";
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "");
  ASSERT_TRUE(a.ok());
  EXPECT_LE(a->declared_sources.size(), 32u);
  EXPECT_FALSE(a->declared_sources.empty());
  EXPECT_EQ(a->declared_sources.front().source, "script:articleAuthor");
}

TEST(WireConventionsTest, MalformedConfigScriptsAreSkipped) {
  // Unterminated strings, a comparison, a key with no value, escapes that do not
  // close, a value across a line break: nothing is read, nothing breaks.
  const char* scripts[] = {
      R"(<script>:"AFP"</script>)",
      R"(<script>var a = {"author": "AFP</script>)",
      R"(<script>if (source == "AFP") { go(); }</script>)",
      R"(<script>var a = {"author": }</script>)",
      R"(<script>var a = {\"author\":\"AFP"}</script>)",
      "<script>var a = {\"author\": \"AF\nP\"}</script>",
      R"(<script>var a = {"author":)",
  };
  for (const char* script : scripts) {
    const std::string html = std::string("<html><head>") + script + "</head><body><p>" + Filler("x") + "</p></body></html>";
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "");
    ASSERT_TRUE(a.ok()) << script;
    EXPECT_TRUE(a->declared_sources.empty()) << script;
  }
}

TEST(WireConventionsTest, DatelineFormsOfMorePresses) {
  ExpectRows({
      {"dateline: a slash in the place", "de", Place::kFirst,
       "Frankfurt/Main (dpa-AFX) - Der Leitindex hat am Dienstag nach den Zinsdaten leicht zugelegt.", {"dpa"}},
      {"dateline: a dash between the place and the tag", "en", Place::kFirst,
       "WASHINGTON \xE2\x80\x94 (AP) \xE2\x80\x94 The Senate passed the spending bill late on Tuesday night.", {"AP"}},
      {"dateline: a colon after the place", "en", Place::kFirst,
       "NEW DELHI: (PTI) The government on Tuesday announced a new scheme for village roads.", {"PTI"}},
      {"dateline: bracketed country, colon after the tag", "en", Place::kFirst,
       "New Delhi [India], June 4 (ANI): The cabinet on Tuesday approved a new scheme for village roads.", {"ANI"}},
      {"dateline: a date without a comma", "cs", Place::kFirst,
       "Praha 4. \xC4\x8D" "ervna (\xC4\x8CTK) - Vl\xC3\xA1" "da ve st\xC5\x99" "edu schv\xC3\xA1lila nov\xC3\xBD z\xC3\xA1kon.",
       {"\xC4\x8CTK"}},
      {"dateline: a full stop after the tag", "de", Place::kFirst,
       "Berlin (epd). Die Bisch\xC3\xB6" "fe haben am Dienstag ein neues Papier zur Pflege vorgestellt.", {"epd"}},
      {"dateline: an ambiguous short form with '.-'", "fr", Place::kFirst,
       "Kinshasa, 4 juin (ACP).- Le gouvernement a adopt\xC3\xA9 mardi le nouveau budget de l'\xC3\xA9tat.", {"ACP"}},
      {"dateline: an ambiguous short form with a colon", "en", Place::kFirst,
       "KATHMANDU, June 4 (RSS): The cabinet approved the new budget on Tuesday after a long debate.", {"RSS"}},
      {"dateline: the agency after a comma", "en", Place::kFirst,
       "ACCRA, June 4, GNA - The cabinet approved the new budget on Tuesday after a long debate.", {"GNA"}},
      {"dateline: the agency after a comma, a full stop", "en", Place::kFirst,
       "Baku, June 4, AZERTAC. The parliament approved the state budget for next year on Tuesday.", {"AZERTAC"}},
      {"dateline: a short date with full stops", "lv", Place::kFirst,
       "R\xC4\xAB" "ga, 4.j\xC5\xAB" "n., LETA. Vald\xC4\xAB" "ba otrdien apstiprin\xC4\x81" "ja jauno bud\xC5\xBE" "etu.",
       {"LETA"}},
      {"dateline: a correspondent's agency between slashes", "ru", Place::kFirst,
       "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA, 4 \xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F. /\xD0\x9A\xD0\xBE\xD1\x80\xD1\x80. "
       "\xD0\x91\xD0\xB5\xD0\xBB\xD0\xA2\xD0\x90/. \xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C"
       "\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD1\x83\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB4\xD0\xB8\xD0\xBB\xD0\xBE "
       "\xD0\xB1\xD1\x8E\xD0\xB4\xD0\xB6\xD0\xB5\xD1\x82.",
       {"BelTA"}},
      {"dateline: place, date, dash, an agency whose name is a word", "ru", Place::kFirst,
       "БИШКЕК, 4 июн — Sputnik. Правительство утвердило новый бюджет на следующий год.", {"Sputnik"}},
      {"dateline: place, date, agency", "uk", Place::kFirst,
       "КИЇВ. 4 червня. УНН. Уряд затвердив новий бюджет на наступний рік.", {"УНН"}},
      {"dateline: a place in capitals and the agency", "ru", Place::kFirst,
       "АСТАНА. КАЗИНФОРМ - Правительство утвердило новый бюджет на следующий год.", {"Казинформ"}},
      {"not a dateline: a party after a dash", "de", Place::kFirst,
       "Berlin \xE2\x80\x94 (SPD) \xE2\x80\x94 Die Partei hat am Montag ihr Wahlprogramm vorgestellt.", {}},
      {"not a credit: a newspaper after a date", "ru", Place::kFirst,
       "МОСКВА, 4 июня — Коммерсантъ. Правительство утвердило новый бюджет на следующий год.", {}},
  });
}

// The Arabic press writes the agencies' short Arabic names between parentheses,
// slashes or dashes; several of them are also parts of ordinary words, so only
// those positions count.
TEST(WireConventionsTest, ArabicAndPersianAgencyTags) {
  ExpectRows({
      {"dateline: the tag in parentheses between dashes", "ar", Place::kFirst,
       "القاهرة - (أ ش أ) - وافقت الحكومة يوم الثلاثاء على الموازنة الجديدة للعام المقبل.", {"MENA"}},
      {"dateline: place, date, the tag between slashes", "ar", Place::kFirst,
       "أبوظبي في 4 يونيو / وام / وافق مجلس الوزراء يوم الثلاثاء على الموازنة الجديدة.", {"WAM"}},
      {"dateline: place, dash, the tag, a colon", "ar", Place::kFirst,
       "الرياض - واس: وافق مجلس الوزراء يوم الثلاثاء على الموازنة الجديدة للعام المقبل.", {"SPA"}},
      {"dateline: place and tag joined by a dash", "ar", Place::kFirst,
       "دمشق-سانا وافق مجلس الوزراء يوم الثلاثاء على الموازنة الجديدة للعام المقبل.", {"SANA"}},
      {"dateline: place and tag between dashes", "fa", Place::kFirst,
       "تهران - ایرنا - هیئت دولت روز سه شنبه بودجه جدید را تصویب کرد.", {"IRNA"}},
      {"dateline: a foreign agency's Arabic initials", "ar", Place::kFirst,
       "برلين (د ب أ) - وافق البرلمان الألماني يوم الثلاثاء على الموازنة الجديدة.", {"dpa"}},
      {"tag closing the text", "ar", Place::kLast, "وقال الوزير إن الخطة ستنفذ خلال العام المقبل. (أ ف ب)", {"AFP"}},
      {"tag as the last line", "ar", Place::kLast, "/وام/", {"WAM"}},
      {"a short name inside a word is no tag", "ar", Place::kFirst,
       "يكونا قد وافقا على الموازنة الجديدة يوم الثلاثاء بعد نقاش طويل في المجلس.", {}},
      {"a tag in the middle of a sentence is no dateline", "ar", Place::kFirst,
       "قال الوزير إن الخطة ستنفذ (وفا) وافق مجلس الوزراء يوم الثلاثاء على الموازنة.", {}},
  });
}

// The Chinese text credit "文/" (text by) or "图文/" (text and pictures by) and the
// agency with its reporter, the whole line; the source line with a word before its
// label ("本文来源：", "稿件来源：": this article's, the copy's source). A picture's "图/"
// and a paper's own "本报记者" credit no one.
TEST(WireConventionsTest, ChineseTextCreditsAndSourceLines) {
  ExpectRows({
      {"text by the agency's reporter", "zh", Place::kFirst, "文/中新社记者 李明", {"中新社"}},
      {"text and pictures by the agency", "zh", Place::kLast, "图文/中新社", {"中新社"}},
      {"text by the agency's reporter", "zh", Place::kByline, "文／中央社記者 陳大文", {"中央社"}},
      {"this article's source", "zh", Place::kLast, "本文来源：中新社", {"中新社"}},
      {"the copy's source", "zh", Place::kFooter, "稿件来源：中新社", {"中新社"}},
      {"a picture's credit", "zh", Place::kLast, "图/中新社记者 李明", {}},
      {"the paper's own reporter", "zh", Place::kFirst, "文/本报记者 李明", {}},
  });
}

// A source line whose source is an agency's short Arabic name: the whole line, with
// or without the colon; a styled source box prints the label and the name as
// elements of their own, which the extractor reads with no space between them.
TEST(WireConventionsTest, ArabicSourceLinesWithTheAgencysShortName) {
  ExpectRows({
      {"source line, short name", "ar", Place::kLast, "المصدر: واس", {"SPA"}},
      {"source box: label and name joined", "ar", Place::kFooter, "المصدروام", {"WAM"}},
      {"source line: 'agency' before the short name", "ar", Place::kFooter, "المصدر: وكالة قنا", {"QNA"}},
      {"source line, short name", "fa", Place::kLast, "منبع: ایسنا", {"ISNA"}},
      {"a source that is no agency", "ar", Place::kLast, "المصدر: الشرفة", {}},
      {"the source word inside a sentence", "ar", Place::kLast,
       "وقال المصدر إن واس نشرت الخبر صباح الثلاثاء نقلا عن مسؤول في الوزارة.", {}},
      {"a site's footer", "ar", Place::kSiteFooter, "المصدر: واس", {}},
  });
}

TEST(WireConventionsTest, ClosingLinesOfMorePresses) {
  ExpectRows({
      {"agency after a dash, after the last sentence", "en", Place::kLast,
       "Talks are expected to resume in Geneva after the holiday, officials said. \xE2\x80\x94 AFP", {"AFP"}},
      {"agency after two hyphens as the last line", "en", Place::kLast, "-- Xinhua", {"Xinhua"}},
      {"agency between slashes as the last line", "da", Place::kLast, "/ritzau/", {"Ritzau"}},
      {"an agency's full name as the last line", "en", Place::kLast, "The Canadian Press", {"The Canadian Press"}},
      {"an outlet's reporter contributed", "en", Place::kLast, "CNN's Jane Doe contributed to this report.", {"CNN"}},
      {"the agency contributed", "en", Place::kLast, "Reuters contributed.", {"Reuters"}},
      {"with files from", "en", Place::kLast, "With files from The Canadian Press", {"The Canadian Press"}},
      {"material from the agencies was used", "en", Place::kLast,
       "Material from Reuters and the Associated Press was used in this report.", {"Reuters", "AP"}},
      {"contains material from", "en", Place::kLast, "This article contains material from AFP.", {"AFP"}},
      {"with agency inputs", "en", Place::kLast, "With agency inputs", {"Agencies"}},
      {"with the paper's wires", "en", Place::kLast, "With Harbour Times wires", {"Agencies"}},
      {"with wire services", "en", Place::kLast, "\xE2\x80\x94 With wire services", {"Agencies"}},
      {"wire services contributed", "en", Place::kLast, "Wire services contributed to this report.", {"Agencies"}},
      {"wires inside a sentence is no credit line", "en", Place::kLast,
       "The old telegraph wires were taken down last spring, the museum said.", {}},
      {"the Canadian agency's closing line", "en", Place::kLast,
       "This report by The Canadian Press was first published June 4, 2024.", {"The Canadian Press"}},
      {"produced by", "en", Place::kLast, "This article was produced by The Associated Press.", {"AP"}},
      {"reproduced from", "en", Place::kLast,
       "This article is reproduced from The Conversation under a Creative Commons license.", {"The Conversation"}},
      {"courtesy of", "en", Place::kLast, "Courtesy of Reuters", {"Reuters"}},
      {"a picture's courtesy line", "en", Place::kLast, "Photo courtesy of Reuters", {}},
      {"dpa's document number", "de", Place::kLast, "dpa:240604-99-123456/2", {"dpa"}},
      {"an agency's signature with its editors", "ro", Place::kLast,
       "AGERPRES/(AS - autor: Jane Doe, editor: John Roe)", {"Agerpres"}},
      {"an agency and its editors' initials", "es", Place::kLast, "EFE jd/ab", {"EFE"}},
      {"'after' the agency", "vi", Place::kLast, "Theo TTXVN", {"TTXVN"}},
      {"'according to' in a sentence is a citation", "vi", Place::kLast,
       "Theo các chuyên gia, giá vàng sẽ còn tăng trong những tháng tới do lạm phát.", {}},
      {"agency copyright notice", "ko", Place::kLast, "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", {"연합뉴스"}},
      {"circled c copyright", "ko", Place::kLast, "ⓒ 뉴스1", {"뉴스1"}},
      {"PTI's Hindi service closing the text", "hi", Place::kLast,
       "मंत्रालय ने कहा कि नए नियम अगले महीने से लागू होंगे। (भाषा)", {"PTI"}},
      {"UNI's Hindi service", "hi", Place::kLast, "(वार्ता)", {"UNI"}},
      {"the input line", "hi", Place::kLast, "इनपुट: IANS", {"IANS"}},
      {"the word 'language' is no tag inside a sentence", "hi", Place::kLast,
       "उन्होंने कहा कि यह भाषा (भाषा) सीखना आसान है और सभी को इसे सीखना चाहिए।", {}},
      {"source field after the editor's", "zh", Place::kLast, "责任编辑：王小明 来源：新华社", {"新华社"}},
      {"source field in parentheses", "zh", Place::kLast, "（来源：央视新闻）", {"CCTV"}},
      {"an ambiguous short form in a source line", "el", Place::kLast, "Πηγή: ΑΠΕ", {"ΑΠΕ"}},
      {"based on the agency's material, genitive", "ru", Place::kLast, "По материалам Интерфакса", {"Interfax"}},
      {"based on the agency's material, genitive", "uk", Place::kLast, "За матеріалами Укрінформу", {"Ukrinform"}},
      {"based on the agency's material, genitive of the full name", "pl", Place::kLast,
       "Na podstawie informacji Polskiej Agencji Prasowej", {"PAP"}},
      {"source line, genitive", "sr", Place::kLast, "Izvor: Tanjuga", {"Tanjug"}},
      {"a syndicator's credit", "en", Place::kLast, "Provided by SyndiGate Media Inc. (Syndigate.info).", {"SyndiGate"}},
      {"a syndicator's copyright", "en", Place::kLast, "Copyright 2024 Content Engine LLC. All rights reserved.",
       {"Content Engine"}},
      {"a video agency as the source", "en", Place::kLast, "Source: Storyful", {"Storyful"}},
      {"the same short form in a sentence", "el", Place::kFirst,
       "Οι ΑΠΕ καλύπτουν πλέον το μισό της ζήτησης ηλεκτρικής ενέργειας στη χώρα.", {}},
  });
}

// A short line after the last paragraph is not prose, so the extractor moves it
// with what follows into the footer run after the body: the first line of that
// block is read as the text's closing tag.
TEST(WireConventionsTest, ClosingTagsTheExtractorMovedAfterTheBody) {
  ExpectRows({
      {"tag opening the footer run", "es", Place::kFooter, "(EFE)\nComparte esta noticia", {"EFE"}},
      {"agency name opening the footer run", "en", Place::kFooter, "Reuters", {"Reuters"}},
      {"agency after a dash", "en", Place::kFooter, "\xE2\x80\x94 AFP", {"AFP"}},
      {"not the first line", "en", Place::kFooter, "Share this article\nReuters", {}},
      {"a newspaper's name is a label", "en", Place::kFooter, "The Guardian", {}},
      {"a picture agency", "en", Place::kFooter, "AFP/Getty Images", {}},
      {"a site's footer opening with a partner agency", "en", Place::kSiteFooter, "Reuters\nAbout us\nContact", {}},
      {"a card's source label after a linked headline", "en", Place::kSiteFooter, "AFP", {}},
      {"an agency copyright in a site's footer still counts", "en", Place::kSiteFooter,
       "\xC2\xA9 2024 AFP. All rights reserved.", {"AFP"}},
  });
  // A card's source label under a linked headline after the text opens a footer
  // run of its own, after the link list: not the closing line of the text.
  const std::string cards =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour</title>"
      "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article><h1>The harbour reopens</h1>"
      "<div class=\"article-body\"><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" +
      Filler("the timetable") + "</p><p>" + Filler("the harbour") + "</p>"
      "<div><a href=\"/a\">Harbour board approves the new ferry timetable for the winter</a></div><div>AFP</div>"
      "<div><a href=\"/b\">Budget talks resume after a two-month pause in the council</a></div><div>Reuters</div>"
      "</div></article></body></html>";
  Result<Article> card_page = testing::BuiltinExtractor().Extract(cards, "https://valley-courier.example/news/harbour");
  ASSERT_TRUE(card_page.ok());
  EXPECT_EQ(Credited(*card_page), std::set<std::string>{});
  const std::string html =
      "<!DOCTYPE html><html lang=\"es\"><head><title>Puerto</title>"
      "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article><h1>El puerto reabre</h1>"
      "<div class=\"article-body\"><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" +
      Filler("the timetable") + "</p><p>" + Filler("the harbour") + "</p><p>(EFE)</p></div></article></body></html>";
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/puerto");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Credited(*a), std::set<std::string>{Canonical("EFE")});
}

TEST(WireConventionsTest, PageDataObjectsNameTheAgency) {
  const std::string body =
      "<body><article><h1>Ferry service resumes</h1><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") +
      "</p><p>" + Filler("the timetable") + "</p></article></body></html>";
  const PageDataCase cases[] = {
      {"JSON-LD sourceOrganization",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","sourceOrganization":{"@type":"Organization","name":"Reuters"}}</script>)",
       {"Reuters"}},
      {"JSON-LD isBasedOn by URL",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://apnews.com/article/ferry-1234"}</script>)",
       {"AP"}},
      {"JSON-LD authors, an agency among them",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"dpa"}]}</script>)",
       {"dpa"}},
      {"app state: the agency as an object",
       R"(<script>window.__INITIAL_STATE__ = {"article":{"id":12,"agency":{"id":3,"name":"ANSA"}}};</script>)",
       {"ANSA"}},
      {"app state: authors as objects",
       R"(<script id="__NEXT_DATA__" type="application/json">{"props":{"article":{"authors":[{"name":"Associated Press","slug":"ap"}]}}}</script>)",
       {"AP"}},
      {"app state: agencies as a list", R"(<script>var articleData = {"agencies":["dpa","AFP"]};</script>)",
       {"dpa", "AFP"}},
      {"app state: the agency's name", R"(<script>var articleData = {"agencyName":"Lusa"};</script>)", {"Lusa"}},
      {"a picture's agency object", R"(<script>var x = {"photo":{"agency":{"name":"Reuters"}}};</script>)", {}},
      {"an author's picture is not the author",
       R"(<script>var x = {"author":{"name":"Jane Doe","avatar":{"name":"AFP"}}};</script>)", {}},
      {"a filter's list of bylines", R"(<script>var cfg = {"paywall":{"blacklist":{"byline":["AP","Reuters"]}}};</script>)",
       {}},
      {"a story's credits object",
       R"(<script>var story = {"headline":"Ferry","credits":{"by":[{"byline":"Associated Press","type":"author"}]}};</script>)",
       {"AP"}},
      {"a lead picture's credits, its type after them",
       R"(<script>var story = {"headline":"Ferry","lead_art":{"caption":"The ferry at the pier.","credits":{"by":[{"byline":"Associated Press"}]},"type":"image","url":"/a.jpg"}};</script>)",
       {}},
      {"a lead picture's credits, its type before them",
       R"(<script>var story = {"headline":"Ferry","lead_art":{"type":"image","caption":"The ferry.","credits":{"by":[{"byline":"Associated Press"}]}}};</script>)",
       {}},
      {"a story's credits beside its own picture",
       R"(<script>var story = {"type":"story","promo":{"type":"image","url":"/a.jpg"},"credits":{"by":[{"byline":"Associated Press"}]}};</script>)",
       {"AP"}},
  };
  for (const PageDataCase& c : cases) {
    const std::string html = std::string("<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title>") + c.head +
                             "<meta property=\"og:site_name\" content=\"Valley Courier\"></head>" + body;
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
    ASSERT_TRUE(a.ok()) << c.convention;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Credited(*a), expected) << c.convention;
  }
}

TEST(WireConventionsTest, BylinesOfMorePresses) {
  ExpectRows({
      {"the agency's staff", "en", Place::kByline, "Reuters Staff", {"Reuters"}},
      {"reporter, the agency in brackets", "en", Place::kByline, "By Jane Doe (AP)", {"AP"}},
      {"reporters, the agency in brackets", "de", Place::kByline, "Von Erika Mustermann und Max Muster (dpa)", {"dpa"}},
      {"reporter, two agencies in brackets", "it", Place::kByline, "Di Mario Rossi (ANSA/AFP)", {"ANSA", "AFP"}},
      {"reporter, a picture credit in brackets", "en", Place::kByline, "By Jane Doe (Photos: AP)", {}},
      {"reporter, a handle in brackets", "en", Place::kByline, "By Jane Doe (@janedoe)", {}},
      {"reporter, agency and job title", "en", Place::kByline, "By Jane Doe, Associated Press Writer", {"AP"}},
      {"reporter, a spaced hyphen, agency", "en", Place::kByline, "Jane Doe - Reuters", {"Reuters"}},
      {"the agency's desk", "it", Place::kByline, "Redazione ANSA", {"ANSA"}},
      {"a source line in the byline slot", "de", Place::kByline, "Quelle: dpa", {"dpa"}},
      {"an ambiguous agency abbreviation alone", "en", Place::kByline, "ANI", {"ANI"}},
      {"agencies alone", "en", Place::kByline, "Agencies", {"Agencies"}},
      {"a first name that is also an agency's", "en", Place::kByline, "By Petra", {}},
      {"capitals that name no agency", "en", Place::kByline, "NEWS", {}},
  });
  const std::string body =
      "<body><article><h1>Ferry service resumes</h1><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") +
      "</p><p>" + Filler("the timetable") + "</p></article></body></html>";
  const PageDataCase cases[] = {
      {"<meta> author: the agency's staff", R"(<meta name="author" content="Reuters Staff">)", {"Reuters"}},
      {"JSON-LD author: the agency's staff",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Reuters Staff"}}</script>)",
       {"Reuters"}},
      {"a newspaper's staff is its own byline", R"(<meta name="author" content="Valley Courier Staff">)", {}},
  };
  for (const PageDataCase& c : cases) {
    const std::string html = std::string("<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title>") + c.head +
                             "<meta property=\"og:site_name\" content=\"Valley Courier\"></head>" + body;
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
    ASSERT_TRUE(a.ok()) << c.convention;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Credited(*a), expected) << c.convention;
  }
}

// Page data that describes another item on the page: a teaser list in an app's
// state, the articles of a JSON-LD ItemList, a related or second article. Their
// authors and agencies are those items', not the page's article's.
TEST(WireConventionsTest, PageDataOfAnotherItemIsNoCredit) {
  const std::string body =
      "<body><article><h1>Ferry service resumes</h1><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") +
      "</p><p>" + Filler("the timetable") + "</p></article></body></html>";
  const PageDataCase cases[] = {
      {"app state: a list of recommended stories, each with its agency",
       R"(<script>window.__INITIAL_STATE__ = {"article":{"id":12,"author":{"name":"Jane Doe"}},"recommended":[{"id":13,"title":"Budget talks","agency":"AFP"},{"id":15,"title":"Harbour","agency":"dpa"}]};</script>)",
       {}},
      {"app state: the authors of related stories",
       R"(<script>var state = {"story":{"authors":[{"name":"Jane Doe"}]},"related":[{"id":14,"authors":[{"name":"Associated Press"}]},{"id":16,"authors":[{"name":"Jane Roe"}]}]};</script>)",
       {}},
      {"app state: a most-read list, escaped",
       R"(<script>self.__push("{\"mostRead\":[{\"headline\":\"Other\",\"byline\":\"Reuters\"},{\"headline\":\"More\",\"byline\":\"AFP\"}]}")</script>)",
       {}},
      {"app state: the article's own agency beside a teaser list",
       R"(<script>var state = {"article":{"id":12,"agency":"ANSA"},"teasers":[{"id":13,"agency":"AFP"},{"id":15,"agency":"dpa"}]};</script>)",
       {"ANSA"}},
      {"app state: several bylines of the article itself",
       R"(<script>var state = {"article":{"authors":[{"name":"Jane Doe","agency":"dpa"},{"name":"John Roe","agency":"dpa"}]}};</script>)",
       {"dpa"}},
      {"JSON-LD ItemList of other articles",
       R"(<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Ferry service resumes","author":{"@type":"Person","name":"Jane Doe"}},{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","headline":"Budget talks","author":{"@type":"Organization","name":"AFP"}}}]}]</script>)",
       {}},
      {"JSON-LD related link",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes","relatedLink":[{"@type":"NewsArticle","headline":"Budget talks","author":{"name":"Reuters"}}]}</script>)",
       {}},
      {"JSON-LD parts of a web page",
       R"(<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Ferry service resumes","author":{"name":"Jane Doe"}},"hasPart":[{"@type":"NewsArticle","headline":"Budget talks","author":{"name":"Reuters"}}]}</script>)",
       {}},
      {"JSON-LD main entity by an agency",
       R"(<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Ferry service resumes","author":{"name":"Reuters"}}}</script>)",
       {"Reuters"}},
      {"JSON-LD: a second article in a block of its own",
       R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes","author":{"@type":"Person","name":"Jane Doe"}}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget talks resume","author":{"@type":"Organization","name":"AFP"}}</script>)",
       {}},
      {"JSON-LD: the page's article is the second block, found by its URL",
       R"(<link rel="canonical" href="https://valley-courier.example/news/ferry"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget talks resume","url":"https://valley-courier.example/news/budget","author":{"name":"Jane Doe"}}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","url":"https://valley-courier.example/news/ferry/","author":{"@type":"Organization","name":"AFP"}}</script>)",
       {"AFP"}},
  };
  for (const PageDataCase& c : cases) {
    const std::string html = std::string("<!DOCTYPE html><html lang=\"en\"><head><title>Ferry service resumes</title>") +
                             c.head + "<meta property=\"og:site_name\" content=\"Valley Courier\"></head>" + body;
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
    ASSERT_TRUE(a.ok()) << c.convention;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Credited(*a), expected) << c.convention;
  }
}

// A byline whose name and outlet are elements of their own, with no comma between
// them: a reader sees two lines, and the outlet's line is read as one.
TEST(WireConventionsTest, BylinePartsInElementsOfTheirOwn) {
  struct Case {
    const char* convention;
    const char* byline;
    std::vector<std::string> credited;
    std::vector<std::string> authors;  // the people the byline names, without the outlet
  };
  const Case cases[] = {
      {"name and agency", R"(<div class="byline"><span class="name">Jane Doe</span> <span class="org">Associated Press</span></div>)",
       {"AP"}, {"Jane Doe"}},
      {"name, agency and date, nested",
       R"(<div class="byline"><div class="who"><span>Jane Doe</span><span>Reuters</span></div><div class="when">Published 9:15 AM, June 4, 2024</div></div>)",
       {"Reuters"}, {"Jane Doe"}},
      {"name and agency in a wrapper, on lines of their own",
       "<div class=\"byline\">\n <div>\n  <span>\n   Jane Doe\n  </span>\n  <span>\n   Agence France-Presse\n  </span>\n </div>\n"
       " <div>\n            Published 9:15 AM, June 4, 2024\n </div>\n</div>",
       {"AFP"}, {"Jane Doe"}},
      {"name and the page's own paper", R"(<div class="byline"><span>Jane Doe</span><span>Valley Courier</span></div>)", {}, {"Jane Doe"}},
      {"one run of text with a name that is no outlet", R"(<div class="byline">By <a href="/staff/jane-doe">Jane Doe</a> and <a href="/staff/john-roe">John Roe</a></div>)",
       {}, {"Jane Doe", "John Roe"}},
      {"a byline word in an element of its own", R"(<div class="byline"><span>By</span> <span>Jane Doe</span></div>)", {},
       {"Jane Doe"}},
  };
  for (const Case& c : cases) {
    const std::string html = std::string(
                                 "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title>"
                                 "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article>"
                                 "<h1>Ferry service resumes</h1>") +
                             c.byline + "<p>" + Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" +
                             Filler("the timetable") + "</p></article></body></html>";
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
    ASSERT_TRUE(a.ok()) << c.convention;
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    EXPECT_EQ(Credited(*a), expected) << c.convention;
    std::vector<std::string> authors;
    for (const SourcedValue& v : a->authors) authors.push_back(v.value);
    EXPECT_EQ(authors, c.authors) << c.convention;
  }
  // A national edition's byline naming the outlet it is an edition of.
  ExpectRows({
      {"an edition's own outlet in the byline", "en", Place::kByline, "Jane Doe, Business Insider", {},
       "Business Insider Deutschland"},
      {"another outlet in an edition's byline", "en", Place::kByline, "Jane Doe, The New York Times",
       {"The New York Times"}, "Business Insider Deutschland"},
  });
}

// A national edition printed under the outlet's name and another country's domain
// (its page declares no site name): the outlet's byline there is its own network's.
TEST(WireConventionsTest, AnEditionUnderAnotherCountrysDomainIsTheOutletsOwn) {
  const struct {
    const char* canonical;
    std::set<std::string> credited;
  } cases[] = {
      {"https://www.businessinsider.de/news/ferry-2024-06", {}},  // the lexicon lists businessinsider.com
      {"https://businessinsider.co.uk/news/ferry", {}},
      {"https://www.valley-courier.example/news/ferry", {Canonical("Business Insider")}},
      {"https://www.insider-news.de/news/ferry", {Canonical("Business Insider")}},
  };
  for (const auto& c : cases) {
    Article a = BuildArticle({{Filler("the budget")}, {Filler("the harbour")}, {Filler("the ferry line")}});
    a.byline_lines = {"Jane Doe, Business Insider"};
    a.canonical_url = c.canonical;
    EXPECT_EQ(Credited(a), c.credited) << c.canonical;
  }
}

TEST(WireConventionsTest, CreditLinesUnderAPictureOrAClipCreditTheMedia) {
  // "Source: Reuters" or "Video: AFP" under an embedded clip or a picture credits
  // the clip: it stands in the figure's or the player's block, not in the text.
  const std::string html =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Flood</title>"
      "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article>"
      "<h1>River levels rise across the valley</h1><p>" + Filler("the river") + "</p>"
      "<figure><video src=\"/v/clip.mp4\" controls></video><figcaption>Source: Reuters</figcaption></figure>"
      "<p>" + Filler("the sandbags") + "</p>"
      "<div class=\"embed\"><iframe src=\"https://player.example.org/embed/1\"></iframe><p class=\"caption\">Source: AFP</p></div>"
      "<p>" + Filler("the levees") + "</p><p>" + Filler("the bridge") + "</p></article></body></html>";
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/flood");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Credited(*a), std::set<std::string>{});
  ExpectRows({
      {"a source line in a caption", "en", Place::kCaption, "Source: Reuters", {}},
      {"a clip's source in a caption", "de", Place::kCaption, "Quelle: dpa", {}},
      {"the same source line closing the text", "en", Place::kLast, "Source: Reuters", {"Reuters"}},
  });
}

TEST(WireConventionsTest, TheSourceSlotDateFirstOrOnTwoLines) {
  ExpectRows({
      {"source slot: date and time, then the provider", "ja", Place::kByline, "2月15日（土）7時0分　共同通信", {"Kyodo"}},
      {"source slot: year, date, time, then the provider", "ja", Place::kFirst, "2024年6月4日 17:52 時事通信", {"Jiji"}},
      {"source slot: numeric date, a bar, the provider", "de", Place::kByline, "04.06.2024 17:52 | AFP", {"AFP"}},
      {"source slot: date, a bar, the provider", "en", Place::kByline, "June 4, 2024 | Reuters", {"Reuters"}},
      {"source slot: the agency above the date line", "tr", Place::kFirst, "Anadolu Ajansı\nGiriş: 04.06.2024 - 17:52",
       {"Anadolu Agency"}},
      {"source slot: the agency above the date", "en", Place::kByline, "AFP\nJune 4, 2024", {"AFP"}},
      {"source slot: reporter and agency above a labelled date with a time", "en", Place::kFirst,
       "Jane Doe Associated Press\nPublished 11:34 PM EST Jun 4, 2024", {"AP"}},
      {"source slot: a newspaper above the date is its masthead", "en", Place::kFirst,
       "Jane Doe Valley Courier\nPublished 11:34 PM EST Jun 4, 2024", {}},
      {"a date and an outlet in a sentence is no slot", "en", Place::kFirst,
       "June 4, 2024 was the day Reuters opened its new office in the harbour district of the city.", {}},
  });
  // The same slot in a page, kept as header boilerplate above the text.
  const std::string html =
      "<!DOCTYPE html><html lang=\"tr\"><head><title>Ferry</title>"
      "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article>"
      "<h1>Ferry service resumes after the storm</h1>"
      "<div class=\"k1\"><div class=\"k2\"><span>Anadolu Ajansı</span></div>"
      "<div class=\"k3\"><span><b>Giriş: </b> 04.06.2024 - 17:52</span></div></div>"
      "<div class=\"k4\"><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" +
      Filler("the timetable") + "</p></div></article></body></html>";
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/ferry");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Credited(*a), std::set<std::string>{Canonical("Anadolu Agency")});
}

TEST(WireConventionsTest, AFooterCopyrightNamesThePagesOwnerWhenNothingElseDoes) {
  // A copy that declares no site name and whose canonical is the original's page:
  // its footer's copyright names the republisher, so the original's source slot
  // is a credit. Signed by the outlet or its company, the same line is its own.
  auto page = [](const std::string& footer) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title>"
           "<link rel=\"canonical\" href=\"https://www.theguardian.com/news/ferry\"></head><body><article>"
           "<h1>Ferry service resumes after the storm</h1><p>The Guardian<br>4 Jun 2024, 09:15 GMT+1</p>"
           "<div class=\"text\"><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" +
           Filler("the timetable") + "</p></div></article>"
           "<footer><p>About us</p><p>Contact</p><p>" + footer + "</p></footer></body></html>";
  };
  const struct {
    const char* footer;
    std::set<std::string> credited;
  } cases[] = {
      {"\xC2\xA9 Copyright 1999-2024 Valley Courier. All rights reserved.", {Canonical("The Guardian")}},
      {"\xC2\xA9 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.", {}},
      {"Copyright (C) 2024 Guardian Media Group", {}},
      {"Privacy policy", {}},
  };
  for (const auto& c : cases) {
    Result<Article> a = testing::BuiltinExtractor().Extract(page(c.footer), "");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(Credited(*a), c.credited) << c.footer;
  }
}

// An agency whose short form is an ordinary word ("MAP", "SPA", "GNA", "Mehr") is
// credited by its full name in any credit position, the short form only in a
// strong one; the names other scripts print and two more Arabic credit tags.
TEST(WireConventionsTest, FullNamesOfAgenciesWhoseShortFormIsAWord) {
  ExpectRows({
      {"agency name line closing the text", "en", Place::kLast, "Ghana News Agency", {"GNA"}},
      {"agency name line after a dash", "en", Place::kLast, "\xE2\x80\x94 Saudi Press Agency", {"SPA"}},
      {"the short form alone closing the text is no credit", "en", Place::kLast, "MAP", {}},
      {"the short form alone closing the text is no credit", "en", Place::kLast, "GNA", {}},
      {"a citation of the full name", "en", Place::kFirst,
       "Mehr News Agency reported on Monday that the ferry would resume service after the repairs.", {}},
      {"Chinese source line, a national agency's Chinese name", "zh", Place::kLast, "来源：沙特通讯社", {"SPA"}},
      {"Chinese source line", "zh", Place::kLast, "来源：巴基斯坦联合通讯社", {"APP"}},
      {"Arabic dateline, the Yemeni agency's tag", "ar", Place::kFirst,
       "صنعاء - سبأ: وافقت الحكومة يوم الثلاثاء على الموازنة الجديدة للعام المقبل.", {"Saba News Agency"}},
      {"Arabic dateline, the Moroccan agency's tag", "ar", Place::kFirst,
       "الرباط - (و م ع) - وافقت الحكومة يوم الثلاثاء على الموازنة الجديدة للعام المقبل.", {"MAP"}},
      {"the Yemeni agency's tag inside a sentence is Sheba", "ar", Place::kFirst,
       "تحدث الكاتب عن مملكة سبأ القديمة وعن تاريخ اليمن في محاضرة طويلة مساء الثلاثاء.", {}},
  });
}

// Session 13, the forms of more presses: the Hindi agencies' dateline (no capitals in
// Devanagari), the Danish tag between slashes after the last sentence, closing lines
// joined to the last paragraph by one line break (after a danda, "Additional reporting
// by", the Vietnamese "Theo"), the regional agencies' names in their own languages.
TEST(WireConventionsTest, FormsOfMorePressesSessionThirteen) {
  ExpectRows({
      {"Hindi dateline, PTI's Hindi service", "hi", Place::kFirst,
       "नयी दिल्ली, चार जून (भाषा) सरकार ने मंगलवार को नौका सेवा के नए समय की घोषणा की।", {"PTI"}},
      {"Hindi dateline, UNI's Hindi service, the day in digits", "hi", Place::kFirst,
       "मुंबई, 4 जून (वार्ता) बंदरगाह बोर्ड ने नई नौका सेवा को मंजूरी दी।", {"UNI"}},
      {"Hindi dateline, an agency's name in Devanagari", "hi", Place::kFirst,
       "पटना, चार जून (आईएएनएस) राज्य सरकार ने नौका सेवा फिर शुरू की।", {"IANS"}},
      {"the Hindi tag inside a sentence is the word 'language'", "hi", Place::kFirst,
       "सरकार ने कहा कि नई नीति, हिंदी (भाषा) और अंग्रेजी दोनों में, अगले महीने जारी की जाएगी।", {}},
      {"the Danish tag between slashes after the last sentence", "da", Place::kLast,
       "Færgen sejler igen fra mandag, oplyser rederiet. /ritzau/", {"Ritzau"}},
      {"a path between slashes after the last sentence is no tag", "en", Place::kLast,
       "The new timetable is on the port's site. /timetable/", {}},
      {"a source line after a danda", "hi", Place::kLast,
       "नौका सेवा सोमवार से फिर शुरू होगी। स्रोत: PTI", {"PTI"}},
      {"the Hindi input line after a danda", "hi", Place::kLast,
       "नौका सेवा सोमवार से फिर शुरू होगी। इनपुट: IANS", {"IANS"}},
      {"the Hindi input line naming PTI's Hindi service by its tag", "hi", Place::kLast, "(इनपुट: भाषा)", {"PTI"}},
      {"the Hindi input line naming the agencies", "hi", Place::kLast, "इनपुट: एजेंसी", {"Agencies"}},
      {"the Hindi 'with agency input'", "hi", Place::kLast, "(एजेंसी इनपुट के साथ)", {"Agencies"}},
      {"the Hindi 'with input' naming an agency", "hi", Place::kLast, "(IANS इनपुट के साथ)", {"IANS"}},
      {"the Hindi 'with input' after the last sentence's danda", "hi", Place::kLast,
       "नौका सेवा सोमवार से फिर शुरू होगी। (भाषा इनपुट के साथ)", {"PTI"}},
      {"the word 'language' with 'input' inside a sentence is no credit", "hi", Place::kLast,
       "मंत्री ने कहा कि भाषा इनपुट के साथ नई नीति बनाई जाएगी।", {}},
      {"additional reporting joined to the last paragraph", "en", Place::kLast,
       "The ferry will sail again on Monday, the operator said. Additional reporting by Reuters", {"Reuters"}},
      {"additional reporting by a person names no outlet", "en", Place::kLast,
       "The ferry will sail again on Monday, the operator said. Additional reporting by Jane Doe", {}},
      {"the Vietnamese closing source joined to the last paragraph", "vi", Place::kLast,
       "Tuyến phà sẽ hoạt động trở lại từ thứ Hai tuần tới. Theo TTXVN", {"VNA"}},
      {"the Vietnamese citation opening the last sentence is no credit", "vi", Place::kLast,
       "Tuyến phà sẽ hoạt động trở lại. Theo TTXVN, cảng sẽ mở cửa từ thứ Hai.", {}},
      {"the Somali agency's name in Somali", "so", Place::kLast,
       "Source: Wakaaladda Wararka Qaranka Soomaaliyeed", {"SONNA"}},
      {"the Gambian agency's abbreviation", "en", Place::kFirst,
       "BANJUL, June 4 (GAMNA) - The ferry between Banjul and Barra will sail again from Monday.", {"GAMNA"}},
  });
}

// Session 16, the second blind wire set: one credit line naming two agencies
// (the second after the preposition repeated, or in quotes), and the Nordic byline
// of the supplying agency and the agency its story draws on, joined by a dash.
TEST(WireConventionsTest, TwoAgenciesInOneCreditLine) {
  ExpectRows({
      {"with information from, the preposition repeated", "pt", Place::kLast,
       "Com informações da Lusa e da AFP", {"Lusa", "AFP"}},
      {"with information from, the preposition repeated", "es", Place::kLast,
       "Con información de EFE y de AP", {"EFE", "AP"}},
      {"based on the agency's material, the second quoted", "ru", Place::kLast,
       "По материалам РИА Новости и «Интерфакса»", {"RIA Novosti", "Interfax"}},
      {"based on the agency's material, both quoted", "ru", Place::kLast,
       "По материалам «Интерфакса» и «РИА Новости»", {"Interfax", "RIA Novosti"}},
      {"a byline of two agencies joined by a dash", "no", Place::kByline, "NTB\xE2\x80\x93Reuters", {"NTB", "Reuters"}},
      {"a byline of two agencies joined by a hyphen", "sv", Place::kByline, "TT-AFP", {"TT", "AFP"}},
      {"a dash after a name the lexicon lacks pairs nothing", "fi", Place::kByline, "Kustbladet\xE2\x80\x93STT",
       {"STT"}},
  });
}

// A byline slot whose class names the writer in a Nordic language ("forfatter",
// "skribent", "kirjoittaja") is read as the byline: here it holds only the agencies.
TEST(WireConventionsTest, ANordicWritersClassIsTheBylineSlot) {
  const std::string html =
      "<!DOCTYPE html><html lang=\"sv\"><head><title>Hamnen</title>"
      "<meta property=\"og:site_name\" content=\"Kustbladet\"></head><body><main><article>"
      "<h1 class=\"x1\">Färjan till ön går igen efter reparationen</h1>"
      "<div class=\"x2\"><span class=\"x2__skribent\">TT\xE2\x80\x93Reuters</span> <time datetime=\"2024-06-04T08:10\">"
      "4 juni 2024 08.10</time></div><div class=\"x3\"><p>" + Filler("the ferry") + "</p><p>" + Filler("the port") +
      "</p><p>" + Filler("the timetable") + "</p></div></article></main></body></html>";
  Result<Article> page = testing::BuiltinExtractor().Extract(html, "https://kustbladet.example/nyheter/farjan");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(Credited(*page), (std::set<std::string>{"Reuters", "TT"}));
}

// A republisher that keeps the original's canonical link (as a syndicator asks of
// those who reprint it) is not the original: its own site name, another site's,
// decides whose page it is, so the republication line credits the original.
TEST(WireConventionsTest, ARepublisherKeepingTheOriginalsCanonicalLink) {
  auto page = [](const std::string& site_name) {
    return "<!DOCTYPE html><html lang=\"es\"><head><title>El puerto</title>"
           "<meta property=\"og:site_name\" content=\"" + site_name + "\">"
           "<link rel=\"canonical\" href=\"https://globalvoices.org/2024/06/04/el-puerto-reabre/\"></head><body><article>"
           "<h1>El puerto reabre tras tres semanas de obras</h1><div class=\"x3\"><p>" + Filler("the ferry") + "</p><p>" +
           Filler("the port") + "</p><p>" + Filler("the timetable") +
           "</p><p><em>Este artículo fue publicado originalmente en Global Voices.</em></p></div></article></body></html>";
  };
  auto credited = [&](const std::string& site_name) {
    Result<Article> a = testing::BuiltinExtractor().Extract(page(site_name), "");
    EXPECT_TRUE(a.ok());
    return a.ok() ? Credited(*a) : std::set<std::string>{};
  };
  EXPECT_EQ(credited("Diario del Valle"), std::set<std::string>{"Global Voices"});
  EXPECT_EQ(credited("DiarioDelValle.com.ar"), std::set<std::string>{"Global Voices"});
  // The original's own page, by its name, its address or a single word.
  EXPECT_EQ(credited("Global Voices"), std::set<std::string>{});
  EXPECT_EQ(credited("Global Voices en Español"), std::set<std::string>{});
  EXPECT_EQ(credited("https://globalvoices.org/"), std::set<std::string>{});
  EXPECT_EQ(credited("Inicio"), std::set<std::string>{});
}

// The dateline of agency copy in a script without capitals other than Hindi's:
// place, comma, date in the script's digits (the year after a second comma), the
// agency in parentheses. Only opening the text, and only an outlet of the lexicon.
TEST(WireConventionsTest, BengaliAgencyDateline) {
  ExpectRows({
      {"dateline, the day and month in Bengali digits and words", "bn", Place::kFirst,
       "চট্টগ্রাম, ১২ মার্চ (ইউএনবি) : বন্দরে নতুন ক্রেন বসানোর কাজ আগামী সপ্তাহে শেষ হবে বলে জানিয়েছে কর্তৃপক্ষ।",
       {"UNB"}},
      {"dateline with the year after a second comma", "bn", Place::kFirst,
       "খুলনা, ৩ জুলাই, ২০২৫ (ইউএনবি) - সেতুর দ্বিতীয় অংশ খুলে দেওয়া হয়েছে।", {"UNB"}},
      {"a word in parentheses that names no outlet", "bn", Place::kFirst,
       "খুলনা, ৩ জুলাই (ফাইল) - সেতুর দ্বিতীয় অংশ খুলে দেওয়া হয়েছে।", {}},
      {"the same form in the last paragraph is no dateline", "bn", Place::kLast,
       "খুলনা, ৩ জুলাই (ইউএনবি) - সেতুর দ্বিতীয় অংশ খুলে দেওয়া হয়েছে।", {}},
  });
}

// A republication note naming an outlet with no press word in its name is read when
// the note links the name to the outlet's own site and opens its paragraph; the same
// name deep in a sentence (the author's own earlier post) credits no one.
TEST(WireConventionsTest, ARepublishedNoteLinkingTheOutletsOwnSite) {
  auto credited = [](const std::string& note) {
    const std::string html =
        "<!DOCTYPE html><html lang=\"pt\"><head><title>O porto</title>"
        "<meta property=\"og:site_name\" content=\"Gazeta do Vale\"></head><body><article>"
        "<h1>O porto reabre depois de três semanas de obras</h1><div class=\"x3\"><p>" + note + "</p><p>" +
        Filler("the ferry") + "</p><p>" + Filler("the port") + "</p><p>" + Filler("the timetable") +
        "</p></div></article></body></html>";
    Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://gazetadovale.com.br/noticias/porto");
    EXPECT_TRUE(a.ok());
    return a.ok() ? Credited(*a) : std::set<std::string>{};
  };
  EXPECT_EQ(credited("<em>Esta reportagem foi publicada originalmente por <a href=\"https://riaviva.org/porto\">"
                     "Ria Viva</a>, um coletivo de jornalismo independente.</em>"),
            std::set<std::string>{"Ria Viva"});
  // Not linked to its own site, or deep in a sentence.
  EXPECT_EQ(credited("<em>Esta reportagem foi publicada originalmente por Ria Viva, um coletivo.</em>"),
            std::set<std::string>{});
  EXPECT_EQ(credited("O capitão do porto, que conhece bem o cais, contou que a história foi publicada originalmente "
                     "por <a href=\"https://riaviva.org/\">Ria Viva</a> há dez anos."),
            std::set<std::string>{});
}

}  // namespace
}  // namespace provscore
