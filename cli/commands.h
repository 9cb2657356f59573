// The subcommands: each takes its parsed options, calls the libraries, and returns
// the process exit code (see cli/options.h). Output goes to the given streams and
// the log, so tests can run a command in-process.
#pragma once

#include <ostream>

#include "cli/options.h"

namespace provscore {

int RunScore(const ScoreOptions& options, std::ostream& out);
int RunRules(const RulesOptions& options, std::ostream& out);

}  // namespace provscore
