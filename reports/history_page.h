// The HTML history view (issue 13, step 5): one page per URL whose article changed
// between captures (h/<name>.html: the capture timeline with each step's change
// classes as labelled chips, then the word-level diff of each changed step with the
// capture before it and, from the third distinct capture on, with the first), and an
// index of those URLs (history.html). Pages share the report's shell: inline style
// allowed by its sha256 hash in the Content-Security-Policy, no script, nothing
// loaded from elsewhere, every string through reports/html_escape.h. Additions are
// <ins>, removals <del>, each also marked in text (a visually hidden "added:" /
// "removed:" and a visible + / U+2212), moved paragraphs labelled "moved": never
// colour alone. Stateless and thread-safe.
//
//   ArticleHistory h{url, title, steps};                 // built by `provscore history`
//   HistoryIndexEntry e;
//   Status s = WriteHistoryPageFile(dir, h, meta, &e);   // dir/h/<HistoryPageName(url)>
//   ...; s = WriteHistoryIndexFile(dir, entries, meta);  // dir/history.html
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "reports/report_writer.h"
#include "score/history/article_diff.h"

namespace provscore {

// The index page and the folder of per-URL pages, inside the output folder.
inline constexpr char kHistoryIndexName[] = "history.html";
inline constexpr char kHistoryDir[] = "h";

// One capture on the timeline.
struct HistoryStep {
  enum class Status {
    kFirst,       // the first capture shown: nothing to compare with
    kChanged,     // the article changed since the previous distinct capture (`diff` set)
    kUnchanged,   // same payload, or a new payload whose article is the same (`diff` may be set, no changes)
    kRevisit,     // a revisit record: the server or the archiver saw the same page
    kUnreadable,  // the record could not be read or decoded (`note` says why)
  };
  Status status = Status::kFirst;
  std::string date;                 // ISO 8601, as `provscore history` prints it
  std::string title;                // the capture's headline, when it was extracted
  std::string note;                 // kUnreadable: the reason
  std::optional<ArticleDiff> diff;  // with the previous distinct capture
  std::string compared_with;        // that capture's date (it may precede the steps shown, under --since)
  // The same capture against the first capture read (under --since, the one before the
  // first shown), when that is not already `compared_with`: what changed since then.
  std::optional<ArticleDiff> since_first = std::nullopt;
  std::string first_date = {};  // the first capture's date
};

// Every capture of one URL shown, oldest first.
struct ArticleHistory {
  std::string url;
  std::string title;  // the latest headline extracted
  std::vector<HistoryStep> steps;
};

// One row of history.html.
struct HistoryIndexEntry {
  std::string url;
  std::string title;
  std::string page;  // file name in h/
  size_t captures = 0;
  size_t changed = 0;                     // steps whose article changed
  std::vector<std::string> change_types;  // distinct kChange* types, first seen first
  bool silent_edit = false;
};

// The URL as history pages are keyed: without its scheme (http and https agree), host
// in lower case without a leading "www.", without fragment or a lone trailing "/".
std::string HistoryUrlKey(std::string_view url);

// "h" + 16 hex digits of the SHA-256 of HistoryUrlKey(url) + ".html": never a path,
// one per URL, the same for the spellings HistoryUrlKey folds. An article page of the
// report (a/<id>.html in the same folder) links to h/<this> when the file exists.
std::string HistoryPageName(std::string_view url);

// The index row of a history.
HistoryIndexEntry HistoryIndexEntryOf(const ArticleHistory& history);

// A short human label of a change class ("headline changed" for headline_changed);
// unknown types are shown as they are.
std::string ChangeLabel(std::string_view type);

// Complete pages (for tests and for the file writers below).
void WriteHistoryPage(std::ostream& out, const ArticleHistory& history, const ReportMeta& meta);
void WriteHistoryIndex(std::ostream& out, const std::vector<HistoryIndexEntry>& entries, const ReportMeta& meta);

// Writes `out_dir`/h/<HistoryPageName(url)> (creating the folders); `entry`, when
// given, receives the page's index row.
Status WriteHistoryPageFile(const std::filesystem::path& out_dir, const ArticleHistory& history, const ReportMeta& meta,
                            HistoryIndexEntry* entry = nullptr);

// Writes `out_dir`/history.html (through a .tmp file, renamed).
Status WriteHistoryIndexFile(const std::filesystem::path& out_dir, const std::vector<HistoryIndexEntry>& entries,
                             const ReportMeta& meta);

}  // namespace provscore
