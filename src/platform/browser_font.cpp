#include "browser_font.hpp"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace vth::platform {
namespace {

// The bodies are JavaScript (web/vth_font.js does the work), which clang-format would break.
// clang-format off
EM_JS(int, vth_js_font_measure, (const char* family, float line_height, const unsigned* codepoints, int count, float* out), {
  return Module.vthFont.measure(UTF8ToString(family), line_height, HEAPU32.subarray(codepoints >> 2, (codepoints >> 2) + count),
                                count, HEAPF32.subarray(out >> 2, (out >> 2) + 3 + 5 * count)) ? 1 : 0;
});
EM_JS(void, vth_js_font_begin, (int width, int height), { Module.vthFont.begin(width, height); });
EM_JS(void, vth_js_font_draw, (const char* family, float css_px, const unsigned* codepoints, const int* origins, int count), {
  Module.vthFont.draw(UTF8ToString(family), css_px, HEAPU32.subarray(codepoints >> 2, (codepoints >> 2) + count),
                      HEAP32.subarray(origins >> 2, (origins >> 2) + 2 * count), count);
});
EM_JS(int, vth_js_font_finish, (unsigned char* pixels, int width, int height), {
  return Module.vthFont.finish(HEAPU8.subarray(pixels, pixels + width * height), width, height) ? 1 : 0;
});
EM_JS(void, vth_js_font_refused, (int measured), {
  Module.vthFatal(measured
    ? "Deze browser geeft de tekens van zijn lettertypen niet vrij aan de pagina (bescherming tegen " +
      "fingerprinting), dus kan VTH-planner geen tekst tonen. Sta deze pagina het lezen van canvas-gegevens toe."
    : "Deze browser kan geen tekst in een canvas tekenen (Canvas 2D), dus kan VTH-planner geen tekst tonen. " +
      "Gebruik een recente versie van Edge, Chrome, Firefox of Safari.");
});
// clang-format on

// A rectangle of the texture: a glyph's ink (plus a pixel of air) or one of ImGui's own.
struct Slot {
  int width = 0;
  int height = 0;
  int x = 0;
  int y = 0;
};

// One glyph as the browser measured it: the ink's box around the pen at the baseline.
struct Glyph {
  unsigned codepoint = 0;
  float advance = 0.0f;
  int left = 0, top = 0, right = 0, bottom = 0; // whole pixels, y down
  int slot = -1;                                // none for a glyph without ink (space)
};

struct FontPlan {
  std::string family; // CSS font-family list
  float css_px = 0.0f;
  float ascent = 0.0f;
  float descent = 0.0f;
  std::vector<Glyph> glyphs;
};

constexpr int kAir = 1; // pixels around each glyph: the canvas's smoothing reaches past the measured box

std::vector<unsigned> codepoints_of(ImFontAtlas& atlas, const ImFontConfig& config) {
  // Marked in a table of every ImWchar, then read in order: sorted and each once, without
  // linking a sort of numbers for this alone.
  std::vector<unsigned char> wanted(std::size_t{IM_UNICODE_CODEPOINT_MAX} + 1, 0);
  const ImWchar* range = config.GlyphRanges ? config.GlyphRanges : atlas.GetGlyphRangesDefault();
  for (; range[0] && range[1]; range += 2)
    for (unsigned c = range[0]; c <= range[1]; ++c) wanted[c] = 1;
  std::vector<unsigned> out;
  for (unsigned c = 0; c < wanted.size(); ++c)
    if (wanted[c]) out.push_back(c);
  return out;
}

bool measure(ImFontAtlas& atlas, const ImFontConfig& config, FontPlan& plan) {
  plan.family.assign(static_cast<const char*>(config.FontData),
                     static_cast<std::size_t>(config.FontDataSize));
  const std::vector<unsigned> codepoints = codepoints_of(atlas, config);
  std::vector<float> out(3 + 5 * codepoints.size());
  if (!vth_js_font_measure(plan.family.c_str(), config.SizePixels, codepoints.data(),
                           static_cast<int>(codepoints.size()), out.data()))
    return false;
  plan.css_px = out[0];
  plan.ascent = out[1];
  plan.descent = out[2];
  plan.glyphs.resize(codepoints.size());
  for (std::size_t i = 0; i < codepoints.size(); ++i) {
    const float* m = &out[3 + 5 * i];
    Glyph& g = plan.glyphs[i];
    g.codepoint = codepoints[i];
    const auto sane = [](float v) { return std::isfinite(v) && std::fabs(v) < 1024.0f; };
    g.advance = sane(m[0]) ? m[0] : 0.0f;
    // No ink (a space), or nonsense from the browser: an advance only.
    if (!sane(m[1]) || !sane(m[2]) || !sane(m[3]) || !sane(m[4]) || !(m[3] > m[1]) || !(m[4] > m[2]))
      continue;
    g.left = static_cast<int>(std::floor(m[1])) - kAir;
    g.top = static_cast<int>(std::floor(m[2])) - kAir;
    g.right = static_cast<int>(std::ceil(m[3])) + kAir;
    g.bottom = static_cast<int>(std::ceil(m[4])) + kAir;
  }
  return true;
}

// Shelves, tallest first: simple, and within a few percent of a skyline packer for
// glyphs of one or two sizes. Heights are small numbers, so the order is a walk down
// from the tallest (no sort: 3 KB less code). Returns the height used.
int pack(std::vector<Slot>& slots, int width, int padding) {
  int tallest = 0;
  for (const Slot& s : slots) tallest = std::max(tallest, s.height);
  // The top row stays empty whatever the padding: vth_font.js checks it (true pixels).
  int x = padding, y = std::max(padding, 1), shelf = 0;
  for (int height = tallest; height >= 0; --height)
    for (Slot& s : slots) {
      if (s.height != height) continue;
      if (x + s.width + padding > width) {
        x = padding;
        y += shelf + padding;
        shelf = 0;
      }
      s.x = x;
      s.y = y;
      x += s.width + padding;
      shelf = std::max(shelf, s.height);
    }
  return y + shelf + padding;
}

int texture_width(const ImFontAtlas& atlas, const std::vector<Slot>& slots) {
  if (atlas.TexDesiredWidth > 0) return atlas.TexDesiredWidth;
  long surface = 0;
  int widest = 0;
  for (const Slot& s : slots) {
    surface += static_cast<long>(s.width + 1) * (s.height + 1);
    widest = std::max(widest, s.width + 2 * atlas.TexGlyphPadding);
  }
  const float side = std::sqrt(static_cast<float>(surface));
  int width = side >= 0.7f * 2048.0f   ? 4096
              : side >= 0.7f * 1024.0f ? 2048
              : side >= 0.7f * 512.0f  ? 1024
                                       : 512;
  while (width < widest) width *= 2; // the widest slot fits on a shelf of its own
  return width;
}

bool build(ImFontAtlas* atlas) {
  ImFontAtlasBuildInit(atlas); // ImGui's own rectangles: mouse cursors, white pixel, thick lines
  atlas->TexID = ImTextureID{};
  atlas->TexWidth = atlas->TexHeight = 0;
  atlas->TexUvScale = ImVec2(0.0f, 0.0f);
  atlas->TexUvWhitePixel = ImVec2(0.0f, 0.0f);
  atlas->ClearTexData();

  std::vector<FontPlan> plans(static_cast<std::size_t>(atlas->ConfigData.Size));
  bool measured = true;
  for (int i = 0; i < atlas->ConfigData.Size; ++i)
    measured = measured && measure(*atlas, atlas->ConfigData[i], plans[i]);
  if (!measured) {
    // No canvas text at all: ImGui still needs a glyph per font (its lookup table takes the
    // last one), so each gets a space; the page says why nothing is legible.
    for (std::size_t i = 0; i < plans.size(); ++i) {
      plans[i].glyphs.assign(1, Glyph{});
      plans[i].glyphs[0].codepoint = ' ';
      plans[i].glyphs[0].advance = atlas->ConfigData[static_cast<int>(i)].SizePixels / 4.0f;
      plans[i].ascent = atlas->ConfigData[static_cast<int>(i)].SizePixels * 0.8f;
      plans[i].descent = atlas->ConfigData[static_cast<int>(i)].SizePixels * 0.2f;
    }
  }

  // ImGui's rectangles first (their order is their index), then every glyph with ink.
  std::vector<Slot> slots;
  for (const ImFontAtlasCustomRect& r : atlas->CustomRects) slots.push_back({r.Width, r.Height});
  for (FontPlan& plan : plans)
    for (Glyph& g : plan.glyphs)
      if (g.right > g.left) {
        g.slot = static_cast<int>(slots.size());
        slots.push_back({g.right - g.left, g.bottom - g.top});
      }
  atlas->TexWidth = texture_width(*atlas, slots);
  const int used = pack(slots, atlas->TexWidth, atlas->TexGlyphPadding);
  atlas->TexHeight =
      (atlas->Flags & ImFontAtlasFlags_NoPowerOfTwoHeight) ? used + 1 : ImUpperPowerOfTwo(used);
  atlas->TexUvScale =
      ImVec2(1.0f / static_cast<float>(atlas->TexWidth), 1.0f / static_cast<float>(atlas->TexHeight));
  const std::size_t bytes = static_cast<std::size_t>(atlas->TexWidth) * atlas->TexHeight;
  atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(bytes));
  std::memset(atlas->TexPixelsAlpha8, 0, bytes);
  for (int i = 0; i < atlas->CustomRects.Size; ++i) {
    atlas->CustomRects[i].X = static_cast<unsigned short>(slots[i].x);
    atlas->CustomRects[i].Y = static_cast<unsigned short>(slots[i].y);
  }

