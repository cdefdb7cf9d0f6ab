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

#include <algorithm>
#include <cstdarg>

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

// SDL's gesture recogniser ($1 templates, pinch and rotate from its own touch events):
// the app reads touches through ImGui and recognises its own gestures
// (touch_gestures.cpp), and never asks SDL for gesture events. SDL's touch code feeds
// the recogniser through these four.
extern "C" void __wrap_SDL_GestureProcessEvent(SDL_Event*) {}
extern "C" int __wrap_SDL_GestureAddTouch(SDL_TouchID) { return 0; }
extern "C" int __wrap_SDL_GestureDelTouch(SDL_TouchID) { return 0; }
extern "C" void __wrap_SDL_GestureQuit() {}

// sscanf brings the C library's whole formatted reader, floating point included (9 KB
// gzipped). Dear ImGui reaches it at one place in this app: the OpenGL backend reads
// the version it was given, sscanf("#version 300 es", "#version %d", &v) (its other
// call, "%d.%d" on the GL_VERSION string, runs only for desktop OpenGL). Its remaining
// uses read .ini settings (window places, table columns), which the app never loads
// (IniFilename is null), and the number widgets the app does not use (Slider, Drag,
// InputScalar, ColorEdit). This reader does literal text, white space, %d and %n; at any
// other conversion it stops, as sscanf does at a mismatch, and returns how many it read
// (EOF when the text ended before the first). Checked by the browser tests: with a wrong
// version ImGui compiles GLSL 1.30 shaders, which WebGL2 refuses, and nothing is drawn.
extern "C" int __wrap_sscanf(const char* text, const char* format, ...) {
  const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  const char* const start = text;
  va_list args;
  va_start(args, format);
  int read = 0;
  bool ended = false;
  for (; *format; ++format) {
    if (space(*format)) {
      while (space(*text)) ++text;
    } else if (format[0] == '%' && format[1] == 'n') {
      ++format;
      *va_arg(args, int*) = static_cast<int>(text - start);
    } else if (format[0] == '%' && format[1] == 'd') {
      ++format;
      while (space(*text)) ++text;
      const bool negative = *text == '-';
      if (*text == '-' || *text == '+') ++text;
      if (*text < '0' || *text > '9') {
        ended = *text == '\0';
        break;
      }
      long long value = 0;
      for (; *text >= '0' && *text <= '9'; ++text) value = std::min(value * 10 + (*text - '0'), 1LL << 31);
      *va_arg(args, int*) = static_cast<int>(negative ? -value : std::min(value, (1LL << 31) - 1));
      ++read;
    } else if (*format == '%' || *format != *text) {
      ended = *text == '\0' && *format != '%';
      break; // another conversion, or text that does not match
    } else {
      ++text;
    }
  }
  va_end(args);
  return read == 0 && ended ? -1 : read;
}

// The C library's decimal reader (atof/strtod with its long-double arithmetic, 12 KB)
// is asked for by one caller left: SDL's two mouse-speed hints, read as numbers when
// set. Nothing sets those two in a browser (the app and ImGui's backend set other hints;
// SDL's environment variables do not exist there), so SDL never calls this; if it did,
// 1 is "no scaling". ImGui's own use (rounding in sliders) is not linked: the app has
// no slider or drag widget. The JSON reader needs no strtod (core/json/json_parse.cpp).
extern "C" double __wrap_atof(const char*) { return 1.0; }
