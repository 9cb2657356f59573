// `provscore history`: how archived articles changed between captures. Lists the
// captures of one URL (or of every URL with more than one distinct capture) with
// fetch::CaptureArchive, scores each distinct payload with the pipeline, and compares
// each capture with the one before it with DiffArticles (score/history/article_diff.h). Two
// profiles are in memory at a time; an unchanged capture (a revisit, or the same
// payload digest) is not extracted again. With --html, each URL shown also gets a page of
// the history view (reports/history_page.h), written as soon as its timeline is done.
#include <spdlog/spdlog.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <sstream>
#include <tuple>

#include "batch/archive_input.h"
#include "cli/archive_setup.h"
#include "cli/commands.h"
#include "cli/rules_location.h"
#include "cli/version.h"
#include "fetch/capture_history.h"
#include "reports/history_page.h"
#include "reports/profile_json.h"
#include "score/history/article_diff.h"
#include "score/pipeline.h"

namespace provscore {
namespace {

namespace json = boost::json;

constexpr char kHistorySchema[] = "provscore.history/1";

// "20240301120000" -> "2024-03-01T12:00:00Z".
std::string IsoOf(const std::string& ts) {
  if (ts.size() != 14) return ts;
  return ts.substr(0, 4) + "-" + ts.substr(4, 2) + "-" + ts.substr(6, 2) + "T" + ts.substr(8, 2) + ":" +
         ts.substr(10, 2) + ":" + ts.substr(12, 2) + "Z";
}

json::object CaptureJson(const fetch::CaptureRef& c, const std::string& record_id) {
  json::object o;
  o["date"] = IsoOf(c.timestamp);
  o["warc_file"] = c.warc_file;
  o["offset"] = c.offset;
  o["record_id"] = record_id.empty() ? json::value(nullptr) : json::value(record_id);
  o["revisit"] = c.revisit;
  return o;
}

const char* KindName(ParagraphChange::Kind k) {
  switch (k) {
    case ParagraphChange::Kind::kUnchanged: return "unchanged";
    case ParagraphChange::Kind::kEdited: return "edited";
    case ParagraphChange::Kind::kMoved: return "moved";
    case ParagraphChange::Kind::kAdded: return "added";
    case ParagraphChange::Kind::kRemoved: return "removed";
  }
  return "unchanged";
}

const char* OpName(WordRun::Op op) {
  switch (op) {
    case WordRun::Op::kEqual: return "equal";
    case WordRun::Op::kAdded: return "added";
    case WordRun::Op::kRemoved: return "removed";
  }
  return "equal";
}

json::object DiffJson(const ArticleDiff& d) {
  json::object o;
  json::array changes;
  for (const ArticleChange& c : d.changes) {
    json::object x;
    x["type"] = c.type;
    x["before"] = c.before.empty() ? json::value(nullptr) : json::value(c.before);
    x["after"] = c.after.empty() ? json::value(nullptr) : json::value(c.after);
    if (c.type == kChangeBodyEdited || c.type == kChangeParagraphAdded || c.type == kChangeParagraphRemoved) {
      x["words_added"] = c.words_added;
      x["words_removed"] = c.words_removed;
      x["paragraphs"] = c.paragraphs;
    }
    if (c.type == kChangeLinkAdded || c.type == kChangeLinkRemoved) x["links"] = c.links;
    changes.push_back(std::move(x));
  }
  o["changes"] = std::move(changes);
  o["silent_edit"] = d.silent_edit;
  o["words_before"] = d.words_before;
  o["words_after"] = d.words_after;
  o["words_added"] = d.words_added;
  o["words_removed"] = d.words_removed;
  o["share_changed"] = std::round(d.share_changed * 10000.0) / 10000.0;
  json::array paragraphs;
  for (const ParagraphChange& p : d.paragraphs) {
    if (p.kind == ParagraphChange::Kind::kUnchanged) continue;
    json::object x;
    x["kind"] = KindName(p.kind);
    x["before"] = p.before < 0 ? json::value(nullptr) : json::value(p.before);
    x["after"] = p.after < 0 ? json::value(nullptr) : json::value(p.after);
    json::array runs;
    for (const WordRun& r : p.words) runs.push_back(json::object{{"op", OpName(r.op)}, {"text", r.text}});
    x["words"] = std::move(runs);
    paragraphs.push_back(std::move(x));
  }
  o["paragraphs"] = std::move(paragraphs);
  return o;
}

std::string Quoted(const std::string& s) {
  constexpr size_t kMax = 120;
  return "\"" + (s.size() > kMax ? s.substr(0, kMax) + "…" : s) + "\"";
}

// One line per step of the timeline: its date, its capture number (1 = the URL's oldest
// successful capture, what --from and --to take), what happened; and a line per changed value.
void PrintStep(std::ostream& out, size_t number, const std::string& date, const std::string& what) {
  out << "  " << date.substr(0, 10) << " " << date.substr(11, 8) << "  #" << number << "  " << what << "\n";
}

void PrintDiff(std::ostream& out, size_t number, const std::string& date, const ArticleDiff& d) {
  std::string line;
  for (const ArticleChange& c : d.changes) {
    if (!line.empty()) line += ", ";
    line += c.type;
    if (c.type == kChangeBodyEdited || c.type == kChangeParagraphAdded || c.type == kChangeParagraphRemoved) {
      line += " (+" + std::to_string(c.words_added) + " -" + std::to_string(c.words_removed) + " words)";
    }
  }
  if (d.changes.empty()) line = "no change in the article (the page changed elsewhere)";
  if (d.silent_edit) line += "; silent_edit";
  char share[32];
  std::snprintf(share, sizeof share, "%.1f", d.share_changed * 100.0);
  if (d.words_added + d.words_removed > 0) line += "; " + std::string(share) + "% of the body changed";
  PrintStep(out, number, date, line);
  for (const ArticleChange& c : d.changes) {
    const std::string indent(27, ' ');
    if (c.type == kChangeBodyEdited || c.type == kChangeParagraphAdded || c.type == kChangeParagraphRemoved) continue;
    out << indent << c.type << ": " << (c.before.empty() ? "(none)" : Quoted(c.before)) << " -> "
        << (c.after.empty() ? "(none)" : Quoted(c.after)) << "\n";
  }
}

// The silent_edit signal on the later capture, scored by the model's effect for it
// (rules/scoring.json) like a batch signal.
void AddSilentEdit(const ArticleDiff& d, const std::string& since, ReliabilityProfile& later) {
  std::string changes;
  for (const ArticleChange& c : d.changes) changes += (changes.empty() ? "" : ", ") + c.type;
  Signal s;
  s.type = kSignalSilentEdit;
  s.rule = "history.silent_edit";
  s.confidence = 1.0;
  s.evidence.push_back({changes, 0, changes.size(), "history"});
  s.fields["since"] = since;
  s.fields["changes"] = changes;
  s.fields["words_added"] = d.words_added;
  s.fields["words_removed"] = d.words_removed;
  later.signals.push_back(std::move(s));
}

// What the scoring model made of the silent_edit signal (the last signal of `later`).
void PrintSilentEditScore(std::ostream& out, const ReliabilityProfile& later) {
  const int index = static_cast<int>(later.signals.size()) - 1;
  std::string effect = "no effect in the scoring model";
  for (const Reason& r : later.reasons) {
    if (r.signal != index) continue;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%+.0f %s", r.points, r.dimension.c_str());
    effect = buf;
  }
  char score[64];
  std::snprintf(score, sizeof score, "%.1f (%s)", later.scores.overall, later.scores.grade.c_str());
  out << std::string(27, ' ') << "silent_edit: " << effect << "; the capture scores " << score << "\n";
}

// "2024-05-06", "2024-05-06T12:00", "20240506120000" -> the 14-digit prefix to compare
// CDXJ timestamps with; nullopt when it is not a date.
std::optional<std::string> SinceKey(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      digits += c;
    else if (c != '-' && c != ':' && c != 'T' && c != ' ' && c != 'Z')
      return std::nullopt;
  }
  if (digits.size() < 8 || digits.size() > 14) return std::nullopt;
  return digits;
}

// --from / --to: "3" or "#3" (a capture number as the timeline prints it, 1 = the
// oldest), or a date as --since takes it: the latest capture within or before what
// it names ("2024-05-06": up to 23:59:59 that day). An index into `captures`.
Result<size_t> PickCapture(const std::vector<fetch::CaptureRef>& captures, const std::string& spec) {
  std::string number = spec.starts_with("#") ? spec.substr(1) : spec;
  if (!number.empty() && number.size() <= 6 &&
      std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const size_t n = std::stoul(number);
    if (n < 1 || n > captures.size()) {
      return InvalidArgument("no capture #" + number + ": the URL has " + std::to_string(captures.size()) +
                             " successful capture(s), numbered from 1");
    }
    return n - 1;
  }
  std::optional<std::string> key = SinceKey(spec);
  if (!key) return InvalidArgument("not a capture number or a date (examples: 3, #3, 2024-05-06, 2024-05-06T12:00)");
  key->resize(14, '9');
  std::optional<size_t> found;
  for (size_t i = 0; i < captures.size() && captures[i].timestamp <= *key; ++i) found = i;
  if (!found) return NotFound("no capture at or before " + spec);
  return *found;
}

struct Step {
  ReliabilityProfile profile;
  std::string digest_key;
};

// What identifies a capture's payload: its digest, else its record's place.
std::string PayloadKey(const fetch::CaptureRef& c) {
  return c.digest.empty() ? c.warc_file + "@" + std::to_string(c.offset) : c.digest;
}

// A capture read and scored, or why not (`error`: counted as a document error; a
// payload that is not an HTML page is not one).
struct Extracted {
  std::optional<Step> step;
  std::string record_id;
  std::string why;
  bool error = false;
};

class HistoryRun {
 public:
  HistoryRun(const HistoryOptions& options, const fetch::CaptureArchive& archive, const Pipeline& pipeline,
             std::ostream& out, ReportMeta meta)
      : options_(options), archive_(archive), pipeline_(pipeline), out_(out), meta_(std::move(meta)) {}

