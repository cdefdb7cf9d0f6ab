// Functions the page's JavaScript calls (listed in EXPORTED_FUNCTIONS). They
// back window.vth (docs/test-hooks.md) and the file, paste and drop handlers,
// and go through the same commands as the interface.

#include "web_app.hpp"
#include "web_hooks.hpp"

#include "ui/app.hpp"
#include "ui/commands.hpp"
#include "ui/paste.hpp"
#include "ui/presentation.hpp"
#include "ui/report.hpp"
#include "ui/scenarios.hpp"
#include "ui/sharing.hpp"
#include "ui/views.hpp"

#include "core/fields/edit.hpp"
#include "core/io/share_link.hpp"
#include "core/json/json_writer.hpp"
#include "core/output/results_export.hpp"
#include "core/output/results_tables.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>

#include <cstring>
#include <string>
#include <string_view>

namespace {

using vth::platform::web_app;

// Returned strings live until the next call of the same kind.
std::string g_reply;

const char* reply(std::string text) {
  g_reply = std::move(text);
  return g_reply.c_str();
}

void write_issues(vth::JsonWriter& w, const vth::Issues& issues) {
  w.begin_array();
  for (const auto& i : issues)
    w.begin_object().key("pointer").string(i.pointer).key("message").string(i.message).end_object();
  w.end_array();
}

std::string issues_json(const vth::Issues& issues) {
  vth::JsonWriter w;
  write_issues(w, issues);
  return w.finish();
}

// "[]" for done, or the refusal's issues.
std::string status_json(const vth::Status& status) { return issues_json(status.issues()); }

} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void vth_wake() { vth::platform::wake(); }

EMSCRIPTEN_KEEPALIVE unsigned long vth_frames() { return web_app().frames; }

// 1 once the main loop has paused itself: every input so far is handled and drawn.
EMSCRIPTEN_KEEPALIVE int vth_idle() { return web_app().paused ? 1 : 0; }

// Made on request, not per edit: for a large programme the JSON (with every
// assumption) costs more than the recalculation itself.
EMSCRIPTEN_KEEPALIVE const char* vth_results_json() {
  const auto& state = web_app().state;
  if (!state.programme) return reply("{}");
  return reply(vth::results_to_json(state.results, *state.programme));
}

// Bytes of wasm memory in use by the module (its linear memory).
EMSCRIPTEN_KEEPALIVE double vth_memory_bytes() {
  return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0;
}

// Whether the interface font has a real glyph (not ImGui's '?' fallback).
EMSCRIPTEN_KEEPALIVE int vth_font_has_glyph(unsigned codepoint) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (atlas->Fonts.empty() || codepoint > 0xFFFF) return 0;
  return atlas->Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr ? 1 : 0;
}

// A file chosen in the file picker, dropped on the page, or handed over by
// window.vth.open(): validated, opened, or refused with its messages.
EMSCRIPTEN_KEEPALIVE const char* vth_open(const char* file_name, const char* text) {
  const vth::Status opened = vth::ui::open_programme(web_app().state, text, file_name);
  vth::platform::wake();
  return reply(status_json(opened));
}

// The raw bytes of a file from the picker or a drop: judged exactly as the CLI
// judges the same file.
// No bytes (a null pointer): the page found the file too large to read at all.
EMSCRIPTEN_KEEPALIVE const char* vth_open_bytes(const char* file_name, const char* bytes, std::size_t size) {
  const vth::Status opened =
      bytes ? vth::ui::open_any_file(web_app().state, std::string_view(bytes, size), file_name)
            : vth::Status(vth::ui::refuse_oversized_file(web_app().state, file_name));
  vth::platform::wake();
  return reply(status_json(opened));
}

// The last refused file: {"count": n, "file": name, "issues": [{pointer, message}]}.
EMSCRIPTEN_KEEPALIVE const char* vth_last_refusal() {
  const auto& s = web_app().state;
  vth::JsonWriter w;
  w.begin_object().key("count").integer(s.refusals).key("file").string(s.refused_file).key("issues");
  write_issues(w, s.refused_issues);
  w.end_object();
  return reply(w.finish());
}

// An edit exactly as a user types it into the field that `pointer` (into the
// programme file, by position) names in the programme on screen.
EMSCRIPTEN_KEEPALIVE const char* vth_set(const char* pointer, const char* value) {
  auto& state = web_app().state;
  if (!state.programme) return reply(issues_json({{pointer, "er is geen programma geopend"}}));
  const auto field = vth::field_for_pointer(*state.programme, pointer);
  const vth::Status edited = field ? vth::ui::edit_value(state, *field, value) : vth::Status(field.refusal());
  vth::platform::wake();
  return reply(edited ? "[]" : issues_json({{pointer, edited.message()}}));
}

