#include "views.hpp"

#include "widgets.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

void capacity_table(const CapacityResult& c) {
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("capaciteit", 5, kFlags)) return;
  ImGui::TableSetupColumn("Afdeling", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  for (const char* h : {"Vraag (uur)", "Benodigde fte", "Beschikbare fte", "Verschil fte"})
    ImGui::TableSetupColumn(h, ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  auto row = [](const DepartmentResult& d, bool total) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (total)
      ImGui::TextUnformatted("Totaal");
    else
      ImGui::TextUnformatted(d.name.c_str());
    ImGui::TableNextColumn();
    text_right(format_hours(d.demand, 0));
    ImGui::TableNextColumn();
    text_right(format_fixed(d.fte_needed, 3, 2));
    ImGui::TableNextColumn();
    text_right(format_fixed(d.fte_available, 3, 2));
    ImGui::TableNextColumn();
    text_right_signed(format_fixed(d.fte_gap, 3, 2), d.fte_gap);
  };
  for (const auto& d : c.departments) row(d, false);
  row(c.total, true);
  ImGui::EndTable();
}

void odt_table(const OdtResult& o) {
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("odt", 3, kFlags)) return;
  ImGui::TableSetupColumn("Onderdeel", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Uren", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Kosten", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableHeadersRow();
  for (const auto& p : o.parts) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::TableNextColumn();
    text_right(format_hours(p.hours, 0));
    ImGui::TableNextColumn();
    text_right(format_euro(p.cost, 0));
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted("Totaal");
  ImGui::TableNextColumn();
  text_right(format_hours(o.total_hours, 0));
  ImGui::TableNextColumn();
  text_right(format_euro(o.total_cost, 0));
  ImGui::EndTable();
}

} // namespace

void draw_overview(AppState& state) {
  if (!state.programme) {
    ImGui::TextWrapped("Er is geen programma geopend.");
    if (!state.load_error.empty()) ImGui::TextWrapped("%s", state.load_error.c_str());
    return;
  }
  const Programme& p = *state.programme;
  const Results& r = state.results;
  ImGui::Text("%s — gemeente %s, %d", p.title.c_str(), p.municipality.c_str(), p.year);
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
    key_figure("Controles", std::to_string(r.findings.size()) + " bevindingen",
               std::to_string(r.assumptions.size()) + " aannames");
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::SeparatorText("Capaciteit per afdeling");
  capacity_table(r.capacity);
  ImGui::Spacing();
  ImGui::SeparatorText("ODT-uren van de gemeente");
  odt_table(r.odt);
  ImGui::Spacing();
  ImGui::TextDisabled(
      "Aannames (waarden die niet uit de bron komen) en bevindingen staan in het programmabestand "
      "en in 'vth-planner check'. Alles wordt in uw browser berekend.");
}

} // namespace vth::ui
