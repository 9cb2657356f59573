// The hard negatives of wire credits, audited language by language on invented
// pages read through the extractor and the detectors: an agency named as the
// source of a quote or a figure, in a picture's or a clip's credit, in a related
// story's headline or a teaser's link, in the list of sources of a fact-check, in
// a site's "about us" footer, an agency's short name that is an ordinary word or
// another thing's name, an agency describing itself, and a page about an agency.
// None of them credits anyone. Beside each language's rows stands a positive
// control: the same agency in a position that credits it (a dateline, a closing
// tag, a source line), on the same kind of page. rules/CREDIT-CONVENTIONS.md,
// section "What is not a credit", names the mechanism behind each row.
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

const RuleSet& Rules() { return testing::BuiltinRules(); }

// An invented article page: a headline, a byline, three paragraphs (the first and
// the last replaceable), what stands between the byline and the text (`lead`) and
// after the text (`tail`), and a site footer.
struct Page {
  std::string lang = "en";
  std::string first = Filler("the budget");
  std::string last = Filler("the ferry line");
  std::string lead;
  std::string tail;
  std::string byline = "<p class=\"byline\">Jane Doe</p>";
  std::string headline = "Ferry service resumes after the storm";
  std::string site_footer = "\xC2\xA9 2024 The Harbour Herald. All rights reserved.";
  std::string middle;  // a block between the first and the second paragraph
  std::string site_name = "The Harbour Herald";
};

std::string Html(const Page& p) {
  return "<!DOCTYPE html><html lang=\"" + p.lang + "\"><head><title>" + p.headline + "</title>" +
         "<meta property=\"og:site_name\" content=\"" + p.site_name + "\">" +
         "<link rel=\"canonical\" href=\"https://harbour-herald.example/news/2024/06/04/story\"></head><body>"
         "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
         "<main><article><h1>" + p.headline + "</h1>" + p.byline + p.lead + "<p>" + p.first + "</p>" + p.middle + "<p>" +
         Filler("the harbour") + "</p><p>" + p.last + "</p>" + p.tail +
         "</article></main><footer><p>About us</p><p>Contact</p><p>" + p.site_footer + "</p></footer></body></html>";
}

std::string Canonical(const std::string& alias) {
  const Outlet* o = Rules().outlets().FindByAlias(alias);
  EXPECT_NE(o, nullptr) << alias;
  return o ? Rules().outlets().Canonical(o)->name : "";
}

std::set<std::string> CreditedOn(const std::string& html, std::string* rules) {
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://harbour-herald.example/news/2024/06/04/story");
  EXPECT_TRUE(a.ok());
  std::set<std::string> out;
  if (!a.ok()) return out;
  for (const Signal& s : DetectorSet::Default().Detect(*a, Rules())) {
    if (s.type != kSignalWireAttribution) continue;
    *rules += " " + s.rule + "(" + std::string(s.fields.at("outlet").as_string()) + " in " + s.evidence.front().where + ": " +
              s.evidence.front().text + ")";
    if (s.fields.at("role").as_string() == "credit") out.insert(std::string(s.fields.at("outlet").as_string()));
  }
  return out;
}

struct Row {
  const char* language;
  const char* form;
  Page page;
  std::vector<std::string> credited;  // aliases; empty: a hard negative
};

void ExpectRows(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    std::set<std::string> expected;
    for (const std::string& alias : r.credited) expected.insert(Canonical(alias));
    std::string rules;
    EXPECT_EQ(CreditedOn(Html(r.page), &rules), expected)
        << "[" << r.language << "] " << r.form << "\n  rules:" << rules;
  }
}

Page First(const std::string& lang, const std::string& text) {
  Page p;
  p.lang = lang;
  p.first = text;
  return p;
}
Page Last(const std::string& lang, const std::string& text) {
  Page p;
  p.lang = lang;
  p.last = text;
  return p;
}
Page Lead(const std::string& lang, const std::string& html) {
  Page p;
  p.lang = lang;
  p.lead = html;
  return p;
}
Page Tail(const std::string& lang, const std::string& html) {
  Page p;
  p.lang = lang;
  p.tail = html;
  return p;
}
Page SiteFooter(const std::string& lang, const std::string& text) {
  Page p;
  p.lang = lang;
  p.site_footer = text;
  return p;
}
// A picture with its caption above the text.
Page Caption(const std::string& lang, const std::string& caption) {
  return Lead(lang, "<figure><img src=\"/i/ferry.jpg\" alt=\"\"><figcaption>" + caption + "</figcaption></figure>");
}
// A gallery of pictures after the text, each with its credit.
Page Gallery(const std::string& lang, const std::string& credit) {
  std::string html = "<div class=\"x1\">";
  for (int i = 1; i <= 3; ++i) {
    html += "<div><img src=\"/i/g" + std::to_string(i) + ".jpg\" alt=\"\"><p>" + credit + "</p></div>";
  }
  return Tail(lang, html + "</div>");
}
// A list of related stories after the text, one of them naming the agency.
Page Related(const std::string& lang, const std::string& heading, const std::string& headline) {
  return Tail(lang, "<section><h2>" + heading + "</h2><ul><li><a href=\"/news/2024/06/03/a\">" + headline +
                        "</a></li><li><a href=\"/news/2024/06/02/b\">The harbour board meets again next week</a></li>"
                        "</ul></section>");
}

