// Wrapped text breaks only at blanks (ui/line_breaks.hpp): a Dutch number is never split
// at its thousands point or decimal comma, the way Dear ImGui's own wrapping did.
#include "ui/line_breaks.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using vth::ui::break_lines;
using vth::ui::TextWidth;

namespace {

// One unit per byte: widths add up, and a test can count them.
float bytes(std::string_view s) { return static_cast<float>(s.size()); }
// Fractional widths, as at a device pixel ratio of 1,25: a space narrower than a letter.
float fractional(std::string_view s) {
  float w = 0.0f;
  for (char c : s) w += c == ' ' ? 0.35f : 0.6f;
  return w;
}

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

std::string without_blanks(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n') out += c;
  return out;
}

bool one_character(const std::string& line) {
  const auto c = static_cast<unsigned char>(line.empty() ? 0 : line[0]);
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return line.size() == n;
}

// `broken` is `text` with some runs of blanks (a whole run each) replaced by one '\n', and
// no other change.
bool breaks_only_at_blanks(const std::string& text, const std::string& broken) {
  std::size_t i = 0;
  for (std::size_t j = 0; j < broken.size(); ++j) {
    if (broken[j] == '\n' && (i >= text.size() || text[i] != '\n')) {
      if (i >= text.size() || (text[i] != ' ' && text[i] != '\t')) return false;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    } else if (i >= text.size() || text[i++] != broken[j]) {
      return false;
    }
  }
  return i == text.size();
}

} // namespace

TEST_CASE("line breaks: a number stays whole where ImGui broke it after its point or comma") {
  // The text a helper saw split as "1.300–1." / "400 uur" in a tooltip.
  CHECK(break_lines("tussen 1.300–1.400 uur per jaar", 16.0f, bytes) == "tussen\n1.300–1.400\nuur per jaar");
  CHECK(break_lines("tussen 1.300–1.400 uur per jaar", 18.0f, bytes) == "tussen\n1.300–1.400 uur\nper jaar");
  CHECK(break_lines("kental 12,25 uur", 10.0f, bytes) == "kental\n12,25 uur");
  // The euro sign stays with its amount where the line has another place to break...
  CHECK(break_lines("Totaal € 1.300.000 per jaar", 16.0f, bytes) == "Totaal\n€ 1.300.000\nper jaar");
  CHECK(break_lines("a € -5", 6.0f, bytes) == "a\n€ -5");
  CHECK(break_lines("Totaal € 1.300.000", 14.0f, bytes) == "Totaal\n€ 1.300.000");
  // ... and breaks after it rather than inside the amount where it has none.
  CHECK(break_lines("€ 1.300.000", 10.0f, bytes) == "€\n1.300.000");
}

TEST_CASE("line breaks: what fits stays one line; the text's own breaks and indent stay") {
  CHECK(break_lines("past op een regel", 100.0f, bytes) == "past op een regel");
  CHECK(break_lines("een\ntwee drie", 100.0f, bytes) == "een\ntwee drie");
  CHECK(break_lines("  ingesprongen tekst", 14.0f, bytes) == "  ingesprongen\ntekst");
  CHECK(break_lines("a\n\nb", 100.0f, bytes) == "a\n\nb");
  CHECK(break_lines("", 10.0f, bytes).empty());
  // A run of blanks at a break becomes the break, all of it; a tab is a blank too.
  CHECK(break_lines("woord  woord", 7.0f, bytes) == "woord\nwoord");
  CHECK(break_lines("woord\twoord", 7.0f, bytes) == "woord\nwoord");
  // A line's leading blanks are its indent, never the place it breaks.
  CHECK(break_lines("  abcdefghijkl", 10.0f, bytes) == "  abcdefgh\nijkl");
}

TEST_CASE("line breaks: only a word wider than a line is cut, never inside a character") {
  CHECK(break_lines("ab abcdefgh", 4.0f, bytes) == "ab\nabcd\nefgh");
  // The rest of a word after the break may still be too wide: cut again (found by review).
  CHECK(break_lines("a bc–", 4.0f, bytes) == "a\nbc\n–");
  // ë is two bytes: a line of width 3 holds one, never a byte and a half.
  CHECK(break_lines("ëëë", 3.0f, bytes) == "ë\në\në");
  // Narrower than one character: one character a line, nothing lost.
  CHECK(break_lines("abc", 0.5f, bytes) == "a\nb\nc");
}

TEST_CASE("line breaks: random texts - no line too wide, nothing lost, breaks only at blanks") {
  std::mt19937 rng(20261207);
  const std::vector<std::string> words = {"1.300", "12,5",      "€",  "uur",         "Vergunnen",
                                          "ë",     "–",         "-",  "(aanname)",   "a",
                                          "x.y",   "toezicht;", "ëë", "1.234.567,89"};
  const std::vector<std::string> blanks = {" ", "  ", "\t", " \t", "\n"};
  for (const TextWidth width_of : {bytes, fractional}) {
    for (int round = 0; round < 4000; ++round) {
      std::string text;
      const bool indent = std::uniform_int_distribution<int>(0, 4)(rng) == 0;
      if (indent) text += "  ";
      const int n = std::uniform_int_distribution<int>(0, 12)(rng);
      for (int w = 0; w < n; ++w) {
        if (w > 0) text += blanks[std::uniform_int_distribution<std::size_t>(0, blanks.size() - 1)(rng)];
        text += words[std::uniform_int_distribution<std::size_t>(0, words.size() - 1)(rng)];
      }
      const float width = static_cast<float>(std::uniform_int_distribution<int>(1, 30)(rng)) * 0.5f;
      const std::string broken = break_lines(text, width, width_of);
      INFO("text '" << text << "' width " << width << " -> '" << broken << "'");
      CHECK(without_blanks(broken) == without_blanks(text));
      for (const std::string& line : lines_of(broken)) {
        // Blanks at a line's end take no room (only the text's own, before its own line break).
        const std::string drawn = line.substr(0, line.find_last_not_of(" \t") + 1);
        CHECK((width_of(drawn) <= width + 1e-3f || one_character(drawn)));
      }
      // Where every word fits a line (after the indent, too), the text is the original with some runs
      // of blanks made a break.
      bool all_fit = true;
      for (const auto& w : words)
        if (text.find(w) != std::string::npos && width_of((indent ? "  " : "") + w) > width) all_fit = false;
      if (all_fit && text.find("€") == std::string::npos) CHECK(breaks_only_at_blanks(text, broken));
    }
  }
}