  // Prints the timeline of `url`. Returns whether it showed any change at or after --since.
  bool Timeline(const std::string& url, bool only_if_changed) {
    const std::vector<fetch::CaptureRef> captures = SuccessfulCaptures(url);
    // Start at the last capture before --since: the first step shown is compared with it.
    size_t first_shown = 0;
    while (first_shown < captures.size() && captures[first_shown].timestamp < since_) ++first_shown;
    const size_t start = first_shown > 0 ? first_shown - 1 : 0;
    std::ostringstream lines;
    std::vector<std::string> json_lines;
    bool changed = false;
    std::optional<Step> prev;
    std::optional<fetch::CaptureRef> prev_ref;
    std::string prev_record;
    ArticleHistory view;  // the --html page
    view.url = url;
    std::optional<std::tuple<Article, std::vector<Signal>, std::string>> first;  // --html: the first capture read
    bool changed_since_first = false;  // some earlier step changed the article
    for (size_t i = start; i < captures.size(); ++i) {
      const fetch::CaptureRef& c = captures[i];
      const bool shown = i >= first_shown;
      const std::string date = IsoOf(c.timestamp);
      const std::string key = PayloadKey(c);
      if (prev && key == prev->digest_key) {
        if (shown) {
          view.steps.push_back({c.revisit ? HistoryStep::Status::kRevisit : HistoryStep::Status::kUnchanged, date, "", "",
                                std::nullopt, ""});
          PrintStep(lines, i + 1, date, c.revisit ? "unchanged (revisit)" : "unchanged (same payload)");
          json_lines.push_back(PairJson(url, *prev_ref, prev_record, c, "", nullptr, nullptr));
        }
        continue;
      }
      Extracted got = Extract(c);
      if (!got.step) {
        if (got.error) ++errors_;
        if (shown) {
          PrintStep(lines, i + 1, date, got.why);
          view.steps.push_back({HistoryStep::Status::kUnreadable, date, "", got.why, std::nullopt, ""});
        }
        continue;
      }
      Step step = std::move(*got.step);
      if (!prev) {
        if (shown) {
          PrintStep(lines, i + 1, date, "first capture: " + Quoted(step.profile.article.title));
          view.steps.push_back({HistoryStep::Status::kFirst, date, step.profile.article.title, "", std::nullopt, ""});
        }
        if (!options_.html_dir.empty()) {  // kept for the page's diffs with the first capture
          first.emplace(step.profile.article, step.profile.signals, date);
        }
      } else {
        ArticleDiff d =
            DiffArticles({prev->profile.article, prev->profile.signals}, {step.profile.article, step.profile.signals});
        std::optional<ArticleDiff> since_first;
        // Only once the article has changed since the first capture is a diff with it not
        // the same as the diff with the previous capture.
        if (first && shown && changed_since_first) {
          since_first =
              DiffArticles({std::get<0>(*first), std::get<1>(*first)}, {step.profile.article, step.profile.signals});
        }
        changed_since_first = changed_since_first || d.changed();
        if (d.silent_edit) {
          AddSilentEdit(d, IsoOf(prev_ref->timestamp), step.profile);
          pipeline_.Rescore(step.profile);
        }
        if (shown) {
          changed = changed || d.changed();
          PrintDiff(lines, i + 1, date, d);
          if (d.silent_edit) PrintSilentEditScore(lines, step.profile);
          json_lines.push_back(PairJson(url, *prev_ref, prev_record, c, got.record_id, &d, &step.profile));
          const HistoryStep::Status status = d.changed() ? HistoryStep::Status::kChanged : HistoryStep::Status::kUnchanged;
          // The diff is kept (until the URL is done) only for the --html page.
          std::optional<ArticleDiff> kept;
          if (!options_.html_dir.empty()) kept = std::move(d);
          view.steps.push_back({status, date, step.profile.article.title, "", std::move(kept),
                                IsoOf(prev_ref->timestamp), std::move(since_first), first ? std::get<2>(*first) : ""});
        }
      }
      if (!step.profile.article.title.empty()) view.title = step.profile.article.title;
      prev = std::move(step);
      prev_ref = c;
      prev_record = got.record_id;
    }
    if (only_if_changed && !changed) return false;
    if (!options_.html_dir.empty()) {
      HistoryIndexEntry entry;
      if (Status s = WriteHistoryPageFile(options_.html_dir, view, meta_, &entry); !s.ok()) {
        spdlog::error("{}", s.message());
        html_failed_ = true;
      } else {
        html_entries_.push_back(std::move(entry));
      }
    }
    if (options_.json) {
      for (const std::string& l : json_lines) out_ << l << "\n";
    } else {
      out_ << (captures.empty() ? url : captures.front().url) << ": " << captures.size() << " capture(s)\n"
           << lines.str();
    }
    return changed;
  }

