#!/usr/bin/env bash
# Sets up and builds kefu, then runs its main job on the demo estate in data/: the morning's
# overdue list (kefu due) and the working complaint list. The demo estate's clock is fixed at
# the moment its records were generated, so the lists read the same on any day.
set -euo pipefail
cd "$(dirname "$0")/../.."
KEFU_BUILD_TARGET=kefu bash src/tools/setup.sh build >/dev/null  # kefu alone: the tests build later
export KEFU_DATA="$PWD/data" KEFU_NOW="${KEFU_NOW:-2026-11-26T09:30}"
echo "== kefu due（$KEFU_NOW 时须处理的事项）=="
build/kefu due || true
echo
echo "== kefu complaint list（未结案投诉）=="
build/kefu complaint list
