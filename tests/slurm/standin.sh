#!/usr/bin/env bash
# TEST STAND-IN, not provscore: plays `provscore map` and `provscore merge` (issue 14, step 2)
# with `provscore score`, so that tests/slurm/run.sh can test the Slurm side before those
# commands exist. Used only by `run.sh --standin`; without it run.sh runs the real commands.
# Delete this file once map and merge have landed.
#
#   STANDIN_PROVSCORE=build/cli/provscore standin.sh map A.warc B.warc --out DIR --task-id K
#     -> DIR/profiles-K.jsonl (score's profiles) and DIR/signatures-K.jsonl (id and url per
#        profile), each written to a temporary name and renamed; does nothing when both exist.
#   STANDIN_PROVSCORE=... standin.sh merge DIR --out OUT
#     -> OUT/cross_article.jsonl (empty: the stand-in clusters nothing), OUT/report.json
#        ({"standin": true, "profiles": N}) and OUT/report.html.
set -euo pipefail
provscore=${STANDIN_PROVSCORE:?set STANDIN_PROVSCORE to the provscore binary}
command=${1:?map or merge}; shift
inputs=(); out=""; task=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --task-id) task=$2; shift 2 ;;
    *) inputs+=("$1"); shift ;;
  esac
done
[ -n "$out" ] || { echo "standin: --out is required" >&2; exit 2; }
mkdir -p "$out"
case "$command" in
  map)
    [ -n "$task" ] || { echo "standin: --task-id is required" >&2; exit 2; }
    profiles=$out/profiles-$task.jsonl signatures=$out/signatures-$task.jsonl
    if [ -f "$profiles" ] && [ -f "$signatures" ]; then exit 0; fi
    scratch=$(mktemp -d "$out/.standin-$task.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    # score exits 1 when some documents had errors; the profiles are still complete.
    "$provscore" score "${inputs[@]}" --out "$scratch" -q || [ $? -eq 1 ]
    python3 - "$scratch/profiles.jsonl" "$scratch/signatures" <<'EOF'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as dst:
    for line in src:
        p = json.loads(line)
        dst.write(json.dumps({"id": p["id"], "url": p["input"].get("url")}) + "\n")
EOF
    mv "$scratch/signatures" "$signatures.tmp" && mv "$signatures.tmp" "$signatures"
    mv "$scratch/profiles.jsonl" "$profiles.tmp" && mv "$profiles.tmp" "$profiles"
    ;;
  merge)
    n=$(cat "${inputs[0]}"/signatures-*.jsonl | wc -l)
    : > "$out/cross_article.jsonl"
    echo "{\"standin\": true, \"profiles\": $n}" > "$out/report.json"
    echo "<!DOCTYPE html><title>stand-in merge</title><p>$n profiles" > "$out/report.html"
    ;;
  *) echo "standin: unknown command $command" >&2; exit 2 ;;
esac