  // The browser draws every glyph at its place (pen = slot corner minus the ink's offset).
  bool drawn = measured;
  if (drawn) {
    vth_js_font_begin(atlas->TexWidth, atlas->TexHeight);
    for (const FontPlan& plan : plans) {
      std::vector<unsigned> codepoints;
      std::vector<int> origins;
      for (const Glyph& g : plan.glyphs)
        if (g.slot >= 0) {
          codepoints.push_back(g.codepoint);
          origins.push_back(slots[g.slot].x - g.left);
          origins.push_back(slots[g.slot].y - g.top);
        }
      vth_js_font_draw(plan.family.c_str(), plan.css_px, codepoints.data(), origins.data(),
                       static_cast<int>(codepoints.size()));
    }
    drawn = vth_js_font_finish(atlas->TexPixelsAlpha8, atlas->TexWidth, atlas->TexHeight) != 0;
  }
  if (!drawn) {
    std::memset(atlas->TexPixelsAlpha8, 0, bytes); // no boxes for letters
    vth_js_font_refused(measured ? 1 : 0);
  }

  for (int i = 0; i < atlas->ConfigData.Size; ++i) {
    ImFontConfig& config = atlas->ConfigData[i];
    const FontPlan& plan = plans[i];
    // As ImGui rounds a TrueType font's metrics: whole pixels, away from the baseline.
    const float ascent = std::ceil(plan.ascent);
    const float descent = -std::ceil(plan.descent);
    ImFontAtlasBuildSetupFont(atlas, config.DstFont, &config, ascent, descent);
    const float dx = config.GlyphOffset.x;
    const float dy = config.GlyphOffset.y + ascent;
    const auto f = [](int pixels) { return static_cast<float>(pixels); };
    for (const Glyph& g : plan.glyphs) {
      float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
      if (g.slot >= 0) {
        const Slot& s = slots[static_cast<std::size_t>(g.slot)];
        u0 = f(s.x) * atlas->TexUvScale.x;
        v0 = f(s.y) * atlas->TexUvScale.y;
        u1 = f(s.x + s.width) * atlas->TexUvScale.x;
        v1 = f(s.y + s.height) * atlas->TexUvScale.y;
      }
      config.DstFont->AddGlyph(&config, static_cast<ImWchar>(g.codepoint), f(g.left) + dx, f(g.top) + dy,
                               f(g.right) + dx, f(g.bottom) + dy, u0, v0, u1, v1, g.advance);
    }
  }
  ImFontAtlasBuildFinish(atlas); // draws ImGui's own rectangles, builds the lookup tables
  return true;
}

} // namespace

const ImFontBuilderIO* browser_font_builder() {
  static const ImFontBuilderIO io{&build};
  return &io;
}

} // namespace vth::platform
