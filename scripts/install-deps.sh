#!/usr/bin/env bash
# Installs every build, test and evaluation dependency of provscore from Debian 12's
# packages. Idempotent: packages already present are left alone, and apt is only
# asked when something is missing. Run as root, or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  libcurl4-openssl-dev libssl-dev
  libgumbo-dev
  libboost-json1.81-dev
  libspdlog-dev libfmt-dev
  libcli11-dev
  libre2-dev
  libuchardet-dev
  libgtest-dev libgmock-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
