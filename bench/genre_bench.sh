#!/usr/bin/env bash
# The genre benchmark: COUNT generated reports (tests/genre, seeds 1..COUNT)
# through the whole pipeline, first as DOCX, then as the PDF LibreOffice
# prints from each DOCX (converted in batches of 100 files per soffice call),
# and for each input kind a table per axis variant of the grammar: reports,
# share exact, figure precision/recall/F1 (as ../shared/tools/score.py
# counts), metadata fields right, expected checks raised, false sum-mismatch
# alarms, unreadable files, and the figures of the unknown-meaning table
# (matched/expected/printed).
#
# Usage: bench/genre_bench.sh [COUNT]       (default 2000; after a build:
#        cmake --build build --target genre_bench; BAOCAO_BUILD=DIR for
#        another build folder; GENRE_WORKDIR for the PDFs, default a temp dir;
#        SKIP_PDF=1 for DOCX only)
# The PDF half needs LibreOffice (soffice) and the Liberation fonts
# (fonts-liberation2: Times New Roman's metrics and look, as reports are
# typed; without them the prints are in DejaVu Serif). Not needed by tests.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
bench=${BAOCAO_BUILD:-build}/bench/genre_bench
[ -x "$bench" ] || { echo "build first: cmake --build build --target genre_bench" >&2; exit 1; }

echo "== DOCX"
"$bench" --count "$count"

if [ "${SKIP_PDF:-0}" = 1 ]; then exit 0; fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "== PDF skipped: soffice not found (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui)"
  exit 0
fi
work=${GENRE_WORKDIR:-$(mktemp -d)}
trap '[ -z "${GENRE_WORKDIR:-}" ] && rm -rf "$work"' EXIT
echo "== PDF (LibreOffice $(soffice --version 2>/dev/null | awk '{print $2}'))"
"$bench" --count "$count" --pdf --workdir "$work"
