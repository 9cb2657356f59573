#!/usr/bin/env bash
# Scores ../shared/seeds (beside the repository) and compares with its labels.
# Skips cleanly, exit 0, when ../shared is absent. Usage: seeds_check.sh PROVSCORE_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
binary="${1:-$root/build/cli/provscore}"
seeds="${PROVSCORE_SEEDS:-$root/../shared/seeds}"
if [ ! -f "$seeds/labels.jsonl" ]; then
  echo "seeds_check: $seeds not found; skipped"
  exit 0
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
set +e
"$binary" score "$seeds" --out "$out" -q
code=$?
set -e
if [ "$code" -ge 2 ]; then
  echo "seeds_check: provscore failed with exit code $code" >&2
  exit 1
fi
python3 "$here/seeds_check.py" "$seeds/labels.jsonl" "$out/profiles.jsonl"
