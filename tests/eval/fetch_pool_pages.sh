#!/usr/bin/env bash
# Fetches the pages of the pool set (own-labels with "root": "pool-pages", the set "own-pool"
# of signals_eval.py): the 258 saved news pages that the npm package `article` 1.1.2 (MIT,
# Andreas Madsen's article extractor) ships as its real-life test pages, into a cache outside
# the clone: nothing of them is ever copied into the repository.
#
#   bash tests/eval/fetch_pool_pages.sh
#
# Writes test/reallife/source/*.html of the package and its URL map test/reallife/datamap.json
# (file key -> the page's address) to $PROVSCORE_POOL_PAGES/article-1.1.2/ (default
# ~/.cache/provscore/pool-pages/article-1.1.2/), the layout the labels' "file" fields name.
# The tarball is checked against the sha512 integrity recorded below (the one npm prints for
# the package) before anything is extracted. Idempotent: exits 0 at once when the folder is
# complete (it is moved into place only when whole, with a .complete marker). When npm is
# missing or the registry cannot be reached it says so and exits 0 (offline: signals_eval.py
# then skips those labels with a message); exit 1 when the tarball does not match or holds
# another number of pages.
set -euo pipefail

# shellcheck source=tests/eval/npm_fixtures.sh
. "$(dirname "$0")/npm_fixtures.sh"
fetch_npm_fixtures fetch_pool_pages article 1.1.2 \
  "sha512-CoJBxsmYA3YrgVtRP6S8WESB0xlQEXXopSzlEZThb/pB5AioIBh7HExq5vBs/nBXb+DPUnvc/Ply3IxC73z6VQ==" 258 \
  "${PROVSCORE_POOL_PAGES:-$HOME/.cache/provscore/pool-pages}/article-1.1.2" skip test/reallife/source \
  'test/reallife/source/*.html' 'test/reallife/datamap.json'
