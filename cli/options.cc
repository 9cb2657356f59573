#include "cli/options.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <sstream>
#include <thread>

#include "cli/version.h"

namespace provscore {
namespace {

void AddVerbosity(CLI::App& app, bool& verbose, bool& quiet) {
  app.add_flag("-v,--verbose", verbose, "log every document and rule detail");
  app.add_flag("-q,--quiet", quiet, "log errors only");
}

// A validator that parses a duration or size into `target` as it checks the text.
CLI::Validator DurationInto(double& target) {
  return CLI::Validator(
      [&target](std::string& text) -> std::string {
        const std::optional<double> v = ParseDurationSeconds(text);
        if (!v) return "not a duration: " + text + " (examples: 1.5, 500ms, 30s, 10m, 2h)";
        target = *v;
        return "";
      },
      "");
}

CLI::Validator SizeInto(uint64_t& target) {
  return CLI::Validator(
      [&target](std::string& text) -> std::string {
        const std::optional<uint64_t> v = ParseByteSize(text);
        if (!v) return "not a size: " + text + " (examples: 500k, 50M, 1G, 1048576)";
        target = *v;
        return "";
      },
      "");
}

// The flags of FetchFlags. `full` adds the tuning flags fetch and watch need; score gets
// the ones a user fetching a few URLs may want.
void AddFetchFlags(CLI::App& app, FetchFlags& f, bool full, std::string& progress) {
  const std::string group = full ? "Fetching" : "Fetching URL inputs";
  app.add_option("--user-agent", f.user_agent,
                 "User-Agent sent with every request. Put your contact in it, e.g.\n"
                 "\"provscore/0.1 (+https://example.org/bot; ops@example.org)\"; the default has none")
      ->group(group);
  app.add_option("--resolve", f.resolve, "HOST:PORT:ADDR: connect to ADDR for HOST:PORT, as curl --resolve (repeatable)")
      ->group(group);
  app.add_option("--timeout", "whole-transfer timeout (default 60s)")
      ->type_name("DURATION")->check(DurationInto(f.timeout_seconds))
      ->group(group);
  app.add_option("--cacert", f.ca_file, "extra CA bundle (PEM); TLS certificates are always verified")
      ->check(CLI::ExistingFile)
      ->group(group);
  app.add_option("--delay", "pause between requests to one host (default 1s; robots.txt Crawl-delay may raise it)")
      ->type_name("DURATION")->check(DurationInto(f.delay_seconds))
      ->group(group);
  if (!full) return;
  app.add_option("-j,--concurrency", f.concurrency, "transfers in flight at once, over all hosts")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str()
      ->group(group);
  app.add_option("--per-host", f.per_host, "connections to one host at once (be polite: keep 1)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str()
      ->group(group);
  app.add_option("--connect-timeout", "connection set-up timeout (default 10s)")
      ->type_name("DURATION")->check(DurationInto(f.connect_timeout_seconds))
      ->group(group);
  app.add_option("--retries", f.retries, "extra attempts after timeouts, 429 and 5xx (exponential backoff, Retry-After)")
      ->check(CLI::Range(0, 20))
      ->capture_default_str()
      ->group(group);
  app.add_option("--max-size", "largest body kept; longer ones are cut and marked WARC-Truncated (default 50M)")
      ->type_name("SIZE")->check(SizeInto(f.max_size_bytes))
      ->group(group);
  app.add_option("--max-redirects", f.max_redirects, "redirect hops followed (each one is archived)")
      ->check(CLI::Range(0, 50))
      ->capture_default_str()
      ->group(group);
  app.add_option("--warc-size", "start a new WARC file before one passes this size (default 1G)")
      ->type_name("SIZE")->check(SizeInto(f.warc_max_bytes))
      ->group(group);
  app.add_option("--compress-threads", f.compress_threads, "threads compressing records (default: one per core, at least 2)")
      ->check(CLI::Range(0, 256))
      ->group(group);
  app.add_option("--gzip-level", f.gzip_level, "gzip level of each WARC record (libdeflate: 1 fastest ... 12 smallest)")
      ->check(CLI::Range(1, 12))
      ->capture_default_str()
      ->group(group);
  app.add_option("--progress", progress, "auto (a bar on a terminal, log lines otherwise), bar, log or none")
      ->check(CLI::IsMember({"auto", "bar", "log", "none"}))
      ->capture_default_str()
      ->group(group);
}

FetchFlags::Progress ProgressOf(const std::string& name) {
  if (name == "bar") return FetchFlags::Progress::kBar;
  if (name == "log") return FetchFlags::Progress::kLog;
  if (name == "none") return FetchFlags::Progress::kNone;
  return FetchFlags::Progress::kAuto;
}

Verbosity VerbosityOf(bool verbose, bool quiet) {
  if (quiet) return Verbosity::kQuiet;
  if (verbose) return Verbosity::kVerbose;
  return Verbosity::kNormal;
}

// The flags that decide how documents are scored, shared by score and map: rule
// overlays, jobs and the limits per document.
void AddScoringFlags(CLI::App& app, ScoreOptions& o) {
  app.add_option("-r,--rules", o.rules_dirs,
                    "a folder of your own rule files, overlaid on the built-in rules (repeatable)");
  app.add_option("-j,--jobs", o.jobs,
                    "documents scored at once (default: one per core); the output is the same for any number")
      ->check(CLI::Range(1, 256));
  app.add_option("--max-attributes", o.max_attributes,
                    "attributes kept per tag; the rest are removed before parsing and the profile's errors "
                    "say so (limit_exceeded); 0 for no cap")
      ->capture_default_str()
      ->group("Limits per document");
  app.add_option("--max-depth", o.max_depth,
                    "elements open at once; tags nested deeper are removed before parsing, their text kept one "
                    "level up, as browsers do past their own depth limits; 0 for no cap")
      ->capture_default_str()
      ->group("Limits per document");
  app.add_option("--max-nodes", o.max_nodes,
                    "start tags parsed per page; the markup after them is not read; 0 for no cap")
      ->capture_default_str()
      ->group("Limits per document");
  app.add_option("--max-links", o.max_links,
                    "links kept per page; later <a> tags are removed before parsing, their anchor text kept; "
                    "0 for no cap")
      ->capture_default_str()
      ->group("Limits per document");
  app.add_option("--max-bytes", "bytes scored per document (default 16M); the rest is cut and the profile's "
                    "errors say so (too_large); 0 for no cap")
      ->type_name("SIZE")->check(SizeInto(o.max_bytes))
      ->group("Limits per document");
  app.add_option("--max-seconds", "time per document (default 10s), checked between stages, between the HTML "
                    "extractor's passes and inside its loops and rule matching: past it the rest is skipped and the "
                    "profile's errors say where it ran out (limit_exceeded); 0 for none")
      ->type_name("DURATION")->check(DurationInto(o.max_seconds))
      ->group("Limits per document");
}

}  // namespace

ParsedCommandLine ParseCommandLine(const std::vector<std::string>& args) {
  ParsedCommandLine result;
  CLI::App app{"provscore — source provenance and reliability scoring of news articles.\n"
               "Reads HTML pages and plain-text articles, detects provenance signals (wire credits,\n"
               "translation notices, author bios, injected cross-links, clutter) with declarative rules,\n"
               "and writes explained reliability profiles as JSON Lines, JSON and HTML.",
               "provscore"};
  // Lazily: the version string loads the rules, which every other command would pay for.
  app.set_version_flag("-V,--version", std::function<std::string()>(VersionString));
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 every document scored (fetch, watch: every URL archived; also after Ctrl-C);\n"
             "1 some documents had errors or some URLs failed (the rest were done); 2 usage or configuration error.\n"
             "Run 'provscore COMMAND --help' for a command's options.");

