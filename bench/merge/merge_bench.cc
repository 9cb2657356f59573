// merge_bench: the merge step of a cluster batch at scale (issue 14). Writes N
// synthetic signature lines (batch/signature.h) to a file, as map tasks would -- random
// MinHash values, with a share of planted copies that keep ~85% of their original's
// values -- then, in the measured part, reads them back (SignatureFromJson), feeds a
// BatchMerge and clusters (Finish). Prints the time of each phase, the peak RSS of
// the process and the planted copies found. The report writing that `provscore merge`
// does afterwards streams the profiles and is measured by bench/report.
//
//   merge_bench [--signatures 1000000] [--dup-rate 0.05] [--file /tmp/merge_bench.jsonl] [--seed 1]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "batch/batch_merge.h"
#include "batch/signature.h"
#include "bench/bench_util.h"

namespace provscore {
namespace {

using bench::Clock;
using bench::CpuSeconds;
using bench::PeakRssMiB;
using bench::Rng;
using bench::Seconds;

int Main(int argc, char** argv) {
  size_t n = 1000000;
  double dup_rate = 0.05;
  std::string file = "/tmp/merge_bench.jsonl";
  uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--signatures"))
      n = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--dup-rate"))
      dup_rate = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--file"))
      file = argv[i + 1];
    else if (!std::strcmp(argv[i], "--seed"))
      seed = std::strtoull(argv[i + 1], nullptr, 10);
  }

  // Generation (not measured): the originals' values are kept to plant copies.
  const auto gen_start = Clock::now();
  Rng rng{seed};
  size_t planted = 0;
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    std::vector<std::vector<uint32_t>> recent;  // a window of originals to copy from
    for (size_t i = 0; i < n; ++i) {
      Signature s;
      s.id = std::to_string(rng.Next()) + std::to_string(i);
      const size_t site = rng.Below(5000);
      s.site = "site" + std::to_string(site) + ".example";
      s.url = "https://www." + s.site + "/news/2024/03/05/article-" + std::to_string(i);
      s.path = "crawl/CC-NEWS-20240305-" + std::to_string(i / 20000) + ".warc.gz";
      s.published = "2024-03-05T" + std::to_string(10 + rng.Below(10)) + ":00:00Z";
      s.fetched_at = "2024-03-06T00:00:00Z";
      s.own_outlet_names = {"Site " + std::to_string(site)};
      s.text.words = static_cast<uint32_t>(300 + rng.Below(500));
      s.text.shingles = s.text.words - 4;
      if (!recent.empty() && rng.Unit() < dup_rate) {
        s.text.minhash = recent[rng.Below(recent.size())];
        for (uint32_t& v : s.text.minhash) {
          if (rng.Unit() < 0.15) v = static_cast<uint32_t>(rng.Next());
        }
        if (rng.Unit() < 0.5) {
          s.credited_outlets = {"Northwire"};
          s.credits_any = true;
        }
        ++planted;
      } else {
        s.text.minhash.resize(120);
        for (uint32_t& v : s.text.minhash) v = static_cast<uint32_t>(rng.Next());
        if (recent.size() < 4096)
          recent.push_back(s.text.minhash);
        else
          recent[rng.Below(recent.size())] = s.text.minhash;
      }
      out << SignatureToJson(s) << '\n';
    }
  }
  std::printf("generated %zu signatures (%zu planted copies) in %.1f s\n", n, planted, Seconds(gen_start));

  const double rss_before = PeakRssMiB();
  const auto read_start = Clock::now();
  const double cpu_read_start = CpuSeconds();
  BatchMerge merge;
  {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      Result<Signature> s = SignatureFromJson(line);
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.status().message().c_str());
        return 1;
      }
      if (Status st = merge.Add(*s); !st.ok()) {
        std::fprintf(stderr, "%s\n", st.message().c_str());
        return 1;
      }
    }
  }
  const double read_seconds = Seconds(read_start);
  const double cpu_cluster_start = CpuSeconds();
  const auto cluster_start = Clock::now();
  const BatchAdditions additions = merge.Finish();
  const double cluster_seconds = Seconds(cluster_start);
  const double cpu_end = CpuSeconds();
  size_t copies = 0;
  for (const auto& s : additions.signals) copies += s.empty() ? 0u : 1u;
  std::printf("read + add: %.1f s (%.0f signatures/s); cluster + signals: %.1f s; total %.1f s\n", read_seconds,
              static_cast<double>(n) / read_seconds, cluster_seconds, read_seconds + cluster_seconds);
  std::printf("CPU time: read + add %.1f s, cluster + signals %.1f s\n", cpu_cluster_start - cpu_read_start,
              cpu_end - cpu_cluster_start);
  std::printf("clusters: %zu, articles marked as copies: %zu (planted: %zu)\n", additions.clusters.size(), copies,
              planted);
  std::printf("merge memory: %.1f MiB held (%.0f bytes/signature); peak RSS %.1f MiB (%.1f MiB before reading)\n",
              static_cast<double>(merge.MemoryBytes()) / (1 << 20),
              static_cast<double>(merge.MemoryBytes()) / static_cast<double>(n), PeakRssMiB(), rss_before);
  std::remove(file.c_str());
  return 0;
}

}  // namespace
}  // namespace provscore

int main(int argc, char** argv) { return provscore::Main(argc, argv); }
