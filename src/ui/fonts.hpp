#pragma once
// The interface fonts: the page's font family (web/app.css) at two sizes, for the
// characters the interface draws (Latin-1 for ë/é, the euro sign, dashes, quotes).
// The browser draws the glyphs into ImGui's atlas (src/platform/browser_font.hpp):
// no font file is downloaded.

namespace vth::ui {

inline constexpr float kBaseFontSize = 16.0f;
inline constexpr float kLargeFontSize = 26.0f;

// Text in the large font (titles, key figures; rasterised at its own size, so it stays sharp).
// That font lacks Latin-1's letters and some signs (glyph_ranges.hpp): a text it cannot draw
// whole is drawn in the text font rather than with "?" for the missing characters.
void large_text(const char* text);

// (Re)builds the font atlas for a device pixel ratio and the user's zoom: glyphs
// are rasterised at size × zoom × ratio and drawn scaled down by the ratio, so
// text stays sharp on high-DPI screens and at every zoom step.
void load_fonts(float device_pixel_ratio, float zoom);

} // namespace vth::ui