  bool verbose = false, quiet = false;
  CLI::App* score = app.add_subcommand("score", "score articles and write profiles and reports");
  score->add_option("inputs", result.score.inputs,
                    "HTML (.html/.htm) or text (.txt) files; WARC files (.warc, .warc.gz: every HTML response\n"
                    "record is scored); folders (searched recursively for both); http(s) URLs (fetched into\n"
                    "the archive first, then scored from it); or - for stdin")
      ->required();
  score->add_option("--archive", result.score.fetch.archive_dir,
                    "where URL inputs are archived (default $XDG_DATA_HOME/provscore/archive,\n"
                    "or ~/.local/share/provscore/archive)")
      ->group("Fetching URL inputs");
  std::string score_progress = "auto";
  AddFetchFlags(*score, result.score.fetch, false, score_progress);
  score->add_option("-o,--out", result.score.out_dir, "output folder for profiles.jsonl, report.json, report.html")
      ->capture_default_str();
  score->add_flag("--now", result.score.stamp_time, "record the generation time in report.json (breaks byte-identical output)");
  AddScoringFlags(*score, result.score);
  AddVerbosity(*score, verbose, quiet);

  CLI::App* map = app.add_subcommand("map", "one task of a cluster batch: score WARC files into profiles and signatures");
  map->description(
      "One task of a batch split over a cluster (Slurm job arrays, Spark): scores its inputs as 'score' does and\n"
      "writes DIR/profiles-K.jsonl (the profiles, before the cross-article pass) and DIR/signatures-K.jsonl (one\n"
      "line per profile: what 'provscore merge' needs to find copies across the whole batch), and DIR/task-K.json\n"
      "(the tool and rules that scored them: merge refuses tasks scored with other rules). Both are written\n"
      "under a .tmp name and renamed when complete; a task whose two files exist does nothing, so a killed or\n"
      "retried task is simply run again. Give task K the K-th slice of the manifest, in order: then merge equals\n"
      "one 'provscore score' over the manifest.");
  map->add_option("inputs", result.map.score.inputs,
                  "WARC files (.warc, .warc.gz), HTML or text files, or folders; not URLs");
  map->add_option("-o,--out", result.map.out_dir, "the output folder shared by the batch's tasks (created when missing)");
  map->add_option("--task-id", result.map.task_id, "names this task's outputs (profiles-K.jsonl); e.g. $SLURM_ARRAY_TASK_ID")
      ->capture_default_str()
      ->check([](const std::string& v) -> std::string {
        if (v.empty() || v.size() > 64) return "a task id has 1 to 64 characters";
        for (const char c : v) {
          if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') {
            return "a task id holds letters, digits, '.', '_' and '-' only: " + v;
          }
        }
        return v.front() == '.' ? "a task id does not start with '.'" : "";
      });
  map->add_flag("--paths-from-stdin", result.map.paths_from_stdin,
                "read input paths from stdin, one per line (after those named as arguments)");
  map->add_flag("--profiles-to-stdout", result.map.profiles_to_stdout,
                "write the profiles to stdout as JSON lines and no files (Spark's RDD.pipe); merge then reads them");
  AddScoringFlags(*map, result.map.score);
  AddVerbosity(*map, verbose, quiet);
  map->footer(
      "Exit codes: 0 the task's outputs are complete (documents with errors and damaged archives are logged and\n"
      "counted, and their profiles say so: a retry would not change them); 2 usage error, or the outputs could not\n"
      "be written (nothing is left under the final names).\n"
      "Examples:\n"
      "  provscore map crawl/part-00003.warc.gz crawl/part-00004.warc.gz --out batch/ --task-id 3\n"
      "  sed -n 3p manifest.txt | provscore map --paths-from-stdin --profiles-to-stdout > profiles.jsonl");

