#!/usr/bin/env bash
# OCR benchmark on the scan twins of the samples (samples/*.scan.pdf),
# side by side with the tesseract command line on the same pages.
#
# Prints:
#   1. seconds per page: `tesseract -l vie` on each page image (300 dpi
#      grey TIFF rendered by pdftoppm, OMP_THREAD_LIMIT=1: its fastest
#      setting here) against `baocao extract --jobs 1` with one OCR thread
#      on the same images (the whole pipeline: deskew, tables read cell by
#      cell, layout, extraction), and on the scan PDFs (rendering included,
#      compared with tesseract + pdftoppm). Target: no slower per page.
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
bin=${BAOCAO_BUILD:-build}/baocao
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
s=$(now)
for f in "${scans[@]}"; do
  name=$(basename "$f" .scan.pdf)
  pdftoppm -r 300 -gray -tiff -tiffcompression lzw "$f" "$work/img/$name"
  pages=$((pages + $(ls "$work/img/$name"-*.tif | wc -l)))
done
render=$(echo "$(now) - $s" | bc -l)
echo "OCR benchmark: ${#scans[@]} scans, $pages pages, $(nproc) cores, model ${TESSDATA_PREFIX:-Debian tesseract-ocr-vie}"

# 1. Per page, one thread each, on the same 300 dpi page images (TIFF).
s=$(now)
for f in "${scans[@]}"; do
  name=$(basename "$f" .scan.pdf)
  for img in "$work/img/$name"-*.tif; do
    OMP_THREAD_LIMIT=1 tesseract "$img" - "${lang_args[@]}" --psm 3 2>/dev/null >> "$work/tess/$name.txt"
  done
done
tess=$(echo "$(now) - $s" | bc -l)
s=$(now)
BAOCAO_OCR_THREADS=1 "$bin" extract --jobs 1 "$work"/img/*.tif > /dev/null
ours_img=$(echo "$(now) - $s" | bc -l)
s=$(now)
BAOCAO_OCR_THREADS=1 "$bin" extract --jobs 1 "${scans[@]}" > /dev/null
ours_pdf=$(echo "$(now) - $s" | bc -l)
printf "  tesseract CLI, whole page, 1 thread      %6.2f s/page  (rendering the images: %.2f s/page more)\n" \
  "$(echo "$tess / $pages" | bc -l)" "$(echo "$render / $pages" | bc -l)"
printf "  baocao extract, same images, 1 thread    %6.2f s/page  (%.2fx tesseract's time)\n" \
  "$(echo "$ours_img / $pages" | bc -l)" "$(echo "$ours_img / $tess" | bc -l)"
printf "  baocao extract, the scan PDFs, 1 thread  %6.2f s/page  (rendering included: %.2fx tesseract's + pdftoppm's)\n" \
  "$(echo "$ours_pdf / $pages" | bc -l)" "$(echo "$ours_pdf / ($tess + $render)" | bc -l)"

# 2. Ten pages in one file.
ls "$work"/img/*.tif | head -10 > "$work/ten.list"
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
render10=$(echo "10 * $render / $pages" | bc -l)
printf "  10-page scan PDF: baocao %.1f s (rendering included) against sequential tesseract on its images %.1f s:\n" \
  "$ours10" "$tess10"
printf "    %.2fx faster (%.2fx counting pdftoppm's %.1f s for those images)\n" \
  "$(echo "$tess10 / $ours10" | bc -l)" "$(echo "($tess10 + $render10) / $ours10" | bc -l)" "$render10"
echo "  peak memory of baocao: $(( $(cat "$work/rss10") / 1024 )) MiB for 10 pages, $(( $(cat "$work/rss1") / 1024 )) MiB for 1"

# 3. Accuracy.
python3 bench/ocr_accuracy.py "$bin" "$work/tess"
