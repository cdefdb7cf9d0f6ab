#pragma once
// The look of the data tables and the height a scrolling table may take.

#include <imgui.h>

namespace vth::ui {

inline constexpr ImGuiTableFlags kDataTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                              ImGuiTableFlags_SizingStretchProp;
// Height left in the window for a scrolling table, keeping `reserve` lines free.
inline float remaining_height(float reserve_lines = 0.0f) {
  const float h = ImGui::GetContentRegionAvail().y - reserve_lines * ImGui::GetFrameHeightWithSpacing();
  return h > 120.0f ? h : 120.0f;
}

} // namespace vth::ui
