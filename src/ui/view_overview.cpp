#include "views.hpp"

#include "scenarios.hpp"
#include "table_draw.hpp"
#include "view_models.hpp"
#include "widgets.hpp"

#include "core/model/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_overview(AppState& state) {
  if (!state.programme) {
    ImGui::TextWrapped(
        "Er is geen programma geopend. Open een programmabestand (JSON) met 'Openen…' of sleep het "
        "op dit venster.");
    return;
  }
  const Programme& p = *state.programme;
  const Results& r = state.results;
  ImGui::Text("%s — gemeente %s, %d", p.title.c_str(), p.municipality.c_str(), p.year);
  ImGui::SameLine();
  ImGui::TextDisabled("— scenario: %s", current_scenario_name(state).c_str());
  ImGui::Spacing();

  const float width = ImGui::GetContentRegionAvail().x;
  const int columns = width > 900.0f ? 4 : 2;
  if (ImGui::BeginTable("kerncijfers", columns, ImGuiTableFlags_SizingStretchSame)) {
    key_figure("Vraag gemeente", format_hours(r.capacity.total.demand, 0) + " uur",
               format_fixed(r.capacity.total.fte_needed, 3, 1) + " fte nodig");
    key_figure("Capaciteit", format_fixed(r.capacity.total.fte_available, 3, 1) + " fte",
               "verschil " + format_fixed(r.capacity.total.fte_gap, 3, 1) + " fte");
    key_figure("ODT voor de gemeente", format_hours(r.odt.total_hours, 0) + " uur",
               format_euro(r.odt.total_cost, 0) + " bij " + format_euro(r.odt_hourly_rate) + " per uur");
    key_figure("Regionaal eigen deel",
               format_grouped(r.regional.projects.own_hours + r.regional.services.own_hours) + " uur",
               format_euro(r.regional.projects.own_cost + r.regional.services.own_cost, 0) +
                   (r.regional.projects.computed ? "" : " (sleutels ≠ 100%)"));
    ImGui::EndTable();
  }
  if (ImGui::BeginTable("kerncijfers2", columns, ImGuiTableFlags_SizingStretchSame)) {
    key_figure("Controles", std::to_string(r.findings.size()) + " bevindingen",
               std::to_string(r.assumptions->size()) + " aannames");
    key_figure("Energie", format_hours(r.energy.hours, 0) + " uur", format_euro(r.energy.cost, 0));
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::SeparatorText("Capaciteit per afdeling");
  TableDrawOptions summary;
  summary.plain = true;
  draw_table(state, overview_departments_model(state), summary);
  ImGui::Spacing();
  ImGui::SeparatorText("ODT-uren van de gemeente");
  draw_table(state, odt_parts_model(state));
  ImGui::Spacing();
  ImGui::TextDisabled("Alles wordt in uw browser berekend; er gaat niets naar een server.");
}

} // namespace vth::ui
