#include "fetch/watcher.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_set>

#include "fetch/link_discovery.h"
#include "fetch/stored_capture.h"

namespace provscore::fetch {
namespace {

bool Cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

// The last hop of a URL's capture, or null when nothing was captured.
const ArchivedHop* FinalHop(const ArchivedUrl& a) { return a.hops.empty() ? nullptr : &a.hops.back(); }

// Keeps the first occurrence of each URL, recording in *source_of the source it came from.
void AppendDistinct(const std::vector<std::string>& from, std::vector<std::string>* to,
                    std::unordered_set<std::string>* seen, const std::string& source,
                    std::map<std::string, std::string>* source_of) {
  for (const std::string& u : from) {
    if (seen->insert(u).second) {
      to->push_back(u);
      source_of->emplace(u, source);
    }
  }
}

// A capture that reached the server and got a non-error answer.
bool Captured(const ArchivedUrl& a) {
  const ArchivedHop* hop = FinalHop(a);
  return a.error.ok() && hop && hop->status < 400;
}

}  // namespace

std::vector<int64_t> DefaultRecaptureOffsets() {
  return {3600, 6 * 3600, 86400, 3 * 86400, 7 * 86400};
}

const char* SourceTypeName(SourceType type) {
  switch (type) {
    case SourceType::kPage: return "page";
    case SourceType::kFeed: return "feed";
    case SourceType::kSitemap: return "sitemap";
  }
  return "?";
}

Watcher::Watcher(Archiver* archiver, std::vector<WatchSource> sources, WatcherOptions options)
    : archiver_(archiver), sources_(std::move(sources)), options_(std::move(options)) {}

int64_t Watcher::Now() const {
  if (options_.now_unix) return options_.now_unix();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Status Watcher::SyncSchedule() {
  const int64_t now = Now();
  StateDb& db = archiver_->state();
  for (const WatchSource& s : sources_) {
    Result<std::optional<ScheduleEntry>> e = db.GetSchedule(s.url);
    if (!e.ok()) return e.status();
    if (!e->has_value()) {
      if (Status st = db.PutSchedule({s.url, s.interval_seconds, now}); !st.ok()) return st;
    } else if ((*e)->interval_seconds != s.interval_seconds) {
      // A shorter interval takes effect now rather than after the old one runs out.
      const int64_t due = std::min((*e)->next_due_unix, now + s.interval_seconds);
      if (Status st = db.PutSchedule({s.url, s.interval_seconds, due}); !st.ok()) return st;
    }
  }
  return Status::Ok();
}

Result<int64_t> Watcher::SecondsUntilDue() {
  if (Status s = SyncSchedule(); !s.ok()) return s;
  Result<std::vector<ScheduleEntry>> all = archiver_->state().ListSchedule();
  if (!all.ok()) return all.status();
  std::unordered_set<std::string> watched;
  for (const WatchSource& s : sources_) watched.insert(s.url);
  const int64_t now = Now();
  std::optional<int64_t> soonest;
  for (const ScheduleEntry& e : *all) {
    if (!watched.count(e.source_url)) continue;  // a source removed from the file
    soonest = std::min(soonest.value_or(e.next_due_unix), e.next_due_unix);
  }
  Result<std::optional<int64_t>> recapture = archiver_->state().NextRecaptureDue();
  if (!recapture.ok()) return recapture.status();
  if (*recapture) soonest = std::min(soonest.value_or(**recapture), **recapture);
  if (!soonest) return int64_t{0};
  return std::max<int64_t>(0, *soonest - now);
}

Result<ArchiveSummary> Watcher::ArchiveUrls(const std::string& stage, const std::vector<std::string>& urls,
                                            const std::atomic<bool>* cancel, WatchCycle* cycle) {
  if (urls.empty()) return ArchiveSummary{};
  std::function<void(const ArchiveProgress&)> progress;
  if (options_.progress) progress = [&](const ArchiveProgress& p) { options_.progress(stage, p); };
  Result<ArchiveSummary> s = archiver_->Archive(urls, progress, cancel);
  if (!s.ok()) return s.status();
  cycle->responses += s->responses;
  cycle->revisits += s->revisits;
  for (const ArchivedUrl& a : s->urls) {
    const ArchivedHop* hop = FinalHop(a);
    if (!a.error.ok()) {
      ++cycle->errors;
      cycle->problems.push_back(a.url + ": " + a.error.message());
    } else if (hop && hop->status >= 400) {
      ++cycle->errors;
      cycle->problems.push_back(a.url + ": HTTP " + std::to_string(hop->status));
    }
  }
  return s;
}

bool Watcher::Discover(const std::string& url, std::vector<std::string>* articles,
                       std::vector<std::string>* sitemaps, WatchCycle* cycle) {
  auto problem = [&](const std::string& what) {
    ++cycle->errors;
    cycle->problems.push_back(url + ": " + what);
    return false;
  };
  Result<StoredCapture> capture = FindStoredCapture(archiver_->state(), archiver_->directory(), url);
  if (!capture.ok()) return problem(capture.status().message());
  Result<HttpPayload> payload = DecodeHttpPayload(capture->record);
  if (!payload.ok()) return problem(payload.status().message());
  if (!payload->content_decoded) return problem("unsupported Content-Encoding");
  Result<DiscoveredLinks> links = DiscoverLinks(payload->body, url);
  if (!links.ok()) return problem(links.status().message());
  articles->insert(articles->end(), links->articles.begin(), links->articles.end());
  sitemaps->insert(sitemaps->end(), links->sitemaps.begin(), links->sitemaps.end());
  return true;
}

Result<WatchCycle> Watcher::RunDue(const std::atomic<bool>* cancel) {
  WatchCycle cycle;
  if (Status s = SyncSchedule(); !s.ok()) return s;
  const int64_t started = Now();
  Result<std::vector<ScheduleEntry>> due_or = archiver_->state().DueSchedule(started);
  if (!due_or.ok()) return due_or.status();
  if (Status s = RunRecaptures(started, cancel, &cycle); !s.ok()) return s;
  if (Cancelled(cancel)) {
    cycle.cancelled = true;
    return cycle;
  }
  std::map<std::string, const WatchSource*> by_url;
  for (const WatchSource& s : sources_) by_url.emplace(s.url, &s);
  std::vector<const WatchSource*> due;
  for (const ScheduleEntry& e : *due_or) {
    if (auto it = by_url.find(e.source_url); it != by_url.end()) due.push_back(it->second);
  }
  cycle.sources_due = due.size();
  if (due.empty()) return cycle;

  // 1. The sources themselves.
  std::vector<std::string> urls;
  for (const WatchSource* s : due) urls.push_back(s->url);
  Result<ArchiveSummary> fetched = ArchiveUrls("sources", urls, cancel, &cycle);
  if (!fetched.ok()) return fetched.status();
  std::map<std::string, const ArchivedUrl*> result_of;
  for (const ArchivedUrl& a : fetched->urls) result_of.emplace(a.url, &a);

  std::vector<const WatchSource*> finished;   // schedule advances for these
  std::vector<const WatchSource*> listing;    // feeds and sitemaps still to finish
  std::vector<std::string> articles, sitemaps;
  std::unordered_set<std::string> seen_articles, seen_sitemaps;
  std::map<std::string, std::string> source_of;  // article or child sitemap -> watched source
  for (const WatchSource* s : due) {
    auto it = result_of.find(s->url);
    if (it == result_of.end()) continue;  // never started: cancelled
    const ArchivedUrl& a = *it->second;
    const ArchivedHop* hop = FinalHop(a);
    if (s->type == SourceType::kPage || !a.error.ok() || !hop || hop->status >= 400) {
      finished.push_back(s);  // a failed poll waits for its next turn rather than hammering
      continue;
    }
    std::vector<std::string> found, children;
    if (!Discover(hop->url, &found, &children, &cycle)) {
      finished.push_back(s);
      continue;
    }
    AppendDistinct(found, &articles, &seen_articles, s->url, &source_of);
    AppendDistinct(children, &sitemaps, &seen_sitemaps, s->url, &source_of);
    listing.push_back(s);
  }

  // 2. Child sitemaps of sitemap indexes, level by level.
  for (int depth = 0; depth < options_.sitemap_depth && !sitemaps.empty() && !Cancelled(cancel); ++depth) {
    Result<ArchiveSummary> children = ArchiveUrls("sitemaps", sitemaps, cancel, &cycle);
    if (!children.ok()) return children.status();
    cycle.sitemaps_fetched += children->urls.size();
    std::vector<std::string> next;
    for (const ArchivedUrl& a : children->urls) {
      const ArchivedHop* hop = FinalHop(a);
      if (!a.error.ok() || !hop || hop->status >= 400) continue;
      std::vector<std::string> found, grandchildren;
      if (!Discover(hop->url, &found, &grandchildren, &cycle)) continue;
      const std::string root = source_of[a.url];
      AppendDistinct(found, &articles, &seen_articles, root, &source_of);
      AppendDistinct(grandchildren, &next, &seen_sitemaps, root, &source_of);
    }
    sitemaps = std::move(next);
  }
  cycle.discovered = articles.size();

  // 3. Articles never fetched before.
  std::vector<std::string> fresh;
  for (const std::string& u : articles) {
    if (fresh.size() >= options_.max_new_articles) break;
    Result<std::optional<UrlState>> st = archiver_->state().GetUrl(u);
    if (!st.ok()) return st.status();
    if (!st->has_value()) fresh.push_back(u);
  }
  cycle.new_articles = fresh.size();
  if (!Cancelled(cancel)) {
    Result<ArchiveSummary> got = ArchiveUrls("articles", fresh, cancel, &cycle);
    if (!got.ok()) return got.status();
    if (Status st = QueueRecaptures(*got, source_of, started, &cycle); !st.ok()) return st;
  }
  cycle.cancelled = Cancelled(cancel);
  if (!cycle.cancelled) finished.insert(finished.end(), listing.begin(), listing.end());

  // 4. Due again after the interval, counted from when this cycle started.
  for (const WatchSource* s : finished) {
    if (Status st = archiver_->state().PutSchedule({s->url, s->interval_seconds, started + s->interval_seconds});
        !st.ok()) {
      return st;
    }
  }
  cycle.sources_done = finished.size();
  return cycle;
}

Status Watcher::QueueRecaptures(const ArchiveSummary& archived, const std::map<std::string, std::string>& source_of,
                                int64_t now, WatchCycle* cycle) {
  std::map<std::string, const WatchSource*> by_url;
  for (const WatchSource& s : sources_) by_url.emplace(s.url, &s);
  for (const ArchivedUrl& a : archived.urls) {
    if (!Captured(a)) continue;  // a failed article is fetched afresh when listed again
    auto from = source_of.find(a.url);
    if (from == source_of.end()) continue;
    auto src = by_url.find(from->second);
    if (src == by_url.end() || src->second->recapture_offsets.empty()) continue;
    const RecaptureEntry e{a.url, from->second, now, 0, now + src->second->recapture_offsets.front()};
    if (Status st = archiver_->state().PutRecapture(e); !st.ok()) return st;
    ++cycle->queued;
  }
  return Status::Ok();
}

Status Watcher::RunRecaptures(int64_t now, const std::atomic<bool>* cancel, WatchCycle* cycle) {
  StateDb& db = archiver_->state();
  Result<std::vector<RecaptureEntry>> due = db.DueRecaptures(now, options_.max_recaptures);
  if (!due.ok()) return due.status();
  cycle->recaptures_due = due->size();
  if (due->empty()) return Status::Ok();
  std::map<std::string, const WatchSource*> by_url;
  for (const WatchSource& s : sources_) by_url.emplace(s.url, &s);
  std::map<std::string, std::pair<RecaptureEntry, const WatchSource*>> pending;
  std::vector<std::string> urls;
  for (const RecaptureEntry& e : *due) {
    auto src = by_url.find(e.source_url);
    const WatchSource* s = src == by_url.end() ? nullptr : src->second;
    if (!s || s->recapture_offsets.empty() || static_cast<size_t>(e.steps_done) >= s->recapture_offsets.size()) {
      if (Status st = db.RemoveRecapture(e.url); !st.ok()) return st;  // source gone or re-capture off
      continue;
    }
    pending.emplace(e.url, std::make_pair(e, s));
    urls.push_back(e.url);
  }
  Result<ArchiveSummary> got = ArchiveUrls("recaptures", urls, cancel, cycle);
  if (!got.ok()) return got.status();
  // A URL that was not reached (cancelled) keeps its entry; a failed one waits for its next
  // offset rather than being retried at once.
  for (const ArchivedUrl& a : got->urls) {
    auto it = pending.find(a.url);
    if (it == pending.end()) continue;
    ++cycle->recaptured;
    RecaptureEntry e = it->second.first;
    const std::vector<int64_t>& offsets = it->second.second->recapture_offsets;
    size_t step = static_cast<size_t>(e.steps_done) + 1;
    while (step < offsets.size() && e.discovered_unix + offsets[step] <= now) ++step;
    Status st = Status::Ok();
    if (step >= offsets.size()) {
      st = db.RemoveRecapture(e.url);
    } else {
      e.steps_done = static_cast<int>(step);
      e.next_due_unix = e.discovered_unix + offsets[step];
      st = db.PutRecapture(e);
    }
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace provscore::fetch
