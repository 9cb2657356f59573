// The credit conventions of rules/CREDIT-CONVENTIONS.md in the markup and the
// typography sites print them in, read from whole invented pages through the
// extractor and the detectors: a dateline or a tag inside <strong>, <em>, <b> or
// <span>, split across elements, in a paragraph of its own, after a picture's
// caption; no-break, thin and narrow no-break spaces; every dash; agencies in
// capitals, in lower case, several in one tag, in their own script; source lines
// with a trailing link; page data. The hard negatives stand in the same forms:
// picture credits, citations, agencies named in teaser cards, a site's footer.
// Each row names its form; the rows were first run as an audit (the section
// "Markup and typography" of the conventions document lists what failed).
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

constexpr const char* kNbsp = "\xC2\xA0";
constexpr const char* kThin = "\xE2\x80\x89";
constexpr const char* kNarrowNbsp = "\xE2\x80\xAF";
constexpr const char* kFigure =
    "<figure><img src=\"/i/ferry.jpg\" alt=\"\"><figcaption>The ferry at the quay. Photo: Jane Roe</figcaption></figure>";

// The parts of an invented article page. The body is three paragraphs of filler;
// `first` and `last` replace the first and the last of them.
struct PageParts {
  std::string lead;  // between the byline and the first paragraph
  std::string tail;  // after the last paragraph, inside the article
  std::string first = Filler("the budget");
  std::string last = Filler("the ferry line");
  std::string byline = "<p class=\"byline\">By Jane Doe</p>";
  std::string head;  // inside <head>
  std::string lang = "en";
  std::string site = "Valley Courier";
  std::string site_footer = "\xC2\xA9 2024 Valley Courier. All rights reserved.";
};

std::string Page(const PageParts& p) {
  return "<!DOCTYPE html><html lang=\"" + p.lang + "\"><head><title>Ferry service resumes</title>" +
         "<meta property=\"og:site_name\" content=\"" + p.site + "\">" +
         "<link rel=\"canonical\" href=\"https://valley-courier.example/news/2024/06/04/ferry\">" + p.head +
         "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a>"
         "</nav></header><main><article><h1>Ferry service resumes after the storm</h1>" +
         p.byline + p.lead + "<p>" + p.first + "</p><p>" + Filler("the harbour") + "</p><p>" + p.last + "</p>" +
         p.tail + "</article></main><footer><p>About us</p><p>Contact</p><p>" + p.site_footer +
         "</p></footer></body></html>";
}

std::string Canonical(const std::string& alias) {
  const Outlet* o = Rules().outlets().FindByAlias(alias);
  EXPECT_NE(o, nullptr) << alias;
  return o ? Rules().outlets().Canonical(o)->name : "";
}

// The outlets the page credits, and the rules that credited them (to read a failure).
std::set<std::string> CreditedOn(const std::string& html, std::string* rules = nullptr) {
  Result<Article> a = testing::BuiltinExtractor().Extract(html, "https://valley-courier.example/news/2024/06/04/ferry");
  EXPECT_TRUE(a.ok());
  std::set<std::string> out;
  if (!a.ok()) return out;
  for (const Signal& s : DetectorSet::Default().Detect(*a, Rules())) {
    if (s.type != kSignalWireAttribution) continue;
    if (rules) *rules += " " + s.rule;
    if (s.fields.at("role").as_string() == "credit") out.insert(std::string(s.fields.at("outlet").as_string()));
  }
  return out;
}

struct FormCase {
  std::string form;
  PageParts page;
  std::vector<std::string> credited;  // aliases; empty: no credit
};

void ExpectForms(const std::vector<FormCase>& cases) {
  for (const FormCase& c : cases) {
    std::set<std::string> expected;
    for (const std::string& alias : c.credited) expected.insert(Canonical(alias));
    std::string rules;
    EXPECT_EQ(CreditedOn(Page(c.page), &rules), expected) << c.form << "\n  rules:" << rules;
  }
}

PageParts First(const std::string& first, const std::string& lang = "en") {
  PageParts p;
  p.first = first;
  p.lang = lang;
  return p;
}

PageParts Tail(const std::string& tail, const std::string& lang = "en") {
  PageParts p;
  p.tail = tail;
  p.lang = lang;
  return p;
}

PageParts Last(const std::string& last, const std::string& lang = "en") {
  PageParts p;
  p.last = last;
  p.lang = lang;
  return p;
}

const std::string kEnglish =
    "Lawmakers approved the new state budget late on Friday after a long debate about the harbour and the ferry line.";
const std::string kGerman =
    "Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich kürzen, sagte ein Sprecher.";

TEST(WireMarkupFormsTest, DatelinesWithEveryDashAndSpace) {
  std::vector<FormCase> cases;
  for (const std::string& dash : std::initializer_list<std::string>{"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95", ":", ""}) {
    for (const std::string& space : {std::string(" "), std::string(kNbsp), std::string(kThin), std::string(kNarrowNbsp)}) {
      const std::string after = dash.empty() ? "" : dash + space;
      cases.push_back({"dash '" + dash + "', space of " + std::to_string(space.size()) + " bytes",
                       First("SPRINGFIELD, Ill." + space + "(AP)" + space + after + kEnglish), {"AP"}});
      cases.push_back({"German, dash '" + dash + "', space of " + std::to_string(space.size()) + " bytes",
                       First("Berlin" + space + "(dpa)" + space + after + kGerman, "de"), {"dpa"}});
    }
  }
  ExpectForms(cases);
}