// 1. The agency is the source of a quote or a figure.
TEST(WireHardNegativesTest, AnAgencyAsTheSourceOfAQuoteOrAFigure) {
  ExpectRows({
      {"en", "told the agency", First("en", "The minister told Reuters on Monday that the ferry would run again within a week."), {}},
      {"en", "according to", Last("en", "About 400 passengers were stranded overnight, according to figures compiled by AFP."), {}},
      {"en", "the agency reported", Last("en", "The Associated Press reported that the port would stay closed until Friday."), {}},
      {"en", "control: dateline", First("en", "LONDON (Reuters) - The ferry will run again within a week, the minister said on Monday."), {"Reuters"}},
      {"de", "laut", First("de", "Laut dpa sollen die Fähren ab Montag wieder nach dem alten Fahrplan verkehren."), {}},
      {"de", "sagte der Agentur", Last("de", "Das sagte der Hafenmeister am Dienstag der Deutschen Presse-Agentur in Kiel."), {}},
      {"de", "control: dateline", First("de", "Kiel (dpa) - Die Fähren sollen ab Montag wieder nach dem alten Fahrplan verkehren."), {"dpa"}},
      {"fr", "selon", First("fr", "Selon l'AFP, près de 400 passagers ont passé la nuit dans le terminal du port."), {}},
      {"fr", "a déclaré à", Last("fr", "Le service reprendra lundi, a déclaré mardi le maire à l'AFP."), {}},
      {"fr", "control: closing tag", Last("fr", "Le service reprendra lundi, a indiqué le maire mardi soir. (AFP)"), {"AFP"}},
      {"es", "según", First("es", "Según EFE, unos 400 pasajeros pasaron la noche en la terminal del puerto."), {}},
      {"es", "informó la agencia", Last("es", "El servicio se reanudará el lunes, informó la agencia EFE citando fuentes portuarias."), {}},
      {"es", "control: dateline", First("es", "Vigo, 4 jun (EFE).- El servicio de transbordadores se reanudará el lunes, informó el puerto."), {"EFE"}},
      {"it", "secondo", First("it", "Secondo l'ANSA, circa 400 passeggeri hanno trascorso la notte nel terminal del porto."), {}},
      {"it", "riferisce", Last("it", "Il servizio riprenderà lunedì, riferisce l'ANSA citando fonti del porto."), {}},
      {"it", "control: closing tag", Last("it", "Il servizio riprenderà lunedì, ha detto il sindaco. (ANSA)"), {"ANSA"}},
      {"pt", "segundo", First("pt", "Segundo a Lusa, cerca de 400 passageiros passaram a noite no terminal do porto."), {}},
      {"pt", "disse à agência", Last("pt", "O serviço será retomado na segunda-feira, disse o autarca à agência Lusa."), {}},
      {"pt", "control: with the agency", Last("pt", "com Lusa"), {"Lusa"}},
      {"ru", "сообщает", First("ru", "Как сообщает ТАСС, около 400 пассажиров провели ночь в здании морского вокзала."), {}},
      {"ru", "заявил агентству", Last("ru", "Паромы возобновят работу в понедельник, заявил ТАСС глава порта."), {}},
      {"ru", "control: dateline", First("ru", "МОСКВА, 4 июня. /ТАСС/. Паромы возобновят работу в понедельник, заявил глава порта."), {"TASS"}},
      {"uk", "повідомляє", First("uk", "Як повідомляє Укрінформ, близько 400 пасажирів провели ніч у морському вокзалі."), {}},
      {"uk", "control: dateline", First("uk", "ОДЕСА, 4 червня. Укрінформ. Пороми відновлять роботу в понеділок, заявив голова порту."), {"Ukrinform"}},
      {"pl", "podała", Last("pl", "Prom wznowi kursy w poniedziałek, podała PAP, powołując się na zarząd portu."), {}},
      {"pl", "według", First("pl", "Według PAP około 400 pasażerów spędziło noc w terminalu portowym."), {}},
      {"pl", "control: source line", Last("pl", "Źródło: PAP"), {"PAP"}},
      {"nl", "meldt", Last("nl", "De veerdienst vaart maandag weer, meldt ANP op basis van het havenbedrijf."), {}},
      {"nl", "control: source line", Last("nl", "Bron: ANP"), {"ANP"}},
      {"tr", "açıklaması", First("tr", "Liman müdürü Anadolu Ajansı'na yaptığı açıklamada seferlerin pazartesi başlayacağını söyledi."), {}},
      {"tr", "control: dateline", First("tr", "İZMİR (AA) - Feribot seferleri pazartesi gününden itibaren yeniden başlayacak."), {"Anadolu Agency"}},
      {"ar", "قال لوكالة", First("ar", "وقال مدير الميناء لوكالة فرانس برس إن العبارات ستعود للعمل يوم الاثنين."), {}},
      {"ar", "بحسب", Last("ar", "وبحسب رويترز فإن نحو 400 راكب قضوا الليلة في مبنى الميناء."), {}},
      {"ar", "control: closing tag", Last("ar", "وستعود العبارات للعمل يوم الاثنين بحسب إدارة الميناء. (أ ف ب)"), {"AFP"}},
      {"zh", "据报道", First("zh", "据新华社报道，约400名乘客在港口候船大厅过夜。"), {}},
      {"zh", "报道称", Last("zh", "路透社报道称，渡轮将于周一恢复运营。"), {}},
      {"zh", "control: dateline", First("zh", "新华社大连6月4日电 大连港4日宣布，渡轮将于周一恢复运营。"), {"Xinhua"}},
      {"ja", "によると", First("ja", "共同通信によると、約400人の乗客が港の待合室で一夜を明かした。"), {}},
      {"ja", "control: closing tag", Last("ja", "フェリーは来週月曜日に運航を再開する見通しだ。（共同）"), {"Kyodo"}},
      {"ko", "에 따르면", First("ko", "연합뉴스에 따르면 승객 약 400명이 항구 대합실에서 밤을 보냈다."), {}},
      {"ko", "control: dateline", First("ko", "(부산=연합뉴스) 여객선 운항이 다음 주 월요일 재개된다."), {"Yonhap"}},
      {"el", "σύμφωνα με", First("el", "Σύμφωνα με το ΑΠΕ-ΜΠΕ, περίπου 400 επιβάτες πέρασαν τη νύχτα στο λιμάνι."), {}},
      {"el", "control: source line", Last("el", "Πηγή: ΑΠΕ-ΜΠΕ"), {"ANA-MPA"}},
      {"cs", "uvedla", Last("cs", "Trajekty začnou znovu jezdit v pondělí, uvedla ČTK s odvoláním na vedení přístavu."), {}},
      {"cs", "control: dateline", First("cs", "Praha 4. června (ČTK) - Trajekty začnou znovu jezdit v pondělí, uvedlo vedení přístavu."), {"ČTK"}},
      {"sv", "uppger", Last("sv", "Färjorna går igen på måndag, uppger hamnchefen för TT."), {}},
      {"sv", "control: source line", Last("sv", "Källa: TT"), {"TT"}},
      {"hu", "közölte", Last("hu", "A kompok hétfőtől újra közlekednek, közölte az MTI-vel a kikötő vezetője."), {}},
      {"hu", "control: source line", Last("hu", "Forrás: MTI"), {"MTI"}},
      {"hi", "के अनुसार", First("hi", "पीटीआई के अनुसार, करीब 400 यात्रियों ने बंदरगाह पर रात बिताई।"), {}},
      {"hi", "control: closing tag", Last("hi", "नौका सेवा सोमवार से फिर शुरू होगी। (भाषा)"), {"PTI"}},
  });
}

