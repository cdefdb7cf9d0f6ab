// Energie: the energy programme and the SPUK THE table, hours and euros at the
// ODT tariff next to what the source prints.

#include "views.hpp"

#include "table_style.hpp"
#include "value_cell.hpp"
#include "widgets.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

void energy_lines(AppState& state, const char* id, const char* key, const EnergyTable& table,
                  const EnergyResult& result) {
  if (!ImGui::BeginTable(id, 7, kDataTable)) return;
  setup_columns({{"Product", 3.2f},
                 {"Kental", 0.9f},
                 {"Aantal", 0.9f},
                 {"Uren", 1.0f},
                 {"Kosten", 1.2f},
                 {"Gedrukte uren", 1.0f},
                 {"Gedrukte kosten", 1.2f}});
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const EnergyLine& l = table.lines[i];
    const EnergyLineResult& lr = result.lines[i];
    const std::string ptr = std::string("/") + key + "/regels/" + std::to_string(i);
    ImGui::TableNextRow();
    highlight_if_jump_target(state, ptr);
    ImGui::TableNextColumn();
    cell_text(l.product);
    provenance_tooltip(l.source, "");
    const bool per_item = l.hours_per_item && l.count;
    ImGui::TableNextColumn();
    if (per_item)
      number_cell(state, ptr + "/kental", l.source, "kental");
    else
      ImGui::TextDisabled("n.v.t.");
    ImGui::TableNextColumn();
    if (per_item)
      number_cell(state, ptr + "/aantal", l.source, "aantal");
    else
      ImGui::TextDisabled("n.v.t.");
    ImGui::TableNextColumn();
    if (!per_item && l.hours)
      number_cell(state, ptr + "/uren", l.source, "uren");
    else if (!l.cost_without_hours)
      text_right(format_hours(lr.hours, 0));
    ImGui::TableNextColumn();
    text_right(format_euro(lr.cost, 0));
    ImGui::TableNextColumn();
    if (l.hours) text_right_signed(format_hours(*l.hours, 0), per_item && *l.hours != lr.hours ? -1 : 0);
    ImGui::TableNextColumn();
    if (l.printed_cost)
      text_right_signed(format_euro(*l.printed_cost, 0), *l.printed_cost != lr.cost ? -1 : 0);
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  cell_text("Totaal");
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  text_right(format_hours(result.hours, 0));
  ImGui::TableNextColumn();
  text_right(format_euro(result.cost, 0));
  if (table.printed_total) {
    ImGui::TableNextColumn();
    if (table.printed_total->hours)
      text_right_signed(format_hours(*table.printed_total->hours, 0),
                        *table.printed_total->hours != result.hours ? -1 : 0);
    ImGui::TableNextColumn();
    if (table.printed_total->cost)
      text_right_signed(format_euro(*table.printed_total->cost, 0),
                        *table.printed_total->cost != result.cost ? -1 : 0);
  }
  ImGui::EndTable();
}

void add_rows(Table& t, const char* programme, const EnergyTable& table, const EnergyResult& result) {
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const EnergyLine& l = table.lines[i];
    t.rows.push_back({Cell::str(programme), Cell::str(l.product),
                      l.hours_per_item ? Cell::hours(*l.hours_per_item) : Cell::str(""),
                      l.count ? Cell::hours(*l.count) : Cell::str(""), Cell::hours(result.lines[i].hours),
                      Cell::cents(result.lines[i].cost)});
  }
  t.rows.push_back({Cell::str(programme), Cell::str("Totaal"), Cell::str(""), Cell::str(""),
                    Cell::hours(result.hours), Cell::cents(result.cost)});
}

} // namespace

void draw_energy(AppState& state) {
  if (!state.programme) return;
  const Programme& p = *state.programme;
  ImGui::Text("Kosten tegen het ODT-uurtarief van %s; elke regel afgerond op hele euro's zoals de bron.",
              format_euro(p.settings.odt_hourly_rate).c_str());
  origin_legend(state);
  ImGui::SeparatorText("Energie en duurzaamheid (Bijlage 3)");
  energy_lines(state, "energie", "energie", p.energy, state.results.energy);
  ImGui::SeparatorText("SPUK THE");
  energy_lines(state, "spuk", "spuk_the", p.spuk, state.results.spuk);
  ImGui::TextDisabled("Rood: wijkt af van wat de invoer geeft (zie Controles & aannames).");
}

Table energy_table(const AppState& state) {
  Table t{
      "Energie en SPUK THE", {"Programma", "Product", "Kental (uur)", "Aantal", "Uren", "Kosten (€)"}, {}};
  if (!state.programme) return t;
  add_rows(t, "Energie", state.programme->energy, state.results.energy);
  add_rows(t, "SPUK THE", state.programme->spuk, state.results.spuk);
  return t;
}

} // namespace vth::ui
