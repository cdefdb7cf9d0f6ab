#include "line_breaks.hpp"

namespace vth::ui {
namespace {

constexpr std::size_t kNone = std::string::npos;

// The length of the UTF-8 character starting at text[i] (1 for a stray byte).
std::size_t char_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + n <= text.size() ? n : 1;
}

// A place a line may break: a run of blanks, out[from, to), and the line's width up to its end.
struct BreakPoint {
  std::size_t from = kNone, to = kNone;
  float width = 0.0f;
  bool set() const { return from != kNone; }
};

// One pass, character by character. The line's last run of blanks after a word is where it
// breaks when a character would run past the width (the run becomes the line break); the run
// after a euro sign only when there is no other ("€ 1.300" stays together where it can); a
// word wider than a whole line is cut where it reaches the width.
class LineBreaker {
public:
  LineBreaker(std::string_view text, float width, TextWidth width_of) : width_(width), width_of_(width_of) {
    out_.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
      const std::string_view c = text.substr(i, char_length(text, i));
      i += c.size();
      add(c);
    }
  }

  std::string take() { return std::move(out_); }

private:
  void add(std::string_view c) {
    if (c == "\n") {
      out_ += '\n';
      start_line();
      return;
    }
    const float w = width_of_(c);
    if (c == " " || c == "\t") {
      if (run_ == kNone) run_ = out_.size();
      append(c, w);
      // Leading blanks are the line's indent, not a place to break.
      if (has_word_) {
        const bool after_euro = std::string_view(out_).substr(0, run_).ends_with("€");
        (after_euro ? euro_ : space_) = {run_, out_.size(), line_};
      }
      return;
    }
    run_ = kNone;
    if (line_ + w > width_) {
      if (space_.set())
        break_at(space_);
      else if (euro_.set())
        break_at(euro_);
      if (line_ + w > width_ && line_ > 0.0f) { // still too wide: a word wider than a line, cut
        out_ += '\n';
        start_line();
      }
    }
    append(c, w);
    has_word_ = true;
  }

  void append(std::string_view c, float w) {
    out_.append(c);
    line_ += w;
  }

  // The run of blanks becomes the line break; what followed it starts the new line.
  void break_at(BreakPoint at) {
    out_.replace(at.from, at.to - at.from, "\n");
    const std::size_t removed = at.to - at.from - 1;
    line_ -= at.width;
    for (BreakPoint* other : {&space_, &euro_}) {
      if (other->set() && other->from > at.from) { // (a euro sign's run after the last space)
        other->from -= removed;
        other->to -= removed;
        other->width -= at.width;
      } else {
        *other = {};
      }
    }
  }

  void start_line() {
    line_ = 0.0f;
    has_word_ = false;
    run_ = kNone;
    space_ = euro_ = {};
  }

  float width_;
  TextWidth width_of_;
  std::string out_;
  float line_ = 0.0f;     // the width of the line so far
  bool has_word_ = false; // the line has more than blanks
  std::size_t run_ = kNone;
  BreakPoint space_, euro_;
};

} // namespace

std::string break_lines(std::string_view text, float width, TextWidth width_of) {
  return LineBreaker(text, width, width_of).take();
}

} // namespace vth::ui
