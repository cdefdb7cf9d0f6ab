// The frame: toolbar on top, navigation on the left, the current view on the
// right; global keyboard shortcuts; the clipboard copy of the current table.

#include "app.hpp"

#include "commands.hpp"
#include "fonts.hpp"
#include "views.hpp"

#include "core/results_tables.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {
namespace {

void handle_shortcuts(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  // While a text field is active, Ctrl+Z and friends belong to that field.
  if (!io.WantTextInput) {
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(state);
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y))
      redo(state);
  }
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
}

void draw_view(AppState& state) {
  switch (state.view) {
  case View::Overview:
    draw_overview(state);
    break;
  case View::Capacity:
    draw_capacity(state);
    break;
  case View::Odt:
    draw_odt(state);
    break;
  case View::Regional:
    draw_regional(state);
    break;
  case View::Energy:
    draw_energy(state);
    break;
  case View::Protocol:
    draw_protocol(state);
    break;
  case View::Goals:
    draw_goals(state);
    break;
  case View::Checks:
    draw_checks(state);
    break;
  }
}

} // namespace

Table current_table(const AppState& state) {
  switch (state.view) {
  case View::Overview:
    return overview_table(state);
  case View::Capacity:
    return capacity_table(state);
  case View::Odt:
    return odt_table(state);
  case View::Regional:
    return regional_table(state);
  case View::Energy:
    return energy_table(state);
  case View::Protocol:
    return protocol_table(state);
  case View::Goals:
    return goals_table(state);
  case View::Checks:
    return checks_table(state);
  }
  return {};
}

void copy_current_table(AppState& state) {
  const Table t = current_table(state);
  if (state.platform.copy_text) state.platform.copy_text(table_to_tsv(t));
  state.status = "Tabel '" + t.title + "' gekopieerd (" + std::to_string(t.rows.size()) + " rijen).";
}

void draw_app(AppState& state) {
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
    draw_view(state);
    ImGui::EndChild();
    draw_refused_dialog(state);
  }
  ImGui::End();
}

} // namespace vth::ui
