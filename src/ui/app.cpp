// The frame: toolbar on top, navigation on the left, the current view on the
// right; global keyboard shortcuts and the dialogs.

#include "app.hpp"

#include "commands.hpp"
#include "find.hpp"
#include "fonts.hpp"
#include "mirror.hpp"
#include "presentation.hpp"
#include "report.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "value_cell.hpp"
#include "views.hpp"

#include <imgui.h>

#include <algorithm>
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
  if (ImGui::IsKeyPressed(ImGuiKey_F1, false)) state.view = View::Help; // the page keeps F1 from the browser
  // Ctrl+C copies the value or text under the mouse (or the keyboard focus), as shown.
  if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_C) &&
      !state.copy_candidate.empty())
    copy_shown(state, state.copy_candidate);
  // Ctrl+F searches the programme (the browser's find sees only an empty canvas); Ctrl+P prints the report.
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_F) && state.programme) open_find(state);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_P)) open_report(state, true);
}

// Each view's draw function, in the order of enum View (its tables: view_tables.cpp).
constexpr void (*kViewDraw[])(AppState&) = {draw_overview,  draw_capacity, draw_odt,   draw_regional,
                                            draw_energy,    draw_protocol, draw_goals, draw_checks,
                                            draw_scenarios, draw_work,     draw_help};
static_assert(std::size(kViewDraw) == std::size(kViews), "one entry per view, in enum order");

} // namespace

void draw_app(AppState& state) {
  state.entry_preview.clear(); // the field being typed in sets it again
  state.tables_shown.clear();  // the tables drawn below say they are there
  (void)advance_report(state); // a large programme's report: its next sensitivity inputs
  if (state.presenting) {
    handle_undo_keys(state);
    draw_presentation(state);
    draw_dialogs(state); // a file dropped or a link opened while presenting is still answered
    update_mirror(state);
    return;
  }
  handle_shortcuts(state);
  state.copy_candidate.clear(); // the items drawn below offer theirs (offer_copy)
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (ImGui::Begin("VTH-planner", nullptr, kFlags)) {
    draw_header(state);
    draw_storage_banner(state);
    draw_first_visit_hint(state);
    ImGui::Separator();
    // At a large zoom on a narrow window the views keep most of the width.
    const float nav_width = std::min(ImGui::GetFontSize() * 12.0f, viewport->WorkSize.x * 0.28f);
    ImGui::BeginChild("navigatie", ImVec2(nav_width, 0.0f), ImGuiChildFlags_Border);
    draw_navigation(state);
    ImGui::EndChild();
    ImGui::SameLine();
    // Tables keep a readable width (table_draw.cpp): a narrow view scrolls sideways.
    ImGui::BeginChild("inhoud", ImVec2(0.0f, 0.0f), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
    large_text(view_title(state.view));
    ImGui::Separator();
    kViewDraw[static_cast<std::size_t>(state.view)](state);
    ImGui::EndChild();
    draw_find_panel(state);
    draw_dialogs(state);
  }
  ImGui::End();
  update_mirror(state);
}

} // namespace vth::ui
