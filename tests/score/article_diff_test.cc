#include "score/history/article_diff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "score/pipeline.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

const Pipeline& TestPipeline() { return testing::BuiltinPipeline(); }

// An invented article page. Everything outside <article> is furniture that changes on
// every load: an advert, a "generated at" timestamp, a token, a most-read rail.
struct PageSpec {
  std::string headline = "Harbour board approves plan to widen the northern quay";
  std::string author = "Mara Lindqvist";
  std::string published = "2024-05-06T08:00:00Z";
  std::string modified;
  std::vector<std::string> paragraphs = {
      "The harbour board approved a plan on Tuesday to widen the northern quay so that larger ferries can dock "
      "there from next summer, ending a dispute that has run for three years.",
      "Board members voted seven to two in favour after a meeting that lasted more than four hours, with "
      "fishermen and residents filling the public gallery of the old customs house.",
      "Work is due to start in the spring and will cost about twelve million, most of it paid by the regional "
      "government, the chair of the board told reporters after the vote.",
      "Opponents say the wider quay will bring more traffic through the narrow streets of the old town and "
      "have asked the council to study a second access road before any work begins.",
      "A public consultation on the access road will open next month and run until the end of the summer, "
      "the council said in a statement on its website."};
  std::string advert = "Save 20% on garden furniture this week only";
  std::string generated_at = "Page generated 2024-05-06 10:31:07";
  std::string token = "a81f0c";
  std::string most_read = "Storm closes coastal road for the night";
};

std::string Page(const PageSpec& s) {
  std::string html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + s.headline +
                     " | The Coast Courier</title>";
  html += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          "\"headline\":\"" + s.headline + "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + s.author +
          "\"},\"datePublished\":\"" + s.published + "\"" +
          (s.modified.empty() ? "" : ",\"dateModified\":\"" + s.modified + "\"") + "}</script>";
  html += "<script>window.csrf='" + s.token + "';</script></head><body>";
  html += "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><p class=\"stamp\">" +
          s.generated_at + "</p></header>";
  html += "<div class=\"ad-slot advert\"><a href=\"https://ads.example.net/c?x=" + s.token + "\">" + s.advert +
          "</a></div>";
  html += "<main><article><h1>" + s.headline + "</h1><p class=\"byline\">By " + s.author + "</p>";
  for (const std::string& p : s.paragraphs) html += "<p>" + p + "</p>";
  html += "</article><aside class=\"most-read\"><h2>Most read</h2><ul><li><a href=\"/news/storm\">" + s.most_read +
          "</a></li></ul></aside></main><footer>© The Coast Courier</footer></body></html>";
  return html;
}

ReliabilityProfile Profile(const PageSpec& spec) {
  SourceDocument d;
  d.path = "mem.html";
  d.url = "https://courier.example/news/harbour";
  d.kind = ContentKind::kHtml;
  d.bytes = Page(spec);
  return TestPipeline().Run(d);
}

std::set<std::string> Types(const ArticleDiff& d) {
  std::set<std::string> out;
  for (const ArticleChange& c : d.changes) out.insert(c.type);
  return out;
}

struct DiffCase {
  std::string name;
  std::function<void(PageSpec&)> before;  // applied to the first capture
  std::function<void(PageSpec&)> after;   // applied to the second capture
  std::set<std::string> classes;
  bool silent;
};

void Same(PageSpec&) {}

