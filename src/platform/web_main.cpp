// Browser entry point: SDL2 + WebGL2 window, ImGui's SDL backend and the app's own
// WebGL2 renderer (webgl_renderer.hpp), and a main loop
// that pauses itself when idle. Everything Emscripten-specific stays in
// src/platform; the views in src/ui only see an AppState.

#include "browser_font.hpp"
#include "web_app.hpp"
#include "web_hooks.hpp"
#include "webgl_renderer.hpp"

#include "ui/app.hpp"
#include "ui/commands.hpp"
#include "ui/fonts.hpp"
#include "ui/presentation.hpp"
#include "ui/sharing.hpp"
#include "ui/work_store.hpp"

#include "core/scenario/scenario.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>

#include <cstddef>
#include <cstdio>
#include <string_view>

extern const unsigned char vth_default_programme[];
extern const std::size_t vth_default_programme_size;

namespace vth::platform {
namespace {

WebApp g_app;

// Fonts are rasterised for devicePixelRatio × zoom, so text is sharp at any
// zoom; the style is rebuilt from defaults so zoom steps never compound.
// Presentation mode draws at its own zoom (type readable from the back of the
// room) and in high contrast; the user's zoom returns when it ends.
void apply_scale_if_needed() {
  auto& s = g_app.state;
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  const float zoom = s.presenting ? ui::presentation_zoom(ImGui::GetIO().DisplaySize.y) : s.zoom;
  if (s.theme != g_app.applied_theme || zoom != g_app.applied_zoom ||
      s.presenting != g_app.applied_contrast) {
    ui::apply_theme(s.theme, zoom, s.presenting);
    g_app.applied_theme = s.theme;
    g_app.applied_zoom = zoom;
    g_app.applied_contrast = s.presenting;
  }
  if (dpr == s.dpi_scale && zoom == s.font_zoom && ImGui::GetIO().Fonts->IsBuilt()) return;
  const bool first = !ImGui::GetIO().Fonts->IsBuilt();
  s.dpi_scale = dpr;
  s.font_zoom = zoom;
  ui::load_fonts(dpr, zoom);
  if (first) hooks::mark("vth:font-atlas");
  renderer_upload_font();
}

// What follows a frame whether it could be drawn or not.
void finish_frame() {
  // Text goes through the page's input element while a field is typed in (web/vth_hooks.js).
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 ime = ImGui::GetCurrentContext()->PlatformImeData.InputPos;
  hooks::text_input(io.WantTextInput, ime.x, ime.y); // ImGui draws in CSS pixels of the canvas
  // Whatever this frame changed is written to the browser's storage (work_store.hpp).
  ui::persist_work(g_app.state);
  ++g_app.frames;
  hooks::frame_rendered(g_app.frames);
}

void render_frame() {
  apply_scale_if_needed();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  if (g_app.touch.apply_scroll()) g_app.pacer.wake(); // momentum: more frames to come
  if (const float zoom = g_app.touch.take_zoom(); zoom > 0.0f && !g_app.state.presenting)
    g_app.state.zoom = zoom;
  ui::draw_app(g_app.state);
  if (g_app.state.report_run) g_app.pacer.wake(); // the report is being made: frames go on
  ImGui::Render();
  if (g_app.frames == 0) hooks::mark("vth:first-layout");
  if (g_app.context_lost) { // nothing can be drawn; the frame's input and edits count
    finish_frame();
    return;
  }
  // After the first frame the shader program is checked (webgl_renderer.hpp); if it
  // did not link, the page says why nothing can be drawn.
  if (!program_linked())
    hooks::fatal("WebGL kon de tekenprogramma's (shaders) van VTH-planner niet maken, dus kan er niets "
                 "getekend worden.");
  int width = 0, height = 0; // the drawing buffer's own size (SDL's is rounded at a fractional ratio)
  emscripten_get_canvas_element_size("#canvas", &width, &height);
  renderer_draw(*ImGui::GetDrawData(), width, height, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  finish_frame();
}

// A lost WebGL context takes every texture, buffer and shader with it. Saying the loss
// is handled (EM_TRUE: preventDefault) asks the browser to give the context back;
// then the renderer makes its objects again, font atlas included. Nothing of the
// programme or the scenarios lives in WebGL: no work is lost.
EM_BOOL on_context_lost(int, const void*, void*) {
  g_app.context_lost = true;
  return EM_TRUE;
}

EM_BOOL on_context_restored(int, const void*, void*) {
  if (!renderer_create()) return EM_TRUE; // lost again before anything could be made
  renderer_upload_font();
  g_app.context_lost = false;
  ++g_app.context_restores;
  wake();
  return EM_TRUE;
}

void main_loop() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    g_app.pacer.wake();
    if (g_app.touch.take(event, g_app.state.zoom)) continue; // a swipe or a pinch, not a click
    ImGui_ImplSDL2_ProcessEvent(&event);
  }
  if (!g_app.pacer.should_render()) {
    // Nothing to do: stop the requestAnimationFrame loop until web/vth_hooks.js
    // sees input and calls vth_wake().
    g_app.paused = true;
    emscripten_pause_main_loop();
    return;
  }
  render_frame();
  g_app.pacer.frame_done();
  // Dear ImGui takes queued keys and characters a frame at a time: typing
  // faster than the frame rate must not leave the last characters waiting for
  // the next input.
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) g_app.pacer.wake();
}

