#pragma once
// Draws any TableModel with ImGui: header frozen while the table scrolls, only
// the visible rows asked from the model (ImGuiListClipper), editable numbers
// through number_cell(), the origin colours, tooltips and the jump highlight.

#include "app_state.hpp"
#include "table_model.hpp"

#include <cstddef>
#include <functional>

namespace vth::ui {

struct TableDrawOptions {
  float height = 0.0f; // > 0: the table scrolls on its own within this height; 0: as high as its rows
  bool plain = false;  // no outer border and fixed columns (a summary inside a page, Overzicht)
  // The first cell as a selectable row (a filter, a switch, a jump): whether the
  // row is selected, and what a click does.
  std::function<bool(std::size_t row)> selected;
  std::function<void(std::size_t row)> clicked;
  std::function<bool(std::size_t row)> selectable; // unset: every row but headings
  bool select_whole_row = true;                    // the selectable spans all columns
  // Draws the cell of an Action column (buttons, check boxes) of a row.
  std::function<void(std::size_t row, std::size_t column)> draw_action;
};

void draw_table(AppState& state, const TableModel& model, const TableDrawOptions& options = {});

} // namespace vth::ui
