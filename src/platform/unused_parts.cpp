// Parts of Dear ImGui and SDL2 the app never uses, but the linker cannot tell:
// the build links each to a stub here instead (--wrap, src/platform/CMakeLists.txt)
// and the code and data behind them are left out of the download.
//
// Dear ImGui adds its own font (ProggyClean, 12 KB of base85 text in the binary,
// 9 KB of the download after gzip) when an atlas is built without any font.
// The app always adds DejaVu Sans first (src/ui/fonts.cpp), so that fallback is
// never taken.
#include <SDL.h>
#include <imgui.h>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  return nullptr;
}

// ImGui's SDL2 backend asks SDL for a game controller every frame when gamepad
// navigation is on (it is off: ImGuiConfigFlags_NavEnableGamepad is never set),
// which links SDL's controller code and its table of controller mappings (8 KB).
extern "C" SDL_GameController* __wrap_SDL_GameControllerOpen(int) { return nullptr; }