  CLI::App* merge = app.add_subcommand("merge", "the merge of a cluster batch: copies across all map tasks, and the report");
  merge->description(
      "Reads every map task's signatures (DIR/signatures-*.jsonl, tasks in task-id order: numbers numerically),\n"
      "clusters the near-duplicate articles across the whole batch and writes OUT/cross_article.jsonl (the\n"
      "syndicated_copy and uncredited_copy signals, keyed by profile id, with the rescored scores; the map outputs\n"
      "are never changed), then profiles.jsonl, report.json and report.html as 'score' does. An input may also be\n"
      "a profiles JSON-lines file (map --profiles-to-stdout, Spark's part-* files) or a folder of them: their\n"
      "signatures are computed from the profiles' text. Memory and time are linear in the number of articles.\n"
      "Every map task's task-K.json must name the rules this merge loads (the same --rules): a merge of tasks\n"
      "scored with other rules stops and says which, unless --mixed-rules.");
  merge->add_option("inputs", result.merge.inputs, "map output folders (--out of map), or profile JSON-lines files")
      ->required();
  merge->add_option("-o,--out", result.merge.out_dir, "the output folder")->required();
  merge->add_option("-r,--rules", result.merge.rules_dirs, "the rule overlays the map tasks used (copies are rescored)");
  merge->add_flag("--now", result.merge.stamp_time, "record the generation time in report.json (breaks byte-identical output)");
  merge->add_flag("--mixed-rules", result.merge.mixed_rules,
                  "merge even when map tasks were scored with other rules than --rules (their task-K.json says)");
  AddVerbosity(*merge, verbose, quiet);
  merge->footer(
      "Exit codes: 0 written, every document scored without errors; 1 written, some documents had errors;\n"
      "2 usage error, a task incomplete (profiles without signatures), tasks scored with other rules, or the\n"
      "output could not be written.\n"
      "Example: provscore merge batch/ --out report/");

