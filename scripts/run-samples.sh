#!/usr/bin/env bash
# Command (a) of the README: install, build, then run the main job on a copy
# of samples/ with the default database (./baocao.db) and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
inbox=$(mktemp -d /tmp/baocao-inbox.XXXXXX)
cp samples/*.docx "$inbox"/
echo "== baocao ingest --inbox $inbox"
status=0
./build/app/baocao ingest --inbox "$inbox" --verbose || status=$?
echo "== records per document in baocao.db"
./build/app/baocao export --format jsonl | awk -F'"' '/"type":"document"/{doc=$12} !/"type":"document"/{n[doc]++} END{for (d in n) printf "  %-45s %d records\n", d, n[d]}' | sort
echo "== the inbox now: archive/ holds the loaded files"
ls "$inbox"/archive
exit $status
