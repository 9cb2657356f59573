"""Extraction evaluation: provscore's article extractor against public benchmarks and
against the open extractors a user would otherwise choose. Standard library only.

Usage: extraction.py PROVSCORE_BINARY [--corpus DIR] [--no-peers] [--no-holdout] [--perturb KIND] [--tune-only]
Exit status: 0 when every goal below is met (or ../shared is absent: skipped), 1 when a
goal is missed or provscore crashed.

1. Body text, ../shared/corpus/extraction/ (scrapinghub/article-extraction-benchmark:
   181 pages + ground-truth.json). The metric is the benchmark's own, reimplemented from
   evaluate.py of github.com/scrapinghub/article-extraction-benchmark (commit 7d95432):
   texts are tokenised with the regex \\w+ (Unicode); each text becomes a multiset of
   4-token shingles; per page tp/fp/fn are the multiset overlaps, normalised by
   tp+fp+fn; precision is the mean over pages with tp+fp > 0, recall the mean over pages
   with tp+fn > 0 (an empty prediction for an empty truth scores 1), F1 is the harmonic
   mean of those two means; accuracy is the share of pages whose token lists are equal.
   provscore's text is article.text without the ranges listed in article.recirculation
   (related boxes it keeps between paragraphs for the cross-link detector; the gold
   bodies leave them out). Goal: F1 >= 0.97 (issue 10; issue 3 asked 0.96). Published figures (the benchmark's README): Readability.js 0.947,
   trafilatura 2.0 0.958.
2. Metadata, ../shared/corpus/metadata/<name>/ (mozilla/readability test pages with
   Readability's expected-metadata.json):
   - title: equal after collapsing white space. Goal >= 0.95.
   - byline: the expected `byline` string against provscore's authors (article.authors,
     after the confidence threshold). Both sides are reduced to lower-case letter tokens
     (digits and punctuation split words). A page is right when (a) neither side has a
     byline, or (b) provscore names at least one author and every token of its authors is
     in the expected byline (a partial author list counts: precision over recall). A page
     where provscore names an author and Readability has none, or names a token the
     byline lacks, is a wrong author. Goal >= 0.90; wrong authors are listed.
   - published: on pages whose expected `publishedTime` is set, article.published must
     give the same moment: when both carry a zone, the same instant to the minute;
     otherwise the same date as written and, when both give a time, the same hh:mm as
     written. Pages with no expected time are not scored (Readability only reads
     metadata; a date provscore finds in the visible page is not wrong); their count of
     dates found is printed. Goal >= 0.90.
3. Holdout, ../shared/corpus/extraction-holdout/pages.tar.gz (990 pages, no expected
   texts here): crashes, documents with errors and the slowest pages. A crash fails.
4. Peers on the pages of 1: readability-lxml (Debian python3-readability, via
   /usr/bin/python3) and Mozilla Readability under jsdom (tools/extraction-peers, npm).
   A peer that is not installed is shown as such. Pages/s counts extraction time only
   for the peers, and for provscore the time from its first to its last document (it
   also decodes, detects and scores); wall-clock time with start-up is shown beside it.
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

GOAL_F1 = 0.97  # issue 3 asked 0.96; issue 10 raised it to 0.97
GOAL_TITLE = 0.95
GOAL_BYLINE = 0.90
GOAL_PUBLISHED = 0.90
# fundus (issue 10): the goals are printed; the run fails only below the floors, which
# are raised as the figures rise (a floor is a regression gate, a goal is the target).
GOAL_FUNDUS_F1, FLOOR_FUNDUS_F1 = 0.96, 0.96
GOAL_FUNDUS_AUTHORS, FLOOR_FUNDUS_AUTHORS = 0.90, 0.90
GOAL_FUNDUS_DATE, FLOOR_FUNDUS_DATE = 0.95, 0.97
FUNDUS_QUOTED_F1 = [("trafilatura", 0.949), ("newspaper4k", 0.865)]
VERBOSE = False
TUNE_ONLY = False  # --tune-only: the fundus measure side is neither scored nor printed
PAGE_SCORES = {}  # --pages FILE: ScrapingHub and fundus tune-side pages -> [P, R]
PUBLISHED_F1 = [("Readability.js (published)", 0.947), ("trafilatura 2.0 (published)", 0.958)]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PEERS_DIR = os.path.join(ROOT, "tools", "extraction-peers")


# ---- the benchmark's metric (evaluate.py) ------------------------------------------

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text):
    return TOKEN_RE.findall(text or "")


def shingles(text, n=4):
    tokens = tokenize(text)
    grams = [tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1))]
    return collections.Counter(g for g in grams if g)


def tp_fp_fn(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def benchmark_metrics(truth, predictions):
    """truth, predictions: {key: text}. Returns (f1, precision, recall, accuracy, per_page)."""
    triples, accuracies, per_page = [], [], {}
    for key, true in truth.items():
        pred = predictions.get(key, "")
        tfn = tp_fp_fn(true, pred)
        triples.append(tfn)
        accuracies.append(float(tokenize(true) == tokenize(pred)))
        per_page[key] = (precision_score(*tfn), recall_score(*tfn))
    ps = [precision_score(*x) for x in triples if x[0] + x[1] > 0]
    rs = [recall_score(*x) for x in triples if x[0] + x[2] > 0]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return f1, precision, recall, sum(accuracies) / len(accuracies), per_page


# ---- running provscore ------------------------------------------------------------

DEBUG_LINE = re.compile(r"^provscore: debug: (.*): grade \S+ \(")


def run_provscore(binary, inputs, out_dir):
    """Scores `inputs` (a folder) with -v. Returns a dict: profiles {path: profile},
    times {path: seconds} (from the gaps between per-document log lines), wall,
    steady (first to last document), code (exit status; negative for a signal),
    last (the last path logged)."""
    start = time.monotonic()
    proc = subprocess.Popen([binary, "score", inputs, "--out", out_dir, "-v"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="replace")
    times, last, previous, first_doc = {}, None, None, None
    for line in proc.stderr:
        now = time.monotonic()
        if "scoring" in line and "document(s)" in line and previous is None:
            previous = now
            continue
        m = DEBUG_LINE.match(line)
        if not m:
            continue
        if previous is None:
            previous = now
        if first_doc is None:
            first_doc = previous
        times[m.group(1)] = now - previous
        previous = now
        last = m.group(1)
    code = proc.wait()
    wall = time.monotonic() - start
    profiles = {}
    path = os.path.join(out_dir, "profiles.jsonl")
    if code in (0, 1) and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                p = json.loads(line)
                profiles[p["input"]["path"]] = p
    steady = (previous - first_doc) if first_doc is not None and previous is not None else wall
    return {"profiles": profiles, "times": times, "wall": wall, "steady": steady,
            "code": code, "last": last}


def article_text(profile):
    """The article's own text: article.text without the recirculation boxes the page
    placed between its paragraphs (article.recirculation, byte ranges of the UTF-8
    text). They stay in `text` for the cross-link detector; the gold bodies of the
    benchmarks leave them out."""
    art = profile["article"]
    spans = art.get("recirculation") or []
    if not spans:
        return art["text"]
    raw = art["text"].encode("utf-8")
    out, at = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        out.append(raw[at:span["start"]])
        at = max(at, span["end"])
    out.append(raw[at:])
    return b"".join(out).decode("utf-8", "replace")


def by_basename(profiles):
    return {os.path.basename(path): p for path, p in profiles.items()}


# ---- peers ------------------------------------------------------------------------

def peer_cache_dir():
    """Where peers' results are kept between runs: $PROVSCORE_PEER_CACHE, else
    $XDG_CACHE_HOME/provscore/extraction-peers (~/.cache/...). Outside the repository, so
    a fresh clone (CI) reuses them; delete the folder to run every peer again."""
    if os.environ.get("PROVSCORE_PEER_CACHE"):
        return os.environ["PROVSCORE_PEER_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "provscore", "extraction-peers")


def peer_cache_key(name, version, script, files):
    """A peer's output on fixed pages is fixed: the key is the peer, its version, the
    script that runs it and every page (name and bytes)."""
    h = hashlib.sha256()
    for part in (name, version):
        h.update(part.encode() + b"\0")
    with open(script, "rb") as f:
        h.update(hashlib.sha256(f.read()).digest())
    for path in files:
        with open(path, "rb") as f:
            h.update(os.path.basename(path).encode() + b"\0" + hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def run_peer(name, files, tmp):
    """Returns (result dict or None, note). A result of an earlier run with the same
    peer version, script and pages is read from peer_cache_dir() instead of running the
    peer again (its pages/s is then that run's, and the note says "cached")."""
    out = os.path.join(tmp, name + ".json")
    if name == "readability-lxml":
        py = "/usr/bin/python3"
        probe = subprocess.run([py, "-c", "import importlib.metadata as m, readability, html_text; "
                                "print(m.version('readability-lxml'), m.version('html-text'))"],
                               capture_output=True, text=True) if os.path.exists(py) else None
        if probe is None or probe.returncode != 0:
            return None, "not installed (apt: python3-readability python3-html-text)"
        script = os.path.join(PEERS_DIR, "readability_lxml.py")
        version = probe.stdout.strip()
        cmd = [py, script, out] + files
    else:
        node = shutil.which("node")
        if node is None:
            return None, "not installed (node missing)"
        script = os.path.join(PEERS_DIR, "readability_js.js")
        node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
        with open(os.path.join(PEERS_DIR, "package-lock.json"), "rb") as f:
            version = node_version + " " + hashlib.sha256(f.read()).hexdigest()  # the pinned packages
        cmd = [node, script, out] + files
    cached = os.path.join(peer_cache_dir(), peer_cache_key(name, version, script, files) + ".json")
    if os.path.isfile(cached):
        try:
            with open(cached, encoding="utf-8") as f:
                return json.load(f), "cached"
        except (OSError, ValueError):
            pass  # an unreadable entry is run again and rewritten
    if name == "readability.js" and not os.path.isdir(os.path.join(PEERS_DIR, "node_modules", "@mozilla", "readability")):
        # Installed only when it has to run (a fresh clone with its result cached needs no npm).
        npm = shutil.which("npm")
        if npm is None or subprocess.run([npm, "ci", "--prefix", PEERS_DIR, "--no-audit", "--no-fund"],
                                         capture_output=True).returncode != 0:
            return None, "not installed (run: npm ci --prefix tools/extraction-peers)"
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0 or not os.path.exists(out):
        return None, f"failed (exit {done.returncode}): {done.stderr.strip()[-200:]}"
    with open(out, encoding="utf-8") as f:
        result = json.load(f)
    try:
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        shutil.copyfile(out, cached + ".tmp")
        os.replace(cached + ".tmp", cached)
    except OSError:
        pass  # no cache, no harm: the next run runs the peer again
    return result, ""


# ---- metadata comparisons ---------------------------------------------------------

def norm_ws(s):
    return " ".join((s or "").split())


LETTER_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def letter_tokens(s):
    return [t.lower() for t in LETTER_TOKEN.findall(s or "")]


def byline_verdict(expected, authors):
    """'right', 'missed' (expected a byline, none given) or 'wrong' (an author named
    that the expected byline does not hold, or named where none is expected)."""
    exp = set(letter_tokens(expected))
    ours = letter_tokens(" ".join(authors))
    if not exp:
        return "right" if not ours else "wrong"
    if not ours:
        return "missed"
    return "right" if all(t in exp for t in ours) else "wrong"


DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*"
                     r"(Z|[+-]\d{2}:?\d{2})?$")


