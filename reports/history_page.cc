#include "base/file_commit.h"
#include "reports/history_page.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/hash.h"
#include "reports/html_escape.h"
#include "reports/html_site.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

constexpr char kMinus[] = "\xE2\x88\x92";  // U+2212, the visible removal marker
constexpr char kArrow[] = "\xE2\x86\x92";  // U+2192

// A value that can be long (a headline, a notice): at most `bytes`, cut between
// code points, "…" when cut.
std::string Clip(std::string_view s, size_t bytes) {
  if (s.size() <= bytes) return std::string(s);
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
  return std::string(s.substr(0, bytes)) + "\xE2\x80\xA6";
}

// "2026-03-10T08:00:00Z" -> "2026-03-10 08:00:00" (anything else as it is), escaped.
std::string DateText(std::string_view date) {
  std::string d(date);
  if (d.size() == 20 && d[10] == 'T' && d.back() == 'Z') d = d.substr(0, 10) + " " + d.substr(11, 8);
  return EscapeText(d);
}

// Added text: <ins> with a hidden "added:" for screen readers and a visible "+".
std::string Added(std::string_view text) {
  return "<ins><span class=\"vh\">added: </span><span class=\"mk\" aria-hidden=\"true\">+</span><bdi>" +
         EscapeText(text) + "</bdi></ins>";
}

std::string Removed(std::string_view text) {
  return "<del><span class=\"vh\">removed: </span><span class=\"mk\" aria-hidden=\"true\">" + std::string(kMinus) +
         "</span><bdi>" + EscapeText(text) + "</bdi></del>";
}

const char* StatusLabel(HistoryStep::Status s) {
  switch (s) {
    case HistoryStep::Status::kFirst:
      return "first capture";
    case HistoryStep::Status::kChanged:
      return "changed";
    case HistoryStep::Status::kUnchanged:
      return "unchanged";
    case HistoryStep::Status::kRevisit:
      return "revisit";
    case HistoryStep::Status::kUnreadable:
      return "unreadable";
  }
  return "";
}

std::string Chips(const std::vector<std::string>& types, bool silent_edit) {
  std::string o;
  for (const std::string& t : types) {
    o += "<span class=\"badge chg\" title=\"" + EscapeAttribute(t) + "\">" + EscapeText(ChangeLabel(t)) + "</span>";
  }
  if (silent_edit) o += "<span class=\"badge chg silent\" title=\"silent_edit\">silent edit</span>";
  return o;
}

std::vector<std::string> TypesOf(const ArticleDiff& d) {
  std::vector<std::string> types;
  for (const ArticleChange& c : d.changes) {
    if (std::find(types.begin(), types.end(), c.type) == types.end()) types.push_back(c.type);
  }
  return types;
}

bool IsBodyChange(const std::string& type) {
  return type == kChangeBodyEdited || type == kChangeParagraphAdded || type == kChangeParagraphRemoved;
}

// The changed values other than the body: headline, byline, dates, credits, notices.
void WriteValueChanges(std::ostream& out, const ArticleDiff& d) {
  bool open = false;
  for (const ArticleChange& c : d.changes) {
    if (IsBodyChange(c.type)) continue;
    if (!open) out << "<dl class=\"meta\">";
    open = true;
    out << "<dt>" << EscapeText(ChangeLabel(c.type)) << "</dt><dd dir=\"auto\">";
    out << (c.before.empty() ? "<span class=\"muted\">(none)</span>" : Removed(Clip(c.before, 2000))) << " " << kArrow
        << " " << (c.after.empty() ? "<span class=\"muted\">(none)</span>" : Added(Clip(c.after, 2000))) << "</dd>";
  }
  if (open) out << "</dl>";
}

