// Where things are on the canvas, for end-to-end tests that act as a user acts:
// they read a button's or a field's place here and then move the real mouse
// there (window.vth.where, docs/test-hooks.md). It reads, never acts. Built on
// Dear ImGui's test-engine hooks, which report every item with its label as it
// is submitted; off (one branch per item) until a test switches it on.

#include "web_app.hpp"

#include "core/fields/edit.hpp"
#include "core/json/json_writer.hpp"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdarg>
#include <map>
#include <string>
#include <vector>

namespace {

struct Rect {
  float x0, y0, x1, y1;
  bool cut = false; // part of the item lies outside its window's visible area (layout tests)
};

struct Locator {
  int frame = -1;
  std::multimap<std::string, Rect> labels; // the visible part of each label ("Openen…", not "##id")
  std::map<vth::FieldRef, Rect> fields;
};
Locator g_locator;

// Items of the frame being drawn replace those of the frame before.
void start_frame_if_new(ImGuiContext* ctx) {
  if (g_locator.frame == ctx->FrameCount) return;
  g_locator.frame = ctx->FrameCount;
  g_locator.labels.clear();
  g_locator.fields.clear();
}

Rect last_item_rect(ImGuiContext* ctx) {
  const ImRect r = ctx->LastItemData.Rect;
  ImRect clip = ctx->CurrentWindow ? ctx->CurrentWindow->ClipRect : r;
  const bool cut =
      r.Min.x < clip.Min.x || r.Min.y < clip.Min.y || r.Max.x > clip.Max.x || r.Max.y > clip.Max.y;
  return {std::max(r.Min.x, clip.Min.x), std::max(r.Min.y, clip.Min.y), std::min(r.Max.x, clip.Max.x),
          std::min(r.Max.y, clip.Max.y), cut};
}

std::string g_reply;

void write_rect(vth::JsonWriter& w, const Rect& r) {
  w.begin_object();
  w.key("x")
      .fixed(static_cast<std::int64_t>(r.x0 * 10.0f), 1)
      .key("y")
      .fixed(static_cast<std::int64_t>(r.y0 * 10.0f), 1);
  w.key("w").fixed(static_cast<std::int64_t>((r.x1 - r.x0) * 10.0f), 1);
  w.key("h").fixed(static_cast<std::int64_t>((r.y1 - r.y0) * 10.0f), 1);
  if (r.cut) w.key("cut").boolean(true);
  w.end_object();
}

} // namespace

// Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE, cmake/imgui.cmake).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID, const char* label, ImGuiItemStatusFlags) {
  if (!label) return;
  start_frame_if_new(ctx);
  // The visible part of the label; an item without one ("##afzender") by its id.
  // Value fields ("##waarde") are found by their pointer instead (field_drawn).
  const char* end = ImGui::FindRenderedTextEnd(label);
  const std::string key = end == label ? std::string(label) : std::string(label, end);
  if (key == "##waarde") return;
  const Rect r = last_item_rect(ctx);
  if (r.x1 > r.x0 && r.y1 > r.y0) g_locator.labels.emplace(key, r);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

extern "C" {

// Switches the tracking on or off (tests switch it on once the app is ready).
EMSCRIPTEN_KEEPALIVE void vth_track(int on) {
  ImGui::GetCurrentContext()->TestEngineHookItems = on != 0;
  auto& platform = vth::platform::web_app().state.platform;
  if (on)
    platform.field_drawn = [](const vth::FieldRef& field) {
      ImGuiContext* ctx = ImGui::GetCurrentContext();
      start_frame_if_new(ctx);
      const Rect r = last_item_rect(ctx);
      if (r.x1 > r.x0 && r.y1 > r.y0) g_locator.fields[field] = r;
    };
  else
    platform.field_drawn = nullptr;
  vth::platform::wake();
}

// Where an item was drawn in the last frame, in CSS pixels: a JSON pointer
// names a value field, "##id" an unlabelled input, "^text" every wrapped text that begins
// with text, any other text the visible label of a button, tab, checkbox or list item.
// [] when it is not on screen; several when the label repeats.
EMSCRIPTEN_KEEPALIVE const char* vth_where(const char* what) {
  vth::JsonWriter w;
  w.begin_array();
  const std::string key(what);
  const auto& state = vth::platform::web_app().state;
  if (!key.empty() && key[0] == '/') {
    if (state.programme) {
      const auto field = vth::field_for_pointer(*state.programme, key);
      if (field)
        if (auto it = g_locator.fields.find(*field); it != g_locator.fields.end()) write_rect(w, it->second);
    }
  } else if (key[0] == '^') { // every wrapped text that begins so (noted as "^" and its text)
    for (auto it = g_locator.labels.lower_bound(key);
         it != g_locator.labels.end() && it->first.compare(0, key.size(), key) == 0; ++it)
      write_rect(w, it->second);
  } else {
    const auto [first, last] = g_locator.labels.equal_range(key);
    for (auto it = first; it != last; ++it) write_rect(w, it->second);
  }
  w.end_array();
  g_reply = w.finish();
  return g_reply.c_str();
}

} // extern "C"
