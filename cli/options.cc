#include "cli/options.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <sstream>

#include "cli/version.h"

namespace provscore {
namespace {

void AddVerbosity(CLI::App& app, bool& verbose, bool& quiet) {
  app.add_flag("-v,--verbose", verbose, "log every document and rule detail");
  app.add_flag("-q,--quiet", quiet, "log errors only");
}

Verbosity VerbosityOf(bool verbose, bool quiet) {
  if (quiet) return Verbosity::kQuiet;
  if (verbose) return Verbosity::kVerbose;
  return Verbosity::kNormal;
}

}  // namespace

ParsedCommandLine ParseCommandLine(const std::vector<std::string>& args) {
  ParsedCommandLine result;
  CLI::App app{"provscore — source provenance and reliability scoring of news articles.\n"
               "Reads HTML pages and plain-text articles, detects provenance signals (wire credits,\n"
               "translation notices, author bios, injected cross-links, clutter) with declarative rules,\n"
               "and writes explained reliability profiles as JSON Lines, JSON and HTML.",
               "provscore"};
  app.set_version_flag("-V,--version", VersionString());
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 every document scored; 1 some documents had errors (the rest were written);\n"
             "2 usage or configuration error.\nRun 'provscore COMMAND --help' for a command's options.");

  bool verbose = false, quiet = false;
  CLI::App* score = app.add_subcommand("score", "score articles and write profiles and reports");
  score->add_option("inputs", result.score.inputs,
                    "HTML (.html/.htm) or text (.txt) files, folders (searched recursively), or - for stdin")
      ->required();
  score->add_option("-o,--out", result.score.out_dir, "output folder for profiles.jsonl, report.json, report.html")
      ->capture_default_str();
  score->add_option("-r,--rules", result.score.rules_dirs,
                    "a folder of your own rule files, overlaid on the built-in rules (repeatable)");
  score->add_flag("--now", result.score.stamp_time, "record the generation time in report.json (breaks byte-identical output)");
  AddVerbosity(*score, verbose, quiet);

  CLI::App* rules = app.add_subcommand("rules", "inspect and validate rule files");
  rules->require_subcommand(1);
  CLI::App* check = rules->add_subcommand("check", "validate rule folders; prints file:line for each problem");
  check->add_option("dirs", result.rules.dirs, "rule folders to check (default: the built-in rules)");
  CLI::App* list = rules->add_subcommand("list", "list the loaded rules");
  list->add_option("-r,--rules", result.rules.dirs, "overlay folders, as for score");
  list->add_option("-t,--type", result.rules.type, "only rules of this signal type");
  AddVerbosity(*check, verbose, quiet);

  CLI::App* version = app.add_subcommand("version", "print the tool and rules versions");

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    std::ostringstream out, err;
    const int code = app.exit(e, out, err);
    result.exit_code = code == 0 ? kExitOk : kExitUsage;
    result.output = out.str() + err.str();
    if (code != 0 && result.output.find("--help") == std::string::npos) {
      result.output += "Run 'provscore --help' for usage.\n";
    }
    return result;
  }
  result.score.verbosity = VerbosityOf(verbose, quiet);
  result.rules.verbosity = VerbosityOf(verbose, quiet);
  if (score->parsed()) {
    result.command = Command::kScore;
  } else if (check->parsed()) {
    result.command = Command::kRules;
    result.rules.action = RulesOptions::Action::kCheck;
  } else if (list->parsed()) {
    result.command = Command::kRules;
    result.rules.action = RulesOptions::Action::kList;
  } else if (version->parsed()) {
    result.command = Command::kVersion;
  } else {
    result.exit_code = kExitUsage;
    result.output = app.help();
  }
  return result;
}

}  // namespace provscore