  CLI::App* rules = app.add_subcommand("rules", "inspect and validate rule files");
  rules->require_subcommand(1);
  CLI::App* check = rules->add_subcommand("check", "validate rule folders; prints file:line for each problem");
  check->add_option("dirs", result.rules.dirs, "rule folders to check (default: the built-in rules)");
  CLI::App* list = rules->add_subcommand("list", "list the loaded rules");
  list->add_option("-r,--rules", result.rules.dirs, "overlay folders, as for score");
  list->add_option("-t,--type", result.rules.type, "only rules of this signal type");
  AddVerbosity(*check, verbose, quiet);

  CLI::App* fetch = app.add_subcommand(
      "fetch", "archive web pages in WARC files (with a CDXJ index and a state database)");
  fetch->description(
      "Archive web pages: each request and response is kept byte for byte in WARC/1.1 files\n"
      "(provscore-*.warc.gz), indexed in index.cdxj (pywb's format), with per-URL state in\n"
      "state.sqlite. Polite by default: one connection per host, a delay between requests to a\n"
      "host, robots.txt obeyed. A URL fetched before is asked for with If-None-Match /\n"
      "If-Modified-Since, and an unchanged page is stored as a revisit record, never twice.\n"
      "Ctrl-C (SIGINT) or SIGTERM: transfers in flight finish and are written, then it exits 0;\n"
      "run the same command again to fetch the rest.");
  fetch->add_option("urls", result.fetch.urls, "http or https URLs");
  fetch->add_option("-i,--input-file", result.fetch.url_file, "read URLs from FILE, one per line (- for stdin; # comments)");
  fetch->add_option("-a,--archive", result.fetch.fetch.archive_dir, "archive folder (created when missing)")->required();
  std::string fetch_progress = "auto";
  AddFetchFlags(*fetch, result.fetch.fetch, true, fetch_progress);
  AddVerbosity(*fetch, verbose, quiet);
  fetch->footer("Exit codes: 0 every URL archived (or interrupted cleanly); 1 some URLs failed (no response,\n"
                "robots.txt denied, or HTTP status 400 and above; each is logged, the rest were archived);\n"
                "2 usage or configuration error.\n"
                "Example: provscore fetch -i urls.txt --archive archive/ --user-agent \"mybot/1.0 (+mailto:me@example.org)\"");

  CLI::App* watch = app.add_subcommand("watch", "poll pages, feeds and sitemaps on a schedule and archive what they list");
  watch->description(
      "Poll the sources listed in a JSON file -- [{\"url\": ..., \"type\": \"page\"|\"feed\"|\"sitemap\",\n"
      "\"interval\": \"30m\"}] -- archive each when it is due, discover article URLs in feeds (RSS, Atom)\n"
      "and sitemaps (and sitemap indexes, gzip too), and archive the articles not archived yet.\n"
      "Each new article is archived again 1h, 6h, 1d, 3d and 7d after discovery (an unchanged page\n"
      "costs a revisit record); per feed or sitemap \"recapture\": [\"2h\", \"2d\"] or \"off\".\n"
      "The schedule is kept in the archive's state.sqlite: a restart carries on. Runs until\n"
      "SIGINT/SIGTERM (which finish the records in flight and exit 0), or with --once runs what\n"
      "is due and exits (for cron or a systemd timer).");
  watch->add_option("-s,--sources", result.watch.sources_file, "the sources file (JSON)")->required()->check(CLI::ExistingFile);
  watch->add_option("-a,--archive", result.watch.fetch.archive_dir, "archive folder (created when missing)")->required();
  watch->add_flag("--once", result.watch.once, "run the sources that are due, then exit");
  watch->add_option("--max-new", result.watch.max_new_articles, "at most this many new articles per cycle (the rest wait)")
      ->capture_default_str();
  std::string watch_progress = "auto";
  AddFetchFlags(*watch, result.watch.fetch, true, watch_progress);
  AddVerbosity(*watch, verbose, quiet);

