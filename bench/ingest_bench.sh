#!/usr/bin/env bash
# Ingest benchmark: generates N varied DOCX reports (default 1000), loads
# them with `baocao ingest`, then runs again over the same, already loaded
# files. Prints wall time, files/s and peak memory (max RSS) of each run.
#
# Usage: bench/ingest_bench.sh [N]    (after a build: scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
bin=build/app/baocao
[ -x "$bin" ] && [ -x build/bench/make_reports ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
work=$(mktemp -d /tmp/baocao-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/inbox"
build/bench/make_reports "$n" "$work/inbox"
bytes=$(du -sb "$work/inbox" | cut -f1)

measure() {  # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/env time -f '%M' -o "$work/rss" "$@" >"$work/out" 2>"$work/err" || true
  end=$(date +%s.%N)
  local secs rss
  rss=$(tail -1 "$work/rss")
  awk -v l="$label" -v s="$start" -v e="$end" -v n="$n" -v r="$rss" \
    'BEGIN { printf "%-32s %8.2f s  %8.1f files/s  peak %6.1f MiB\n", l, e - s, n / (e - s), r / 1024 }'
  head -1 "$work/out" | sed 's/^/    /'
}

echo "baocao ingest benchmark: $n DOCX reports, $((bytes / 1024)) KiB, $(nproc) cores"
measure "ingest (first run)" "$bin" ingest --inbox "$work/inbox" --db "$work/b.db"
# The second run sees the same files again (copied back from archive/).
mv "$work/inbox/archive"/*.docx "$work/inbox/"
measure "ingest (all already loaded)" "$bin" ingest --inbox "$work/inbox" --db "$work/b.db"
records=$("$bin" export --db "$work/b.db" | grep -vc '"type":"document"' || true)
echo "records in database: $records; database size $(du -k "$work/b.db" | cut -f1) KiB"
