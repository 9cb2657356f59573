#!/usr/bin/env python3
"""Capture history at scale: `provscore history --archive` over URLS x 20 captures.

Writes, in a temporary folder (removed at the end), an archive of 1,000 article URLs
with 20 captures each (and, for 100 and 500 URLs, archives of its first WARC files) (WARC/1.1, one gzip member per record, an
index.cdxj in pywb's format), as `watch` would leave them after a re-capture schedule.
Every page is generated (seeded PRNG, invented words and names), shaped like a news
page: a head with JSON-LD and Open Graph, a navigation bar of 40 links, an advert, a
"generated at" stamp, a 6-20 paragraph article with a byline and date, a most-read rail,
a footer -- 25-60 KB. Between captures a script edits each page, drawn per capture:

  unchanged (a revisit record)  40%     adverts and stamp only   15%
  paragraph rewritten           10%     headline changed          7%
  published date changed         5%     correction appended       5%
  paragraph added                5%     byline changed            5%
  link added in the body         5%     wire credit removed       3%

Then it runs `provscore history --archive DIR --json` (every URL, every capture) on
each archive, in alternating rounds, and prints captures/second (all captures, a
revisit included) and the process's peak memory (ru_maxrss), so growth with the
archive size can be read off. Nothing is committed; nothing is read from the corpus.

Usage: history_bench.py PROVSCORE_BINARY [--sizes 100,500,1000] [--captures 20]
       [--rounds 1] [--keep DIR]
"""
import argparse
import base64
import gzip
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

WORDS = ("council harbour ferry quay board vote budget school hospital river bridge train strike market "
         "price energy water storm road police court election minister mayor residents officials report "
         "plan works cost million year month week spring summer autumn winter north south east west old "
         "new town city region district village coast island valley station library museum park festival "
         "approved rejected announced confirmed denied said told reporters statement meeting hours during "
         "after before while because however although despite several many few most local regional").split()
FIRST = "Mara Tomas Lucien Ines Oskar Freya Anton Lena Pavel Nadia Emil Sofia".split()
LAST = "Lindqvist Ferreira Marchetti Okafor Brandt Novak Haugen Castell Ivers Moreau Dalby Rusk".split()
START = datetime(2024, 3, 1, 6, 0, 0, tzinfo=timezone.utc)
# Offsets after discovery, as `watch` re-captures (1 h, 6 h, 1 d, 3 d, 7 d), then more.
OFFSETS_H = [0, 1, 6, 24, 72, 168] + [168 + 24 * k for k in range(1, 40)]
EDITS = [("unchanged", 40), ("ads", 15), ("rewrite", 10), ("headline", 7), ("date", 5), ("correction", 5),
         ("added", 5), ("byline", 5), ("link", 5), ("credit", 3)]


