// Capaciteit: per department the work lines, the productive hours per FTE,
// available FTE, demand and gap. The work list is virtualised (draw_table asks
// only for the visible rows), so that a programme with 100.000 lines scrolls as
// smoothly as Enschede's 78.

#include "views.hpp"

#include "chart_draw.hpp"
#include "table_draw.hpp"
#include "table_style.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_capacity(AppState& state) {
  if (!state.programme) return;
  Programme& p = *state.programme;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Productieve uren per fte:");
  ImGui::SameLine();
  number_cell(state, field_of(TableId::Settings, 0, "productieve_uren_per_fte"), ImGui::GetFontSize() * 7.0f);
  ImGui::SameLine();
  origin_legend(state);

  // A click on a department shows only its lines (a second click all again).
  const TableModel departments = capacity_departments_model(state);
  TableDrawOptions filter;
  filter.selected = [&state](std::size_t row) { return state.capacity_department == static_cast<int>(row); };
  filter.selectable = [&departments](std::size_t row) {
    return row + 1 < departments.row_count;
  }; // not the total
  filter.clicked = [&state](std::size_t row) {
    const int i = static_cast<int>(row);
    state.capacity_department = state.capacity_department == i ? -1 : i;
  };
  draw_table(state, departments, filter);

  if (ImGui::CollapsingHeader("Grafiek: benodigde en beschikbare fte per afdeling"))
    draw_chart(capacity_chart(state.results), state.theme);
  ImGui::Spacing();
  const char* shown =
      state.capacity_department >= 0 && state.capacity_department < static_cast<int>(p.departments.size())
          ? p.departments[static_cast<std::size_t>(state.capacity_department)].name.c_str()
          : "alle afdelingen";
  ImGui::Text("Werkregels van %s", shown);
  ImGui::SameLine();
  ImGui::TextDisabled("(kies een afdeling in de tabel hierboven om te filteren)");
  TableDrawOptions scrolling;
  scrolling.height = remaining_height(1.0f);
  draw_table(state, capacity_work_model(state), scrolling);
}

} // namespace vth::ui
