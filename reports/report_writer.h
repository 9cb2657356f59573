// ReportWriter: writes a batch's output folder — profiles.jsonl (one profile per
// line, in input order), report.json (tool and rules version, inputs, counts per
// signal type, and the profiles) and report.html (a self-contained review page).
// Memory stays bounded: Add() appends one line to profiles.jsonl and keeps only
// counters; Finish() streams profiles.jsonl back to build report.json and report.html.
// Not thread-safe: one writer per output folder, fed in input order.
//
//   ReportWriter w;
//   if (auto s = w.Open("out", meta); !s.ok()) ...
//   for (...) w.Add(profile);
//   Status s = w.Finish();
#pragma once

#include <cstddef>
#include <boost/json/array.hpp>

#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "score/profile.h"

namespace provscore {

struct ReportMeta {
  std::string tool_version;   // e.g. "0.1.0"
  std::string rules_version;  // from rules/manifest.json
  std::string generated_at;   // ISO 8601, or empty for byte-identical output
  std::string rules_digest = {};  // RuleSet::digest(): the rules files' bytes; omitted when empty
};

// What a batch pass adds after every document was scored: signals that need the
// whole batch (syndicated copies), a way to rescore the profiles that gained some,
// and the clusters for report.json.
struct BatchAdditions {
  std::vector<std::vector<Signal>> signals;          // by input position (may be shorter)
  std::function<void(ReliabilityProfile&)> rescore;  // called on each profile that gained signals
  boost::json::array clusters;                       // report.json "clusters"
};

class ReportWriter {
 public:
  // Creates `dir` if needed and opens profiles.jsonl for writing (truncating it).
  // Every file is written as "<name>.tmp" and renamed into place by Finish(), and
  // Open() removes the previous run's final files, so a folder that holds
  // report.json holds a complete batch.
  Status Open(const std::filesystem::path& dir, ReportMeta meta);
  // Appends one profile. Fails on a write error, or when the writer is not open.
  Status Add(const ReliabilityProfile& profile);
  // Appends one profile already serialised (a line of another run's profiles.jsonl,
  // without its newline), copied byte for byte; Finish() validates and counts it.
  Status AddSerialized(std::string_view profile_json);
  // Applies `additions` (optional: the batch pass) to the profiles, then writes
  // report.json and report.html and closes everything. report.json is a head line
  // ({"schema","tool","rules_version","rules_digest" and "generated_at" (each omitted
  // when empty),"counts"
  // (documents, with_errors, signals per type, grades, score distribution in tens,
  // per-site documents and average score),"clusters"), then "inputs" (paths in input
  // order), then "profiles", one per line. profiles.jsonl is streamed three times:
  // to apply the additions and count, for the inputs and report.html, and to copy
  // the profile lines in verbatim; only counters stay in memory.
  Status Finish(const BatchAdditions* additions = nullptr);

  size_t documents() const { return documents_; }
  size_t documents_with_errors() const { return with_errors_; }

 private:
  std::filesystem::path dir_;
  ReportMeta meta_;
  std::ofstream jsonl_;
  bool open_ = false;  // between a successful Open() and Finish()
  size_t documents_ = 0;
  size_t with_errors_ = 0;
  std::map<std::string, size_t> signal_counts_;  // type -> signals
  std::map<std::string, size_t> grade_counts_;   // grade -> documents; ungraded ones are not counted
};

}  // namespace provscore
