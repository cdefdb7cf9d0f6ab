// The Zoeken panel (Ctrl+F): a query field and the hits as a list, at the top
// right over the view it searches, as a browser's find bar. It stays open while
// the user goes from hit to hit (Enter, or a click); Esc closes it.

#include "find.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <string>

namespace vth::ui {
namespace {

// One hit: its title, and under it where it is and what matched (muted). Drawn over a
// selectable of two lines, so the whole hit is one target for the mouse and a tap.
bool hit_item(const SearchHit& hit, int index, bool chosen, bool scroll_to) {
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const std::string id = "##hit" + std::to_string(index);
  const bool clicked =
      ImGui::Selectable(id.c_str(), chosen, ImGuiSelectableFlags_None, ImVec2(0.0f, line * 2.0f));
  if (scroll_to) ImGui::SetScrollHereY(0.5f); // Enter went to a hit out of view
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(start);
  ImGui::TextUnformatted(hit.title.c_str());
  const std::string detail = hit.where + " · " + hit.match;
  // Muted, except on the chosen hit's highlight, where muted grey would not be read.
  ImGui::PushStyleColor(ImGuiCol_Text,
                        ImGui::GetStyleColorVec4(chosen ? ImGuiCol_Text : ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(detail.c_str());
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(after);
  return clicked;
}

} // namespace

void draw_find_panel(AppState& state) {
  auto& f = state.find;
  if (!f.open || !state.programme) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float em = ImGui::GetFontSize();
  const float width = std::min(em * 34.0f, viewport->WorkSize.x - em * 2.0f);
  ImGui::SetNextWindowPos(
      ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - em, viewport->WorkPos.y + em * 4.0f),
      ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize;
  bool open = true;
  if (f.focus_field) ImGui::SetNextWindowFocus();
  if (!ImGui::Begin("Zoeken##zoeken", &open, kFlags)) {
    ImGui::End();
    if (!open) close_find(state);
    return;
  }
  if (f.focus_field) {
    ImGui::SetKeyboardFocusHere();
    f.focus_field = false;
  }
  ImGui::SetNextItemWidth(-1.0f);
  const bool entered = ImGui::InputTextWithHint(
      "##zoekterm", "Zoek in codes, producten, omschrijvingen, …", f.query.data(), f.query.capacity() + 1,
      ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackResize |
          ImGuiInputTextFlags_AutoSelectAll,
      grow_string, &f.query);
  const bool field_active = ImGui::IsItemActive();
  update_find(state);
  if (entered) {
    go_to_next_hit(state, ImGui::GetIO().KeyShift);
    f.focus_field = true; // Enter again goes to the next one
  }
  wrapped_text(find_summary(state));
  if (!f.result.hits.empty()) {
    const float list_height = std::min(
        viewport->WorkSize.y * 0.55f,
        static_cast<float>(f.result.hits.size()) * ImGui::GetTextLineHeightWithSpacing() * 2.0f + em);
    ImGui::BeginChild("treffers", ImVec2(0.0f, list_height), ImGuiChildFlags_Border);
    int go = -1;
    for (std::size_t i = 0; i < f.result.hits.size(); ++i) {
      const int index = static_cast<int>(i);
      ImGui::PushID(index);
      const bool chosen = f.chosen == index;
      if (hit_item(f.result.hits[i], index, chosen, chosen && f.scrolled_to != index)) go = index;
      ImGui::PopID();
    }
    f.scrolled_to = f.chosen;
    ImGui::EndChild();
    if (go >= 0 && go_to_hit(state, go)) f.scrolled_to = go; // a click: the hit is in view already
  }
  ImGui::TextDisabled("Enter: volgende · Shift+Enter: vorige · Esc: sluiten");
  const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
                      (field_active || ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows));
  ImGui::End();
  if (!open || escape) close_find(state);
}

} // namespace vth::ui
