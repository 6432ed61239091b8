#!/usr/bin/env bash
# Command (a) of the README: install, build, then run the main job on a copy
# of samples/ with the default database (./baocao.db) and print a summary.
# It builds the binary only (not the tests: that is command (b)).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh baocao
inbox=$(mktemp -d /tmp/baocao-inbox.XXXXXX)
cp samples/*.docx "$inbox"/
echo "== baocao ingest --inbox $inbox"
status=0
./build/baocao ingest --inbox "$inbox" --verbose || status=$?
echo "== records per document in baocao.db"
./build/baocao export --format jsonl | awk '
  /"type":"document"/ { match($0, /"file":"[^"]*"/); doc = substr($0, RSTART + 8, RLENGTH - 9); order[++n] = doc; next }
  { count[doc]++ }
  END { for (i = 1; i <= n; i++) printf "  %-45s %3d records\n", order[i], count[order[i]] }'
echo "== the inbox now: archive/ holds the loaded files"
ls "$inbox"/archive
exit $status
