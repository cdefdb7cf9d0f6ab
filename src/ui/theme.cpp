#include "app.hpp"

#include <imgui.h>

namespace vth::ui {

void apply_theme(Theme theme, float zoom) {
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
  style.ScaleAllSizes(zoom);
}

} // namespace vth::ui
