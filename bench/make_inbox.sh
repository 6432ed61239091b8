#!/usr/bin/env bash
# Fills DIR with N generated reports for the ingest benchmark: half DOCX
# (bench/make_reports, every one different), half text PDF when LibreOffice
# and baocao's PDF reader are both there (else all DOCX; it says which).
# The PDFs are 40 generated reports converted by LibreOffice once, then
# copied with a distinct trailing PDF comment after %%EOF, so every file has
# its own sha256 and is parsed; copies of one report load as versions of it.
#
# Usage: bench/make_inbox.sh N DIR   (BAOCAO_BUILD: the build folder, default build)
set -euo pipefail
n=$1
dir=$2
build=${BAOCAO_BUILD:-build}
mkdir -p "$dir"
seeds=$(mktemp -d /tmp/baocao-seeds.XXXXXX)
trap 'rm -rf "$seeds"' EXIT

n_pdf=0
if command -v soffice >/dev/null 2>&1; then
  mkdir -p "$seeds/docx"
  "$build/bench/make_reports" 40 "$seeds/docx" >/dev/null
  (cd "$seeds" && HOME="$seeds" timeout 600 soffice --headless --convert-to pdf --outdir pdf docx/*.docx \
     >/dev/null 2>&1) || true
  first=$(ls "$seeds"/pdf/*.pdf 2>/dev/null | head -1 || true)
  if [ -n "$first" ] &&
     "$build/baocao" extract "$first" 2>/dev/null | head -1 | grep -q '"format":"pdf"'; then
    n_pdf=$((n / 2))
  fi
fi
n_docx=$((n - n_pdf))
"$build/bench/make_reports" "$n_docx" "$dir" >/dev/null
if [ "$n_pdf" -gt 0 ]; then
  mapfile -t pdfs < <(ls "$seeds"/pdf/*.pdf)
  for ((i = 0; i < n_pdf; i++)); do
    seed=${pdfs[$((i % ${#pdfs[@]}))]}
    { cat "$seed"; printf '%%bench copy %d\n' "$i"; } > "$(printf '%s/bao-cao-pdf-%05d.pdf' "$dir" "$i")"
  done
  echo "$n_docx DOCX + $n_pdf text PDF (copies of ${#pdfs[@]} converted reports)"
else
  echo "$n_docx DOCX (no text PDF: LibreOffice or baocao's PDF reader missing)"
fi
