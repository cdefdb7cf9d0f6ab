#include "json_parse.hpp"
#include "json_parse_rare.hpp"
#include "json_tree_builder.hpp"

#include "core/model/dutch_format.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace vth {

namespace {

// The tokenizer: one pass over the text that checks the grammar of RFC 8259,
// the UTF-8 of every text and the limits, and hands the values to the tree
// builder. It is the project's own and not nlohmann's SAX parser because the
// reader of a 100.000-line file spent most of its time there (docs/performance.md);
// nlohmann's parser stays in the tests as the independent judge of what is
// JSON (tests/unit/test_json_parse.cpp, tests/fuzz/fuzz_json.cpp). Nesting is
// bounded by the limits, so the recursion is too.
class JsonTokenizer {
public:
  using Stop = json_rare::Stop;

  JsonTokenizer(std::string_view text, std::size_t offset, const JsonLimits& limits, JsonTreeBuilder& out)
      : text_(text), begin_(text.data()), p_(text.data() + offset), end_(text.data() + text.size()),
        limits_(limits), out_(out) {}

  // A value and nothing after it but whitespace.
  bool document() {
    if (!value(0)) return false;
    skip_whitespace();
    return p_ == end_ || fail(Stop::Syntax, p_);
  }

  Stop stop = Stop::None;
  std::size_t at = 0;         // byte offset in the text where it stopped
  std::optional<Issue> limit; // for Stop::Limit

private:
  static bool digit(char c) { return c >= '0' && c <= '9'; }

  bool fail(Stop why, const char* where) {
    stop = where >= end_ ? Stop::End : why;
    at = static_cast<std::size_t>(where - begin_);
    return false;
  }
  bool over_limit(const char* where, json_rare::Limit what) {
    stop = Stop::Limit;
    at = static_cast<std::size_t>(where - begin_);
    json_rare::set_limit_issue(limit, what, text_, at, limits_);
    return false;
  }
  bool builder(bool ok) {
    if (!ok) stop = Stop::Builder;
    return ok;
  }

  void skip_whitespace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool value(int depth) {
    skip_whitespace();
    if (p_ == end_) return fail(Stop::End, p_);
    switch (*p_) {
    case '{':
      return object(depth + 1);
    case '[':
      return array(depth + 1);
    case '"':
      return string(scratch_) && builder(out_.string(scratch_));
    case 't':
      return word("true") && builder(out_.boolean(true));
    case 'f':
      return word("false") && builder(out_.boolean(false));
    case 'n':
      return word("null") && builder(out_.null());
    default:
      return number();
    }
  }

  bool nested(int depth) { return depth <= limits_.max_depth || over_limit(p_, json_rare::Limit::Depth); }

  bool object(int depth) {
    if (!nested(depth) || !builder(out_.start_object())) return false;
    ++p_;
    skip_whitespace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return builder(out_.end_object());
    }
    for (;;) {
      skip_whitespace();
      if (p_ == end_ || *p_ != '"') return fail(Stop::Syntax, p_);
      if (!string(scratch_) || !builder(out_.key(scratch_))) return false;
      skip_whitespace();
      if (p_ == end_ || *p_ != ':') return fail(Stop::Syntax, p_);
      ++p_;
      if (!value(depth)) return false;
      skip_whitespace();
      if (p_ == end_) return fail(Stop::End, p_);
      if (*p_ == '}') {
        ++p_;
        return builder(out_.end_object());
      }
      if (*p_ != ',') return fail(Stop::Syntax, p_);
      ++p_;
    }
  }

