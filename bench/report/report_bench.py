#!/usr/bin/env python3
"""The 10,000-article report (issue 11): scores the corpus pages (../shared/corpus/pages,
or examples/ when it is absent), repeats their profiles to N lines with fresh ids (so
every article gets its own page), then times `provscore report` on them, measures
the output, and opens the index in Debian's chromium (open_bench.mjs) to time the
first render and each filter.

usage: report_bench.py PROVSCORE_BINARY [N]
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def folder_size(path):
    total, files = 0, 0
    for root, _, names in os.walk(path):
        for n in names:
            total += os.path.getsize(os.path.join(root, n))
            files += 1
    return total, files


def main():
    binary = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    pages = os.path.join(REPO, "..", "shared", "corpus", "pages")
    if not os.path.isdir(pages):
        pages = os.path.join(REPO, "examples")
    work = tempfile.mkdtemp(prefix="provscore-report-bench-")
    try:
        scored = os.path.join(work, "scored")
        subprocess.run([binary, "score", pages, "--out", scored, "-q"], check=False)
        lines = open(os.path.join(scored, "profiles.jsonl"), encoding="utf-8").read().splitlines()
        big = os.path.join(work, "big")
        os.makedirs(big)
        with open(os.path.join(big, "profiles.jsonl"), "w", encoding="utf-8") as out:
            for i in range(n):
                p = json.loads(lines[i % len(lines)])
                p["id"] = hashlib.sha256(f"{i}:{p['id']}".encode()).hexdigest()[:16]
                out.write(json.dumps(p, ensure_ascii=False, separators=(",", ":")) + "\n")
        shutil.copy(os.path.join(scored, "report.json"), os.path.join(big, "report.json"))
        start = time.monotonic()
        subprocess.run([binary, "report", big, "-q"], check=True, stdout=subprocess.DEVNULL)
        seconds = time.monotonic() - start
        index = os.path.getsize(os.path.join(big, "report.html"))
        pages_bytes, page_files = folder_size(os.path.join(big, "a"))
        jsonl = os.path.getsize(os.path.join(big, "profiles.jsonl"))
        print(f"articles: {n} (from {len(lines)} scored pages of {os.path.relpath(pages, REPO)})")
        print(f"provscore report: {seconds:.2f} s; profiles.jsonl {jsonl / 2**20:.1f} MiB")
        print(f"report.html: {index / 2**20:.2f} MiB; a/: {page_files} pages, {pages_bytes / 2**20:.1f} MiB "
              f"({pages_bytes / max(page_files, 1) / 1024:.1f} KiB per page)")
        subprocess.run(["node", os.path.join(HERE, "open_bench.mjs"), os.path.join(big, "report.html")], check=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
