#pragma once
// Entry points of the interface for the platform layer.

#include "app_state.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace vth::ui {

// Draws one whole frame of the interface (between ImGui::NewFrame and Render).
void draw_app(AppState& state);

// Applies the colours and spacing of the chosen theme at the given zoom.
// `high_contrast`: presentation mode on a projector: pure white/black
// backgrounds, full-contrast text, stronger borders.
void apply_theme(Theme theme, float zoom, bool high_contrast = false);

// Red for what is short, refused or wrong, readable on the theme's background.
ImVec4 alert_color(Theme theme);
// The background of a row gone to (a search hit, a finding), over the table's rows.
ImVec4 jump_color(Theme theme);

// A colour of text as drawn over its background (both opaque, after blending), for the
// contrast test (window.vth.contrast): every pair of the theme that the interface draws.
struct ContrastPair {
  std::string name; // "tekst grijs op venster"
  ImVec4 text;
  ImVec4 background;
};
std::vector<ContrastPair> contrast_pairs(Theme theme, bool high_contrast);

} // namespace vth::ui