  // --from / --to: `url`'s captures `from_spec` and `to_spec` (PickCapture; empty: the
  // first and the last), compared as one step of the timeline would compare them -- any
  // two, in either order (a silent_edit only when `to` is the later). Returns the exit code.
  int Compare(const std::string& url, const std::string& from_spec, const std::string& to_spec) {
    const std::vector<fetch::CaptureRef> captures = SuccessfulCaptures(url);
    if (captures.empty()) {
      spdlog::error("{}: no successful capture in {}", url, options_.archive_dir);
      return kExitDocumentErrors;
    }
    Result<size_t> a = from_spec.empty() ? Result<size_t>(size_t{0}) : PickCapture(captures, from_spec);
    Result<size_t> b = to_spec.empty() ? Result<size_t>(captures.size() - 1) : PickCapture(captures, to_spec);
    for (const auto& [flag, spec, picked] : {std::tuple{"--from", from_spec, &a}, std::tuple{"--to", to_spec, &b}}) {
      if (!picked->ok()) {
        spdlog::error("{} {}: {}", flag, spec, picked->status().message());
        return kExitUsage;
      }
    }
    const fetch::CaptureRef& from = captures[*a];
    const fetch::CaptureRef& to = captures[*b];
    Extracted earlier = Extract(from);
    if (!earlier.step) {
      spdlog::error("capture #{} ({}): {}", *a + 1, IsoOf(from.timestamp), earlier.why);
      return kExitDocumentErrors;
    }
    std::ostringstream text;
    text << from.url << ": capture #" << *a + 1 << " (" << IsoOf(from.timestamp) << ") -> #" << *b + 1 << " ("
         << IsoOf(to.timestamp) << ")\n";
    if (PayloadKey(from) == PayloadKey(to)) {
      PrintStep(text, *b + 1, IsoOf(to.timestamp), "unchanged (same payload)");
      out_ << (options_.json ? PairJson(url, from, earlier.record_id, to, "", nullptr, nullptr) + "\n" : text.str());
      return kExitOk;
    }
    Extracted later = Extract(to);
    if (!later.step) {
      spdlog::error("capture #{} ({}): {}", *b + 1, IsoOf(to.timestamp), later.why);
      return kExitDocumentErrors;
    }
    ReliabilityProfile& profile = later.step->profile;
    const ArticleDiff d = DiffArticles({earlier.step->profile.article, earlier.step->profile.signals},
                                       {profile.article, profile.signals});
    const bool silent = d.silent_edit && *a < *b;
    if (silent) {
      AddSilentEdit(d, IsoOf(from.timestamp), profile);
      pipeline_.Rescore(profile);
    }
    if (options_.json) {
      out_ << PairJson(url, from, earlier.record_id, to, later.record_id, &d, &profile) << "\n";
      return kExitOk;
    }
    PrintDiff(text, *b + 1, IsoOf(to.timestamp), d);
    if (silent) PrintSilentEditScore(text, profile);
    out_ << text.str();
    return kExitOk;
  }

