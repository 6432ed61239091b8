#!/usr/bin/env bash
# Prints every sample report as a text PDF and as a scan, the way a commune
# sends them, and writes the twins' expected document fields.
#
#   bash samples/src/make_twins.sh            (from anywhere; rewrites samples/)
#
# For each samples/NAME.docx that has NAME.expected.jsonl:
#   NAME.pdf        LibreOffice's PDF export of the DOCX with tracked changes
#                   accepted (what a commune prints; accept_changes.py),
#                   fonts embedded
#   NAME.scan.pdf   that PDF "printed and scanned": 200 dpi grey, each page
#                   turned by a slight angle, blurred and speckled, JPEG, one
#                   image per page, no text layer
#
# Samples typed in a legacy font (.VnTime, VNI-Times) get no text-PDF twin:
# the fonts are not free, and printed without them a page shows the fonts'
# codes ("B¸o c¸o") and loses the characters LibreOffice takes for control
# codes (TCVN3 "ư" is byte 0xAD, a soft hyphen), which no real print does.
# PDF text layers in legacy fonts are tested with hand-made PDFs instead
# (tests/ingest/pdf_reader_test.cc). Their scan twins are scanned from the
# Unicode twin's print, which looks the same on paper (make_legacy_scans.sh).
#   NAME.twins.expected.jsonl
#                   per twin, the document fields that differ from the
#                   DOCX's (twin_fields.py). Every record of a twin is the
#                   DOCX's (NAME.expected.jsonl), so a change there needs no
#                   change here; `baocao eval` pairs a twin with the DOCX's
#                   expected file by its stem and skips ".expected." files.
#
# Needs (only here, never in tests or CI): LibreOffice Writer (soffice),
# poppler-utils (pdftoppm, pdfinfo), ImageMagick (convert), img2pdf, Python 3,
# and the Liberation fonts (fonts-liberation2), which stand in for Times New
# Roman with the same metrics, as on the machines that print real reports.
# LibreOffice and JPEG output are not byte-identical across versions: commit
# the twins together with their .twins.expected.jsonl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
samples=$(dirname "$here")
work=$(mktemp -d /tmp/baocao-twins.XXXXXX)
trap 'rm -rf "$work"' EXIT

for tool in soffice pdftoppm pdfinfo convert img2pdf python3; do
  command -v "$tool" >/dev/null || { echo "make_twins: $tool is missing" >&2; exit 1; }
done

# A private LibreOffice profile: no interference with a running instance.
profile="file://$work/profile"

# shellcheck source=scan_pages.sh
source "$here/scan_pages.sh"

for docx in "$samples"/*.docx; do
  name=$(basename "$docx" .docx)
  [ -f "$samples/$name.expected.jsonl" ] || continue
  if python3 -c 'import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
sys.exit(0 if re.search(r"w:ascii=\"(\.Vn|VNI)", xml) else 1)' "$docx"; then
    echo "make_twins: $name: legacy font, scan twin only (make_legacy_scans.sh)"
    rm -f "$samples/$name.pdf"
    continue
  fi
  echo "make_twins: $name"

  python3 "$here/accept_changes.py" "$docx" "$work/$name.docx"
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf \
    --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
  cp "$work/$name.pdf" "$samples/$name.pdf"

  scan_pdf "$samples/$name.pdf" "$samples/$name.scan.pdf" "$work"
  python3 "$here/twin_fields.py" "$samples/$name.twins.expected.jsonl" \
    "$samples/$name.pdf" "$samples/$name.scan.pdf"
done
bash "$here/make_legacy_scans.sh"
echo "make_twins: done"
