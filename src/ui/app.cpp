#include "app_state.hpp"
#include "views.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_app(AppState& state) {
  // One window that fills the canvas: the planner is an application, not a
  // desktop of floating windows.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (ImGui::Begin("VTH-planner", nullptr, kFlags)) {
    draw_header(state);
    ImGui::Separator();
    draw_overview(state);
  }
  ImGui::End();
}

} // namespace vth::ui
