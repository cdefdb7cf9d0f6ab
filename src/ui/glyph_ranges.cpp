#include "glyph_ranges.hpp"

namespace vth::ui {

bool has_glyphs(const unsigned short* ranges, std::string_view text) {
  // The smallest code point each sequence length may carry: a longer form of a smaller one
  // (overlong) is invalid, and ImGui draws it as U+FFFD.
  static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80   ? 1
                               : lead < 0xC2 ? 0 // a continuation byte, or an overlong lead
                               : lead < 0xE0 ? 2
                               : lead < 0xF0 ? 3
                               : lead < 0xF5 ? 4
                                             : 0;
    if (length == 0 || i + length > text.size()) return false;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      c = (c << 6) | (next & 0x3F);
    }
    if (c < kSmallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += length;
    bool found = false;
    for (const unsigned short* r = ranges; r[0] != 0 && !found; r += 2) found = c >= r[0] && c <= r[1];
    if (!found) return false;
  }
  return true;
}

} // namespace vth::ui
