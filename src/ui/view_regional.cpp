// Regionale verdeling: regional projects and services with their financing,
// all partners with their keys (editable, the sum checked), and the exact
// split per partner in whole hours and in euros to the cent.

#include "app.hpp"
#include "views.hpp"

#include "chart_draw.hpp"
#include "table_draw.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"
#include "widgets.hpp"

#include "core/model/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_regional(AppState& state) {
  if (!state.programme) return;
  const RegionalResult& r = state.results.regional;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("ODT-uurtarief:");
  ImGui::SameLine();
  number_cell(state, field_of(TableId::Settings, 0, "odt_uurtarief"), ImGui::GetFontSize() * 7.0f);
  ImGui::SameLine();
  origin_legend(state);

  ImGui::SeparatorText("Verdeling over de partners (verdeelsleutel)");
  if (r.key_sum != kWhole) {
    const bool short_of = r.key_sum < kWhole;
    wrapped_text("De sleutels tellen op tot " + format_percent(r.key_sum, 4) + ": " +
                     (short_of ? "nog " : "") +
                     format_percent(short_of ? kWhole - r.key_sum : r.key_sum - kWhole, 4) +
                     (short_of ? " te verdelen" : " te veel") +
                     ". De verdeling wordt pas berekend als de som precies 100% is.",
                 alert_color(state.theme));
  } else {
    wrapped_text_disabled(
        "Sleutels samen 100%. Uren en euro's verdeeld met de grootste-restmethode: de delen "
        "tellen exact op tot het totaal; de euro's volgen uit de onafgeronde uren.");
  }
  draw_table(state, regional_split_model(state));
  if (ImGui::CollapsingHeader("Grafiek: kosten per partner"))
    draw_chart(regional_chart(state.results), state.theme);
  ImGui::SeparatorText("Regionale projecten");
  draw_table(state, regional_items_model(state, "projecten"));
  ImGui::SeparatorText("Regionale diensten");
  draw_table(state, regional_items_model(state, "diensten"));
}

} // namespace vth::ui
