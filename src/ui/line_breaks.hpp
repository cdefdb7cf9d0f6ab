#pragma once
// Where a wrapped text is broken into lines. Dear ImGui's own wrapping may also break
// after '.' and ',' ("Allow wrapping after punctuation"), and so split a Dutch number:
// "1.300" as "1." at a line's end and "300" on the next, read as two numbers. Here a
// line breaks only at a space or tab, and at the one after a euro sign ("€ 1.300") only
// when the line has no other.
// Plain logic, no ImGui: widgets.cpp measures with the font, tests/ui with a fake.

#include <string>
#include <string_view>

namespace vth::ui {

// The width of a piece of text (a plain function: this runs for every wrapped text each frame).
using TextWidth = float (*)(std::string_view text);

// The text with a '\n' at each break, so that no line is wider than `width` by
// `width_of` (which must add up: the width of "ab" is that of "a" plus that of "b"), or
// is a single character. A break takes the place of a run of blanks after a word (a
// line's leading blanks are its indent); the text's own line breaks stay. Only a word
// wider than a whole line is cut inside, between two characters (never inside one).
std::string break_lines(std::string_view text, float width, TextWidth width_of);

} // namespace vth::ui
