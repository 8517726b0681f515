#!/usr/bin/env bash
# Installs what kefu needs from Debian (only what is missing) and builds it into build/.
# Usage: bash src/tools/setup.sh [BUILD_DIR] [extra cmake options…]
set -euo pipefail
cd "$(dirname "$0")/../.."

# Build tools and libraries; see README.md "Dependencies" for why each is here.
packages=(cmake g++ make python3 libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
  libkainjow-mustache-dev nlohmann-json3-dev libxlsxwriter-dev libsqlite3-dev nettle-dev
  libminizip-dev libexpat1-dev zlib1g-dev libutf8proc-dev ${KEFU_EXTRA_PACKAGES:-})
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build="${1:-build}"
shift || true
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DKEFU_WERROR=ON "$@" >/dev/null
# KEFU_BUILD_TARGET: only that target (the demo needs kefu alone, not the tests).
cmake --build "$build" -j "$(nproc)" ${KEFU_BUILD_TARGET:+--target "$KEFU_BUILD_TARGET"}