TEST(WireMarkupFormsTest, DatelinesInMarkup) {
  std::vector<FormCase> cases;
  for (const std::string& tag : std::vector<std::string>{"strong", "b", "em", "i", "span"}) {
    const std::string open = "<" + tag + ">", close = "</" + tag + ">";
    cases.push_back({"the dateline in " + open, First(open + "SPRINGFIELD, Ill. (AP) \xE2\x80\x94" + close + " " + kEnglish), {"AP"}});
    cases.push_back({"the place in " + open, First(open + "SPRINGFIELD, Ill." + close + " (AP) \xE2\x80\x94 " + kEnglish), {"AP"}});
    cases.push_back({"German dateline in " + open, First(open + "Berlin (dpa) -" + close + " " + kGerman, "de"), {"dpa"}});
  }
  PageParts own_paragraph;
  own_paragraph.lead = "<p>SPRINGFIELD, Ill. (AP) \xE2\x80\x94</p>";
  own_paragraph.first = kEnglish;
  PageParts own_bold = own_paragraph;
  own_bold.lead = "<p><strong>SPRINGFIELD, Ill. (AP)</strong></p>";
  PageParts own_german = own_paragraph;
  own_german.lead = "<p><b>Berlin (dpa)</b></p>";
  own_german.first = kGerman;
  own_german.lang = "de";
  PageParts own_korean = own_paragraph;
  own_korean.lead = "<p>(서울=연합뉴스)</p>";
  own_korean.first = "정부는 4일 항구와 여객선 노선에 대한 새로운 예산안을 발표했다고 밝혔다. 관계자는 이달 말까지 결정이 나올 것이라고 말했다.";
  own_korean.lang = "ko";
  PageParts after_caption = First("SPRINGFIELD, Ill. (AP) \xE2\x80\x94 " + kEnglish);
  after_caption.lead = kFigure;
  PageParts german_after_caption = First("Berlin (dpa) - " + kGerman, "de");
  german_after_caption.lead = kFigure;
  cases.insert(cases.end(), {
      {"the tag in a span", First("SPRINGFIELD, Ill. (<span>AP</span>) \xE2\x80\x94 " + kEnglish), {"AP"}},
      {"split: the place in strong, the tag in em",
       First("<strong>SPRINGFIELD, Ill.</strong> <em>(AP)</em> \xE2\x80\x94 " + kEnglish), {"AP"}},
      {"a paragraph of its own above the text", own_paragraph, {"AP"}},
      {"a bold paragraph of its own, no dash", own_bold, {"AP"}},
      {"German, a bold paragraph of its own", own_german, {"dpa"}},
      {"Korean, a paragraph of its own", own_korean, {"Yonhap"}},
      {"after a picture's caption", after_caption, {"AP"}},
      {"German, after a picture's caption", german_after_caption, {"dpa"}},
  });
  ExpectForms(cases);
}

TEST(WireMarkupFormsTest, DatelineTagsInCapitalsLowerCaseAndSeveral) {
  ExpectForms({
      {"two agencies with a slash", First("BERLIN (AFP/Reuters) - " + kEnglish), {"AFP", "Reuters"}},
      {"two agencies with a comma", First("BERLIN (dpa, AFP) - " + kEnglish), {"dpa", "AFP"}},
      {"two agencies and an editor's desk", First("BERLIN (AP/dpa/red) - " + kEnglish), {"AP", "dpa"}},
      {"an agency in capitals", First("BERLIN (DPA) - " + kEnglish), {"dpa"}},
      {"an agency in lower case", First("BERLIN (afp) - " + kEnglish), {"AFP"}},
      {"an agency's name in capitals", First("BERLIN (REUTERS) - " + kEnglish), {"Reuters"}},
  });
}

TEST(WireMarkupFormsTest, DatelinesInTheAgencysOwnScript) {
  const std::string russian = "Правительство утвердило новый бюджет на следующий год после долгих обсуждений в парламенте.";
  const std::string chinese = "国务院常务会议4日召开，部署进一步推动港口和渡轮航线建设的相关工作，会议由总理主持。";
  ExpectForms({
      {"Russian, the tag in parentheses", First("МОСКВА, 3 марта (ТАСС) \xE2\x80\x94 " + russian, "ru"), {"TASS"}},
      {"Russian, the tag between slashes", First("МОСКВА, 3 марта. /ТАСС/. " + russian, "ru"), {"TASS"}},
      {"Chinese agency dateline", First("新华社北京6月4日电 " + chinese, "zh"), {"Xinhua"}},
      {"Chinese agency dateline in strong", First("<strong>新华社北京6月4日电</strong> " + chinese, "zh"), {"Xinhua"}},
      {"Korean, a no-break space",
       First(std::string("(서울=") + kNbsp + "연합뉴스)" + kNbsp +
                 "정부는 4일 항구와 여객선 노선에 대한 새로운 예산안을 발표했다고 밝혔다. 관계자는 이달 말까지 결정이 나올 것이라고 말했다.",
             "ko"),
       {"Yonhap"}},
      {"Japanese, lenticular brackets",
       First("【ワシントン共同】米政府は4日、港湾とフェリー航路の新しい予算案を発表した。関係者は今月末までに決定が出ると述べた。", "ja"),
       {"Kyodo"}},
  });
  // The same datelines as a paragraph of their own above the text.
  auto own = [](const std::string& lead, const std::string& first, const char* lang) {
    PageParts p = First(first, lang);
    p.lead = "<p>" + lead + "</p>";
    return p;
  };
  const std::string japanese = "米政府は4日、港湾とフェリー航路の新しい予算案を発表した。関係者は今月末までに決定が出ると述べた。";
  ExpectForms({
      {"Russian, slashes, a paragraph of its own", own("МОСКВА, 3 марта. /ТАСС/.", russian, "ru"), {"TASS"}},
      {"Russian, slashes without the full stop, a paragraph of its own", own("МОСКВА, 3 марта /ТАСС/", russian, "ru"),
       {"TASS"}},
      {"Chinese telegraph dateline, a paragraph of its own", own("新华社北京6月4日电", chinese, "zh"), {"Xinhua"}},
      {"Chinese telegraph dateline in strong, a paragraph of its own", own("<strong>新华社北京6月4日电</strong>", chinese, "zh"),
       {"Xinhua"}},
      {"Japanese, lenticular brackets, a paragraph of its own", own("【ワシントン共同】", japanese, "ja"), {"Kyodo"}},
      {"a picture's credit between slashes above the text is no dateline", own("Photo: Jane Doe/AFP/", russian, "ru"), {}},
      {"a date line with no agency above the text is no dateline", own("北京6月4日", chinese, "zh"), {}},
  });
}

