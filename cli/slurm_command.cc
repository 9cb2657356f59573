// `provscore slurm`: reads a manifest of WARC paths, checks every file exists, and writes
// the job folder of cli/slurm_job.h (manifest.txt with absolute paths, map.sbatch,
// merge.sbatch, submit.sh). It submits nothing: the user runs submit.sh.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file_commit.h"
#include "cli/commands.h"
#include "cli/slurm_job.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;

// Replaces `path` with `text` through a temporary file, so a job folder never holds half a script.
Status WriteFileAtomically(const fs::path& path, const std::string& text, fs::perms perms) {
  const fs::path tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return IoError(tmp.string() + ": cannot write");
  }
  std::error_code ec;
  fs::permissions(tmp, perms, ec);
  if (ec) return IoError(tmp.string() + ": " + ec.message());
  return CommitFile(tmp, path);
}

std::optional<std::string> ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool HasEntries(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir, ec) && fs::directory_iterator(dir, ec) != fs::directory_iterator();
}

}  // namespace

int RunSlurm(const SlurmOptions& options, std::ostream& out) {
  const std::optional<std::string> manifest_text = ReadWholeFile(options.manifest);
  if (!manifest_text) {
    spdlog::error("{}: cannot read the manifest", options.manifest);
    return kExitUsage;
  }
  Result<std::vector<std::string>> parsed = ParseManifest(*manifest_text);
  if (!parsed.ok()) {
    spdlog::error("{}: {}", options.manifest, parsed.status().message());
    return kExitUsage;
  }
  std::string manifest;
  size_t missing = 0;
  for (const std::string& entry : *parsed) {
    const fs::path path = fs::absolute(entry).lexically_normal();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      if (++missing <= 5) spdlog::error("{}: no such file (named in {})", path.string(), options.manifest);
      continue;
    }
    manifest += path.string() + "\n";
  }
  if (missing > 0) {
    spdlog::error("{} of the {} files of {} are missing; nothing written", missing, parsed->size(), options.manifest);
    return kExitUsage;
  }

  SlurmJobSpec spec;
  std::error_code ec;
  spec.provscore = options.provscore.empty() ? fs::read_symlink("/proc/self/exe", ec).string()
                                             : fs::absolute(options.provscore).lexically_normal().string();
  spec.job_dir = fs::absolute(options.out_dir).lexically_normal().string();
  while (spec.job_dir.size() > 1 && spec.job_dir.back() == '/') spec.job_dir.pop_back();
  spec.files = parsed->size();
  spec.files_per_task = options.files_per_task;
  spec.throttle = options.throttle;
  spec.cpus_per_task = options.cpus_per_task;
  spec.partition = options.partition;
  spec.time_limit = options.time_limit;
  spec.memory = options.memory;
  if (Status s = ValidateSlurmJobSpec(spec); !s.ok()) {
    spdlog::error("{}", s.message());
    return kExitUsage;
  }
  const SlurmScripts scripts = WriteSlurmScripts(spec);

  // Map outputs are named by task id: a folder that holds some must keep the manifest and
  // the slicing they came from, or a resubmission would mix two collections.
  const fs::path dir(spec.job_dir);
  if (HasEntries(dir / "map") &&
      (ReadWholeFile(dir / "manifest.txt") != manifest || ReadWholeFile(dir / "map.sbatch") != scripts.map_sbatch)) {
    spdlog::error("{}: holds map outputs of another manifest or slicing; choose a new --out (or empty {})",
                  spec.job_dir, (dir / "map").string());
    return kExitUsage;
  }
  fs::create_directories(dir / "logs", ec);
  if (ec) {
    spdlog::error("{}: {}", (dir / "logs").string(), ec.message());
    return kExitUsage;
  }
  constexpr fs::perms kScript = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec;
  constexpr fs::perms kData =
      fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read;
  const struct {
    const char* name;
    const std::string& text;
    fs::perms perms;
  } files[] = {{"manifest.txt", manifest, kData},
               {"map.sbatch", scripts.map_sbatch, kScript},
               {"merge.sbatch", scripts.merge_sbatch, kScript},
               {"submit.sh", scripts.submit_sh, kScript}};
  for (const auto& file : files) {
    if (Status s = WriteFileAtomically(dir / file.name, file.text, file.perms); !s.ok()) {
      spdlog::error("{}", s.message());
      return kExitUsage;
    }
  }

  const size_t tasks = SlurmTaskCount(spec.files, spec.files_per_task);
  if (tasks > kSlurmDefaultMaxArraySize) {
    spdlog::warn(
        "{} map tasks: Slurm's default MaxArraySize allows {} ('scontrol show config | grep MaxArraySize');"
        " raise --files-per-task to about {} if yours is the default",
        tasks, kSlurmDefaultMaxArraySize, SlurmTaskCount(spec.files, kSlurmDefaultMaxArraySize));
  }
  if (!fs::exists(spec.provscore, ec)) {
    spdlog::warn("{}: not found here; the nodes must find it at that path (or set PROVSCORE_BIN)", spec.provscore);
  }
  out << "wrote " << (dir / "map.sbatch").string() << " (" << tasks << " map task(s) of up to " << spec.files_per_task
      << " file(s)";
  if (spec.throttle > 0) out << ", at most " << spec.throttle << " at once";
  out << "), " << (dir / "merge.sbatch").string() << " and " << (dir / "submit.sh").string() << "\n"
      << "submit with: " << ShellQuote((dir / "submit.sh").string()) << "\n";
  return kExitOk;
}

}  // namespace provscore
