// Scenario's: manage scenarios, see and reset their changes, compare up to
// four side by side with the adopted programme, share them, and the history.

#include "views.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "table_draw.hpp"
#include "view_models.hpp"

#include "core/fields/registry.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace vth::ui {
namespace {

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
  // Switching, comparing: made after the table is drawn, which reads the list.
  std::optional<int> switch_to;
  std::optional<std::pair<int, bool>> compare;
  TableDrawOptions options;
  options.select_whole_row = false;
  options.selected = [&state](std::size_t row) { return state.current == static_cast<int>(row) - 1; };
  options.clicked = [&switch_to](std::size_t row) { switch_to = static_cast<int>(row) - 1; };
  options.draw_action = [&state, &compare](std::size_t row, std::size_t) {
    const int i = static_cast<int>(row) - 1;
    if (i < 0) return;
    bool on = std::find(state.compare.begin(), state.compare.end(), i) != state.compare.end();
    ImGui::BeginDisabled(!on && state.compare.size() >= 4);
    if (ImGui::Checkbox("##vergelijk", &on)) compare = {i, on};
    ImGui::EndDisabled();
  };
  draw_table(state, scenario_list_model(state), options);
  if (compare && compare->second)
    state.compare.push_back(compare->first);
  else if (compare)
    state.compare.erase(std::remove(state.compare.begin(), state.compare.end(), compare->first),
                        state.compare.end());
  if (switch_to) switch_scenario(state, *switch_to);
}

void changes_table(AppState& state) {
  if (state.current < 0) {
    ImGui::TextDisabled(
        "Het vastgestelde programma heeft geen wijzigingen; een wijziging in een scherm start een scenario.");
    return;
  }
  const TableModel changes = scenario_changes_model(state);
  if (changes.row_count == 0) {
    ImGui::TextDisabled("Nog geen wijzigingen in dit scenario.");
    return;
  }
  // "Ga naar" and "Terugzetten" act after the table is drawn: they change what it lists.
  const ChangeList list = *current_changes(state);
  std::optional<Change> go_to, reset;
  TableDrawOptions options;
  options.draw_action = [&](std::size_t row, std::size_t column) {
    if (row >= list.size()) return;
    const Change& c = list[row];
    const bool row_there = find_row(*state.programme, c.field.table, c.field.row).has_value();
    if (column == 4 && row_there && ImGui::SmallButton("Ga naar")) go_to = c;
    // A value of a row of the adopted programme can be put back on its own.
    if (column == 5 && c.kind == ChangeKind::SetValue && field_exists(*state.adopted, c.field) &&
        ImGui::SmallButton("Terugzetten"))
      reset = c;
  };
  draw_table(state, changes, options);
  if (reset) reset_value(state, reset->field);
  if (go_to) jump_to_row(state, {go_to->field.table, go_to->field.row});
}

void compare_table(AppState& state) {
  const std::vector<int> columns = compare_columns(state);
  const std::vector<Results>& results = cached_compare_results(state, columns);
  if (columns.size() == 1) {
    ImGui::TextDisabled(
        "Vink hierboven tot vier scenario's aan om ze naast het vastgestelde programma te zetten.");
    return;
  }
  draw_table(state, scenario_compare_model(state, columns, results));
}

void history(AppState& state) {
  if (state.undo_stack.empty() && state.redo_stack.empty()) {
    ImGui::TextDisabled("Nog geen bewerkingen.");
    return;
  }
  for (auto it = state.undo_stack.rbegin(); it != state.undo_stack.rend(); ++it)
    ImGui::BulletText("%s: %s", it->scenario_name.c_str(), it->label.c_str());
  for (auto it = state.redo_stack.rbegin(); it != state.redo_stack.rend(); ++it)
    ImGui::TextDisabled("  (ongedaan) %s: %s", it->scenario_name.c_str(), it->label.c_str());
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

} // namespace vth::ui
