// gumbo_ceiling: the parse-only ceiling for provscore score's throughput (issue 12).
// Reads each HTML file given (folders are searched for *.html/*.htm), parses it with
// gumbo_parse and frees the tree, and nothing else; prints bytes, pages, seconds,
// MB/s and pages/s, by wall time and by the process's CPU time (on a shared machine
// the CPU figure is the steadier one). Reading the files is outside the timed part.
//
//   gumbo_ceiling [--rounds N] PATH...
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  int rounds = 1;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::max(1, std::atoi(argv[++i]));
    } else if (fs::is_directory(arg)) {
      for (const auto& e : fs::recursive_directory_iterator(arg)) {
        const auto ext = e.path().extension();
        if (e.is_regular_file() && (ext == ".html" || ext == ".htm")) files.push_back(e.path());
      }
    } else {
      files.emplace_back(arg);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
    bytes += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "usage: gumbo_ceiling [--rounds N] FILE_OR_FOLDER...\n");
    return 2;
  }
  double best = 1e300;  // the fastest round: the ceiling is what the parser can do
  double best_cpu = 1e300;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (const std::string& page : pages) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    best_cpu = std::min(best_cpu, static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  const double mb = static_cast<double>(bytes) / 1e6, n = static_cast<double>(pages.size());
  std::printf(
      "bytes %zu pages %zu seconds %.4f MB/s %.2f pages/s %.1f cpu_seconds %.4f cpu_MB/s %.2f cpu_pages/s %.1f\n",
      bytes, pages.size(), best, mb / best, n / best, best_cpu, mb / best_cpu, n / best_cpu);
  return 0;
}
