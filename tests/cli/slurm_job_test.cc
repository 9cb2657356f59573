#include "cli/slurm_job.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fetch/fetch_test_util.h"
#include "cli/options.h"
#include "tests/cli/run_cli.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using fetch::testing::TempDir;

SlurmJobSpec Spec(size_t files) {
  SlurmJobSpec spec;
  spec.provscore = "/opt/provscore/bin/provscore";
  spec.job_dir = "/scratch/run1";
  spec.files = files;
  return spec;
}

void WriteText(const fs::path& path, const std::string& text, bool executable = false) {
  std::ofstream(path, std::ios::binary) << text;
  if (executable) fs::permissions(path, fs::perms::owner_all);
}

using testing::RunShell;

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(SlurmJobTest, ManifestSkipsBlankLinesCommentsAndCarriageReturns) {
  const auto paths =
      ParseManifest("# cc-news, May\n/data/a.warc.gz\r\n\n  rel/b.warc  \n#/data/c.warc.gz\n/data/d e.warc");
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  EXPECT_EQ(*paths, (std::vector<std::string>{"/data/a.warc.gz", "rel/b.warc", "/data/d e.warc"}));
}

TEST(SlurmJobTest, ManifestErrorsNameTheLine) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"", "names no file"},
      {"# only a comment\n\n", "names no file"},
      {"/data/a.warc\ns3://commoncrawl/crawl-data/x.warc.gz\n", "line 2: a URL"},
      {"/data/a.warc\n\n/data/b\x01.warc\n", "line 3: a control character"},
  };
  for (const auto& c : cases) {
    const auto paths = ParseManifest(c.text);
    ASSERT_FALSE(paths.ok()) << c.text;
    EXPECT_EQ(paths.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(paths.status().message().find(c.message), std::string::npos) << paths.status().message();
  }
}

TEST(SlurmJobTest, TaskCountRoundsUp) {
  EXPECT_EQ(SlurmTaskCount(5, 1), 5u);
  EXPECT_EQ(SlurmTaskCount(5, 2), 3u);
  EXPECT_EQ(SlurmTaskCount(4, 2), 2u);
  EXPECT_EQ(SlurmTaskCount(1, 10), 1u);
  EXPECT_EQ(SlurmTaskCount(5000, kSlurmDefaultMaxArraySize), 5u);
}

TEST(SlurmJobTest, ValidationNamesTheFlag) {
  const struct {
    void (*change)(SlurmJobSpec&);
    const char* message;  // empty: valid
  } cases[] = {
      {[](SlurmJobSpec&) {}, ""},
      {[](SlurmJobSpec& s) {
         s.time_limit = "1-12:00:00";
         s.memory = "4G";
         s.partition = "short,long";
       },
       ""},
      {[](SlurmJobSpec& s) {
         s.time_limit = "UNLIMITED";
         s.memory = "500";
       },
       ""},
      {[](SlurmJobSpec& s) { s.job_dir = "scratch/run1"; }, "--out: not an absolute path"},
      {[](SlurmJobSpec& s) { s.provscore = ""; }, "binary: not an absolute path"},
      {[](SlurmJobSpec& s) { s.job_dir = "/scratch/a\nb"; }, "--out: a control character"},
      {[](SlurmJobSpec& s) { s.files = 0; }, "names no file"},
      {[](SlurmJobSpec& s) { s.files_per_task = 0; }, "--files-per-task"},
      {[](SlurmJobSpec& s) { s.cpus_per_task = 0; }, "--cpus-per-task"},
      {[](SlurmJobSpec& s) { s.partition = "batch\n#SBATCH --exclusive"; }, "--partition"},
      {[](SlurmJobSpec& s) { s.partition = "a b"; }, "--partition"},
      {[](SlurmJobSpec& s) { s.time_limit = "2h"; }, "--time"},
      {[](SlurmJobSpec& s) { s.time_limit = ":-"; }, "--time"},
      {[](SlurmJobSpec& s) { s.memory = "4GB"; }, "--mem"},
      {[](SlurmJobSpec& s) { s.memory = "G"; }, "--mem"},
  };
  for (const auto& c : cases) {
    SlurmJobSpec spec = Spec(3);
    c.change(spec);
    const Status s = ValidateSlurmJobSpec(spec);
    if (std::string(c.message).empty()) {
      EXPECT_TRUE(s.ok()) << s.message();
    } else {
      EXPECT_FALSE(s.ok()) << c.message;
      EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    }
  }
}