void WriteParagraph(std::ostream& out, const ParagraphChange& p) {
  using Kind = ParagraphChange::Kind;
  const char* kind = p.kind == Kind::kMoved     ? "moved"
                     : p.kind == Kind::kAdded   ? "added"
                     : p.kind == Kind::kRemoved ? "removed"
                                                : "edited";
  out << "<div class=\"para " << kind << "\" dir=\"auto\"><span class=\"kind\">";
  switch (p.kind) {
    case Kind::kMoved:
      out << "\xE2\x86\x95 Moved paragraph: was " << p.before + 1 << ", now " << p.after + 1;
      if (p.words_added + p.words_removed > 0) out << " (and edited)";
      break;
    case Kind::kAdded:
      out << "+ Added paragraph " << p.after + 1;
      break;
    case Kind::kRemoved:
      out << kMinus << " Removed paragraph (was " << p.before + 1 << ")";
      break;
    default:
      out << "Edited paragraph " << p.after + 1;
      break;
  }
  if (p.words_added + p.words_removed > 0)
    out << " &middot; +" << p.words_added << " " << kMinus << p.words_removed << " words";
  out << "</span>";
  for (size_t i = 0; i < p.words.size(); ++i) {
    const WordRun& r = p.words[i];
    if (i > 0) out << ' ';
    switch (r.op) {
      case WordRun::Op::kEqual:
        out << "<bdi>" << EscapeText(r.text) << "</bdi>";
        break;
      case WordRun::Op::kAdded:
        out << Added(r.text);
        break;
      case WordRun::Op::kRemoved:
        out << Removed(r.text);
        break;
    }
  }
  out << "</div>";
}

// One diff section, id `id` ("s3": the step with the capture before it; "f3": with the
// first capture).
void WriteDiffSection(std::ostream& out, const ArticleDiff& d, const std::string& from, const std::string& to,
                      const std::string& id, bool since_first) {
  out << "<section aria-labelledby=\"h-" << id << "\" id=\"" << id << "\"><h2 id=\"h-" << id << "\">"
      << (since_first ? "Since the first capture: " : "") << DateText(from) << " " << kArrow << " " << DateText(to)
      << "</h2><p>" << Chips(TypesOf(d), !since_first && d.silent_edit);
  char share[32];
  std::snprintf(share, sizeof share, "%.1f", d.share_changed * 100.0);
  out << " <span class=\"muted\">body: +" << d.words_added << " " << kMinus << d.words_removed << " words of "
      << d.words_before << " " << kArrow << " " << d.words_after << " (" << share << "% changed)</span></p>";
  WriteValueChanges(out, d);
  size_t unchanged = 0;
  bool any = false;
  for (const ParagraphChange& p : d.paragraphs) {
    if (p.kind == ParagraphChange::Kind::kUnchanged) {
      ++unchanged;
      continue;
    }
    if (!any) out << "<div class=\"diff\">";
    any = true;
    WriteParagraph(out, p);
  }
  if (any) out << "</div>";
  out << "<p class=\"muted\">" << unchanged << (unchanged == 1 ? " paragraph" : " paragraphs")
      << " unchanged, not shown.</p></section>\n";
}

void WriteStepDiff(std::ostream& out, const HistoryStep& step, size_t index) {
  WriteDiffSection(out, *step.diff, step.compared_with, step.date, "s" + std::to_string(index), false);
}

}  // namespace

