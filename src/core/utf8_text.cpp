#include "utf8_text.hpp"

namespace vth {
namespace {

bool starts_char(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

} // namespace

std::size_t char_count(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += starts_char(c) ? 1 : 0;
  return n;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  if (max_chars == 0 || char_count(text) <= max_chars) return std::string(text);
  // Keep max_chars - 1 characters and add the ellipsis.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (starts_char(text[i]) && kept++ == max_chars - 1) return std::string(text.substr(0, i)) + "…";
  return std::string(text);
}

} // namespace vth
