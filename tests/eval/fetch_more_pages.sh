#!/usr/bin/env bash
# Fetches the pages of tests/eval/own-labels/all-s12.jsonl (the saved news pages that the npm
# package @postlight/mercury-parser 1.1.1, MIT, ships as its test fixtures) into a cache
# outside the clone: nothing of them is ever copied into the repository.
#
#   bash tests/eval/fetch_more_pages.sh
#
# Writes fixtures/**/*.html of the package (package/fixtures/ only, not the extractors'
# own fixture under src/) to $PROVSCORE_MORE_PAGES/mercury-parser-1.1.1/ (default
# ~/.cache/provscore/more-pages/mercury-parser-1.1.1/), the layout the labels' "file" fields
# name (with "root": "more-pages"). The tarball is checked against the sha512 integrity
# recorded below (the one npm prints for the package) before anything is extracted.
# Idempotent: exits 0 at once when the folder is complete (it is moved into place only when
# whole, with a .complete marker). When npm is missing or the registry cannot be reached it
# says so and exits 0 (offline: signals_eval.py then skips those labels with a message);
# exit 1 when the tarball does not match or holds another number of pages.
set -euo pipefail

# shellcheck source=tests/eval/npm_fixtures.sh
. "$(dirname "$0")/npm_fixtures.sh"
# Only the HTML fixtures: package/fixtures/**/*.html (not the extractors' own fixture under src/).
fetch_npm_fixtures fetch_more_pages @postlight/mercury-parser 1.1.1 \
  "sha512-LijsCAXeRErtzwhJ8wIdJcL9bDt+DkpQC7YGyeIFusigKk4Js1mCHOo0cRzwdqivMXnFefaT6VB0TYV7uB6uEA==" 110 \
  "${PROVSCORE_MORE_PAGES:-$HOME/.cache/provscore/more-pages}/mercury-parser-1.1.1" skip fixtures \
  'fixtures/*.html'
