#include "fonts.hpp"

#include "glyph_ranges.hpp"

#include <imgui.h>

#include <cstring>
#include <type_traits>

namespace vth::ui {

// The same list as the page's stylesheet (web/app.css), so that the interface and the
// page's own texts (loading, errors) look alike. The browser takes the first family it
// has and its own fallback for a character that family lacks.
static const char kFontFamily[] = "\"DejaVu Sans\", \"Segoe UI\", Roboto, Arial, sans-serif";

namespace {
ImFont* g_large = nullptr;
// glyph_ranges.hpp's ranges are ImGui's own type (16-bit: ImGui built without IMGUI_USE_WCHAR32).
static_assert(std::is_same_v<ImWchar, unsigned short>, "glyph_ranges.hpp gives 16-bit ranges");
} // namespace

void large_text(const char* text) {
  const bool large = g_large && has_glyphs(kLargeGlyphs, text);
  if (large) ImGui::PushFont(g_large);
  ImGui::TextUnformatted(text);
  if (large) ImGui::PopFont();
}

void load_fonts(float device_pixel_ratio, float zoom) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // The atlas as high as its glyphs need, not the next power of two (WebGL2 takes any size):
  // every row is read back from the browser's canvas and uploaded at start-up.
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  ImFontConfig config;
  // No font file: the atlas's builder (src/platform/browser_font.hpp) has the browser draw the
  // glyphs, and reads the CSS family list from here. ImGui copies it (not owned by the atlas).
  config.FontData = const_cast<char*>(kFontFamily);
  config.FontDataSize = static_cast<int>(std::strlen(kFontFamily));
  config.FontDataOwnedByAtlas = false;
  config.PixelSnapH = true;
  const float scale = device_pixel_ratio > 0.0f ? device_pixel_ratio : 1.0f;
  const float size = scale * (zoom > 0.0f ? zoom : 1.0f);
  config.GlyphRanges = kTextGlyphs;
  config.SizePixels = kBaseFontSize * size;
  io.Fonts->AddFont(&config);
  config.GlyphRanges = kLargeGlyphs;
  config.SizePixels = kLargeFontSize * size;
  g_large = io.Fonts->AddFont(&config);
  io.FontGlobalScale = 1.0f / scale;
  io.Fonts->Build();
}

} // namespace vth::ui
