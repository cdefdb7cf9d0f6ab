// Scenario's: manage scenarios, see and reset their changes, compare up to
// four side by side with the adopted programme, share them, and the history.

#include "views.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "table_style.hpp"
#include "widgets.hpp"

#include "core/dutch_format.hpp"
#include "core/edit.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace vth::ui {
namespace {

std::string value_text(const AppState& state, const std::string& pointer, std::optional<std::int64_t> v) {
  if (!v) return "n.v.t.";
  const auto f = find_field(*state.programme, pointer);
  return format_trimmed(*v, f ? f->spec.decimals : 3);
}

void scenario_list(AppState& state) {
  char name[128];
  std::snprintf(name, sizeof name, "%s", state.rename_buffer.c_str());
  if (ImGui::Button("Nieuw scenario")) new_scenario(state);
  ImGui::SameLine();
  ImGui::BeginDisabled(state.current < 0);
  if (ImGui::Button("Dupliceren")) duplicate_scenario(state, state.current);
  ImGui::SameLine();
  if (ImGui::Button("Alles terugzetten")) reset_scenario(state);
  ImGui::SameLine();
  if (ImGui::Button("Verwijderen")) delete_scenario(state, state.current);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
  if (ImGui::InputTextWithHint("##naam", "nieuwe naam", name, sizeof name)) state.rename_buffer = name;
  ImGui::SameLine();
  if (ImGui::Button("Hernoemen") && !state.rename_buffer.empty()) {
    if (!rename_scenario(state, state.current, state.rename_buffer))
      state.status = "Die naam is al in gebruik.";
    state.rename_buffer.clear();
  }
  ImGui::EndDisabled();

  ImGui::Spacing();
  if (!ImGui::BeginTable("scenarios", 4, kDataTable)) return;
  setup_columns({{"Scenario", 3.0f}, {"Wijzigingen", 1.0f}, {"Vergelijken", 1.0f}, {"", 1.0f}});
  for (int i = -1; i < static_cast<int>(state.scenarios.size()); ++i) {
    ImGui::TableNextRow();
    ImGui::PushID(i);
    ImGui::TableNextColumn();
    const std::string label = i < 0 ? std::string("Vastgesteld programma (vergrendeld)")
                                    : state.scenarios[static_cast<std::size_t>(i)].name;
    if (ImGui::Selectable(label.c_str(), state.current == i, ImGuiSelectableFlags_AllowOverlap))
      switch_scenario(state, i);
    ImGui::TableNextColumn();
    text_right(i < 0 ? std::string("–")
                     : std::to_string(state.scenarios[static_cast<std::size_t>(i)].changes.size()));
    ImGui::TableNextColumn();
    if (i >= 0) {
      bool on = std::find(state.compare.begin(), state.compare.end(), i) != state.compare.end();
      ImGui::BeginDisabled(!on && state.compare.size() >= 4);
      if (ImGui::Checkbox("##vergelijk", &on)) {
        if (on)
          state.compare.push_back(i);
        else
          state.compare.erase(std::remove(state.compare.begin(), state.compare.end(), i),
                              state.compare.end());
      }
      ImGui::EndDisabled();
    }
    ImGui::TableNextColumn();
    if (state.current == i) ImGui::TextDisabled("huidig");
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void changes_table(AppState& state) {
  if (state.current < 0) {
    ImGui::TextDisabled(
        "Het vastgestelde programma heeft geen wijzigingen; een wijziging in een scherm start een scenario.");
    return;
  }
  const Changes changes = state.scenarios[static_cast<std::size_t>(state.current)].changes;
  if (changes.empty()) {
    ImGui::TextDisabled("Nog geen wijzigingen in dit scenario.");
    return;
  }
  if (!ImGui::BeginTable("wijzigingen", 5, kDataTable)) return;
  setup_columns({{"Waarde", 4.0f}, {"Vastgesteld", 1.2f}, {"Scenario", 1.2f}, {"", 1.0f}, {"", 1.2f}});
  for (const auto& [pointer, value] : changes) {
    ImGui::TableNextRow();
    ImGui::PushID(pointer.c_str());
    ImGui::TableNextColumn();
    cell_text(pointer);
    ImGui::TableNextColumn();
    text_right(value_text(state, pointer, adopted_value(state, pointer)));
    ImGui::TableNextColumn();
    text_right(value_text(state, pointer, value));
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Ga naar")) jump_to(state, pointer);
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Terugzetten")) reset_value(state, pointer);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// One block of compare rows: label, then per column value and difference.
enum class Unit { Hours, Money, Fte };

std::string show(std::int64_t v, Unit unit) {
  switch (unit) {
  case Unit::Money:
    return format_euro(v, 0);
  case Unit::Fte:
    return format_fixed(v, 3, 2);
  case Unit::Hours:
    break;
  }
  return format_hours(v, 0);
}

template <typename Get>
void compare_rows(const char* label, const std::vector<Results>& all, std::size_t rows, Get get, Unit unit) {
  ImGui::TableNextRow();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  for (std::size_t r = 0; r < rows; ++r) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    cell_text(get(all[0], r).first);
    const std::int64_t base = get(all[0], r).second;
    for (std::size_t c = 0; c < all.size(); ++c) {
      ImGui::TableNextColumn();
      const std::int64_t v = get(all[c], r).second;
      std::string text = show(v, unit);
      if (c > 0 && v != base) text += "  (" + std::string(v > base ? "+" : "") + show(v - base, unit) + ")";
      text_right(text);
    }
  }
}

void compare_table(AppState& state) {
  std::vector<int> columns{-1};
  columns.insert(columns.end(), state.compare.begin(), state.compare.end());
  const std::vector<Results>& results = cached_compare_results(state, columns);
  if (columns.size() == 1) {
    ImGui::TextDisabled(
        "Vink hierboven tot vier scenario's aan om ze naast het vastgestelde programma te zetten.");
    return;
  }
  if (!ImGui::BeginTable("vergelijking", static_cast<int>(columns.size()) + 1, kDataTable)) return;
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 2.5f);
  for (int c : columns)
    ImGui::TableSetupColumn(c < 0 ? "Vastgesteld" : state.scenarios[static_cast<std::size_t>(c)].name.c_str(),
                            ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableHeadersRow();
  const auto& base = results[0];
  compare_rows(
      "Vraag per afdeling (uur)", results, base.capacity.departments.size() + 1,
      [](const Results& r, std::size_t i) {
        const auto& d = i < r.capacity.departments.size() ? r.capacity.departments[i] : r.capacity.total;
        return std::pair<std::string, std::int64_t>(d.name, d.demand);
      },
      Unit::Hours);
  compare_rows(
      "Verschil fte per afdeling", results, base.capacity.departments.size() + 1,
      [](const Results& r, std::size_t i) {
        const auto& d = i < r.capacity.departments.size() ? r.capacity.departments[i] : r.capacity.total;
        return std::pair<std::string, std::int64_t>(d.name, d.fte_gap);
      },
      Unit::Fte);
  compare_rows(
      "ODT-uren per onderdeel", results, base.odt.parts.size(),
      [](const Results& r, std::size_t i) {
        return std::pair<std::string, std::int64_t>(r.odt.parts[i].name, r.odt.parts[i].hours);
      },
      Unit::Hours);
  compare_rows(
      "ODT-kosten per onderdeel", results, base.odt.parts.size(),
      [](const Results& r, std::size_t i) {
        return std::pair<std::string, std::int64_t>(r.odt.parts[i].name, r.odt.parts[i].cost);
      },
      Unit::Money);
  const std::size_t partners = base.regional.projects.shares.size();
  compare_rows(
      "Projecten en diensten per partner (€)", results, partners,
      [](const Results& r, std::size_t i) {
        const bool ok = r.regional.projects.computed && r.regional.services.computed &&
                        i < r.regional.projects.shares.size();
        return std::pair<std::string, std::int64_t>(
            ok ? r.regional.projects.shares[i].name : std::string("(sleutels ≠ 100%)"),
            ok ? r.regional.projects.shares[i].cost + r.regional.services.shares[i].cost : 0);
      },
      Unit::Money);
  ImGui::EndTable();
}

void history(AppState& state) {
  if (state.undo_stack.empty() && state.redo_stack.empty()) {
    ImGui::TextDisabled("Nog geen bewerkingen.");
    return;
  }
  for (auto it = state.undo_stack.rbegin(); it != state.undo_stack.rend(); ++it)
    ImGui::BulletText("%s: %s %s → %s", it->scenario.c_str(), it->pointer.c_str(),
                      value_text(state, it->pointer, it->before).c_str(),
                      value_text(state, it->pointer, it->after).c_str());
  for (auto it = state.redo_stack.rbegin(); it != state.redo_stack.rend(); ++it)
    ImGui::TextDisabled("  (ongedaan) %s: %s → %s", it->scenario.c_str(), it->pointer.c_str(),
                        value_text(state, it->pointer, it->after).c_str());
}

} // namespace

void draw_scenarios(AppState& state) {
  if (!state.programme) return;
  ImGui::BeginChild("scenarios", ImVec2(0.0f, 0.0f));
  ImGui::SeparatorText("Scenario's");
  scenario_list(state);
  ImGui::SeparatorText(("Wijzigingen in '" + current_scenario_name(state) + "'").c_str());
  changes_table(state);
  ImGui::SeparatorText("Delen");
  if (ImGui::Button("Kopieer link")) copy_share_link(state);
  ImGui::SetItemTooltip(
      "Een link met dit scenario; wie hem opent, ziet precies deze cijfers. Er gaat niets via een server.");
  ImGui::SameLine();
  if (ImGui::Button("Scenario opslaan")) save_scenario_file(state, false);
  ImGui::SameLine();
  if (ImGui::Button("Scenario met programma opslaan")) save_scenario_file(state, true);
  ImGui::TextDisabled("Een scenariobestand opent u met 'Openen…' of door het op dit venster te slepen.");
  ImGui::SeparatorText("Vergelijken met het vastgestelde programma");
  compare_table(state);
  ImGui::SeparatorText("Geschiedenis (Ctrl+Z / Ctrl+Y)");
  history(state);
  ImGui::EndChild();
}

Table scenarios_table(const AppState& state) {
  Table t{"Scenario's", {"Scenario", "Waarde", "Nieuwe waarde"}, {}};
  for (const auto& s : state.scenarios)
    for (const auto& [pointer, value] : s.changes)
      t.rows.push_back(
          {Cell::str(s.name), Cell::str(pointer), value ? Cell::integer(*value) : Cell::str("n.v.t.")});
  return t;
}

} // namespace vth::ui
