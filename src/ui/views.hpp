#pragma once
// One draw function per view; each lives in its own view_*.cpp file.

#include "app_state.hpp"

namespace vth::ui {

void draw_header(AppState& state);
void draw_overview(AppState& state);

} // namespace vth::ui