  CLI::App* explain = app.add_subcommand("explain", "print why a scored article got its score: every point, with its evidence");
  explain->add_option("what", result.explain.what,
                      "a profile id, an input path or URL, or part of a path (default: every profile)");
  explain->add_option("-i,--in", result.explain.from, "the output folder of a score run, or its profiles.jsonl")
      ->capture_default_str();

  CLI::App* report = app.add_subcommand(
      "report", "re-render the HTML report (report.html and a/<id>.html) from saved output, without rescoring");
  report->add_option("from", result.report.from,
                     "an output folder of 'provscore score' (its profiles.jsonl and report.json), or a profiles.jsonl\n"
                     "(report.json beside it supplies versions and copy clusters; without it they are left out)")
      ->required();
  report->add_option("-o,--out", result.report.out_dir,
                     "the folder to write report.html and a/ into (default: the folder of FROM); only\n"
                     "report.html, report.html.tmp and a/*.html are written or replaced there");
  AddVerbosity(*report, verbose, quiet);
  report->footer("The index page (report.html) holds summary charts and a sortable, filterable table kept in the URL;\n"
                 "each article has its own page a/<id>.html. Pages load nothing from elsewhere and open from file://.\n"
                 "Exit codes: 0 written; 2 unreadable input or unwritable output.");

  CLI::App* history = app.add_subcommand(
      "history", "how archived articles changed between captures: headline, byline, body, corrections, credits, dates");
  history->add_option("url", result.history.url,
                      "the article's URL (any capture of it: http/https and \"www.\" agree); without it, every URL of\n"
                      "the archive with more than one distinct capture whose article changed");
  history->add_option("--archive", result.history.archive_dir,
                      "the archive folder: its index.cdxj (ours or another indexer's) or, without one, its WARC files\n"
                      "(wget's too) (default $XDG_DATA_HOME/provscore/archive, or ~/.local/share/provscore/archive)");
  history->add_option("--since", result.history.since,
                      "only captures at or after DATE (2024-05-06, 2024-05-06T12:00; UTC), each compared with the one before")
      ->type_name("DATE");
  history
      ->add_option("--from", result.history.from,
                   "compare two captures of the URL, any two: this one (a capture number as the timeline prints it,\n"
                   "#1 the oldest, or a DATE: the latest capture up to then; default the first) ...")
      ->type_name("CAPTURE");
  history->add_option("--to", result.history.to, "... with this one (default the last)")->type_name("CAPTURE");
  history->add_flag("--json", result.history.json,
                    "JSON Lines instead of text: one object per pair of successive captures (schema provscore.history/1)");
  history->add_option("--html", result.history.html_dir,
                      "also write the history view into DIR: history.html (the changed URLs) and h/<page>.html per URL\n"
                      "(its capture timeline and word-level diffs); earlier h/*.html there are replaced. Give it the folder of\n"
                      "a report (score --out) and its article pages link to their history when next rendered (provscore report)")
      ->type_name("DIR");
  history->add_option("-r,--rules", result.history.rules_dirs,
                      "a folder of your own rule files, overlaid on the built-in rules (repeatable)");
  AddVerbosity(*history, verbose, quiet);
  history->footer(
      "Each capture is compared with the one before it, from the extracted article (never the raw HTML, so adverts,\n"
      "timestamps and tokens do not count). Change classes: headline_changed, byline_changed, body_edited (word-level,\n"
      "a moved paragraph is one move), paragraph_added, paragraph_removed, correction_added (rules/corrections.json),\n"
      "credit_added, credit_removed (wire credits), translation_notice_changed, published_date_changed,\n"
      "modified_date_changed, link_added, link_removed (body link targets). silent_edit: the headline or body\n"
      "changed with no correction added and no new modified date. A revisit or an identical payload is\n"
      "'unchanged' and not extracted again. --from/--to compare any two captures of one URL instead (#N as the\n"
      "timeline numbers them, or a date).\n"
      "Exit codes: 0 done; 1 the URL has no capture, or a capture could not be read; 2 usage or configuration error.");

