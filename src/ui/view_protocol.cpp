// Toezichtprotocol: per inspection item the depth for risk classes RK1..RK4.

#include "views.hpp"
#include "widgets.hpp"

#include "table_draw.hpp"
#include "table_style.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"

#include <imgui.h>

#include <string>

namespace vth::ui {

void draw_protocol(AppState& state) {
  if (!state.programme) return;
  const Protocol& protocol = state.programme->protocol;
  if (ImGui::CollapsingHeader("Hoofdstukken", protocol.groups.empty() ? ImGuiTreeNodeFlags_DefaultOpen : 0))
    draw_table(state, protocol_groups_model(state));
  if (protocol.groups.empty()) {
    wrapped_text_disabled("Dit programma heeft nog geen toezichtprotocol: voeg eerst een hoofdstuk toe.");
    return;
  }
  std::string legend = "Diepgang van het toezicht per risicoklasse (RK):";
  for (const auto& [code, meaning] : protocol.legend) legend += "  " + code + " = " + meaning + ";";
  wrapped_text(legend);
  if (protocol.source.is_assumption("legenda")) {
    ImGui::PushStyleColor(ImGuiCol_Text, origin_color(Origin::Assumption, state.theme));
    wrapped_textf("Aanname: %s", protocol.source.assumptions.at("legenda").c_str());
    ImGui::PopStyleColor();
  }
  TableDrawOptions scrolling;
  scrolling.height = remaining_height();
  draw_table(state, protocol_model(state), scrolling);
}

} // namespace vth::ui
