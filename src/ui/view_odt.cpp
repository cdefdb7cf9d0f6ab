// ODT-programma: the product tables with their computed and printed totals,
// and the regional and local parts the municipality takes from the ODT.

#include "app.hpp"
#include "views.hpp"

#include "table_draw.hpp"
#include "table_style.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"
#include "widgets.hpp"

#include "core/model/dutch_format.hpp"

#include "core/fields/field_pointer.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

void product_table(AppState& state, OdtPart part) {
  TableDrawOptions scrolling;
  scrolling.height = remaining_height(2.5f);
  draw_table(state, odt_products_model(state, part), scrolling);
  const int k = static_cast<int>(part);
  const auto& total = state.results.odt.parts[static_cast<std::size_t>(k)];
  ImGui::Text("Totaal %s: %s uur, %s", odt_part_name(part), format_hours(total.hours, 0).c_str(),
              format_euro(total.cost, 0).c_str());
  if (const auto& printed = state.programme->odt.printed_part_totals[k]; printed && printed->hours) {
    ImGui::SameLine();
    const bool differs = has_finding(state, printed_pointer(printed_slot(k), "uren"));
    const std::string text = "(de bron drukt " + format_hours(*printed->hours, 0) + " uur)";
    if (differs)
      ImGui::TextColored(alert_color(state.theme), "%s", text.c_str());
    else
      ImGui::TextDisabled("%s", text.c_str());
  }
}

void other_parts(AppState& state) {
  ImGui::SeparatorText("ODT-uren van de gemeente per onderdeel");
  draw_table(state, odt_parts_model(state));
  wrapped_text_disabled(
      "Regionale projecten en diensten: het eigen deel uit de verdeling (zie Regionale verdeling).");
  ImGui::SeparatorText("Lokale projecten");
  draw_table(state, odt_hours_items_model(state, "lokale_projecten"));
  ImGui::SeparatorText("Werkvoorraad");
  draw_table(state, odt_hours_items_model(state, "werkvoorraad"));
}

} // namespace

void draw_odt(AppState& state) {
  if (!state.programme) return;
  origin_legend(state);
  // The tariff prices every hour on this page: changed here, the costs follow at once.
  labelled_setting(state, "ODT-uurtarief", "odt_uurtarief");
  const char* tabs[] = {"Vergunningen", "Toezicht", "Handhaving", "Advies", "Projecten en overig"};
  // Tabs as a row of buttons: a jump from Controles & aannames can select one.
  for (int i = 0; i < 5; ++i) {
    if (i) ImGui::SameLine();
    const bool active = state.odt_tab == i;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(tabs[i])) state.odt_tab = i;
    if (active) ImGui::PopStyleColor();
  }
  if (state.odt_tab >= 0 && state.odt_tab < 4)
    product_table(state, kOdtParts[state.odt_tab]);
  else
    other_parts(state);
}

} // namespace vth::ui
