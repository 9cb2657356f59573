#!/usr/bin/env python3
"""Audit of wire credits on unlabelled pages, to read by hand.

  python3 tests/eval/wire_audit.py build/cli/provscore [--out DIR] [--json FILE]

Reads only pages nobody labelled for wire credits and no measured publisher printed:
the tune-side fundus pages (tests/eval/split.json), the ScrapingHub benchmark pages and
the Readability test pages, minus any page whose URL is on a measured publisher's site.
For each page it prints
  - every wire_attribution credit provscore finds, with its rule and evidence
    (precision: read each against the corpus README's rulings);
  - "page-only" credits: credit forms found in the page's visible text (every element
    but script, style, template and hidden ones) that the extracted article does not
    credit (recall: a credit line the extractor dropped). Each visible line naming an
    agency, with a line of context either side, is scored as a small text document of
    its own, so a line anywhere on the page is read as if it opened or closed a text.
Standard library only.
"""
import argparse
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))


def host_of(url):
    m = re.match(r"(?i)https?://([^/:?#]+)", url or "")
    return m.group(1).lower() if m else ""


def measured_host(host, measured):
    return any(host == d or host.endswith("." + d) for d in measured if "." in d)


def page_url(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        head = f.read(400000)
    for rx in (r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)',
               r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)',
               r'<link[^>]+href=["\']([^"\']+)["\'][^>]*rel=["\']canonical'):
        m = re.search(rx, head, re.I)
        if m:
            return m.group(1)
    return ""


def pages():
    split = json.load(open(os.path.join(HERE, "split.json")))
    measured = split["measured_publishers"]
    fx = os.path.join(CORPUS, "fundus/pages")
    for name in sorted(os.listdir(fx)):
        if split["pages"].get(name[:-5]) == "tune":
            yield os.path.join(fx, name)
    gold = json.load(open(os.path.join(CORPUS, "extraction/ground-truth.json")))
    ex = os.path.join(CORPUS, "extraction/pages")
    for name in sorted(os.listdir(ex)):
        url = gold.get(name[:-5], {}).get("url") or ""
        if not measured_host(host_of(url), measured):
            yield os.path.join(ex, name)
    md = os.path.join(CORPUS, "metadata")
    for name in sorted(os.listdir(md)):
        p = os.path.join(md, name, "source.html")
        if os.path.exists(p) and not measured_host(host_of(page_url(p)), measured):
            yield p


class VisibleText(html.parser.HTMLParser):
    """The page's visible text, one line per block element."""
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
             "article", "aside", "header", "footer", "figure", "figcaption", "blockquote", "tr",
             "td", "th", "table", "nav", "main", "dd", "dt", "address", "pre", "hr", "span_block"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col",
            "embed", "param", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, hidden)
        self.parts = []

    def hidden(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        hid = tag in self.SKIP or "hidden" in a or "display:none" in style or \
            a.get("aria-hidden") == "true" and tag in ("div", "span", "section")
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag not in self.VOID:
            self.stack.append((tag, hid))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden():
            self.parts.append(data)

    def lines(self):
        text = "".join(self.parts)
        return [re.sub(r"\s+", " ", l).strip() for l in text.split("\n") if l.strip()]


def visible_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        p = VisibleText()
        try:
            p.feed(f.read())
        except Exception:  # a torture page: what was read so far
            pass
    return p.lines()


def agency_patterns(rules, clear_only=False):
    """A pattern for the names and aliases of the lexicon's wire agencies; clear_only leaves out
    the one-word aliases of agencies marked `ambiguous` (common words: "RSS", "Mehr", "AA"...)."""
    out = []
    for o in json.load(open(os.path.join(rules, "outlets.json")))["outlets"]:
        if o.get("kind") != "wire_agency" or o.get("disabled"):
            continue
        for a in [o["name"]] + o.get("aliases", []):
            if len(a) >= 2 and not (clear_only and o.get("ambiguous") and " " not in a):
                out.append(a)
    out.sort(key=len, reverse=True)
    return re.compile("(?<![\\w-])(?:" + "|".join(re.escape(a) for a in out) + ")(?![\\w-])")


def score(binary, files, out, rules):
    env = dict(os.environ, PROVSCORE_RULES=rules)
    subprocess.run([binary, "score", *files, "--out", out, "-q"], check=False, env=env,
                   stdout=subprocess.DEVNULL)
    profiles = {}
    for line in open(os.path.join(out, "profiles.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        profiles[d["input"]["path"]] = d
    return profiles


def credits(profile):
    return [s for s in profile["signals"]
            if s["type"] == "wire_attribution" and s.get("role", "credit") == "credit"]


def evidence(signal):
    e = signal.get("evidence", [])
    return e if isinstance(e, list) else [e]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--rules", default=os.path.join(HERE, "..", "..", "rules"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--json", default=None, help="write the findings as JSON too")
    args = ap.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="wire-audit-")
    files = list(pages())
    profiles = score(args.binary, files, os.path.join(out, "html"), args.rules)

    agency = agency_patterns(args.rules)
    snippets = os.path.join(out, "lines")
    os.makedirs(snippets, exist_ok=True)
    snippet_of = {}
    for n, path in enumerate(files):
        lines = visible_lines(path)
        for i, line in enumerate(lines):
            if len(line) > 400 or not agency.search(line):
                continue
            doc = ["Audit line", *lines[max(0, i - 1):i], line, *lines[i + 1:i + 2]]
            name = os.path.join(snippets, f"{n:04d}-{i:05d}.txt")
            with open(name, "w", encoding="utf-8") as f:
                f.write("\n\n".join(doc) + "\n")
            snippet_of[name] = (path, line)
    line_profiles = score(args.binary, sorted(snippet_of), os.path.join(out, "lines-out"), args.rules) \
        if snippet_of else {}

    report = []
    for path in files:
        p = profiles.get(path)
        found = credits(p) if p else []
        names = {s["outlet"] for s in found}
        page_only = []
        for name, (src, line) in snippet_of.items():
            if src != path or name not in line_profiles:
                continue
            for s in credits(line_profiles[name]):
                if s["outlet"] not in names:
                    page_only.append({"outlet": s["outlet"], "rule": s["rule"], "line": line})
        if not found and not page_only:
            continue
        entry = {"page": path, "credits": [{"outlet": s["outlet"], "rule": s["rule"],
                                            "evidence": [(e.get("where"), e.get("text")) for e in evidence(s)]}
                                           for s in found], "page_only": page_only}
        report.append(entry)
        print(path.replace(CORPUS + "/", ""))
        for c in entry["credits"]:
            print(f"  CREDIT {c['outlet']} [{c['rule']}]")
            for where, text in c["evidence"][:4]:
                print(f"      {where}: {text[:160]!r}")
        seen = set()
        for c in page_only:
            key = (c["outlet"], c["line"])
            if key in seen:
                continue
            seen.add(key)
            print(f"  PAGE-ONLY {c['outlet']} [{c['rule']}]: {c['line'][:200]!r}")
    print(f"{len(files)} pages read; {sum(1 for e in report if e['credits'])} with credits "
          f"({sum(len(e['credits']) for e in report)} credits); "
          f"{sum(1 for e in report if e['page_only'])} with page-only credit forms", file=sys.stderr)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
