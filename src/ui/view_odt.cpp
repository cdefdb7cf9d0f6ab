// ODT-programma: the product tables with their computed and printed totals,
// and the regional and local parts the municipality takes from the ODT.

#include "views.hpp"

#include "table_style.hpp"
#include "value_cell.hpp"
#include "widgets.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

constexpr int kOtherTab = 4;

void product_table(AppState& state, OdtPart part) {
  const Programme& p = *state.programme;
  const int k = static_cast<int>(part);
  const auto& lines = p.odt.parts[k];
  const auto& hours = state.results.odt.line_hours[k];
  const std::string base = std::string("/odt/") + odt_part_key(part) + "/";
  int target = -1;
  if (state.jump_pending)
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (state.jump_pointer.rfind(base + std::to_string(i) + "/", 0) == 0) target = static_cast<int>(i);
  if (!ImGui::BeginTable("producten", 6, kScrollTable, ImVec2(0.0f, remaining_height(2.5f)))) return;
  setup_columns({{"Code", 1.0f},
                 {"Product", 4.0f},
                 {"Aantal", 1.0f},
                 {"Kental (uur)", 1.0f},
                 {"Totaal (uur)", 1.0f},
                 {"Gedrukt totaal", 1.0f}});
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()));
  if (target >= 0) clipper.IncludeItemByIndex(target);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto i = static_cast<std::size_t>(r);
      const OdtLine& l = lines[i];
      const std::string ptr = base + std::to_string(i);
      ImGui::TableNextRow();
      highlight_if_jump_target(state, ptr);
      ImGui::TableNextColumn();
      cell_text(l.code);
      ImGui::TableNextColumn();
      cell_text(l.product);
      provenance_tooltip(l.source, "");
      ImGui::TableNextColumn();
      number_cell(state, ptr + "/aantal", l.source, "aantal");
      ImGui::TableNextColumn();
      number_cell(state, ptr + "/kental", l.source, "kental");
      ImGui::TableNextColumn();
      if (i < hours.size()) text_right(format_hours(hours[i], 1));
      ImGui::TableNextColumn();
      if (l.printed_hours) {
        const bool differs = i < hours.size() && hours[i] != *l.printed_hours;
        text_right_signed(format_hours(*l.printed_hours, 1), differs ? -1 : 0);
        if (differs && ImGui::IsItemHovered()) ImGui::SetTooltip("Wijkt af van aantal × kental");
      }
    }
  }
  ImGui::EndTable();
  const auto& total = state.results.odt.parts[static_cast<std::size_t>(k)];
  ImGui::Text("Totaal %s: %s uur, %s", odt_part_name(part), format_hours(total.hours, 0).c_str(),
              format_euro(total.cost, 0).c_str());
  if (const auto& printed = p.odt.printed_part_totals[k]; printed && printed->hours) {
    ImGui::SameLine();
    const bool differs = *printed->hours != total.hours;
    const std::string text = "(de bron drukt " + format_hours(*printed->hours, 0) + " uur)";
    if (differs)
      ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1.0f), "%s", text.c_str());
    else
      ImGui::TextDisabled("%s", text.c_str());
  }
}

void hours_items(AppState& state, const char* id, const char* key, const std::vector<HoursItem>& items) {
  if (items.empty()) return;
  if (!ImGui::BeginTable(id, 3, kDataTable)) return;
  setup_columns({{"Naam", 3.0f}, {"Omschrijving", 4.0f}, {"Uren", 1.0f}});
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string ptr = std::string("/odt/") + key + "/" + std::to_string(i);
    ImGui::TableNextRow();
    highlight_if_jump_target(state, ptr);
    ImGui::TableNextColumn();
    cell_text(items[i].name);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", items[i].description.c_str());
    ImGui::TableNextColumn();
    number_cell(state, ptr + "/uren", items[i].source, "uren");
  }
  ImGui::EndTable();
}

void other_parts(AppState& state) {
  const Programme& p = *state.programme;
  const OdtResult& o = state.results.odt;
  ImGui::SeparatorText("ODT-uren van de gemeente per onderdeel");
  odt_parts_table(o);
  ImGui::TextDisabled(
      "Regionale projecten en diensten: het eigen deel uit de verdeling (zie Regionale verdeling).");
  ImGui::SeparatorText("Lokale projecten");
  hours_items(state, "lokaal", "lokale_projecten", p.odt.local_projects);
  ImGui::SeparatorText("Werkvoorraad");
  hours_items(state, "voorraad", "werkvoorraad", p.odt.work_stock);
}

} // namespace

void draw_odt(AppState& state) {
  if (!state.programme) return;
  origin_legend(state);
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

Table odt_table(const AppState& state) {
  if (!state.programme) return {};
  if (state.odt_tab == kOtherTab || state.odt_tab < 0 || state.odt_tab > 4) {
    Table t{"ODT-uren van de gemeente", {"Onderdeel", "Uren", "Kosten (€)"}, {}};
    for (const auto& part : state.results.odt.parts)
      t.rows.push_back({Cell::str(part.name), Cell::hours(part.hours), Cell::cents(part.cost)});
    t.rows.push_back({Cell::str("Totaal"), Cell::hours(state.results.odt.total_hours),
                      Cell::cents(state.results.odt.total_cost)});
    return t;
  }
  const OdtPart part = kOdtParts[state.odt_tab];
  const auto& lines = state.programme->odt.parts[state.odt_tab];
  const auto& hours = state.results.odt.line_hours[state.odt_tab];
  Table t{std::string("ODT ") + odt_part_name(part),
          {"Code", "Product", "Aantal", "Kental (uur)", "Totaal (uur)", "Gedrukt totaal (uur)"},
          {}};
  for (std::size_t i = 0; i < lines.size(); ++i)
    t.rows.push_back({Cell::str(lines[i].code), Cell::str(lines[i].product), Cell::hours(lines[i].count),
                      Cell::hours(lines[i].hours_per_item), Cell::hours(hours[i]),
                      lines[i].printed_hours ? Cell::hours(*lines[i].printed_hours) : Cell::str("")});
  t.rows.push_back({Cell::str("Totaal"), Cell::str(""), Cell::str(""), Cell::str(""),
                    Cell::hours(state.results.odt.parts[static_cast<std::size_t>(state.odt_tab)].hours),
                    Cell::str("")});
  return t;
}

} // namespace vth::ui
