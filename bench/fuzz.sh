#!/usr/bin/env bash
# Runs one libFuzzer target for a while and prints its figures.
#
#   bench/fuzz.sh [--build DIR] TARGET SECONDS [libFuzzer flags...]
#   bench/fuzz.sh docx 3600                  # an hour on the DOCX reader
#   bench/fuzz.sh --list                     # the targets
#
# The fuzzers live in the sanitizer build (ASan + UBSan + libFuzzer, clang):
# DIR defaults to build-sanitize, configured and built here when missing
# (scripts/test.sh builds the same tree). The corpus grows in
# DIR/fuzz/corpus/TARGET, over the seeds made from samples/
# (DIR/fuzz/seeds/TARGET, by make_seeds) and the committed crash inputs
# (tests/data/fuzz-regressions/TARGET). A crash, leak, sanitizer report or
# an input slower than 25 s stops the run with exit code 1 and leaves the
# input in DIR/fuzz/crashes/TARGET/: fix the cause, then commit the input to
# tests/data/fuzz-regressions/TARGET/ so CTest replays it from then on.
#
# On a shared machine run it under `nice -n 19`. Never pause a run with
# SIGSTOP: libFuzzer's time limit is wall-clock, so the input in hand when
# the process resumes is reported as a timeout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-sanitize"
if [ "${1:-}" = "--build" ]; then
  build="$(cd "$2" && pwd)"
  shift 2
fi
targets=(file_type zip xml docx pdf image text normalize_text numbers dates legacy rules config document_json worker_wire)
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi
if [ $# -lt 2 ]; then
  echo "usage: bench/fuzz.sh [--build DIR] TARGET SECONDS [libFuzzer flags...]  (targets: ${targets[*]})" >&2
  exit 2
fi
target="$1"
seconds="$2"
shift 2
if [[ " ${targets[*]} " != *" $target "* ]]; then
  echo "fuzz.sh: no target '$target' (targets: ${targets[*]})" >&2
  exit 2
fi

if [ ! -x "$build/fuzz/fuzz_$target" ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
      -DBAOCAO_SANITIZE=ON -DBAOCAO_FUZZ=ON >/dev/null
  fi
  cmake --build "$build" -j2 --target "fuzz_$target" make_seeds
fi
seeds="$build/fuzz/seeds"
if [ ! -d "$seeds/$target" ]; then
  "$build/fuzz/make_seeds" "$root" "$seeds" >/dev/null
fi
corpus="$build/fuzz/corpus/$target"
crashes="$build/fuzz/crashes/$target"
mkdir -p "$corpus" "$crashes"
inputs=("$corpus" "$seeds/$target")
if [ -d "$root/tests/data/fuzz-regressions/$target" ]; then
  inputs+=("$root/tests/data/fuzz-regressions/$target")
fi

# Leaks are reported as they happen (libFuzzer checks each input); every
# UBSan report is fatal (-fno-sanitize-recover) and printed with its stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-allocator_may_return_null=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}"
export OMP_THREAD_LIMIT=1
log="$build/fuzz/$target.log"
status=0
started=$(date +%s)
"$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -malloc_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$crashes/" "$@" "${inputs[@]}" >"$log" 2>&1 || status=$?
elapsed=$(( $(date +%s) - started ))
# (-a: a target's own output may hold any bytes; the last stats are the run's.)
runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
rate=$(grep -a -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
cov=$(grep -a -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
echo "fuzz $target: ${runs} executions in ${elapsed} s (${rate}/s), coverage ${cov}, corpus $(ls "$corpus" | wc -l) new inputs"
if [ "$status" -ne 0 ]; then
  echo "fuzz $target: FAILED (exit $status); the report:" >&2
  grep -a -E -A40 '^==[0-9]+==ERROR|runtime error|fuzz check failed|ERROR: libFuzzer' "$log" | head -80 >&2 || tail -40 "$log" >&2
  echo "input kept in $crashes/ (log: $log)" >&2
  exit 1
fi
