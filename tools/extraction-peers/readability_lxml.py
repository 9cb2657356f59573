"""Runs readability-lxml (Debian python3-readability) over HTML files for
tests/eval/extraction.py. Run it with the system interpreter (/usr/bin/python3),
where Debian installs the module.

Usage: python3 readability_lxml.py OUT.json FILE...
Writes {"texts": {basename: text}, "seconds": extraction time, "errors": {...}}. The text
is html_text.extract_text(Document(html).summary(html_partial=True)), as
scrapinghub/article-extraction-benchmark's extractors/run_readability.py does.
"""
import json
import os
import sys
import time

import html_text
from readability import Document


def main(out, files):
    texts, errors, seconds = {}, {}, 0.0
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            html = f.read()
        name = os.path.basename(path)
        start = time.perf_counter()
        try:
            texts[name] = html_text.extract_text(Document(html).summary(html_partial=True))
        except Exception as e:  # a peer's failure on one page is data, not a crash
            texts[name] = ""
            errors[name] = f"{type(e).__name__}: {e}"[:200]
        seconds += time.perf_counter() - start
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"texts": texts, "seconds": seconds, "errors": errors}, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
