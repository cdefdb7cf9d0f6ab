#include "glyph_ranges.hpp"

namespace vth::ui {

bool has_glyphs(const unsigned short* ranges, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > text.size()) return false;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      c = (c << 6) | (next & 0x3F);
    }
    i += length;
    bool found = false;
    for (const unsigned short* r = ranges; r[0] != 0 && !found; r += 2) found = c >= r[0] && c <= r[1];
    if (!found) return false;
  }
  return true;
}

} // namespace vth::ui
