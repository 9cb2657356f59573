#!/usr/bin/env python3
"""The draw of wire-s9.jsonl (fixed before any page was read; prints the drawn pages).

Pool: the pages wire_audit.pages() yields, minus those dev-labels.jsonl / dev2-labels.jsonl label
(the same fundus article by URL or by name, the same file hash, an sh-/rd- id) and minus every page
an own-labels file already labels for wire credit. Each page is marked by whether a visible line names
a wire agency of rules/outlets.json (one-word aliases of agencies marked `ambiguous` not counted).
Shuffled with seed 20261209, one page per site: every agency-naming site first (at most 12), then
pages naming none, from sites no earlier wire pass drew, to 22 pages."""
import glob, hashlib, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import wire_audit as wa
CORPUS = wa.CORPUS
RULES = os.path.join(HERE, "..", "..", "..", "rules")

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
    return re.sub(r"^(www|m|amp|edition)\.", "", h) or rel

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
for f in glob.glob(os.path.join(HERE, "*.jsonl")):
    for line in open(f):
        r = json.loads(line)
        if "wire credit" in r.get("families", []):
            done_files.add(r["file"])
            if os.path.basename(f).startswith("wire-"):
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

naming, plain = [], []
for path in wa.pages():
    rel = os.path.relpath(path, CORPUS)
    pid = page_id(path)
    if rel in done_files or pid in excl_ids or sha(path) in excl_hash:
        continue
    if rel.startswith("fundus/") and (pid[3:] in excl_stub or wa.page_url(path).rstrip("/") in excl_url):
        continue
    lines = wa.visible_lines(path)
    (naming if any(len(l) <= 400 and agency.search(l) for l in lines) else plain).append(path)
print(f"candidates {len(naming) + len(plain)}, naming an agency {len(naming)}", file=sys.stderr)
rng = random.Random(20261209)
rng.shuffle(naming)
rng.shuffle(plain)
drawn, sites = [], set()
for p in naming:
    if site(p) not in sites and len(drawn) < 12:
        drawn.append((p, "agency")); sites.add(site(p))
for p in plain:
    if len(drawn) >= 22:
        break
    if site(p) not in sites and site(p) not in done_sites:
        drawn.append((p, "none")); sites.add(site(p))
for p, kind in drawn:
    print(page_id(p), os.path.relpath(p, CORPUS), kind, site(p))
