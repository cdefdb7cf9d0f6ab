#pragma once
// Presentation mode for the PHO meeting: full screen, large type, high
// contrast, only key figures and charts, pages stepped with the arrow keys and
// a few live controls whose effect shows at once. Esc returns to the planner.

#include "app_state.hpp"

#include "core/output/charts.hpp"

#include <vector>

namespace vth::ui {

inline constexpr int kPresentationPages = 6;
enum PresentationPage : int {
  kOverviewPage,
  kCapacityPage,
  kOdtPage,
  kRegionalPage,
  kScenariosPage,
  kSensitivityPage
};
// "Overzicht", "Capaciteit", "ODT", "Regionale verdeling", "Scenario vergelijking", "Gevoeligheid".
const char* page_title(int page);

void enter_presentation(AppState& state);
void leave_presentation(AppState& state);
// Shows page `page` (0 = first); false when there is no such page.
bool show_page(AppState& state, int page);

// The zoom presentation mode draws at: type readable from the back of a room
// (32 px body text on a 1080-pixel-high screen).
float presentation_zoom(float display_height);

// The charts of a page (for the canvas and the screen reader mirror).
std::vector<Chart> page_charts(AppState& state, int page);

// The whole screen while presenting; handles the page keys and Esc.
void draw_presentation(AppState& state);

} // namespace vth::ui