// 2. A picture's or a clip's credit, in a caption, a gallery or under a picture
// after the text.
TEST(WireHardNegativesTest, PictureAndClipCredits) {
  ExpectRows({
      {"en", "Photo: in a caption", Caption("en", "The ferry at the quay. Photo: AFP"), {}},
      {"en", "Video: in a caption", Caption("en", "Video: Reuters"), {}},
      {"en", "a gallery's credits", Gallery("en", "Photo: AP"), {}},
      {"de", "Foto: in a caption", Caption("de", "Die Fähre am Kai. Foto: dpa"), {}},
      {"de", "Bild: in a gallery", Gallery("de", "Bild: dpa/Jana Muster"), {}},
      {"de", "\xC2\xA9 in a caption", Caption("de", "\xC2\xA9 EPA"), {}},
      {"fr", "Photo in a caption", Caption("fr", "Le ferry à quai. Photo AFP"), {}},
      {"es", "Foto: agency/photographer", Caption("es", "El transbordador en el muelle. Foto: EFE/Juan Pérez"), {}},
      {"es", "agency/photographer in a gallery", Gallery("es", "EFE/Juan Pérez"), {}},
      {"it", "Foto ANSA in a caption", Caption("it", "Il traghetto in porto (foto ANSA)"), {}},
      {"pt", "Foto: in a gallery", Gallery("pt", "Foto: Lusa"), {}},
      {"ru", "Фото: in a caption", Caption("ru", "Паром у причала. Фото: ТАСС"), {}},
      {"uk", "Фото: in a gallery", Gallery("uk", "Фото: Укрінформ"), {}},
      {"pl", "Fot. in a caption", Caption("pl", "Prom przy nabrzeżu. Fot. PAP/Jan Kowalski"), {}},
      {"nl", "Beeld in a caption", Caption("nl", "De veerboot aan de kade. Beeld ANP"), {}},
      {"tr", "Fotoğraf: in a caption", Caption("tr", "Feribot limanda. (Fotoğraf: AA)"), {}},
      {"ar", "صورة in a caption", Caption("ar", "العبارة في الميناء (صورة: رويترز)"), {}},
      {"zh", "photo credit in a caption", Caption("zh", "渡轮停靠在码头。新华社记者 王小明 摄"), {}},
      {"ja", "写真 in a caption", Caption("ja", "港に停泊するフェリー（写真：共同）"), {}},
      {"ko", "사진= in a caption", Caption("ko", "항구에 정박한 여객선 (사진=연합뉴스)"), {}},
      {"ko", "사진= in a gallery", Gallery("ko", "[사진=연합뉴스]"), {}},
      {"el", "Φωτογραφία: in a caption", Caption("el", "Το πλοίο στο λιμάνι. Φωτογραφία: ΑΠΕ-ΜΠΕ"), {}},
      {"cs", "Foto: in a caption", Caption("cs", "Trajekt v přístavu. Foto: ČTK/Jan Novák"), {}},
      {"sv", "Foto: in a gallery", Gallery("sv", "Foto: TT"), {}},
      {"hu", "Fotó: in a caption", Caption("hu", "A komp a kikötőben. Fotó: MTI/Kovács Péter"), {}},
      {"de", "a picture credit as the last line of the text", Last("de", "Foto: dpa"), {}},
      {"ko", "a picture credit opening the text", First("ko", "(사진=연합뉴스) 여객선이 항구에 정박해 있다."), {}},
  });
}

