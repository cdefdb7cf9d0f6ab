#pragma once
// Lengths and cuts of UTF-8 text in characters rather than bytes, for column
// widths and labels that must fit ("€" is three bytes, one character).

#include <cstddef>
#include <string>
#include <string_view>

namespace vth {

// Characters (code points) in UTF-8 text: continuation bytes do not count.
std::size_t char_count(std::string_view text);

// At most `max_chars` characters, ending in "…" when cut (0: no limit).
std::string shorten(std::string_view text, std::size_t max_chars);

} // namespace vth
