#!/usr/bin/env python3
"""Hostile inputs, one per run: time, peak memory and outcome of `provscore score`.

  python3 bench/hostile/hostile_inputs.py build/cli/provscore [--keep DIR] [--timeout 120]

Writes each input of issue 12's table (and the other hostile forms it lists) into a
temporary folder, scores it alone as a whole process under /usr/bin/time, and prints
wall seconds, CPU seconds, peak RSS, the exit code and the per-document error codes.
Each input is followed by one ordinary page in the same batch, to show that the batch
goes on. The goal is under 10 s and 1 GiB for every row. Standard library only.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import uuid

ARTICLE = ("<html><head><title>Harbour ferry returns</title></head><body><article><h1>Harbour "
           "ferry returns</h1>" + "".join(
               f"<p>Paragraph {i}: the ferry crossed the bay again on Tuesday, the operator said, "
               "after a winter of repairs to its hull and engines.</p>" for i in range(6)) +
           "</article></body></html>")


def page(body):
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def warc_record(uri, html, extra_headers="", payload=None):
    payload = payload if payload is not None else html.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra_headers.encode() +
            f"Content-Length: {len(payload)}\r\n\r\n".encode()) + payload
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def make_inputs(folder):
    """(name, file name, bytes) for every hostile input."""
    prose = "the ferry crossed the bay again on Tuesday, the operator said, after a winter of repairs. "
    big_article = "<article><h1>Long</h1>" + ("<p>" + "word " * 200 + "</p>") * 50000 + "</article>"
    # Records of distinct text (random words), so a cut in the compressed file falls after
    # whole records, as it would in a real archive.
    good = [warc_record(f"http://example.org/ok{i}", ARTICLE.replace(
        "</article>", "<p>" + os.urandom(3000).hex() + "</p></article>")) for i in range(3)]
    whole = gzip.compress(b"".join(good))
    bomb = gzip.compress(b"\0" * (512 << 20), compresslevel=9)
    lying = warc_record("http://example.org/lie", ARTICLE).replace(b"Content-Length: ", b"Content-Length: 9", 1)
    return [
        ("200,000 attributes on one element", "attrs.html",
         page("<div " + " ".join(f'a{i}="v"' for i in range(200000)) + ">x</div>").encode()),
        ("100,000 nested <div>", "nested.html", page("<div>" * 100000 + "deep" + "</div>" * 100000).encode()),
        ("1,000,000 links in one article", "links.html",
         page("<article><p>" + "".join(f'<a href="/s/{i}">story {i}</a> ' for i in range(1000000)) +
              "</p></article>").encode()),
        ("one 50 MB article", "big.html", page(big_article).encode()[: 50 << 20]),
        ("a 10 MB line of text", "line.txt", ("word " * (2 << 20)).encode()),
        ("NUL bytes in HTML", "nul.html", ARTICLE.replace("ferry", "fer\0ry").encode() + b"\0" * 4096),
        ("UTF-16 without BOM", "utf16.html", ARTICLE.encode("utf-16-le")),
        ("a truncated whole-file-gzipped WARC", "cut.warc.gz", whole[: len(whole) * 2 // 3]),
        ("an empty .warc", "empty.warc", b""),
        ("a gzip bomb (512 MiB) in a record's Content-Encoding", "bomb.warc",
         good[0] + warc_record("http://example.org/bomb", "", "Content-Encoding: gzip\r\n", bomb)),
        ("a record whose Content-Length lies (too long)", "lying.warc", good[0] + lying),
        ("garbled bytes after a good record", "garbled.warc", good[0] + os.urandom(65536)),
        # Within every limit, but read per element over its siblings until session 15
        # (each took 10 s to minutes): the extractor's readings must stay linear.
        ("60,000 narrow grid columns in one row", "columns.html",
         page('<article><div class="row">' + '<div class="col-md-3"><p>Most read</p></div>' * 60000 +
              '<div class="col-md-9"><p>' + prose * 20 + '</p></div></div></article>').encode()),
        ("20,000 hidden prose blocks after 100,000 siblings", "hidden.html",
         page("<article><div>" + "<b></b>" * 100000 + f"<div hidden><p>{prose * 5}</p></div>" * 20000 +
              f"<p>{prose * 3}</p></div></article>").encode()),
        ("a closed <details> of 120,000 paragraphs", "details.html",
         page(f"<article><p>{prose * 3}</p><details><summary>More</summary>" +
              "".join(f"<p>Answer {i}: the board will say.</p>" for i in range(120000)) +
              "</details></article>").encode()),
        ("100,000 headed boxes after the headline", "headed.html",
         page("<article><h1>Harbour ferry returns</h1>" + "<div><h3>Note</h3></div>" * 100000 +
              "</article>").encode()),
        ("60,000 paragraphs citing one agency", "citations.html",
         page("<article>" + "".join(f"<p>Pier {i} will be rebuilt next year, the board said, according to "
                                    "Reuters.</p>" for i in range(60000)) + "</article>").encode()),
        ("40,000 closing credits, one after each paragraph", "credits.html",
         page("<article>" + f"<p>{prose}</p><p>\u00a9 2024 AFP. All rights reserved.</p>" * 40000 +
              "</article>").encode()),
        # Read against each other's lists until session 16's review (16 s for this page).
        ("a style sheet hiding 40,000 classes and showing 40,000, over 40,000 classed elements",
         "stylesheet.html",
         ("<html><head><style>" + "".join(f".h{i}{{display:none}}" for i in range(40000)) +
          "".join(f".s{i}{{display:block}}" for i in range(40000)) + "</style></head><body><article>"
          f"<h1>Ferry</h1><p>{prose * 3}</p>" + "".join(f'<div class="x{i} y{i}">t</div>' for i in range(40000)) +
          "</article></body></html>").encode()),
    ]


def run(binary, path, ordinary, out, timeout):
    cmd = ["/usr/bin/time", "-f", "%e %U %S %M", binary, "score", path, ordinary, "--out", out, "-q"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    wall, user, sys_, rss = p.stderr.strip().splitlines()[-1].split()
    codes, profiles = [], 0
    try:
        with open(os.path.join(out, "profiles.jsonl"), encoding="utf-8") as f:
            for line in f:
                profiles += 1
                codes += [e["code"] for e in json.loads(line).get("errors", [])]
    except OSError:
        pass
    return float(wall), float(user) + float(sys_), int(rss) / 1024, p.returncode, profiles, codes


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("--keep", help="write the inputs here and keep them")
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or tmp
        os.makedirs(folder, exist_ok=True)
        ordinary = os.path.join(folder, "ordinary.html")
        with open(ordinary, "w", encoding="utf-8") as f:
            f.write(ARTICLE)
        print(f"{'input':<54} {'wall s':>7} {'cpu s':>6} {'peak MiB':>9} {'exit':>4} {'profiles':>8}  errors")
        worst_wall, worst_rss = 0.0, 0.0
        for name, file_name, data in make_inputs(folder):
            path = os.path.join(folder, file_name)
            with open(path, "wb") as f:
                f.write(data)
            r = run(args.binary, path, ordinary, os.path.join(tmp, "out-" + file_name), args.timeout)
            if r is None:
                print(f"{name:<54} no answer in {args.timeout:.0f} s")
                worst_wall = float("inf")
                continue
            wall, cpu, rss, code, profiles, codes = r
            worst_wall, worst_rss = max(worst_wall, wall), max(worst_rss, rss)
            print(f"{name:<54} {wall:>7.2f} {cpu:>6.2f} {rss:>9.0f} {code:>4} {profiles:>8}  {','.join(sorted(set(codes))) or '-'}")
        print(f"worst: {worst_wall:.2f} s wall, {worst_rss:.0f} MiB (goal: under 10 s and 1024 MiB each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
