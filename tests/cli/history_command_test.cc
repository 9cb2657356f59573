// `provscore history`, end to end: the real binary fetches one article served by the
// local test server with scripted edits between fetches (adverts only, a new headline
// and a dropped wire credit, an appended correction, then no change at all), and
// history must classify each step -- and nothing for the adverts-only change.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "reports/history_page.h"
#include "tests/cli/run_cli.h"
#include "tests/read_file.h"
#include "tests/reports/html_checks.h"
#include "../fetch/fetch_test_util.h"
#include "../fetch/test_server.h"

namespace provscore {
namespace {

using testing::RunCli;
using testing::RunResult;
using fetch::testing::TempDir;
using fetch::testing::TestConnection;
using fetch::testing::TestRequest;
using fetch::testing::TestServer;

const std::string kQuick = " --delay 0 --progress none --user-agent 'provscore-test/1.0 (+mailto:test@example.org)' ";

struct Version {
  std::string headline = "Harbour board approves plan to widen the northern quay";
  std::string first = "LONDON (Reuters) - The harbour board approved a plan on Tuesday to widen the northern quay so "
                      "that larger ferries can dock there from next summer, ending a dispute that has run for years.";
  std::string notice;
  std::string advert = "Save 20% on garden furniture this week only";
};

std::string Page(const Version& v) {
  std::string html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + v.headline +
                     "</title></head><body><div class=\"advert\">" + v.advert + "</div><main><article><h1>" +
                     v.headline + "</h1><p class=\"byline\">By Mara Lindqvist</p>";
  for (const std::string& p :
       {v.first,
        std::string("Board members voted seven to two in favour after a meeting that lasted more than four hours, "
                    "with fishermen and residents filling the public gallery of the old customs house."),
        std::string("Work is due to start in the spring and will cost about twelve million, most of it paid by the "
                    "regional government, the chair of the board told reporters after the vote."),
        std::string("Opponents say the wider quay will bring more traffic through the narrow streets of the old town "
                    "and have asked the council to study a second access road before any work begins.")}) {
    html += "<p>" + p + "</p>";
  }
  if (!v.notice.empty()) html += "<p>" + v.notice + "</p>";
  return html + "</article></main><footer>© The Coast Courier</footer></body></html>";
}

// Serves the current version; Fetch() archives it with the real binary.
class EditedSite {
 public:
  EditedSite() {
    server_.Route("/story", [this](const TestRequest&, TestConnection& c) {
      std::lock_guard lock(mu_);
      c.Send(TestServer::Ok(Page(current_)));
    });
  }
  void Serve(const Version& v) {
    std::lock_guard lock(mu_);
    current_ = v;
  }
  void Fetch(const TempDir& dir) {
    // CDXJ timestamps have second precision: one capture per second keeps them apart.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const RunResult r = RunCli("fetch " + url() + " --archive " + dir.str() + kQuick);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }
  std::string url() const { return server_.Url("/story"); }

 private:
  std::mutex mu_;
  Version current_;
  // Last, so it is destroyed first: its destructor joins the connection threads that
  // read current_ under mu_ (found by ThreadSanitizer).
  TestServer server_;
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class HistoryCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    site_ = new EditedSite;
    Version v;
    site_->Serve(v);
    site_->Fetch(*dir_);
    v.advert = "New electric bikes from 999, order today";  // adverts only
    site_->Serve(v);
    site_->Fetch(*dir_);
    v.headline = "Harbour board backs quay plan after long dispute";
    v.first = "LONDON - The harbour board approved a plan on Tuesday to widen the northern quay so that larger "
              "ferries can dock there from next summer, ending a dispute that has run for years.";
    site_->Serve(v);
    site_->Fetch(*dir_);
    v.notice = "Korrektur: In einer früheren Version dieses Artikels stand ein falsches Abstimmungsergebnis.";
    site_->Serve(v);
    site_->Fetch(*dir_);
    site_->Fetch(*dir_);  // unchanged: a revisit
  }
  static void TearDownTestSuite() {
    delete site_;
    delete dir_;
  }
  static TempDir* dir_;
  static EditedSite* site_;
};

TempDir* HistoryCommandTest::dir_ = nullptr;
EditedSite* HistoryCommandTest::site_ = nullptr;

TEST_F(HistoryCommandTest, TimelineClassifiesEachScriptedEdit) {
  const RunResult r = RunCli("history " + site_->url() + " --archive " + dir_->str() + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::vector<std::string> lines = Lines(r.output);
  std::vector<std::string> steps;
  for (const std::string& l : lines) {
    if (l.starts_with("  20")) steps.push_back(l);
  }
  ASSERT_EQ(steps.size(), 5u) << r.output;
  EXPECT_NE(steps[0].find("first capture"), std::string::npos) << steps[0];
  EXPECT_NE(steps[1].find("no change in the article"), std::string::npos) << steps[1];
  EXPECT_NE(steps[2].find("headline_changed"), std::string::npos) << steps[2];
  EXPECT_NE(steps[2].find("credit_removed"), std::string::npos) << steps[2];
  EXPECT_NE(steps[2].find("silent_edit"), std::string::npos) << steps[2];
  EXPECT_NE(r.output.find("silent_edit: -10 integrity; the capture scores"), std::string::npos) << r.output;
  EXPECT_NE(steps[3].find("correction_added"), std::string::npos) << steps[3];
  EXPECT_EQ(steps[3].find("silent_edit"), std::string::npos) << steps[3];
  EXPECT_NE(steps[4].find("unchanged"), std::string::npos) << steps[4];
  EXPECT_NE(r.output.find("\"Harbour board approves plan to widen the northern quay\" -> "
                          "\"Harbour board backs quay plan after long dispute\""),
            std::string::npos)
      << r.output;
}

TEST_F(HistoryCommandTest, JsonLinesOnePerCapturePair) {
  const RunResult r = RunCli("history " + site_->url() + " --archive " + dir_->str() + " --json -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::vector<std::string> lines = Lines(r.output);
  ASSERT_EQ(lines.size(), 4u) << r.output;
  std::vector<std::set<std::string>> types;
  for (const std::string& l : lines) {
    boost::json::object o = boost::json::parse(l).as_object();
    EXPECT_EQ(o.at("schema").as_string(), "provscore.history/1");
    EXPECT_EQ(o.at("url").as_string(), site_->url());
    std::set<std::string> t;
    for (const auto& c : o.at("changes").as_array()) t.insert(std::string(c.as_object().at("type").as_string()));
    types.push_back(t);
  }
  EXPECT_EQ(types[0], std::set<std::string>{});
  const std::set<std::string> step2 = {"headline_changed", "body_edited", "credit_removed"};
  EXPECT_EQ(types[1], step2);
  EXPECT_EQ(types[2], std::set<std::string>{"correction_added"});
  EXPECT_EQ(types[3], std::set<std::string>{});
  // The silent edit costs the later capture the model's points; the next step does not.
  boost::json::object silent = boost::json::parse(lines[1]).as_object();
  boost::json::object corrected = boost::json::parse(lines[2]).as_object();
  EXPECT_TRUE(silent.at("silent_edit").as_bool());
  EXPECT_FALSE(corrected.at("silent_edit").as_bool());
  EXPECT_LT(silent.at("to").as_object().at("overall").to_number<double>(),
            corrected.at("to").as_object().at("overall").to_number<double>());
  boost::json::object revisit = boost::json::parse(lines[3]).as_object();
  EXPECT_TRUE(revisit.at("same_payload").as_bool());
  EXPECT_TRUE(revisit.at("to").as_object().at("revisit").as_bool());
  // The edited first paragraph carries its word diff: the credit removed.
  boost::json::object edited = boost::json::parse(lines[1]).as_object();
  bool saw_removed_credit = false;
  for (const auto& p : edited.at("paragraphs").as_array()) {
    for (const auto& w : p.as_object().at("words").as_array()) {
      const auto& run = w.as_object();
      if (run.at("op").as_string() == "removed" && run.at("text").as_string() == "(Reuters)") saw_removed_credit = true;
    }
  }
  EXPECT_TRUE(saw_removed_credit) << lines[1];
}

TEST_F(HistoryCommandTest, ArchiveModeListsChangedArticlesSinceADate) {
  RunResult r = RunCli("history --archive " + dir_->str() + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(site_->url() + ": 5 capture(s)"), std::string::npos) << r.output;
  r = RunCli("history --archive " + dir_->str() + " --since 2999-01-01 -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output, "");
}

TEST_F(HistoryCommandTest, HtmlViewShowsTheTimelineAndTheMarkedDiff) {
  const std::string out = dir_->str() + "/view";
  RunResult r = RunCli("history " + site_->url() + " --archive " + dir_->str() + " --html " + out + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string index = testing::ReadFile(out + "/history.html");
  const std::string page_name = HistoryPageName(site_->url());
  EXPECT_NE(index.find("<a href=\"h/" + page_name + "\">"), std::string::npos) << index;
  const std::string page = testing::ReadFile(out + "/h/" + page_name);
  ExpectOnlyOwnMarkup(page, page_name);
  ExpectOnlyOwnMarkup(index, "history.html");
  // Five captures: first, adverts only, headline and credit, correction, revisit.
  const std::string timeline = Between(page, "<tbody>", "</tbody>");
  size_t rows = 0;
  for (size_t at = timeline.find("<tr>"); at != std::string::npos; at = timeline.find("<tr>", at + 1)) ++rows;
  EXPECT_EQ(rows, 5u) << timeline;
  EXPECT_NE(timeline.find("the page changed outside the article"), std::string::npos) << timeline;
  EXPECT_NE(timeline.find(">headline changed</span>"), std::string::npos) << timeline;
  EXPECT_NE(timeline.find(">credit removed</span>"), std::string::npos) << timeline;
  EXPECT_NE(timeline.find(">silent edit</span>"), std::string::npos) << timeline;
  EXPECT_NE(timeline.find(">correction added</span>"), std::string::npos) << timeline;
  EXPECT_NE(timeline.find("<td>revisit</td>"), std::string::npos) << timeline;
  // The dropped credit is a removal, marked in text as well as by <del>.
  EXPECT_NE(page.find("<span class=\"vh\">removed: </span><span class=\"mk\" aria-hidden=\"true\">\xE2\x88\x92</span><bdi>(Reuters)</bdi></del>"),
            std::string::npos)
      << page;
  // The adverts-only capture gets no diff section; the two article changes do.
  EXPECT_EQ(page.find("id=\"s1\""), std::string::npos);
  EXPECT_NE(page.find("id=\"s2\""), std::string::npos);
  EXPECT_NE(page.find("id=\"s3\""), std::string::npos);
  // No article changed after 2999: the index says so and the earlier page is gone.
  r = RunCli("history --archive " + dir_->str() + " --since 2999-01-01 --html " + out + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(testing::ReadFile(out + "/history.html").find("No article changed"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(out + "/h/" + page_name));
}

TEST(HistoryCommandUsageTest, HelpAndErrors) {
  RunResult r = RunCli("history --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("silent_edit"), std::string::npos);
  EXPECT_NE(r.output.find("--since"), std::string::npos);
  EXPECT_EQ(RunCli("history").exit_code, 2);  // neither a URL nor an archive
  TempDir dir;
  EXPECT_EQ(RunCli("history --archive " + dir.str() + " --since yesterday").exit_code, 2);
  EXPECT_EQ(RunCli("history --archive " + dir.str() + "/missing").exit_code, 2);
  EXPECT_EQ(RunCli("history https://example.org/never --archive " + dir.str()).exit_code, 1);
}

}  // namespace
}  // namespace provscore
