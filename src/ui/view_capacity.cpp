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
#include "widgets.hpp"

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

  // The department chosen with its grip shows only its lines; several or none chosen: all.
  // (Choosing work lines below keeps the filter: they are the lines shown.)
  draw_table(state, capacity_departments_model(state));
  if (state.selection.table == TableId::Departments) {
    state.capacity_department = -1;
    if (state.selection.rows.size() == 1)
      if (const auto at = find_row(p, TableId::Departments, state.selection.rows.front()))
        state.capacity_department = static_cast<int>(at->index);
  } else if (!state.selection.table) {
    state.capacity_department = -1;
  }

  if (ImGui::CollapsingHeader("Grafiek: benodigde en beschikbare fte per afdeling"))
    draw_chart(capacity_chart(state.results), state.theme);
  ImGui::Spacing();
  const char* shown =
      state.capacity_department >= 0 && state.capacity_department < static_cast<int>(p.departments.size())
          ? p.departments[static_cast<std::size_t>(state.capacity_department)].name.c_str()
          : "alle afdelingen";
  ImGui::Text("Werkregels van %s", shown);
  // The hint beside it while it has room (a long department name leaves it a narrow column).
  ImGui::SameLine();
  new_line_unless_room(ImGui::GetFontSize() * 12.0f);
  wrapped_text_disabled(
      "(kies een afdeling met \xE2\x89\xA1 in de tabel hierboven om te filteren; Esc: alle)");
  TableDrawOptions scrolling;
  scrolling.height = remaining_height(1.0f);
  draw_table(state, capacity_work_model(state), scrolling);
}

} // namespace vth::ui
