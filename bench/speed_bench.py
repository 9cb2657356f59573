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
  - start-up: provscore score on one tiny page (loading the rules is all of it);
  - an archive's figure: every distinct HTML page of ../shared/corpus (the corpus pages,
    then fundus, ScrapingHub's and Readability's test pages, each folder skipped when
    absent; a page whose bytes equal an earlier one's is left out) scored by
    `provscore score -j 1` in one process, against the ceiling on the same pages; and
    the marginal cost of the pages after the corpus pages: the CPU of that run minus
    the CPU of the corpus pages alone, against the ceiling on those later pages.
Prints wall and CPU seconds, MB/s and pages/s by each, and the ratio to the Gumbo
ceiling by each. CPU time is the steady figure on a busy machine (the ceiling's own
CPU time is its parse loop alone); wall time is what -j 2 buys.

The 199-page ratio pays, once per process, what the rules compile on first use (each
rule's regex, its reverse program, the place sets); a batch of 10^5 pages pays it once
too. The archive rows show the same pipeline over more pages: the all-pages ratio still
holds the one-time part, spread over more pages; the marginal ratio holds only what
the later pages add (a rule first met on one of them is compiled there, so it is not
wholly free of one-time work). Every page is scored as new work: the pipeline keeps no
cache of pages.

Usage: speed_bench.py PROVSCORE_BINARY GUMBO_CEILING_BINARY [--rounds N] [--no-peers]
                      [--no-archive]
"""
import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.environ.get("PROVSCORE_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))
PEERS = os.path.join(ROOT, "tools", "extraction-peers")
# The folders of HTML pages an archive's figure reads, in order (the corpus pages first).
ARCHIVE_FOLDERS = ("pages", os.path.join("fundus", "pages"), os.path.join("extraction", "pages"), "metadata")

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
    """The ceiling's own timing of its parse loop (file reading excluded); `pages` is a
    folder or a list of files."""
    paths = [pages] if isinstance(pages, str) else list(pages)
    out = subprocess.run([binary] + paths, capture_output=True, text=True, check=True).stdout.split()
    fields = dict(zip(out[0::2], out[1::2]))
    return float(fields["seconds"]), float(fields["cpu_seconds"])


def html_files(folder):
    """The .html/.htm files under `folder`, sorted."""
    found = []
    for root, _, names in os.walk(folder):
        found += [os.path.join(root, n) for n in names if n.endswith((".html", ".htm"))]
    return sorted(found)


def archive_pages(corpus_files):
    """(every distinct page of ARCHIVE_FOLDERS, the ones after the corpus pages): the
    corpus pages come first, in the order scored alone; a page with the bytes of an
    earlier one is left out."""
    seen, distinct = set(), []
    later = [f for sub in ARCHIVE_FOLDERS[1:] for f in html_files(os.path.join(CORPUS, sub))]
    for f in corpus_files + later:
        with open(f, "rb") as fh:
            digest = hashlib.sha256(fh.read()).digest()
        if digest not in seen:
            seen.add(digest)
            distinct.append(f)
    return distinct, distinct[len(corpus_files):]


def megabytes_of(files):
    return sum(os.path.getsize(f) for f in files) / 1e6


def python_has(module):
    return subprocess.run(["/usr/bin/python3", "-c", f"import {module}"], capture_output=True).returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("gumbo")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive's figure (all pages of ../shared)")
    args = parser.parse_args()
    pages = os.path.join(CORPUS, "pages")
    if not os.path.isdir(pages):
        print(f"speed bench: {pages} not found; skipped")
        return 0
    files = sorted(os.path.join(pages, n) for n in os.listdir(pages) if n.endswith(".html"))
    megabytes = megabytes_of(files)
    every, later = ([], []) if args.no_archive else archive_pages(files)

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
        if later:
            configs["gumbo ceiling, all"] = lambda: gumbo(args.gumbo, every)
            configs["gumbo ceiling, later"] = lambda: gumbo(args.gumbo, later)
            configs["provscore -j 1, all"] = lambda: measure(
                [args.binary, "score", "-q", "-j", "1", "-o", out] + every, (0, 1))
        elif not args.no_archive:
            print("archive's figure: no pages in ../shared/corpus beside the corpus pages; skipped")
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
    header = (f"{'configuration':<16} {'wall s':>7} {'cpu s':>7} {'MB/s':>6} {'pages/s':>7} {'ratio':>6}"
              f" {'cpu MB/s':>8} {'cpu pages/s':>11} {'cpu ratio':>9}")
    print(header)

    def row(name, wall, cpu, mb, count, ceiling_wall, ceiling_cpu):
        print(f"{name:<16} {wall:>7.2f} {cpu:>7.2f} {mb / wall:>6.2f} {count / wall:>7.1f} {ceiling_wall / wall:>6.2f}"
              f" {mb / cpu:>8.2f} {count / cpu:>11.1f} {ceiling_cpu / cpu:>9.2f}")

    for name, runs in results.items():
        if name.endswith((", all", ", later")):
            continue
        row(name, statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs), megabytes, n,
            ceil_wall, ceil_cpu)
    if later:
        all_mb, later_mb = megabytes_of(every), megabytes_of(later)
        ceiling_all, ceiling_later = results["gumbo ceiling, all"], results["gumbo ceiling, later"]
        print(f"\nan archive's figure: {len(every)} distinct pages, {all_mb:.1f} MB ({CORPUS}: "
              f"{', '.join(ARCHIVE_FOLDERS)}), the {n} corpus pages first; the pages after them: {len(later)}, "
              f"{later_mb:.1f} MB")
        print(header)
        row("gumbo ceiling", statistics.median(w for w, _ in ceiling_all), statistics.median(c for _, c in ceiling_all),
            all_mb, len(every), statistics.median(w for w, _ in ceiling_all), statistics.median(c for _, c in ceiling_all))
        runs = results["provscore -j 1, all"]
        row("provscore -j 1", statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs), all_mb,
            len(every), statistics.median(w for w, _ in ceiling_all), statistics.median(c for _, c in ceiling_all))
        # The later pages' own cost: the whole run minus the corpus pages alone, round by round.
        extra = [(a[0] - b[0], a[1] - b[1]) for a, b in zip(runs, results["provscore -j 1"])]
        row("  later pages", statistics.median(w for w, _ in extra), statistics.median(c for _, c in extra), later_mb,
            len(later), statistics.median(w for w, _ in ceiling_later), statistics.median(c for _, c in ceiling_later))
        # A difference of two runs moves with the load: the rounds' own ratios show by how much.
        per_round = [c[1] / e[1] for c, e in zip(ceiling_later, extra) if e[1] > 0]
        spread = f"; rounds {min(per_round):.2f}-{max(per_round):.2f}" if len(per_round) > 1 else ""
        print(f"  (later pages: CPU of the {len(every)}-page run minus the {n}-page run's, against the ceiling "
              f"on the {len(later)} later pages alone: the marginal cost once the corpus pages have been scored"
              f"{spread})")
    print(f"start-up (score one tiny page): wall {statistics.median(w for w, _ in starts):.3f} s, "
          f"cpu {statistics.median(c for _, c in starts):.3f} s")
    if "provscore -j 1" in results and "provscore -j 2" in results:
        pair = [a[0] / b[0] for a, b in zip(results["provscore -j 1"], results["provscore -j 2"])]
        print(f"wall speed-up -j 2 over -j 1, pair by pair: median {statistics.median(pair):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