def parse_when(s):
    """(date 'YYYY-MM-DD', 'hh:mm' or None, aware datetime or None) or None."""
    m = DATE_RE.match((s or "").strip())
    if not m:
        return None
    y, mo, d, h, mi, _, zone = m.groups()
    date = f"{y}-{mo}-{d}"
    hm = f"{h}:{mi}" if h else None
    aware = None
    if h and zone:
        if zone == "Z":
            tz = datetime.timezone.utc
        else:
            z = zone.replace(":", "")
            sign = 1 if z[0] == "+" else -1
            tz = datetime.timezone(sign * datetime.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
        aware = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), tzinfo=tz)
    return date, hm, aware


def same_moment(expected, ours):
    e, o = parse_when(expected), parse_when(ours)
    if e is None or o is None:
        return False
    if e[2] is not None and o[2] is not None:
        return e[2] == o[2]
    if e[0] != o[0]:
        return False
    return e[1] is None or o[1] is None or e[1] == o[1]


# ---- sections ---------------------------------------------------------------------

def section_extraction(binary, corpus, tmp, peers, failures):
    root = os.path.join(corpus, "extraction")
    with open(os.path.join(root, "ground-truth.json"), encoding="utf-8") as f:
        truth = {k: v.get("articleBody", "") for k, v in json.load(f).items()}
    pages = os.path.join(root, "pages")
    run = run_provscore(binary, pages, os.path.join(tmp, "extraction"))
    if run["code"] not in (0, 1):
        failures.append(f"extraction: provscore exited with {run['code']} after {run['last']}")
        return
    ours = {name[:-len(".html")]: article_text(p) for name, p in by_basename(run["profiles"]).items()}
    n = len(truth)
    rows = []
    f1, p, r, acc, per_page = benchmark_metrics(truth, ours)
    rows.append(("provscore", f"{f1:.3f}", f"{p:.3f}", f"{r:.3f}", f"{acc:.3f}",
                 f"{n / run['steady']:.1f} ({n / run['wall']:.1f} wall)", ""))
    if f1 < GOAL_F1:
        failures.append(f"extraction: F1 {f1:.3f} < {GOAL_F1}")
    files = [os.path.join(pages, k + ".html") for k in sorted(truth)]
    for name in (["readability-lxml", "readability.js"] if peers else []):
        res, note = run_peer(name, files, tmp)
        if res is None:
            rows.append((name, "-", "-", "-", "-", "-", note))
            continue
        texts = {k[:-len(".html")]: v for k, v in res["texts"].items()}
        pf1, pp, pr, pacc, _ = benchmark_metrics(truth, texts)
        speed = n / res["seconds"] if res["seconds"] > 0 else 0.0
        note = ", ".join(x for x in (note, f"{len(res['errors'])} page error(s)" if res["errors"] else "") if x)
        rows.append((name, f"{pf1:.3f}", f"{pp:.3f}", f"{pr:.3f}", f"{pacc:.3f}", f"{speed:.1f}", note))
    for name, value in PUBLISHED_F1:
        rows.append((name, f"{value:.3f}", "", "", "", "", "benchmark README"))
    print(f"\n== Body text: scrapinghub article-extraction-benchmark, {n} pages "
          f"(4-gram shingle P/R/F1, goal F1 >= {GOAL_F1}) ==")
    print(f"{'extractor':<28} {'F1':>6} {'P':>6} {'R':>6} {'acc':>6}  {'pages/s':<20} note")
    for row in rows:
        print(f"{row[0]:<28} {row[1]:>6} {row[2]:>6} {row[3]:>6} {row[4]:>6}  {row[5]:<20} {row[6]}")
    PAGE_SCORES.update({"sh:" + k: list(v) for k, v in per_page.items()})
    worst = sorted(per_page.items(), key=lambda kv: 2 * kv[1][0] * kv[1][1] / max(kv[1][0] + kv[1][1], 1e-9))
    print("lowest provscore pages (P, R): " + ", ".join(f"{k[:10]} ({pp:.2f}, {rr:.2f})" for k, (pp, rr) in worst[:8]))


