#pragma once
// The tables of each view as its copy, CSV and screen reader mirror see them:
// the same models the view draws (view_models.hpp), so they cannot drift.

#include "app_state.hpp"
#include "table_model.hpp"

#include "core/output/results_tables.hpp"

#include <string>
#include <vector>

namespace vth::ui {

struct ViewTables {
  std::vector<TableModel> shown; // the tables the view draws, in order (the mirror shows each)
  TableModel exported;           // what "Kopieer tabel" and "CSV" give: one of them, or several stacked
};
// Needs the state to be mutable only for the scenarios' cached results (Scenario's view).
ViewTables view_tables(AppState& state, View view);

// The exported table of a view, and of the current view, with all rows.
Table view_table(AppState& state, View view);
Table current_table(AppState& state);
// Puts the current view's table on the clipboard as tab-separated text.
void copy_current_table(AppState& state);
// Downloads the current view's table as CSV for Excel NL.
void save_current_table_csv(AppState& state);
// The complete share link of the current scenario ("" with a status message when it cannot be made).
std::string share_link(AppState& state);
void copy_share_link(AppState& state);
void save_scenario_file(AppState& state, bool include_programme);

} // namespace vth::ui
