#!/usr/bin/env python3
"""Writes N deterministic HTML article pages of 50-150 KB for bench/fetch_bench.sh.

Text is drawn from a fixed vocabulary with a seeded PRNG, so it compresses like
prose (about 3-4x), not like random bytes or a repeated string.
usage: make_pages.py DIR N SEED
"""
import os
import random
import sys

WORDS = ("the council met on tuesday to discuss a new bus timetable budget report said "
         "minister agency correspondent reuters according officials statement told reporters "
         "week month year city region police court election vote government people local "
         "school hospital river bridge train strike market price energy water weather storm "
         "after before during while because however although despite several many few most "
         "announced confirmed denied reported published updated translated original source").split()


def page(rng, i, size):
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story {i}</title>"
             f"<meta name=\"author\" content=\"Reporter {i % 97}\"></head><body><article><h1>Story {i}</h1>"]
    n = sum(len(p) for p in parts)
    while n < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 24)))
        p = "<p>" + sentence.capitalize() + ". " + str(rng.randint(1, 10**6)) + "</p>\n"
        parts.append(p)
        n += len(p)
    parts.append("</article></body></html>\n")
    return "".join(parts)


def main():
    out, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(count):
        body = page(rng, i, rng.randint(50_000, 150_000))
        with open(os.path.join(out, f"p{i:05d}.html"), "w") as f:
            f.write(body)
        total += len(body)
    print(total)


if __name__ == "__main__":
    main()
