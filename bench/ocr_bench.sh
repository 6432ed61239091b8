#!/usr/bin/env bash
# OCR benchmark on the scan twins of the samples (samples/*.scan.pdf),
# side by side with the tesseract command line on the same pages.
#
# Prints:
#   1. seconds per page: `tesseract -l vie` on each page image (300 dpi
#      grey, OMP_THREAD_LIMIT=1: its fastest setting here) against
#      `baocao extract` on the scan PDFs with one OCR thread (same cores,
#      the whole pipeline: render, deskew, tables read cell by cell, layout,
#      extraction). Target: no slower per page.
#   2. a 10-page scan: baocao with its default workers (one engine per core)
#      against sequential tesseract on the same 10 pages. Target: 1.7x
#      faster on 2 cores. Peak memory of baocao on it and on one page (it
#      must not grow with the page count).
#   3. accuracy (bench/ocr_accuracy.py): character and digit error rates of
#      baocao's text and of whole-page tesseract against the DOCX text, and
#      figures precision/recall/F1 against the DOCX twin's records.
#
# Usage: bench/ocr_bench.sh        (after a build: scripts/build.sh;
#        BAOCAO_BUILD=DIR for another build folder; TESSDATA_PREFIX=DIR to
#        measure another vie.traineddata, e.g. the 4.0.0_best_int model)
# Needs: tesseract (Debian: tesseract-ocr), pdftoppm, pdfseparate, pdfunite
# (poppler-utils), /usr/bin/time, python3. Not needed by the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BAOCAO_BUILD:-build}/app/baocao
[ -x "$bin" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
for tool in tesseract pdftoppm pdfseparate pdfunite python3 bc; do
  command -v "$tool" >/dev/null || { echo "ocr_bench: $tool is missing" >&2; exit 1; }
done
work=$(mktemp -d /tmp/baocao-ocr-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
lang_args=(-l vie)
[ -n "${TESSDATA_PREFIX:-}" ] && lang_args+=(--tessdata-dir "$TESSDATA_PREFIX")

scans=(samples/*.scan.pdf)
pages=0
mkdir -p "$work/img" "$work/tess"
for f in "${scans[@]}"; do
  name=$(basename "$f" .scan.pdf)
  pdftoppm -r 300 -gray "$f" "$work/img/$name"
  pages=$((pages + $(ls "$work/img/$name"-*.pgm | wc -l)))
done
echo "OCR benchmark: ${#scans[@]} scans, $pages pages, $(nproc) cores, model ${TESSDATA_PREFIX:-Debian tesseract-ocr-vie}"

# 1. Per page, one thread each.
s=$(now)
for f in "${scans[@]}"; do
  name=$(basename "$f" .scan.pdf)
  for img in "$work/img/$name"-*.pgm; do
    OMP_THREAD_LIMIT=1 tesseract "$img" - "${lang_args[@]}" --psm 3 2>/dev/null >> "$work/tess/$name.txt"
  done
done
tess=$(echo "$(now) - $s" | bc -l)
s=$(now)
BAOCAO_OCR_THREADS=1 "$bin" extract --jobs 1 "${scans[@]}" > /dev/null
ours=$(echo "$(now) - $s" | bc -l)
printf "  tesseract CLI, whole page, 1 thread    %6.2f s/page\n" "$(echo "$tess / $pages" | bc -l)"
printf "  baocao extract, 1 OCR thread           %6.2f s/page  (%.2fx tesseract's time)\n" \
  "$(echo "$ours / $pages" | bc -l)" "$(echo "$ours / $tess" | bc -l)"

# 2. Ten pages in one file.
ls "$work"/img/*.pgm | head -10 > "$work/ten.list"
i=0
for f in "${scans[@]}"; do
  pdfseparate "$f" "$work/p-$(basename "$f" .scan.pdf)-%03d.pdf"
done
ls "$work"/p-*.pdf | head -10 > "$work/ten.pdfs"
pdfunite $(cat "$work/ten.pdfs") "$work/ten.pdf"
s=$(now)
while read -r img; do OMP_THREAD_LIMIT=1 tesseract "$img" - "${lang_args[@]}" --psm 3 >/dev/null 2>&1; done < "$work/ten.list"
tess10=$(echo "$(now) - $s" | bc -l)
s=$(now)
/usr/bin/time -f "%M" -o "$work/rss10" "$bin" extract "$work/ten.pdf" > /dev/null
ours10=$(echo "$(now) - $s" | bc -l)
/usr/bin/time -f "%M" -o "$work/rss1" "$bin" extract "$(head -1 "$work/ten.pdfs")" > /dev/null
printf "  10-page scan: sequential tesseract %.1f s, baocao %.1f s: %.2fx faster\n" "$tess10" "$ours10" \
  "$(echo "$tess10 / $ours10" | bc -l)"
echo "  peak memory of baocao: $(( $(cat "$work/rss10") / 1024 )) MiB for 10 pages, $(( $(cat "$work/rss1") / 1024 )) MiB for 1"

# 3. Accuracy.
python3 bench/ocr_accuracy.py "$bin" "$work/tess"
