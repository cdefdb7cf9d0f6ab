#!/usr/bin/env bash
# Builds VTH-planner. Usage: scripts/build.sh native|sanitize|web [Release|Debug]
#  native   -> build/native   (core, CLI, unit tests)
#  sanitize -> build/sanitize (unit, interface and CLI tests with ASan + UBSan)
#  web      -> build/web/dist (index.html with web/loader.js and web/app.css inline, index.js, index.wasm,
#              favicon.svg, vth-planner.html)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/versions.sh"
what="${1:-native}"
type="${2:-Release}"
jobs="$(nproc)"

case "$what" in
  native)
    cmake -S "$here" -B "$here/build/native" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
    cmake --build "$here/build/native" -j"$jobs"
    ;;
  sanitize)
    # Unit, interface and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer.
    cmake -S "$here" -B "$here/build/sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVTH_SANITIZE=ON >/dev/null
    cmake --build "$here/build/sanitize" -j"$jobs" --target vth_unit_tests vth_ui_tests vth_cli
    ;;
  web)
    # Debian's emcc runs its optimiser through node and needs Debian's acorn.
    export NODE_PATH=/usr/share/nodejs
    emcmake cmake -S "$here" -B "$here/build/web" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
      -DIMGUI_DIR="$IMGUI_SRC" -DSDL2_DIR="$SDL2_WASM_PREFIX/lib/cmake/SDL2" >/dev/null
    cmake --build "$here/build/web" -j"$jobs"
    ;;
  *)
    echo "Gebruik: scripts/build.sh native|sanitize|web [Release|Debug]" >&2
    exit 2
    ;;
esac