// The same credits closing the text or standing under a picture inside it, where a
// closing agency tag would be read, and module headings that name an agency.
TEST(WireHardNegativesTest, PictureCreditsAndModuleHeadingsAtTheEndOfTheText) {
  ExpectRows({
      {"en", "agency/photographer under a picture in the text",
       Lead("en", "<div><img src=\"/i/a.jpg\" alt=\"\"><p>Source: Reuters/Jane Doe</p></div>"), {}},
      {"en", "AP Photo closing the text", Last("en", "AP Photo/Jane Doe"), {}},
      {"de", "picture agency and photographer closing the text", Last("de", "Foto: picture alliance/dpa | Jana Muster"), {}},
      {"fr", "copyright and photographer closing the text", Last("fr", "\xC2\xA9 AFP / Jean Dupont"), {}},
      {"es", "agency/photographer closing the text", Last("es", "EFE/Juan Pérez"), {}},
      {"ru", "Фото: closing the text", Last("ru", "Фото: РИА Новости / Иван Петров"), {}},
      {"tr", "Fotoğraf: closing the text", Last("tr", "Fotoğraf: AA"), {}},
      {"ja", "写真 closing the text", Last("ja", "（写真：共同通信）"), {}},
      {"it", "foto closing the text", Last("it", "(foto ANSA)"), {}},
      {"en", "a module heading naming an agency after the text",
       Tail("en", "<h2>More from Reuters</h2><ul><li><a href=\"/a\">Harbour strike ends after long talks</a></li>"
                  "<li><a href=\"/b\">Ferry fares to rise next year</a></li></ul>"), {}},
      {"en", "a follow prompt after the text", Tail("en", "<p>Follow AFP on social media</p>"), {}},
      {"es", "control: agency tag closing the text", Last("es", "(EFE)"), {"EFE"}},
  });
}

// An agency's embedded post and an agency's poll: the post is the agency's own
// text quoted in the article, the poll a figure the article cites.
TEST(WireHardNegativesTest, EmbeddedPostsAndPollsOfAnAgency) {
  ExpectRows({
      {"en", "an embedded post of the agency's account closing the text",
       Tail("en", "<blockquote class=\"twitter-tweet\"><p>Ferry service resumes after the storm.</p>"
                  "\xE2\x80\x94 Reuters (@Reuters) <a href=\"https://social.example/Reuters/status/1\">June 4, 2024</a></blockquote>"), {}},
      {"en", "an embedded post as the last paragraph",
       Last("en", "\xE2\x80\x94 AFP News Agency (@AFP) June 4, 2024"), {}},
      {"en", "an agency's poll opening the text",
       First("en", "A Reuters/Ipsos poll published on Tuesday found that most ferry users back the new timetable."), {}},
      {"en", "an agency's poll closing the text",
       Last("en", "Support for the plan stood at 54%, according to an AP-NORC poll."), {}},
      {"de", "an agency's survey", First("de", "Eine dpa-Umfrage unter den Hafenbetreibern ergab, dass die meisten den Fahrplan begrüßen."), {}},
      {"en", "a video line closing the text", Last("en", "Video: Reuters"), {}},
  });
}

// 3. An agency in a related story's headline, a teaser's link text or a teaser
// card's byline.
TEST(WireHardNegativesTest, RelatedHeadlinesAndTeasers) {
  Page ticker;
  ticker.lead =
      "<div class=\"x9\"><a href=\"/news/2024/06/03/strike\"><span>Harbour strike ends after ten days of talks</span>"
      "<ul><li>By <span class=\"reporter\">REUTERS</span></li><li>06/03/2024 10:08 AM</li></ul></a></div>";
  Page ticker_de;
  ticker_de.lang = "de";
  ticker_de.lead =
      "<div><a href=\"/news/2024/06/03/streik\"><span>Hafenstreik endet nach zehn Tagen Verhandlungen</span>"
      "<span>Von Anna Beispiel, dpa</span></a></div>";
  ExpectRows({
      {"en", "an agency in a related headline", Related("en", "Related", "Reuters poll: most ferry users back the new timetable"), {}},
      {"en", "a teaser card's byline inside its headline link, under the headline", ticker, {}},
      {"de", "a teaser card's byline inside its headline link", ticker_de, {}},
      {"de", "an agency in a related headline", Related("de", "Mehr zum Thema", "dpa-Umfrage: Mehrheit für neuen Fahrplan"), {}},
      {"fr", "an agency in a related headline", Related("fr", "À lire aussi", "Grève au port : l'AFP fait le point"), {}},
      {"es", "an agency in a related headline", Related("es", "Noticias relacionadas", "La agencia EFE cumple 85 años"), {}},
      {"it", "a related headline ending with the agency's tag", Related("it", "Leggi anche", "Sciopero al porto, chiusi i moli (ANSA)"), {}},
      {"ru", "an agency in a related headline", Related("ru", "Читайте также", "ТАСС: паромы возобновят работу"), {}},
      {"pl", "an agency in a related headline", Related("pl", "Czytaj także", "PAP: promy wracają na trasy"), {}},
      {"ja", "an agency in a related headline", Related("ja", "関連記事", "共同通信の世論調査、フェリー新ダイヤに賛成多数"), {}},
      {"zh", "an agency in a related headline", Related("zh", "相关新闻", "新华社记者探访大连港"), {}},
      {"ar", "an agency in a related headline", Related("ar", "أخبار ذات صلة", "رويترز: العبارات تعود للعمل"), {}},
      {"en", "an agency in a teaser's link inside the text",
       Tail("en", "<p>Read more: <a href=\"/news/x\">AP photographers on the storm that closed the port</a></p>"), {}},
  });
}