TEST(SlurmJobTest, MapArrayHasOneTaskPerSliceAndTheThrottle) {
  SlurmJobSpec spec = Spec(5);
  spec.files_per_task = 2;
  spec.throttle = 4;
  spec.partition = "batch";
  spec.time_limit = "2:00:00";
  spec.memory = "4G";
  spec.cpus_per_task = 3;
  const SlurmScripts s = WriteSlurmScripts(spec);
  for (const char* line : {"#!/bin/bash\n", "#SBATCH --array=0-2%4\n", "#SBATCH --job-name=provscore-map\n",
                           "#SBATCH --cpus-per-task=3\n", "#SBATCH --partition=batch\n", "#SBATCH --time=2:00:00\n",
                           "#SBATCH --mem=4G\n", "files_per_task=2\n", "provscore=/opt/provscore/bin/provscore\n",
                           "exec \"$provscore\" map \"${files[@]}\" --out \"$job_dir/map\" --task-id \"$task\" "
                           "-j \"${SLURM_CPUS_PER_TASK:-1}\"\n"}) {
    EXPECT_NE(s.map_sbatch.find(line), std::string::npos) << line << "\n" << s.map_sbatch;
  }
  for (const char* line : {"#SBATCH --job-name=provscore-merge\n", "#SBATCH --partition=batch\n", "#SBATCH --mem=4G\n",
                           "exec \"$provscore\" merge \"$job_dir/map\" --out \"$job_dir/merged\"\n"}) {
    EXPECT_NE(s.merge_sbatch.find(line), std::string::npos) << line << "\n" << s.merge_sbatch;
  }
  EXPECT_EQ(s.merge_sbatch.find("--array"), std::string::npos);
  EXPECT_NE(s.submit_sh.find("--dependency=\"afterok:$map_job\" --kill-on-invalid-dep=yes"), std::string::npos)
      << s.submit_sh;
}

TEST(SlurmJobTest, NoThrottleAndNoResourcesLeaveThemToTheCluster) {
  SlurmJobSpec spec = Spec(1);
  spec.throttle = 0;
  const SlurmScripts s = WriteSlurmScripts(spec);
  EXPECT_NE(s.map_sbatch.find("#SBATCH --array=0-0\n"), std::string::npos) << s.map_sbatch;
  for (const char* flag : {"--partition", "--time", "--mem"}) {
    EXPECT_EQ(s.map_sbatch.find(flag), std::string::npos) << flag;
    EXPECT_EQ(s.merge_sbatch.find(flag), std::string::npos) << flag;
  }
}

TEST(SlurmJobTest, ShellQuoteKeepsSafeWordsAndQuotesTheRest) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"/scratch/run-1/a_b.warc.gz", "/scratch/run-1/a_b.warc.gz"},
      {"", "''"},
      {"/data/my files", "'/data/my files'"},
      {"/data/it's", "'/data/it'\\''s'"},
      {"/data/$HOME`x`", "'/data/$HOME`x`'"},
  };
  for (const auto& c : cases) EXPECT_EQ(ShellQuote(c.in), c.out) << c.in;
}

