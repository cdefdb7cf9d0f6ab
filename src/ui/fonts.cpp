#include "fonts.hpp"

#include <imgui.h>

#include <cstring>

namespace vth::ui {

// The same list as the page's stylesheet (web/app.css), so that the interface and the
// page's own texts (loading, errors) look alike. The browser takes the first family it
// has and its own fallback for a character that family lacks.
static const char kFontFamily[] = "\"DejaVu Sans\", \"Segoe UI\", Roboto, Arial, sans-serif";

// The characters the interface draws; each is drawn into the atlas once per size, which
// costs start-up time. Not the control characters 0x7F-0x9F: texts with them are
// refused (text_problem), so nothing draws them.
static const ImWchar kGlyphRanges[] = {
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

namespace {
ImFont* g_large = nullptr;
}

ImFont* large_font() { return g_large; }

void load_fonts(float device_pixel_ratio, float zoom) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  // No font file: the atlas's builder (src/platform/browser_font.hpp) has the browser draw the
  // glyphs, and reads the CSS family list from here. ImGui copies it (not owned by the atlas).
  config.FontData = const_cast<char*>(kFontFamily);
  config.FontDataSize = static_cast<int>(std::strlen(kFontFamily));
  config.FontDataOwnedByAtlas = false;
  config.PixelSnapH = true;
  const float scale = device_pixel_ratio > 0.0f ? device_pixel_ratio : 1.0f;
  const float size = scale * (zoom > 0.0f ? zoom : 1.0f);
  config.GlyphRanges = kGlyphRanges;
  config.SizePixels = kBaseFontSize * size;
  io.Fonts->AddFont(&config);
  config.SizePixels = kLargeFontSize * size;
  g_large = io.Fonts->AddFont(&config);
  io.FontGlobalScale = 1.0f / scale;
  io.Fonts->Build();
}

} // namespace vth::ui
