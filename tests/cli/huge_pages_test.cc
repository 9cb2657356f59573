// Malloc's huge pages (cli/huge_pages.h): when the process re-executes itself, and
// that a re-executed run reads its arguments and standard input as a direct one.
#include "cli/huge_pages.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "tests/cli/run_cli.h"
#include "tests/read_file.h"

namespace provscore {
namespace {

namespace fs = std::filesystem;
using testing::RunCli;

constexpr char kMadvise[] = "always [madvise] never\n";

TEST(MallocHugePagesTest, DecisionFollowsTheEnvironmentAndTheKernelsMode) {
  struct Row {
    const char* tunables;
    const char* preload;
    const char* thp;
    bool reexec;
    const char* new_tunables;
  };
  const Row rows[] = {
      {"", "", kMadvise, true, "glibc.malloc.hugetlb=1"},
      {"glibc.malloc.arena_max=2", "", kMadvise, true, "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"},
      // Already named, whatever the value: the user's choice (0 opts out), and the
      // re-executed process itself, which must not loop.
      {"glibc.malloc.hugetlb=0", "", kMadvise, false, ""},
      {"glibc.malloc.hugetlb=1", "", kMadvise, false, ""},
      {"glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", "", kMadvise, false, ""},
      // valgrind's malloc ignores the tunable, and would not follow the exec.
      {"", "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so", kMadvise, false, ""},
      {"", "/usr/lib/x86_64-linux-gnu/libfaketime.so.1", kMadvise, true, "glibc.malloc.hugetlb=1"},
      // The kernel's mode: only madvise needs asking.
      {"", "", "[always] madvise never\n", false, ""},
      {"", "", "always madvise [never]\n", false, ""},
      {"", "", "", false, ""},
  };
  for (const Row& row : rows) {
    const MallocHugePagesDecision d = DecideMallocHugePages(row.tunables, row.preload, row.thp);
    EXPECT_EQ(d.reexec, row.reexec) << row.tunables << " | " << row.preload << " | " << row.thp;
    EXPECT_EQ(d.tunables, row.new_tunables) << row.tunables;
    EXPECT_EQ(d.reason.empty(), row.reexec) << row.tunables;
  }
}

// The same page on standard input, scored by a process that may re-execute itself
// (GLIBC_TUNABLES unset) and by one that may not (the tunable named): the same profile.
TEST(MallocHugePagesTest, AReexecutedRunScoresStandardInputLikeADirectOne) {
  const fs::path data = fs::path(PROVSCORE_TEST_DATA) / "e2e";
  const fs::path out = fs::temp_directory_path() / ("provscore-huge-" + std::to_string(::getpid()));
  fs::remove_all(out);
  const std::string page = (data / "good.html").string();
  const auto reexec = RunCli("score - --out " + (out / "a").string() + " -q < " + page, "env -u GLIBC_TUNABLES");
  const auto direct = RunCli("score - --out " + (out / "b").string() + " -q < " + page,
                             "env GLIBC_TUNABLES=glibc.malloc.hugetlb=0");
  EXPECT_EQ(reexec.exit_code, 0) << reexec.output;
  EXPECT_EQ(direct.exit_code, 0) << direct.output;
  const std::string a = testing::ReadFile(out / "a" / "profiles.jsonl");
  const std::string b = testing::ReadFile(out / "b" / "profiles.jsonl");
  ASSERT_NE(a.find("\"path\":\"-\""), std::string::npos) << a.substr(0, 300);
  EXPECT_EQ(a, b);
  fs::remove_all(out);
}

}  // namespace
}  // namespace provscore
