// Toezichtprotocol: per inspection item the depth for risk classes RK1..RK4.

#include "views.hpp"

#include "table_style.hpp"
#include "value_cell.hpp"

#include <imgui.h>

#include <string>

namespace vth::ui {

void draw_protocol(AppState& state) {
  if (!state.programme) return;
  const Protocol& protocol = state.programme->protocol;
  if (protocol.groups.empty()) {
    ImGui::TextDisabled("Dit programma heeft geen toezichtprotocol.");
    return;
  }
  std::string legend = "Diepgang van het toezicht per risicoklasse (RK):";
  for (const auto& [code, meaning] : protocol.legend) legend += "  " + code + " = " + meaning + ";";
  ImGui::TextWrapped("%s", legend.c_str());
  if (protocol.source.is_assumption("legenda")) {
    ImGui::PushStyleColor(ImGuiCol_Text, origin_color(Origin::Assumption, state.theme));
    ImGui::TextWrapped("Aanname: %s", protocol.source.assumptions.at("legenda").c_str());
    ImGui::PopStyleColor();
  }
  if (!ImGui::BeginTable("protocol", 7, kScrollTable, ImVec2(0.0f, remaining_height()))) return;
  setup_columns({{"Nr.", 0.6f},
                 {"Omschrijving", 5.0f},
                 {"RK 1", 0.6f},
                 {"RK 2", 0.6f},
                 {"RK 3", 0.6f},
                 {"RK 4", 0.6f},
                 {"Thema", 1.4f}});
  for (std::size_t g = 0; g < protocol.groups.size(); ++g) {
    const ProtocolGroup& group = protocol.groups[g];
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(group.number.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(group.name.c_str());
    for (std::size_t i = 0; i < group.items.size(); ++i) {
      const ProtocolItem& item = group.items[i];
      ImGui::TableNextRow();
      highlight_if_jump_target(state, "/toezichtprotocol/onderdelen/" + std::to_string(g) + "/items/" +
                                          std::to_string(i));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(item.number.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(item.name.c_str());
      provenance_tooltip(item.source, "diepgang");
      for (const std::string& depth : item.depth) {
        ImGui::TableNextColumn();
        // Centre the single character so the matrix reads as columns.
        const float w = ImGui::CalcTextSize(depth.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) * 0.5f);
        ImGui::TextUnformatted(depth.c_str());
        if (ImGui::IsItemHovered() && protocol.legend.count(depth))
          ImGui::SetTooltip("%s", protocol.legend.at(depth).c_str());
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(item.theme.c_str());
    }
  }
  ImGui::EndTable();
}

Table protocol_table(const AppState& state) {
  Table t{"Toezichtprotocol", {"Nr.", "Omschrijving", "RK 1", "RK 2", "RK 3", "RK 4", "Thema"}, {}};
  if (!state.programme) return t;
  for (const auto& g : state.programme->protocol.groups) {
    t.rows.push_back({Cell::str(g.number), Cell::str(g.name), Cell::str(""), Cell::str(""), Cell::str(""),
                      Cell::str(""), Cell::str("")});
    for (const auto& i : g.items)
      t.rows.push_back({Cell::str(i.number), Cell::str(i.name), Cell::str(i.depth[0]), Cell::str(i.depth[1]),
                        Cell::str(i.depth[2]), Cell::str(i.depth[3]), Cell::str(i.theme)});
  }
  return t;
}

} // namespace vth::ui
