// Huge pages for malloc: a batch first-touches some 300 MB (RE2's programs and DFA
// caches, Gumbo's trees), and on this project's machines each 4 KiB page fault is
// dear (a paravirtualised kernel: ~12% of a 199-page batch's CPU, bench/README.md,
// "Session 12"). glibc (2.35+) backs its heap with transparent huge pages when the
// tunable glibc.malloc.hugetlb=1 is set, but reads tunables only when a process
// starts, so ReexecWithMallocHugePages re-executes the process once with it set.
//
//   int main(int argc, char** argv) {
//     ReexecWithMallocHugePages(argv);  // returns when it did not re-execute
//     ...
//
// Not thread-safe (setenv, execv): call it before any thread starts.
#pragma once

#include <string>
#include <string_view>

namespace provscore {

// What the current process may do about malloc's huge pages, from its environment:
// `tunables` is GLIBC_TUNABLES ("" when unset), `preload` is LD_PRELOAD, `thp_enabled`
// the contents of /sys/kernel/mm/transparent_hugepage/enabled ("" when unreadable).
struct MallocHugePagesDecision {
  bool reexec = false;
  std::string tunables;  // GLIBC_TUNABLES for the new process when reexec
  std::string reason;    // why not, when !reexec (for tests and --verbose readers)
};
MallocHugePagesDecision DecideMallocHugePages(std::string_view tunables, std::string_view preload,
                                              std::string_view thp_enabled);

// Re-executes /proc/self/exe with the same arguments and glibc.malloc.hugetlb=1 added
// to GLIBC_TUNABLES when DecideMallocHugePages says so (the kernel's THP mode is
// "madvise"; the variable does not already name the tunable, so a user's
// glibc.malloc.hugetlb=0 opts out and the new process does not loop; not under
// valgrind, whose malloc ignores it; not in a sanitizer build, whose malloc is its
// own). Returns only when it did not re-execute (also when execv fails).
void ReexecWithMallocHugePages(char** argv);

}  // namespace provscore
