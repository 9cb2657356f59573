// Capture history end to end, the way a user gets it (issue 13, "done when"): `provscore
// watch --once` follows a local site's RSS feed, *discovers* two articles in it (one in
// English, one in French) and re-captures them on their re-capture schedule while the
// site edits them, one scripted edit per run; then `history` (text, --json, --html)
// must name every edit with its change class, and nothing for a change in the adverts
// and the page's render timestamp only. The schedule runs in seconds: the feed's
// re-capture offsets are 1 s apart and the test waits a little over a second between
// runs (CDXJ timestamps have second precision). Every sentence, name and page is
// invented.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "../fetch/fetch_test_util.h"
#include "../fetch/test_server.h"
#include "reports/history_page.h"
#include "tests/cli/run_cli.h"
#include "tests/read_file.h"
#include "tests/reports/html_checks.h"

namespace provscore {
namespace {

using fetch::testing::TempDir;
using fetch::testing::TestConnection;
using fetch::testing::TestRequest;
using fetch::testing::TestServer;
using testing::RunCli;
using testing::RunResult;

using Classes = std::set<std::string>;

const std::string kQuick = " --delay 0 --progress none --user-agent 'provscore-test/1.0 (+mailto:test@example.org)' ";

// What one article page says; an edit changes one field.
struct Article {
  std::string lang;
  std::string headline;
  std::string author;
  std::string published;  // ISO 8601, in <meta property="article:published_time"> and <time>
  std::vector<std::string> paragraphs;
  std::vector<std::string> notices;  // appended after the body
  std::string advert;                // page furniture: never part of the article
  std::string rendered;              // the page's render timestamp, in the footer
};

Article English() {
  return {"en",
          "Harbour board approves plan to widen the northern quay",
          "Mara Lindqvist",
          "2024-03-05T08:30:00Z",
          {"LONDON (Reuters) - The harbour board approved a plan on Tuesday to widen the northern quay so that larger "
           "ferries can dock there from next summer, ending a dispute that has run for years.",
           "Board members voted seven to two in favour after a meeting that lasted more than four hours, with "
           "fishermen and residents filling the public gallery of the old customs house.",
           "Work is due to start in the spring and will cost about twelve million, most of it paid by the regional "
           "government, the chair of the board told reporters after the vote.",
           "Opponents say the wider quay will bring more traffic through the narrow streets of the old town and have "
           "asked the council to study a second access road before any work begins."},
          {},
          "Save 20% on garden furniture this week only",
          "Page rendered 2024-03-05 09:00:01"};
}

Article French() {
  return {"fr",
          "Le conseil municipal adopte le budget des écoles",
          "Lucien Marchetti",
          "2024-03-05T10:00:00Z",
          {"Le conseil municipal a adopté mardi soir un budget de quatre millions pour rénover les trois écoles "
           "du quartier nord, après un débat de plus de trois heures.",
           "Les travaux commenceront cet été par la toiture de l'école des Tilleuls, fermée depuis l'hiver dernier "
           "à cause d'infiltrations d'eau dans deux salles de classe.",
           "L'opposition a voté contre, estimant que le calendrier des travaux ne laissait aucune marge en cas de "
           "retard des entreprises choisies par la commune."},
          {},
          "Abonnez-vous pour un euro le premier mois",
          "Page générée le 2024-03-05 10:05:00"};
}

std::string Page(const Article& a) {
  std::string html = "<!DOCTYPE html><html lang=\"" + a.lang + "\"><head><meta charset=\"utf-8\"><title>" + a.headline +
                     "</title><meta name=\"author\" content=\"" + a.author +
                     "\"><meta property=\"article:published_time\" content=\"" + a.published +
                     "\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><div "
                     "class=\"advert\">" +
                     a.advert + "</div><main><article><h1>" + a.headline + "</h1><p class=\"byline\">" +
                     (a.lang == "fr" ? "Par " : "By ") + a.author + "</p><time datetime=\"" + a.published + "\">" +
                     a.published.substr(0, 10) + "</time>";
  for (const std::string& p : a.paragraphs) html += "<p>" + p + "</p>";
  for (const std::string& n : a.notices) html += "<p><em>" + n + "</em></p>";
  return html + "</article></main><footer><p>" + a.rendered + "</p><p>© The Coast Courier</p></footer></body></html>";
}

// The site: a feed listing both articles, and the articles as currently edited.
class EditedSite {
 public:
  EditedSite() : en_(English()), fr_(French()) {
    server_.Route("/feed.xml", [this](const TestRequest&, TestConnection& c) {
      c.Send(
          TestServer::Ok("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>The Coast Courier</title>"
                         "<item><link>" +
                             EnUrl() + "</link></item><item><link>" + FrUrl() + "</link></item></channel></rss>",
                         "application/rss+xml"));
    });
    server_.Route("/news/quay", [this](const TestRequest&, TestConnection& c) {
      std::lock_guard lock(mu_);
      c.Send(TestServer::Ok(Page(en_)));
    });
    server_.Route("/fr/ecoles", [this](const TestRequest&, TestConnection& c) {
      std::lock_guard lock(mu_);
      c.Send(TestServer::Ok(Page(fr_)));
    });
  }
  void Edit(const std::function<void(Article& en, Article& fr)>& edit) {
    std::lock_guard lock(mu_);
    edit(en_, fr_);
  }
  std::string FeedUrl() const { return server_.Url("/feed.xml"); }
  std::string EnUrl() const { return server_.Url("/news/quay"); }
  std::string FrUrl() const { return server_.Url("/fr/ecoles"); }
  int Hits(const std::string& path) const { return server_.Hits(path); }