// 4. The list of sources a fact-check or an explainer gives; a site's footer about
// the services it subscribes to.
TEST(WireHardNegativesTest, SourceListsAndAboutUsFooters) {
  ExpectRows({
      {"en", "a fact-check's list of sources",
       Tail("en", "<h3>Sources</h3><ul><li><a href=\"https://ex.example/a\">Reuters, June 3, 2024: Ferry operator cuts routes</a></li>"
                  "<li><a href=\"https://ex.example/b\">Harbour Board, annual report 2023</a></li>"
                  "<li><a href=\"https://ex.example/c\">AFP, June 2, 2024: Storm closes port</a></li></ul>"), {}},
      {"de", "a fact-check's list of sources",
       Tail("de", "<h3>Quellen</h3><ul><li><a href=\"https://ex.example/a\">dpa-Meldung vom 3. Juni 2024</a></li>"
                  "<li><a href=\"https://ex.example/b\">Hafenbehörde, Jahresbericht 2023</a></li></ul>"), {}},
      {"es", "a fact-check's list of sources",
       Tail("es", "<p>Fuentes consultadas:</p><ul><li><a href=\"https://ex.example/a\">Nota de EFE del 3 de junio de 2024</a></li>"
                  "<li><a href=\"https://ex.example/b\">Autoridad Portuaria, informe anual</a></li></ul>"), {}},
      {"en", "an about-us footer naming the services the site subscribes to",
       SiteFooter("en", "The Harbour Herald is a member of The Associated Press and subscribes to Reuters."), {}},
      {"de", "an about-us footer", SiteFooter("de", "Der Harbour Herald bezieht Nachrichten von dpa, AFP und KNA."), {}},
      {"fr", "an about-us footer", SiteFooter("fr", "Le Harbour Herald est abonné aux dépêches de l'AFP et de Reuters."), {}},
      {"it", "an about-us footer", SiteFooter("it", "Il Harbour Herald utilizza i servizi dell'agenzia ANSA."), {}},
      {"en", "control: a source line closing the text", Last("en", "Source: Reuters"), {"Reuters"}},
  });
}

// 5. An agency's short name that is an ordinary word, a person's name or another
// body's abbreviation: counted only in a credit position (the lexicon's
// "ambiguous" entries), or read as the abbreviation of the name before it.
TEST(WireHardNegativesTest, ShortNamesThatAreOrdinaryWordsOrOtherThings) {
  ExpectRows({
      {"en", "MAP as a heading", Lead("en", "<h2>MAP</h2><p>Where the ferry runs</p>"), {}},
      {"en", "MAP closing the text", Last("en", "Click on the MAP"), {}},
      {"en", "AA batteries", Last("en", "The lamps on the quay run on four AA batteries and last a week."), {}},
      {"en", "Alcoholics Anonymous abbreviated", Last("en", "He said he had found help at Alcoholics Anonymous (AA)."), {}},
      {"en", "RSS as a footer link", Tail("en", "<p><a href=\"/rss\">RSS</a></p>"), {}},
      {"en", "RSS closing the text", Last("en", "RSS"), {}},
      {"en", "a party's abbreviation", Last("en", "The motion was tabled by the Pakistan Tehreek-e-Insaf (PTI)."), {}},
      {"en", "a police force's abbreviation", Last("en", "The arrests were made by the Australian Federal Police (AFP)."), {}},
      {"en", "Trend as a word", Last("en", "Trend"), {}},
      {"en", "Petra as a reporter's signature", Last("en", "Petra"), {}},
      {"en", "ANA the airline", First("en", "ANA said on Monday it would add two daily flights to the island."), {}},
      {"de", "Mehr as the last line", Last("de", "Mehr"), {}},
      {"de", "Mehr zum Thema", Last("de", "Mehr zum Thema"), {}},
      {"de", "Trend in a sentence", Last("de", "Der Trend zu kleineren Fähren hält an, sagte der Sprecher."), {}},
      {"de", "Uni closing the text", Last("de", "Uni"), {}},
      {"id", "antara meaning 'between'", Last("id", "Perundingan antara kedua pihak dilanjutkan pekan depan, kata juru bicara."), {}},
      {"id", "Antara opening a sentence", First("id", "Antara lain, pelabuhan akan menambah dua kapal feri baru."), {}},
      {"id", "control: dateline", First("id", "Jakarta (ANTARA) - Pelabuhan akan menambah dua kapal feri baru pekan depan."), {"Antara"}},
      {"tr", "AA closing a sentence", Last("tr", "Feribot, Türkiye'nin ilk AA sınıfı gemisi olacak."), {}},
      {"tr", "control: AA in the dateline", First("tr", "ANKARA (AA) - Feribot seferleri pazartesi yeniden başlayacak."), {"Anadolu Agency"}},
      {"fr", "MAP in a sentence", Last("fr", "La MAP a publié un communiqué du ministère, selon le porte-parole."), {}},
      {"fr", "control: MAP in the dateline", First("fr", "RABAT (MAP) - Le service de ferry reprendra lundi, a annoncé le port."), {"MAP"}},
      {"ru", "Спутник as a word", Last("ru", "Спутник"), {}},
      {"de", "Mehr as a word", Last("de", "Mehr Informationen gibt es beim Hafenamt."), {}},
      {"es", "Andina as a word", Last("es", "La región andina recibirá dos nuevos transbordadores."), {}},
      {"el", "ΑΠΕ as renewables", Last("el", "Οι ΑΠΕ καλύπτουν πλέον το μισό της ζήτησης στο νησί."), {}},
      {"en", "RSS as an organisation", Last("en", "The RSS held a rally in the city on Sunday."), {}},
      {"en", "PA the state in a dateline", First("en", "HARRISBURG, PA \xE2\x80\x94 The state senate approved the ferry budget late on Friday."), {}},
      {"en", "PA the state closing a signature", Last("en", "Jane Doe, Harrisburg, PA"), {}},
      {"en", "control: PA in the byline slot", []() { Page p; p.byline = "<p class=\"byline\">PA</p>"; return p; }(), {"PA Media"}},
      {"en", "control: PA in a source line", Last("en", "Source: PA"), {"PA Media"}},
      {"en", "a public address system", Last("en", "Announcements were made over the public address (PA) system."), {}},
      {"en", "AP as Andhra Pradesh", First("en", "The AP government said on Monday that two new ferries would join the fleet."), {}},
      {"en", "APP in a promotion after the text", Tail("en", "<p>DOWNLOAD THE APP</p>"), {}},
      {"en", "APP closing the text", Last("en", "Read the full timetable in our APP"), {}},
      {"ja", "共同 as 'joint'", Last("ja", "両国は港湾整備に関する共同声明を発表した。"), {}},
      {"en", "control: RSS in the dateline", First("en", "KATHMANDU, June 4 (RSS): The ferry service on the lake resumes on Monday."), {"RSS"}},
  });
}