def load_split():
    path = os.path.join(HERE, "split.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["pages"]


def author_key(name):
    return " ".join(letter_tokens(name))


def outlet_aliases():
    """Lower-cased outlet names and aliases from rules/outlets.json -> outlet id."""
    with open(os.path.join(ROOT, "rules", "outlets.json"), encoding="utf-8") as f:
        outlets = json.load(f)["outlets"]
    alias = {}
    for o in outlets:
        for name in [o.get("name", "")] + o.get("aliases", []):
            alias.setdefault(author_key(name), o.get("parent") or o["id"])
            alias.setdefault(author_key(name.removeprefix("The ")), o.get("parent") or o["id"])
    return alias


def author_counts(gold, profile, alias):
    """(tp, fp, fn) of one page's authors. Names are compared as lower-case letter
    tokens; a gold author that is an outlet ("The Associated Press") is matched by that
    outlet as an author or as a wire credit of the page."""
    art = profile.get("article", {}) if profile else {}
    ours = {author_key(a) for a in art.get("authors") or [] if author_key(a)}
    credited = {s["outlet"] for s in (profile or {}).get("signals", [])
                if s["type"] == "wire_attribution" and s.get("role") == "credit"}
    ours_outlets = {alias.get(author_key(o)) for o in credited} | {alias.get(a) for a in ours}
    tp = fn = 0
    matched = set()
    for g in {author_key(a) for a in gold if author_key(a)}:
        if g in ours:
            tp += 1
            matched.add(g)
        elif alias.get(g) and alias[g] in ours_outlets:
            tp += 1
            matched.update(a for a in ours if alias.get(a) == alias[g])
        else:
            fn += 1
    fp = len(ours - matched)
    return tp, fp, fn


def same_date(gold, ours):
    """The published date is right when the calendar dates agree as written, or when
    both carry a time and zone and ours, moved to gold's zone, falls on gold's date."""
    g, o = parse_when(gold), parse_when(ours)
    if g is None or o is None:
        return False
    if g[0] == o[0]:
        return True
    if g[2] is not None and o[2] is not None:
        return o[2].astimezone(g[2].tzinfo).date().isoformat() == g[0]
    return False


def section_fundus(binary, corpus, tmp, peers, failures):
    root = os.path.join(corpus, "fundus")
    if not os.path.isfile(os.path.join(root, "ground-truth.json")):
        print("\n== fundus: not found; skipped ==")
        return
    with open(os.path.join(root, "ground-truth.json"), encoding="utf-8") as f:
        gold = json.load(f)
    split = load_split()
    if TUNE_ONLY:
        gold = {k: v for k, v in gold.items() if split.get(k, "measure") == "tune"}
    sides = {"all": sorted(gold)}
    for side in ("tune", "measure"):
        sides[side] = [k for k in sorted(gold) if split.get(k, "measure") == side]
    pages = os.path.join(root, "pages")
    if TUNE_ONLY:
        # Only the tune side's files are scored: a copy of the folder holding links to them.
        linked = os.path.join(tmp, "fundus-tune")
        os.makedirs(linked, exist_ok=True)
        for k in sides["tune"]:
            os.symlink(os.path.join(pages, k + ".html"), os.path.join(linked, k + ".html"))
        pages = linked
        del sides["measure"]
    run = run_provscore(binary, pages, os.path.join(tmp, "fundus"))
    if run["code"] not in (0, 1):
        failures.append(f"fundus: provscore exited with {run['code']} after {run['last']}")
        return
    profiles = {name[:-len(".html")]: p for name, p in by_basename(run["profiles"]).items()}
    texts = {"provscore": {k: article_text(p) for k, p in profiles.items()}}
    notes = {"provscore": ""}
    files = [os.path.join(pages, k + ".html") for k in sorted(gold)]
    for name in (["readability-lxml", "readability.js"] if peers else []):
        res, note = run_peer(name, files, tmp)
        notes[name] = note
        if res is not None:
            texts[name] = {k[:-len(".html")]: v for k, v in res["texts"].items()}
    n = {side: len(keys) for side, keys in sides.items()}
    print(f"\n== Body text: fundus, {n['all']} pages from {len({k.split('-')[1] for k in gold})} countries "
          f"(4-gram F1; tune = {n['tune']} pages of publishers rules may be changed for, "
          f"measure = {n.get('measure', 'hidden:')} pages only measured) ==")
    print(f"{'extractor':<28} {'F1 all':>7} {'P':>6} {'R':>6} {'F1 tune':>8} {'F1 measure':>11}  note")
    per_page = {}
    for name in ("provscore", "readability-lxml", "readability.js"):
        if name not in notes:
            continue
        if name not in texts:
            print(f"{name:<28} {'-':>7} {'-':>6} {'-':>6} {'-':>8} {'-':>11}  {notes[name]}")
            continue
        f1s = {}
        for side, keys in sides.items():
            f1, p, r, _, pp = benchmark_metrics({k: gold[k]["articleBody"] for k in keys}, texts[name])
            f1s[side] = (f1, p, r)
            if name == "provscore" and side == "all":
                per_page = pp
        measured = f"{f1s['measure'][0]:>11.3f}" if "measure" in f1s else f"{'(hidden)':>11}"
        print(f"{name:<28} {f1s['all'][0]:>7.3f} {f1s['all'][1]:>6.3f} {f1s['all'][2]:>6.3f} "
              f"{f1s['tune'][0]:>8.3f} {measured}  {notes[name]}")
        if name == "provscore" and not TUNE_ONLY:
            check_goal(failures, "fundus body F1", f1s["all"][0], GOAL_FUNDUS_F1, FLOOR_FUNDUS_F1)
    for name, value in FUNDUS_QUOTED_F1:
        print(f"{name:<28} {value:>7.3f}{'':>38}quoted in issue 10 (not installable here)")
    tune_keys = set(sides["tune"])
    PAGE_SCORES.update({k: list(v) for k, v in per_page.items() if k in tune_keys})
    worst = sorted(((k, v) for k, v in per_page.items() if k in tune_keys),
                   key=lambda kv: 2 * kv[1][0] * kv[1][1] / max(kv[1][0] + kv[1][1], 1e-9))
    print("lowest provscore tune pages (P, R): " + ", ".join(f"{k[3:30]} ({pp:.2f}, {rr:.2f})" for k, (pp, rr) in worst[:8]))

    alias = outlet_aliases()
    print(f"\n== Metadata: fundus gold authors and published date ==")
    print(f"{'side':<8} {'pages':>5} {'author P':>9} {'R':>6} {'F1':>6} {'date':>6}  (goals: authors F1 >= "
          f"{GOAL_FUNDUS_AUTHORS}, date >= {GOAL_FUNDUS_DATE})")
    wrong = []
    for side, keys in sides.items():
        tp = fp = fn = 0
        dates = dated = 0
        for k in keys:
            a, b, c = author_counts(ast_list(gold[k].get("authors")), profiles.get(k), alias)
            tp, fp, fn = tp + a, fp + b, fn + c
            if side == "tune" and (b or c):
                wrong.append(f"  authors   {k}: gold {ast_list(gold[k].get('authors'))}, "
                             f"got {(profiles.get(k) or {}).get('article', {}).get('authors')}")
            if gold[k].get("published") not in (None, "", "None"):
                dated += 1
                ours = (profiles.get(k) or {}).get("article", {}).get("published")
                if same_date(gold[k]["published"], ours):
                    dates += 1
                elif side == "tune":
                    wrong.append(f"  published {k}: gold {gold[k]['published']}, got {ours}")
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = dates / dated if dated else 1.0
        print(f"{side:<8} {len(keys):>5} {p:>9.3f} {r:>6.3f} {f1:>6.3f} {acc:>6.3f}")
        if side == "all" and not TUNE_ONLY:
            check_goal(failures, "fundus authors F1", f1, GOAL_FUNDUS_AUTHORS, FLOOR_FUNDUS_AUTHORS)
            check_goal(failures, "fundus published date", acc, GOAL_FUNDUS_DATE, FLOOR_FUNDUS_DATE)
    if VERBOSE:
        print("\n".join(wrong))


def check_goal(failures, what, value, goal, floor):
    if value < floor:
        failures.append(f"{what} {value:.3f} below its floor {floor} (goal {goal})")
    elif value < goal:
        print(f"  (not yet at goal: {what} {value:.3f} < {goal})")


def ast_list(value):
    """fundus' gold writes author lists as Python literals ("['A', 'B']")."""
    if isinstance(value, list):
        return value
    if not value or value == "None":
        return []
    import ast
    try:
        parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return [value]
    return list(parsed) if isinstance(parsed, (list, tuple)) else [str(parsed)]


def section_metadata(binary, corpus, tmp, failures):
    root = os.path.join(corpus, "metadata")
    run = run_provscore(binary, root, os.path.join(tmp, "metadata"))
    if run["code"] not in (0, 1):
        failures.append(f"metadata: provscore exited with {run['code']} after {run['last']}")
        return
    profiles = {os.path.basename(os.path.dirname(path)): p for path, p in run["profiles"].items()}
    titles = bylines = 0
    wrong, missed, bad_titles = [], [], []
    pub_scored = pub_right = dates_without_gold = 0
    bad_dates = []
    names = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "expected-metadata.json")))
    for name in names:
        with open(os.path.join(root, name, "expected-metadata.json"), encoding="utf-8") as f:
            exp = json.load(f)
        art = profiles.get(name, {}).get("article", {})
        if norm_ws(exp.get("title")) == norm_ws(art.get("title")):
            titles += 1
        else:
            bad_titles.append((name, exp.get("title"), art.get("title")))
        verdict = byline_verdict(exp.get("byline"), art.get("authors") or [])
        if verdict == "right":
            bylines += 1
        elif verdict == "wrong":
            wrong.append((name, norm_ws(exp.get("byline")), art.get("authors")))
        else:
            missed.append((name, norm_ws(exp.get("byline"))))
        if exp.get("publishedTime"):
            pub_scored += 1
            if art.get("published") and same_moment(exp["publishedTime"], art["published"]):
                pub_right += 1
            else:
                bad_dates.append((name, exp["publishedTime"], art.get("published")))
        elif art.get("published"):
            dates_without_gold += 1
    n = len(names)
    t_acc, b_acc = titles / n, bylines / n
    p_acc = pub_right / pub_scored if pub_scored else 1.0
    print(f"\n== Metadata: mozilla/readability test pages, {n} pages ==")
    print(f"{'field':<12} {'accuracy':>9} {'goal':>6}  detail")
    print(f"{'title':<12} {t_acc:>9.3f} {GOAL_TITLE:>6.2f}  {titles}/{n} equal after white-space collapsing")
    print(f"{'byline':<12} {b_acc:>9.3f} {GOAL_BYLINE:>6.2f}  {bylines}/{n} right, {len(wrong)} wrong author(s), "
          f"{len(missed)} missed")
    print(f"{'published':<12} {p_acc:>9.3f} {GOAL_PUBLISHED:>6.2f}  {pub_right}/{pub_scored} pages with an expected "
          f"time; {dates_without_gold} date(s) found where Readability has none")
    for name, e, o in bad_titles:
        print(f"  title     {name}: expected {norm_ws(e)!r}, got {norm_ws(o)!r}")
    for name, e, o in wrong:
        print(f"  wrong     {name}: expected {e!r}, got {o!r}")
    for name, e in missed:
        print(f"  missed    {name}: expected {e!r}")
    for name, e, o in bad_dates:
        print(f"  published {name}: expected {e!r}, got {o!r}")
    if t_acc < GOAL_TITLE:
        failures.append(f"metadata: title accuracy {t_acc:.3f} < {GOAL_TITLE}")
    if b_acc < GOAL_BYLINE:
        failures.append(f"metadata: byline accuracy {b_acc:.3f} < {GOAL_BYLINE}")
    if p_acc < GOAL_PUBLISHED:
        failures.append(f"metadata: published accuracy {p_acc:.3f} < {GOAL_PUBLISHED}")


