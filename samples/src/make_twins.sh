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
# Samples typed in a legacy font (.VnTime, VNI-Times) get no twins: the fonts
# are not free, and printed without them a page shows the fonts' codes
# ("B¸o c¸o") and loses the characters LibreOffice takes for control codes
# (TCVN3 "ư" is byte 0xAD, a soft hyphen), which no real print does. PDF
# text layers in legacy fonts are tested with hand-made PDFs instead
# (tests/ingest/pdf_reader_test.cc).
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



# Slight turns, in degrees, cycled over all pages: both directions, up to 1.2.
angles=(0.6 -0.9 0.35 -0.5 1.2 -0.25 0.8)
n=0

for docx in "$samples"/*.docx; do
  name=$(basename "$docx" .docx)
  [ -f "$samples/$name.expected.jsonl" ] || continue
  if python3 -c 'import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
sys.exit(0 if re.search(r"w:ascii=\"(\.Vn|VNI)", xml) else 1)' "$docx"; then
    echo "make_twins: $name: legacy font, no twins"
    rm -f "$samples/$name.pdf" "$samples/$name.scan.pdf" "$samples/$name.twins.expected.jsonl"
    continue
  fi
  echo "make_twins: $name"

  python3 "$here/accept_changes.py" "$docx" "$work/$name.docx"
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf \
    --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
  cp "$work/$name.pdf" "$samples/$name.pdf"

  rm -f "$work"/page-*
  pdftoppm -r 200 -gray "$samples/$name.pdf" "$work/page"
  pages=()
  for pgm in "$work"/page-*.pgm; do
    angle=${angles[$((n % ${#angles[@]}))]}
    jpg="${pgm%.pgm}.jpg"
    # Turn about the centre keeping the page size (white outside), soften
    # and speckle like an office scanner, then JPEG at the quality scanners
    # default to (about 250 KB a page).
    convert "$pgm" -seed $((n + 7)) -virtual-pixel white -distort SRT "$angle" \
      -blur 0x0.5 -attenuate 0.35 +noise Gaussian -colorspace Gray \
      -density 200 -units PixelsPerInch -quality 50 "$jpg"
    pages+=("$jpg")
    n=$((n + 1))
  done
  img2pdf --pagesize A4 -o "$samples/$name.scan.pdf" "${pages[@]}"
  python3 "$here/twin_fields.py" "$samples/$name.twins.expected.jsonl" \
    "$samples/$name.pdf" "$samples/$name.scan.pdf"
done
echo "make_twins: done"
