// provscore: the command-line front end. Parses flags (cli/options.h) and hands
// each subcommand its options; all work happens in the libraries.
#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>

#include "base/logging.h"
#include "cli/allocator.h"
#include "cli/commands.h"
#include "cli/huge_pages.h"
#include "cli/options.h"
#include "cli/version.h"

int main(int argc, char** argv) {
  using namespace provscore;
  ConfigureAllocator();
  const std::vector<std::string> args(argv + 1, argv + argc);
  ParsedCommandLine cl = ParseCommandLine(args);
  if (cl.exit_code) {
    (*cl.exit_code == 0 ? std::cout : std::cerr) << cl.output;
    return *cl.exit_code;
  }
  // Before any thread starts and before stdin is read: at most one re-execution,
  // with the same arguments (cli/huge_pages.h).
  if (cl.command != Command::kVersion) ReexecWithMallocHugePages(argv);
  try {
    switch (cl.command) {
      case Command::kScore:
        InitLogging(cl.score.verbosity);
        return RunScore(cl.score, std::cout);
      case Command::kMap:
        InitLogging(cl.map.score.verbosity);
        return RunMap(cl.map, std::cin, std::cout);
      case Command::kMerge:
        InitLogging(cl.merge.verbosity);
        return RunMerge(cl.merge, std::cout);
      case Command::kRules:
        InitLogging(cl.rules.verbosity);
        return RunRules(cl.rules, std::cout);
      case Command::kFetch:
        InitLogging(cl.fetch.verbosity);
        return RunFetch(cl.fetch, std::cout);
      case Command::kWatch:
        InitLogging(cl.watch.verbosity);
        return RunWatch(cl.watch, std::cout);
      case Command::kExplain:
        InitLogging(cl.explain.verbosity);
        return RunExplain(cl.explain, std::cout);
      case Command::kReport:
        InitLogging(cl.report.verbosity);
        return RunReport(cl.report, std::cout);
      case Command::kHistory:
        InitLogging(cl.history.verbosity);
        return RunHistory(cl.history, std::cout);
      case Command::kSlurm:
        InitLogging(cl.slurm.verbosity);
        return RunSlurm(cl.slurm, std::cout);
      case Command::kVersion:
        std::cout << VersionString() << "\n";
        return kExitOk;
      case Command::kNone:
        break;
    }
  } catch (const std::exception& e) {
    // Libraries return Status; this is the last line of defence against a bug.
    std::cerr << "provscore: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
  return kExitUsage;
}