EMSCRIPTEN_KEEPALIVE int vth_view(const char* name) {
  const auto view = vth::ui::view_by_key(name);
  if (!view) return 0;
  web_app().state.view = *view;
  vth::platform::wake();
  return 1;
}

// "licht" or "donker"; returns 0 for another name.
// Whether a text field is being typed in: a tap on a field asks this in its touchend
// handler, where focusing the page's input raises the on-screen keyboard.
EMSCRIPTEN_KEEPALIVE int vth_wants_text() { return ImGui::GetIO().WantTextInput ? 1 : 0; }

// The colours of a theme as drawn, text over its background (both opaque), for the
// contrast test: dark 0/1, presentation 0/1.
EMSCRIPTEN_KEEPALIVE const char* vth_contrast(int dark, int presenting) {
  vth::JsonWriter w;
  w.begin_array();
  const auto theme = dark ? vth::ui::Theme::Dark : vth::ui::Theme::Light;
  const auto channel = [&](float v) { w.integer(static_cast<std::int64_t>(v * 255.0f + 0.5f)); };
  for (const auto& pair : vth::ui::contrast_pairs(theme, presenting != 0)) {
    w.begin_object().key("naam").string(pair.name).key("tekst").begin_array();
    channel(pair.text.x), channel(pair.text.y), channel(pair.text.z);
    w.end_array().key("achter").begin_array();
    channel(pair.background.x), channel(pair.background.y), channel(pair.background.z);
    w.end_array().end_object();
  }
  w.end_array();
  g_reply = w.finish();
  return g_reply.c_str();
}

