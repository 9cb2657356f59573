#include "cli/archive_setup.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "cli/version.h"

namespace provscore {
namespace {

std::chrono::milliseconds Millis(double seconds) {
  return std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000.0 + 0.5));
}

}  // namespace

std::string DefaultUserAgent() {
  return "provscore/" + ToolVersion() + " (news provenance archiver; operator gave no contact, see --user-agent)";
}

bool UserAgentHasContact(std::string_view ua) {
  const bool url = ua.find("http://") != std::string_view::npos || ua.find("https://") != std::string_view::npos;
  const size_t at = ua.find('@');
  const bool mail = at != std::string_view::npos && at > 0 && ua.find('.', at) != std::string_view::npos;
  return url || mail;
}

std::string DefaultArchiveDir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') {
    return std::string(xdg) + "/provscore/archive";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.local/share/provscore/archive";
  }
  return "provscore-archive";
}

fetch::ArchiverOptions MakeArchiverOptions(const FetchFlags& f, const std::string& directory) {
  fetch::ArchiverOptions o;
  o.directory = directory;
  o.http.user_agent = f.user_agent.empty() ? DefaultUserAgent() : f.user_agent;
  o.http.max_concurrent = f.concurrency;
  o.http.max_per_host = f.per_host;
  o.http.per_host_delay = Millis(f.delay_seconds);
  o.http.connect_timeout = Millis(f.connect_timeout_seconds);
  o.http.total_timeout = Millis(f.timeout_seconds);
  o.http.max_retries = f.retries;
  o.http.max_body_bytes = f.max_size_bytes;
  o.http.max_redirects = f.max_redirects;
  o.http.resolve = f.resolve;
  o.http.ca_file = f.ca_file;
  o.warc.max_file_bytes = f.warc_max_bytes;
  o.warc.compression_level = f.gzip_level;
  o.warc.software = "provscore/" + ToolVersion();
  o.warc.warcinfo_fields = {{"http-header-user-agent", o.http.user_agent}, {"robots", "obey"}};
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  o.writer_threads = f.compress_threads > 0 ? f.compress_threads : std::max(2, cores);
  return o;
}

void WarnAboutUserAgent(const fetch::ArchiverOptions& options) {
  if (UserAgentHasContact(options.http.user_agent)) return;
  spdlog::warn("the User-Agent \"{}\" has no contact details; site operators cannot reach you. Set "
               "--user-agent \"yourbot/1.0 (+https://your.site/bot; you@your.site)\"",
               options.http.user_agent);
}

Result<std::unique_ptr<fetch::Archiver>> OpenArchiver(const FetchFlags& flags, const std::string& directory) {
  const fetch::ArchiverOptions options = MakeArchiverOptions(flags, directory);
  WarnAboutUserAgent(options);
  Result<std::unique_ptr<fetch::Archiver>> archiver = fetch::Archiver::Open(options);
  if (!archiver.ok()) return IoError("cannot open the archive " + directory + ": " + archiver.status().message());
  return archiver;
}

}  // namespace provscore
