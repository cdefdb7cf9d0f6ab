// Wrapped text breaks only at spaces (ui/line_breaks.hpp): a Dutch number is never split
// at its thousands point or decimal comma, the way Dear ImGui's own wrapping did.
#include "ui/line_breaks.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using vth::ui::break_lines;

namespace {

// One unit per byte: widths add up, and a test can count them.
float bytes(std::string_view s) { return static_cast<float>(s.size()); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return lines;
    start = end + 1;
  }
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

// `broken` is `text` with some runs of spaces (a whole run each) replaced by one '\n'.
bool breaks_only_at_spaces(const std::string& text, const std::string& broken) {
  std::size_t i = 0;
  for (std::size_t j = 0; j < broken.size(); ++j) {
    if (broken[j] == '\n') {
      if (i >= text.size() || text[i] != ' ') return false;
      while (i < text.size() && text[i] == ' ') ++i;
    } else if (i >= text.size() || text[i++] != broken[j]) {
      return false;
    }
  }
  return text.find_first_not_of(' ', i) == std::string::npos;
}

} // namespace

TEST_CASE("line breaks: a number stays whole where ImGui broke it after its point or comma") {
  // The text a helper saw split as "1.300–1." / "400 uur" in a tooltip.
  CHECK(break_lines("tussen 1.300–1.400 uur per jaar", 16.0f, bytes) == "tussen\n1.300–1.400\nuur per jaar");
  CHECK(break_lines("tussen 1.300–1.400 uur per jaar", 18.0f, bytes) == "tussen\n1.300–1.400 uur\nper jaar");
  CHECK(break_lines("kental 12,25 uur", 10.0f, bytes) == "kental\n12,25 uur");
  // The euro sign stays with its amount.
  CHECK(break_lines("Totaal € 1.300.000 per jaar", 16.0f, bytes) == "Totaal\n€ 1.300.000\nper jaar");
  CHECK(break_lines("a € -5", 6.0f, bytes) == "a\n€ -5");
  CHECK(break_lines("Totaal € 1.300.000", 14.0f, bytes) == "Totaal\n€ 1.300.000");
}

TEST_CASE("line breaks: what fits stays one line; the text's own breaks and indent stay") {
  CHECK(break_lines("past op een regel", 100.0f, bytes) == "past op een regel");
  CHECK(break_lines("een\ntwee drie", 100.0f, bytes) == "een\ntwee drie");
  CHECK(break_lines("  ingesprongen tekst", 14.0f, bytes) == "  ingesprongen\ntekst");
  CHECK(break_lines("a\n\nb", 100.0f, bytes) == "a\n\nb");
  CHECK(break_lines("", 10.0f, bytes).empty());
  // Of a run of spaces at a break, the last becomes the break; the others end the line unseen.
  CHECK(break_lines("woord  woord", 7.0f, bytes) == "woord \nwoord");
}

TEST_CASE("line breaks: only a word wider than a line is cut, never inside a character") {
  CHECK(break_lines("ab abcdefgh", 4.0f, bytes) == "ab\nabcd\nefgh");
  // ë is two bytes: a line of width 3 holds one, never a byte and a half.
  CHECK(break_lines("ëëë", 3.0f, bytes) == "ë\në\në");
  // Narrower than one character: one character a line, nothing lost.
  CHECK(break_lines("abc", 0.5f, bytes) == "a\nb\nc");
}

TEST_CASE("line breaks: random texts - no line too wide, nothing lost, breaks only at spaces") {
  std::mt19937 rng(20261207);
  const std::vector<std::string> pieces = {"1.300", "12,5",      "€", "uur",          "Vergunnen", "ë",  "–",
                                           "-",     "(aanname)", "a", "1.234.567,89", "toezicht;", "x.y"};
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int words = std::uniform_int_distribution<int>(0, 12)(rng);
    for (int w = 0; w < words; ++w) {
      if (w > 0) text += std::string(std::uniform_int_distribution<int>(1, 2)(rng), ' ');
      text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
    }
    const float width = static_cast<float>(std::uniform_int_distribution<int>(1, 30)(rng));
    const std::string broken = break_lines(text, width, bytes);
    INFO("text '" << text << "' width " << width << " -> '" << broken << "'");
    CHECK(without_spaces(broken) == without_spaces(text));
    const bool any_word_too_wide = [&] {
      for (const auto& p : pieces)
        if (text.find(p) != std::string::npos && bytes(p) > width) return true;
      return false;
    }();
    for (const std::string& line : lines_of(broken)) {
      const std::size_t drawn = line.find_last_not_of(' ') + 1; // spaces at a line's end take no room
      CHECK((drawn <= width || any_word_too_wide || text.find("€") != std::string::npos));
      CHECK((line.empty() || line.front() != ' ')); // the spaces at a break are dropped
    }
    // Where no word is too wide, the text is the original with some runs of spaces made a line break.
    // (The space after a euro sign is no break: there a cut may come instead.)
    if (!any_word_too_wide && text.find("€") == std::string::npos) CHECK(breaks_only_at_spaces(text, broken));
  }
}