  int errors() const { return errors_; }
  bool html_failed() const { return html_failed_; }
  const std::vector<HistoryIndexEntry>& html_entries() const { return html_entries_; }
  const ReportMeta& meta() const { return meta_; }
  void set_since(std::string since) { since_ = std::move(since); }

 private:
  std::vector<fetch::CaptureRef> SuccessfulCaptures(const std::string& url) const {
    std::vector<fetch::CaptureRef> captures = archive_.CapturesOf(url);
    captures.erase(std::remove_if(captures.begin(), captures.end(), [](const auto& c) { return !c.successful(); }),
                   captures.end());
    return captures;
  }

  // Reads capture `c` (a revisit resolved) and scores it.
  Extracted Extract(const fetch::CaptureRef& c) const {
    Extracted out;
    Result<fetch::LoadedCapture> loaded = archive_.Load(c);
    if (!loaded.ok()) {
      out.error = true;
      out.why = "cannot be read: " + loaded.status().message();
      return out;
    }
    out.record_id = loaded->record_id;
    SourceDocument doc;
    doc.path = (std::filesystem::path(options_.archive_dir) / c.warc_file).string();
    doc.url = c.url;
    doc.archive.fetched_at = IsoOf(c.timestamp);
    doc.archive.warc_file = c.warc_file;
    doc.archive.warc_offset = c.offset;
    doc.archive.warc_record_id = loaded->record_id;
    std::optional<WarcDocument> wd = DocumentFromPayload(std::move(loaded->payload), std::move(doc));
    if (!wd || !wd->error.ok()) {
      out.why = wd ? "cannot be decoded: " + wd->error.message() : "not an HTML page";
      out.error = wd.has_value();
      return out;
    }
    out.step = Step{pipeline_.Run(wd->doc), PayloadKey(c)};
    return out;
  }

