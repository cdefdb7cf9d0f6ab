// Presentation mode without drawing: its pages, their charts (also for the
// screen reader mirror), entering and leaving it.

#include "presentation.hpp"

#include "report.hpp"
#include "scenarios.hpp"

#include <algorithm>

namespace vth::ui {

std::vector<Chart> page_charts(AppState& state, int page) {
  const Results& r = state.results;
  switch (page) {
  case kCapacityPage:
    return {capacity_chart(r)};
  case kOdtPage: {
    const AllScenarioResults all = all_scenario_results(state);
    std::vector<NamedResults> named{{"Vastgesteld", all.adopted}};
    if (state.current >= 0) named.push_back(all.scenarios[static_cast<std::size_t>(state.current)]);
    return {odt_chart(named), odt_cost_chart(named)};
  }
  case kRegionalPage:
    return {regional_chart(r)};
  case kScenariosPage: {
    const AllScenarioResults all = all_scenario_results(state);
    return {scenario_cost_chart(*all.adopted, all.scenarios),
            scenario_gap_chart(*all.adopted, all.scenarios)};
  }
  case kSensitivityPage:
    return {tornado_chart(current_sensitivity(state), !state.present_gap)};
  default:
    return {};
  }
}

const char* page_title(int page) {
  static const char* const kTitles[kPresentationPages] = {
      "Overzicht", "Capaciteit", "ODT", "Regionale verdeling", "Scenario vergelijking", "Gevoeligheid"};
  return page >= 0 && page < kPresentationPages ? kTitles[page] : "";
}

float presentation_zoom(float display_height) { return std::clamp(display_height / 540.0f, 1.0f, 3.0f); }

void enter_presentation(AppState& state) {
  if (!state.programme || state.presenting) return;
  state.presenting = true;
  if (state.platform.set_fullscreen) state.platform.set_fullscreen(true);
  state.status = "Presentatie: pijltjestoetsen om te bladeren, Esc om terug te gaan.";
}

void leave_presentation(AppState& state) {
  if (!state.presenting) return;
  state.presenting = false;
  if (state.platform.set_fullscreen) state.platform.set_fullscreen(false);
  state.status.clear();
}

bool show_page(AppState& state, int page) {
  if (page < 0 || page >= kPresentationPages) return false;
  state.present_page = page;
  return true;
}

} // namespace vth::ui