// 5a. The same short names closing a text in their own press (outlets.json
// "home_languages"): "(ANTARA)" after an Indonesian text's last sentence, as a line of
// its own or after a source label is the agency's signature, as "(AA)" is in Turkish.
// Outside its home press, inside a sentence as a word, or in another language, the
// form still counts only in a strong position.
// A page whose first and last paragraphs are in `lang` (`prose`), the last one closed
// by `closing` (joined with a space) and the text followed by `tail`: a page's language
// is its declared one only when its text agrees.
Page InOwnProse(const std::string& lang, const std::string& prose, const std::string& closing,
                const std::string& tail = "") {
  Page p;
  p.lang = lang;
  p.first = prose + " " + prose + " " + prose;
  p.last = closing.empty() ? prose : prose + " " + closing;
  p.middle = "<p>" + prose + "</p>";
  p.tail = tail;
  return p;
}

TEST(WireHardNegativesTest, ShortNamesClosingATextInTheirOwnPress) {
  const std::string id =
      "Dewan kota mengatakan bahwa pelabuhan ini akan menambah dua kapal feri yang baru dan itu untuk jalur dari "
      "pulau dengan harga yang tidak naik dalam tahun ini.";
  const std::string es = "El puerto sumará dos transbordadores nuevos la próxima semana, dijo el portavoz del ayuntamiento.";
  const std::string fr = "Le port ajoutera deux nouveaux ferries la semaine prochaine, a indiqué le porte-parole de la ville.";
  const std::string en = "The port will add two new ferries next week, the council's spokesman said on Monday.";
  ExpectRows({
      {"id", "tag closing the last sentence", InOwnProse("id", id, "(ANTARA)"), {"Antara"}},
      {"id", "tag as a line of its own", InOwnProse("id", id, "", "<p>(ANTARA)</p>"), {"Antara"}},
      {"id", "source label joined to the text", InOwnProse("id", id, "Sumber: Antara"), {"Antara"}},
      {"es", "tag closing a Spanish text", InOwnProse("es", es, "(Andina)"), {"Andina"}},
      {"en", "the same tag closing an English text", InOwnProse("en", en, "(ANTARA)"), {}},
      {"en", "the same tag as a line after an English text", InOwnProse("en", en, "", "<p>(ANTARA)</p>"), {}},
      {"id", "antara as a word in parentheses",
       InOwnProse("id", id, "Harga tiket naik (antara lima dan tujuh persen) tahun ini."), {}},
      {"fr", "MAP closing a French text: no home press there", InOwnProse("fr", fr, "(MAP)"), {}},
      {"en", "AA closing an English text", InOwnProse("en", en, "(AA)"), {}},
  });
}

// 5b. The reader's tools a byline slot lines up beside the writer's name: a link
// to the writer's feed or e-mail, whose text is a control's word. An agency's
// abbreviation that is also a web term ("RSS", Nepal's agency) is no credit there
// (own-pool, session 13); the same slot's agency is.
Page BylineWithTools(const std::string& lang, const std::string& name, const std::string& outlet,
                     const std::string& tools) {
  Page p;
  p.lang = lang;
  p.byline = "<div class=\"byline\"><span>" + name + "</span> <span>" + outlet + "</span> <div>" + tools + "</div></div>";
  return p;
}
std::string Tool(const std::string& href, const std::string& text) {
  return "<span><a href=\"" + href + "\"><i></i> " + text + "</a></span> ";
}

