// The command line as plain values: ParseCommandLine turns argv into one of these
// option structs (with CLI11), so tests reach flag parsing without a process, and
// each subcommand's Run function receives only its own struct.
//
//   ParsedCommandLine cl = ParseCommandLine(args);
//   if (cl.exit_code) { print cl.output; return *cl.exit_code; }
//   switch (cl.command) { case Command::kScore: return RunScore(cl.score); ... }
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/logging.h"

namespace provscore {

struct ScoreOptions {
  std::vector<std::string> inputs;       // files, folders, or "-" for standard input
  std::string out_dir = "out";           // where profiles.jsonl, report.json, report.html go
  std::vector<std::string> rules_dirs;   // user rule folders overlaid on the built-in rules
  bool stamp_time = false;               // --now: record generated_at (otherwise output is byte-identical)
  Verbosity verbosity = Verbosity::kNormal;
};

struct RulesOptions {
  enum class Action { kCheck, kList };
  Action action = Action::kList;
  std::vector<std::string> dirs;         // check: folders to validate (default: built-in); list: overlays
  std::string type;                      // list: only rules of this signal type
  Verbosity verbosity = Verbosity::kNormal;
};

enum class Command { kNone, kScore, kRules, kVersion };

struct ParsedCommandLine {
  Command command = Command::kNone;
  ScoreOptions score;
  RulesOptions rules;
  // Set when parsing already decided the outcome (help, a usage error): print
  // `output` (to stdout for 0, stderr otherwise) and exit with this code.
  std::optional<int> exit_code;
  std::string output;
};

// `args` excludes the program name.
ParsedCommandLine ParseCommandLine(const std::vector<std::string>& args);

// Exit codes of the contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitDocumentErrors = 1;  // some documents had errors; the others were written
inline constexpr int kExitUsage = 2;           // usage or configuration error

}  // namespace provscore
