// Watcher: polls the sources a user follows -- pages, RSS/Atom feeds and sitemaps --
// on their intervals, and archives what they lead to. The schedule lives in the
// archive's StateDb, so a restarted watcher carries on where the last one stopped.
//
// One cycle (RunDue): new sources are due at once; every due source is archived (a feed
// or sitemap is archived like any page, so the archive shows what it listed when);
// feeds and sitemaps are read back from the archive and their article URLs discovered
// (a sitemap index's child sitemaps are archived and read in turn, two levels deep);
// article URLs the archive has never fetched are archived; each source is then due
// again after its interval. A page source is re-archived each time it is due (an
// unchanged page becomes a revisit record). Cancelling keeps the schedule of sources
// whose work did not finish, so the next run repeats them.
//
// Re-capture (fetch/HISTORY.md): an article first archived from a feed or sitemap is
// queued in StateDb and archived again at discovery + each offset of its source's
// `recapture_offsets` (conditional GETs, so an unchanged page costs a revisit record).
// Each cycle first archives the due re-captures; a URL due for several offsets at once
// (the watcher was stopped) is archived once and moves to the first offset still ahead.
// After the last offset, or when its source is gone or has re-capture off, the URL
// leaves the queue.
// Not thread-safe: one cycle at a time, on the caller's thread.
//
//   Watcher w(archiver.get(), sources);
//   Result<WatchCycle> c = w.RunDue(&cancel);                // --once
//   while (!cancel) { w.RunDue(&cancel); sleep(w.SecondsUntilDue()); }
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "fetch/archiver.h"

namespace provscore::fetch {

enum class SourceType { kPage, kFeed, kSitemap };

// 1 h, 6 h, 1 d, 3 d, 7 d after discovery.
std::vector<int64_t> DefaultRecaptureOffsets();

struct WatchSource {
  std::string url;
  SourceType type = SourceType::kPage;
  int64_t interval_seconds = 1800;  // due again this long after each poll
  // Seconds after discovery at which an article this feed or sitemap led to is archived
  // again, ascending; empty: never. Unused for pages.
  std::vector<int64_t> recapture_offsets = DefaultRecaptureOffsets();
};

// What one cycle did.
struct WatchCycle {
  size_t sources_due = 0;
  size_t sources_done = 0;        // due sources whose work finished (schedule advanced)
  size_t sitemaps_fetched = 0;    // child sitemaps of sitemap indexes
  size_t discovered = 0;          // article URLs found in feeds and sitemaps (distinct)
  size_t new_articles = 0;        // of those, never fetched before
  size_t queued = 0;              // new articles queued for re-capture
  size_t recaptures_due = 0;      // queued articles due now
  size_t recaptured = 0;          // of those, archived again (the rest: dropped or cancelled)
  size_t responses = 0;           // records written, over every archive call
  size_t revisits = 0;
  size_t errors = 0;              // URLs that failed, feeds that did not parse
  bool cancelled = false;
  std::vector<std::string> problems;  // one line each, for the log
};

struct WatcherOptions {
  size_t max_new_articles = 10000;   // per cycle; the rest wait for the next cycle
  size_t max_recaptures = 10000;     // per cycle, soonest due first; the rest wait
  int sitemap_depth = 2;             // levels of sitemap indexes followed
  std::function<int64_t()> now_unix; // empty: the system clock
  // Called with each archive call's progress (sources, sitemaps, articles).
  std::function<void(const std::string& stage, const ArchiveProgress&)> progress;
};

class Watcher {
 public:
  Watcher(Archiver* archiver, std::vector<WatchSource> sources, WatcherOptions options = {});

  // Runs every due source once. Errors are StateDb failures only; per-URL problems are
  // counted in the WatchCycle.
  Result<WatchCycle> RunDue(const std::atomic<bool>* cancel = nullptr);
  // Seconds until the next source or re-capture is due; 0 when one is due now.
  Result<int64_t> SecondsUntilDue();

 private:
  int64_t Now() const;
  Status SyncSchedule();
  Result<ArchiveSummary> ArchiveUrls(const std::string& stage, const std::vector<std::string>& urls,
                                     const std::atomic<bool>* cancel, WatchCycle* cycle);
  // Archives the re-captures due at `now` and advances or ends their schedule.
  Status RunRecaptures(int64_t now, const std::atomic<bool>* cancel, WatchCycle* cycle);
  // Queues the articles of `archived` that were captured, each under its source.
  Status QueueRecaptures(const ArchiveSummary& archived, const std::map<std::string, std::string>& source_of,
                         int64_t now, WatchCycle* cycle);
  // Reads the archived payload of `url` and discovers its links into *articles/*sitemaps.
  bool Discover(const std::string& url, std::vector<std::string>* articles, std::vector<std::string>* sitemaps,
                WatchCycle* cycle);

  Archiver* archiver_;
  std::vector<WatchSource> sources_;
  WatcherOptions options_;
};

const char* SourceTypeName(SourceType type);

}  // namespace provscore::fetch