  CLI::App* slurm = app.add_subcommand(
      "slurm", "write a Slurm job for a manifest of WARC files: a map job array, a merge, and submit.sh");
  slurm->description(
      "Write a Slurm job that scores a manifest of WARC files on a cluster: map.sbatch, a job array\n"
      "whose task K runs 'provscore map' over its slice of the manifest (--task-id K), merge.sbatch,\n"
      "which runs 'provscore merge' over the map outputs, and submit.sh, which submits the array and\n"
      "then the merge with --dependency=afterok:<array> --kill-on-invalid-dep=yes (the merge runs only\n"
      "when every map task succeeded). Map tasks are idempotent: run submit.sh again after a failure\n"
      "or a cancellation and only the unfinished tasks do work. The jobs run this provscore binary\n"
      "(or --provscore PATH, or $PROVSCORE_BIN when submitting), which the nodes must be able to run.");
  slurm->add_option("manifest", result.slurm.manifest,
                    "WARC files (.warc, .warc.gz), one path a line (blank lines and # comments skipped); relative\n"
                    "paths are taken from the current folder. Every file must exist")
      ->required();
  slurm->add_option("-o,--out", result.slurm.out_dir,
                    "the job folder (created): manifest.txt (absolute paths), the scripts, logs/, and then map/\n"
                    "(profiles-K.jsonl, signatures-K.jsonl) and merged/ (cross_article.jsonl, report.json, report)")
      ->required();
  slurm->add_option("--throttle", result.slurm.throttle, "map tasks running at once (the array's %N); 0 for no limit")
      ->capture_default_str();
  slurm->add_option("--files-per-task", result.slurm.files_per_task, "WARC files one map task scores")
      ->check(CLI::Range(size_t{1}, size_t{1000000}))
      ->capture_default_str();
  slurm->add_option("--cpus-per-task", result.slurm.cpus_per_task, "CPUs asked for each map task")
      ->check(CLI::Range(size_t{1}, size_t{1024}))
      ->capture_default_str();
  slurm->add_option("-p,--partition", result.slurm.partition, "Slurm partition (default: the cluster's)");
  slurm->add_option("-t,--time", result.slurm.time_limit,
                    "time limit of each job, in Slurm's forms: 30 (minutes), 1:00:00, 2-00:00 (default: the partition's)");
  slurm->add_option("--mem", result.slurm.memory, "memory of each job: 4G, 500M (default: the partition's)");
  slurm->add_option("--provscore", result.slurm.provscore,
                    "the provscore binary the jobs run, as the nodes see it (default: this one)");
  AddVerbosity(*slurm, verbose, quiet);
  slurm->footer(
      "Example:\n"
      "  find /data/cc-news -name '*.warc.gz' > warcs.txt\n"
      "  provscore slurm warcs.txt --out /scratch/run1 --files-per-task 4 --throttle 100 -p batch -t 2:00:00 --mem 4G\n"
      "  /scratch/run1/submit.sh --account=myproject   # prints map_job=ID and merge_job=ID\n"
      "  sacct -j ID --format=JobID,JobName,State,ExitCode   # states: not only sbatch's exit code\n"
      "  /scratch/run1/submit.sh                           # after a failure: redoes the unfinished tasks\n"
      "Slurm's default MaxArraySize (1001) allows at most 1001 tasks; raise --files-per-task beyond that.\n"
      "Exit codes: 0 written; 2 usage error, a missing manifest file, or an unwritable job folder.");

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
  result.map.score.verbosity = VerbosityOf(verbose, quiet);
  result.merge.verbosity = VerbosityOf(verbose, quiet);
  if (result.map.score.jobs == 0) result.map.score.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (result.score.jobs == 0) result.score.jobs = std::max(1u, std::thread::hardware_concurrency());
  result.rules.verbosity = VerbosityOf(verbose, quiet);
  result.fetch.verbosity = VerbosityOf(verbose, quiet);
  result.watch.verbosity = VerbosityOf(verbose, quiet);
  result.report.verbosity = VerbosityOf(verbose, quiet);
  result.history.verbosity = VerbosityOf(verbose, quiet);
  result.slurm.verbosity = VerbosityOf(verbose, quiet);
  result.score.fetch.progress = ProgressOf(score_progress);
  result.fetch.fetch.progress = ProgressOf(fetch_progress);
  result.watch.fetch.progress = ProgressOf(watch_progress);
  if (score->parsed()) {
    result.command = Command::kScore;
  } else if (map->parsed()) {
    if (result.map.score.inputs.empty() && !result.map.paths_from_stdin) {
      result.exit_code = kExitUsage;
      result.output = "map: name inputs, or --paths-from-stdin\nRun 'provscore map --help' for usage.\n";
      return result;
    }
    if (result.map.out_dir.empty() && !result.map.profiles_to_stdout) {
      result.exit_code = kExitUsage;
      result.output = "map: name the output folder (--out DIR), or --profiles-to-stdout\nRun 'provscore map --help' for usage.\n";
      return result;
    }
    result.command = Command::kMap;
  } else if (merge->parsed()) {
    result.command = Command::kMerge;
  } else if (fetch->parsed()) {
    if (result.fetch.urls.empty() && result.fetch.url_file.empty()) {
      result.exit_code = kExitUsage;
      result.output = "fetch: name URLs or an input file (-i FILE)\nRun 'provscore fetch --help' for usage.\n";
      return result;
    }
    result.command = Command::kFetch;
  } else if (watch->parsed()) {
    result.command = Command::kWatch;
  } else if (check->parsed()) {
    result.command = Command::kRules;
    result.rules.action = RulesOptions::Action::kCheck;
  } else if (list->parsed()) {
    result.command = Command::kRules;
    result.rules.action = RulesOptions::Action::kList;
  } else if (explain->parsed()) {
    result.command = Command::kExplain;
  } else if (report->parsed()) {
    result.command = Command::kReport;
  } else if (history->parsed()) {
    if (result.history.url.empty() && result.history.archive_dir.empty()) {
      result.exit_code = kExitUsage;
      result.output = "history: name a URL or an archive (--archive DIR)\nRun 'provscore history --help' for usage.\n";
      return result;
    }
    if ((!result.history.from.empty() || !result.history.to.empty()) &&
        (result.history.url.empty() || !result.history.since.empty() || !result.history.html_dir.empty())) {
      result.exit_code = kExitUsage;
      result.output =
          "history: --from and --to compare two captures of one URL (name it); not with --since or --html\n"
          "Run 'provscore history --help' for usage.\n";
      return result;
    }
    result.command = Command::kHistory;
  } else if (slurm->parsed()) {
    result.command = Command::kSlurm;
  } else if (version->parsed()) {
    result.command = Command::kVersion;
  } else {
    result.exit_code = kExitUsage;
    result.output = app.help();
  }
  return result;
}