// Runs the generated map.sbatch as Slurm would run one task, with a stand-in binary that
// prints its arguments: each task gets its slice of the manifest, even in a folder whose
// name needs quoting, and the last task gets the remainder.
TEST(SlurmJobTest, MapTaskRunsItsSliceOfTheManifest) {
  TempDir tmp;
  const fs::path dir = tmp.path() / "job dir 'quoted'";
  fs::create_directories(dir);
  WriteText(dir / "manifest.txt", "/w/a.warc\n/w/b c.warc\n/w/d.warc\n/w/e.warc\n/w/f.warc\n");
  WriteText(tmp.path() / "fake", "#!/bin/bash\nfor a in \"$@\"; do echo \"[$a]\"; done\n", true);
  SlurmJobSpec spec = Spec(5);
  spec.job_dir = dir.string();
  spec.provscore = (tmp.path() / "fake").string();
  spec.files_per_task = 2;
  WriteText(dir / "map.sbatch", WriteSlurmScripts(spec).map_sbatch);
  const std::string sbatch = ShellQuote((dir / "map.sbatch").string());
  const std::string out_flag = "[--out]\n[" + (dir / "map").string() + "]\n";

  const auto task1 = RunShell("SLURM_ARRAY_TASK_ID=1 bash " + sbatch);
  EXPECT_EQ(task1.exit_code, 0) << task1.output;
  EXPECT_EQ(task1.output, "[map]\n[/w/d.warc]\n[/w/e.warc]\n" + out_flag + "[--task-id]\n[1]\n[-j]\n[1]\n");
  const auto task2 = RunShell("SLURM_ARRAY_TASK_ID=2 bash " + sbatch);
  EXPECT_EQ(task2.output, "[map]\n[/w/f.warc]\n" + out_flag + "[--task-id]\n[2]\n[-j]\n[1]\n");
  const auto task0 = RunShell("SLURM_ARRAY_TASK_ID=0 bash " + sbatch);
  EXPECT_EQ(task0.output, "[map]\n[/w/a.warc]\n[/w/b c.warc]\n" + out_flag + "[--task-id]\n[0]\n[-j]\n[1]\n");

  // PROVSCORE_BIN (exported by sbatch from the submitting shell) replaces the binary.
  WriteText(tmp.path() / "other", "#!/bin/bash\necho other \"$1\"\n", true);
  const auto other =
      RunShell("PROVSCORE_BIN=" + (tmp.path() / "other").string() + " SLURM_ARRAY_TASK_ID=0 bash " + sbatch);
  EXPECT_EQ(other.output, "other map\n");

  const auto past_end = RunShell("SLURM_ARRAY_TASK_ID=3 bash " + sbatch);
  EXPECT_EQ(past_end.exit_code, 2);
  EXPECT_NE(past_end.output.find("map task 3: no files at lines 7-8"), std::string::npos) << past_end.output;
  const auto no_task = RunShell("bash " + sbatch);
  EXPECT_NE(no_task.exit_code, 0);
  EXPECT_NE(no_task.output.find("not an array task"), std::string::npos) << no_task.output;
}

// Runs submit.sh against an sbatch stand-in that logs its arguments: the merge depends on
// the array's id (without the ";cluster" --parsable may add) and is killed if it can never run.
TEST(SlurmJobTest, SubmitChainsTheMergeAfterTheWholeArray) {
  TempDir tmp;
  const fs::path bin = tmp.path() / "bin";
  fs::create_directories(bin);
  WriteText(bin / "sbatch",
            "#!/bin/bash\necho \"$*\" >> \"$SBATCH_LOG\"\n"
            "if [[ \"$*\" == *map.sbatch ]]; then echo '41;cluster1'; else echo 42; fi\n",
            true);
  SlurmJobSpec spec = Spec(3);
  spec.job_dir = (tmp.path() / "job").string();
  fs::create_directories(spec.job_dir);
  WriteText(tmp.path() / "job" / "submit.sh", WriteSlurmScripts(spec).submit_sh);
  const std::string log = (tmp.path() / "sbatch.log").string();
  const auto r = RunShell("PATH=" + bin.string() + ":$PATH SBATCH_LOG=" + log + " bash " +
                          (tmp.path() / "job" / "submit.sh").string() + " --account=proj");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output, "map_job=41\nmerge_job=42\n");
  const std::string job = spec.job_dir;
  EXPECT_EQ(ReadText(log), "--parsable --output=" + job + "/logs/map-%A_%a.out --account=proj " + job +
                               "/map.sbatch\n" +
                               "--parsable --dependency=afterok:41 --kill-on-invalid-dep=yes --output=" + job +
                               "/logs/merge-%j.out --account=proj " + job + "/merge.sbatch\n");
  EXPECT_TRUE(fs::is_directory(tmp.path() / "job" / "logs"));
  EXPECT_TRUE(fs::is_directory(tmp.path() / "job" / "map"));
}

