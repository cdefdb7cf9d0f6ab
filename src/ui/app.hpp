#pragma once
// Entry points of the interface for the platform layer.

#include "app_state.hpp"

namespace vth::ui {

// Draws one whole frame of the interface (between ImGui::NewFrame and Render).
void draw_app(AppState& state);

// Applies the colours and spacing of the chosen theme at the given zoom.
void apply_theme(Theme theme, float zoom);

} // namespace vth::ui
