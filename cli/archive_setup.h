// From the command line's fetch flags to the archiver: ArchiverOptions, the default
// User-Agent (which names the tool and asks the operator for contact details), the
// check that warns when a User-Agent carries no contact, and the default archive
// folder for `score URL`. Pure functions, thread-safe.
//
//   fetch::ArchiverOptions o = MakeArchiverOptions(options.fetch, dir);
//   if (!UserAgentHasContact(o.http.user_agent)) spdlog::warn(...);
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "cli/options.h"
#include "fetch/archiver.h"

namespace provscore {

// "provscore/VERSION (+no contact given; set --user-agent ...)": names the tool, and
// shows site operators that the person running it has not said who they are.
std::string DefaultUserAgent();

// True when the User-Agent carries a way to reach its operator: a URL or an e-mail address.
bool UserAgentHasContact(std::string_view user_agent);

// $XDG_DATA_HOME/provscore/archive, else $HOME/.local/share/provscore/archive, else
// ./provscore-archive.
std::string DefaultArchiveDir();

// The archiver options for `directory` (the flags' archive_dir is not consulted).
fetch::ArchiverOptions MakeArchiverOptions(const FetchFlags& flags, const std::string& directory);

// Logs the warning when the User-Agent has no contact details.
void WarnAboutUserAgent(const fetch::ArchiverOptions& options);

// MakeArchiverOptions, the User-Agent warning and Archiver::Open in one: what every
// command that archives does first. The error names the folder.
Result<std::unique_ptr<fetch::Archiver>> OpenArchiver(const FetchFlags& flags, const std::string& directory);

}  // namespace provscore
