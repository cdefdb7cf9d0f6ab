// Parts of Dear ImGui and SDL2 the app never uses, but the linker cannot tell:
// the build links each to a stub here instead (--wrap, src/platform/CMakeLists.txt)
// and the code and data behind them are left out of the download.
//
// Dear ImGui adds its own font (ProggyClean, 12 KB of base85 text in the binary,
// 9 KB of the download after gzip) when an atlas is built without any font.
// The app always adds its own fonts first (src/ui/fonts.cpp), so that fallback is
// never taken.
#include "browser_font.hpp"

#include <SDL.h>
#include <imgui.h>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  return nullptr;
}

// ImFontAtlas::Build() names stb_truetype's builder for an atlas without one of its
// own; the app always sets the browser's (browser_font.hpp), so the rasteriser and
// its rectangle packer (25 KB of code) need not be in the download.
extern "C" const ImFontBuilderIO* __wrap__Z35ImFontAtlasGetBuilderForStbTruetypev() {
  return vth::platform::browser_font_builder();
}

// ImGui's SDL2 backend asks SDL for a game controller every frame when gamepad
// navigation is on (it is off: ImGuiConfigFlags_NavEnableGamepad is never set),
// which links SDL's controller code and its table of controller mappings (8 KB).
extern "C" SDL_GameController* __wrap_SDL_GameControllerOpen(int) { return nullptr; }

// SDL's software surfaces (pixel formats, conversion, blitting: 14 KB of code) serve a
// window without OpenGL, colour cursors and window icons. The app draws with WebGL only,
// uses the browser's own cursors (SDL_CreateSystemCursor) and sets no icon; the three
// ways into that code answer "no surface", which SDL's callers handle.
extern "C" SDL_Surface* __wrap_SDL_CreateRGBSurface(Uint32, int, int, int, Uint32, Uint32, Uint32, Uint32) {
  return nullptr;
}
extern "C" SDL_Surface* __wrap_SDL_CreateRGBSurfaceFrom(void*, int, int, int, int, Uint32, Uint32, Uint32,
                                                        Uint32) {
  return nullptr;
}
extern "C" SDL_Surface* __wrap_SDL_ConvertSurfaceFormat(SDL_Surface*, Uint32, Uint32) { return nullptr; }

// Dear ImGui reads its .ini settings (window places, table columns) with sscanf, which
// brings the C library's whole formatted reader. The app keeps no .ini (IniFilename is
// null) and calls no widget that reads a number with it (DragFloat, InputScalar...), so
// nothing would ever call it: it reads nothing.
extern "C" int __wrap_sscanf(const char*, const char*, ...) { return -1; }

// The C library's decimal reader (atof/strtod with its long-double arithmetic, 12 KB)
// is asked for by one caller left: SDL's two mouse-speed hints, read as numbers when
// set. Nothing sets them in a browser (no SDL_SetHint; SDL's environment variables do
// not exist there), so SDL never calls this; if it did, 1 is "no scaling". ImGui's
// own use (rounding in sliders) is not linked: the app has no slider or drag widget.
// The JSON reader needs no strtod (core/json/json_parse.cpp).
extern "C" double __wrap_atof(const char*) { return 1.0; }