const char* get_clipboard(void*) { return g_app.paste_buffer.c_str(); }
void set_clipboard(void*, const char* text) { hooks::copy_text(text); }

} // namespace

WebApp& web_app() { return g_app; }

void wake() {
  g_app.pacer.wake();
  if (g_app.paused) {
    g_app.paused = false;
    emscripten_resume_main_loop();
  }
}

} // namespace vth::platform

namespace {

using namespace vth::platform;

// What the app asks of the page: files, clipboard, report tabs, the screen reader mirror.
void connect_services(WebApp& app) {
  app.state.platform.copy_text = [](const std::string& text) { hooks::copy_text(text.c_str()); };
  app.state.platform.save_file = [](const std::string& name, const std::string& text) {
    hooks::download(name.c_str(), text.c_str());
  };
  app.state.platform.open_file_dialog = [] { hooks::open_file_dialog(); };
  app.state.platform.save_app = [](const std::string& name, const std::string& content) {
    hooks::save_app(name.c_str(), content.c_str());
  };
  app.state.platform.set_fullscreen = [](bool on) { hooks::set_fullscreen(on); };
  app.state.platform.open_html = [](const std::string& html, bool print) {
    return hooks::open_html(html.c_str(), print);
  };
  app.state.platform.set_mirror = [](const std::string& html, const std::string& announce) {
    hooks::set_mirror(html.c_str(), announce.c_str());
  };
  app.state.platform.today = [] { return hooks::today(); };
  hooks::connect_storage(app.state.platform.store);
}

// The window, its WebGL2 context and ImGui's two backends. Returns false after saying why.
bool open_window(WebApp& app) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init mislukt: %s\n", SDL_GetError());
    hooks::fatal("Het venster kon niet worden gestart.");
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  constexpr auto kFlags =
      static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  app.window =
      SDL_CreateWindow("VTH-planner", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 720, kFlags);
  app.gl = app.window ? SDL_GL_CreateContext(app.window) : nullptr;
  if (!app.gl) {
    std::fprintf(stderr, "WebGL2-context mislukt: %s\n", SDL_GetError());
    // The loader saw WebGL2 in the browser, but no context was given (switched off, a blocked driver).
    hooks::fatal("Deze browser ondersteunt geen WebGL2, of het staat uit. VTH-planner heeft WebGL2 nodig om "
                 "te tekenen.");
    return false;
  }
  SDL_GL_MakeCurrent(app.window, app.gl);
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
  emscripten_set_webglcontextlost_callback("#canvas", nullptr, false, on_context_lost);
  emscripten_set_webglcontextrestored_callback("#canvas", nullptr, false, on_context_restored);
  // Lost already (while the wasm downloaded): drawn once the browser gives it back.
  app.context_lost = !renderer_create();
  hooks::mark("vth:webgl-context");
  return true;
}

} // namespace

// The order is chosen for the first frame: web/loader.js made the WebGL2 context
// while the wasm downloaded. The window and the renderer's objects come first: the
// shaders are sent to the browser's GPU process to compile and link while this thread
// reads and calculates the built-in programme and has the browser draw the font atlas.
// Nothing until the first frame waits for the GPU process: the canvas is sized once
// (canvas_size.cpp) and the renderer asks it nothing (webgl_renderer.cpp).
int main() {
  WebApp& app = web_app();
  hooks::mark("vth:main");
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.Fonts->FontBuilderIO = browser_font_builder(); // the browser draws the glyphs
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // A blinking cursor would need frames while idle; a steady one does not.
  io.ConfigInputTextCursorBlink = false;
  connect_services(app);

  // The built-in programme opens in vth_start(), called by install() with the
  // page's address and fragment, after the browser's stored work is looked at.
  app.state.platform.builtin_programme =
      std::string_view(reinterpret_cast<const char*>(vth_default_programme), vth_default_programme_size);
  app.state.builtin_id = vth::text_fingerprint(app.state.platform.builtin_programme);
  if (!open_window(app)) return 1;
  hooks::install();
  apply_scale_if_needed(); // the font atlas, on the CPU, then into its texture
  // The browser clipboard, not SDL's internal one (which never reaches the page). After
  // open_window(): ImGui's SDL backend sets its own when it starts (text selected in a
  // field and copied with Ctrl+C went nowhere while these were set before it).
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  emscripten_set_main_loop(main_loop, 0, true);
  return 0;
}
