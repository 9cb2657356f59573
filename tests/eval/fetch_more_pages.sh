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

package="@postlight/mercury-parser"
version="1.1.1"
tgz="postlight-mercury-parser-$version.tgz"
integrity="sha512-LijsCAXeRErtzwhJ8wIdJcL9bDt+DkpQC7YGyeIFusigKk4Js1mCHOo0cRzwdqivMXnFefaT6VB0TYV7uB6uEA=="
expected_pages=110

cache="${PROVSCORE_MORE_PAGES:-$HOME/.cache/provscore/more-pages}"
dest="$cache/mercury-parser-$version"

if [ -f "$dest/.complete" ] && [ "$(cat "$dest/.complete")" = "$integrity" ]; then
  echo "fetch_more_pages: $dest already there; nothing to do"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch_more_pages: npm not found (apt install npm); $package@$version not fetched; skipped" >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && timeout 300 npm pack "$package@$version" --loglevel=error >npm-pack.log 2>&1); then
  echo "fetch_more_pages: npm could not fetch $package@$version (offline? registry unreachable?); skipped:" >&2
  grep -m 4 -E "npm (error|ERR!) (code|[A-Za-z]*Error)" "$work/npm-pack.log" >&2 || tail -n 5 "$work/npm-pack.log" >&2 || true
  exit 0
fi
tarball="$work/$tgz"
if [ ! -f "$tarball" ]; then
  echo "fetch_more_pages: npm pack wrote no $tgz" >&2
  exit 1
fi
actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
if [ "$actual" != "$integrity" ]; then
  echo "fetch_more_pages: $tgz does not match the recorded integrity" >&2
  echo "  expected $integrity" >&2
  echo "  got      $actual" >&2
  exit 1
fi

# Only the HTML fixtures: package/fixtures/**/*.html -> <staging>/fixtures/**/*.html.
staging="$work/mercury-parser-$version"
mkdir -p "$staging"
tar -xzf "$tarball" -C "$staging" --strip-components=1 --wildcards 'package/fixtures/*.html'
count="$(find "$staging/fixtures" -name '*.html' | wc -l)"
if [ "$count" -ne "$expected_pages" ]; then
  echo "fetch_more_pages: expected $expected_pages pages in the tarball, found $count" >&2
  exit 1
fi
echo "$integrity" >"$staging/.complete"

mkdir -p "$cache"
rm -rf "$dest"
mv "$staging" "$dest"
echo "fetch_more_pages: $count pages of $package@$version in $dest"
