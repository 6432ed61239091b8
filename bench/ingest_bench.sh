#!/usr/bin/env bash
# Ingest benchmark. Generates an inbox of N reports (bench/make_inbox.sh:
# DOCX and text PDF), then prints, for `baocao ingest`:
#   - the first run with --jobs 1 and with --jobs 2 (each on a fresh copy):
#     wall time, files/s, peak memory of the parent (the one writer) and of
#     the largest worker child;
#   - the second run over the same, already loaded inbox (files put back
#     from archive/): its wall time (target under 2 s for 10,000) and how
#     many documents it parsed (must be 0);
#   - the parent's peak memory on an inbox a tenth the size, to show it does
#     not grow with the number of documents.
#
# Usage: bench/ingest_bench.sh [N]   (after a build: scripts/build.sh;
#        BAOCAO_BUILD=DIR for another build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
build=${BAOCAO_BUILD:-build}
bin=$build/baocao
[ -x "$bin" ] && [ -x "$build/bench/make_reports" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
export BAOCAO_BUILD=$build
work=$(mktemp -d /tmp/baocao-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

mix=$(bench/make_inbox.sh "$n" "$work/src")
bytes=$(du -sb "$work/src" | cut -f1)
echo "baocao ingest benchmark: $n reports ($mix), $((bytes / 1024 / 1024)) MiB, $(nproc) cores"

field() {  # field NAME: a number from the JSON summary in $work/out
  grep -o "\"$1\":[0-9.]*" "$work/out" | head -1 | cut -d: -f2
}

run() {  # run LABEL DIR JOBS: one ingest, one line of figures
  local label=$1 dir=$2 jobs=$3
  /usr/bin/time -f '%e' -o "$work/time" "$bin" ingest --inbox "$dir/inbox" --db "$dir/b.db" --jobs "$jobs" \
    --settle 0 --progress none --log-file none --json >"$work/out" 2>"$work/err" || true
  local secs
  secs=$(tail -1 "$work/time")
  awk -v l="$label" -v s="$secs" -v n="$(field files)" -v p="$(field parsed)" -v q="$(field quarantined)" \
      -v pk="$(field parent_peak_kib)" -v wk="$(field worker_peak_kib)" \
    'BEGIN { printf "%-34s %8.2f s %8.1f files/s  parsed %5d  quarantined %d  peak: parent %6.1f MiB, worker %6.1f MiB\n",
             l, s, (s > 0 ? n / s : 0), p, q, pk / 1024, wk / 1024 }'
}

fresh() {  # fresh DIR SRC: an inbox holding a copy of SRC
  rm -rf "$1"; mkdir -p "$1/inbox"; cp "$2"/* "$1/inbox/"
}

fresh "$work/j1" "$work/src"
run "first run, --jobs 1" "$work/j1" 1
fresh "$work/j2" "$work/src"
run "first run, --jobs 2" "$work/j2" 2
"$bin" export --all-versions --db "$work/j1/b.db" >"$work/j1.jsonl"
"$bin" export --all-versions --db "$work/j2/b.db" >"$work/j2.jsonl"
if cmp -s "$work/j1.jsonl" "$work/j2.jsonl"; then same=identical; else same=DIFFERENT; fi
echo "    export --jobs 1 vs --jobs 2: $same ($(wc -l <"$work/j1.jsonl") lines)"
# The same files again, as the clerk might copy them back: all already loaded.
mv "$work/j2/inbox/archive"/* "$work/j2/inbox/"
run "second run, all already loaded" "$work/j2" 2

small=$((n / 10))
bench/make_inbox.sh "$small" "$work/small-src" >/dev/null
fresh "$work/small" "$work/small-src"
run "first run, $small reports, --jobs 2" "$work/small" 2
echo "database: $(du -k "$work/j2/b.db" | cut -f1) KiB for $n reports"