 private:
  std::mutex mu_;
  Article en_, fr_;
  TestServer server_;  // last: destroyed first, joining the threads that read the articles
};

// One scripted edit, made before one `watch --once`, and the classes `history` must give
// each article's step for it (the change is compared with the previous capture).
struct ScriptedEdit {
  const char* what;
  std::function<void(Article& en, Article& fr)> edit;
  Classes en;
  Classes fr;
  bool en_silent = false;
};

const std::vector<ScriptedEdit>& Script() {
  static const std::vector<ScriptedEdit> script = {
      {"adverts and render timestamps only",
       [](Article& en, Article& fr) {
         en.advert = "New electric bikes from 999, order today";
         en.rendered = "Page rendered 2024-03-05 11:42:17";
         fr.advert = "Vos lunettes à moitié prix jusqu'à dimanche";
         fr.rendered = "Page générée le 2024-03-05 11:42:18";
       },
       {},
       {}},
      {"headline softened",
       [](Article& en, Article&) { en.headline = "Harbour board backs quay plan after long dispute"; },
       {"headline_changed"},
       {},
       /*en_silent=*/true},
      {"paragraph rewritten",
       [](Article& en, Article&) {
         en.paragraphs[2] =
             "Work is due to start in the spring and will cost about fifteen million, most of it paid "
             "by the regional government, the chair of the board told reporters after the vote.";
       },
       {"body_edited"},
       {},
       true},
      {"correction appended (English)",
       [](Article& en, Article&) {
         en.notices.push_back("Correction: An earlier version of this article misstated the cost of the work.");
       },
       {"correction_added"},
       {}},
      {"correction appended (French)",
       [](Article&, Article& fr) {
         fr.notices.push_back("Rectificatif : une précédente version de cet article donnait un montant erroné.");
       },
       {},
       {"correction_added"}},
      {"agency credit removed",
       [](Article& en, Article&) {
         en.paragraphs[0] =
             "LONDON - The harbour board approved a plan on Tuesday to widen the northern quay so that "
             "larger ferries can dock there from next summer, ending a dispute that has run for years.";
       },
       {"credit_removed", "body_edited"},
       {},
       true},
      {"byline changed", [](Article& en, Article&) { en.author = "Tomas Ferreira"; }, {"byline_changed"}, {}},
      {"published date changed",
       [](Article& en, Article&) { en.published = "2024-03-06T07:15:00Z"; },
       {"published_date_changed"},
       {}},
      {"link added around words already there",
       [](Article& en, Article&) {
         en.paragraphs[3] =
             "Opponents say the wider quay will bring more traffic through the narrow streets of the old "
             "town and have asked the council to study <a href=\"/council/access-road\">a second "
             "access road</a> before any work begins.";
       },
       {"link_added"},
       {}},
      {"nothing changed", [](Article&, Article&) {}, {}, {}},
  };
  return script;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class HistoryWatchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    site_ = new EditedSite;
    // Re-captured 1, 2, ... 60 s after discovery: each run below finds one step due.
    std::string offsets;
    for (int s = 1; s <= 60; ++s) offsets += (offsets.empty() ? "" : ", ") + std::to_string(s);
    sources_ = dir_->str() + "/sources.json";
    std::ofstream(sources_) << "[{\"url\": \"" << site_->FeedUrl()
                            << "\", \"type\": \"feed\", \"interval\": \"1d\", \"recapture\": [" << offsets << "]}]";
    archive_ = dir_->str() + "/archive";
    Watch();  // discovers both articles and archives them
    for (const ScriptedEdit& e : Script()) {
      site_->Edit(e.edit);
      Watch();
    }
  }
  static void TearDownTestSuite() {
    delete site_;
    delete dir_;
  }
  static void Watch() {
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const RunResult r = RunCli("watch --once --sources " + sources_ + " --archive " + archive_ + kQuick);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    watch_log_ += r.output;
  }
  // The change classes of each step of `url` after the first, from history --json.
  static std::vector<boost::json::object> JsonSteps(const std::string& url) {
    const RunResult r = RunCli("history " + url + " --archive " + archive_ + " --json -q");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    std::vector<boost::json::object> out;
    for (const std::string& l : Lines(r.output)) out.push_back(boost::json::parse(l).as_object());
    return out;
  }
  static Classes TypesOf(const boost::json::object& step) {
    Classes t;
    for (const auto& c : step.at("changes").as_array()) t.insert(std::string(c.as_object().at("type").as_string()));
    return t;
  }

