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
// Not thread-safe: one cycle at a time, on the caller's thread.
//
//   Watcher w(archiver.get(), sources);
//   Result<WatchCycle> c = w.RunDue(&cancel);                // --once
//   while (!cancel) { w.RunDue(&cancel); sleep(w.SecondsUntilDue()); }
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "fetch/archiver.h"

namespace provscore::fetch {

enum class SourceType { kPage, kFeed, kSitemap };

struct WatchSource {
  std::string url;
  SourceType type = SourceType::kPage;
  int64_t interval_seconds = 1800;  // due again this long after each poll
};

// What one cycle did.
struct WatchCycle {
  size_t sources_due = 0;
  size_t sources_done = 0;        // due sources whose work finished (schedule advanced)
  size_t sitemaps_fetched = 0;    // child sitemaps of sitemap indexes
  size_t discovered = 0;          // article URLs found in feeds and sitemaps (distinct)
  size_t new_articles = 0;        // of those, never fetched before
  size_t responses = 0;           // records written, over every archive call
  size_t revisits = 0;
  size_t errors = 0;              // URLs that failed, feeds that did not parse
  bool cancelled = false;
  std::vector<std::string> problems;  // one line each, for the log
};

struct WatcherOptions {
  size_t max_new_articles = 10000;   // per cycle; the rest wait for the next cycle
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
  // Seconds until the next source is due; 0 when one is due now.
  Result<int64_t> SecondsUntilDue();

 private:
  int64_t Now() const;
  Status SyncSchedule();
  Result<ArchiveSummary> ArchiveUrls(const std::string& stage, const std::vector<std::string>& urls,
                                     const std::atomic<bool>* cancel, WatchCycle* cycle);
  // Reads the archived payload of `url` and discovers its links into *articles/*sitemaps.
  bool Discover(const std::string& url, std::vector<std::string>* articles, std::vector<std::string>* sitemaps,
                WatchCycle* cycle);

  Archiver* archiver_;
  std::vector<WatchSource> sources_;
  WatcherOptions options_;
};

const char* SourceTypeName(SourceType type);

}  // namespace provscore::fetch
