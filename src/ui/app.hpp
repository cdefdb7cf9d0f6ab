#pragma once
// Entry points of the interface for the platform layer.

#include "app_state.hpp"

namespace vth::ui {

// Draws one whole frame of the interface (between ImGui::NewFrame and Render).
void draw_app(AppState& state);

// Applies the colours and spacing of the chosen theme at the given zoom.
// `high_contrast`: presentation mode on a projector: pure white/black
// backgrounds, full-contrast text, stronger borders.
void apply_theme(Theme theme, float zoom, bool high_contrast = false);

} // namespace vth::ui