std::string HistoryUrlKey(std::string_view url) {
  std::string_view rest = url;
  for (std::string_view scheme : {"http://", "https://"}) {
    if (rest.size() >= scheme.size() && std::equal(scheme.begin(), scheme.end(), rest.begin(), [](char a, char b) {
          return a == std::tolower(static_cast<unsigned char>(b));
        })) {
      rest.remove_prefix(scheme.size());
      break;
    }
  }
  if (rest.size() == url.size()) return std::string(url);  // not http(s): as it is
  if (const size_t hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  const size_t host_end = std::min(rest.find_first_of("/?"), rest.size());
  std::string key;
  for (char c : rest.substr(0, host_end)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (key.rfind("www.", 0) == 0) key.erase(0, 4);
  std::string_view tail = rest.substr(host_end);
  if (tail == "/") tail = {};
  key += tail;
  return key;
}

std::string HistoryPageName(std::string_view url) {
  return "h" + Sha256Hex(HistoryUrlKey(url)).substr(0, 16) + ".html";
}

std::string ChangeLabel(std::string_view type) {
  static const std::pair<const char*, const char*> kLabels[] = {
      {kChangeHeadline, "headline changed"},
      {kChangeByline, "byline changed"},
      {kChangeBodyEdited, "body edited"},
      {kChangeParagraphAdded, "paragraph added"},
      {kChangeParagraphRemoved, "paragraph removed"},
      {kChangeCorrectionAdded, "correction added"},
      {kChangeCreditAdded, "credit added"},
      {kChangeCreditRemoved, "credit removed"},
      {kChangeTranslationNotice, "translation notice changed"},
      {kChangePublishedDate, "published date changed"},
      {kChangeModifiedDate, "modified date changed"},
      {kChangeLinkAdded, "link added"},
      {kChangeLinkRemoved, "link removed"}};
  for (const auto& [t, label] : kLabels) {
    if (type == t) return label;
  }
  return std::string(type);
}

HistoryIndexEntry HistoryIndexEntryOf(const ArticleHistory& h) {
  HistoryIndexEntry e;
  e.url = h.url;
  e.title = h.title;
  e.page = HistoryPageName(h.url);
  e.captures = h.steps.size();
  for (const HistoryStep& s : h.steps) {
    if (s.status != HistoryStep::Status::kChanged || !s.diff) continue;
    ++e.changed;
    e.silent_edit = e.silent_edit || s.diff->silent_edit;
    for (const std::string& t : TypesOf(*s.diff)) {
      if (std::find(e.change_types.begin(), e.change_types.end(), t) == e.change_types.end())
        e.change_types.push_back(t);
    }
  }
  return e;
}

void WriteHistoryPage(std::ostream& out, const ArticleHistory& h, const ReportMeta& meta) {
  // The "since the first capture" column, only when a step has that diff.
  const bool with_first =
      std::any_of(h.steps.begin(), h.steps.end(), [](const HistoryStep& s) { return s.since_first.has_value(); });
  const std::string title = h.title.empty() ? h.url : h.title;
  out << ReportPageHead("History: " + Clip(title, 200) + " \xE2\x80\x94 provscore", "")
      << "<body>\n<a class=\"skip\" href=\"#h-timeline\">Skip to the timeline</a>\n<header class=\"top\"><p "
         "class=\"meta noprint\">"
         "<a href=\"../history.html\">&larr; All changed articles</a> &middot; "
      << ReportMetaLine(meta) << "</p><h1 dir=\"auto\">History: <bdi>" << EscapeText(Clip(title, 2000))
      << "</bdi></h1><p class=\"meta\">" << LinkOrText(h.url)
      << "</p></header>\n<main>\n<h2 id=\"h-timeline\">Captures</h2>\n"
      << "<div class=\"tablewrap\"><table aria-labelledby=\"h-timeline\"><thead><tr><th scope=\"col\">Date</th>"
         "<th scope=\"col\">Status</th><th scope=\"col\">Changes</th>"
      << (with_first ? "<th scope=\"col\">Since the first capture</th>" : "")
      << "<th scope=\"col\">Headline</th></tr></thead><tbody>";
  for (size_t i = 0; i < h.steps.size(); ++i) {
    const HistoryStep& s = h.steps[i];
    const bool linked = s.status == HistoryStep::Status::kChanged && s.diff;
    out << "<tr><td class=\"date\">" << DateText(s.date) << "</td><td>";
    if (linked)
      out << "<a href=\"#s" << i << "\">" << StatusLabel(s.status) << "</a>";
    else
      out << StatusLabel(s.status);
    out << "</td><td>";
    if (s.diff && s.diff->changed())
      out << Chips(TypesOf(*s.diff), s.diff->silent_edit);
    else if (s.status == HistoryStep::Status::kUnchanged && s.diff)
      out << "<span class=\"muted\">the page changed outside the article</span>";
    else if (s.status == HistoryStep::Status::kUnreadable)
      out << "<span class=\"muted\">" << EscapeText(Clip(s.note, 500)) << "</span>";
    if (with_first) out << "</td><td>";
    if (s.since_first && s.since_first->changed())
      out << "<a href=\"#f" << i << "\">compare</a> " << Chips(TypesOf(*s.since_first), false);
    else if (s.since_first)
      out << "<span class=\"muted\">the same article</span>";
    out << "</td><td class=\"t\" dir=\"auto\"><bdi>" << EscapeText(Clip(s.title, 300)) << "</bdi></td></tr>";
  }
  out << "</tbody></table></div>\n";
  bool any = false;
  for (size_t i = 0; i < h.steps.size(); ++i) {
    const HistoryStep& s = h.steps[i];
    if (s.status == HistoryStep::Status::kChanged && s.diff) {
      if (!any) out << "<h2 id=\"h-changes\">Changes</h2>\n";
      any = true;
      WriteStepDiff(out, s, i);
    }
  }
  if (!any) out << "<p class=\"empty\">The article did not change between these captures.</p>\n";
  bool any_since_first = false;
  for (size_t i = 0; i < h.steps.size(); ++i) {
    const HistoryStep& s = h.steps[i];
    if (!s.since_first || !s.since_first->changed()) continue;
    if (!any_since_first) out << "<h2 id=\"h-since-first\">Changes since the first capture</h2>\n";
    any_since_first = true;
    WriteDiffSection(out, *s.since_first, s.first_date, s.date, "f" + std::to_string(i), true);
  }
  out << "\n</main>\n</body>\n</html>\n";
}

void WriteHistoryIndex(std::ostream& out, const std::vector<HistoryIndexEntry>& entries, const ReportMeta& meta) {
  out << ReportPageHead("provscore history", "")
      << "<body>\n<a class=\"skip\" href=\"#changed\">Skip to the articles</a>\n<header class=\"top\"><h1>Article "
         "history</h1><p class=\"meta\">"
      << ReportMetaLine(meta) << " &middot; " << entries.size() << (entries.size() == 1 ? " article" : " articles")
      << " changed between captures</p></header>\n<main>\n";
  if (entries.empty()) {
    out << "<p class=\"empty\" id=\"changed\">No article changed between its captures.</p>";
  } else {
    out << "<div class=\"tablewrap\"><table id=\"changed\" aria-label=\"Articles that changed\"><thead><tr><th "
           "scope=\"col\">Article</th>"
           "<th scope=\"col\" class=\"n\">Captures</th><th scope=\"col\" class=\"n\">Changed</th><th "
           "scope=\"col\">Changes</th>"
           "<th scope=\"col\">URL</th></tr></thead><tbody>";
    for (const HistoryIndexEntry& e : entries) {
      out << "<tr><td class=\"t\" dir=\"auto\"><a href=\"" << kHistoryDir << "/" << EscapeAttribute(e.page)
          << "\"><bdi>" << EscapeText(Clip(e.title.empty() ? e.url : e.title, 200)) << "</bdi></a></td><td class=\"n\">"
          << e.captures << "</td><td class=\"n\">" << e.changed << "</td><td>" << Chips(e.change_types, e.silent_edit)
          << "</td><td class=\"t\"><code>" << EscapeText(Clip(e.url, 300)) << "</code></td></tr>";
    }
    out << "</tbody></table></div>";
  }
  out << "\n</main>\n</body>\n</html>\n";
}

Status WriteHistoryPageFile(const fs::path& out_dir, const ArticleHistory& history, const ReportMeta& meta,
                            HistoryIndexEntry* entry) {
  std::error_code ec;
  const fs::path dir = out_dir / kHistoryDir;
  fs::create_directories(dir, ec);
  if (ec) return IoError("cannot create " + dir.string() + ": " + ec.message());
  const fs::path path = dir / HistoryPageName(history.url);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return IoError("cannot write " + path.string());
  WriteHistoryPage(out, history, meta);
  out.close();
  if (out.fail()) return IoError("cannot write " + path.string());
  if (entry != nullptr) *entry = HistoryIndexEntryOf(history);
  return Status::Ok();
}

Status WriteHistoryIndexFile(const fs::path& out_dir, const std::vector<HistoryIndexEntry>& entries,
                             const ReportMeta& meta) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return IoError("cannot create " + out_dir.string() + ": " + ec.message());
  const fs::path tmp = out_dir / (std::string(kHistoryIndexName) + ".tmp");
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return IoError("cannot write " + tmp.string());
  WriteHistoryIndex(out, entries, meta);
  out.close();
  if (out.fail()) return IoError("cannot write " + tmp.string());
  return CommitFile(tmp, out_dir / kHistoryIndexName);
}

}  // namespace provscore
