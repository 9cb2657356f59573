"""Signal detection evaluation: precision and recall per family on labelled pages.

Usage: signals_eval.py PROVSCORE_BINARY RULES_DIR [--goal-precision P] [--goal-recall R] [--report-only]

Scores the development split of ../shared/corpus (the pages listed in
dev-labels.jsonl) and ../shared/seeds with the binary, compares with the labels and
prints precision and recall per family, counted as the corpus README defines:
  - wire credit by outlet: per page, the set of credited outlets (outlet names on
    both sides mapped to lexicon ids through rules/outlets.json, so "AP" and
    "Associated Press" are one outlet);
  - translation notice and author bio by page (present or not);
  - cross-links by count (per page, min(found, labelled) are true positives).
Exits 1 when a family is below the goals (unless --report-only, which CI uses to
print the figures without gating on them), 0 otherwise; exit 0 with a message when
../shared is absent. Standard library only.
"""
import argparse
import json
import os
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


def evaluate(labels, profiles, alias, tallies):
    for label, path in labels:
        p = profiles.get(os.path.abspath(path))
        name = label["id"]
        if p is None:
            print(f"  missing profile for {name}")
            continue
        sig = p["signals"]
        credited = {outlet_key(s["outlet"], alias) for s in sig
                    if s["type"] == "wire_attribution" and s.get("role") == "credit"}
        expected = {outlet_key(o, alias) for o in label["wire_credit"]}
        tp = len(credited & expected)
        tallies["wire credit"].add(tp, len(credited - expected), len(expected - credited),
                                   f"{name}: found {sorted(credited)} labelled {sorted(expected)}")
        for family, sig_type, present in (
                ("translation notice", "translation_notice", label["translation_notice"]["present"]),
                ("author bio", "author_bio_boilerplate", label["author_bio_boilerplate"]["present"])):
            found = any(s["type"] == sig_type for s in sig)
            tallies[family].add(int(found and present), int(found and not present), int(present and not found),
                                f"{name}: found {found} labelled {present}")
        found_links = [s for s in sig if s["type"] == "injected_cross_link"]
        want = label["cross_links"]["count"]
        got = len(found_links)
        tallies["cross-links"].add(min(got, want), max(0, got - want), max(0, want - got),
                                   f"{name}: found {got} labelled {want}: "
                                   + " | ".join(s["evidence"]["text"][:60] for s in found_links))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("rules")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--goal-precision", type=float, default=0.95)
    ap.add_argument("--goal-recall", type=float, default=0.90)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every page that disagrees")
    ap.add_argument("--report-only", action="store_true", help="print the figures; exit 0 even below the goals")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    seeds = os.path.join(args.shared, "seeds")
    if not os.path.exists(os.path.join(corpus, "dev-labels.jsonl")):
        print(f"signals_eval: {corpus} not found; skipped")
        return 0
    labels = []
    for folder, name in ((corpus, "dev-labels.jsonl"), (seeds, "labels.jsonl")):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    labels.append((rec, os.path.join(folder, rec["file"])))
    alias = load_aliases(args.rules)
    with tempfile.TemporaryDirectory() as out:
        profiles = score(args.binary, [path for _, path in labels], out)
    tallies = {k: Tally() for k in ("wire credit", "translation notice", "author bio", "cross-links")}
    evaluate(labels, profiles, alias, tallies)

    print(f"Signal detection on {len(labels)} labelled pages (corpus dev split + seeds)")
    print(f"{'family':<20} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    ok = True
    for family, t in tallies.items():
        meets = t.precision() >= args.goal_precision and t.recall() >= args.goal_recall
        ok &= meets
        print(f"{family:<20} {t.tp:>4} {t.fp:>4} {t.fn:>4} {t.precision():>10.3f} {t.recall():>8.3f}"
              f"  {'ok' if meets else 'below goal'}")
    print(f"goals: precision >= {args.goal_precision}, recall >= {args.goal_recall}")
    if args.verbose:
        for family, t in tallies.items():
            for m in t.misses:
                print(f"  [{family}] {m}")
    return 0 if ok or args.report_only else 1


if __name__ == "__main__":
    sys.exit(main())