TEST(SlurmJobTest, CommandLineFlags) {
  const auto cl = ParseCommandLine({"slurm", "warcs.txt", "--out", "/scratch/run1", "--throttle", "8",
                                    "--files-per-task", "4", "-p", "short", "-t", "1:00:00", "--mem", "2G",
                                    "--cpus-per-task", "2", "--provscore", "/opt/bin/provscore"});
  ASSERT_FALSE(cl.exit_code.has_value()) << cl.output;
  EXPECT_EQ(cl.command, Command::kSlurm);
  EXPECT_EQ(cl.slurm.manifest, "warcs.txt");
  EXPECT_EQ(cl.slurm.out_dir, "/scratch/run1");
  EXPECT_EQ(cl.slurm.throttle, 8u);
  EXPECT_EQ(cl.slurm.files_per_task, 4u);
  EXPECT_EQ(cl.slurm.cpus_per_task, 2u);
  EXPECT_EQ(cl.slurm.partition, "short");
  EXPECT_EQ(cl.slurm.time_limit, "1:00:00");
  EXPECT_EQ(cl.slurm.memory, "2G");
  EXPECT_EQ(cl.slurm.provscore, "/opt/bin/provscore");
  const auto defaults = ParseCommandLine({"slurm", "warcs.txt", "--out", "job"}).slurm;
  EXPECT_EQ(defaults.throttle, 50u);
  EXPECT_EQ(defaults.files_per_task, 1u);
  EXPECT_EQ(*ParseCommandLine({"slurm", "warcs.txt"}).exit_code, kExitUsage);
  EXPECT_EQ(*ParseCommandLine({"slurm", "warcs.txt", "--out", "j", "--files-per-task", "0"}).exit_code, kExitUsage);
  const auto help = ParseCommandLine({"slurm", "--help"});
  EXPECT_EQ(*help.exit_code, kExitOk);
  for (const char* word : {"Example:", "submit.sh", "--kill-on-invalid-dep=yes", "MaxArraySize"}) {
    EXPECT_NE(help.output.find(word), std::string::npos) << word;
  }
}

// The command end to end: absolute paths in manifest.txt, the scripts executable, a missing
// file refused before anything is written, and a folder holding another manifest's map
// outputs refused.
TEST(SlurmJobTest, CommandWritesTheJobFolder) {
  TempDir tmp;
  WriteText(tmp.path() / "a.warc", "");
  WriteText(tmp.path() / "b.warc", "");
  WriteText(tmp.path() / "warcs.txt", "a.warc\n# skipped\nb.warc\n");
  const std::string cd = "cd " + ShellQuote(tmp.str()) + " &&";
  const auto r = testing::RunCli("slurm warcs.txt --out job --throttle 1", cd);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("2 map task(s) of up to 1 file(s), at most 1 at once"), std::string::npos) << r.output;
  const fs::path job = tmp.path() / "job";
  EXPECT_EQ(ReadText(job / "manifest.txt"),
            (tmp.path() / "a.warc").string() + "\n" + (tmp.path() / "b.warc").string() + "\n");
  EXPECT_NE(ReadText(job / "map.sbatch").find("#SBATCH --array=0-1%1\n"), std::string::npos);
  EXPECT_NE(ReadText(job / "map.sbatch").find("provscore=" + fs::canonical(PROVSCORE_BINARY).string() + "\n"),
            std::string::npos);
  EXPECT_TRUE((fs::status(job / "submit.sh").permissions() & fs::perms::owner_exec) != fs::perms::none);
  EXPECT_TRUE(fs::is_directory(job / "logs"));

  WriteText(tmp.path() / "more.txt", "a.warc\nmissing.warc\n");
  const auto missing = testing::RunCli("slurm more.txt --out job2", cd);
  EXPECT_EQ(missing.exit_code, kExitUsage);
  EXPECT_NE(missing.output.find("missing.warc: no such file"), std::string::npos) << missing.output;
  EXPECT_FALSE(fs::exists(tmp.path() / "job2"));

  // The same job again is fine (a regenerated folder); another slicing over its outputs is not.
  fs::create_directories(job / "map");
  WriteText(job / "map" / "profiles-0.jsonl", "{}\n");
  EXPECT_EQ(testing::RunCli("slurm warcs.txt --out job --throttle 1", cd).exit_code, 0);
  const auto other = testing::RunCli("slurm warcs.txt --out job --files-per-task 2", cd);
  EXPECT_EQ(other.exit_code, kExitUsage);
  EXPECT_NE(other.output.find("another manifest or slicing"), std::string::npos) << other.output;
}

}  // namespace
}  // namespace provscore
