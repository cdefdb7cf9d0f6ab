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

// (Re)builds the font atlas for a device pixel ratio: glyphs are rasterised at
// size × ratio and drawn scaled down, so text stays sharp on high-DPI screens.
void load_fonts(float device_pixel_ratio);

} // namespace vth::ui
