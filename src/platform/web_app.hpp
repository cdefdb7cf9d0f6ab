#pragma once
// The one browser application instance: window, GL context, state, pacing.
// Shared by the main loop (web_main.cpp) and the JavaScript exports (web_exports.cpp).

#include "frame_pacing.hpp"
#include "touch_gestures.hpp"

#include "ui/app_state.hpp"

#include <SDL.h>

#include <string>

namespace vth::platform {

struct WebApp {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  ui::AppState state;
  FramePacer pacer;
  TouchGestures touch; // swipe to scroll, pinch to zoom (touch_gestures.hpp)
  unsigned long frames = 0;
  bool paused = false;
  // The text last pasted into a field: ImGui's clipboard as its paste reads it (vth_paste_text
  // gives it the Ctrl+V that src/platform/web/vth_hooks.js took away to read the browser's).
  std::string paste_buffer;
  ui::Theme applied_theme = ui::Theme::Light;
  float applied_zoom = 0.0f;
  bool applied_contrast = false;
  // The browser took the WebGL context away (a background tab, a GPU reset): the app goes
  // on (input, edits, storage) and draws nothing until it is given back.
  bool context_lost = false;
  int context_restores = 0; // how often it came back (window.vth.state for tests)
};

WebApp& web_app();
// Renders the next few frames (after input or a change made from JavaScript).
void wake();

} // namespace vth::platform
