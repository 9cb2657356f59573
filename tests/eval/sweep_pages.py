"""Scores a sweep's invented pages with a provscore binary: the one step the sweeps
(cross_link_sweep.py, wire_position_sweep.py, author_bio_sweep.py) share. Standard library only."""
import argparse
import atexit
import json
import os
import shutil
import subprocess
import tempfile


def work_folder(keep, prefix):
    """The folder a sweep writes its pages and profiles to: `keep` (the sweep's --keep) when
    given, left in place; else a new temporary folder, removed when the sweep exits (a sweep's
    pages and profiles take up to 2 GB)."""
    if keep:
        return keep
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


def score_pages(binary, folder, pages, signal_type, extra_args=()):
    """Writes `pages` ({file name: html}) to folder/pages, scores them with `binary`
    (`score -j 2` and `extra_args`, e.g. `--rules DIR`; profiles in folder/out) and
    returns {file name: [signals of `signal_type`]}; a page with no profile is absent
    from the result."""
    pages_dir = os.path.join(folder, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    for fname, html in pages.items():
        with open(os.path.join(pages_dir, fname), "w", encoding="utf-8") as f:
            f.write(html)
    out = os.path.join(folder, "out")
    subprocess.run([binary, "score", pages_dir, "-j", "2", "--out", out, *extra_args], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    got = {}
    with open(os.path.join(out, "profiles.jsonl"), encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            got[os.path.basename(p["input"]["path"])] = [s for s in p["signals"] if s["type"] == signal_type]
    return got


def sweep_parser(only_help, show_help):
    """The command line every sweep takes: the binary, --only (a case's name holds this),
    --lang, --show (print each wrong case) and --keep (keep the pages in a folder); a
    sweep adds its own options to the parser returned."""
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--only", help=only_help)
    ap.add_argument("--lang", help="one language code")
    ap.add_argument("--show", action="store_true", help=show_help)
    ap.add_argument("--keep", help="write the pages to this folder and keep them")
    return ap
