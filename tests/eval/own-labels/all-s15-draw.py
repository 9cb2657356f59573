#!/usr/bin/env python3
"""The draw of all-s15 (wire credit, author bio, cross-links at once), fixed before any page was read.

  bash tests/eval/fetch_pool_pages.sh                 # the pages, into ~/.cache/provscore/pool-pages
  python3 tests/eval/own-labels/all-s15-draw.py       # run from the repository root; prints the drawn pages

Pool: what all-s14-draw.py leaves of the npm package `article` 1.1.2's news pages: the same candidates
(measured publishers, philly.com, the held-out npm pages' publishers and non-articles dropped, by the same
code), minus the pages all-s13.jsonl and all-s14-*.jsonl label. One page per publisher is no longer asked:
the pool has no new publisher left, so these are second and third pages of publishers all-s13/all-s14 hold
(tuned side, set own-pool): more real pages of the press's forms, not an out-of-sample figure by publisher.
(A first all-s15 draw from the tune-side fundus pages was reverted: each of those pages is a byte copy of a
dev or dev2-tune page.)
Draw: shuffle each group with seed 20261217; every agency-naming page first (the wire family has the most
forms per page), then pages naming none, to 40; at most 3 pages per publisher brand in all (the cap leaves 28 pages).
Printed in draw order with a running number; pages 1-14 and 15-28 are labelled by two readers.
Standard library only.
"""
import importlib.util, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("all_s14_draw", os.path.join(HERE, "all-s14-draw.py"))
s14 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s14)
s13, wa, s12 = s14.s13, s14.wa, s14.s12
SEED, TOTAL, PER_BRAND = 20261217, 40, 3


def main():
    base = os.path.join(s13.ROOT, s13.PACKAGE)
    if not os.path.exists(os.path.join(base, ".complete")):
        sys.exit(f"all-s15-draw: {base} absent; run bash tests/eval/fetch_pool_pages.sh first")
    taken = set()
    for name in os.listdir(HERE):
        if name.startswith(("all-s13", "all-s14")) and name.endswith(".jsonl"):
            taken.update(json.loads(line)["file"] for line in open(os.path.join(HERE, name)) if line.strip())
    naming, plain = s14.candidates(base)
    naming = [x for x in naming if os.path.relpath(x[0], s13.ROOT) not in taken]
    plain = [x for x in plain if os.path.relpath(x[0], s13.ROOT) not in taken]
    rng = random.Random(SEED)
    rng.shuffle(naming)
    rng.shuffle(plain)
    drawn, per = [], {}
    for group, kind in ((naming, "agency"), (plain, "none")):
        for x in group:
            b = s13.brand(x[3])
            if len(drawn) < TOTAL and per.get(b, 0) < PER_BRAND:
                drawn.append((x, kind))
                per[b] = per.get(b, 0) + 1
    print(f"left: naming an agency {len(naming)}, naming none {len(plain)}; drawn {len(drawn)}", file=sys.stderr)
    for n, ((path, e, site, pub), kind) in enumerate(drawn, 1):
        print(n, "ar-" + e["key"][:8], os.path.relpath(path, s13.ROOT), kind, site, s13.html_lang(path) or "-",
              e["href"], sep="\t")


if __name__ == "__main__":
    main()
