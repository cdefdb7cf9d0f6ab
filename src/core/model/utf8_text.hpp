#pragma once
// Lengths and cuts of UTF-8 text in characters rather than bytes, for column
// widths and labels that must fit ("€" is three bytes, one character).

#include <cstddef>
#include <string>
#include <string_view>

namespace vth {

// Decodes the UTF-8 character at byte `i` (< s.size()) into `cp`; returns its length in bytes, or 0
// when the bytes there are not UTF-8 (cut, overlong, a surrogate, beyond U+10FFFF).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

// Characters (code points) in UTF-8 text: continuation bytes do not count.
std::size_t char_count(std::string_view text);

// At most `max_chars` characters, ending in "…" when cut (0: no limit).
std::string shorten(std::string_view text, std::size_t max_chars);
// At most `max_chars` characters, with "…" in the middle when cut: the start and the
// end stay (where an entry was wrong may be either). Below 3 characters as shorten().
std::string shorten_middle(std::string_view text, std::size_t max_chars);

// The Dutch reason a text read from a file, a link or the keyboard cannot be
// taken as it is, or empty: invalid UTF-8, control characters (NUL, ESC, ...),
// direction overrides and zero-width characters, which can cut off an export,
// steer a terminal or make two different names look the same.
// `multiline` allows tabs and line breaks (descriptions), not in names and ids.
std::string text_problem(std::string_view text, bool multiline);

// The text with every such character (and every byte that is not UTF-8)
// written out as "\u{202E}", for places where it would act instead of show:
// a terminal, a report, a spreadsheet. Tabs and line breaks stay when asked.
std::string visible_text(std::string_view text, bool keep_line_breaks);

} // namespace vth
