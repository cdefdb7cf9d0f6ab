#include "app.hpp"

#include <imgui.h>

namespace vth::ui {

void apply_theme(Theme theme, float zoom, bool high_contrast) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle(); // start from the defaults so that zooming never compounds
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  // Calm, office-like spacing; rounded corners read as "application", not "debug tool".
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.TabRounding = 3.0f;
  style.FramePadding = ImVec2(8.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.CellPadding = ImVec2(6.0f, 3.0f);
  style.WindowBorderSize = 0.0f;
  if (high_contrast) {
    const bool dark = theme == Theme::Dark;
    const ImVec4 ink = dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1);
    const ImVec4 paper = dark ? ImVec4(0, 0, 0, 1) : ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_Text] = ink;
    style.Colors[ImGuiCol_TextDisabled] = dark ? ImVec4(0.85f, 0.85f, 0.85f, 1) : ImVec4(0.2f, 0.2f, 0.2f, 1);
    style.Colors[ImGuiCol_WindowBg] = paper;
    style.Colors[ImGuiCol_ChildBg] = paper;
    style.Colors[ImGuiCol_Separator] = ink;
    style.Colors[ImGuiCol_Border] = ink;
    style.FrameBorderSize = 1.0f;
  }
  style.ScaleAllSizes(zoom);
}

} // namespace vth::ui
