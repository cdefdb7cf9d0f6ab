#pragma once
// Which characters each interface font has (fonts.cpp): ImGui's glyph ranges, pairs of
// first and last code point ending in 0. Kept apart from ImGui so that tests can check
// that every text drawn in a font has its characters (a missing one shows as "?").

#include <string_view>

namespace vth::ui {

// Everything the interface writes, user text included. Each character is drawn into the atlas
// once per size, which costs start-up time. Not the control characters 0x7F-0x9F: texts with
// them are refused (text_problem), so nothing draws them.
inline constexpr unsigned short kTextGlyphs[] = {
    0x0020, 0x007E, // Basic Latin
    0x00A0, 0x00FF, // Latin-1 (ë, é, ï, ...)
    0x2013, 0x2014, // en/em dash
    0x2018, 0x201E, // quotes
    0x2022, 0x2022, // bullet
    0x2026, 0x2026, // ellipsis
    0x20AC, 0x20AC, // euro sign
    0x2190, 0x2193, // arrows
    0x2212, 0x2212, // minus
    0x2261, 0x2261, // ≡, the grip of a row that can be dragged
    0x2264, 0x2265, // ≤ ≥
    0x25B2, 0x25BC, // ▲ ▼
    0,
};

// The large font draws only fixed titles and formatted figures, never user text (and what it
// cannot draw whole, large_text() draws in the text font): 108 glyphs, 114 fewer to measure and
// draw at start-up than the text font's 222 (docs/performance.md, stop 37).
inline constexpr unsigned short kLargeGlyphs[] = {
    0x0020, 0x007E, // Basic Latin
    0x00A0, 0x00A0, // no-break space
    0x2013, 0x2014, // en/em dash
    0x2018, 0x201E, // quotes
    0x2026, 0x2026, // ellipsis
    0x20AC, 0x20AC, // euro sign
    0x2212, 0x2212, // minus
    0,
};

// Whether every character of the UTF-8 `text` is in `ranges` (false for invalid UTF-8).
bool has_glyphs(const unsigned short* ranges, std::string_view text);

} // namespace vth::ui
