// The command line as plain values: ParseCommandLine turns argv into one of these
// option structs (with CLI11), so tests reach flag parsing without a process, and
// each subcommand's Run function receives only its own struct.
//
//   ParsedCommandLine cl = ParseCommandLine(args);
//   if (cl.exit_code) { print cl.output; return *cl.exit_code; }
//   switch (cl.command) { case Command::kScore: return RunScore(cl.score); ... }
// Durations and sizes are parsed here ("30m", "50M") so the structs hold plain numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/logging.h"

namespace provscore {

// How to fetch (politely) and where to keep what was fetched: shared by fetch, watch and
// score URL. Turned into fetch::ArchiverOptions by cli/archive_setup.h.
struct FetchFlags {
  std::string archive_dir;               // --archive; empty: score URL uses DefaultArchiveDir()
  int concurrency = 8;                   // transfers in flight overall
  int per_host = 1;                      // transfers (connections) per host at once
  double delay_seconds = 1.0;            // pause between requests to one host; robots Crawl-delay may raise it
  std::string user_agent;                // empty: DefaultUserAgent(), which asks for contact details
  double connect_timeout_seconds = 10;   // TCP + TLS set-up
  double timeout_seconds = 60;           // one whole transfer
  int retries = 3;                       // extra attempts on timeouts, 429 and 5xx
  uint64_t max_size_bytes = 50ULL << 20; // bodies past this are cut and marked WARC-Truncated
  int max_redirects = 10;                // hops followed after the first request
  std::vector<std::string> resolve;      // "HOST:PORT:ADDR", as curl --resolve
  std::string ca_file;                   // extra CA bundle (TLS is always verified)
  uint64_t warc_max_bytes = 1ULL << 30;  // rotate WARC files at this size
  int compress_threads = 0;              // workers compressing records; 0: one per core, at least 2
  int gzip_level = 4;                    // libdeflate level per record: 4 is ~3x zlib -6 speed, ~8% larger
  enum class Progress { kAuto, kBar, kLog, kNone };
  Progress progress = Progress::kAuto;   // auto: a bar on a terminal, log lines otherwise
};

struct FetchOptions {
  std::vector<std::string> urls;         // http(s) URLs from the command line
  std::string url_file;                  // -i: one URL per line ("-" for stdin; # comments)
  FetchFlags fetch;
  Verbosity verbosity = Verbosity::kNormal;
};

struct WatchOptions {
  std::string sources_file;              // JSON list of {"url", "type", "interval"}
  bool once = false;                     // run what is due, then exit (cron, systemd timers)
  size_t max_new_articles = 10000;       // per cycle
  FetchFlags fetch;
  Verbosity verbosity = Verbosity::kNormal;
};

struct ScoreOptions {
  std::vector<std::string> inputs;       // files, folders, .warc/.warc.gz, http(s) URLs, or "-" for stdin
  std::string out_dir = "out";           // where profiles.jsonl, report.json, report.html go
  std::vector<std::string> rules_dirs;   // user rule folders overlaid on the built-in rules
  bool stamp_time = false;               // --now: record generated_at (otherwise output is byte-identical)
  size_t jobs = 0;                       // documents scored at once; 0: one per core
  size_t max_attributes = 512;           // attributes kept per tag before parsing; 0: no cap
  size_t max_depth = 512;                // elements nested deeper are flattened before parsing; 0: no cap
  size_t max_nodes = 250000;             // start tags parsed per page; the rest is cut; 0: no cap
  size_t max_links = 10000;              // <a> tags kept as links per page; later ones unlinked; 0: no cap
  uint64_t max_bytes = 16 * 1024 * 1024;  // bytes scored per document; the rest is cut; 0: no cap
  double max_seconds = 10;               // per document: later stages are skipped past it; 0: no deadline
  FetchFlags fetch;                      // for URL inputs: fetched into an archive, then scored
  Verbosity verbosity = Verbosity::kNormal;
};

// One map task of a scale-out batch (docs/SCALE-OUT.md): scores its inputs like score,
// writes profiles and signatures for `provscore merge`, and skips work already done.
struct MapOptions {
  ScoreOptions score;                    // inputs, rules, jobs, limits, verbosity (URL inputs are refused)
  std::string out_dir;                   // --out: profiles-K.jsonl and signatures-K.jsonl go here
  std::string task_id = "0";             // --task-id K: names the outputs; letters, digits, '.', '_', '-'
  bool paths_from_stdin = false;         // --paths-from-stdin: input paths one per line on stdin, after the arguments
  bool profiles_to_stdout = false;       // --profiles-to-stdout: profiles as JSON lines on stdout, no files
};

// The merge of a scale-out batch: every map task's signatures clustered at once.
struct MergeOptions {
  std::vector<std::string> inputs;       // map output folders, or profile JSON-lines files (or folders of them)
  std::string out_dir;                   // --out: cross_article.jsonl, profiles.jsonl, report.json, report.html
  std::vector<std::string> rules_dirs;   // the overlays the map tasks used (for rescoring)
  bool stamp_time = false;               // --now, as for score
  bool mixed_rules = false;              // --mixed-rules: merge tasks scored with other rules (warn)
  Verbosity verbosity = Verbosity::kNormal;
};

struct RulesOptions {
  enum class Action { kCheck, kList };
  Action action = Action::kList;
  std::vector<std::string> dirs;         // check: folders to validate (default: built-in); list: overlays
  std::string type;                      // list: only rules of this signal type
  Verbosity verbosity = Verbosity::kNormal;
};

struct ExplainOptions {
  std::string what;                      // a profile id, an input path or URL, or part of a path; empty: all
  std::string from = "out";              // an output folder or a profiles.jsonl file
  Verbosity verbosity = Verbosity::kNormal;
};

struct ReportOptions {
  std::string from;                      // an output folder (profiles.jsonl + report.json) or a profiles.jsonl
  std::string out_dir;                   // where report.html and a/ go; empty: the folder of `from`
  Verbosity verbosity = Verbosity::kNormal;
};

struct HistoryOptions {
  std::string url;                       // one article; empty: every URL with more than one distinct capture
  std::string archive_dir;               // --archive; empty: DefaultArchiveDir()
  std::string since;                     // --since DATE: only captures from then on (each compared with the one before)
  std::string from, to;                  // --from / --to CAPTURE (a number or a date): one pair, any two; needs `url`
  bool json = false;                     // --json: JSON Lines (schema provscore.history/1), one per capture pair
  std::string html_dir;                  // --html DIR: history.html and h/<page>.html per URL shown; empty: none
  std::vector<std::string> rules_dirs;   // user rule folders overlaid on the built-in rules
  Verbosity verbosity = Verbosity::kNormal;
};

struct SlurmOptions {
  std::string manifest;                  // WARC paths, one a line (# comments); relative ones are taken from the current folder
  std::string out_dir;                   // the job folder: manifest.txt, map.sbatch, merge.sbatch, submit.sh, logs/, map/, merged/
  size_t throttle = 50;                  // map tasks running at once; 0: no limit
  size_t files_per_task = 1;             // WARC files one map task scores
  size_t cpus_per_task = 1;              // CPUs of one map task
  std::string partition;                 // empty: the cluster's default
  std::string time_limit;                // --time of each job; empty: the partition's default
  std::string memory;                    // --mem of each job; empty: the partition's default
  std::string provscore;                 // the binary the jobs run; empty: this one
  Verbosity verbosity = Verbosity::kNormal;
};

enum class Command { kNone, kScore, kRules, kVersion, kFetch, kWatch, kExplain, kReport, kHistory, kMap, kMerge, kSlurm };

struct ParsedCommandLine {
  Command command = Command::kNone;
  ScoreOptions score;
  MapOptions map;
  MergeOptions merge;
  RulesOptions rules;
  FetchOptions fetch;
  WatchOptions watch;
  ExplainOptions explain;
  ReportOptions report;
  HistoryOptions history;
  SlurmOptions slurm;
  // Set when parsing already decided the outcome (help, a usage error): print
  // `output` (to stdout for 0, stderr otherwise) and exit with this code.
  std::optional<int> exit_code;
  std::string output;
};

// `args` excludes the program name.
ParsedCommandLine ParseCommandLine(const std::vector<std::string>& args);

// "50M", "512k", "1G", "1048576" (binary units) -> bytes; nullopt when malformed.
std::optional<uint64_t> ParseByteSize(const std::string& text);
// "30m", "2h", "1d", "45s", "500ms", "90" (seconds) -> seconds; nullopt when malformed
// or negative.
std::optional<double> ParseDurationSeconds(const std::string& text);

// Exit codes of the contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitDocumentErrors = 1;  // some documents had errors / some URLs failed; the rest were done
inline constexpr int kExitUsage = 2;           // usage or configuration error

}  // namespace provscore
