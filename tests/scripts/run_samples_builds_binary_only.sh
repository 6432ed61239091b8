#!/usr/bin/env bash
# README command (a) (scripts/run-samples.sh) builds the binary only, not
# every test: the scripts run in a copy of their folder with install-deps
# and cmake replaced by stand-ins that record what they were asked, and a
# stand-in binary. Fails when run-samples builds anything but `baocao`.
#
# Usage: run_samples_builds_binary_only.sh SOURCE_DIR
set -euo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tree/scripts" "$work/tree/samples" "$work/bin"
cp "$src/scripts/build.sh" "$src/scripts/run-samples.sh" "$work/tree/scripts/"
printf '#!/usr/bin/env bash\n' > "$work/tree/scripts/install-deps.sh"
touch "$work/tree/samples/a.docx"
cat > "$work/bin/cmake" <<'STUB'
#!/usr/bin/env bash
echo "cmake $*" >> "$CMAKE_LOG"
if [ "$1" = "--build" ]; then
  mkdir -p build
  printf '#!/usr/bin/env bash\n[ "$1" = ingest ] && mkdir -p "$3/archive"; exit 0\n' > build/baocao
  chmod +x build/baocao
fi
STUB
chmod +x "$work/bin/cmake"
export CMAKE_LOG="$work/cmake.log"
PATH="$work/bin:$PATH" bash "$work/tree/scripts/run-samples.sh" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
builds=$(grep -c -- '^cmake --build' "$CMAKE_LOG" || true)
if [ "$builds" != 1 ] || ! grep -qE -- '^cmake --build build -j[0-9]+ --target baocao$' "$CMAKE_LOG"; then
  echo "run-samples.sh should build only the target baocao; cmake was asked:" >&2
  cat "$CMAKE_LOG" >&2
  exit 1
fi
# And build.sh with no argument still builds everything (command (b)).
: > "$CMAKE_LOG"
(cd "$work/tree" && PATH="$work/bin:$PATH" bash scripts/build.sh)
grep -qE -- '^cmake --build build -j[0-9]+$' "$CMAKE_LOG" || { cat "$CMAKE_LOG" >&2; exit 1; }
echo "ok: run-samples builds only baocao"
