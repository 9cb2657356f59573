#include "cli/slurm_job.h"

#include <algorithm>
#include <sstream>

namespace provscore {
namespace {

bool IsControl(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7f;
}

bool OnlyOf(std::string_view text, std::string_view extra) {
  return std::all_of(text.begin(), text.end(), [extra](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           extra.find(c) != std::string_view::npos;
  });
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The #SBATCH lines both jobs share.
void ResourceLines(const SlurmJobSpec& spec, std::ostream& out) {
  if (!spec.partition.empty()) out << "#SBATCH --partition=" << spec.partition << "\n";
  if (!spec.time_limit.empty()) out << "#SBATCH --time=" << spec.time_limit << "\n";
  if (!spec.memory.empty()) out << "#SBATCH --mem=" << spec.memory << "\n";
}

// The lines that pick the binary: the one that wrote the job, unless PROVSCORE_BIN names
// another (sbatch exports the submitting shell's environment by default).
void BinaryLines(const SlurmJobSpec& spec, std::ostream& out) {
  out << "provscore=" << ShellQuote(spec.provscore) << "\n"
      << "if [ -n \"${PROVSCORE_BIN:-}\" ]; then provscore=$PROVSCORE_BIN; fi\n"
      << "job_dir=" << ShellQuote(spec.job_dir) << "\n";
}

}  // namespace

Result<std::vector<std::string>> ParseManifest(std::string_view text) {
  std::vector<std::string> paths;
  size_t line_number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_number;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::string where = "manifest line " + std::to_string(line_number) + ": ";
    if (line.find("://") != std::string_view::npos) {
      return InvalidArgument(where + "a URL; map reads local files (copy or mount the WARC files first)");
    }
    if (std::any_of(line.begin(), line.end(), IsControl)) {
      return InvalidArgument(where + "a control character in the path");
    }
    paths.emplace_back(line);
  }
  if (paths.empty()) return InvalidArgument("the manifest names no file (one WARC path a line; # comments)");
  return paths;
}

size_t SlurmTaskCount(size_t files, size_t files_per_task) {
  return files_per_task == 0 ? 0 : (files + files_per_task - 1) / files_per_task;
}

Status ValidateSlurmJobSpec(const SlurmJobSpec& spec) {
  for (const auto& [name, path] :
       {std::pair{"the provscore binary", &spec.provscore}, std::pair{"--out", &spec.job_dir}}) {
    if (path->empty() || path->front() != '/') return InvalidArgument(std::string(name) + ": not an absolute path");
    if (std::any_of(path->begin(), path->end(), IsControl)) {
      return InvalidArgument(std::string(name) + ": a control character in the path");
    }
  }
  if (spec.files == 0) return InvalidArgument("the manifest names no file");
  if (spec.files_per_task == 0) return InvalidArgument("--files-per-task: at least 1");
  if (spec.cpus_per_task == 0) return InvalidArgument("--cpus-per-task: at least 1");
  if (!spec.partition.empty() && !OnlyOf(spec.partition, "_.,-")) {
    return InvalidArgument("--partition: a partition name, or several joined by commas: " + spec.partition);
  }
  const bool unlimited = spec.time_limit == "UNLIMITED" || spec.time_limit == "INFINITE" ||
                         spec.time_limit == "unlimited" || spec.time_limit == "infinite";
  if (!spec.time_limit.empty() && !unlimited &&
      (spec.time_limit.find_first_not_of("0123456789:-") != std::string::npos ||
       spec.time_limit.find_first_of("0123456789") == std::string::npos)) {
    return InvalidArgument("--time: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS, not " + spec.time_limit);
  }
  if (!spec.memory.empty()) {
    std::string_view digits = spec.memory;
    if (std::string_view("KMGTkmgt").find(digits.back()) != std::string_view::npos) digits.remove_suffix(1);
    if (!AllDigits(digits)) return InvalidArgument("--mem: a number with an optional K, M, G or T, not " + spec.memory);
  }
  return Status::Ok();
}

SlurmScripts WriteSlurmScripts(const SlurmJobSpec& spec) {
  const size_t tasks = SlurmTaskCount(spec.files, spec.files_per_task);
  SlurmScripts scripts;

  std::ostringstream map;
  map << "#!/bin/bash\n"
      << "# provscore map over the " << spec.files << " WARC file(s) of manifest.txt, " << spec.files_per_task
      << " a task: task K scores lines\n"
      << "# K*" << spec.files_per_task << "+1 .. (K+1)*" << spec.files_per_task
      << " and writes map/profiles-K.jsonl and map/signatures-K.jsonl. A task whose two\n"
      << "# outputs exist does nothing, so submitting again redoes only the tasks that failed or were\n"
      << "# cancelled. Submit with submit.sh, which chains the merge. One task by hand, for a test:\n"
      << "#   SLURM_ARRAY_TASK_ID=0 bash map.sbatch\n"
      << "# Written by provscore slurm.\n"
      << "#SBATCH --job-name=provscore-map\n"
      << "#SBATCH --array=0-" << tasks - 1;
  if (spec.throttle > 0) map << "%" << spec.throttle;
  map << "\n#SBATCH --ntasks=1\n"
      << "#SBATCH --cpus-per-task=" << spec.cpus_per_task << "\n";
  ResourceLines(spec, map);
  map << "set -euo pipefail\n";
  BinaryLines(spec, map);
  map << "files_per_task=" << spec.files_per_task << "\n"
      << "task=${SLURM_ARRAY_TASK_ID:?not an array task: submit with submit.sh}\n"
      << "first=$(( task * files_per_task + 1 ))\n"
      << "last=$(( first + files_per_task - 1 ))\n"
      << "mapfile -t files < <(sed -n \"${first},${last}p\" \"$job_dir/manifest.txt\")\n"
      << "if [ \"${#files[@]}\" -eq 0 ]; then\n"
      << "  echo \"map task $task: no files at lines $first-$last of $job_dir/manifest.txt\" >&2\n"
      << "  exit 2\n"
      << "fi\n"
      << "exec \"$provscore\" map \"${files[@]}\" --out \"$job_dir/map\" --task-id \"$task\" "
         "-j \"${SLURM_CPUS_PER_TASK:-1}\"\n";
  scripts.map_sbatch = map.str();

  std::ostringstream merge;
  merge << "#!/bin/bash\n"
        << "# provscore merge of the map outputs (map/) into merged/: the copies clustered across the\n"
        << "# whole collection (cross_article.jsonl), report.json and the report. submit.sh starts it\n"
        << "# only when every map task succeeded. Written by provscore slurm.\n"
        << "#SBATCH --job-name=provscore-merge\n"
        << "#SBATCH --ntasks=1\n";
  ResourceLines(spec, merge);
  merge << "set -euo pipefail\n";
  BinaryLines(spec, merge);
  merge << "exec \"$provscore\" merge \"$job_dir/map\" --out \"$job_dir/merged\"\n";
  scripts.merge_sbatch = merge.str();

  std::ostringstream submit;
  submit << "#!/bin/bash\n"
         << "# Submits the map array (" << tasks << " task(s)), then the merge with --dependency=afterok on the\n"
         << "# whole array: the merge starts once every map task succeeded, and --kill-on-invalid-dep=yes\n"
         << "# cancels it when a task fails or is cancelled. Check the states with sacct or scontrol show\n"
         << "# job, not an exit code (sbatch --wait can exit 0 when the merge was cancelled). After a\n"
         << "# failure run this again: tasks whose outputs are complete do nothing. Arguments go to\n"
         << "# both sbatch calls (--account=A, --qos=Q).\n"
         << "# Prints map_job=ID and merge_job=ID. Written by provscore slurm.\n"
         << "set -euo pipefail\n"
         << "job_dir=" << ShellQuote(spec.job_dir) << "\n"
         << "mkdir -p \"$job_dir/logs\" \"$job_dir/map\" \"$job_dir/merged\"\n"
         << "map_job=$(sbatch --parsable --output=\"$job_dir/logs/map-%A_%a.out\" \"$@\" \"$job_dir/map.sbatch\")\n"
         << "map_job=${map_job%%;*}\n"
         << "if ! merge_job=$(sbatch --parsable --dependency=\"afterok:$map_job\" --kill-on-invalid-dep=yes \\\n"
         << "    --output=\"$job_dir/logs/merge-%j.out\" \"$@\" \"$job_dir/merge.sbatch\"); then\n"
         << "  echo \"submit.sh: map job $map_job was submitted but the merge was not; submit it with\" >&2\n"
         << "  echo \"  sbatch --dependency=afterok:$map_job --kill-on-invalid-dep=yes $job_dir/merge.sbatch\" >&2\n"
         << "  exit 1\n"
         << "fi\n"
         << "merge_job=${merge_job%%;*}\n"
         << "echo \"map_job=$map_job\"\n"
         << "echo \"merge_job=$merge_job\"\n";
  scripts.submit_sh = submit.str();
  return scripts;
}

std::string ShellQuote(std::string_view text) {
  if (!text.empty() && OnlyOf(text, "_./:=@%+,-")) return std::string(text);
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace provscore
