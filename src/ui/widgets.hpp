#pragma once
// Small drawing helpers shared by the views.

#include "key_figures.hpp"

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>

namespace vth::ui {

// For ImGui::InputText on a std::string (ImGuiInputTextFlags_CallbackResize, user data
// the string): ImGui edits a char buffer, and this one grows with the text.
int grow_string(ImGuiInputTextCallbackData* data);
// The width of a button with this label at the current font and style.
float button_width(const char* label);
// The wrap width of a tooltip or a note of about `ems` font sizes, but at most 45 % of the
// window: at 200% zoom in a 1024 px window 30 font sizes were wider than the window, and
// a tooltip's text ran off its edge. At under half the width it fits beside the pointer.
float tooltip_wrap_width(float ems);
// Text wrapped at the current wrap position (ImGui::PushTextWrapPos), or at the window's
// edge when none is set, like ImGui::TextWrapped, but broken only at spaces
// (line_breaks.hpp): ImGui's own wrapping could split a Dutch number after its thousands
// point or decimal comma. Every wrapped text of the interface goes through these.
void wrapped_text(std::string_view text);
void wrapped_text(std::string_view text, const ImVec4& color);
void wrapped_text_disabled(std::string_view text);
// As ImGui::TextWrapped(fmt, ...), broken as wrapped_text().
void wrapped_textf(const char* fmt, ...) IM_FMTARGS(1);
// The text with a line break where wrapped_text() would break it at `width` (for sizing).
std::string wrapped_lines(std::string_view text, float width);
// After ImGui::SameLine(): to the start of the next line when less than `width` is left
// up to the window's visible edge (GetContentRegionAvail(), which moves with the scroll).
void new_line_unless_room(float width);
// Before a button: on this line when it fits, else at the start of the next (toolbars, hints).
void same_line_if_fits(const char* label);
// Right-aligned text in the current table cell: numbers line up on their last digit.
void text_right(const std::string& text);
// Text in a table cell, on the baseline of the input frames in the same row.
void cell_text(const std::string& text);
// One tile of key figures in a table row: caption, large value, a sub line, and
// while a scenario is shown the adopted programme's value and the difference
// (a shortage or a cost increase in `worse_color`).
// `value_drawn` is told of the value right after it is drawn (the Overzicht offers it to copy).
void key_figure(const KeyFigure& figure, const ImVec4& worse_color,
                const std::function<void(const std::string&)>& value_drawn = {});

} // namespace vth::ui
