#include "app.hpp"
#include "views.hpp"

#include "scenarios.hpp"
#include "table_draw.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"
#include "widgets.hpp"

#include "core/model/dutch_format.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {

void draw_overview(AppState& state) {
  if (!state.programme) {
    wrapped_text("Er is geen programma geopend. Open een programmabestand (JSON) met 'Openen…' of sleep het "
                 "op dit venster.");
    return;
  }
  const Programme& p = *state.programme;
  ImGui::Text("%s — gemeente %s, %d", p.title.c_str(), p.municipality.c_str(), p.year);
  ImGui::SameLine();
  ImGui::TextDisabled("— scenario: %s", current_scenario_name(state).c_str());
  ImGui::Spacing();

  const float width = ImGui::GetContentRegionAvail().x;
  // As many tiles side by side as fit at this zoom (one at 300 % on a narrow window).
  const int columns = std::clamp(static_cast<int>(width / (ImGui::GetFontSize() * 14.0f)), 1, 4);
  const ImVec4 worse = alert_color(state.theme);
  if (ImGui::BeginTable("kerncijfers", columns, ImGuiTableFlags_SizingStretchSame)) {
    int index = 0;
    for (const KeyFigure& f : key_figures(state)) {
      ImGui::PushID(index++);
      key_figure(f, worse, [&](const std::string& value) { offer_copy(state, value); });
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  // What the headline figures rest on, changeable here; an assumption says so.
  labelled_setting(state, "ODT-uurtarief", "odt_uurtarief");
  ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
  labelled_setting(state, "Productieve uren per fte", "productieve_uren_per_fte");
  origin_legend(state);
  ImGui::Spacing();
  ImGui::SeparatorText("Capaciteit per afdeling");
  TableDrawOptions summary;
  summary.plain = true;
  draw_table(state, overview_departments_model(state), summary);
  ImGui::Spacing();
  ImGui::SeparatorText("ODT-uren van de gemeente");
  draw_table(state, odt_parts_model(state));
  ImGui::Spacing();
  wrapped_text_disabled("Alles wordt in uw browser berekend; er gaat niets naar een server.");
}

} // namespace vth::ui