std::optional<uint64_t> ParseByteSize(const std::string& text) {
  if (text.empty()) return std::nullopt;
  uint64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr == text.data()) return std::nullopt;
  std::string unit(ptr, end);
  std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (unit.size() == 2 && unit[1] == 'b') unit.pop_back();  // "50MB", "1kb"
  if (unit.size() == 3 && unit.substr(1) == "ib") unit.resize(1);  // "50MiB"
  int shift = 0;
  if (unit.empty() || unit == "b") shift = 0;
  else if (unit == "k") shift = 10;
  else if (unit == "m") shift = 20;
  else if (unit == "g") shift = 30;
  else return std::nullopt;
  if (shift > 0 && value > (UINT64_MAX >> shift)) return std::nullopt;
  return value << shift;
}

std::optional<double> ParseDurationSeconds(const std::string& text) {
  if (text.empty()) return std::nullopt;
  size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const std::string unit = text.substr(used);
  double scale = 0;
  if (unit.empty() || unit == "s") scale = 1;
  else if (unit == "ms") scale = 0.001;
  else if (unit == "m" || unit == "min") scale = 60;
  else if (unit == "h") scale = 3600;
  else if (unit == "d") scale = 86400;
  else return std::nullopt;
  const double seconds = value * scale;
  if (!std::isfinite(seconds) || seconds < 0) return std::nullopt;
  return seconds;
}

}  // namespace provscore
