#!/usr/bin/env bash
# Installs, from Debian's archive, every package baocao needs to build, test
# and run, and only those that are missing. Safe to run again: a machine that
# already has everything makes no network call.
#
# Usage: scripts/install-deps.sh [--tests]   (as root, or with sudo available)
#   --tests  also what only the tests use: Chromium, for the headless-browser
#            tests of the review page and of `baocao serve`, and Node.js with
#            npm to drive it (puppeteer-core; scripts/test.sh installs it with
#            npm ci). A machine that already has a `node` and an `npm` keeps
#            them (Debian's packages would conflict with other builds).
#            Also clang with its sanitizer and libFuzzer runtimes and
#            llvm-symbolizer, for the sanitizer build and the fuzz targets.
#            scripts/test.sh and CI pass it.
set -euo pipefail

packages=(
  # toolchain: a fresh Debian has none of it
  g++ cmake make pkg-config ca-certificates
  # document readers
  libzip-dev zlib1g-dev libpugixml-dev libpoppler-cpp-dev
  # .doc, .odt and .rtf: converted to DOCX by LibreOffice Writer (no GUI)
  libreoffice-writer-nogui
  # OCR
  libtesseract-dev libleptonica-dev tesseract-ocr-vie
  # text, rules, storage
  libicu-dev libre2-dev libsqlite3-dev libssl-dev
  # small well-kept helpers: JSON output, command line, formatting, XLSX export
  nlohmann-json3-dev libcli11-dev libfmt-dev libxlsxwriter-dev
  # `baocao serve`: HTTP server, password hashing and session tokens
  libcpp-httplib-dev libsodium-dev
  # tests, and /usr/bin/time for the benchmarks' peak memory
  libgtest-dev time
)
if [ "${1:-}" = "--tests" ]; then
  packages+=(chromium clang libclang-rt-dev llvm)
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
