#pragma once
// Every table the views show, each defined once as a TableModel
// (view_*_model.cpp). The views draw them with draw_table(); the copy, the CSV
// and the screen reader mirror export the same models (view_tables.cpp).
// Models read the state when a row is asked for, so they stay right after an
// edit in the middle of a frame; build them just before use, not to keep.

#include "app_state.hpp"
#include "table_model.hpp"

#include "core/fields/field_pointer.hpp"

#include <string_view>

#include <vector>

namespace vth::ui {

// Whether the findings on screen (state.results.findings) include one at this
// pointer: a printed figure is red when, and only when, it is a finding.
bool has_finding(const AppState& state, std::string_view pointer);
// The slot of the printed total of ODT part k (0 vergunningen … 3 advies).
PrintedSlot printed_slot(int odt_part);

// Overzicht
TableModel overview_departments_model(const AppState& state);
TableModel odt_parts_model(const AppState& state); // also ODT-programma, "Projecten en overig"

// Capaciteit
TableModel capacity_departments_model(const AppState& state);
TableModel capacity_work_model(const AppState& state); // the lines of the chosen department (or all)

// ODT-programma
TableModel odt_products_model(const AppState& state, OdtPart part);
// Lokale projecten ("lokale_projecten") or werkvoorraad ("werkvoorraad").
TableModel odt_hours_items_model(const AppState& state, const char* key);

// Regionale verdeling
TableModel regional_split_model(const AppState& state);
TableModel regional_items_model(const AppState& state, const char* key); // "projecten" or "diensten"

// Energie: "energie" (Bijlage 3) or "spuk_the".
TableModel energy_model(const AppState& state, const char* key);

// Toezichtprotocol: the items under their chapters, and the chapters themselves.
TableModel protocol_model(const AppState& state);
TableModel protocol_groups_model(const AppState& state);

// Doelen: the activities of the focus point at `goal` (an index into programme.goals),
// the goals themselves, and the VRT focus points.
TableModel goal_activities_model(const AppState& state, std::size_t goal);
TableModel goals_model(const AppState& state);
TableModel vrt_model(const AppState& state);

// Controles & aannames
TableModel findings_model(const AppState& state);
TableModel assumptions_model(const AppState& state);

// Scenario's
TableModel scenario_list_model(const AppState& state);
TableModel scenario_changes_model(const AppState& state); // of the current scenario
// The compared columns (-1: the adopted programme) with their results, value and difference per scenario.
TableModel scenario_compare_model(const AppState& state, const std::vector<int>& columns,
                                  const std::vector<Results>& results);
// The columns the comparison shows: the adopted programme, then state.compare.
std::vector<int> compare_columns(const AppState& state);

// Recent werk: every programme whose work the browser keeps (reads the storage when it changed).
TableModel stored_work_model(AppState& state);
// A moment as Dutch text in the browser's time zone: "5-12-2026 10:42" ("–" for none).
std::string format_moment(std::int64_t ms);

} // namespace vth::ui
