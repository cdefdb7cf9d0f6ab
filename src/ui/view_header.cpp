#include "views.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_header(AppState& state) {
  ImGui::TextUnformatted("VTH-planner");
  ImGui::SameLine();
  ImGui::TextDisabled("— uitvoeringsprogramma vergunningverlening, toezicht en handhaving");
  // Theme switch on the right: projectors in bright rooms want light, evening screens dark.
  const char* label = state.theme == Theme::Light ? "Donker thema" : "Licht thema";
  const float width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - width);
  if (ImGui::Button(label)) {
    state.theme = state.theme == Theme::Light ? Theme::Dark : Theme::Light;
    apply_theme(state.theme);
  }
}

} // namespace vth::ui
