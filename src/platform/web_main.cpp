// Browser entry point: SDL2 + WebGL2 window, ImGui backends, and a main loop
// that pauses itself when idle. Everything Emscripten-specific stays here and
// in web/*.js; the views in src/ui only see an AppState.

#include "frame_pacing.hpp"
#include "web_hooks.hpp"

#include "ui/app_state.hpp"
#include "ui/fonts.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdio>
#include <string_view>

extern const unsigned char vth_default_programme[];
extern const std::size_t vth_default_programme_size;

namespace {

struct WebApp {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  vth::ui::AppState state;
  vth::platform::FramePacer pacer;
  unsigned long frames = 0;
  bool paused = false;
};

WebApp g_app;

void rebuild_fonts_if_needed() {
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (dpr == g_app.state.dpi_scale && ImGui::GetIO().Fonts->IsBuilt()) return;
  g_app.state.dpi_scale = dpr;
  vth::ui::load_fonts(dpr);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void render_frame() {
  rebuild_fonts_if_needed();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  vth::ui::draw_app(g_app.state);
  ImGui::Render();
  int w = 0, h = 0;
  SDL_GL_GetDrawableSize(g_app.window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++g_app.frames;
  vth::platform::hooks::frame_rendered(g_app.frames);
}

void main_loop() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    g_app.pacer.wake();
  }
  if (!g_app.pacer.should_render()) {
    // Nothing to do: stop the requestAnimationFrame loop until web/wake.js
    // sees input and calls vth_wake().
    g_app.paused = true;
    emscripten_pause_main_loop();
    return;
  }
  render_frame();
  g_app.pacer.frame_done();
}

} // namespace

extern "C" {

// Called from JavaScript on any input, resize or programmatic change.
EMSCRIPTEN_KEEPALIVE void vth_wake() {
  g_app.pacer.wake();
  if (g_app.paused) {
    g_app.paused = false;
    emscripten_resume_main_loop();
  }
}

EMSCRIPTEN_KEEPALIVE unsigned long vth_frames() { return g_app.frames; }

EMSCRIPTEN_KEEPALIVE const char* vth_results_json() { return g_app.state.results_json.c_str(); }

// Lets tests check that the embedded font really carries a glyph (e.g. the
// euro sign) instead of ImGui's '?' fallback.
EMSCRIPTEN_KEEPALIVE int vth_font_has_glyph(unsigned codepoint) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (atlas->Fonts.empty() || codepoint > 0xFFFF) return 0;
  return atlas->Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr ? 1 : 0;
}

} // extern "C"

int main() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init mislukt: %s\n", SDL_GetError());
    vth::platform::hooks::fatal("Het venster kon niet worden gestart.");
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  constexpr auto kFlags =
      static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  g_app.window =
      SDL_CreateWindow("VTH-planner", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 720, kFlags);
  g_app.gl = g_app.window ? SDL_GL_CreateContext(g_app.window) : nullptr;
  if (!g_app.gl) {
    std::fprintf(stderr, "WebGL2-context mislukt: %s\n", SDL_GetError());
    vth::platform::hooks::fatal("WebGL2 is niet beschikbaar in deze browser.");
    return 1;
  }
  SDL_GL_MakeCurrent(g_app.window, g_app.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // A blinking cursor would need frames while idle; a steady one does not.
  io.ConfigInputTextCursorBlink = false;
  vth::ui::apply_theme(g_app.state.theme);
  ImGui_ImplSDL2_InitForOpenGL(g_app.window, g_app.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  const std::string_view embedded(reinterpret_cast<const char*>(vth_default_programme),
                                  vth_default_programme_size);
  if (!vth::ui::open_programme(g_app.state, embedded))
    std::fprintf(stderr, "Ingebouwd programma ongeldig:\n%s", g_app.state.load_error.c_str());

  vth::platform::hooks::install();
  emscripten_set_main_loop(main_loop, 0, true);
  return 0;
}