TEST(WireMarkupFormsTest, ClosingTagsInMarkup) {
  const std::string last = Filler("the ferry line");
  PageParts after_caption = Tail(std::string(kFigure) + "<p>(dpa)</p>", "de");
  ExpectForms({
      {"a tag closing the last paragraph", Last(last + " (dpa)", "de"), {"dpa"}},
      {"a tag after a no-break space", Last(last + kNbsp + "(dpa)", "de"), {"dpa"}},
      {"a tag after a narrow no-break space", Last(last + kNarrowNbsp + "(dpa)", "de"), {"dpa"}},
      {"a tag in em closing the paragraph", Last(last + " <em>(dpa)</em>", "de"), {"dpa"}},
      {"a tag in strong closing the paragraph", Last(last + " <strong>(dpa)</strong>", "de"), {"dpa"}},
      {"a tag in a paragraph of its own", Tail("<p>(dpa)</p>", "de"), {"dpa"}},
      {"a tag in em in a paragraph of its own", Tail("<p><em>(dpa)</em></p>", "de"), {"dpa"}},
      {"a bare tag in strong", Tail("<p><strong>dpa</strong></p>", "de"), {"dpa"}},
      {"a bare agency in a span", Tail("<p><span>AFP</span></p>"), {"AFP"}},
      {"a tag in capitals in bold", Tail("<p><b>DPA</b></p>", "de"), {"dpa"}},
      {"a tag in lower case", Tail("<p>afp</p>"), {"AFP"}},
      {"a tag with an editor's initials", Tail("<p>dpa/xy</p>", "de"), {"dpa"}},
      {"initials in em", Tail("<p><em>dpa/xy</em></p>", "de"), {"dpa"}},
      {"two agencies with a slash", Tail("<p>AFP/Reuters</p>"), {"AFP", "Reuters"}},
      {"two agencies with a comma", Tail("<p>dpa, AFP</p>", "de"), {"dpa", "AFP"}},
      {"two agencies and a desk in parentheses", Tail("<p>(AP/dpa/red)</p>", "de"), {"AP", "dpa"}},
      {"two agencies and a desk closing the paragraph", Last(last + " (AP/dpa/red)", "de"), {"AP", "dpa"}},
      {"two church agencies closing the paragraph", Last(last + " (epd/KNA)", "de"), {"epd", "KNA"}},
      {"an em dash before the agency", Tail("<p>\xE2\x80\x94 AFP</p>"), {"AFP"}},
      {"a horizontal bar before the agency", Tail("<p>\xE2\x80\x95 AFP</p>"), {"AFP"}},
      {"a dash and the agency after the last sentence", Last(last + " \xE2\x80\x94 AFP"), {"AFP"}},
      {"the same with no-break spaces", Last(last + kNbsp + "\xE2\x80\x94" + kNbsp + "AFP"), {"AFP"}},
      {"after the reporter's signature", Tail("<p>Jane Doe</p><p>(dpa)</p>", "de"), {"dpa"}},
      {"initials after the reporter's signature", Tail("<p>Jane Doe</p><p>dpa/xy</p>", "de"), {"dpa"}},
      {"a bare agency under a module's heading is a teaser's label",
       Tail("<p>Most Popular</p><p>AFP</p><ul><li><a href=\"/a\">Harbour strike ends after ten days of talks</a></li></ul>"), {}},
      {"after a picture's caption", after_caption, {"dpa"}},
      {"in an <address> after the text", Tail("<address>dpa</address>", "de"), {"dpa"}},
      {"a source line in a <footer> after the text", Tail("<footer><p>Source: Reuters</p></footer>"), {"Reuters"}},
      {"Japanese, the tag after the last full stop",
       Last("政府は4日、港湾とフェリー航路の新しい予算案を発表した。関係者は今月末までに決定が出ると述べた。（共同）", "ja"), {"Kyodo"}},
      {"Russian, a copyright sign and the agency", Tail("<p>(с) ТАСС</p>", "ru"), {"TASS"}},
      {"a bare tag after the last sentence", Last(last + " PTI"), {"PTI"}},
      {"a bare tag in strong after the last sentence", Last(last + " <strong>PTI</strong>"), {"PTI"}},
      {"'mit dpa' in a paragraph of its own", Tail("<p>(mit dpa)</p>", "de"), {"dpa"}},
      {"'mit dpa' closing the paragraph", Last(last + " (mit dpa)", "de"), {"dpa"}},
      {"'Mit Material von' in em", Tail("<p><em>Mit Material von dpa</em></p>", "de"), {"dpa"}},
      {"'Avec AFP' in italics", Tail("<p><i>Avec AFP</i></p>", "fr"), {"AFP"}},
      {"'avec AFP' with a no-break space", Tail(std::string("<p>(avec") + kNbsp + "AFP)</p>", "fr"), {"AFP"}},
      {"'Con EFE'", Tail("<p>Con EFE</p>", "es"), {"EFE"}},
      {"an agency's copyright in small print", Tail("<p><small>\xC2\xA9 2024 The Canadian Press</small></p>"),
       {"The Canadian Press"}},
      {"an agency's copyright with no-break spaces", Tail(std::string("<p>\xC2\xA9") + kNbsp + "2024" + kNbsp + "AFP</p>"),
       {"AFP"}},
      {"a bare agency copyright", Tail("<p>\xC2\xA9 AFP</p>"), {"AFP"}},
      {"'With files from' in em", Tail("<p><em>With files from The Canadian Press</em></p>"), {"The Canadian Press"}},
      {"'With files from' in strong after a dash", Tail("<p><strong>\xE2\x80\x94 With files from Reuters</strong></p>"),
       {"Reuters"}},
      {"the agency's writer contributed, in italics",
       Tail("<p><i>Associated Press writer John Roe in Paris contributed to this report.</i></p>"), {"AP"}},
      {"Reuters' signature", Tail("<p>(Reporting by Jane Doe; Editing by John Roe)</p>"), {"Reuters"}},
  });
}

