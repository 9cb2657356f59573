#!/usr/bin/env bash
# Installs every build, test and evaluation dependency of provscore from Debian 12's
# packages. Idempotent: packages already present are left alone, and apt is only
# asked when something is missing. Run as root, or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  ccache           # make: rebuilds (and CI in a fresh clone) reuse earlier compiles
  libcurl4-openssl-dev libssl-dev
  libgumbo-dev
  libboost-json1.81-dev
  libspdlog-dev libfmt-dev
  libcli11-dev
  libre2-dev
  libuchardet-dev
  libpsl-dev   # base/host_name: which site a host belongs to (the Public Suffix List)
  libgtest-dev libgmock-dev
  libbenchmark-dev   # bench/stages: the per-stage micro-benchmarks (make bench-speed)
  zlib1g-dev libsqlite3-dev wget nodejs
  libpugixml-dev   # provscore watch: feeds and sitemaps
  libdeflate-dev   # fetch/: fast gzip members for WARC records
  clang libclang-rt-14-dev   # make fuzz: the libFuzzer targets under fuzz/
  nginx-light      # bench/fetch_bench.sh: the origin server
  python3-readability python3-html-text   # make eval-extraction: the readability-lxml peer
  chromium         # tests/browser: the HTML report in a real browser (make screenshots too)
  slurm-wlm munge  # tests/slurm: a one-node Slurm cluster for provscore slurm's job
  $(command -v npm >/dev/null 2>&1 || echo npm)   # the Readability.js peer (nodesource's nodejs bundles npm)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# tools/warc-validate (warcio.js) checks the archiver's WARC files independently.
# Debian's nodejs ships npm separately; some nodejs builds bundle it.
if ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get install -y -qq --no-install-recommends npm
fi
repo="$(cd "$(dirname "$0")/.." && pwd)"
validate="$repo/tools/warc-validate"
# Skipped when node_modules holds warcio and is newer than the lock file.
if ! [ -d "$validate/node_modules/warcio" ] \
   || [ "$validate/package-lock.json" -nt "$validate/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$validate" --no-audit --no-fund
else
  echo "install-deps: tools/warc-validate/node_modules is up to date"
fi

# tests/browser (playwright-core drives Debian's chromium; axe-core checks accessibility).
browser="$repo/tests/browser"
if ! [ -d "$browser/node_modules/playwright-core" ] \
   || [ "$browser/package-lock.json" -nt "$browser/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$browser" --no-audit --no-fund
else
  echo "install-deps: tests/browser/node_modules is up to date"
fi
