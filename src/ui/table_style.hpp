#pragma once
// Shared table look and the small helpers every table view uses.

#include <imgui.h>

namespace vth::ui {

inline constexpr ImGuiTableFlags kDataTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                              ImGuiTableFlags_SizingStretchProp;
// A table that scrolls on its own with a frozen header, for long lists.
inline constexpr ImGuiTableFlags kScrollTable = kDataTable | ImGuiTableFlags_ScrollY;

// Height left in the window for a scrolling table, keeping `reserve` lines free.
inline float remaining_height(float reserve_lines = 0.0f) {
  const float h = ImGui::GetContentRegionAvail().y - reserve_lines * ImGui::GetFrameHeightWithSpacing();
  return h > 120.0f ? h : 120.0f;
}

inline void setup_columns(std::initializer_list<std::pair<const char*, float>> columns) {
  for (const auto& [name, weight] : columns)
    ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, weight);
  ImGui::TableSetupScrollFreeze(0, 1);
  // Headers do nothing here (no sorting): keep Tab moving from field to field.
  ImGui::PushTabStop(false);
  ImGui::TableHeadersRow();
  ImGui::PopTabStop();
}

} // namespace vth::ui
