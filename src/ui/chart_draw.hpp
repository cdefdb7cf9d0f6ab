#pragma once
// Draws a core Chart (core/charts.hpp) with ImGui's draw list: no chart
// library, the same data the report prints as SVG.

#include "app_state.hpp"

#include "core/output/charts.hpp"

namespace vth::ui {

// Draws the chart across the available width, at most `max_height` high (0:
// as high as its rows want). Hovering a row shows its exact values.
// `tooltips` false: no values pop up under the mouse (a slide in front of a room).
// `legend` false: the chart above it on the same page has the same series and legend.
void draw_chart(const Chart& chart, Theme theme, float max_height = 0.0f, bool tooltips = true,
                bool legend = true);

} // namespace vth::ui
