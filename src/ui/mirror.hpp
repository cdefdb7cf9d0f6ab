#pragma once
// The canvas is invisible to screen readers, so the page carries an HTML
// mirror of what it shows (WCAG 2.1 AA for Dutch government sites): headings,
// the key figures, the current table or presentation chart as a real table.

#include "app_state.hpp"

#include <string>

namespace vth::ui {

// Keeps the mirror in step with the canvas; does nothing when nothing it shows
// changed, so idle frames stay cheap (called every frame).
void update_mirror(AppState& state);
// The mirror's HTML for the current view or presentation page.
std::string mirror_html(AppState& state);

} // namespace vth::ui
