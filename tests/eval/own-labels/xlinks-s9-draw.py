#!/usr/bin/env python3
"""The draw of the xlinks-s9 labelling pass (cross-links), fixed before any page was read.

  python3 tests/eval/own-labels/xlinks-s9-draw.py            # prints the drawn pages

Pool: the pages tests/eval/wire_audit.py's pages() yields (measured publishers excluded), minus
every page an own-labels file already labels for cross-links, minus the pages dev-labels.jsonl or
dev2-labels.jsonl label (the same fundus article as an fd-/f2- page, the same file hash, or an
sh-/rd- page).
Mark (mechanical, from the raw HTML): in the element holding the most <p> children of 100+ visible
characters, some visible child strictly between the first and the last such paragraph is not one of
those paragraphs and holds a link to the page's own site (a relative link or one to the page's host,
'www.' ignored).
Draw: shuffle with seed 20261209, one page per site (host of the page's URL), 14 marked pages, then
8 unmarked pages from sites not yet drawn. Standard library only.
"""
import hashlib
import html.parser
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import wire_audit  # noqa: E402

CORPUS = wire_audit.CORPUS
SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col",
        "embed", "param", "track"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, attrs, parent, []
        style = (attrs.get("style") or "").replace(" ", "").lower()
        self.hidden = tag in SKIP or "hidden" in attrs or "display:none" in style or \
            (attrs.get("aria-hidden") == "true" and tag in ("div", "span", "section"))

    def text(self):
        if self.hidden:
            return ""
        return "".join(k if isinstance(k, str) else k.text() for k in self.kids)

    def links(self):
        if self.hidden:
            return
        if self.tag == "a" and self.attrs.get("href"):
            yield self.attrs["href"]
        for k in self.kids:
            if not isinstance(k, str):
                yield from k.links()

    def elements(self):
        yield self
        for k in self.kids:
            if not isinstance(k, str):
                yield from k.elements()


class Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v or "") for k, v in attrs}, self.cur)
        self.cur.kids.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.kids.append(data)


def norm_host(h):
    return h[4:] if h.startswith("www.") else h


def page_host(path):
    gold = json.load(open(os.path.join(CORPUS, "extraction/ground-truth.json")))
    name = os.path.basename(path)[:-5]
    url = gold.get(name, {}).get("url") if "/extraction/" in path else None
    return norm_host(wire_audit.host_of(url or wire_audit.page_url(path)))


def long_p(n):
    return not isinstance(n, str) and n.tag == "p" and not n.hidden and len(n.text().strip()) >= 100


def marked(path, host):
    t = Tree()
    t.feed(open(path, encoding="utf-8", errors="replace").read())
    best, most = None, 0
    for e in t.root.elements():
        c = sum(1 for k in e.kids if long_p(k))
        if c > most:
            best, most = e, c
    if best is None or most < 2:
        return False
    idx = [i for i, k in enumerate(best.kids) if long_p(k)]
    for k in best.kids[idx[0] + 1:idx[-1]]:
        if isinstance(k, str) or long_p(k) or k.hidden:
            continue
        for href in k.links():
            h = norm_host(wire_audit.host_of(href))
            if (not h and not href.startswith(("#", "mailto:", "javascript:", "tel:"))) or \
                    (host and h == host):
                return True
    return False


def labelled():
    done = set()
    for f in os.listdir(HERE):
        if f.endswith(".jsonl"):
            for line in open(os.path.join(HERE, f)):
                d = json.loads(line)
                if "cross-links" in d.get("families", []):
                    done.add(d["file"])
    ids, hashes = set(), set()
    for f in ("dev-labels.jsonl", "dev2-labels.jsonl"):
        for line in open(os.path.join(CORPUS, f)):
            d = json.loads(line)
            ids.add(d["id"])
            p = os.path.join(CORPUS, d["file"])
            if os.path.exists(p):
                hashes.add(hashlib.sha256(open(p, "rb").read()).hexdigest())
    return done, ids, hashes


def page_id(path):
    name = os.path.basename(path)[:-5]
    if "/fundus/" in path:
        return name, ["fd-" + name[3:], "f2-" + name[3:]]
    if "/extraction/" in path:
        return "sh-" + name[:8], ["sh-" + name[:8]]
    d = os.path.basename(os.path.dirname(path))
    return "rd-" + d, ["rd-" + d]


def main():
    done, ids, hashes = labelled()
    pool = []
    for p in wire_audit.pages():
        rel = os.path.relpath(p, CORPUS)
        pid, keys = page_id(p)
        if rel in done or any(k in ids for k in keys):
            continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() in hashes:
            continue
        host = page_host(p)
        pool.append((pid, rel, host, marked(p, host)))
    random.Random(20261209).shuffle(pool)
    sites, out = set(), []
    for want, cap in ((True, 14), (False, 8)):
        n = 0
        for pid, rel, host, m in pool:
            if m == want and n < cap and (host or pid) not in sites:
                sites.add(host or pid)
                out.append((pid, rel, host, m))
                n += 1
    print("pool %d, marked %d" % (len(pool), sum(1 for x in pool if x[3])), file=sys.stderr)
    for pid, rel, host, m in out:
        print("%s\t%s\t%s\t%s" % (pid, rel, host, "marked" if m else "unmarked"))


if __name__ == "__main__":
    main()