  std::string PairJson(const std::string& url, const fetch::CaptureRef& from, const std::string& from_record,
                       const fetch::CaptureRef& to, const std::string& to_record, const ArticleDiff* d,
                       const ReliabilityProfile* later) {
    json::object o;
    o["schema"] = kHistorySchema;
    o["url"] = url;
    o["from"] = CaptureJson(from, from_record);
    json::object to_json = CaptureJson(to, to_record);
    if (later) {  // the later capture's score, a silent_edit included
      to_json["overall"] = std::round(later->scores.overall * 10.0) / 10.0;
      to_json["grade"] = later->scores.grade;
    }
    o["to"] = std::move(to_json);
    o["same_payload"] = d == nullptr;
    if (d) {
      for (auto& [k, v] : DiffJson(*d)) o[k] = v;
    } else {
      o["changes"] = json::array();
      o["silent_edit"] = false;
    }
    return SerializeJson(o);  // shortest round-trip numbers, as profiles.jsonl
  }

  const HistoryOptions& options_;
  const fetch::CaptureArchive& archive_;
  const Pipeline& pipeline_;
  std::ostream& out_;
  std::string since_;
  int errors_ = 0;
  ReportMeta meta_;
  std::vector<HistoryIndexEntry> html_entries_;  // the pages written, for history.html
  bool html_failed_ = false;
};

}  // namespace

