#!/usr/bin/env bash
# Command (b) of the README: install, build, and pass every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --tests
# puppeteer-core for the browser test of `baocao serve` (no browser download:
# it drives Debian's chromium); the lock file pins every package.
if [ ! -d tests/desk/browser/node_modules/puppeteer-core ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/desk/browser --no-audit --no-fund --ignore-scripts
fi
bash scripts/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
cd build
ctest --output-on-failure -j"$jobs"
