// Scenario's: manage scenarios, see and reset their changes, compare up to
// four side by side with the adopted programme, share them, and the history.

#include "views.hpp"

#include "app.hpp"
#include "app_file.hpp"
#include "commands.hpp"
#include "scenarios.hpp"
#include "table_draw.hpp"
#include "table_style.hpp"
#include "view_models.hpp"
#include "widgets.hpp"

#include "core/fields/registry.hpp"

#include "core/model/utf8_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace vth::ui {
namespace {

// "Nieuw scenario" asks for its name first (the next free "Scenario N" proposed, selected):
// a list of "Scenario 1, 2, 3" says nothing in a PHO. Enter makes it, Esc cancels.
void new_scenario_dialog(AppState& state) {
  if (ImGui::Button("Nieuw scenario")) {
    state.new_scenario_name = unique_scenario_name(state, "");
    state.new_scenario_problem.clear();
    ImGui::OpenPopup("Nieuw scenario##naamvraag");
  }
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("Nieuw scenario##naamvraag", nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
    return;
  ImGui::TextUnformatted("Naam van het nieuwe scenario:");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  std::string& name = state.new_scenario_name;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22.0f);
  const bool entered =
      ImGui::InputText("##nieuwenaam", name.data(), name.capacity() + 1,
                       ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_EnterReturnsTrue |
                           ImGuiInputTextFlags_AutoSelectAll,
                       grow_string, &name);
  if (!state.new_scenario_problem.empty())
    ImGui::TextColored(alert_color(state.theme), "%s", state.new_scenario_problem.c_str());
  const bool make = ImGui::Button("Maken") || entered;
  ImGui::SameLine();
  if (ImGui::Button("Annuleren") || (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !entered)) {
    ImGui::CloseCurrentPopup();
  } else if (make) {
    const std::size_t a = name.find_first_not_of(' '), b = name.find_last_not_of(' ');
    const std::string trimmed = a == std::string::npos ? std::string() : name.substr(a, b - a + 1);
    if (trimmed.empty())
      state.new_scenario_problem = "Geef het scenario een naam.";
    else if (const std::string problem = text_problem(trimmed, false); !problem.empty())
      state.new_scenario_problem = "Deze naam " + problem + ".";
    else {
      new_scenario(state, trimmed);
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::EndPopup();
}

void scenario_list(AppState& state) {
  char name[128];
  std::snprintf(name, sizeof name, "%s", state.rename_buffer.c_str());
  new_scenario_dialog(state);
  ImGui::SameLine();
  ImGui::BeginDisabled(state.current < 0);
  if (ImGui::Button("Dupliceren")) duplicate_scenario(state, state.current);
  ImGui::SameLine();
  if (ImGui::Button("Alles terugzetten")) reset_scenario(state);
  ImGui::SameLine();
  if (ImGui::Button("Verwijderen…")) {
    const OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
    state.question = {Question::Kind::DeleteScenario,
                      "Scenario verwijderen?",
                      "Scenario '" + s.name + "' (" + std::to_string(s.changes.size()) +
                          " wijzigingen) wordt verwijderd, ook uit de browseropslag en uit andere tabbladen. "
                          "Dit kan niet ongedaan worden gemaakt; sla het eerst op als bestand als u het wilt "
                          "bewaren.",
                      "Verwijderen",
                      {},
                      0,
                      s.uid};
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
  if (ImGui::InputTextWithHint("##naam", "nieuwe naam", name, sizeof name)) state.rename_buffer = name;
  // Enter in the field renames, as the button does (as in every rename field).
  const bool entered = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  ImGui::SameLine();
  if ((ImGui::Button("Hernoemen") || entered) && !state.rename_buffer.empty()) {
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
    wrapped_text_disabled(
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
    wrapped_text_disabled(
        "Vink hierboven tot vier scenario's aan om ze naast het vastgestelde programma te zetten.");
    return;
  }
  // A height of its own, so that the column headers stay in view while it scrolls.
  TableDrawOptions options;
  options.height = std::max(remaining_height(1.0f), ImGui::GetTextLineHeightWithSpacing() * 14.0f);
  draw_table(state, scenario_compare_model(state, columns, results), options);
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

// "Kopieer link…": who sends it and why travel with the scenario (a partner
// sees both when the link opens), then the link goes to the clipboard.
void share_link_button(AppState& state) {
  if (ImGui::Button("Kopieer link…")) {
    if (state.current >= 0) {
      const OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
      state.share_sender = s.sender;
      state.share_note = s.note;
    }
    ImGui::OpenPopup("Link delen");
  }
  ImGui::SetItemTooltip(
      "Een link met dit scenario; wie hem opent, ziet precies deze cijfers. Er gaat niets via een server.");
  if (!ImGui::BeginPopup("Link delen")) return;
  ImGui::TextUnformatted(("Link naar '" + current_scenario_name(state) + "'").c_str());
  if (state.current >= 0) {
    char sender[201];
    char note[2001];
    std::snprintf(sender, sizeof sender, "%s", state.share_sender.c_str());
    std::snprintf(note, sizeof note, "%s", state.share_note.c_str());
    ImGui::TextUnformatted("Afzender (optioneel)");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24.0f);
    if (ImGui::InputText("##afzender", sender, sizeof sender)) state.share_sender = sender;
    ImGui::TextUnformatted("Notitie voor de ontvanger (optioneel)");
    if (ImGui::InputTextMultiline("##notitie", note, sizeof note,
                                  ImVec2(ImGui::GetFontSize() * 24.0f, ImGui::GetTextLineHeight() * 4.5f)))
      state.share_note = note;
  }
  if (ImGui::Button("Kopieer link")) {
    if (state.current >= 0) {
      OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
      if (s.sender != state.share_sender || s.note != state.share_note) {
        s.sender = state.share_sender;
        s.note = state.share_note;
        ++state.revision; // stored with the scenario
      }
    }
    copy_share_link(state);
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Annuleren")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

} // namespace

void draw_scenarios(AppState& state) {
  if (!state.programme) return;
  ImGui::BeginChild("scenarios", ImVec2(0.0f, 0.0f), ImGuiChildFlags_None,
                    ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::SeparatorText("Scenario's");
  scenario_list(state);
  ImGui::SeparatorText(("Wijzigingen in '" + current_scenario_name(state) + "'").c_str());
  changes_table(state);
  ImGui::SeparatorText("Delen");
  share_link_button(state);
  same_line_if_fits("Scenario opslaan");
  if (ImGui::Button("Scenario opslaan")) save_scenario_file(state, false);
  same_line_if_fits("Scenario met programma opslaan");
  if (ImGui::Button("Scenario met programma opslaan")) save_scenario_file(state, true);
  same_line_if_fits("Opslaan als app");
  if (ImGui::Button("Opslaan als app")) save_as_app(state);
  // Made only while the tooltip shows, not every frame; wrapped: one line ran off a 1366 px window.
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && ImGui::BeginTooltip()) {
    ImGui::PushTextWrapPos(tooltip_wrap_width(30.0f));
    wrapped_textf(
        "De hele VTH-planner in één bestand (%s) met dit programma en al zijn scenario's: mail het of "
        "zet het op een netwerkschijf; wie het opent, ziet dit programma, ook zonder internet.",
        app_file_name(state).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  wrapped_text_disabled("Een scenariobestand opent u met 'Openen…' of door het op dit venster te slepen. Een "
                        "ontvangen link plakt u met Ctrl+V.");
  ImGui::SeparatorText("Vergelijken met het vastgestelde programma");
  compare_table(state);
  ImGui::SeparatorText("Geschiedenis (Ctrl+Z / Ctrl+Y)");
  history(state);
  ImGui::EndChild();
}

} // namespace vth::ui
