#pragma once
// The key figures, defined once for the Overzicht, the presentation's first
// page and the screen reader mirror. While a scenario is on screen each figure
// also has the adopted programme's value and the difference, in the figure's
// own unit ("+€ 128.936", "−0,50 fte"). No ImGui here: tested natively.

#include "app_state.hpp"

#include <string>
#include <vector>

namespace vth::ui {

struct KeyFigure {
  std::string caption;    // "ODT-kosten"
  std::string value;      // "€ 2.251.318"
  std::string detail;     // "bij € 110,99 per uur"
  std::string adopted;    // the adopted programme's value; "" on the adopted programme
  std::string difference; // scenario − adopted, signed; "" when there is none to show
  bool worse = false;     // the difference is a shortage or a cost increase (shown in the alert colour)
};

// Which inputs of the figures are still assumptions (the figure's line says "(aanname)").
struct AssumedInputs {
  bool tariff = false;        // the ODT tariff
  bool available_fte = false; // the available fte of a department
};

// `adopted` null: the adopted programme itself is on screen.
std::vector<KeyFigure> key_figures(const Results& shown, const Results* adopted, AssumedInputs assumed = {});

// The same for the app state: with the adopted programme's values while a scenario is shown.
std::vector<KeyFigure> key_figures(const AppState& state);

} // namespace vth::ui
