#include <spdlog/spdlog.h>

#include <algorithm>
#include <thread>

#include "cli/archive_setup.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/progress_display.h"
#include "cli/sources_file.h"

namespace provscore {
namespace {

void LogCycle(const fetch::WatchCycle& c) {
  if (c.sources_due == 0 && c.recaptures_due == 0) {
    spdlog::info("watch: nothing is due");
    return;
  }
  spdlog::info("watch: {} source(s) due, {} done; {} child sitemap(s); {} article URL(s) found, {} new, {} queued "
               "for re-capture; {} re-capture(s) due, {} done; {} response(s), {} revisit(s), {} error(s){}",
               c.sources_due, c.sources_done, c.sitemaps_fetched, c.discovered, c.new_articles, c.queued,
               c.recaptures_due, c.recaptured, c.responses, c.revisits, c.errors, c.cancelled ? " (interrupted)" : "");
  const size_t shown = std::min<size_t>(c.problems.size(), 50);
  for (size_t i = 0; i < shown; ++i) spdlog::warn("{}", c.problems[i]);
  if (c.problems.size() > shown) spdlog::warn("... and {} more problem(s)", c.problems.size() - shown);
}

// Sleeps up to `seconds`, waking early when interrupted.
void SleepUnlessInterrupted(int64_t seconds, const InterruptGuard& guard) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (!guard.interrupted() && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

}  // namespace

int RunWatch(const WatchOptions& options, std::ostream& out) {
  Result<std::vector<fetch::WatchSource>> sources = LoadSources(options.sources_file);
  if (!sources.ok()) {
    spdlog::error("{}", sources.status().message());
    return kExitUsage;
  }
  if (sources->empty()) {
    spdlog::error("{} lists no sources", options.sources_file);
    return kExitUsage;
  }
  Result<std::unique_ptr<fetch::Archiver>> archiver = OpenArchiver(options.fetch, options.fetch.archive_dir);
  if (!archiver.ok()) {
    spdlog::error("{}", archiver.status().message());
    return kExitUsage;
  }

  InterruptGuard guard;
  ProgressDisplay display(ProgressDisplay::Resolve(options.fetch.progress), "sources");
  std::string stage = "sources";
  fetch::WatcherOptions wo;
  wo.max_new_articles = options.max_new_articles;
  wo.progress = [&](const std::string& s, const fetch::ArchiveProgress& p) {
    if (s != stage) {
      display.Restart(s);
      stage = s;
    }
    display.Update(p);
  };

  fetch::WatchCycle total;
  bool failed_cycle = false;
  while (true) {
    // Re-read the list each cycle, so an edited file takes effect without a restart.
    if (Result<std::vector<fetch::WatchSource>> again = LoadSources(options.sources_file); again.ok()) {
      sources = std::move(again);
    } else {
      spdlog::warn("{}; keeping the previous list", again.status().message());
    }
    fetch::Watcher watcher(archiver->get(), *sources, wo);
    Result<fetch::WatchCycle> cycle = watcher.RunDue(guard.flag());
    display.Finish();
    if (!cycle.ok()) {
      spdlog::error("watch: {}", cycle.status().message());
      failed_cycle = true;
      break;
    }
    LogCycle(*cycle);
    total.sources_due += cycle->sources_due;
    total.new_articles += cycle->new_articles;
    total.recaptured += cycle->recaptured;
    total.responses += cycle->responses;
    total.revisits += cycle->revisits;
    total.errors += cycle->errors;
    if (options.once || guard.interrupted()) break;
    Result<int64_t> wait = watcher.SecondsUntilDue();
    if (!wait.ok()) {
      spdlog::error("watch: {}", wait.status().message());
      failed_cycle = true;
      break;
    }
    if (*wait > 0) spdlog::info("watch: next source or re-capture due in {} s", *wait);
    SleepUnlessInterrupted(std::max<int64_t>(*wait, 1), guard);
    if (guard.interrupted()) break;
  }
  const Status closed = (*archiver)->Close();
  if (!closed.ok()) spdlog::error("sorting the index: {}", closed.message());
  out << "watch: " << total.sources_due << " source poll(s), " << total.new_articles << " new article(s), "
      << total.recaptured << " re-capture(s); "
      << total.responses << " response(s), " << total.revisits << " revisit(s), " << total.errors << " error(s)\n";
  if (failed_cycle) return kExitUsage;
  if (guard.interrupted()) return kExitOk;
  return total.errors == 0 && closed.ok() ? kExitOk : kExitDocumentErrors;
}

}  // namespace provscore
