#!/usr/bin/env python3
"""The draw of all-s13.jsonl (wire credit, author bio, cross-links at once), fixed before any page was read.

  bash tests/eval/fetch_pool_pages.sh                 # the pages, into ~/.cache/provscore/pool-pages
  python3 tests/eval/own-labels/all-s13-draw.py       # run from the repository root; prints the drawn pages

Pool: new pages from outside the corpus and from publishers none of ../shared holds: the 258 saved pages
that the npm package `article` 1.1.2 (MIT) ships as real-life test pages (package/test/reallife/source/
<sha256>.html, with test/reallife/datamap.json mapping each file to the page's address and to why it was
saved), in $PROVSCORE_POOL_PAGES or ~/.cache/provscore/pool-pages/article-1.1.2/. Only the pages the map
says came from a Google News scrape (252, 2013): the six 'random article' pages (blogs, a code host) are
not news pages. A page's site is the host of its address in the map, 'www.'/'m.' dropped (its publisher,
for one page per site, is the registrable part of that host: the last two labels, three under a
two-letter country domain with a second level such as co., com., org.; its brand is the first label of
that part with a leading 'the' dropped, so guardian.co.uk and theguardian.com, bbc.co.uk and bbc.com are
one publisher; and a title whose domain its owner's site took over counts as the owner: FORMER below).
Dropped, as all-s12-draw.py drops them: every page whose site or publisher is (or is under) a measured
publisher of tests/eval/split.json, whose brand is the brand of any host below, the host of any URL that dev-labels.jsonl or dev2-labels.jsonl label,
or the site of any page that tests/eval/wire_audit.py's pages() yields (the corpus pool: the same site,
any page); and every page that is not an article text (fewer than three visible <p> elements of 150+
characters).
Mark: whether a visible line (wire_audit's visible_lines, 400 characters at most) names a wire agency of
rules/outlets.json (one-word aliases of agencies marked `ambiguous` not counted), as all-s12-draw.py.
Draw: shuffle each group with seed 20261213, put pages whose <html lang> names a language other than
English first (stable; none may be), then one page per publisher: agency-naming pages first, at most 14,
then pages naming none to 30 pages in all (the second group tops the draw up when the first runs short).

Second draw (`--second`; added after the first 30 pages were labelled and measured, fixed before any of
its pages was read): the same candidates minus every publisher of the first draw (the dropped one too),
shuffled with seed 20261214, one page per publisher: agency-naming pages first, at most 5, then pages
naming none to 11 pages.
Standard library only.
"""
import importlib.util, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import wire_audit as wa  # noqa: E402
_spec = importlib.util.spec_from_file_location("all_s12_draw", os.path.join(HERE, "all-s12-draw.py"))
s12 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s12)
RULES = os.path.join(HERE, "..", "..", "..", "rules")
ROOT = os.environ.get("PROVSCORE_POOL_PAGES") or os.path.join(
    os.path.expanduser("~"), ".cache", "provscore", "pool-pages")
PACKAGE = "article-1.1.2"
SEED, AGENCY_CAP, TOTAL = 20261213, 14, 30
SECOND_SEED, SECOND_AGENCY_CAP, SECOND_TOTAL = 20261214, 5, 11
FORMER = {"businessweek.com": "bloomberg.com"}  # Bloomberg Businessweek, Bloomberg's since 2009


def brand(host):
    return re.sub(r"^the", "", publisher(host).split(".")[0])


def publisher(site):
    parts = site.split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def html_lang(path):
    head = open(path, encoding="utf-8", errors="replace").read(20000)
    m = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z-]+)", head, re.I)
    return m.group(1).lower() if m else ""


def main():
    base = os.path.join(ROOT, PACKAGE)
    if not os.path.exists(os.path.join(base, ".complete")):
        sys.exit(f"all-s13-draw: {base} absent; run bash tests/eval/fetch_pool_pages.sh first")
    measured = json.load(open(os.path.join(HERE, "..", "split.json")))["measured_publishers"]
    excl = set()
    for f in ("dev-labels.jsonl", "dev2-labels.jsonl"):
        for line in open(os.path.join(wa.CORPUS, f)):
            r = json.loads(line)
            if r.get("url"):
                excl.add(s12.norm(wa.host_of(r["url"])))
    for p in wa.pages():
        excl.add(s12.corpus_site(p))
    excl.discard("")
    brands = {brand(h) for h in excl | set(measured) if "." in h}
    agency = wa.agency_patterns(RULES, clear_only=True)

    entries = json.load(open(os.path.join(base, "test", "reallife", "datamap.json")))
    naming, plain, dropped_kind, dropped_site, dropped_short = [], [], 0, 0, 0
    for e in sorted(entries, key=lambda e: e["key"]):
        if e.get("why") != "google news scrape":
            dropped_kind += 1
            continue
        path = os.path.join(base, "test", "reallife", "source", e["key"] + ".html")
        site = s12.norm(wa.host_of(e["href"]))
        pub = FORMER.get(publisher(site), publisher(site))
        if brand(pub) in brands or any(x in excl or wa.measured_host(x, measured) or x in measured
               or any(x.endswith("." + c) or c.endswith("." + x) for c in excl) for x in (site, pub)):
            dropped_site += 1
            continue
        if s12.long_paragraphs(path) < 3:
            dropped_short += 1
            continue
        lines = wa.visible_lines(path)
        (naming if any(len(l) <= 400 and agency.search(l) for l in lines) else plain).append((path, e, site, pub))
    print(f"pages {len(entries)}; dropped: not a news page {dropped_kind}, site in the corpus, the labels or"
          f" measured {dropped_site}, not an article text {dropped_short}; naming an agency {len(naming)} on"
          f" {len({x[3] for x in naming})} publishers, naming none {len(plain)} on {len({x[3] for x in plain})}",
          file=sys.stderr)
    drawn, pubs = draw(naming, plain, SEED, AGENCY_CAP, TOTAL, set())
    if "--second" in sys.argv[1:]:
        drawn, _ = draw(naming, plain, SECOND_SEED, SECOND_AGENCY_CAP, SECOND_TOTAL, pubs)
    for (path, e, site, pub), kind in drawn:
        print("ar-" + e["key"][:8], os.path.relpath(path, ROOT), kind, site, html_lang(path) or "-", e["href"], sep="\t")


def draw(naming, plain, seed, agency_cap, total, taken):
    """One page per publisher brand not in taken: agency-naming pages first (at most agency_cap), then
    the others to total; returns the drawn (page, kind) pairs and the brands taken, these included."""
    naming, plain = list(naming), list(plain)
    rng = random.Random(seed)
    rng.shuffle(naming)
    rng.shuffle(plain)
    drawn, pubs = [], set(taken)
    for group, kind, cap in ((naming, "agency", agency_cap), (plain, "none", total)):
        group.sort(key=lambda x: html_lang(x[0]).startswith("en") or html_lang(x[0]) == "")
        for x in group:
            if len(drawn) >= cap:
                break
            if brand(x[3]) not in pubs:
                drawn.append((x, kind))
                pubs.add(brand(x[3]))
    return drawn, pubs


if __name__ == "__main__":
    main()
