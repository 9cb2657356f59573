#!/usr/bin/env python3
"""Lists unlabelled pages whose text names an outlet where credits are printed
(the first or last ~300 characters of the body, or a short line) while provscore
found no wire credit there: candidates to read by hand for credit conventions the
rules miss. Only tune-side fundus pages (tests/eval/split.json), the ScrapingHub
benchmark pages and the Readability test pages are read; never a measured page.

  python3 tests/eval/mine_wire_credits.py build/cli/provscore rules [--out DIR]
"""
import argparse, json, os, re, subprocess, sys, tempfile

CORPUS = "/work/shared/corpus"


def tune_pages():
    split = json.load(open(os.path.join(os.path.dirname(__file__), "split.json")))["pages"]
    fx = os.path.join(CORPUS, "fundus/pages")
    for name in sorted(os.listdir(fx)):
        if split.get(name[:-5]) == "tune":
            yield os.path.join(fx, name)
    ex = os.path.join(CORPUS, "extraction/pages")
    for name in sorted(os.listdir(ex)):
        yield os.path.join(ex, name)
    md = os.path.join(CORPUS, "metadata")
    for name in sorted(os.listdir(md)):
        p = os.path.join(md, name, "source.html")
        if os.path.exists(p):
            yield p


def aliases(rules):
    out = []
    for o in json.load(open(os.path.join(rules, "outlets.json")))["outlets"]:
        if o.get("ambiguous"):
            continue
        for a in [o["name"]] + o.get("aliases", []):
            if len(a) >= 2:
                out.append((a, o["name"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("rules")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    pages = list(tune_pages())
    out = args.out or tempfile.mkdtemp(prefix="mine-")
    subprocess.run([args.binary, "score", *pages, "--out", out, "-q"], check=False)
    known = aliases(args.rules)
    pats = [(re.compile(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])"), a, n) for a, n in known]
    for line in open(os.path.join(out, "profiles.jsonl")):
        d = json.loads(line)
        credits = {s.get("outlet") for s in d["signals"]
                   if s["type"] == "wire_attribution" and s.get("role") == "credit"}
        text = d["article"].get("text", "")
        zones = [text[:300], text[-300:]] + [l for l in text.split("\n") if 0 < len(l) <= 60]
        hits = set()
        for z in zones:
            for rx, a, n in pats:
                if n not in credits and rx.search(z):
                    hits.add((a, n))
        if hits:
            src = d["input"].get("path", d["id"])
            print(src, sorted(credits), sorted(n for _, n in hits))
            for z in zones:
                for rx, a, n in pats:
                    m = rx.search(z)
                    if m and (a, n) in hits:
                        print("    ", repr(z[max(0, m.start() - 80): m.end() + 80]))
                        break


if __name__ == "__main__":
    main()
