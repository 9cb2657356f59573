// The HTML report: an index page (report.html: summary charts and the table of
// every article) and one page per article (a/<id>.html), rendered from saved
// output — profiles.jsonl and the head of report.json — so `provscore report`
// can rebuild it without rescoring and `provscore score` uses the same code.
// Every page is self-contained (its style and script inline, allowed by sha256
// hash in its Content-Security-Policy; nothing loads from elsewhere) and every
// page string goes through reports/html_escape.h. Stateless and thread-safe.
//
//   Result<ReportHead> head = ReadReportHead(dir / "report.json");
//   Status s = RenderHtmlReport(dir / "profiles.jsonl", *head, out_dir);
//
// Flow: pass 1 streams profiles.jsonl to write each article page (collecting
// one small index row per article and the texts of cluster originals first, for
// the side-by-side view of copies), then the index is written with the rows as
// an inline JSON block that the page's own script sorts, filters and pages.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"
#include "reports/report_writer.h"

namespace provscore {

// What the report needs from report.json besides the profiles.
struct ReportHead {
  ReportMeta meta;               // tool and rules version, generated_at
  boost::json::array clusters;   // report.json "clusters" (copies of one story)
};

// The index page RenderHtmlReport writes in its output folder.
inline constexpr char kReportIndexName[] = "report.html";

// Reads the head of a report.json (its first two lines as ReportWriter writes
// them; any other layout is parsed whole).
Result<ReportHead> ReadReportHead(const std::filesystem::path& report_json);

// Writes `out_dir`/report.html and `out_dir`/a/<page>.html (removing article
// pages of an earlier render first) from a profiles.jsonl file. An article whose
// input URL has a history page in `out_dir`/h/ (`provscore history --html`) links to it. `articles`, when
// given, receives how many article pages were written.
Status RenderHtmlReport(const std::filesystem::path& profiles_jsonl, const ReportHead& head,
                        const std::filesystem::path& out_dir, size_t* articles = nullptr);

// The shell every report page opens with: doctype, the Content-Security-Policy
// allowing exactly the report style and `script` (empty: no script) by hash, the
// escaped title, the inline style. The caller writes <body> and the rest.
std::string ReportPageHead(std::string_view title, std::string_view script);

// "provscore VERSION · rules VERSION · generated DATE", escaped, for a page header.
std::string ReportMetaLine(const ReportMeta& meta);

// The article page's file name for a profile id: "<id>.html" when the id is
// 1-64 characters of [0-9A-Za-z_-], else "x" + 16 hex digits of its SHA-256.
std::string ArticlePageName(std::string_view id);

// What an article page shows besides its own profile.
struct ArticleContext {
  std::string page;                                   // its own file name in a/
  const boost::json::object* cluster = nullptr;       // its cluster in report.json, if any
  std::map<std::string, std::string> member_pages;    // member id -> file name in a/
  std::map<std::string, std::string> member_titles;   // member id -> title
  std::string_view original_text;                     // the cluster original's body ("" when it is the original)
  std::string history_page;                           // its history view (href from a/), "" when there is none
  ReportMeta meta;
};

// One article page, complete (for tests and for RenderHtmlReport).
void WriteArticlePage(std::ostream& out, const boost::json::object& profile, const ArticleContext& context);

// The sentences two texts share (normalised: case, spacing, punctuation), as
// (copy sentence, original sentence) pairs in the copy's order; at most `limit`.
std::vector<std::pair<std::string, std::string>> MatchingPassages(std::string_view copy, std::string_view original,
                                                                  size_t limit = 40);

}  // namespace provscore
