#!/usr/bin/env python3
"""The draw of all-s11.jsonl (wire credit, author bio, cross-links at once), fixed before any page was read.

  python3 tests/eval/own-labels/all-s11-draw.py      # run from the repository root; prints the drawn pages

Pool: the pages tests/eval/wire_audit.py's pages() yields (measured publishers excluded), minus those
dev-labels.jsonl / dev2-labels.jsonl label (the same fundus article by URL or by name, the same file hash,
an sh-/rd- id), minus every page any own-labels file already labels (any family), minus every site any
own-labels file holds a page of (any pass, any family), minus any page whose site is a measured publisher
of tests/eval/split.json (pages() already drops them; checked again here).
Mark: whether a visible line (wire_audit's visible_lines, 400 characters at most) names a wire agency of
rules/outlets.json (one-word aliases of agencies marked `ambiguous` not counted), as in wire-s9-draw.py.
Draw: shuffle each group with seed 20261211, one page per site (the host of the page's URL, 'www.'/'m.'/
'amp.'/'edition.' dropped; a fundus page without a URL by its publisher; a Readability page without a URL
is of one site, '(no URL)': the test suite's own fixtures, which earlier passes drew from, so none is drawn):
agency-naming pages first, at most 18, then pages naming none to 36 pages in all (so the second group tops
the draw up when the first runs short). Standard library only.
"""
import glob, hashlib, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import wire_audit as wa  # noqa: E402
CORPUS = wa.CORPUS
RULES = os.path.join(HERE, "..", "..", "..", "rules")
SEED, AGENCY_CAP, TOTAL = 20261211, 18, 36


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def page_id(path):
    rel = os.path.relpath(path, CORPUS)
    if rel.startswith("extraction/"):
        return "sh-" + os.path.basename(path)[:8]
    if rel.startswith("metadata/"):
        return "rd-" + rel.split("/")[1]
    return os.path.basename(path)[:-5]


gold = json.load(open(os.path.join(CORPUS, "extraction/ground-truth.json")))


def site(path):
    rel = os.path.relpath(path, CORPUS)
    url = gold.get(os.path.basename(path)[:-5], {}).get("url") if rel.startswith("extraction/") else wa.page_url(path)
    h = wa.host_of(url or "")
    if not h and rel.startswith("fundus/"):
        h = os.path.basename(path).split("-")[2]
    return re.sub(r"^(www|m|amp|edition)\.", "", h) or ("(no URL)" if rel.startswith("metadata/") else rel)


def main():
    split = json.load(open(os.path.join(HERE, "..", "split.json")))
    measured = split["measured_publishers"]
    excl_ids, excl_hash, excl_url, excl_stub = set(), set(), set(), set()
    for f in ("dev-labels.jsonl", "dev2-labels.jsonl"):
        for line in open(os.path.join(CORPUS, f)):
            r = json.loads(line)
            excl_ids.add(r["id"])
            excl_stub.add(r["id"][3:])
            if r.get("url"):
                excl_url.add(r["url"].rstrip("/"))
            p = os.path.join(CORPUS, r["file"])
            if os.path.exists(p):
                excl_hash.add(sha(p))
    done_files, done_sites = set(), set()
    for f in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        if os.path.basename(f) == "all-s11.jsonl":
            continue
        for line in open(f):
            r = json.loads(line)
            if r.get("root"):  # a page from outside the corpus (all-s12.jsonl): not in this pool
                continue
            done_files.add(r["file"])
            done_sites.add(site(os.path.join(CORPUS, r["file"])))

    agencies = []
    for o in json.load(open(os.path.join(RULES, "outlets.json")))["outlets"]:
        if o.get("kind") != "wire_agency" or o.get("disabled"):
            continue
        for a in [o["name"]] + o.get("aliases", []):
            if len(a) >= 2 and not (o.get("ambiguous") and " " not in a):
                agencies.append(a)
    agencies.sort(key=len, reverse=True)
    agency = re.compile("(?<![\\w-])(?:" + "|".join(map(re.escape, agencies)) + ")(?![\\w-])")

    naming, plain, n_all = [], [], 0
    for path in wa.pages():
        rel = os.path.relpath(path, CORPUS)
        pid = page_id(path)
        if rel in done_files or pid in excl_ids or sha(path) in excl_hash:
            continue
        if rel.startswith("fundus/") and (pid[3:] in excl_stub or wa.page_url(path).rstrip("/") in excl_url):
            continue
        if rel.startswith("fundus/") and split["pages"].get(pid) != "tune":
            continue
        s = site(path)
        if wa.measured_host(s, measured) or s in measured:
            continue
        n_all += 1
        if s in done_sites:
            continue
        lines = wa.visible_lines(path)
        (naming if any(len(l) <= 400 and agency.search(l) for l in lines) else plain).append(path)
    print(f"unlabelled {n_all}; on sites no pass drew {len(naming) + len(plain)}, naming an agency {len(naming)}"
          f" on {len({site(p) for p in naming})} sites, naming none {len(plain)} on {len({site(p) for p in plain})} sites",
          file=sys.stderr)
    rng = random.Random(SEED)
    rng.shuffle(naming)
    rng.shuffle(plain)
    drawn, sites = [], set()
    for group, kind, cap in ((naming, "agency", AGENCY_CAP), (plain, "none", TOTAL)):
        for p in group:
            if len(drawn) >= cap:
                break
            if site(p) not in sites:
                drawn.append((p, kind))
                sites.add(site(p))
    for p, kind in drawn:
        print(page_id(p), os.path.relpath(p, CORPUS), kind, site(p), sep="\t")


if __name__ == "__main__":
    main()