TEST(WireHardNegativesTest, ReaderToolsInTheBylineSlot) {
  const std::string en_tools = Tool("https://twitter.com/intent/user?screen_name=janedoe", "Follow on Twitter") +
                               Tool("/author/jane-doe", "Archive") + Tool("mailto:jdoe@harbour-herald.example", "Email") +
                               Tool("https://harbour-herald.example/rss/author/11/jane-doe", "RSS");
  ExpectRows({
      {"en", "the writer's feed link 'RSS' last among the tools",
       BylineWithTools("en", "Jane Doe", "The Harbour Herald", en_tools), {}},
      {"en", "a feed file link 'RSS'",
       BylineWithTools("en", "Jane Doe", "Staff Writer", Tool("/authors/jane-doe.xml", "RSS")), {}},
      {"de", "Autorin mit E-Mail und RSS",
       BylineWithTools("de", "Von Erika Mustermann", "Redakteurin",
                       Tool("mailto:em@hafen.example", "E-Mail") + Tool("/autorin/erika-mustermann/feed/", "RSS")), {}},
      {"fr", "flux de l'auteure",
       BylineWithTools("fr", "Par Marie Dupont", "Journaliste", Tool("feed://port.example/auteurs/marie-dupont", "RSS")),
       {}},
      {"es", "RSS de la autora", BylineWithTools("es", "Por Juana P\xC3\xA9rez", "Redactora",
                                                Tool("/rss/autores/juana-perez", "RSS")), {}},
      {"en", "control: the agency in the same slot", BylineWithTools("en", "Jane Doe", "AFP", en_tools), {"AFP"}},
      {"en", "control: RSS alone in the byline slot, no link",
       []() { Page p; p.byline = "<p class=\"byline\">RSS</p>"; return p; }(), {"RSS"}},
  });
}

// 6. An agency describing itself, and a page about an agency.
TEST(WireHardNegativesTest, AnAgencyDescribingItselfOrThePageAboutIt) {
  Page about_agency;
  about_agency.headline = "The news agency turns 75";
  about_agency.first =
      "The Deutsche Presse-Agentur (dpa) was founded in 1949 and today supplies news to most German newspapers.";
  about_agency.last = "Reuters, the news and media division of Thomson Reuters, has journalists in 200 locations.";
  Page about_agency_de = about_agency;
  about_agency_de.lang = "de";
  about_agency_de.headline = "Die Nachrichtenagentur wird 75";
  about_agency_de.first = "Die dpa wurde 1949 gegründet und beliefert heute fast alle deutschen Zeitungen.";
  about_agency_de.last = "Die Agentur beschäftigt rund 1000 Journalistinnen und Journalisten, teilte die dpa mit.";
  ExpectRows({
      {"en", "an agency's self-description closing the text",
       Last("en", "About AFP: AFP is a global news agency delivering fast, accurate coverage of the events shaping our world."), {}},
      {"en", "an agency's boilerplate after the text",
       Tail("en", "<p>About Reuters</p><p>Reuters, the news and media division of Thomson Reuters, is the world's largest "
                  "multimedia news provider.</p>"), {}},
      {"fr", "an agency's self-description", Last("fr", "À propos de l'AFP : l'AFP est une agence d'information mondiale."), {}},
      {"es", "an agency's self-description", Last("es", "EFE es la primera agencia de noticias en español del mundo."), {}},
      {"en", "a page about two agencies", about_agency, {}},
      {"de", "a page about an agency", about_agency_de, {}},
      {"ru", "a page about an agency", First("ru", "ТАСС было основано в 1904 году и сегодня является крупнейшим агентством страны."), {}},
      {"zh", "a page about an agency", First("zh", "新华社成立于1931年，是中国的国家通讯社。"), {}},
  });
}

// 7. Found by tests/eval/wire_negative_sweep.py (session 12): a picture's credit on
// a line of its own under the picture, a teaser card's byline between the
// paragraphs, a photographer's or a pollster's name beside the agency, and the
// page's own paper whose name opens with an agency's.
Page Middle(const std::string& lang, const std::string& html) {
  Page p;
  p.lang = lang;
  p.middle = html;
  return p;
}
std::string TeaserCard(const std::string& byline_html) {
  return "<div class=\"r5\"><div><a href=\"/news/2024/06/03/quay\">Harbour board approves the new quay at last</a>" +
         byline_html + "</div><div><a href=\"/news/2024/06/02/tolls\">Bridge tolls will rise again in the autumn</a>" +
         "</div></div>";
}
Page OwnSite(const std::string& site_name, const std::string& tail) {
  Page p = Tail("en", tail);
  p.site_name = site_name;
  p.site_footer = "\xC2\xA9 2024 " + site_name + ". All rights reserved.";
  return p;
}

