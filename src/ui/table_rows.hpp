#pragma once
// Adding, deleting, duplicating and moving the rows of a table on screen
// (TableModel::rows_of): the buttons and keys above it, and the grip of each
// row to select and drag it. Drawn by draw_table() (table_draw.cpp).

#include "app_state.hpp"
#include "table_model.hpp"

namespace vth::ui {

// The buttons above the table, and its keys while it holds the selection.
void draw_row_tools(AppState& state, const TableModel& model);
// The grip in the first column of a row (nothing for totals and headings).
void draw_row_grip(AppState& state, const TableModel& model, const TableRow& row);

} // namespace vth::ui
