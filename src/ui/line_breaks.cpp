#include "line_breaks.hpp"

namespace vth::ui {
namespace {

// The length of the UTF-8 character starting at text[i] (1 for a stray byte).
std::size_t char_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + n <= text.size() ? n : 1;
}

} // namespace

// One pass, character by character, remembering the last space of the line: a character
// that would run past the width moves the line's end to that space (the space becomes the
// line break), or, in a word without one, starts a new line itself.
std::string break_lines(std::string_view text, float width, TextWidth width_of) {
  constexpr std::size_t kNone = std::string::npos;
  std::string out;
  out.reserve(text.size() + 8);
  float line = 0.0f;         // the width of the line so far
  std::size_t space = kNone; // in `out`: the last space of this line a break may take
  float after_space = 0.0f;  // the line's width up to and including that space
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view c = text.substr(i, char_length(text, i));
    i += c.size();
    if (c == "\n") {
      out += '\n';
      line = 0.0f;
      space = kNone;
      continue;
    }
    const float w = width_of(c);
    if (c == " ") {
      // Spaces never start a line break themselves (at a line's end they take no room);
      // not the space after the euro sign: "€ 1.300" stays together.
      if (!out.ends_with("€")) {
        space = out.size();
        after_space = line + w;
      }
    } else if (line + w > width) {
      if (space != kNone) {
        out[space] = '\n';
        line -= after_space;
        space = kNone;
      } else if (line > 0.0f) {
        out += '\n'; // a word wider than the line: cut here
        line = 0.0f;
      }
    }
    out.append(c);
    line += w;
  }
  return out;
}

} // namespace vth::ui