TEST(ArticleDiffTest, ClassifiesEachScriptedEdit) {
  const std::string wire_first =
      "LONDON (Reuters) - The harbour board approved a plan on Tuesday to widen the northern quay so that larger "
      "ferries can dock there from next summer, ending a dispute that has run for three years.";
  const std::string wire_first_uncredited =
      "LONDON - The harbour board approved a plan on Tuesday to widen the northern quay so that larger "
      "ferries can dock there from next summer, ending a dispute that has run for three years.";
  // The last paragraph with a link to `href` on words it already has.
  auto with_link = [](const std::string& href) {
    return "A public consultation on the access road will open next month and run until the end of the summer, "
           "the council said in <a href=\"" + href + "\">a statement on its website</a>.";
  };
  const DiffCase cases[] = {
      {"identical", Same, Same, {}, false},
      {"ads_timestamps_tokens_only", Same,
       [](PageSpec& s) {
         s.advert = "New electric bikes from 999, order today";
         s.generated_at = "Page generated 2024-05-06 16:02:44";
         s.token = "f00d99";
         s.most_read = "Local team wins the cup after extra time";
       },
       {}, false},
      {"headline", Same, [](PageSpec& s) { s.headline = "Harbour board backs quay plan after long dispute"; },
       {kChangeHeadline}, true},
      {"paragraph_rewritten", Same,
       [](PageSpec& s) {
         s.paragraphs[2] = "Work is due to start in the autumn and will cost about fifteen million, most of it "
                           "paid by the regional government, the chair of the board told reporters after the vote.";
       },
       {kChangeBodyEdited}, true},
      {"paragraph_added", Same,
       [](PageSpec& s) {
         s.paragraphs.insert(s.paragraphs.begin() + 3,
                             "The ferry company welcomed the decision and said it would order two larger vessels "
                             "for the route as soon as the work on the quay is finished.");
       },
       {kChangeParagraphAdded}, true},
      {"paragraph_removed", Same, [](PageSpec& s) { s.paragraphs.erase(s.paragraphs.begin() + 3); },
       {kChangeParagraphRemoved}, true},
      {"paragraph_moved", Same, [](PageSpec& s) { std::swap(s.paragraphs[1], s.paragraphs[3]); },
       {kChangeBodyEdited}, true},
      {"correction_appended_en", Same,
       [](PageSpec& s) {
         s.paragraphs.push_back("Correction: An earlier version of this article gave the wrong cost of the work, "
                                "which is twelve million, not twenty.");
       },
       {kChangeCorrectionAdded}, false},
      {"correction_de_with_edit", Same,
       [](PageSpec& s) {
         s.paragraphs[1] = "Board members voted eight to one in favour after a meeting that lasted more than four "
                           "hours, with fishermen and residents filling the public gallery of the old customs house.";
         s.paragraphs.push_back("Korrektur: In einer früheren Version dieses Artikels stand ein falsches "
                                "Abstimmungsergebnis.");
       },
       {kChangeBodyEdited, kChangeCorrectionAdded}, false},
      {"wire_credit_removed", [&](PageSpec& s) { s.paragraphs[0] = wire_first; },
       [&](PageSpec& s) { s.paragraphs[0] = wire_first_uncredited; },
       {kChangeCreditRemoved, kChangeBodyEdited}, true},
      {"wire_credit_added", [&](PageSpec& s) { s.paragraphs[0] = wire_first_uncredited; },
       [&](PageSpec& s) { s.paragraphs[0] = wire_first; },
       {kChangeCreditAdded, kChangeBodyEdited}, true},
      {"byline", Same, [](PageSpec& s) { s.author = "Tomas Berglund"; }, {kChangeByline}, false},
      {"published_date", Same, [](PageSpec& s) { s.published = "2024-05-07T09:30:00Z"; },
       {kChangePublishedDate}, false},
      {"published_date_same_instant_other_zone", Same,
       [](PageSpec& s) { s.published = "2024-05-06T10:00:00+02:00"; }, {}, false},
      {"modified_date_with_edit", [](PageSpec& s) { s.modified = "2024-05-06T09:00:00Z"; },
       [](PageSpec& s) {
         s.modified = "2024-05-06T15:00:00Z";
         s.paragraphs[4] = "A public consultation on the access road will open in July and run until the end of "
                           "the summer, the council said in a statement on its website.";
       },
       {kChangeBodyEdited, kChangeModifiedDate}, false},
      {"link_added_around_existing_words", Same,
       [](PageSpec& s) {
         s.paragraphs[3] = "Opponents say the wider quay will bring more traffic through the narrow streets of the old "
                           "town and have asked the council to study <a href=\"/council/access-road\">a second "
                           "access road</a> before any work begins.";
       },
       {kChangeLinkAdded}, false},
      {"link_retargeted", [&](PageSpec& s) { s.paragraphs[4] = with_link("https://council.example/consultation#form"); },
       [&](PageSpec& s) { s.paragraphs[4] = with_link("https://council.example/consultation-2024"); },
       {kChangeLinkAdded, kChangeLinkRemoved}, false},
      {"link_fragment_only", [&](PageSpec& s) { s.paragraphs[4] = with_link("/council#top"); },
       [&](PageSpec& s) { s.paragraphs[4] = with_link("/council#news"); }, {}, false},
      {"translation_notice_added", Same,
       [](PageSpec& s) {
         s.paragraphs.push_back("This article has been automatically translated into English by Google Translate from "
                                "Swedish and has not been edited.");
       },
       {kChangeTranslationNotice}, false},
  };
  for (const DiffCase& c : cases) {
    SCOPED_TRACE(c.name);
    PageSpec a, b;
    c.before(a);
    c.before(b);
    c.after(b);
    const ReliabilityProfile pa = Profile(a), pb = Profile(b);
    const ArticleDiff d = DiffArticles({pa.article, pa.signals}, {pb.article, pb.signals});
    EXPECT_EQ(Types(d), c.classes);
    EXPECT_EQ(d.silent_edit, c.silent);
  }
}

