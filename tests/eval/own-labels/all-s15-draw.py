#!/usr/bin/env python3
"""The draw of all-s15 (wire credit, author bio, cross-links at once), fixed before any page was read.

  python3 tests/eval/own-labels/all-s15-draw.py       # run from the repository root; prints the drawn pages

Pool: the tune-side fundus benchmark pages (../shared/corpus/fundus/pages/fx-<country>-<publisher>-<date>.html,
publishers outside tests/eval/split.json's measured ones) that tests/eval/wire_audit.py's pages() yields and
that no file of tests/eval/own-labels labels for any family: real pages of about 50 publishers in 20
countries, most of them not in English — the languages the English-only pools of all-s12..all-s14 lack.
They are tuned-side publishers (dev2-tune holds other pages of several of them), so the set is tuned on
(own), not an out-of-sample figure; the wire helpers of sessions 6-9 may have read wire_audit.py's report
of these pages, so their credit lines may not be unseen (the labels are new).
Dropped: pages whose publisher is a brand of all-s14-draw.py's HELDOUT_BRANDS (the held-out npm pages'
publishers, by their fixture file names).
Draw: shuffle with seed 20261216, one page per publisher (the publisher part of the file name),
non-English countries first (us, uk, ca, na, ls, za, mx, tw and similar English-language editions last,
read from the page's <html lang>), to 40 pages. Printed in draw order with a running number; pages 1-20 and
21-40 are labelled by two readers.
Standard library only.
"""
import importlib.util, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import wire_audit as wa  # noqa: E402
_spec = importlib.util.spec_from_file_location("all_s14_draw", os.path.join(HERE, "all-s14-draw.py"))
s14 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s14)
SEED, TOTAL = 20261216, 40


def labelled_files():
    import json
    files = set()
    for name in os.listdir(HERE):
        if name.endswith(".jsonl"):
            files.update(json.loads(line)["file"] for line in open(os.path.join(HERE, name)) if line.strip())
    return files


def main():
    taken = labelled_files()
    pool = []
    for path in wa.pages():
        rel = os.path.relpath(path, wa.CORPUS)
        m = re.match(r"fundus/pages/fx-([a-z]+)-([a-z0-9]+)-", rel)
        if not m or rel in taken:
            continue
        if m.group(2).removeprefix("the") in s14.HELDOUT_BRANDS:
            continue
        pool.append((rel, m.group(1), m.group(2), s14.s13.html_lang(path) or "-"))
    rng = random.Random(SEED)
    pool.sort()
    rng.shuffle(pool)
    pool.sort(key=lambda x: x[3].startswith("en"))
    drawn, pubs = [], set()
    for x in pool:
        if len(drawn) < TOTAL and x[2] not in pubs:
            drawn.append(x)
            pubs.add(x[2])
    print(f"candidates {len(pool)} on {len({x[2] for x in pool})} publishers; drawn {len(drawn)}", file=sys.stderr)
    for n, (rel, country, pub, lang) in enumerate(drawn, 1):
        print(n, "fx15-" + os.path.basename(rel)[3:-5], rel, country, pub, lang, sep="\t")


if __name__ == "__main__":
    main()
