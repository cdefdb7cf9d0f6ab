#include "widgets.hpp"

#include "fonts.hpp"
#include "line_breaks.hpp"

#include <imgui.h>
#include <imgui_internal.h> // the current window's wrap position

#include <algorithm>
#include <cfloat>
#include <cstdarg>

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

void new_line_unless_room(float width) {
  // Both in screen coordinates (GetCursorPosX() counts the sideways scroll and
  // GetContentRegionMax() does not: a scrolled view broke its rows early).
  if (ImGui::GetCurrentWindow()->DC.IsSameLine && ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void same_line_if_fits(const char* label) {
  ImGui::SameLine();
  new_line_unless_room(button_width(label));
}

void cell_text(const std::string& text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
}

void key_figure(const KeyFigure& f, const ImVec4& worse_color,
                const std::function<void(const std::string&)>& value_drawn) {
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", f.caption.c_str());
  large_text(f.value.c_str());
  if (value_drawn) value_drawn(f.value);
  // The lines under the value are broken at the tile's edge: a tile is a table cell, which would cut
  // them off mid-word ("verschil: 0 (wijzigingen zijn geen bevi") at a narrow window or a large zoom.
  wrapped_text(f.detail);
  if (f.adopted.empty()) return;
  // While a scenario is shown: the adopted value and the difference, in the figure's unit.
  wrapped_text_disabled("vastgesteld: " + f.adopted);
  if (f.difference.empty()) return;
  if (f.worse)
    wrapped_text("verschil: " + f.difference, worse_color);
  else
    wrapped_text("verschil: " + f.difference);
}

std::string wrapped_lines(std::string_view text, float width) {
  // The font's own sum of advances: ImGui::CalcTextSize rounds each measure up to a whole
  // pixel, which summed per character would break lines early at fractional scales.
  return break_lines(text, width, [](std::string_view piece) {
    return ImGui::GetFont()
        ->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, piece.data(), piece.data() + piece.size())
        .x;
  });
}

void wrapped_text(std::string_view text) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  // The wrap position pushed, or else the window's visible edge (moving with the scroll;
  // in a table the cell's): GetContentRegionAvail(). Not TextWrapped's edge, which in a
  // window that scrolls sideways is the widest content's (a wide table), so an
  // introduction above the table ran under the window's right edge.
  const float width = window->DC.TextWrapPos > 0.0f
                          ? ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos)
                          : ImMax(ImGui::GetContentRegionAvail().x, 1.0f);
  const std::string lines = wrapped_lines(text, width);
  ImGui::PushTextWrapPos(-1.0f); // the lines are broken already: ImGui must not break them again
  ImGui::TextUnformatted(lines.data(), lines.data() + lines.size());
  ImGui::PopTextWrapPos();
  // Reported to the test hooks as "^" and its text (web_locator.cpp, where("^…")): apart from
  // the labels of buttons and tabs, which a cell's text could equal.
  [[maybe_unused]] ImGuiContext& g = *GImGui;
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, ("^" + std::string(text)).c_str(),
                              ImGuiItemStatusFlags_None);
}

void wrapped_text(std::string_view text, const ImVec4& color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  wrapped_text(text);
  ImGui::PopStyleColor();
}

void wrapped_textf(const char* fmt, ...) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  va_list args;
  va_start(args, fmt);
  const char *begin = nullptr, *end = nullptr;
  ImFormatStringToTempBufferV(&begin, &end, fmt, args); // as ImGui::TextWrapped formats
  va_end(args);
  wrapped_text(std::string_view(begin, static_cast<std::size_t>(end - begin)));
}

void wrapped_text_disabled(std::string_view text) {
  wrapped_text(text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
}

} // namespace vth::ui