def section_holdout(binary, corpus, tmp, failures):
    archive = os.path.join(corpus, "extraction-holdout", "pages.tar.gz")
    if not os.path.exists(archive):
        print("\n== Holdout: pages.tar.gz not found; skipped ==")
        return
    work = os.path.join(tmp, "holdout")
    os.makedirs(work)
    with tarfile.open(archive) as tar:
        tar.extractall(work, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(work)
    pages = os.path.join(work, "pages")
    remaining = sorted(os.listdir(pages))
    total = len(remaining)
    crashes, times, profiles, wall, steady = [], {}, {}, 0.0, 0.0
    attempt = 0
    # A crash ends a batch: the page after the last one logged is the culprit; it is
    # set aside and the rest is scored again.
    while remaining and attempt < 20:
        attempt += 1
        batch = os.path.join(work, f"batch{attempt}")
        os.makedirs(batch)
        for name in remaining:
            os.symlink(os.path.join(pages, name), os.path.join(batch, name))
        run = run_provscore(binary, batch, os.path.join(work, f"out{attempt}"))
        wall += run["wall"]
        steady += run["steady"]
        times.update({os.path.basename(k): v for k, v in run["times"].items()})
        if run["code"] in (0, 1):
            profiles.update(by_basename(run["profiles"]))
            break
        done = {os.path.basename(k) for k in run["times"]}
        left = [n for n in remaining if n not in done]
        if not left:
            break
        crashes.append((left[0], run["code"]))
        remaining = left[1:]
    with_errors = [(n, [e["code"] for e in p.get("errors", [])]) for n, p in profiles.items() if p.get("errors")]
    empty = [n for n, p in profiles.items() if not p["article"]["text"].strip() and not p.get("errors")]
    print(f"\n== Holdout: trafilatura evaluation pages, {total} pages (no expected texts here) ==")
    print(f"scored {len(profiles)} page(s); {total / steady:.1f} pages/s ({wall:.1f} s wall); "
          f"{len(crashes)} crash(es); {len(with_errors)} with errors; {len(empty)} with empty text")
    for name, code in crashes:
        print(f"  crash  {name}: exit {code}")
    for name, codes in with_errors[:20]:
        print(f"  errors {name}: {', '.join(codes)}")
    slow = sorted(times.items(), key=lambda kv: -kv[1])[:10]
    print("slowest pages: " + ", ".join(f"{n} {t * 1000:.0f} ms" for n, t in slow))
    if crashes:
        failures.append(f"holdout: {len(crashes)} crash(es)")


def perturbed_corpus(corpus, kind, tmp):
    """A copy of the corpus parts this eval reads, with every page rewritten by
    signals_eval.perturb(kind); gold files are copied unchanged. Returns its root."""
    sys.path.insert(0, HERE)
    from signals_eval import perturb  # noqa: E402 (the one definition of a perturbation)
    root = os.path.join(tmp, "perturbed-" + kind)
    for dirpath, _, names in os.walk(corpus):
        rel = os.path.relpath(dirpath, corpus)
        top = rel.split(os.sep)[0]
        if top not in ("extraction", "metadata", "fundus"):
            continue
        os.makedirs(os.path.join(root, rel), exist_ok=True)
        for name in names:
            src, dst = os.path.join(dirpath, name), os.path.join(root, rel, name)
            if name.endswith(".html"):
                with open(src, "rb") as f:
                    text = f.read().decode("utf-8", "surrogateescape")
                with open(dst, "wb") as f:
                    f.write(perturb(text, kind).encode("utf-8", "surrogateescape"))
            elif name.endswith(".json"):
                shutil.copyfile(src, dst)
    return root


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--corpus", default=os.environ.get("PROVSCORE_CORPUS",
                                                      os.path.join(ROOT, "..", "shared", "corpus")))
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-holdout", action="store_true")
    ap.add_argument("--no-fundus", action="store_true")
    ap.add_argument("--perturb", choices=("classes", "metadata", "both"),
                    help="score rewritten copies of the pages (see the module docstring)")
    ap.add_argument("--pages", metavar="FILE",
                    help="write per-page (P, R) of the ScrapingHub pages and the fundus tune pages "
                         "as JSON (measure pages are never written), to compare two runs")
    ap.add_argument("-v", "--verbose", action="store_true", help="list fundus tune pages whose authors or date disagree")
    ap.add_argument("--tune-only", action="store_true",
                    help="fundus: score and print the tune side alone (the tuning loop's run); no holdout; fundus not gated")
    args = ap.parse_args()
    global VERBOSE, TUNE_ONLY
    VERBOSE = args.verbose
    TUNE_ONLY = args.tune_only
    if TUNE_ONLY:
        args.no_holdout = True
    corpus = os.path.abspath(args.corpus)
    if not os.path.isfile(os.path.join(corpus, "extraction", "ground-truth.json")):
        print(f"extraction eval: {corpus} not found; skipped")
        return 0
    failures = []
    with tempfile.TemporaryDirectory(prefix="provscore-extraction-") as tmp:
        holdout_corpus = corpus
        if args.perturb:
            corpus = perturbed_corpus(corpus, args.perturb, tmp)
            print(f"(pages perturbed: --perturb {args.perturb}; goals printed, not gated)")
        section_extraction(args.binary, corpus, tmp, not args.no_peers, failures)
        section_metadata(args.binary, corpus, tmp, failures)
        if not args.no_fundus:
            section_fundus(args.binary, corpus, tmp, not args.no_peers, failures)
        if not args.no_holdout:
            section_holdout(args.binary, holdout_corpus, tmp, failures)
    if args.pages:
        with open(args.pages, "w", encoding="utf-8") as f:
            json.dump(PAGE_SCORES, f, indent=0, sort_keys=True)
    print()
    if args.perturb:
        failures = [f for f in failures if "provscore exited" in f or "crash" in f]
    if failures:
        for f in failures:
            print("BELOW GOAL: " + f)
        return 1
    print("extraction eval: every goal met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
