// The Slurm job of a scale-out run (issue 14): a job array of `provscore map` tasks over
// a manifest of WARC files, and one `provscore merge` that runs only when every map task
// succeeded. Pure text: nothing here touches a file or runs sbatch, so tests compare the
// scripts directly; `provscore slurm` (cli/slurm_command.cc) writes them into the job
// folder. Stateless functions, safe from any thread.
//
//   Result<std::vector<std::string>> paths = ParseManifest(text);     // one path a line
//   SlurmJobSpec spec{.provscore = "/opt/bin/provscore", .job_dir = "/scratch/run1",
//                     .files = paths->size()};
//   if (Status s = ValidateSlurmJobSpec(spec); !s.ok()) ...
//   SlurmScripts scripts = WriteSlurmScripts(spec);   // map.sbatch, merge.sbatch, submit.sh
//
// The job folder's layout, which the scripts assume: manifest.txt (absolute paths, one a
// line, as ParseManifest returns them), map.sbatch, merge.sbatch, submit.sh, logs/,
// map/ (profiles-K.jsonl and signatures-K.jsonl of task K) and merged/ (the merge's output).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace provscore {

struct SlurmJobSpec {
  std::string provscore;      // absolute path of the binary the jobs run; $PROVSCORE_BIN overrides it at run time
  std::string job_dir;        // absolute path of the job folder (layout above)
  size_t files = 0;           // paths in job_dir/manifest.txt
  size_t files_per_task = 1;  // manifest lines one map task scores
  size_t throttle = 50;       // map tasks running at once (the array's %N); 0: no limit
  size_t cpus_per_task = 1;   // #SBATCH --cpus-per-task of a map task
  std::string partition;      // #SBATCH --partition; empty: the cluster's default
  std::string time_limit;     // #SBATCH --time of each job (Slurm's forms: 30, 1:00:00, 2-0); empty: default
  std::string memory;         // #SBATCH --mem of each job (4G, 500M); empty: default
};

struct SlurmScripts {
  std::string map_sbatch;    // the array: task K runs `provscore map <its slice> --out map --task-id K`
  std::string merge_sbatch;  // `provscore merge map --out merged`
  std::string submit_sh;     // sbatch the array, then the merge with afterok + kill-on-invalid-dep
};

// Slurm's default MaxArraySize: array indices must stay below it unless a site raises it.
inline constexpr size_t kSlurmDefaultMaxArraySize = 1001;

// The paths of a manifest: one a line; blank lines and lines starting with '#' are skipped,
// a trailing CR and surrounding spaces are dropped. InvalidArgument (naming the line) for a
// line holding a URL (s3://, http://: map reads files) or a control character; and for a
// manifest with no path.
Result<std::vector<std::string>> ParseManifest(std::string_view text);

// Map tasks for `files` paths at `files_per_task` each (rounded up). files_per_task >= 1.
size_t SlurmTaskCount(size_t files, size_t files_per_task);

// InvalidArgument, naming the flag, for values sbatch would misread or that would break
// the scripts: relative paths, no files, files_per_task or cpus_per_task of 0, a
// partition, time or memory with characters outside Slurm's forms.
Status ValidateSlurmJobSpec(const SlurmJobSpec& spec);

// The three scripts for a valid spec (ValidateSlurmJobSpec).
SlurmScripts WriteSlurmScripts(const SlurmJobSpec& spec);

// `text` as one word for bash: as is when it holds only safe characters, otherwise in
// single quotes (a ' inside becomes '\'').
std::string ShellQuote(std::string_view text);

}  // namespace provscore
