// Regionale verdeling: regional projects and services with their financing,
// all partners with their keys (editable, the sum checked), and the exact
// split per partner in whole hours and in euros to the cent.

#include "views.hpp"

#include "chart_draw.hpp"

#include "table_style.hpp"
#include "value_cell.hpp"
#include "widgets.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

void items_table(AppState& state, const char* id, const char* key, const std::vector<RegionalItem>& items) {
  if (!ImGui::BeginTable(id, 5, kDataTable)) return;
  setup_columns({{"Code", 0.7f}, {"Naam", 3.0f}, {"Uren", 1.0f}, {"Financiering", 2.0f}, {"Status", 1.2f}});
  for (std::size_t i = 0; i < items.size(); ++i) {
    const RegionalItem& it = items[i];
    const std::string ptr = std::string("/regionaal/") + key + "/" + std::to_string(i);
    ImGui::TableNextRow();
    highlight_if_jump_target(state, ptr);
    ImGui::TableNextColumn();
    cell_text(it.code);
    ImGui::TableNextColumn();
    cell_text(it.name);
    if (!it.summary.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
      cell_text(it.summary);
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::TableNextColumn();
    number_cell(state, ptr + "/uren", it.source, "uren");
    ImGui::TableNextColumn();
    const std::string fin = it.financing_text.empty() ? financing_key(it.financing) : it.financing_text;
    if (it.financing == Financing::SharedKey)
      cell_text(fin);
    else
      ImGui::TextDisabled("%s (niet verdeeld)", fin.c_str());
    ImGui::TableNextColumn();
    cell_text(it.status);
  }
  ImGui::EndTable();
}

void split_table(AppState& state) {
  const Programme& p = *state.programme;
  const RegionalResult& r = state.results.regional;
  if (!ImGui::BeginTable("verdeling", 6, kDataTable)) return;
  setup_columns({{"Partner", 2.2f},
                 {"Sleutel", 1.1f},
                 {"Projecten (uur)", 1.0f},
                 {"Projecten (€)", 1.3f},
                 {"Diensten (uur)", 1.0f},
                 {"Diensten (€)", 1.3f}});
  for (std::size_t i = 0; i < p.regional.partners.size(); ++i) {
    const Partner& x = p.regional.partners[i];
    const std::string ptr = "/regionaal/partners/" + std::to_string(i);
    ImGui::TableNextRow();
    highlight_if_jump_target(state, ptr);
    ImGui::TableNextColumn();
    if (x.id == p.regional.own_partner)
      ImGui::Text("%s (eigen)", x.name.c_str());
    else
      cell_text(x.name);
    ImGui::TableNextColumn();
    number_cell(state, ptr + "/sleutel", x.source, "sleutel");
    for (const PoolSplit* s : {&r.projects, &r.services}) {
      ImGui::TableNextColumn();
      if (s->computed) text_right(format_grouped(s->shares[i].hours));
      ImGui::TableNextColumn();
      if (s->computed) text_right(format_euro(s->shares[i].cost));
    }
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  cell_text("Totaal");
  ImGui::TableNextColumn();
  text_right_signed(format_percent(r.key_sum, 4), r.key_sum == kWhole ? 0 : -1);
  for (const PoolSplit* s : {&r.projects, &r.services}) {
    ImGui::TableNextColumn();
    text_right(format_grouped(s->total_hours));
    ImGui::TableNextColumn();
    text_right(format_euro(s->total_cost));
  }
  ImGui::EndTable();
}

} // namespace

void draw_regional(AppState& state) {
  if (!state.programme) return;
  Programme& p = *state.programme;
  const RegionalResult& r = state.results.regional;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("ODT-uurtarief:");
  ImGui::SameLine();
  number_cell(state, "/instellingen/odt_uurtarief", p.settings.source, "odt_uurtarief",
              ImGui::GetFontSize() * 7.0f);
  ImGui::SameLine();
  origin_legend(state);

  ImGui::SeparatorText("Verdeling over de partners (verdeelsleutel)");
  if (r.key_sum != kWhole)
    ImGui::TextColored(
        ImVec4(0.8f, 0.1f, 0.1f, 1.0f),
        "De sleutels tellen op tot %s in plaats van 100%%: de verdeling wordt pas berekend als de som "
        "precies 100%% is.",
        format_percent(r.key_sum, 4).c_str());
  else
    ImGui::TextDisabled(
        "Sleutels samen 100%%. Uren en euro's verdeeld met de grootste-restmethode: de delen tellen "
        "exact op tot het totaal; de euro's volgen uit de onafgeronde uren.");
  split_table(state);
  if (ImGui::CollapsingHeader("Grafiek: kosten per partner"))
    draw_chart(regional_chart(state.results), state.theme);
  ImGui::SeparatorText("Regionale projecten");
  items_table(state, "projecten", "projecten", p.regional.projects);
  ImGui::SeparatorText("Regionale diensten");
  items_table(state, "diensten", "diensten", p.regional.services);
}

Table regional_table(const AppState& state) {
  Table t{"Regionale verdeling",
          {"Partner", "Sleutel", "Projecten (uur)", "Projecten (€)", "Diensten (uur)", "Diensten (€)"},
          {}};
  if (!state.programme) return t;
  const auto& r = state.results.regional;
  const auto& partners = state.programme->regional.partners;
  auto part = [](const PoolSplit& s, std::size_t i, bool cost) {
    if (!s.computed) return Cell::str("");
    return cost ? Cell::cents(s.shares[i].cost) : Cell::integer(s.shares[i].hours);
  };
  for (std::size_t i = 0; i < partners.size(); ++i)
    t.rows.push_back({Cell::str(partners[i].name), Cell::percent(partners[i].key), part(r.projects, i, false),
                      part(r.projects, i, true), part(r.services, i, false), part(r.services, i, true)});
  t.rows.push_back({Cell::str("Totaal"), Cell::percent(r.key_sum), Cell::integer(r.projects.total_hours),
                    Cell::cents(r.projects.total_cost), Cell::integer(r.services.total_hours),
                    Cell::cents(r.services.total_cost)});
  return t;
}

} // namespace vth::ui
