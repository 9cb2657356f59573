#!/usr/bin/env python3
"""Scoring speed against the parser's ceiling and the peers (issue 12), in one run.

On ../shared/corpus/pages (or $PROVSCORE_CORPUS/pages; skips cleanly without it), side
by side and in alternating rounds (A B A B: a noisy shared machine hits every
configuration alike), each as a whole process:
  - gumbo ceiling: bench/gumbo/gumbo_ceiling, Gumbo parsing the pages and nothing else;
  - provscore score -j 1 and -j 2;
  - the peers a user would otherwise run, when installed: readability-lxml and
    trafilatura (Python, /usr/bin/python3), Mozilla Readability (node, with
    tools/extraction-peers/node_modules);
  - start-up: provscore score on one tiny page (loading the rules is all of it).
Prints wall and CPU seconds, MB/s and pages/s by each, and the ratio to the Gumbo
ceiling by each. CPU time is the steady figure on a busy machine (the ceiling's own
CPU time is its parse loop alone); wall time is what -j 2 buys.

Usage: speed_bench.py PROVSCORE_BINARY GUMBO_CEILING_BINARY [--rounds N] [--no-peers]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.environ.get("PROVSCORE_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))
PEERS = os.path.join(ROOT, "tools", "extraction-peers")

TRAFILATURA = (
    "import sys, trafilatura\n"
    "for p in sys.argv[1:]:\n"
    "    trafilatura.extract(open(p, encoding='utf-8', errors='replace').read())\n"
)


def measure(command, ok_codes=(0,)):
    """(wall s, cpu s) of `command` and its children, measured by a child Python."""
    child = (
        "import resource, subprocess, sys, time\n"
        "t = time.monotonic()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
        "wall = time.monotonic() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(rc, wall, u.ru_utime + u.ru_stime)\n"
    )
    out = subprocess.run([sys.executable, "-c", child] + command, capture_output=True, text=True, check=True)
    rc, wall, cpu = out.stdout.split()
    if int(rc) not in ok_codes:
        raise SystemExit(f"failed (exit {rc}): {' '.join(command[:4])} ...")
    return float(wall), float(cpu)


def gumbo(binary, pages):
    """The ceiling's own timing of its parse loop (file reading excluded)."""
    out = subprocess.run([binary, pages], capture_output=True, text=True, check=True).stdout.split()
    fields = dict(zip(out[0::2], out[1::2]))
    return float(fields["seconds"]), float(fields["cpu_seconds"])


def python_has(module):
    return subprocess.run(["/usr/bin/python3", "-c", f"import {module}"], capture_output=True).returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("gumbo")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    pages = os.path.join(CORPUS, "pages")
    if not os.path.isdir(pages):
        print(f"speed bench: {pages} not found; skipped")
        return 0
    files = sorted(os.path.join(pages, n) for n in os.listdir(pages) if n.endswith(".html"))
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6

    with tempfile.TemporaryDirectory(prefix="provscore-speed-bench-") as tmp:
        tiny = os.path.join(tmp, "tiny.html")
        with open(tiny, "w") as f:
            f.write("<html><head><title>T</title></head><body><p>One short paragraph.</p></body></html>\n")
        out = os.path.join(tmp, "out")
        configs = {
            "gumbo ceiling": lambda: gumbo(args.gumbo, pages),
            # provscore exits 1 when some pages had document errors (they are still scored).
            "provscore -j 1": lambda: measure([args.binary, "score", "-q", "-j", "1", "-o", out, pages], (0, 1)),
            "provscore -j 2": lambda: measure([args.binary, "score", "-q", "-j", "2", "-o", out, pages], (0, 1)),
        }
        if not args.no_peers:
            if python_has("readability") and python_has("html_text"):
                configs["readability-lxml"] = lambda: measure(
                    ["/usr/bin/python3", os.path.join(PEERS, "readability_lxml.py"), os.path.join(tmp, "rl.json")] + files)
            else:
                print("readability-lxml: not installed (python3-readability python3-html-text); skipped")
            if python_has("trafilatura"):
                configs["trafilatura"] = lambda: measure(["/usr/bin/python3", "-c", TRAFILATURA] + files)
            else:
                print("trafilatura: not importable by /usr/bin/python3; skipped")
            node_modules = os.path.join(PEERS, "node_modules", "@mozilla", "readability")
            if os.path.isdir(node_modules) and subprocess.run(["node", "--version"], capture_output=True).returncode == 0:
                configs["Readability.js"] = lambda: measure(
                    ["node", os.path.join(PEERS, "readability_js.js"), os.path.join(tmp, "rjs.json")] + files)
            else:
                print("Readability.js: no tools/extraction-peers/node_modules (npm ci there) or no node; skipped")
        startup = lambda: measure([args.binary, "score", "-q", "-j", "1", "-o", out, tiny], (0, 1))

        results = {name: [] for name in configs}
        starts = []
        for r in range(args.rounds):
            for name, run in configs.items():
                results[name].append(run())
            starts.append(startup())
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)

    n = len(files)
    ceil_wall = statistics.median(w for w, _ in results["gumbo ceiling"])
    ceil_cpu = statistics.median(c for _, c in results["gumbo ceiling"])
    print(f"{n} pages, {megabytes:.1f} MB ({pages}); median of {args.rounds} alternating rounds")
    print(f"{'configuration':<16} {'wall s':>7} {'cpu s':>7} {'MB/s':>6} {'pages/s':>7} {'ratio':>6}"
          f" {'cpu MB/s':>8} {'cpu pages/s':>11} {'cpu ratio':>9}")
    for name, runs in results.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{name:<16} {wall:>7.2f} {cpu:>7.2f} {megabytes / wall:>6.2f} {n / wall:>7.1f} {ceil_wall / wall:>6.2f}"
              f" {megabytes / cpu:>8.2f} {n / cpu:>11.1f} {ceil_cpu / cpu:>9.2f}")
    print(f"start-up (score one tiny page): wall {statistics.median(w for w, _ in starts):.3f} s, "
          f"cpu {statistics.median(c for _, c in starts):.3f} s")
    if "provscore -j 1" in results and "provscore -j 2" in results:
        pair = [a[0] / b[0] for a, b in zip(results["provscore -j 1"], results["provscore -j 2"])]
        print(f"wall speed-up -j 2 over -j 1, pair by pair: median {statistics.median(pair):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
