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
// When the sensitivity analysis has to be computed and takes more than a frame (a
// large programme), it goes on in steps between frames (advance_report()), with its
// progress in the status line, and the report opens when it is done.
void open_report(AppState& state, bool print = false);
// Called every frame: the next inputs of a report's sensitivity run, then the report.
// True while a run goes on (the page must keep drawing frames).
bool advance_report(AppState& state);

} // namespace vth::ui