EMSCRIPTEN_KEEPALIVE int vth_theme(const char* name) {
  auto& state = web_app().state;
  if (std::strcmp(name, "licht") == 0)
    state.theme = vth::ui::Theme::Light;
  else if (std::strcmp(name, "donker") == 0)
    state.theme = vth::ui::Theme::Dark;
  else
    return 0;
  vth::platform::wake();
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* vth_current_view() { return vth::ui::view_key(web_app().state.view); }

// Copies the current view's table, as the "Kopieer tabel" button does, and returns the text.
EMSCRIPTEN_KEEPALIVE const char* vth_copy_table() {
  vth::ui::copy_current_table(web_app().state);
  vth::platform::wake();
  return reply(vth::table_to_tsv(vth::ui::current_table(web_app().state)));
}

// A link opened while the app runs (the fragment changed): a link that would
// replace the programme on screen asks first.
EMSCRIPTEN_KEEPALIVE const char* vth_open_fragment(const char* fragment) {
  const vth::Status opened = vth::ui::open_fragment(web_app().state, fragment, true);
  vth::platform::wake();
  return reply(status_json(opened));
}

EMSCRIPTEN_KEEPALIVE const char* vth_share_link() { return reply(vth::ui::share_link(web_app().state)); }

// Switches to the scenario with this name, creating it when there is none.
EMSCRIPTEN_KEEPALIVE int vth_scenario(const char* name) {
  auto& s = web_app().state;
  if (std::strcmp(name, "") == 0 || std::strcmp(name, "Vastgesteld programma") == 0) {
    vth::ui::switch_scenario(s, -1);
  } else {
    int found = -1;
    for (std::size_t i = 0; i < s.scenarios.size(); ++i)
      if (s.scenarios[i].name == name) found = static_cast<int>(i);
    if (found < 0)
      vth::ui::new_scenario(s, name);
    else
      vth::ui::switch_scenario(s, found);
  }
  vth::platform::wake();
  return s.current;
}

// Sets the scenarios shown side by side with the adopted programme (names, '\n'-separated; at most 4).
EMSCRIPTEN_KEEPALIVE int vth_compare(const char* names) {
  auto& s = web_app().state;
  s.compare.clear();
  std::string_view rest(names);
  while (!rest.empty() && s.compare.size() < 4) {
    const std::size_t nl = rest.find('\n');
    const std::string_view name = rest.substr(0, nl);
    for (std::size_t i = 0; i < s.scenarios.size(); ++i)
      if (s.scenarios[i].name == name) s.compare.push_back(static_cast<int>(i));
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  vth::platform::wake();
  return static_cast<int>(s.compare.size());
}

EMSCRIPTEN_KEEPALIVE const char* vth_scenario_file(int include_programme) {
  return reply(vth::ui::current_scenario_file(web_app().state, include_programme != 0));
}

// The CSV (Excel NL) of a view's table, as "Opslaan als CSV" saves it; "" for an unknown view.
EMSCRIPTEN_KEEPALIVE const char* vth_export_csv(const char* view) {
  const auto v = vth::ui::view_by_key(view);
  return reply(v ? vth::table_to_csv(vth::ui::view_table(web_app().state, *v)) : std::string());
}

// Presentation mode: 1 on, 0 off, -1 only asks. Returns whether it is on.
EMSCRIPTEN_KEEPALIVE int vth_present(int on) {
  auto& s = web_app().state;
  if (on == 1) vth::ui::enter_presentation(s);
  if (on == 0) vth::ui::leave_presentation(s);
  if (on >= 0) vth::platform::wake();
  return s.presenting ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int vth_page(int page) {
  const bool ok = vth::ui::show_page(web_app().state, page);
  vth::platform::wake();
  return ok ? 1 : 0;
}

// The report's HTML, as the "Rapport" button opens it.
EMSCRIPTEN_KEEPALIVE const char* vth_report() { return reply(vth::ui::report_text(web_app().state)); }

// Opens the report in a new tab, as the "Rapport" button does.
EMSCRIPTEN_KEEPALIVE void vth_open_report() {
  vth::ui::open_report(web_app().state);
  vth::platform::wake();
}

EMSCRIPTEN_KEEPALIVE int vth_undo() {
  const bool done = vth::ui::undo(web_app().state);
  vth::platform::wake();
  return done ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int vth_redo() {
  const bool done = vth::ui::redo(web_app().state);
  vth::platform::wake();
  return done ? 1 : 0;
}

// Pasted text: into the field that has focus by Dear ImGui's own paste (it replaces the
// selection, and Ctrl+Z in the field takes it back at once, not a character at a time).
EMSCRIPTEN_KEEPALIVE void vth_paste_text(const char* text) {
  auto& state = web_app().state;
  if (ImGui::GetIO().WantTextInput) {                       // into the field being typed in, as one line
    web_app().paste_buffer = vth::ui::one_line_paste(text); // what ImGui's paste reads
    // The page took Ctrl+V away from SDL to read the browser's clipboard (asynchronously);
    // now that it answered, ImGui gets the keys, whether Ctrl is still held or not, and then
    // Ctrl as the keyboard has it now (ImGui takes these a frame each).
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, (SDL_GetModState() & KMOD_CTRL) != 0);
  } else if (const auto link = vth::pasted_link_fragment(text)) {
    // A share link (of the hosted site or of the one-file version): opened as if followed.
    (void)vth::ui::open_fragment(state, *link, true); // a refusal is shown in its own dialog
  } else if (!state.paste) {                          // rows for the chosen table: previewed first
    if (const vth::Status begun = vth::ui::begin_paste(state, text, "Plakken"); !begun)
      state.status = "Plakken: " + begun.message();
  }
  vth::platform::wake();
}

// Text typed into a field through the page's input element (web/vth_hooks.js): every
// character as composed (dead keys, an IME, an on-screen keyboard), never half of it.
// It joins SDL's queue as SDL's own keypress text would, between the key's down and up
// events: Dear ImGui takes keys and text in that order a frame at a time (given
// straight to ImGui, text ran ahead of its keys and a typed line took two frames a
// character to drain). Line breaks and tabs are keys (Enter, Tab), not text.
EMSCRIPTEN_KEEPALIVE void vth_text_input(const char* text) {
  const std::string_view all(text);
  std::size_t at = 0;
  while (at < all.size()) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    event.text.windowID = SDL_GetWindowID(web_app().window);
    std::size_t n = 0;
    // Whole UTF-8 characters, up to the event's 31 bytes.
    while (at < all.size()) {
      std::size_t len = 1;
      while (at + len < all.size() && (static_cast<unsigned char>(all[at + len]) & 0xC0) == 0x80) ++len;
      if (n + len > sizeof event.text.text - 1) break;
      if (all[at] != '\n' && all[at] != '\r' && all[at] != '\t') {
        std::memcpy(event.text.text + n, all.data() + at, len);
        n += len;
      }
      at += len;
    }
    if (n > 0) SDL_PushEvent(&event);
  }
  vth::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void vth_paste_refused() {
  web_app().state.status = "Plakken lukt alleen als u de browser toegang tot het klembord geeft.";
  vth::platform::wake();
}

} // extern "C"
