#include "cli/huge_pages.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace provscore {

MallocHugePagesDecision DecideMallocHugePages(std::string_view tunables, std::string_view preload,
                                              std::string_view thp_enabled) {
  MallocHugePagesDecision d;
  if (tunables.find("glibc.malloc.hugetlb") != std::string_view::npos) {
    d.reason = "GLIBC_TUNABLES already sets glibc.malloc.hugetlb";
  } else if (preload.find("vgpreload") != std::string_view::npos) {
    d.reason = "running under valgrind";
  } else if (thp_enabled.find("[madvise]") == std::string_view::npos) {
    // "[always]": every heap already gets huge pages; "[never]" or unreadable: none can.
    d.reason = "transparent huge pages are not in madvise mode";
  } else {
    d.reexec = true;
    d.tunables = tunables.empty() ? std::string("glibc.malloc.hugetlb=1")
                                  : std::string(tunables) + ":glibc.malloc.hugetlb=1";
  }
  return d;
}

namespace {

// Sanitizer runtimes replace malloc: the tunable would change nothing.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(__SANITIZE_MEMORY__)
constexpr bool kSanitizerMalloc = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
constexpr bool kSanitizerMalloc = true;
#else
constexpr bool kSanitizerMalloc = false;
#endif
#else
constexpr bool kSanitizerMalloc = false;
#endif

// glibc reads glibc.malloc.hugetlb from 2.35 on.
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 35))
constexpr bool kGlibcHasHugetlb = true;
#else
constexpr bool kGlibcHasHugetlb = false;
#endif

std::string EnvOrEmpty(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

}  // namespace

void ReexecWithMallocHugePages(char** argv) {
  if (!kGlibcHasHugetlb || kSanitizerMalloc || argv == nullptr || argv[0] == nullptr) return;
  std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
  const std::string thp((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  const MallocHugePagesDecision d = DecideMallocHugePages(EnvOrEmpty("GLIBC_TUNABLES"), EnvOrEmpty("LD_PRELOAD"), thp);
  if (!d.reexec) return;
  if (setenv("GLIBC_TUNABLES", d.tunables.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  // execv failed (no /proc, say): carry on with 4 KiB pages, and keep the variable
  // as it was so that a child process is not told otherwise.
  const std::string before = EnvOrEmpty("GLIBC_TUNABLES");
  const size_t added = before.rfind("glibc.malloc.hugetlb=1");
  if (added == 0) {
    unsetenv("GLIBC_TUNABLES");
  } else if (added != std::string::npos) {
    setenv("GLIBC_TUNABLES", before.substr(0, added - 1).c_str(), 1);
  }
}

}  // namespace provscore