TEST(WireMarkupFormsTest, SourceLinesInMarkupInEveryLanguage) {
  struct Language {
    const char* lang;
    const char* word;
    const char* name;     // as printed
    const char* alias;    // the lexicon's
  };
  const Language languages[] = {
      {"en", "Source", "Reuters", "Reuters"},      {"de", "Quelle", "dpa", "dpa"},
      {"it", "Fonte", "ANSA", "ANSA"},             {"pt", "Fonte", "Agência Lusa", "Lusa"},
      {"es", "Fuente", "EFE", "EFE"},              {"pl", "Źródło", "PAP", "PAP"},
      {"ru", "Источник", "Интерфакс", "Interfax"}, {"uk", "Джерело", "Укрінформ", "Ukrinform"},
      {"hr", "Izvor", "Hina", "HINA"},             {"tr", "Kaynak", "Anadolu Ajansı", "Anadolu Agency"},
      {"ar", "المصدر", "رويترز", "Reuters"},       {"fa", "منبع", "ایرنا", "IRNA"},
      {"hi", "स्रोत", "PTI", "PTI"},               {"nl", "Bron", "ANP", "ANP"},
      {"da", "Kilde", "Ritzau", "Ritzau"},         {"sv", "Källa", "TT", "TT"},
      {"fi", "Lähde", "STT", "STT"},               {"cs", "Zdroj", "ČTK", "ČTK"},
      {"hu", "Forrás", "MTI", "MTI"},              {"ro", "Sursa", "Agerpres", "Agerpres"},
      {"el", "Πηγή", "ΑΠΕ-ΜΠΕ", "ANA-MPA"},        {"id", "Sumber", "Antara", "Antara"},
      {"vi", "Nguồn", "TTXVN", "VNA"},             {"ja", "出典", "時事通信", "Jiji"},
      {"ko", "출처", "연합뉴스", "Yonhap"},        {"zh", "来源", "新华社", "Xinhua"},
      {"bg", "Източник", "БТА", "BTA"},            {"fr", "Source", "AFP", "AFP"},
  };
  std::vector<FormCase> cases;
  for (const Language& l : languages) {
    const std::string lang = l.lang, word = l.word, name = l.name;
    const std::string colon = lang == "ja" || lang == "zh" ? "\xEF\xBC\x9A" : ":";
    const std::vector<std::string> credited = {l.alias};
    cases.push_back({lang + ": plain", Tail("<p>" + word + colon + " " + name + "</p>", lang), credited});
    cases.push_back({lang + ": the outlet as a link",
                     Tail("<p>" + word + colon + " <a href=\"https://agency.example/\">" + name + "</a></p>", lang), credited});
    cases.push_back({lang + ": the word in strong", Tail("<p><strong>" + word + colon + "</strong> " + name + "</p>", lang),
                     credited});
    cases.push_back({lang + ": the line in em", Tail("<p><em>" + word + colon + " " + name + "</em></p>", lang), credited});
    cases.push_back({lang + ": no-break spaces around the colon",
                     Tail("<p>" + word + kNbsp + colon + kNbsp + name + "</p>", lang), credited});
    cases.push_back({lang + ": word and outlet in spans of their own",
                     Tail("<p><span>" + word + colon + "</span><span>" + name + "</span></p>", lang), credited});
  }
  ExpectForms(cases);
}