TEST(WireHardNegativesTest, NegativeSweepOfSessionTwelve) {
  const std::string picture = "<p><img src=\"/i/quay.jpg\" alt=\"\"></p>";
  ExpectRows({
      {"fr", "© AFP under a picture after the text", Tail("fr", picture + "<p>\xC2\xA9 AFP</p>"), {}},
      {"ru", "© ТАСС under a picture after the text", Tail("ru", picture + "<p>\xC2\xA9 ТАСС</p>"), {}},
      {"ar", "(رويترز) under a picture between paragraphs", Middle("ar", picture + "<p>(رويترز)</p>"), {}},
      {"ja", "（共同） beside a picture after the text",
       Tail("ja", "<div><img src=\"/i/quay.jpg\" alt=\"\"><span>（共同）</span></div>"), {}},
      {"en", "Jane Doe/Reuters under a picture after the text", Tail("en", picture + "<p>Jane Doe/Reuters</p>"), {}},
      {"en", "a gallery's captions closing with a photographer and agency",
       Gallery("en", "The quay at dawn. Jane Doe/Reuters"), {}},
      {"ar", "a gallery's captions closing with a bracketed tag", Gallery("ar", "الرصيف عند الفجر (رويترز)"), {}},
      {"fr", "control: © AFP closing the text, no picture", Tail("fr", "<p>\xC2\xA9 AFP</p>"), {"AFP"}},
      {"ja", "control: （共同） closing the text", Last("ja", "フェリーは来週月曜日に運航を再開する見通しだ。（共同）"), {"Kyodo"}},
      {"en", "a teaser card's 'By AFP' between the paragraphs",
       Middle("en", TeaserCard("<span class=\"by\">By AFP</span>")), {}},
      {"de", "a teaser card's 'Von dpa' between the paragraphs",
       Middle("de", TeaserCard("<span>Von dpa</span>")), {}},
      {"en", "a teaser card's byline element between the paragraphs",
       Middle("en", TeaserCard("<div class=\"byline\">Jane Doe, Reuters</div>")), {}},
      {"en", "control: the page's own byline slot", []() { Page p; p.byline = "<p class=\"byline\">By AFP</p>"; return p; }(),
       {"AFP"}},
      {"en", "a poll's tag closing a sentence", Last("en", "Support for the new ferry stands at 41 percent (Reuters/Ipsos)."),
       {}},
      {"en", "a photographer and agency closing the text", Tail("en", "<p>Jane Doe/Reuters</p>"), {}},
      {"pl", "control: an editor's initials and the agency", Tail("pl", "<p>aja/PAP</p>"), {"PAP"}},
      {"de", "control: the agency and a regional desk", Last("de", "Die Fähren fahren ab Montag wieder. (dpa/lno)"), {"dpa"}},
      {"en", "the page's own paper, its name opening with an agency's: source line",
       OwnSite("Anadolu Ekspres", "<p>Source: Anadolu Ekspres</p>"), {}},
      {"en", "the page's own paper, its name opening with an agency's: originally published",
       OwnSite("Anadolu Ekspres", "<p>This story was originally published by Anadolu Ekspres.</p>"), {}},
      {"en", "control: the agency on that paper's site", OwnSite("Anadolu Ekspres", "<p>Source: Anadolu Ajansı</p>"),
       {"Anadolu Ajansı"}},
      {"en", "a chart's source: an agency's institute", Tail("en", "<p>Source: Reuters Institute Digital News Report</p>"),
       {}},
      {"de", "a chart's source: an agency's institute (de)", Tail("de", "<p>Quelle: Reuters Institute, Digital News Report</p>"),
       {}},
      {"en", "a chart's source: a poll with an agency's name", Tail("en", "<p>Source: AP-NORC poll of 1,200 adults</p>"), {}},
      {"de", "control: a German compound after the agency", Tail("de", "<p>Quelle: AFP-Bericht</p>"), {"AFP"}},
      {"de", "control: the agency's sub-brand", Tail("de", "<p>Quelle: dpa-AFX</p>"), {"dpa"}},
      {"en", "control: the agency's source line", Tail("en", "<p>Source: Reuters</p>"), {"Reuters"}},
      {"es", "a teaser card's linked snippet opening with its story's dateline",
       Middle("es", "<div><h3><a href=\"/news/2024/06/03/quay\">La junta aprueba el nuevo muelle</a></h3>"
                    "<a href=\"/news/2024/06/03/quay\"><p>MADRID, 3 jun (EFE).- La junta del puerto aprobó el lunes el "
                    "nuevo muelle.</p></a></div>"), {}},
      {"es", "control: the dateline opening the text", First("es", "MADRID, 3 jun (EFE).- La junta del puerto aprobó el "
                                                                   "lunes el nuevo muelle."), {"EFE"}},
      {"en", "control: a source line whose outlet is a link", Tail("en", "<p>Source: <a href=\"https://www.reuters.com/\">"
                                                                         "Reuters</a></p>"), {"Reuters"}},
  });
}

// 8. Left open by the negative sweep of session 12 and settled in session 13: a
// poll's source line whose German compound opens with the pollster's name after the
// slash, whatever follows it (a date).
TEST(WireHardNegativesTest, NegativeSweepOfSessionThirteen) {
  ExpectRows({
      {"de", "a poll's source line: the pollster's compound after the slash",
       Tail("de", "<p>Quelle: Reuters/Ipsos-Umfrage vom Mai 2026</p>"), {}},
      {"de", "a poll's source line: the pollster's compound, no date", Tail("de", "<p>Quelle: AFP/Ifop-Studie</p>"), {}},
      {"de", "control: two agencies after the label", Tail("de", "<p>Quelle: dpa/AFP</p>"), {"dpa", "AFP"}},
      {"de", "control: the agency and a regional desk", Tail("de", "<p>Quelle: dpa/lno</p>"), {"dpa"}},
      {"de", "control: the agency and an agency's sub-brand", Tail("de", "<p>Quelle: Reuters/dpa-AFX</p>"),
       {"Reuters", "dpa"}},
  });
}

}  // namespace
}  // namespace provscore
