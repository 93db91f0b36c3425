#!/usr/bin/env bash
# Installs what the build and the tests need on Debian 12 when run as root; otherwise
# prints the commands to run. Quiet and quick when everything is already there.
#   tools/install-deps.sh            build, run and test
#   tools/install-deps.sh hardening  also clang-14 and its sanitizer/fuzzer runtime (make test-asan, make fuzz)
#   tools/install-deps.sh bench      also Google Benchmark (make bench)
set -euo pipefail
extra=${1:-}
cd "$(dirname "$0")/.."

apt_packages=()
command -v cmake >/dev/null || apt_packages+=(cmake)
command -v g++ >/dev/null || apt_packages+=(g++)
command -v make >/dev/null || apt_packages+=(make)
command -v emcc >/dev/null || apt_packages+=(emscripten)
command -v node >/dev/null || apt_packages+=(nodejs npm)
command -v xz >/dev/null || apt_packages+=(xz-utils)  # tools/bundle.js compresses the wasm
[ -f /usr/include/nlohmann/json.hpp ] || apt_packages+=(nlohmann-json3-dev)
[ -f /usr/include/doctest/doctest.h ] || apt_packages+=(doctest-dev)
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
# A CJK font, so that screenshots of the Chinese interface are legible.
[ -d /usr/share/fonts/truetype/wqy ] || apt_packages+=(fonts-wqy-microhei)
if [ "$extra" = hardening ]; then
  command -v clang++-14 >/dev/null || apt_packages+=(clang-14)
  ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
    apt_packages+=(libclang-rt-14-dev)
fi
if [ "$extra" = bench ]; then
  [ -f /usr/include/benchmark/benchmark.h ] || apt_packages+=(libbenchmark-dev)
fi

if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${apt_packages[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >/dev/null
  else
    echo "Missing: ${apt_packages[*]}. Install them with:" >&2
    echo "  sudo apt-get install ${apt_packages[*]}" >&2
    exit 1
  fi
fi

# Test-only JavaScript packages, pinned by package-lock.json.
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
