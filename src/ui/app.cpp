// The frame: toolbar on top, navigation on the left, the current view on the
// right; global keyboard shortcuts; the clipboard copy of the current table.

#include "app.hpp"

#include "commands.hpp"
#include "fonts.hpp"
#include "mirror.hpp"
#include "presentation.hpp"
#include "report.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "views.hpp"

#include "core/results_tables.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <iterator>

namespace vth::ui {
namespace {

// Also while presenting: the live controls are edits like any other.
void handle_undo_keys(AppState& state) {
  // While a text field is active, Ctrl+Z and friends belong to that field.
  if (ImGui::GetIO().WantTextInput) return;
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(state);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y))
    redo(state);
}

void handle_shortcuts(AppState& state) {
  handle_undo_keys(state);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_O) && state.platform.open_file_dialog)
    state.platform.open_file_dialog();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_S) && state.programme && state.platform.save_file)
    state.platform.save_file(suggested_file_name(state), programme_file_text(state));
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Equal) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Equal) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_KeypadAdd))
    state.zoom = std::min(3.0f, state.zoom + 0.1f);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Minus) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_KeypadSubtract))
    state.zoom = std::max(0.5f, state.zoom - 0.1f);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_0)) state.zoom = 1.0f;
  // F5 starts the presentation, as in presentation software (the page keeps the browser from reloading).
  if (ImGui::IsKeyPressed(ImGuiKey_F5, false)) enter_presentation(state);
}

// Each view's draw function and main table, in the order of enum View.
struct ViewFunctions {
  void (*draw)(AppState&);
  Table (*table)(const AppState&);
};
constexpr ViewFunctions kViewFunctions[] = {
    {draw_overview, overview_table}, {draw_capacity, capacity_table}, {draw_odt, odt_table},
    {draw_regional, regional_table}, {draw_energy, energy_table},     {draw_protocol, protocol_table},
    {draw_goals, goals_table},       {draw_checks, checks_table},     {draw_scenarios, scenarios_table},
};
static_assert(std::size(kViewFunctions) == std::size(kViews), "one entry per view, in enum order");

const ViewFunctions& functions_of(View view) { return kViewFunctions[static_cast<std::size_t>(view)]; }

} // namespace

Table view_table(const AppState& state, View view) { return functions_of(view).table(state); }

Table current_table(const AppState& state) { return view_table(state, state.view); }

void copy_current_table(AppState& state) {
  const Table t = current_table(state);
  if (state.platform.copy_text) state.platform.copy_text(table_to_tsv(t));
  state.status = "Tabel '" + t.title + "' gekopieerd (" + std::to_string(t.rows.size()) + " rijen).";
}

std::string share_link(AppState& state) {
  std::string why_not;
  const auto payload = share_payload(state, why_not);
  if (!payload) {
    state.status = "Geen link: " + why_not + ".";
    return {};
  }
  return state.platform.page_url + "#s=" + *payload + "&view=" + view_key(state.view);
}

void copy_share_link(AppState& state) {
  const std::string link = share_link(state);
  if (link.empty()) return;
  if (state.platform.copy_text) state.platform.copy_text(link);
  state.status = "Link naar '" + current_scenario_name(state) + "' gekopieerd (" +
                 std::to_string(link.size()) + " tekens).";
}

void save_scenario_file(AppState& state, bool include_programme) {
  if (!state.programme || !state.platform.save_file) return;
  std::string name = "scenario";
  for (char c : current_scenario_name(state)) {
    const unsigned char u = static_cast<unsigned char>(c);
    name += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '-';
  }
  state.platform.save_file(name + ".json", current_scenario_file(state, include_programme));
  state.status = "Scenario opgeslagen als " + name + ".json";
}

void save_current_table_csv(AppState& state) {
  const Table t = current_table(state);
  const std::string name = std::string("vth-") + view_key(state.view) + ".csv";
  if (state.platform.save_file) state.platform.save_file(name, table_to_csv(t));
  state.status = "Tabel '" + t.title + "' opgeslagen als " + name;
}

void draw_restore_dialog(AppState& state) {
  if (state.restore_offer) {
    ImGui::OpenPopup("Werk herstellen?");
    state.restore_offer = false;
  }
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("Werk herstellen?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted("Deze browser bewaarde scenario's van uw vorige bezoek.");
  ImGui::TextUnformatted("Wilt u ze terugzetten?");
  if (ImGui::Button("Herstellen")) {
    const auto problems = restore_autosave(state, state.restore_text);
    state.status =
        problems.empty() ? "Uw werk is hersteld." : "Hersteld, met problemen: " + problems.front().message;
    state.restore_text.clear();
    state.autosave_enabled = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Niet herstellen")) {
    state.restore_text.clear();
    state.autosave_enabled = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void draw_app(AppState& state) {
  if (state.presenting) {
    handle_undo_keys(state);
    draw_presentation(state);
    draw_refused_dialog(state); // a file dropped or a link opened while presenting is still answered
    update_mirror(state);
    return;
  }
  handle_shortcuts(state);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (ImGui::Begin("VTH-planner", nullptr, kFlags)) {
    draw_header(state);
    ImGui::Separator();
    const float nav_width = ImGui::GetFontSize() * 12.0f;
    ImGui::BeginChild("navigatie", ImVec2(nav_width, 0.0f), ImGuiChildFlags_Border);
    draw_navigation(state);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("inhoud", ImVec2(0.0f, 0.0f), ImGuiChildFlags_None);
    ImGui::PushFont(large_font());
    ImGui::TextUnformatted(view_title(state.view));
    ImGui::PopFont();
    ImGui::Separator();
    functions_of(state.view).draw(state);
    ImGui::EndChild();
    draw_refused_dialog(state);
    draw_restore_dialog(state);
  }
  ImGui::End();
  update_mirror(state);
}

} // namespace vth::ui
