#!/usr/bin/env bash
# Extraction evaluation (issue 3): runs tests/eval/extraction.py on ../shared/corpus.
# Skips cleanly, exit 0, when ../shared is absent. Usage: extraction.sh PROVSCORE_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
binary="${1:-$root/build/cli/provscore}"
corpus="${PROVSCORE_CORPUS:-$root/../shared/corpus}"
if [ ! -f "$corpus/extraction/ground-truth.json" ]; then
  echo "extraction eval: $corpus not found; skipped"
  exit 0
fi
exec python3 "$here/extraction.py" "$binary" --corpus "$corpus" "${@:2}"
