#!/usr/bin/env bash
# run.sh BUILD SECONDS TARGET...: runs each fuzz target for SECONDS on its corpus
# (BUILD/corpus/TARGET, grown in place), one after the other. Crash, leak and
# timeout reproducers go to BUILD/findings/TARGET/; exits 1 when any target failed.
# FUZZ_TIMEOUT (default 10) is libFuzzer's -timeout, in wall-clock seconds per input:
# raise it on a loaded machine, where a unit may get a twentieth of a core.
set -uo pipefail
build="$1"; seconds="$2"; shift 2
timeout="${FUZZ_TIMEOUT:-10}"
failed=()
for target in "$@"; do
  corpus="$build/corpus/$target"; findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "fuzz: $target for ${seconds}s"
  if ! "$build/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
       -max_len=262144 -print_final_stats=1 -artifact_prefix="$findings/" 2>"$build/findings/$target.log"; then
    failed+=("$target")
  fi
  grep -E "^stat::number_of_executed_units|^stat::new_units_added|^stat::peak_rss_mb" "$build/findings/$target.log" |
    tr '\n' ' '; echo
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (see $build/findings/)"; exit 1
fi
echo "fuzz: ${#@} targets, nothing found"
