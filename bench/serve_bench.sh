#!/usr/bin/env bash
# `baocao serve` benchmark: with 1,000 documents loaded (999 generated DOCX
# reports, bench/make_reports, and the scanned sample errors-table.scan.pdf),
# the median answer time over loopback of
#   - the documents page (all 1,000 listed, 200 a page),
#   - a document's verification screen,
#   - a page image of the scan rendered from the archived original (cache
#     emptied before each request), and the same image from the cache.
# Targets (issue 14): pages under 300 ms, a page image under 500 ms.
#
# Usage: bench/serve_bench.sh [N]   (after a build; BAOCAO_BUILD=DIR for another build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
build=${BAOCAO_BUILD:-build}
bin=$build/baocao
[ -x "$bin" ] && [ -x "$build/bench/make_reports" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
command -v curl >/dev/null || { echo "serve_bench needs curl" >&2; exit 1; }
work=$(mktemp -d /tmp/baocao-serve-bench.XXXXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/inbox"
"$build/bench/make_reports" $((n - 1)) "$work/inbox" >/dev/null
cp samples/errors-table.scan.pdf "$work/inbox/"
start=$(date +%s)
"$bin" ingest --inbox "$work/inbox" --db "$work/b.db" --settle 0 --log-file "$work/log" >/dev/null 2>&1 || true
loaded=$("$bin" export --db "$work/b.db" --all-versions | grep -c '"type":"document"')
echo "baocao serve benchmark: $loaded documents loaded in $(( $(date +%s) - start )) s, $(nproc) cores"

"$bin" serve --db "$work/b.db" --inbox "$work/inbox" --listen 127.0.0.1:0 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do grep -q 'http://' "$work/serve.err" && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.err")

export LC_ALL=C
median() {  # median URL RUNS [prepare-command]: milliseconds
  local url=$1 runs=$2 prepare=${3:-true} times=()
  for _ in $(seq "$runs"); do
    eval "$prepare"
    times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$url")")
  done
  if printf '%s\n' "${times[@]}" | grep -vq '^200 '; then echo "error: $url did not answer 200" >&2; fi
  printf '%s\n' "${times[@]}" | awk '{print $2 * 1000}' | sort -n |
    awk '{a[NR]=$1} END {printf "%.0f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
scan=$(curl -s "$base/documents?q=scan" | grep -o 'href="/documents/[0-9]*">errors-table.scan.pdf' | grep -o '[0-9]*' | head -1)
middle=$(( (loaded < 200 ? loaded : 200) / 2 + 1 ))  # a generated report in the middle of the first page
some=$(curl -s "$base/documents" | grep -o 'href="/documents/[0-9]*"' | sed -n "${middle}p" | grep -o '[0-9]*')
figures=$(curl -s "$base/documents/$some" | grep -o 'class="fig' | wc -l)

docs_ms=$(median "$base/documents" 21)
doc_ms=$(median "$base/documents/$some" 21)
scan_ms=$(median "$base/documents/$scan" 21)
cold_ms=$(median "$base/documents/$scan/page/1.png" 7 "rm -rf '$work/b.db.pages'")
warm_ms=$(median "$base/documents/$scan/page/1.png" 21)
printf '%-52s %6s ms  (target < 300)\n' "documents page (1 of $(( (loaded + 199) / 200 )), $(( loaded < 200 ? loaded : 200 )) rows), median" "$docs_ms"
printf '%-52s %6s ms  (target < 300)\n' "document page (#$some, $figures figure cells), median" "$doc_ms"
printf '%-52s %6s ms  (target < 300)\n' "document page of the scan (#$scan), median" "$scan_ms"
printf '%-52s %6s ms  (target < 500)\n' "page image, rendered from the original, median" "$cold_ms"
printf '%-52s %6s ms\n' "page image, from the cache, median" "$warm_ms"