  bool array(int depth) {
    if (!nested(depth) || !builder(out_.start_array())) return false;
    ++p_;
    skip_whitespace();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return builder(out_.end_array());
    }
    for (;;) {
      if (!value(depth)) return false;
      skip_whitespace();
      if (p_ == end_) return fail(Stop::End, p_);
      if (*p_ == ']') {
        ++p_;
        return builder(out_.end_array());
      }
      if (*p_ != ',') return fail(Stop::Syntax, p_);
      ++p_;
    }
  }

  bool word(const char* w) {
    for (; *w; ++w, ++p_)
      if (p_ == end_ || *p_ != *w) return fail(Stop::Syntax, p_);
    return true;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written.
  bool number() {
    const char* start = p_;
    if (*p_ == '-') ++p_;
    if (p_ < end_ && *p_ == '0')
      ++p_;
    else if (p_ < end_ && digit(*p_))
      while (p_ < end_ && digit(*p_)) ++p_;
    else
      return fail(Stop::Syntax, p_);
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !digit(*p_)) return fail(Stop::Syntax, p_);
      while (p_ < end_ && digit(*p_)) ++p_;
    }
    bool exponent = false;
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      exponent = true;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !digit(*p_)) return fail(Stop::Syntax, p_);
      while (p_ < end_ && digit(*p_)) ++p_;
    }
    const std::string_view token(start, static_cast<std::size_t>(p_ - start));
    if (token.size() > limits_.max_number_chars) return over_limit(start, json_rare::Limit::NumberChars);
    // A number beyond a double cannot be read by other JSON readers: refused as too
    // large. Only an exponent or more than 300 digits can take one that far.
    if ((exponent || token.size() > 300) && json_rare::beyond_double(token))
      return fail(Stop::Overflow, start);
    return builder(out_.number(token));
  }

  // A text between quotes into `out`, escapes resolved; p_ is on the opening quote.
  bool string(std::string& out) {
    const char* const start = ++p_;
    out.clear();
    const char* piece = p_; // the run of plain bytes not yet in `out`
    // Plain ASCII runs up to here in the tight loop below: the end of the text or the length limit.
    const char* const plain_end = static_cast<std::size_t>(end_ - start) > limits_.max_string_bytes
                                      ? start + limits_.max_string_bytes
                                      : end_;
    for (;;) {
      while (p_ < plain_end) {
        const auto c = static_cast<unsigned char>(*p_);
        if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
        ++p_;
      }
      if (p_ >= end_) return fail(Stop::End, p_);
      if (static_cast<std::size_t>(p_ - start) >= limits_.max_string_bytes)
        return over_limit(start - 1, json_rare::Limit::StringBytes);
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') break;
      if (c == '\\') {
        out.append(piece, static_cast<std::size_t>(p_ - piece));
        if (!escape(out)) return false;
        piece = p_;
      } else if (c < 0x20) {
        return fail(Stop::Syntax, p_); // control characters must be escaped
      } else if (!utf8_sequence()) {
        return fail(Stop::Utf8, p_);
      }
    }
    out.append(piece, static_cast<std::size_t>(p_ - piece));
    ++p_;
    return true;
  }

  // One well-formed UTF-8 sequence (Unicode table 3-7: no overlong forms, no
  // surrogates, nothing beyond U+10FFFF); p_ moves past it when it is.
  bool utf8_sequence() {
    const auto b0 = static_cast<unsigned char>(*p_);
    int more = 0;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      more = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      more = 2;
      if (b0 == 0xE0) low = 0xA0;
      if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      more = 3;
      if (b0 == 0xF0) low = 0x90;
      if (b0 == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    const char* q = p_ + 1;
    for (int k = 0; k < more; ++k, ++q) {
      if (q >= end_) {
        p_ = q;
        return false;
      }
      const auto b = static_cast<unsigned char>(*q);
      if (b < (k == 0 ? low : 0x80) || b > (k == 0 ? high : 0xBF)) {
        p_ = q;
        return false;
      }
    }
    p_ = q;
    return true;
  }

  bool hex4(std::uint32_t& cp) {
    cp = 0;
    for (int k = 0; k < 4; ++k, ++p_) {
      if (p_ == end_) return fail(Stop::End, p_);
      const char c = *p_;
      const int v = digit(c)               ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (v < 0) return fail(Stop::Syntax, p_);
      cp = cp * 16 + static_cast<std::uint32_t>(v);
    }
    return true;
  }

  // p_ is on the backslash.
  bool escape(std::string& out) {
    const char* const at_backslash = p_;
    if (++p_ == end_) return fail(Stop::End, p_);
    const char c = *p_++;
    switch (c) {
    case '"':
    case '\\':
    case '/':
      out += c;
      return true;
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'n':
      out += '\n';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 't':
      out += '\t';
      return true;
    case 'u':
      break;
    default:
      return fail(Stop::Syntax, p_ - 1);
    }
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail(Stop::Syntax, at_backslash); // a second half alone
    if (cp >= 0xD800 && cp <= 0xDBFF) {                                        // needs its second half
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return fail(Stop::Syntax, p_);
      p_ += 2;
      std::uint32_t low = 0;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail(Stop::Syntax, p_ - 6);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view text_;
  const char* begin_;
  const char* p_;
  const char* end_;
  const JsonLimits& limits_;
  JsonTreeBuilder& out_;
  std::string scratch_; // each text is read into it and then moved into its value
};

} // namespace

std::optional<Issue> parse_json(std::string_view text, JsonValue& out, const JsonLimits& limits,
                                JsonStreamer* streamer) {
  out = JsonValue();
  if (text.size() > limits.max_bytes)
    return Issue{"", "het bestand is groter dan " + std::to_string(limits.max_bytes / (1024 * 1024)) +
                         " MB; een programmabestand is veel kleiner"};
  const auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv))
    return Issue{"", "het bestand is UTF-32; sla het op als UTF-8"};
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv))
    return Issue{"", "het bestand is UTF-16; sla het op als UTF-8"};
  const std::size_t offset = starts("\xEF\xBB\xBF"sv) ? 3 : 0; // UTF-8 byte order mark
  if (text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos)
    return Issue{"", "het bestand is leeg"};

  JsonTreeBuilder builder(out, limits, streamer);
  JsonTokenizer tokenizer(text, offset, limits, builder);
  if (tokenizer.document()) return std::nullopt;
  out = JsonValue();
  using Stop = JsonTokenizer::Stop;
  // A NUL byte anywhere says more about the file than the first error it causes.
  const bool has_nul = text.find('\0') != std::string_view::npos;
  if (!has_nul && tokenizer.stop == Stop::Builder) return builder.error;
  if (!has_nul && tokenizer.stop == Stop::Limit) return tokenizer.limit;
  return json_rare::refused_text_issue(text, tokenizer.stop, tokenizer.at, builder.root_done);
}

} // namespace vth
