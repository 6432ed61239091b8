#!/usr/bin/env bash
# Text-PDF benchmark: pages per second of `baocao extract` (the whole
# pipeline: poppler text, ruling lines, layout, normalisation, extraction)
# against `pdftotext -layout` (text dump only), on the same files in one run.
# Target: baocao at 0.8x pdftotext's speed or better.
#
# Prints, for REPEAT passes over the files (default: the text-PDF twins in
# samples/, or the PDFs given), median of the passes:
#   pdftotext -layout, one process per file (how it is used)
#   baocao extract, one process per file (the price of loading Poppler,
#     Tesseract, ICU... in each process: about 15 ms)
#   baocao extract --jobs 1, one process for all files, one file at a time
#   baocao extract, one process, one file per core (how extract runs by
#     default; ingest forks a worker per file from one loaded parent)
# and the peak memory (max RSS) of one baocao process on the largest file.
#
# Usage: bench/pdf_bench.sh [PDF...]        (after a build: scripts/build.sh;
#        BAOCAO_BUILD=DIR for another build folder, REPEAT=N)
# Needs pdftotext (Debian: poppler-utils) for the comparison, and
# /usr/bin/time. Not needed by the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BAOCAO_BUILD:-build}/baocao
[ -x "$bin" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
repeat=${REPEAT:-5}
if [ $# -gt 0 ]; then files=("$@"); else
  files=()
  for f in samples/*.pdf; do case "$f" in *.scan.pdf|*.mixed.pdf) ;; *) files+=("$f") ;; esac; done
fi
pages=0
for f in "${files[@]}"; do
  n=$("$bin" extract "$f" | grep -m1 -o '"pages":[0-9]*' | cut -d: -f2 || true)
  pages=$((pages + ${n:-0}))
done
echo "text PDF benchmark: ${#files[@]} files, $pages pages, $repeat passes, $(nproc) cores"

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() {  # run LABEL COMMAND...: median seconds over $repeat passes
  local label=$1; shift
  local t
  t=$(for _ in $(seq "$repeat"); do
    local s; s=$(now); "$@" >/dev/null 2>&1; echo "$(now) - $s" | bc -l
  done | median)
  printf "  %-42s %7.3f s  %7.1f pages/s  %6.2f ms/page\n" "$label" "$t" \
    "$(echo "$pages / $t" | bc -l)" "$(echo "1000 * $t / $pages" | bc -l)"
  echo "$t"
}
per_file() { for f in "${files[@]}"; do "$@" "$f"; done; }
pdftotext_each() { for f in "${files[@]}"; do pdftotext -layout "$f" - ; done; }

results=()
if command -v pdftotext >/dev/null; then
  out=$(run "pdftotext -layout, a process per file" pdftotext_each); echo "$out" | head -1
  results+=("$(echo "$out" | tail -1)")
else
  echo "  pdftotext not installed (apt install poppler-utils): no comparison"
fi
out=$(run "baocao extract, a process per file" per_file "$bin" extract); echo "$out" | head -1
each=$(echo "$out" | tail -1)
out=$(run "baocao extract --jobs 1, one process" "$bin" extract --jobs 1 "${files[@]}"); echo "$out" | head -1
one=$(echo "$out" | tail -1)
out=$(run "baocao extract, one process, $(nproc) jobs" "$bin" extract "${files[@]}"); echo "$out" | head -1
all=$(echo "$out" | tail -1)
if [ ${#results[@]} -gt 0 ]; then
  printf "  speed vs pdftotext: %.2fx (a process per file), %.2fx (one process, 1 job), %.2fx (one process, %d jobs)\n" \
    "$(echo "${results[0]} / $each" | bc -l)" "$(echo "${results[0]} / $one" | bc -l)" \
    "$(echo "${results[0]} / $all" | bc -l)" "$(nproc)"
fi
largest=$(ls -S "${files[@]}" | head -1)
/usr/bin/time -f "%M" -o /tmp/baocao-pdf-bench.rss "$bin" extract "$largest" >/dev/null
echo "  peak memory, baocao extract $(basename "$largest"): $(( $(cat /tmp/baocao-pdf-bench.rss) / 1024 )) MiB"
rm -f /tmp/baocao-pdf-bench.rss
