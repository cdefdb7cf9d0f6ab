# Pinned dependency versions and the per-machine cache outside the clone.
# Sourced by the other scripts; change a version here and the cache key follows.
IMGUI_DEB_VERSION="1.90.1+ds-1"
SDL2_DEB_VERSION="2.26.5+dfsg-1"
VTH_CACHE="${VTH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vth-planner}"
IMGUI_SRC="$VTH_CACHE/imgui-$IMGUI_DEB_VERSION"
SDL2_SRC="$VTH_CACHE/libsdl2-$SDL2_DEB_VERSION"
# "-video-min": built with only what a canvas app needs (no audio, joystick,
# haptic, sensors, power: 12 KB less to download) and SDL_LEAN_AND_MEAN, which
# leaves out SDL's software blitters and renderer (the app draws with WebGL2):
# about 25 KB less; and without SDL's 2D renderer, its dummy and offscreen video
# drivers (which linked a BMP writer and file I/O), locale, misc and file-system
# parts. The suffix keys the cache to those choices.
SDL2_WASM_PREFIX="$VTH_CACHE/sdl2-wasm-$SDL2_DEB_VERSION-video-min"