TEST(ArticleDiffTest, MovedParagraphIsOneMoveNotARemovalAndAnAddition) {
  PageSpec a, b;
  std::rotate(b.paragraphs.begin() + 1, b.paragraphs.begin() + 2, b.paragraphs.begin() + 5);  // 1 goes last
  const ReliabilityProfile pa = Profile(a), pb = Profile(b);
  const ArticleDiff d = DiffArticles({pa.article, pa.signals}, {pb.article, pb.signals});
  size_t moved = 0;
  for (const ParagraphChange& p : d.paragraphs) {
    EXPECT_NE(p.kind, ParagraphChange::Kind::kAdded);
    EXPECT_NE(p.kind, ParagraphChange::Kind::kRemoved);
    if (p.kind == ParagraphChange::Kind::kMoved) ++moved;
  }
  EXPECT_EQ(moved, 1u);
  EXPECT_EQ(d.words_added, 0u);
  EXPECT_EQ(d.words_removed, 0u);
}

TEST(ArticleDiffTest, EditedParagraphCarriesItsWordDiffAndShare) {
  PageSpec a, b;
  b.paragraphs[2] = "Work is due to start in the autumn and will cost about twelve million, most of it paid by the "
                    "regional government, the chair of the board told reporters after the vote.";
  const ReliabilityProfile pa = Profile(a), pb = Profile(b);
  const ArticleDiff d = DiffArticles({pa.article, pa.signals}, {pb.article, pb.signals});
  ASSERT_TRUE(d.Has(kChangeBodyEdited));
  auto edited = std::find_if(d.paragraphs.begin(), d.paragraphs.end(),
                             [](const ParagraphChange& p) { return p.kind == ParagraphChange::Kind::kEdited; });
  ASSERT_NE(edited, d.paragraphs.end());
  std::vector<std::pair<WordRun::Op, std::string>> runs;
  for (const WordRun& r : edited->words) {
    if (r.op != WordRun::Op::kEqual) runs.emplace_back(r.op, r.text);
  }
  const std::vector<std::pair<WordRun::Op, std::string>> want = {{WordRun::Op::kRemoved, "spring"},
                                                                  {WordRun::Op::kAdded, "autumn"}};
  EXPECT_EQ(runs, want);
  EXPECT_EQ(d.words_added, 1u);
  EXPECT_EQ(d.words_removed, 1u);
  EXPECT_GT(d.share_changed, 0.0);
  EXPECT_LT(d.share_changed, 0.02);
}

// Articles built directly (no extraction): short paragraphs, whose text lives inside
// the string object, and a blank block that is no paragraph.
TEST(ArticleDiffTest, ShortParagraphsAndBlankBlocks) {
  const Article a = testing::BuildArticle({{"Rain today."}, {" "}, {"Wind later."}, {"Sun on Friday."}});
  const Article b = testing::BuildArticle({{"Rain today."}, {"Wind tonight."}, {"Sun on Friday."}});
  const std::vector<Signal> none;
  const ArticleDiff d = DiffArticles({a, none}, {b, none});
  EXPECT_EQ(Types(d), std::set<std::string>{kChangeBodyEdited});
  EXPECT_TRUE(d.silent_edit);
  EXPECT_EQ(d.words_before, 7u);
  EXPECT_EQ(d.words_after, 7u);
  EXPECT_EQ(d.words_added, 1u);
  EXPECT_EQ(d.words_removed, 1u);
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphChange::Kind::kEdited);
  EXPECT_EQ(d.paragraphs[1].before, 1);
  EXPECT_EQ(d.paragraphs[1].after, 1);
}

