#include "glyph_ranges.hpp"

#include "core/model/utf8_text.hpp"

namespace vth::ui {

bool has_glyphs(const unsigned short* ranges, std::string_view text) {
  // Invalid UTF-8 counts as missing: ImGui would draw U+FFFD in its place, not the text.
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8(text, i, c);
    if (length == 0) return false;
    i += length;
    bool found = false;
    for (const unsigned short* r = ranges; r[0] != 0 && !found; r += 2) found = c >= r[0] && c <= r[1];
    if (!found) return false;
  }
  return true;
}

} // namespace vth::ui
