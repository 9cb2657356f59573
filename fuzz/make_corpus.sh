#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target under DIR (default build-fuzz/corpus)
# from the test fixtures (tests/data), the built-in rules and fuzz/seeds/. Idempotent.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/build-fuzz/corpus}"
mkdir -p "$out"/{html_fuzzer,warc_reader_fuzzer,rule_loader_fuzzer,profile_reader_fuzzer,feed_fuzzer,robots_fuzzer}
seed() {  # seed TARGET FILE...: copies each file under a name unique to its path
  local target="$1"; shift
  for f in "$@"; do cp -f "$f" "$out/$target/seed-$(echo "${f#"$repo"/}" | tr '/' '_')"; done
}
seed html_fuzzer $(find "$repo/tests/data" "$repo/examples" -name '*.html')
seed warc_reader_fuzzer "$repo"/tests/data/fetch/*.warc
seed rule_loader_fuzzer $(find "$repo/tests/data/rules" "$repo/rules" -name '*.json')
seed profile_reader_fuzzer "$repo"/fuzz/seeds/profile/*
seed feed_fuzzer "$repo"/fuzz/seeds/feed/*
seed robots_fuzzer "$repo"/fuzz/seeds/robots/*
echo "make_corpus: seeds in $out"