def sentence(rng, n=None):
    words = [rng.choice(WORDS) for _ in range(n or rng.randint(10, 26))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


class Article:
    def __init__(self, rng, i):
        self.i = i
        self.headline = sentence(rng, rng.randint(6, 11))[:-1]
        self.author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.published = START + timedelta(minutes=7 * i)
        self.credit = rng.random() < 0.3
        self.paragraphs = [paragraph(rng) for _ in range(rng.randint(6, 20))]
        self.links = []
        self.notices = []
        self.advert = sentence(rng, 6)
        self.stamp = 0
        # The page's embedded state and style (what makes real news pages 50-150 KB):
        # read and dropped by extraction, the same on every capture.
        state = [{"id": rng.getrandbits(32), "title": sentence(rng, 8), "section": rng.choice(WORDS)}
                 for _ in range(rng.randint(120, 330))]
        self.state = json.dumps(state)
        self.style = "".join(f".c{k}{{margin:{k % 7}px;color:#{rng.getrandbits(24):06x}}}" for k in range(200))

    def edit(self, rng, kind, capture):
        if kind == "ads":
            self.advert = sentence(rng, 6)
        elif kind == "rewrite":
            k = rng.randrange(len(self.paragraphs))
            words = self.paragraphs[k].split()
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            self.paragraphs[k] = " ".join(words)
        elif kind == "headline":
            self.headline = sentence(rng, rng.randint(6, 11))[:-1]
        elif kind == "date":
            self.published += timedelta(hours=rng.randint(1, 30))
        elif kind == "correction":
            self.notices.append(f"Correction: An earlier version of this article misstated the {rng.choice(WORDS)} "
                                f"figure in capture {capture}.")
        elif kind == "added":
            self.paragraphs.insert(rng.randrange(len(self.paragraphs) + 1), paragraph(rng))
        elif kind == "byline":
            self.author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif kind == "link":
            self.links.append(f"/topics/{rng.choice(WORDS)}-{capture}")
        elif kind == "credit":
            self.credit = False
        self.stamp += 1  # every load of the page carries a new render stamp

    def html(self, host):
        pub = self.published.strftime("%Y-%m-%dT%H:%M:%SZ")
        nav = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in WORDS[:40])
        out = [f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{self.headline} | The Courier</title>',
               f'<meta property="og:title" content="{self.headline}"><meta property="og:type" content="article">',
               f'<meta property="og:url" content="https://{host}/news/{self.i}">',
               '<script type="application/ld+json">' + json.dumps(
                   {"@context": "https://schema.org", "@type": "NewsArticle", "headline": self.headline,
                    "author": {"@type": "Person", "name": self.author}, "datePublished": pub}) + "</script>",
               f"<style>{self.style}</style><script>window.__STATE__={self.state};</script>",
               f'<script>window.token="{self.stamp:08x}";</script></head><body>',
               f'<header><nav><ul>{nav}</ul></nav><p class="stamp">Generated {self.stamp}</p></header>',
               f'<div class="ad-slot advert"><a href="https://ads.example.net/c?{self.stamp}">{self.advert}</a></div>',
               f'<main><article><h1>{self.headline}</h1><p class="byline">By {self.author}</p>',
               f'<time datetime="{pub}">{pub[:10]}</time>']
        for k, p in enumerate(self.paragraphs):
            if k == 0 and self.credit:
                p = "PORTVIK (Reuters) - " + p
            if k < len(self.links):
                p += f' <a href="{self.links[k]}">More on this</a>.'
            out.append(f"<p>{p}</p>")
        out += [f"<p><em>{n}</em></p>" for n in self.notices]
        rail = "".join(f'<li><a href="/news/{self.i + k}">{sentence(random.Random(self.i + k), 8)}</a></li>'
                       for k in range(1, 9))
        out.append(f'</article><aside class="most-read"><h2>Most read</h2><ul>{rail}</ul></aside></main>')
        out.append("<footer><p>&copy; The Courier</p><p>" + " ".join(sentence(random.Random(k), 12) for k in range(12))
                   + "</p></footer></body></html>")
        return "".join(out).encode()


def warc_date(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def record(headers, block):
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(block)}\r\n\r\n"
    raw = head.encode() + block + b"\r\n\r\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=1, mtime=0) as z:
        z.write(raw)
    return buf.getvalue()


def surt(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return ",".join(reversed(host.split("."))) + ")/" + path


def write_archive(directory, urls, captures, seed):
    """`urls` articles x `captures` captures; returns the number of records."""
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(seed)
    kinds = [k for k, _ in EDITS]
    weights = [w for _, w in EDITS]
    index = []
    per_file = 100
    n = 0
    for first in range(0, urls, per_file):
        name = f"bench-{first // per_file:05d}.warc.gz"
        with open(os.path.join(directory, name), "wb") as f:
            offset = 0
            for i in range(first, min(first + per_file, urls)):
                host = f"courier{i % 50}.example"
                url = f"https://{host}/news/{i}"
                art = Article(rng, i)
                last = None  # (digest, date) of the last response
                for c in range(captures):
                    kind = "first" if c == 0 else rng.choices(kinds, weights)[0]
                    if kind not in ("first", "unchanged"):
                        art.edit(rng, kind, c)
                    t = art.published + timedelta(hours=OFFSETS_H[c], seconds=i % 60)
                    body = art.html(host)
                    digest = sha1_b32(body)
                    http_head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                                 f"Content-Length: {len(body)}\r\n\r\n").encode()
                    rid = f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>"
                    if last and last[0] == digest:
                        block = http_head
                        rec = record([("WARC-Type", "revisit"), ("WARC-Record-ID", rid), ("WARC-Date", warc_date(t)),
                                      ("WARC-Target-URI", url),
                                      ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
                                      ("WARC-Refers-To-Target-URI", url), ("WARC-Refers-To-Date", last[1]),
                                      ("WARC-Payload-Digest", digest), ("WARC-Block-Digest", sha1_b32(block)),
                                      ("Content-Type", "application/http; msgtype=response")], block)
                        mime, status = "warc/revisit", "200"
                    else:
                        block = http_head + body
                        rec = record([("WARC-Type", "response"), ("WARC-Record-ID", rid), ("WARC-Date", warc_date(t)),
                                      ("WARC-Target-URI", url), ("WARC-Payload-Digest", digest),
                                      ("WARC-Block-Digest", sha1_b32(block)),
                                      ("Content-Type", "application/http; msgtype=response")], block)
                        mime, status = "text/html", "200"
                        last = (digest, warc_date(t))
                    f.write(rec)
                    index.append(f'{surt(url)} {t.strftime("%Y%m%d%H%M%S")} ' + json.dumps(
                        {"url": url, "mime": mime, "status": status, "digest": digest[5:], "length": str(len(rec)),
                         "offset": str(offset), "filename": name}))
                    offset += len(rec)
                    n += 1
    index.sort()
    with open(os.path.join(directory, "index.cdxj"), "w") as f:
        f.write("\n".join(index) + "\n")
    return n


