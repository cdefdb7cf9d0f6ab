#pragma once
// The printable report and the sensitivity analysis as the interface uses
// them: built from the current scenario, cached until the next change.

#include "app_state.hpp"

#include <string>

namespace vth::ui {

// The sensitivity of the current scenario's programme (computed on first use after a change).
const SensitivityResult& current_sensitivity(AppState& state);

// The report of the current scenario as HTML (core/report.hpp).
std::string report_text(AppState& state);
// Opens the report in a new browser tab, to print or save as PDF; `print` (Ctrl+P in the
// app): with the browser's print dialog on it, as Ctrl+P on a web page prints that page.
void open_report(AppState& state, bool print = false);

} // namespace vth::ui
