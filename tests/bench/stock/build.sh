#!/usr/bin/env bash
# Builds Dear ImGui's stock SDL2 + OpenGL3 example for the browser, the yardstick of
# issue #16: the same ImGui and SDL2 sources (Debian's source packages, fetched by
# scripts/setup.sh) and the same emcc as VTH-planner, with the flags of the example's
# own Makefile.emscripten (-Os, demo window, no file system, ASSERTIONS=1).
# Deviations, all forced: Debian's source package leaves out examples/libs/emscripten,
# so its two files (main-loop stub, minimal shell) are rewritten here; and SDL2 comes
# from Debian's source built with its default subsystems (the example initialises the
# game controller, which the planner's lean SDL2 lacks) instead of Emscripten's port,
# which would be a download. Built once per machine; prints the folder that holds
# dist/ (as the Makefile links) and dist-release/ (linked at -Os without assertions).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
source "$here/scripts/versions.sh"
export NODE_PATH=/usr/share/nodejs
stock_dir="$here/tests/bench/stock"
emcc_version="$(emcc --version 2>/dev/null | sed -n 1p | sed 's/.* \([0-9.]*\) .*/\1/')"
key="$(cat "$0" "$stock_dir/emscripten_mainloop_stub.h" "$stock_dir/shell_minimal.html" | sha256sum | cut -c1-12)"
sdl_full="$VTH_CACHE/sdl2-wasm-$SDL2_DEB_VERSION-full"
out="$VTH_CACHE/stock-imgui-$IMGUI_DEB_VERSION-emcc$emcc_version-$key"

if [ ! -f "$sdl_full/lib/libSDL2.a" ]; then
  echo "[stock] SDL2 $SDL2_DEB_VERSION met standaard-subsystemen bouwen (eenmalig)" >&2
  bdir="$VTH_CACHE/build-sdl2-wasm-full"
  rm -rf "$bdir"
  emcmake cmake -S "$SDL2_SRC" -B "$bdir" -G Ninja -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$sdl_full" >"$VTH_CACHE/sdl2-full-build.log" 2>&1
  cmake --build "$bdir" -j"$(nproc)" >>"$VTH_CACHE/sdl2-full-build.log" 2>&1
  cmake --install "$bdir" >>"$VTH_CACHE/sdl2-full-build.log" 2>&1
  rm -rf "$bdir"
fi

if [ ! -f "$out/dist-release/index.wasm" ]; then
  echo "[stock] ImGui-voorbeeld bouwen (eenmalig)" >&2
  rm -rf "$out" && mkdir -p "$out/obj" "$out/libs/emscripten" "$out/dist"
  # main.cpp includes "../libs/emscripten/emscripten_mainloop_stub.h": give it that layout.
  mkdir -p "$out/example"
  cp "$IMGUI_SRC/examples/example_sdl2_opengl3/main.cpp" "$out/example/"
  cp "$stock_dir/emscripten_mainloop_stub.h" "$out/libs/emscripten/"
  flags=(-Os -Wall -Wformat -DIMGUI_DISABLE_FILE_FUNCTIONS -sDISABLE_EXCEPTION_CATCHING=1
    -I"$IMGUI_SRC" -I"$IMGUI_SRC/backends" -I"$sdl_full/include/SDL2")
  objs=()
  for src in "$out/example/main.cpp" "$IMGUI_SRC"/imgui.cpp "$IMGUI_SRC"/imgui_demo.cpp "$IMGUI_SRC"/imgui_draw.cpp \
    "$IMGUI_SRC"/imgui_tables.cpp "$IMGUI_SRC"/imgui_widgets.cpp "$IMGUI_SRC"/backends/imgui_impl_sdl2.cpp \
    "$IMGUI_SRC"/backends/imgui_impl_opengl3.cpp; do
    obj="$out/obj/$(basename "${src%.cpp}").o"
    em++ "${flags[@]}" -c -o "$obj" "$src" &
    objs+=("$obj")
    # two at a time: the machine has two cores
    if [ "$(jobs -r | wc -l)" -ge "$(nproc)" ]; then wait -n; fi
  done
  wait
  link=(-sWASM=1 -sALLOW_MEMORY_GROWTH=1 -sNO_EXIT_RUNTIME=0 -sNO_FILESYSTEM=1 -sDISABLE_EXCEPTION_CATCHING=1
    -sMAX_WEBGL_VERSION=2 --shell-file "$stock_dir/shell_minimal.html" -sMINIFY_HTML=0)
  # As its Makefile links it: no optimisation at link time (-Os is in CPPFLAGS only), ASSERTIONS=1.
  em++ -o "$out/dist/index.html" "${objs[@]}" "$sdl_full/lib/libSDL2.a" "${link[@]}" -sASSERTIONS=1
  # As a release would link it, and as the planner is linked: -Os at link time too (wasm-opt,
  # minified JavaScript), no assertions. The stricter yardstick; bench.sh compares against both.
  mkdir -p "$out/dist-release"
  em++ -o "$out/dist-release/index.html" "${objs[@]}" "$sdl_full/lib/libSDL2.a" "${link[@]}" -Os -sASSERTIONS=0
fi
echo "$out"