def measure(command):
    """Runs `command` in a child Python that reports the command's own wall time and peak RSS."""
    child = ("import resource, subprocess, sys, time\n"
             "t = time.monotonic()\n"
             "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
             "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "print(rc, time.monotonic() - t, u.ru_utime + u.ru_stime, u.ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", child] + command, capture_output=True, text=True, check=True)
    rc, wall, cpu, rss = out.stdout.split()
    if int(rc) != 0:
        raise SystemExit(f"history failed (exit {rc}): {' '.join(command)}")
    return float(wall), float(cpu), int(rss) / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--sizes", default="100,500,1000")
    parser.add_argument("--captures", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--keep", help="write the archives here and keep them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.captures > len(OFFSETS_H):
        raise SystemExit(f"--captures: at most {len(OFFSETS_H)}")
    root = args.keep or tempfile.mkdtemp(prefix="history-bench-")
    try:
        # One archive of the largest size; the smaller ones are its first WARC files
        # (100 URLs each, linked) with their lines of the index.
        big = max(sizes)
        full = os.path.join(root, f"a{big}")
        t = time.monotonic()
        if not os.path.exists(os.path.join(full, "index.cdxj")):
            write_archive(full, big, args.captures, seed=13)
        lines = open(os.path.join(full, "index.cdxj")).read().splitlines()
        counts = {}
        for n in sizes:
            d = os.path.join(root, f"a{n}")
            if n != big:
                os.makedirs(d, exist_ok=True)
                files = {f"bench-{k:05d}.warc.gz" for k in range((n + 99) // 100)}
                for f in files:
                    if not os.path.exists(os.path.join(d, f)):
                        os.symlink(os.path.join(full, f), os.path.join(d, f))
                with open(os.path.join(d, "index.cdxj"), "w") as out:
                    out.writelines(l + "\n" for l in lines if json.loads(l.split(" ", 2)[2])["filename"] in files)
            counts[n] = sum(1 for _ in open(os.path.join(d, "index.cdxj")))
            mb = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)) / 1e6
            print(f"archive {n} URLs: {counts[n]} captures, {mb:.0f} MB", flush=True)
        print(f"(written in {time.monotonic() - t:.1f} s)", flush=True)
        results = {n: [] for n in sizes}
        for _ in range(args.rounds):
            for n in sizes:
                cmd = [args.binary, "history", "--archive", os.path.join(root, f"a{n}"), "--json", "-q"]
                results[n].append(measure(cmd))
        print(f"\n{'URLs':>6} {'captures':>9} {'wall s':>8} {'captures/s':>11} {'CPU s':>8} {'captures/CPU s':>15} "
              f"{'peak RSS MB':>12} {'KB/capture':>11}")
        base = None
        for n in sizes:
            wall = min(w for w, _, _ in results[n])
            cpu = min(c for _, c, _ in results[n])
            rss = max(r for _, _, r in results[n])
            base = base or (n, rss)
            per = f"{(rss - base[1]) * 1024 / (counts[n] - counts[base[0]]):.2f}" if n != base[0] else "-"
            print(f"{n:>6} {counts[n]:>9} {wall:>8.1f} {counts[n] / wall:>11.0f} {cpu:>8.1f} {counts[n] / cpu:>15.0f} "
                  f"{rss:>12.1f} {per:>11}")
        print("\n(KB/capture: peak RSS growth over the smallest archive, per extra capture; CPU: user + system)")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
