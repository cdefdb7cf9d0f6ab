#pragma once
// Dear ImGui's font atlas built by the browser: each glyph is drawn with the
// canvas 2D API (fillText) in the family the page's stylesheet uses, measured
// with measureText, and packed here. The wasm carries no font file and no
// rasteriser (stb_truetype); the browser's own font fallback covers characters
// the first family lacks. Why: docs/architecture.md ("Font").

struct ImFontBuilderIO;

namespace vth::platform {

// Set as ImFontAtlas::FontBuilderIO before the atlas is first built. Each font's
// ImFontConfig carries its CSS font-family list as FontData (see ui/fonts.cpp).
const ImFontBuilderIO* browser_font_builder();

} // namespace vth::platform
