#include "widgets.hpp"

#include "fonts.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {

int grow_string(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

void text_right(const std::string& text) {
  // Rows of editable tables are as high as an input frame; keep text on their baseline.
  ImGui::AlignTextToFramePadding();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
  ImGui::TextUnformatted(text.c_str());
}

float tooltip_wrap_width(float ems) {
  return std::min(ImGui::GetFontSize() * ems, ImGui::GetIO().DisplaySize.x * 0.45f);
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void same_line_if_fits(const char* label) {
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + button_width(label) > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

void cell_text(const std::string& text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
}

void key_figure(const KeyFigure& f, const ImVec4& worse_color,
                const std::function<void(const std::string&)>& value_drawn) {
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", f.caption.c_str());
  ImGui::PushFont(large_font());
  ImGui::TextUnformatted(f.value.c_str());
  ImGui::PopFont();
  if (value_drawn) value_drawn(f.value);
  ImGui::TextUnformatted(f.detail.c_str());
  if (f.adopted.empty()) return;
  // While a scenario is shown: the adopted value and the difference, in the figure's unit.
  ImGui::TextDisabled("vastgesteld: %s", f.adopted.c_str());
  if (f.difference.empty()) return;
  if (f.worse)
    ImGui::TextColored(worse_color, "verschil: %s", f.difference.c_str());
  else
    ImGui::Text("verschil: %s", f.difference.c_str());
}

} // namespace vth::ui