TEST(WireMarkupFormsTest, BylinesInMarkup) {
  auto byline = [](const std::string& html) {
    PageParts p;
    p.byline = html;
    return p;
  };
  ExpectForms({
      {"name, agency", byline("<p class=\"byline\">By Jane Doe, Associated Press</p>"), {"AP"}},
      {"the name linked, the agency in strong",
       byline("<p class=\"byline\">By <a href=\"/a/jd\">Jane Doe</a>, <strong>Associated Press</strong></p>"), {"AP"}},
      {"no-break spaces in the agency's name",
       byline(std::string("<p class=\"byline\">By Jane Doe,") + kNbsp + "Associated" + kNbsp + "Press</p>"), {"AP"}},
      {"'By' and the agency in bold", byline("<p class=\"byline\">By <b>Reuters</b></p>"), {"Reuters"}},
      {"name, a bar, the agency", byline("<p class=\"byline\">Jane Doe | AFP</p>"), {"AFP"}},
      {"German, the name in bold", byline("<p class=\"byline\">Von <b>Jane Doe</b>, dpa</p>"), {"dpa"}},
      {"French, the site's writer with the agency", byline("<p class=\"byline\">Par Jane Doe avec AFP</p>"), {"AFP"}},
      // The byline slot without byline markup: name and agency in elements of
      // their own between the headline and the text, read as one line.
      {"no byline markup: name and agency, then the date",
       byline("<div><div><span>Jane Doe</span> <span>Associated Press</span></div>"
              "<div>Published 11:34 PM EST Jun 4, 2024</div></div>"),
       {"AP"}},
      {"no byline markup: the paper's wire services",
       byline("<div><div><span></span> <span>Valley Courier wire services</span></div>"
              "<div>Published 11:11 PM EST Jun 4, 2024</div></div>"),
       {"Agencies"}},
      {"no byline markup: a picture's credit with a comma is no byline",
       byline("<div><div><span>Jane Doe, AP</span></div><div>Published 11:34 PM EST Jun 4, 2024</div></div>"), {}},
      {"no byline markup: a section link named 'The Wires' is no credit",
       byline("<div><a href=\"/wires\">The Wires</a></div><div><span>Jane Doe</span></div>"), {}},
  });
}

// Forms probed after the audit, each a convention of its press: Korean agencies'
// square and lenticular brackets, the site with an agency in the byline slot
// without "By", a source word without a colon, the CNN Wire's copyright line, an
// Indian agency's tag with the editors' initials on the next line.
TEST(WireMarkupFormsTest, MoreFormsOfThePress) {
  const std::string korean = "정부는 4일 항구와 여객선 노선에 대한 새로운 예산안을 발표했다고 밝혔다. 관계자는 이달 말까지 결정이 나올 것이라고 말했다.";
  auto byline = [](const std::string& html, const std::string& lang, const std::string& site = "Valley Courier") {
    PageParts p;
    p.byline = html;
    p.lang = lang;
    p.site = site;
    return p;
  };
  PageParts europa_press = First("El Gobierno aprobó el nuevo presupuesto del Estado tras un largo debate sobre el puerto.", "es");
  europa_press.lead = "<p>MADRID, 4 (EUROPA PRESS)</p>";
  PageParts caption_source = Tail(std::string(kFigure).replace(std::string(kFigure).find("Photo: Jane Roe"), 15, "Source AFP"), "fr");
  ExpectForms({
      {"Korean, lenticular brackets", First("【서울=뉴시스】 " + korean, "ko"), {"Newsis"}},
      {"Korean, square brackets", First("[서울=뉴스1] " + korean, "ko"), {"News1"}},
      {"the site with the agency, no 'Par'", byline("<p class=\"byline\">Le Figaro avec AFP</p>", "fr", "Le Figaro"), {"AFP"}},
      {"the desk with the agency, no markup", byline("<div>La rédaction avec AFP</div>", "fr"), {"AFP"}},
      {"the site with agencies", byline("<p class=\"byline\">Euronews with Agencies</p>", "en", "Euronews"), {"Agencies"}},
      {"a source word without a colon", Tail("<p>Source AFP</p>", "fr"), {"AFP"}},
      {"a source word without a colon, German", Tail("<p><em>Quelle dpa</em></p>", "de"), {"dpa"}},
      {"a source word without a colon under a picture is its credit", caption_source, {}},
      {"a source word and a newspaper without a colon", Tail("<p>Source Valley Herald</p>", "en"), {}},
      {"the CNN Wire's line",
       Tail("<p>The-CNN-Wire\u2122 & \xC2\xA9 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights "
            "reserved.</p>"),
       {"CNN"}},
      {"an agency's tag with a dash, the editors' initials after a line break", Tail("<p>--IANS<br>jd/ab</p>"), {"IANS"}},
      {"a date alone in the place of the dateline", First("June 4 (Reuters) - " + kEnglish), {"Reuters"}},
      {"an agency's date number and tag in a paragraph of its own", europa_press, {"Europa Press"}},
      {"the agency, a bar and a date with a comma, no byline markup", byline("<div>Reuters | June 4, 2024</div>", "en"),
       {"Reuters"}},
      {"a section link named after an agency between the headline and the text",
       byline("<div><a href=\"/afp\">AFP</a></div><div><a href=\"/world\">World</a></div>", "en"), {}},
  });
}

