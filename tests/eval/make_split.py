"""Makes tests/eval/split.json: which labelled pages may be tuned on and which are only measured.

Usage: make_split.py [--shared DIR] > tests/eval/split.json

Run once (issue 10) and committed; the evaluations read split.json, not this script, so
a later relabelling cannot move a page from one side to the other. The split is by
publisher, so that a rule learnt from one site's template cannot score on the measured
side:
  - a publisher is the registrable domain of a page's URL ("www1.wdr.de" -> "wdr.de",
    "upton.wickedlocal.com" -> "wickedlocal.com", "bbc.co.uk" kept whole); fundus pages
    (ids fd-/f2-/fx-<country>-<publisher>-<date>) without a URL take the domain of a
    labelled page of the same <country>-<publisher>, else that pair itself;
  - every publisher with a page in the first development split (dev-labels.jsonl) was
    tuned on by earlier sessions: it stays on the tuning side;
  - the other publishers of dev2 are shuffled (fixed seed) within strata of their
    rarest signal (bio > wire > cross-link > none, over all their dev2 pages) and dealt
    alternately, measured side first, so that each side gets about half of each stratum;
  - fundus publishers that appear in neither split are dealt alternately the same way.
Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
import urllib.parse

SEED = 20261206
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}


def domain_of(url):
    if not url:
        return None
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if not host:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def fundus_key(page_id):
    m = re.match(r"^(?:fd|f2|fx)-([a-z]+-[a-z0-9]+)-\d{4}-\d{2}-\d{2}", page_id)
    return m.group(1) if m else None


def rarest(labels):
    if any(r["author_bio_boilerplate"]["present"] for r in labels):
        return "bio"
    if any(r["wire_credit"] for r in labels):
        return "wire"
    if any(r["cross_links"]["count"] for r in labels):
        return "cross"
    return "none"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    dev = read_jsonl(os.path.join(corpus, "dev-labels.jsonl"))
    dev2 = read_jsonl(os.path.join(corpus, "dev2-labels.jsonl"))
    with open(os.path.join(corpus, "fundus", "ground-truth.json"), encoding="utf-8") as f:
        fundus_ids = sorted(json.load(f))

    pair_domain = {}
    for r in dev + dev2:
        key, dom = fundus_key(r["id"]), domain_of(r.get("url"))
        if key and dom:
            pair_domain.setdefault(key, dom)

    def publisher(page_id, url=None):
        return domain_of(url) or pair_domain.get(fundus_key(page_id) or "", fundus_key(page_id) or page_id)

    tuned = {publisher(r["id"], r.get("url")) for r in dev}
    by_pub = {}
    for r in dev2:
        by_pub.setdefault(publisher(r["id"], r.get("url")), []).append(r)

    rng = random.Random(SEED)
    measured = set()
    strata = {}
    for pub, recs in sorted(by_pub.items()):
        if pub not in tuned:
            strata.setdefault(rarest(recs), []).append(pub)
    for name in ("bio", "wire", "cross", "none"):
        pubs = strata.get(name, [])
        rng.shuffle(pubs)
        measured.update(pubs[0::2])
    fundus_only = sorted({publisher(i) for i in fundus_ids} - set(by_pub) - tuned)
    rng.shuffle(fundus_only)
    measured.update(fundus_only[0::2])

    pages = {}
    for r in dev:
        pages[r["id"]] = "tune"
    for r in dev2:
        pages[r["id"]] = "measure" if publisher(r["id"], r.get("url")) in measured else "tune"
    for i in fundus_ids:
        pages[i] = "measure" if publisher(i) in measured else "tune"
    json.dump({
        "schema": "provscore.split/1",
        "description": "Made once by tests/eval/make_split.py (seed %d). 'tune': pages rules and "
                       "heuristics may be changed for; 'measure': pages only measured, never read "
                       "while tuning. Split by publisher." % SEED,
        "measured_publishers": sorted(measured),
        "pages": dict(sorted(pages.items())),
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
