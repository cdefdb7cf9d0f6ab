#pragma once
// Everything the interface draws from. Views read it and request changes;
// they never own data of their own, so a frame can be drawn from scratch.

#include <string>

namespace vth::ui {

enum class Theme { Light, Dark };

struct AppState {
  Theme theme = Theme::Light;
  float dpi_scale = 1.0f; // devicePixelRatio the fonts were rasterised for
  // The calculation results as JSON, as window.vth.results() hands them to
  // tests. Recomputed when inputs change, never per frame.
  std::string results_json = "{}";
};

// Draws one whole frame of the interface (between ImGui::NewFrame and Render).
void draw_app(AppState& state);

// Applies the colours and spacing of the chosen theme.
void apply_theme(Theme theme);

} // namespace vth::ui