// Closing lines of more presses: the generic "with agencies" in several
// languages, a "Text:" credit, the Swiss agency's capitals, the Associated Press's
// member exchange lines, a closing "Additional reporting by", a copyright in
// parentheses.
TEST(WireMarkupFormsTest, MoreClosingLinesOfThePress) {
  ExpectForms({
      {"German, with agency material", Tail("<p>Mit Agenturmaterial</p>", "de"), {"Agencies"}},
      {"German, with agencies in parentheses", Tail("<p>(mit Agenturen)</p>", "de"), {"Agencies"}},
      {"French, with agencies", Tail("<p>Avec agences</p>", "fr"), {"Agencies"}},
      {"Spanish, the desk with agencies", Tail("<p>Redacción con agencias</p>", "es"), {"Agencies"}},
      {"Spanish, with information from agencies", Tail("<p>Con información de agencias</p>", "es"), {"Agencies"}},
      {"Portuguese, with agencies", Tail("<p>Com agências</p>", "pt"), {"Agencies"}},
      {"Italian, with agencies in parentheses", Tail("<p>(con agenzie)</p>", "it"), {"Agencies"}},
      {"German, 'Text:' and the agency", Tail("<p>Text: dpa</p>", "de"), {"dpa"}},
      {"Swiss agency in capitals with another", Tail("<p>ATS/AFP</p>", "fr"), {"Keystone-SDA", "AFP"}},
      {"the member exchange's source line",
       Tail("<p>Information from: The Boston Globe, http://www.bostonglobe.com</p>"), {"The Boston Globe"}},
      {"the member exchange's closing line", Tail("<p>This is an AP Member Exchange shared by The Boston Globe.</p>"),
       {"AP", "The Boston Globe"}},
      {"English, 'With' and the agency after a dash", Tail("<p>\xE2\x80\x94 With AP</p>"), {"AP"}},
      {"additional reporting by an agency", Tail("<p>Additional reporting by Reuters</p>"), {"Reuters"}},
      {"reporting by an agency, the editor named", Tail("<p>Reporting by Reuters; editing by Jane Doe</p>"), {"Reuters"}},
      {"an agency's copyright in parentheses", Tail("<p>(\xC2\xA9NTB)</p>", "no"), {"NTB"}},
      {"Catalan agency's abbreviation", Tail("<p>(ACN)</p>", "ca"), {"Agència Catalana de Notícies"}},
      {"the agency and the site's own domain", Tail("<p>ČTK, PostaPraha.cz</p>", "cs"), {"ČTK"}},
      {"the site's own domain alone is no credit", Tail("<p>PostaPraha.cz</p>", "cs"), {}},
      {"additional reporting by a person is no credit", Tail("<p>Additional reporting by Jane Doe</p>"), {}},
      {"a sentence with agencies is no credit line",
       Tail("<p>The ministry said it had shared the figures with the agencies.</p>"), {}},
  });
}

std::string JsonLd(const std::string& fields) {
  return "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
         "\"headline\": \"Ferry service resumes after the storm\", " + fields + "}</script>";
}

TEST(WireMarkupFormsTest, PageDataNamesTheAgency) {
  auto head = [](const std::string& html) {
    PageParts p;
    p.head = html;
    return p;
  };
  ExpectForms({
      {"JSON-LD author, an agency as an Organization", head(JsonLd(R"("author": {"@type": "Organization", "name": "AFP"})")),
       {"AFP"}},
      {"JSON-LD authors, a person and an agency",
       head(JsonLd(R"("author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}])")),
       {"Reuters"}},
      {"JSON-LD sourceOrganization", head(JsonLd(R"("sourceOrganization": {"@type": "Organization", "name": "dpa"})")),
       {"dpa"}},
      {"JSON-LD provider", head(JsonLd(R"("provider": {"@type": "Organization", "name": "Associated Press"})")), {"AP"}},
      {"JSON-LD isBasedOn, the original's address", head(JsonLd(R"("isBasedOn": "https://apnews.com/article/ferry-123")")),
       {"AP"}},
      {"JSON-LD isBasedOn, the original's publisher",
       head(JsonLd(R"("isBasedOn": {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Reuters"}})")),
       {"Reuters"}},
      {"JSON-LD, the article in a @graph",
       head(R"(<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, )"
            R"({"@type": "NewsArticle", "headline": "Ferry", "author": {"@type": "Organization", "name": "AFP"}}]}</script>)"),
       {"AFP"}},
      {"a data layer's author",
       head(R"(<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"author": "AFP", "section": "news"});</script>)"),
       {"AFP"}},
      {"an app configuration's source agency",
       head(R"(<script>window.__CONFIG__ = {"article": {"id": 3, "sourceAgency": "dpa", "title": "x"}};</script>)"), {"dpa"}},
      {"an app state's agency object",
       head(R"(<script>window.__INITIAL_STATE__ = {"article": {"agency": {"id": 3, "name": "ANSA"}}};</script>)"), {"ANSA"}},
      {"a <meta> source", head(R"(<meta name="source" content="dpa">)"), {"dpa"}},
      {"a <meta> author naming the person and the agency", head(R"(<meta name="author" content="Jane Doe, Reuters">)"),
       {"Reuters"}},
      {"JSON-LD author, the agency in parentheses after the person",
       head(JsonLd(R"j("author": {"@type": "Person", "name": "Jane Doe (AP)"})j")), {"AP"}},
      {"JSON-LD author, the agency after a comma",
       head(JsonLd(R"("author": {"@type": "Person", "name": "Jane Doe, Reuters"})")), {"Reuters"}},
      {"JSON-LD copyrightHolder, an agency", head(JsonLd(R"("copyrightHolder": {"@type": "Organization", "name": "AFP"})")),
       {"AFP"}},
      {"a <meta> author naming the person and a newspaper is the page's byline",
       head(R"(<meta name="author" content="Jane Doe, Valley Herald">)"), {}},
      {"JSON-LD author with a job title", head(JsonLd(R"("author": {"@type": "Person", "name": "Jane Doe, Staff Writer"})")), {}},
      {"a configuration's bare 'source' (mostly a picture's credit) is not read",
       head(R"(<script>window.__CONFIG__ = {"article": {"id": 3, "source": "dpa", "title": "x"}};</script>)"), {}},
  });
}

