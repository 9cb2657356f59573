// The subcommands: each takes its parsed options, calls the libraries, and returns
// the process exit code (see cli/options.h). Output goes to the given streams and
// the log, so tests can run a command in-process.
#pragma once

#include <istream>
#include <ostream>

#include "cli/options.h"
#include "fetch/archiver.h"

namespace provscore {

int RunScore(const ScoreOptions& options, std::ostream& out);
// `in`: the input paths under --paths-from-stdin; `out`: the profiles under
// --profiles-to-stdout, else the summary line.
int RunMap(const MapOptions& options, std::istream& in, std::ostream& out);
int RunMerge(const MergeOptions& options, std::ostream& out);
int RunRules(const RulesOptions& options, std::ostream& out);
int RunExplain(const ExplainOptions& options, std::ostream& out);
int RunFetch(const FetchOptions& options, std::ostream& out);
int RunWatch(const WatchOptions& options, std::ostream& out);
int RunReport(const ReportOptions& options, std::ostream& out);
int RunHistory(const HistoryOptions& options, std::ostream& out);
int RunSlurm(const SlurmOptions& options, std::ostream& out);

// Logs each failed URL of an archive run (the first 50) and returns how many failed:
// no response, robots.txt denied, or a final HTTP status of 400 and above.
int ReportArchiveFailures(const fetch::ArchiveSummary& summary);

}  // namespace provscore
