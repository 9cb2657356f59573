#!/usr/bin/env python3
"""Scoring throughput and memory: `provscore score` as a whole process on real pages.

Reads ../shared/corpus (skips cleanly without it). Side by side, in alternating
rounds so a noisy machine hits every configuration alike:
  - the corpus pages with -j 1 and -j 2 (wall time, CPU time, peak memory);
  - peak memory against batch size: 100, 400 and 990 distinct pages of the held-out
    extraction set, and the same 100 pages copied 4 times (400 inputs) -- flat
    memory for repeated pages means nothing is kept per page; growth with distinct
    pages is the matchers' caches filling up to their fixed budget.

Usage: score_bench.py PROVSCORE_BINARY [--rounds N]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("PROVSCORE_CORPUS", os.path.join(HERE, "..", "..", "shared", "corpus"))


def measure(command):
    """Runs `command` in a child Python that reports the command's own figures."""
    child = (
        "import resource, subprocess, sys, time\n"
        "t = time.monotonic()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
        "wall = time.monotonic() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(rc, wall, u.ru_utime + u.ru_stime, u.ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", child] + command, capture_output=True, text=True, check=True)
    rc, wall, cpu, maxrss_kib = out.stdout.split()
    if int(rc) not in (0, 1):  # 1: some pages have document errors, still scored
        raise SystemExit(f"score failed (exit {rc}): {' '.join(command)}")
    return float(wall), float(cpu), int(maxrss_kib) / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = os.path.join(CORPUS, "pages")
    holdout = os.path.join(CORPUS, "extraction-holdout", "pages.tar.gz")
    if not os.path.isdir(pages) or not os.path.isfile(holdout):
        print(f"score bench: {CORPUS} not found; skipped")
        return 0

    with tempfile.TemporaryDirectory(prefix="provscore-score-bench-") as tmp:
        with tarfile.open(holdout) as tar:
            try:
                tar.extractall(os.path.join(tmp, "all"), filter="data")
            except TypeError:  # a Python without extraction filters
                tar.extractall(os.path.join(tmp, "all"))
        distinct = sorted(
            os.path.join(root, name)
            for root, _, names in os.walk(os.path.join(tmp, "all"))
            for name in names
            if name.endswith(".html")
        )

        def folder(name, files):
            path = os.path.join(tmp, name)
            os.makedirs(path)
            for i, f in enumerate(files):
                shutil.copy(f, os.path.join(path, f"{i:05d}.html"))
            return path

        sets = {
            "100 distinct": folder("d100", distinct[:100]),
            "400 distinct": folder("d400", distinct[:400]),
            f"{len(distinct)} distinct": folder("dall", distinct),
            "100 x 4 repeated": folder("r400", distinct[:100] * 4),
        }
        out = os.path.join(tmp, "out")
        configs = {
            "corpus -j 1": [args.binary, "score", "-q", "-j", "1", "-o", out, pages],
            "corpus -j 2": [args.binary, "score", "-q", "-j", "2", "-o", out, pages],
        }
        for name, path in sets.items():
            configs[name] = [args.binary, "score", "-q", "-j", "1", "-o", out, path]
        results = {name: [] for name in configs}
        for r in range(args.rounds):
            for name, command in configs.items():
                results[name].append(measure(command))
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)

    corpus_pages = len([n for n in os.listdir(pages) if n.endswith(".html")])
    print(f"provscore score, whole process, median of {args.rounds} alternating rounds")
    print(f"{'configuration':<20} {'inputs':>6} {'wall s':>8} {'cpu s':>8} {'pages/s':>8} {'peak MiB':>9}")
    counts = {"corpus -j 1": corpus_pages, "corpus -j 2": corpus_pages, "100 distinct": 100, "400 distinct": 400,
              f"{len(distinct)} distinct": len(distinct), "100 x 4 repeated": 400}
    for name, runs in results.items():
        wall = statistics.median(w for w, _, _ in runs)
        cpu = statistics.median(c for _, c, _ in runs)
        peak = statistics.median(m for _, _, m in runs)
        print(f"{name:<20} {counts[name]:>6} {wall:>8.2f} {cpu:>8.2f} {counts[name] / wall:>8.1f} {peak:>9.0f}")
    ratios = [a[0] / b[0] for a, b in zip(results["corpus -j 2"], results["corpus -j 1"])]
    print(f"wall time -j 2 / -j 1, pair by pair: median {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
