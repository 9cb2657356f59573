#include <spdlog/spdlog.h>

#include <fstream>
#include <iostream>

#include "cli/archive_setup.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/progress_display.h"
#include "base/text.h"

namespace provscore {
namespace {

// URLs from the command line, then from the file; blank lines and # comments skipped.
Result<std::vector<std::string>> CollectUrls(const FetchOptions& options) {
  std::vector<std::string> urls = options.urls;
  if (options.url_file.empty()) return urls;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (options.url_file != "-") {
    file.open(options.url_file);
    if (!file) return NotFound("cannot read the URL file " + options.url_file);
    in = &file;
  }
  for (std::string line; std::getline(*in, line);) {
    const std::string_view url = TrimAscii(line);
    if (url.empty() || url.front() == '#') continue;
    urls.emplace_back(url);
  }
  return urls;
}

// Why a URL counts as failed, or "" when it was archived.
std::string FailureOf(const fetch::ArchivedUrl& a) {
  if (!a.error.ok()) return a.error.message();
  if (a.hops.empty()) return "no response";
  if (a.hops.back().status >= 400) return "HTTP " + std::to_string(a.hops.back().status);
  return "";
}

}  // namespace

int ReportArchiveFailures(const fetch::ArchiveSummary& summary) {
  int failed = 0;
  for (const fetch::ArchivedUrl& a : summary.urls) {
    const std::string why = FailureOf(a);
    if (why.empty()) continue;
    if (++failed <= 50) spdlog::warn("{}: {}", a.url, why);
  }
  if (failed > 50) spdlog::warn("... and {} more failed URL(s)", failed - 50);
  return failed;
}

int RunFetch(const FetchOptions& options, std::ostream& out) {
  Result<std::vector<std::string>> urls = CollectUrls(options);
  if (!urls.ok()) {
    spdlog::error("{}", urls.status().message());
    return kExitUsage;
  }
  if (urls->empty()) {
    spdlog::error("no URLs to fetch in {}", options.url_file);
    return kExitUsage;
  }
  Result<std::unique_ptr<fetch::Archiver>> archiver = OpenArchiver(options.fetch, options.fetch.archive_dir);
  if (!archiver.ok()) {
    spdlog::error("{}", archiver.status().message());
    return kExitUsage;
  }
  spdlog::info("fetching {} URL(s) into {} ({} at once, {} per host)", urls->size(), options.fetch.archive_dir,
               options.fetch.concurrency, options.fetch.per_host);

  InterruptGuard guard;
  ProgressDisplay display(ProgressDisplay::Resolve(options.fetch.progress), "fetch");
  Result<fetch::ArchiveSummary> summary =
      (*archiver)->Archive(*urls, [&](const fetch::ArchiveProgress& p) { display.Update(p); }, guard.flag());
  display.Finish();
  const Status closed = (*archiver)->Close();
  if (!summary.ok()) {
    spdlog::error("fetch stopped: {}", summary.status().message());
    return kExitUsage;
  }
  if (!closed.ok()) spdlog::error("sorting the index: {}", closed.message());
  const int failed = ReportArchiveFailures(*summary);
  out << "fetched " << summary->urls.size() << " of " << urls->size() << " URL(s): " << summary->responses
      << " response(s), " << summary->revisits << " revisit(s), " << failed << " failed; " << summary->bytes
      << " bytes written to " << options.fetch.archive_dir << "\n";
  if (guard.interrupted()) {
    out << "interrupted: the records in flight were written; run the same command again to fetch the rest\n";
    return kExitOk;
  }
  return failed == 0 && closed.ok() ? kExitOk : kExitDocumentErrors;
}

}  // namespace provscore
