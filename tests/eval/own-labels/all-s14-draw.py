#!/usr/bin/env python3
"""The draw of all-s14.jsonl (wire credit, author bio, cross-links at once), fixed before any page was read.

  bash tests/eval/fetch_pool_pages.sh                 # the pages, into ~/.cache/provscore/pool-pages
  python3 tests/eval/own-labels/all-s14-draw.py       # run from the repository root; prints the drawn pages

Pool: the same 252 news pages of the npm package `article` 1.1.2 as all-s13-draw.py, minus the 40 pages
all-s13.jsonl labels. Unlike all-s13 this draw does not ask for publishers new to the project: the set is
tuned on (own-pool), so pages of publishers the corpus already holds on its tuned side are welcome; its use
is more real pages, not an out-of-sample figure. Dropped:
- every page whose site, publisher or brand (all-s13-draw.py's publisher()/brand()/FORMER) is a measured
  publisher of tests/eval/split.json, or whose brand is a measured publisher's brand; also philly.com,
  whose paper's own domain inquirer.com is measured (all-s13 dropped a page for it on reading);
- every page whose brand, or any label of its host (a leading 'the' or a trailing 'news' dropped: espn.go.com,
  abcnews.go.com), is one of HELDOUT_BRANDS: the publishers the held-out npm pages come from, read
  from the file names of that package's fixtures only (tests/eval/fetch_npm_pages.sh; the pages and
  their labels were not looked at), so that tuning on this set cannot teach a held-out publisher;
- every page that is not an article text (fewer than three visible <p> elements of 150+ characters).
Mark: whether a visible line names a wire agency of rules/outlets.json, as all-s13-draw.py.
Draw: shuffle each group with seed 20261215, one page per publisher brand: agency-naming pages first, at
most 20, then pages naming none to 40 pages in all. Printed in draw order with a running number; the
first half (1-20) and the second half (21-40) are labelled by two readers.
Standard library only.
"""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("all_s13_draw", os.path.join(HERE, "all-s13-draw.py"))
s13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s13)
wa, s12 = s13.wa, s13.s12
SEED, AGENCY_CAP, TOTAL = 20261215, 20, 40
EXTRA_MEASURED = {"philly.com"}
HELDOUT_BRANDS = {"aol", "bbc", "businessweek", "bloomberg", "businessinsider", "cbslocal", "cbs", "cbsnews",
                  "cbssports", "cnbc", "cnet", "cnn", "donga", "elmundo", "elpais", "engadget", "espn", "foxnews",
                  "github", "gizmodo", "guardian", "huffingtonpost", "kexp", "wnyc", "abc", "deadline",
                  "lefigaro", "liberation", "marketplace", "mashable", "mcsweeneys", "msn", "politico",
                  "polygon", "sec", "techcrunch", "theverge", "verge", "time", "twitter", "usatoday",
                  "wikipedia", "yahoo", "allnewlyrics", "dcurtis"}


def candidates(base):
    """The pages of the pool this draw may take (the 40 of all-s13 too; the caller drops what it has
    labelled): (agency-naming, naming-none) lists of (path, map entry, site, publisher)."""
    measured = json.load(open(os.path.join(HERE, "..", "split.json")))["measured_publishers"]
    measured_brands = {s13.brand(h) for h in list(measured) + list(EXTRA_MEASURED) if "." in h}
    agency = wa.agency_patterns(s13.RULES, clear_only=True)
    entries = json.load(open(os.path.join(base, "test", "reallife", "datamap.json")))
    naming, plain, dropped = [], [], {"kind": 0, "measured": 0, "held-out": 0, "short": 0}
    for e in sorted(entries, key=lambda e: e["key"]):
        if e.get("why") != "google news scrape":
            dropped["kind"] += 1
            continue
        path = os.path.join(base, "test", "reallife", "source", e["key"] + ".html")
        site = s12.norm(wa.host_of(e["href"]))
        pub = s13.FORMER.get(s13.publisher(site), s13.publisher(site))
        brand = s13.brand(pub)
        if brand in measured_brands or pub in EXTRA_MEASURED or any(
                wa.measured_host(x, measured) or x in measured for x in (site, pub)):
            dropped["measured"] += 1
            continue
        if brand in HELDOUT_BRANDS or any(label.removeprefix("the") in HELDOUT_BRANDS or
                                          label.removeprefix("the").removesuffix("news") in HELDOUT_BRANDS
                                          for label in site.split(".")[:-1]):
            dropped["held-out"] += 1
            continue
        if s12.long_paragraphs(path) < 3:
            dropped["short"] += 1
            continue
        lines = wa.visible_lines(path)
        (naming if any(len(l) <= 400 and agency.search(l) for l in lines) else plain).append((path, e, site, pub))
    print(f"pages {len(entries)}; dropped {dropped}", file=sys.stderr)
    return naming, plain


def main():
    base = os.path.join(s13.ROOT, s13.PACKAGE)
    if not os.path.exists(os.path.join(base, ".complete")):
        sys.exit(f"all-s14-draw: {base} absent; run bash tests/eval/fetch_pool_pages.sh first")
    taken = {json.loads(line)["file"] for line in open(os.path.join(HERE, "all-s13.jsonl"))}
    naming, plain = candidates(base)
    naming = [x for x in naming if os.path.relpath(x[0], s13.ROOT) not in taken]
    plain = [x for x in plain if os.path.relpath(x[0], s13.ROOT) not in taken]
    print(f"naming an agency {len(naming)} on {len({s13.brand(x[3]) for x in naming})} brands, naming none"
          f" {len(plain)} on {len({s13.brand(x[3]) for x in plain})}", file=sys.stderr)
    drawn, _ = s13.draw(naming, plain, SEED, AGENCY_CAP, TOTAL, set())
    for n, ((path, e, site, pub), kind) in enumerate(drawn, 1):
        print(n, "ar-" + e["key"][:8], os.path.relpath(path, s13.ROOT), kind, site, s13.html_lang(path) or "-",
              e["href"], sep="\t")


if __name__ == "__main__":
    main()
