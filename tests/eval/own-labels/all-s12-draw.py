#!/usr/bin/env python3
"""The draw of all-s12.jsonl (wire credit, author bio, cross-links at once), fixed before any page was read.

  bash tests/eval/fetch_more_pages.sh                 # the pages, into ~/.cache/provscore/more-pages
  python3 tests/eval/own-labels/all-s12-draw.py       # run from the repository root; prints the drawn pages

Pool: new pages from outside the corpus: the 110 saved pages that the npm package @postlight/mercury-parser
1.1.1 ships as test fixtures (package/fixtures/**/*.html), in $PROVSCORE_MORE_PAGES or
~/.cache/provscore/more-pages/mercury-parser-1.1.1/. A page's site is the host of its canonical URL
(<link rel=canonical>, else og:url), else its fixture folder's name (the fixtures are filed by host), else
its file name; 'www.'/'m.'/'amp.'/'edition.' dropped.
Dropped: every page whose site is (or is under) a measured publisher of tests/eval/split.json, the host of
any URL that dev-labels.jsonl or dev2-labels.jsonl label, or the site of any page that
tests/eval/wire_audit.py's pages() yields (the corpus pool: the same site, any page); and every page that is
not an article text: fewer than three visible <p> elements of 150+ characters (a tweet, a video page, a
landing page).
Mark: whether a visible line (wire_audit's visible_lines, 400 characters at most) names a wire agency of
rules/outlets.json (one-word aliases of agencies marked `ambiguous` not counted), as in all-s11-draw.py.
Draw: shuffle each group with seed 20261212, one page per site: agency-naming pages first, at most 16, then
pages naming none to 32 pages in all (the second group tops the draw up when the first runs short).
Standard library only.
"""
import html.parser, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import wire_audit as wa  # noqa: E402
CORPUS = wa.CORPUS
RULES = os.path.join(HERE, "..", "..", "..", "rules")
ROOT = os.path.join(os.environ.get("PROVSCORE_MORE_PAGES")
                    or os.path.join(os.path.expanduser("~"), ".cache", "provscore", "more-pages"))
PACKAGE = "mercury-parser-1.1.1"
SEED, AGENCY_CAP, TOTAL = 20261212, 16, 32


def norm(h):
    return re.sub(r"^(www|m|amp|edition)\.", "", (h or "").lower())


def corpus_site(path):
    rel = os.path.relpath(path, CORPUS)
    if rel.startswith("extraction/"):
        url = gold.get(os.path.basename(path)[:-5], {}).get("url")
    else:
        url = wa.page_url(path)
    h = wa.host_of(url or "")
    if not h and rel.startswith("fundus/"):
        h = os.path.basename(path).split("-")[2]
    return norm(h)


def site(path):
    h = norm(wa.host_of(wa.page_url(path)))
    if h:
        return h
    rel = os.path.relpath(path, os.path.join(ROOT, PACKAGE, "fixtures"))
    return norm(rel.split("/")[0] if "/" in rel else rel[:-5])


class Paras(html.parser.HTMLParser):
    """Visible <p> elements of 150+ characters (hidden and skipped elements as wire_audit's)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.v = wa.VisibleText()
        self.n, self.buf, self.depth = 0, [], 0

    def handle_starttag(self, tag, attrs):
        self.v.handle_starttag(tag, attrs)
        if tag == "p":
            self.depth, self.buf = 1, []

    def handle_endtag(self, tag):
        if tag == "p" and self.depth:
            if len(re.sub(r"\s+", " ", "".join(self.buf)).strip()) >= 150:
                self.n += 1
            self.depth = 0
        self.v.handle_endtag(tag)

    def handle_data(self, data):
        if self.depth and not self.v.hidden():
            self.buf.append(data)


def long_paragraphs(path):
    p = Paras()
    try:
        p.feed(open(path, encoding="utf-8", errors="replace").read())
    except Exception:
        pass
    return p.n


gold = json.load(open(os.path.join(CORPUS, "extraction/ground-truth.json")))


def main():
    base = os.path.join(ROOT, PACKAGE)
    if not os.path.exists(os.path.join(base, ".complete")):
        sys.exit(f"all-s12-draw: {base} absent; run bash tests/eval/fetch_more_pages.sh first")
    measured = json.load(open(os.path.join(HERE, "..", "split.json")))["measured_publishers"]
    excl = set()
    for f in ("dev-labels.jsonl", "dev2-labels.jsonl"):
        for line in open(os.path.join(CORPUS, f)):
            r = json.loads(line)
            if r.get("url"):
                excl.add(norm(wa.host_of(r["url"])))
    for p in wa.pages():
        excl.add(corpus_site(p))
    excl.discard("")

    agencies = []
    for o in json.load(open(os.path.join(RULES, "outlets.json")))["outlets"]:
        if o.get("kind") != "wire_agency" or o.get("disabled"):
            continue
        for a in [o["name"]] + o.get("aliases", []):
            if len(a) >= 2 and not (o.get("ambiguous") and " " not in a):
                agencies.append(a)
    agencies.sort(key=len, reverse=True)
    agency = re.compile("(?<![\\w-])(?:" + "|".join(map(re.escape, agencies)) + ")(?![\\w-])")

    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(base, "fixtures"))
                   for f in fs if f.endswith(".html"))
    naming, plain, dropped_site, dropped_short = [], [], 0, 0
    for path in files:
        s = site(path)
        if s in excl or wa.measured_host(s, measured) or s in measured \
                or any(s.endswith("." + e) or e.endswith("." + s) for e in excl):
            dropped_site += 1
            continue
        if long_paragraphs(path) < 3:
            dropped_short += 1
            continue
        lines = wa.visible_lines(path)
        (naming if any(len(l) <= 400 and agency.search(l) for l in lines) else plain).append(path)
    print(f"pages {len(files)}; dropped: site in the corpus, the labels or measured {dropped_site},"
          f" not an article text {dropped_short}; naming an agency {len(naming)} on"
          f" {len({site(p) for p in naming})} sites, naming none {len(plain)} on {len({site(p) for p in plain})} sites",
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
        rel = os.path.relpath(p, ROOT)
        pid = "mp-" + re.sub(r"[^a-z0-9]+", "-", os.path.relpath(p, os.path.join(base, "fixtures"))[:-5].lower())
        print(pid, rel, kind, site(p), sep="\t")


if __name__ == "__main__":
    main()
