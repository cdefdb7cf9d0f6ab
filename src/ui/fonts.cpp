#include "fonts.hpp"

#include <imgui.h>

#include <cstddef>

extern const unsigned char vth_font_ui[];
extern const std::size_t vth_font_ui_size;

namespace vth::ui {

// Must match VTH_FONT_UNICODES in src/platform/CMakeLists.txt, which subsets the font.
static const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 (ë, é, ï, ...)
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
  config.FontDataOwnedByAtlas = false; // the bytes live in the binary
  config.OversampleH = 2;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  const float scale = device_pixel_ratio > 0.0f ? device_pixel_ratio : 1.0f;
  const float size = scale * (zoom > 0.0f ? zoom : 1.0f);
  // ImGui wants a mutable pointer but does not write when it does not own the data.
  void* data = const_cast<unsigned char*>(vth_font_ui);
  const int bytes = static_cast<int>(vth_font_ui_size);
  io.Fonts->AddFontFromMemoryTTF(data, bytes, kBaseFontSize * size, &config, kGlyphRanges);
  g_large = io.Fonts->AddFontFromMemoryTTF(data, bytes, kLargeFontSize * size, &config, kGlyphRanges);
  io.FontGlobalScale = 1.0f / scale;
  io.Fonts->Build();
}

} // namespace vth::ui