// A "By" line under the headline with no byline markup (meaningless class names,
// the date and the share buttons in elements of their own) is the byline slot a
// reader sees: its agency is credited like a slot named for it. The same line
// inside a teaser card's headline link signs the teaser (the hard negatives in
// tests/score/wire_hard_negatives_test.cc).
TEST(WireMarkupFormsTest, ABylineLineWithoutBylineMarkup) {
  auto byline = [](const std::string& html, const std::string& lang = "en") {
    PageParts p;
    p.byline = html;
    p.lang = lang;
    return p;
  };
  ExpectForms({
      {"name and agency, a date and share buttons beside it",
       byline("<div class=\"x3\"><div class=\"x4\"><span>By Jane Doe, Reuters</span></div><div class=\"x5\">1 day ago</div>"
              "<div class=\"x6\"><a href=\"https://social.example/share\">Share</a></div></div>"),
       {"Reuters"}},
      {"name and agency, then the date in a span", byline("<div class=\"x3\"><span>By Jane Doe, Reuters</span> <span>4 June 2024</span></div>"),
       {"Reuters"}},
      {"German: name and agency", byline("<div class=\"x3\"><span>Von Anna Beispiel, dpa</span></div>", "de"), {"dpa"}},
      {"a person alone credits no one", byline("<div class=\"x3\"><span>By Jane Doe</span> <span>4 June 2024</span></div>"), {}},
  });
}

// The byline slot's label ("Article by:", "Story by") before the name and the agency
// on one line, in capitals or not, also with the label on a line of its own; and a
// byline printed as the text's own lines, "By" and the names over the news service
// that supplied the story, wherever the body reads it from (here under a fact box and
// a list the extractor keeps).
TEST(WireMarkupFormsTest, ABylineLabelAndTheServiceOnTheLineBelowTheNames) {
  auto byline = [](const std::string& html) {
    PageParts p;
    p.byline = html;
    return p;
  };
  const std::string box =
      "<div class=\"x7\"><h2>What to keep in mind at the quay:</h2><p>" + Filler("the ferry timetable") + "</p><ul><li>" +
      Filler("the tide tables") + "</li><li>" + Filler("the harbour fees") + "</li></ul></div>";
  auto lines = [&box](const std::string& html) {
    PageParts p;
    p.byline.clear();
    p.lead = box + html;
    return p;
  };
  ExpectForms({
      {"'Article by:', the name and the agency in capitals",
       byline("<ul class=\"x3\"><li>Article by: JANE DOE ASSOCIATED PRESS</li><li>Updated: June 4, 2024 - 12:24 AM</li></ul>"),
       {"AP"}},
      {"'Story by' on a line of its own over the name and the agency",
       byline("<div class=\"x3\"><span>Story by:</span><br><span>Jane Doe Reuters</span></div><div>June 4, 2024</div>"),
       {"Reuters"}},
      {"'Written by', the name and the agency's full name",
       byline("<div class=\"x3\">Written by Jane Doe Agence France-Presse</div><div>June 4, 2024</div>"), {"AFP"}},
      {"in the byline slot with the date after it",
       byline("<div class=\"byline\"><span>Article by: JANE DOE ASSOCIATED PRESS</span> <time>June 4, 2024</time></div>"),
       {"AP"}},
      {"a picture's label with the agency is no byline",
       byline("<ul class=\"x3\"><li>Photo by: JANE DOE ASSOCIATED PRESS</li><li>Updated: June 4, 2024</li></ul>"), {}},
      {"the label before the page's own paper is no credit",
       byline("<ul class=\"x3\"><li>Article by: JANE DOE VALLEY COURIER</li><li>Updated: June 4, 2024</li></ul>"), {}},
      {"the names in capitals over a paper's news service",
       lines("<p>By JANE DOE</p><p>The New York Times News Service</p>"), {"The New York Times News Service"}},
      {"two names over the agency", lines("<p>By Jane Doe and John Roe</p><p>Associated Press</p>"), {"AP"}},
      {"the names over a news service without 'The'", lines("<p>By JANE DOE</p><p>Tribune News Service</p>"),
       {"Tribune News Service"}},
      {"German: the name over the agency's full name",
       [&] {
         PageParts p = lines("<p>Von Anna Beispiel</p><p>Deutsche Presse-Agentur</p>");
         p.lang = "de";
         return p;
       }(),
       {"dpa"}},
      {"the names over the page's own paper", lines("<p>By Jane Doe</p><p>Valley Courier</p>"), {}},
      {"the names over a sentence that opens with the agency",
       lines("<p>By Jane Doe</p><p>Associated Press reporters saw the ferry leave the quay on Monday morning.</p>"), {}},
      {"a picture's caption of a name over the agency",
       lines("<figure><img src=\"/i/quay.jpg\" alt=\"\"><figcaption>By Jane Doe<br>Associated Press</figcaption></figure>"), {}},
      {"a teaser card's byline between the paragraphs",
       First(Filler("the budget") + "</p><aside><a href=\"/news/2024/06/03/strike\">Harbour strike ends after ten days of "
             "talks</a><p>By Jane Doe</p><p>Associated Press</p></aside><p>" + Filler("the quay")),
       {}},
  });
}

