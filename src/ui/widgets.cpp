#include "widgets.hpp"

#include "fonts.hpp"

#include <imgui.h>

namespace vth::ui {

void text_right(const std::string& text) {
  // Rows of editable tables are as high as an input frame; keep text on their baseline.
  ImGui::AlignTextToFramePadding();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
  ImGui::TextUnformatted(text.c_str());
}

void cell_text(const std::string& text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
}

void key_figure(const char* caption, const std::string& value, const std::string& detail,
                const std::string& adopted) {
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", caption);
  ImGui::PushFont(large_font());
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted(detail.c_str());
  if (!adopted.empty()) ImGui::TextDisabled("vastgesteld: %s", adopted.c_str());
}

} // namespace vth::ui
