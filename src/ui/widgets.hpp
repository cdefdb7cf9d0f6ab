#pragma once
// Small drawing helpers shared by the views.

#include <string>

namespace vth::ui {

// Right-aligned text in the current table cell: numbers line up on their last digit.
void text_right(const std::string& text);
// Text in a table cell, on the baseline of the input frames in the same row.
void cell_text(const std::string& text);
// One tile of key figures in a table row: caption, large value, a sub line, and
// (when not empty) the adopted programme's value while a scenario is shown.
void key_figure(const char* caption, const std::string& value, const std::string& detail,
                const std::string& adopted = {});

} // namespace vth::ui
