#pragma once
// The interface font: DejaVu Sans from Debian's fonts-dejavu-core, subset at
// build time to the glyphs we draw (Latin-1 for ë/é, the euro sign, dashes,
// quotes) and embedded in the wasm so that no font is fetched from elsewhere.

struct ImFont;

namespace vth::ui {

inline constexpr float kBaseFontSize = 16.0f;
inline constexpr float kLargeFontSize = 26.0f;

// The font for key figures (rasterised at its own size, so it stays sharp).
ImFont* large_font();

// (Re)builds the font atlas for a device pixel ratio and the user's zoom: glyphs
// are rasterised at size × zoom × ratio and drawn scaled down by the ratio, so
// text stays sharp on high-DPI screens and at every zoom step.
void load_fonts(float device_pixel_ratio, float zoom);

} // namespace vth::ui
