#!/usr/bin/env bash
# Scan twins of the samples typed in a legacy font (.VnTime, VNI-Times).
#
#   bash samples/src/make_legacy_scans.sh     (after make_twins.sh, which calls it)
#
# A report typed in TCVN3 or VNI and printed where its font is installed
# looks exactly like its Unicode twin on paper: NAME-tcvn3 / NAME-vni is
# scanned from NAME.pdf (make_twins.sh), at other angles and noise than
# NAME.scan.pdf. Its records are its own expected file's. There is no
# text-PDF twin: without the (non-free) fonts, a PDF printed from these
# files shows the fonts' codes, which no real print does; legacy-font PDF
# text layers are tested with hand-made PDFs (tests/ingest/pdf_reader_test.cc).
# Needs pdftoppm, pdfinfo, ImageMagick (convert), img2pdf, Python 3.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
samples=$(dirname "$here")
work=$(mktemp -d /tmp/baocao-legacy-scans.XXXXXX)
trap 'rm -rf "$work"' EXIT

scan_n=3  # other angles and noise than the Unicode twin's scan
# shellcheck source=scan_pages.sh
source "$here/scan_pages.sh"

for docx in "$samples"/*-tcvn3.docx "$samples"/*-vni.docx; do
  [ -f "$docx" ] || continue
  name=$(basename "$docx" .docx)
  unicode=${name%-*}
  [ -f "$samples/$name.expected.jsonl" ] && [ -f "$samples/$unicode.pdf" ] || continue
  echo "make_legacy_scans: $name (printed like $unicode)"
  scan_pdf "$samples/$unicode.pdf" "$samples/$name.scan.pdf" "$work"
  python3 "$here/twin_fields.py" "$samples/$name.twins.expected.jsonl" - "$samples/$name.scan.pdf"
done