TEST(DiffWordsTest, MinimalRunsInReadingOrder) {
  struct Case {
    std::string before, after, want;  // want: runs as "=a b", "-c", "+d" joined by " | "
  };
  const Case cases[] = {
      {"", "", ""},
      {"a b c", "a b c", "=a b c"},
      {"", "new words", "+new words"},
      {"old words", "", "-old words"},
      {"the cat sat on the mat", "the dog sat on the mat", "=the | -cat | +dog | =sat on the mat"},
      {"one two three four", "one three four five", "=one | -two | =three four | +five"},
      {"a  b\n\nc", "a b c", "=a b c"},  // whitespace is not a word
      {"台風が接近", "台風が上陸", "=台 風 が | -接 近 | +上 陸"},  // unspaced scripts: one token per character
  };
  for (const Case& c : cases) {
    std::string got;
    for (const WordRun& r : DiffWords(c.before, c.after)) {
      if (!got.empty()) got += " | ";
      got += (r.op == WordRun::Op::kEqual ? "=" : r.op == WordRun::Op::kAdded ? "+" : "-") + r.text;
    }
    EXPECT_EQ(got, c.want) << c.before << " -> " << c.after;
  }
}

// The correction and update notices of rules/corrections.json: one row per phrasing and
// language, read at a paragraph's start; and what must not be read as one.
TEST(CorrectionNoticeTest, NoticesAtParagraphStartInManyLanguages) {
  struct Case {
    std::string paragraph;
    bool notice;
  };
  const Case cases[] = {
      {"Correction: An earlier version of this story misspelled the name of the harbour master.", true},
      {"Update: The board has since confirmed the date of the vote.", true},
      {"An earlier version of this article said the quay would be widened by ten metres.", true},
      {"Editor's note: This story has been updated with comment from the ferry company.", true},
      {"Korrektur: In einer früheren Version hieß es, die Sitzung habe zwei Stunden gedauert.", true},
      {"Rectificatif : une précédente version de cet article indiquait un mauvais montant.", true},
      {"Fe de errores: en una versión anterior se atribuyó la cita a otro concejal.", true},
      {"Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędną datę głosowania.", true},
      {"Поправка: в первоначальной версии материала была указана неверная дата.", true},
      {"Rettifica: in una precedente versione dell'articolo era indicata una cifra errata.", true},
      {"Correção: uma versão anterior deste texto informava um valor errado.", true},
      {"Correctie: in een eerdere versie van dit artikel stond een verkeerd bedrag.", true},
      {"Rättelse: I en tidigare version av denna artikel angavs fel datum.", true},
      {"Düzeltme: Haberin önceki sürümünde oylama tarihi yanlış verilmişti.", true},
      {"Oprava: V předchozí verzi článku bylo uvedeno chybné datum.", true},
      {"Виправлення: у попередній версії статті була помилкова дата.", true},
      {"訂正：当初の記事で日付に誤りがありました。", true},
      // Not notices: a timestamp line, the word inside a sentence, a similar word.
      {"Updated: 6 May 2024 10:31", false},
      {"The board made a correction to the minutes: the vote was seven to two, a member said on Tuesday.", false},
      {"Correctional officers at the harbour prison were not consulted about the plan, their union said.", false},
  };
  for (const Case& c : cases) {
    SourceDocument d;
    d.path = "mem.txt";
    d.kind = ContentKind::kText;
    d.bytes = "The harbour board met on Tuesday to discuss the plan for the northern quay and its cost.\n\n" +
              c.paragraph + "\n";
    const ReliabilityProfile p = TestPipeline().Run(d);
    const bool found = std::any_of(p.signals.begin(), p.signals.end(),
                                   [](const Signal& s) { return s.type == kSignalCorrectionNotice; });
    EXPECT_EQ(found, c.notice) << c.paragraph;
  }
}

TEST(ArticleDiffTest, SecondCorrectionIsAddedEvenWhenTheFirstStays) {
  PageSpec a, b;
  a.paragraphs.push_back("Correction: An earlier version of this article misstated the length of the meeting.");
  b.paragraphs = a.paragraphs;
  b.paragraphs.push_back("Update: The board has since published the full minutes of the meeting.");
  const ReliabilityProfile pa = Profile(a), pb = Profile(b);
  const ArticleDiff d = DiffArticles({pa.article, pa.signals}, {pb.article, pb.signals});
  EXPECT_EQ(Types(d), std::set<std::string>{kChangeCorrectionAdded});
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_NE(d.changes[0].after.find("full minutes"), std::string::npos);
}

}  // namespace
}  // namespace provscore
