#pragma once
// One draw function per view, each in its own view_*.cpp file, plus the table
// each view copies to the clipboard ("Kopieer tabel").

#include "app_state.hpp"

#include "core/results_tables.hpp"

namespace vth::ui {

void draw_header(AppState& state);
void draw_navigation(AppState& state);
void draw_refused_dialog(AppState& state);

void draw_overview(AppState& state);
void draw_capacity(AppState& state);
void draw_odt(AppState& state);
void draw_regional(AppState& state);
void draw_energy(AppState& state);
void draw_protocol(AppState& state);
void draw_goals(AppState& state);
void draw_checks(AppState& state);
void draw_scenarios(AppState& state);
void draw_restore_dialog(AppState& state);

Table overview_table(const AppState& state);
Table capacity_table(const AppState& state);
Table odt_table(const AppState& state);
Table regional_table(const AppState& state);
Table energy_table(const AppState& state);
Table protocol_table(const AppState& state);
Table goals_table(const AppState& state);
Table checks_table(const AppState& state);
Table scenarios_table(const AppState& state);

// The main table of a view, and of the current view.
Table view_table(const AppState& state, View view);
Table current_table(const AppState& state);
// Puts the current view's table on the clipboard as tab-separated text.
void copy_current_table(AppState& state);
// Downloads the current view's table as CSV for Excel NL.
void save_current_table_csv(AppState& state);
// The complete share link of the current scenario ("" with a status message when it cannot be made).
std::string share_link(AppState& state);
void copy_share_link(AppState& state);
void save_scenario_file(AppState& state, bool include_programme);

} // namespace vth::ui
