#!/usr/bin/env python3
"""Scores the same inputs with two provscore binaries and says whether they agree.

    python3 bench/same_profiles.py OLD_BINARY NEW_BINARY [INPUT ...]

Each INPUT (default: ../shared/corpus/pages and tests/data) is scored by both
binaries with `score -q -j 2`, and their profiles.jsonl and report.json are compared
line by line after dropping timing fields (any key whose name holds "seconds",
"elapsed" or "generated"). Prints one line per input, the first differences when
there are any, and exits 1 if any input differs. A change meant to make provscore
faster, and nothing else, must leave every line the same.
"""
import json
import os
import subprocess
import sys
import tempfile

TIMING_WORDS = ("seconds", "elapsed", "generated")


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if not any(w in k for w in TIMING_WORDS)}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def score(binary, source, out):
    # Exit 1 means some documents had errors: they are still scored and compared.
    run = subprocess.run([binary, "score", "-q", "-j", "2", "-o", out, source], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"{binary} failed on {source} (exit {run.returncode}): {run.stderr[-2000:]}")
    lines = []
    with open(os.path.join(out, "profiles.jsonl"), encoding="utf-8") as f:
        lines += [json.dumps(strip(json.loads(l)), sort_keys=True) for l in f if l.strip()]
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        lines.append(json.dumps(strip(json.load(f)), sort_keys=True))
    return lines


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old, new = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    inputs = sys.argv[3:] or [os.path.join(here, "..", "..", "shared", "corpus", "pages"),
                              os.path.join(here, "..", "tests", "data")]
    differ = False
    with tempfile.TemporaryDirectory(prefix="provscore-same-") as tmp:
        for n, source in enumerate(inputs):
            a = score(old, source, os.path.join(tmp, f"old{n}"))
            b = score(new, source, os.path.join(tmp, f"new{n}"))
            bad = [i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]
            print(f"{source}: {len(a) - 1} / {len(b) - 1} profiles, {len(bad)} lines differ")
            for i in bad[:3]:
                print("  old:", a[i][:300] if i < len(a) else None)
                print("  new:", b[i][:300] if i < len(b) else None)
            differ = differ or bool(bad)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
