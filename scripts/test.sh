#!/usr/bin/env bash
# Command (b) of the README: install, build, and pass every test, in two
# tiers (CI runs both: .ci/run is this script with no argument).
#
#   scripts/test.sh            # both tiers
#   scripts/test.sh quick      # the ordinary build (build/, GCC) and its tests
#   scripts/test.sh sanitize   # the sanitizer build (build-sanitize/, clang):
#                              # every test under ASan + UBSan, the fuzz
#                              # replays and each fuzz target for a few seconds
#
# Each tier prints how long its build and its tests took.
set -euo pipefail
cd "$(dirname "$0")/.."
tier="${1:-all}"
case "$tier" in
  all|quick|sanitize) ;;
  *) echo "usage: scripts/test.sh [quick|sanitize]" >&2; exit 2 ;;
esac
jobs=$(nproc 2>/dev/null || echo 2)
clock() { date +%s; }
took() { echo "test.sh: $1 took $(( $(clock) - $2 )) s"; }

t=$(clock)
bash scripts/install-deps.sh --tests
# puppeteer-core for the browser test of `baocao serve` (no browser download:
# it drives Debian's chromium); the lock file pins every package.
# Node trusts only its own CA list unless told: the system's bundle also
# holds what the machine's admin added (an office proxy's CA, say), as apt
# and curl already use it.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
if [ ! -d tests/desk/browser/node_modules/puppeteer-core ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/desk/browser --no-audit --no-fund --ignore-scripts
fi
took "installing packages" "$t"

if [ "$tier" != sanitize ]; then
  t=$(clock)
  bash scripts/build.sh
  took "the build (build/)" "$t"
  t=$(clock)
  (cd build && ctest --output-on-failure -j"$jobs")
  took "the tests (build/)" "$t"
fi

if [ "$tier" != quick ]; then
  # One clang build serves both: the libraries carry ASan, UBSan and
  # libFuzzer's coverage hooks; the tests and the fuzz_* targets link them.
  # Every UBSan finding aborts (-fno-sanitize-recover); LeakSanitizer runs at
  # each process's exit; CTest gives every test the sanitizer options
  # (BAOCAO_TEST_ENVIRONMENT in CMakeLists.txt).
  t=$(clock)
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DBAOCAO_SANITIZE=ON -DBAOCAO_FUZZ=ON >/dev/null
  cmake --build build-sanitize -j"$jobs"
  took "the sanitizer build (build-sanitize/)" "$t"
  t=$(clock)
  # Also exported here: a test registered without CTest's environment
  # property (gtest discovery) still gets the third-party suppressions.
  (cd build-sanitize &&
    LSAN_OPTIONS="suppressions=$PWD/../tests/sanitizers/lsan.supp:print_suppressions=0" \
    ctest --output-on-failure -j"$jobs")
  took "the sanitizer tests and fuzz smoke (build-sanitize/)" "$t"
fi