int RunHistory(const HistoryOptions& options_in, std::ostream& out) {
  HistoryOptions options = options_in;
  if (options.archive_dir.empty()) options.archive_dir = DefaultArchiveDir();
  std::optional<std::string> since = options.since.empty() ? std::string() : SinceKey(options.since);
  if (!since) {
    spdlog::error("--since {}: not a date (examples: 2024-05-06, 2024-05-06T12:00)", options.since);
    return kExitUsage;
  }
  const std::shared_ptr<const RuleSet> rules = LoadCommandRules(options.rules_dirs);
  if (!rules) return kExitUsage;
  auto pipeline = Pipeline::Create(rules);
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitUsage;
  }
  auto archive = fetch::CaptureArchive::Open(options.archive_dir);
  if (!archive.ok()) {
    spdlog::error("{}", archive.status().message());
    return kExitUsage;
  }
  spdlog::info("{}: {} capture(s), listed from {}", options.archive_dir, (*archive)->size(),
               (*archive)->source() == fetch::CaptureArchive::Source::kIndex ? "index.cdxj" : "a scan of the WARC files");
  if (!options.html_dir.empty()) {  // earlier pages go, so history.html lists every page in h/
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(options.html_dir) / kHistoryDir, ec)) {
      if (entry.path().extension() == ".html") std::filesystem::remove(entry.path(), ec);
    }
  }
  HistoryRun run(options, **archive, *pipeline, out, ReportMeta{ToolVersion(), rules->version(), "", rules->digest()});
  run.set_since(*since);
  if (!options.url.empty()) {
    if ((*archive)->CapturesOf(options.url).empty()) {
      spdlog::error("{}: no capture in {}", options.url, options.archive_dir);
      return kExitDocumentErrors;
    }
    if (!options.from.empty() || !options.to.empty()) return run.Compare(options.url, options.from, options.to);
    run.Timeline(options.url, /*only_if_changed=*/false);
  } else {
    size_t changed = 0;
    const std::vector<std::string> urls = (*archive)->UrlsWithDistinctCaptures();
    for (const std::string& url : urls) {
      if (run.Timeline(url, /*only_if_changed=*/true)) ++changed;
    }
    spdlog::info("{} of {} URL(s) with several distinct captures changed in their article", changed, urls.size());
  }
  if (!options.html_dir.empty()) {
    if (Status s = WriteHistoryIndexFile(options.html_dir, run.html_entries(), run.meta()); !s.ok()) {
      spdlog::error("{}", s.message());
      return kExitUsage;
    }
    if (run.html_failed()) return kExitUsage;
    spdlog::info("history view: {}", (std::filesystem::path(options.html_dir) / kHistoryIndexName).string());
  }
  return run.errors() > 0 ? kExitDocumentErrors : kExitOk;
}

}  // namespace provscore
