// The start-up's path, run once in a worker so that the browser compiles its
// functions on the second core while the page's own start-up is still on its way.
//
// Why: Chromium compiles a wasm function at its first call, on the thread that calls
// it (lazy compilation; a page cannot ask for anything else). The start-up calls
// ~1.700 functions for the first time, and compiling them was about half of main()
// until the first frame (docs/performance.md, stop 35). Compiled code belongs to the
// module, not to an instance: web/loader.js hands the compiled module to a worker,
// which makes a second instance with every import a no-op and calls vth_warm_up();
// what it compiles, the page's instance finds compiled.
//
// So this is a rehearsal, not a second app: it runs the same functions as main()
// and the first frame, in their order, on its own scratch state, in its own memory.
// Every call out (storage, WebGL, the font canvas, the page's hooks) does nothing
// and answers 0, which the paths below take as "nothing there"; nothing it does
// reaches the page. tests/e2e/startup.test.mjs checks that it runs to its end.

#include "browser_font.hpp"
#include "webgl_renderer.hpp"

#include "ui/app.hpp"
#include "ui/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/work_store.hpp"

#include "core/io/programme_io.hpp"

#include <emscripten.h>
#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>

extern const unsigned char vth_default_programme[];
extern const std::size_t vth_default_programme_size;

// Returns the number of vertices the first frame drew: none means the rehearsal fell short.
extern "C" EMSCRIPTEN_KEEPALIVE int vth_warm_up() {
  // On the heap and never freed: the worker ends after this call, memory and all.
  auto* state = new vth::ui::AppState();
  state->platform.builtin_programme =
      std::string_view(reinterpret_cast<const char*>(vth_default_programme), vth_default_programme_size);
  state->builtin_id = vth::text_fingerprint(state->platform.builtin_programme);
  state->platform.today = [] { return std::string("2026-01-01"); };

  // main(): ImGui, the built-in programme (vth_start), the font atlas and its texture.
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.Fonts->FontBuilderIO = vth::platform::browser_font_builder();
  (void)vth::ui::start_up(*state, {"", "", "enschede-puh-2025.json (ingebouwd)", ""});
  (void)vth::platform::renderer_create();
  vth::ui::apply_theme(state->theme, 1.0f, false);
  vth::ui::load_fonts(1.0f, 1.0f);
  vth::platform::renderer_upload_font();

  // The first frame (web_main.cpp, render_frame()), at the benchmark's window size.
  io.DisplaySize = ImVec2(1280.0f, 720.0f);
  ImGui::NewFrame();
  vth::ui::draw_app(*state);
  ImGui::Render();
  vth::platform::renderer_draw(*ImGui::GetDrawData(), 1280, 720, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  vth::ui::persist_work(*state);
  return ImGui::GetDrawData()->TotalVtxCount;
}
