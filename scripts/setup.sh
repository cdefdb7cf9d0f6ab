#!/usr/bin/env bash
# Installs everything VTH-planner needs on a fresh Debian 12 machine.
# Idempotent: every step checks first, so a second run takes seconds.
# Nothing is downloaded from outside Debian's archive and the npm registry.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/versions.sh
source "$here/scripts/versions.sh"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] FOUT: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "niet als root en geen sudo beschikbaar; draai als root of installeer sudo"
  SUDO="sudo"
fi

# --- Debian packages -------------------------------------------------------
packages=(emscripten cmake ninja-build g++ clang libclang-rt-14-dev chromium nodejs
  nlohmann-json3-dev doctest-dev fonts-dejavu-core terser
  dpkg-dev ca-certificates python3 python3-jsonschema clang-format poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The machine may already carry a newer node from elsewhere: we only need *a* node.
if command -v node >/dev/null; then
  missing=("${missing[@]/nodejs/}")
fi
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | grep -v '^$' || true)
if [ "${#missing[@]}" -gt 0 ]; then
  say "Debian-pakketten installeren: ${missing[*]}"
  $SUDO apt-get update -qq || die "apt-get update mislukt (geen verbinding met Debian's archief?)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >"${TMPDIR:-/tmp}/vth-apt.log" 2>&1 \
    || die "apt-get install mislukt voor: ${missing[*]} (zie ${TMPDIR:-/tmp}/vth-apt.log)"
fi

# --- Source packages: Dear ImGui (trixie) and SDL2 (bookworm) ----------------
srclist=/etc/apt/sources.list.d/vth-planner-src.sources
if [ ! -f "$srclist" ]; then
  say "deb-src-bron toevoegen ($srclist)"
  $SUDO tee "$srclist" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  $SUDO apt-get update -qq || die "apt-get update na toevoegen deb-src mislukt"
fi

mkdir -p "$VTH_CACHE"
fetch_source() { # name version destdir
  local name=$1 version=$2 dest=$3
  [ -f "$dest/.complete" ] && return 0
  say "bronpakket $name=$version ophalen"
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only -qq "$name=$version" >/dev/null 2>&1) \
    || (cd "$tmp" && apt-get update -qq && apt-get source --download-only -qq "$name=$version") \
    || die "apt-get source $name=$version mislukt"
  rm -rf "$dest"
  (cd "$tmp" && dpkg-source --no-check -x ./*.dsc "$dest" >/dev/null) || die "uitpakken van $name mislukt"
  touch "$dest/.complete"
  rm -f "$VTH_CACHE"/*.orig.tar.* "$VTH_CACHE"/*.debian.tar.* "$VTH_CACHE"/*.dsc
  rm -rf "$tmp"
}
fetch_source imgui "$IMGUI_DEB_VERSION" "$IMGUI_SRC"
fetch_source libsdl2 "$SDL2_DEB_VERSION" "$SDL2_SRC"

# --- SDL2 built for WebAssembly, once per machine -------------------------
export NODE_PATH=/usr/share/nodejs
if [ ! -f "$SDL2_WASM_PREFIX/lib/cmake/SDL2/SDL2Config.cmake" ]; then
  say "SDL2 $SDL2_DEB_VERSION bouwen voor WebAssembly (eenmalig, ~2 minuten)"
  bdir="$VTH_CACHE/build-sdl2-wasm"
  rm -rf "$bdir"
  emcmake cmake -S "$SDL2_SRC" -B "$bdir" -G Ninja -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_HIDAPI=OFF \
    -DSDL_RENDER=OFF -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF \
    -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_C_FLAGS="-DSDL_LEAN_AND_MEAN=1" \
    -DCMAKE_INSTALL_PREFIX="$SDL2_WASM_PREFIX" >"$VTH_CACHE/sdl2-build.log" 2>&1 \
    || die "SDL2 configureren mislukt, zie $VTH_CACHE/sdl2-build.log"
  cmake --build "$bdir" -j"$(nproc)" >>"$VTH_CACHE/sdl2-build.log" 2>&1 \
    && cmake --install "$bdir" >>"$VTH_CACHE/sdl2-build.log" 2>&1 \
    || die "SDL2 bouwen mislukt, zie $VTH_CACHE/sdl2-build.log"
  rm -rf "$bdir"
fi

# --- npm test tooling (playwright-core only, no browser download) -----------
if [ ! -d "$here/tests/e2e/node_modules/playwright-core" ]; then
  say "playwright-core installeren (npm)"
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --silent) || die "npm ci in tests/e2e mislukt"
fi
say "klaar"
