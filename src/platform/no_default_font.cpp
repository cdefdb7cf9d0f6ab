// Dear ImGui adds its own font (ProggyClean, 12 KB of base85 text in the binary,
// 9 KB of the download after gzip) when an atlas is built without any font.
// The app always adds DejaVu Sans first (src/ui/fonts.cpp), so that fallback is
// never taken; but the linker cannot know, and keeps the font. The build links
// ImFontAtlas::AddFontDefault to this function instead (--wrap, see
// CMakeLists.txt), and ProggyClean is left out.
#include <imgui.h>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  return nullptr;
}