  static TempDir* dir_;
  static EditedSite* site_;
  static std::string sources_, archive_, watch_log_;
};

TempDir* HistoryWatchTest::dir_ = nullptr;
EditedSite* HistoryWatchTest::site_ = nullptr;
std::string HistoryWatchTest::sources_, HistoryWatchTest::archive_, HistoryWatchTest::watch_log_;

TEST_F(HistoryWatchTest, WatchDiscoversTheArticlesAndRecapturesThemOnSchedule) {
  // The feed is polled once (its interval is a day); each article is fetched by the
  // first run and re-captured by every later one.
  EXPECT_EQ(site_->Hits("/feed.xml"), 1) << watch_log_;
  const int runs = static_cast<int>(Script().size()) + 1;
  EXPECT_EQ(site_->Hits("/news/quay"), runs) << watch_log_;
  EXPECT_EQ(site_->Hits("/fr/ecoles"), runs) << watch_log_;
  EXPECT_NE(watch_log_.find("2 new article(s)"), std::string::npos) << watch_log_;
}

TEST_F(HistoryWatchTest, JsonClassifiesEveryScriptedEditAndNothingForTheAdverts) {
  const std::vector<ScriptedEdit>& script = Script();
  for (const bool english : {true, false}) {
    SCOPED_TRACE(english ? "English article" : "French article");
    const std::vector<boost::json::object> steps = JsonSteps(english ? site_->EnUrl() : site_->FrUrl());
    ASSERT_EQ(steps.size(), script.size());
    for (size_t i = 0; i < script.size(); ++i) {
      SCOPED_TRACE(script[i].what);
      const boost::json::object& s = steps[i];
      EXPECT_EQ(s.at("schema").as_string(), "provscore.history/1");
      EXPECT_EQ(TypesOf(s), english ? script[i].en : script[i].fr) << boost::json::serialize(s);
      EXPECT_EQ(s.at("silent_edit").as_bool(), english && script[i].en_silent) << boost::json::serialize(s);
      // A step the article did not change is an identical payload (a revisit record)
      // unless the page changed outside the article.
      const bool page_changed = i == 0 || !(english ? script[i].en : script[i].fr).empty();
      EXPECT_EQ(s.at("same_payload").as_bool(), !page_changed) << boost::json::serialize(s);
      if (s.at("same_payload").as_bool()) {
        EXPECT_TRUE(s.at("to").as_object().at("revisit").as_bool());
      }
    }
  }
}

TEST_F(HistoryWatchTest, JsonCarriesTheValuesAndTheWordDiff) {
  const std::vector<boost::json::object> steps = JsonSteps(site_->EnUrl());
  ASSERT_EQ(steps.size(), Script().size());
  auto change = [&](size_t step, const std::string& type) -> boost::json::object {
    for (const auto& c : steps[step].at("changes").as_array()) {
      if (c.as_object().at("type").as_string() == type) return c.as_object();
    }
    ADD_FAILURE() << "no " << type << " at step " << step;
    return {};
  };
  EXPECT_EQ(change(1, "headline_changed").at("after").as_string(), "Harbour board backs quay plan after long dispute");
  EXPECT_EQ(change(5, "credit_removed").at("before").as_string(), "Reuters");
  EXPECT_EQ(change(6, "byline_changed").at("after").as_string(), "Tomas Ferreira");
  EXPECT_NE(std::string(change(3, "correction_added").at("after").as_string()).find("misstated the cost"),
            std::string::npos);
  // The rewritten paragraph: "twelve" removed, "fifteen" added, nothing else.
  const auto& paragraphs = steps[2].at("paragraphs").as_array();
  ASSERT_EQ(paragraphs.size(), 1u) << boost::json::serialize(steps[2]);
  std::vector<std::string> removed, added;
  for (const auto& w : paragraphs[0].as_object().at("words").as_array()) {
    const auto& run = w.as_object();
    if (run.at("op").as_string() == "removed") removed.emplace_back(run.at("text").as_string());
    if (run.at("op").as_string() == "added") added.emplace_back(run.at("text").as_string());
  }
  EXPECT_EQ(removed, std::vector<std::string>{"twelve"});
  EXPECT_EQ(added, std::vector<std::string>{"fifteen"});
}

TEST_F(HistoryWatchTest, TextTimelineNamesEachEdit) {
  const RunResult r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::vector<std::string> steps;
  for (const std::string& l : Lines(r.output)) {
    if (l.starts_with("  20")) steps.push_back(l);
  }
  const std::vector<ScriptedEdit>& script = Script();
  ASSERT_EQ(steps.size(), script.size() + 1) << r.output;
  EXPECT_NE(steps[0].find("first capture"), std::string::npos) << steps[0];
  for (size_t i = 0; i < script.size(); ++i) {
    SCOPED_TRACE(script[i].what);
    const std::string& line = steps[i + 1];
    for (const std::string& type : script[i].en) EXPECT_NE(line.find(type), std::string::npos) << line;
    EXPECT_EQ(line.find("silent_edit") != std::string::npos, script[i].en_silent) << line;
  }
  EXPECT_NE(steps[1].find("no change in the article"), std::string::npos) << steps[1];
  EXPECT_NE(steps.back().find("unchanged (revisit)"), std::string::npos) << steps.back();
}

TEST_F(HistoryWatchTest, ArchiveModeAndHtmlViewShowBothArticles) {
  const std::string out = dir_->str() + "/view";
  const RunResult r = RunCli("history --archive " + archive_ + " --html " + out + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(site_->EnUrl() + ": " + std::to_string(Script().size() + 1) + " capture(s)"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find(site_->FrUrl()), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find(site_->FeedUrl()), std::string::npos) << r.output;  // one capture only
  const std::string index = testing::ReadFile(out + "/history.html");
  ExpectOnlyOwnMarkup(index, "history.html");
  for (const std::string& url : {site_->EnUrl(), site_->FrUrl()}) {
    EXPECT_NE(index.find("<a href=\"h/" + HistoryPageName(url) + "\">"), std::string::npos) << index;
  }
  const std::string page = testing::ReadFile(out + "/h/" + HistoryPageName(site_->EnUrl()));
  ExpectOnlyOwnMarkup(page, HistoryPageName(site_->EnUrl()));
  const std::string timeline = Between(page, "<tbody>", "</tbody>");
  size_t rows = 0;
  for (size_t at = timeline.find("<tr>"); at != std::string::npos; at = timeline.find("<tr>", at + 1)) ++rows;
  EXPECT_EQ(rows, Script().size() + 1) << timeline;
  EXPECT_NE(timeline.find("the page changed outside the article"), std::string::npos) << timeline;
  for (const Classes& c : {Classes{"headline_changed"}, Classes{"body_edited"}, Classes{"correction_added"},
                           Classes{"credit_removed"}, Classes{"byline_changed"}, Classes{"published_date_changed"}}) {
    const std::string chip = ">" + ChangeLabel(*c.begin()) + "</span>";
    EXPECT_NE(timeline.find(chip), std::string::npos) << chip;
  }
  EXPECT_NE(timeline.find("<td>revisit</td>"), std::string::npos) << timeline;
  // The rewritten paragraph's diff: the removed and the added word, marked in text too.
  EXPECT_NE(page.find("<span class=\"vh\">removed: </span><span class=\"mk\" aria-hidden=\"true\">\xE2\x88\x92</span>"
                      "<bdi>twelve</bdi></del>"),
            std::string::npos);
  EXPECT_NE(page.find("<span class=\"vh\">added: </span><span class=\"mk\" aria-hidden=\"true\">+</span>"
                      "<bdi>fifteen</bdi></ins>"),
            std::string::npos);
  const std::string fr_page = testing::ReadFile(out + "/h/" + HistoryPageName(site_->FrUrl()));
  EXPECT_NE(fr_page.find(">" + ChangeLabel("correction_added") + "</span>"), std::string::npos);
  EXPECT_NE(fr_page.find("Rectificatif"), std::string::npos);
}

TEST_F(HistoryWatchTest, AnyTwoCapturesByNumberOrDate) {
  // The first against the last: every edit at once, a correction among them (not silent).
  RunResult r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from 1 --json -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::vector<std::string> lines = Lines(r.output);
  ASSERT_EQ(lines.size(), 1u) << r.output;
  const boost::json::object all = boost::json::parse(lines[0]).as_object();
  const Classes every = {"headline_changed", "body_edited", "correction_added",      "credit_removed",
                         "byline_changed",   "link_added",  "published_date_changed"};
  EXPECT_EQ(TypesOf(all), every) << lines[0];
  EXPECT_FALSE(all.at("silent_edit").as_bool());
  // Text, with the timeline's numbers; "#2" and "2" name the same capture.
  r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from '#2' --to 3 -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(": capture #2 ("), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("#3  headline_changed; silent_edit"), std::string::npos) << r.output;
  // The adverts-only pair, and a capture with itself.
  r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from 1 --to 2 -q");
  EXPECT_NE(r.output.find("no change in the article"), std::string::npos) << r.output;
  r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from 4 --to 4 -q");
  EXPECT_NE(r.output.find("unchanged (same payload)"), std::string::npos) << r.output;
  // A date picks the latest capture up to the end of what it names: here, the last one.
  r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from 1 --to 2999-12-31 --json -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(Lines(r.output), lines);
  // Errors are usage errors that say why.
  r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from 99");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("no capture #99"), std::string::npos) << r.output;
  r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --to 2001-01-01");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("no capture at or before 2001-01-01"), std::string::npos) << r.output;
  EXPECT_EQ(RunCli("history --archive " + archive_ + " --from 1").exit_code, 2);  // no URL
  EXPECT_EQ(RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --from 1 --since 2024-01-01").exit_code,
            2);
  EXPECT_EQ(RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --to yesterday").exit_code, 2);
}

TEST_F(HistoryWatchTest, HtmlViewComparesEachCaptureWithTheFirstToo) {
  const std::string out = dir_->str() + "/view-first";
  const RunResult r = RunCli("history " + site_->EnUrl() + " --archive " + archive_ + " --html " + out + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string page = testing::ReadFile(out + "/h/" + HistoryPageName(site_->EnUrl()));
  ExpectOnlyOwnMarkup(page, HistoryPageName(site_->EnUrl()));
  EXPECT_NE(page.find("<h2 id=\"h-since-first\">Changes since the first capture</h2>"), std::string::npos);
  // Until the article first changes (step 2, the headline), the previous capture reads
  // as the first: no second diff. Step 3 (the rewrite) is the first with one, the
  // headline change included; the last step (the revisit) has none.
  EXPECT_EQ(page.find("id=\"f1\""), std::string::npos);
  EXPECT_EQ(page.find("id=\"f2\""), std::string::npos);
  EXPECT_NE(page.find("<a href=\"#f3\">compare</a>"), std::string::npos);
  const std::string f3 = Between(page, "id=\"f3\"", "</section>");
  EXPECT_NE(f3.find(">" + ChangeLabel("headline_changed") + "</span>"), std::string::npos) << f3;
  EXPECT_NE(f3.find(">" + ChangeLabel("body_edited") + "</span>"), std::string::npos) << f3;
  const size_t last = Script().size();
  EXPECT_EQ(page.find("id=\"f" + std::to_string(last) + "\""), std::string::npos);
  // The capture before the revisit, against the first: every edit so far, the credit among them.
  const std::string f_last = Between(page, "id=\"f" + std::to_string(last - 1) + "\"", "</section>");
  for (const char* type : {"headline_changed", "credit_removed", "byline_changed", "correction_added", "link_added"}) {
    EXPECT_NE(f_last.find(">" + ChangeLabel(type) + "</span>"), std::string::npos) << type;
  }
  EXPECT_EQ(f_last.find("silent edit"), std::string::npos);  // a cumulative diff makes no silent_edit claim
}

}  // namespace
}  // namespace provscore
