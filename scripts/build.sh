#!/usr/bin/env bash
# Installs missing Debian packages, then configures and builds baocao in
# build/ (Release with debug info). Re-running rebuilds only what changed.
#
#   bash scripts/build.sh            everything: the binary, tests, fuzz replay, benches
#   bash scripts/build.sh baocao     only the given targets (command (a) needs only the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build -j"$jobs" "${targets[@]}"