TEST(WireMarkupFormsTest, HardNegativesInTheSameForms) {
  auto figure = [](const std::string& credit) {
    std::string f = kFigure;
    f.replace(f.find("Photo: Jane Roe"), 15, credit);
    return f;
  };
  auto lead = [](const std::string& html) {
    PageParts p;
    p.lead = html;
    return p;
  };
  PageParts site_notice;
  site_notice.site_footer =
      "\xC2\xA9 2024 Valley Courier. Associated Press articles: Copyright \xC2\xA9 2024 The Associated Press. All rights reserved.";
  PageParts licence_notice;
  licence_notice.site_footer = "Contains material from AFP, Reuters and dpa under licence.";
  PageParts own_paper = First("LONDON (The Guardian) \xE2\x80\x94 " + kEnglish);
  own_paper.site = "The Guardian";
  PageParts own_agency = First("LONDON (Reuters) - " + kEnglish);
  own_agency.site = "Reuters";
  std::vector<FormCase> cases = {
      {"'Photo: AP' in a caption", lead(figure("Photo: AP")), {}},
      {"'Foto: dpa' in a caption", lead(figure("Foto: dpa")), {}},
      {"'\xC2\xA9 AFP' in a caption", lead(figure("\xC2\xA9 AFP")), {}},
      {"'(Foto: Reuters)' in a caption", lead(figure("(Foto: Reuters)")), {}},
      {"'\xC2\xA9 AFP' under a picture after the text", Tail(figure("\xC2\xA9 AFP")), {}},
      {"'(AP Photo/Jane Roe)' under a picture after the text", Tail(figure("(AP Photo/Jane Roe)")), {}},
      {"an agency in small print under a picture",
       lead("<div class=\"pic\"><img src=\"/i/a.jpg\" alt=\"\"><small>AFP</small></div>"), {}},
      {"'Foto: dpa' in a span under a picture", lead("<div><img src=\"/i/a.jpg\" alt=\"\"><span>Foto: dpa</span></div>"), {}},
      {"a caption ending with its credit in a paragraph above the text",
       lead("<div><img src=\"/i/a.jpg\" alt=\"\"></div><p>Jane Doe at the quay (AFP)</p>"), {}},
      {"a short caption of a name and its credit above the text",
       lead("<div><img src=\"/i/a.jpg\" alt=\"\"></div><p>Jane Doe (AFP)</p>"), {}},
      {"'Photo: Reuters' in a paragraph under a picture after the text",
       Tail("<div><img src=\"/i/b.jpg\" alt=\"\"></div><p>Photo: Reuters</p>"), {}},
      {"a teaser card's source label after the text",
       Tail("<aside><a href=\"/news/other-story\">Harbour strike ends after ten days of talks</a><span>Reuters</span></aside>"), {}},
      {"a teaser card's source label between paragraphs",
       lead("<aside><a href=\"/news/other-story\">Harbour strike ends after ten days of talks</a><p>AFP</p></aside>"), {}},
      {"an agency in a teaser's link text",
       Tail("<p>Read more: <a href=\"/news/x\">Reuters: ferry operator files for insolvency</a></p>"), {}},
      {"a list of teasers with source labels",
       Tail("<section><h2>More news</h2><ul><li><a href=\"/a\">Harbour strike ends after long talks</a> <span>AFP</span></li>"
            "<li><a href=\"/b\">Ferry fares to rise next year</a> <span>dpa</span></li></ul></section>"), {}},
      {"a site-wide notice about the agency's articles", site_notice, {}},
      {"a site's footer naming the agencies it licenses", licence_notice, {}},
      {"the page's own paper in a dateline", own_paper, {}},
      // The corpus rulings credit an agency's story on the agency's own site.
      {"the page's own agency in a dateline", own_agency, {"Reuters"}},
  };
  const std::pair<const char*, std::string> citations[] = {
      {"told Reuters", "The mayor told Reuters that the ferry would resume service on Monday after the repairs."},
      {"according to AFP", "According to AFP, the ferry will resume service on Monday after the repairs to the quay."},
      {"AFP reported", "AFP reported on Monday that the ferry would resume service after the repairs to the quay."},
      {"laut dpa", "Laut dpa soll die Fähre am Montag nach den Reparaturen am Kai wieder fahren, hieß es."},
      {"a citation in strong",
       "<strong>As Reuters first reported</strong>, the ferry will resume service on Monday after repairs."},
      {"an agency opening a sentence", "Reuters reported on Monday that the ferry would resume service after the repairs."},
      {"the agency's name and its abbreviation in parentheses",
       "The ferry will resume service on Monday, according to Agence France-Presse (AFP)."},
      {"the agency's inflected name and its abbreviation",
       "Die Fähre soll am Montag wieder fahren, berichtet die Deutschen Presse-Agentur (dpa)."},
      {"the agency's name and its abbreviation, no full stop",
       "The ferry will resume service on Monday, as first reported by The Associated Press (AP)"},
  };
  for (const auto& [form, sentence] : citations) {
    cases.push_back({std::string("a citation opening the text: ") + form, First(sentence), {}});
    cases.push_back({std::string("a citation closing the text: ") + form, Last(sentence), {}});
  }
  ExpectForms(cases);
}

}  // namespace
}  // namespace provscore
