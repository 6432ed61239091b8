#!/usr/bin/env bash
# Makes the mixed twins: a text PDF whose later pages were scanned (a report
# printed from the computer with its table page signed, stamped and scanned
# back in), from the committed twins of make_twins.sh.
#
#   bash samples/src/make_mixed.sh           (from anywhere; rewrites samples/)
#
# For each NAME below: NAME.mixed.pdf = page 1 of NAME.pdf (text layer) and
# pages 2.. of NAME.scan.pdf (images). Its records are the DOCX's
# (NAME.expected.jsonl): the reader decides per page, text layer or OCR.
# Needs poppler-utils (pdfseparate, pdfunite, pdfinfo); only here, never in
# tests or CI.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
samples=$(dirname "$here")
work=$(mktemp -d /tmp/baocao-mixed.XXXXXX)
trap 'rm -rf "$work"' EXIT

# A scanned table page, and a scanned page of budget lines in prose.
names=(commune-report-table report-budget)

for name in "${names[@]}"; do
  pages=$(pdfinfo "$samples/$name.pdf" | awk '/^Pages:/ {print $2}')
  pdfseparate -f 1 -l 1 "$samples/$name.pdf" "$work/$name-text-%d.pdf"
  parts=("$work/$name-text-1.pdf")
  for ((p = 2; p <= pages; p++)); do
    pdfseparate -f "$p" -l "$p" "$samples/$name.scan.pdf" "$work/$name-scan-%d.pdf"
    parts+=("$work/$name-scan-$p.pdf")
  done
  pdfunite "${parts[@]}" "$samples/$name.mixed.pdf"
  echo "make_mixed: $name ($pages pages, 1 as text, $((pages - 1)) scanned)"
done
