#include "utf8_text.hpp"

#include <cstdio>

namespace vth {
namespace {

bool starts_char(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

bool invisible_or_control(char32_t cp, bool multiline) {
  if (cp == '\t' || cp == '\n') return !multiline;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0x200B && cp <= 0x200D) ||
         cp == 0x2060 || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

std::string code_point(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  return code;
}

} // namespace

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t len = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, cp = c & 0x07;
  else
    return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

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

std::string shorten_middle(std::string_view text, std::size_t max_chars) {
  if (max_chars < 3 || char_count(text) <= max_chars) return shorten(text, max_chars);
  const std::size_t tail_chars = (max_chars - 1) / 2;
  std::size_t tail = text.size();
  for (std::size_t seen = 0; tail > 0 && seen < tail_chars;)
    if (starts_char(text[--tail])) ++seen;
  return shorten(text, max_chars - tail_chars) + std::string(text.substr(tail));
}

std::string text_problem(std::string_view text, bool multiline) {
  std::size_t position = 1;
  for (std::size_t i = 0; i < text.size(); ++position) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(text, i, cp);
    if (len == 0)
      return "bevat tekens die geen geldige UTF-8 zijn (bij teken " + std::to_string(position) + ")";
    if (invisible_or_control(cp, multiline)) {
      return std::string("bevat een ") +
             (cp == '\t' || cp == '\n' ? "tab of regelovergang" : "stuurteken of onzichtbaar teken") + " (" +
             code_point(cp) + ") bij teken " + std::to_string(position) + "; haal het weg";
    }
    i += len;
  }
  return {};
}

std::string visible_text(std::string_view text, bool keep_line_breaks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) {
      out += "\\u{FFFD}"; // a byte that is not UTF-8
      ++i;
      continue;
    }
    if (invisible_or_control(cp, keep_line_breaks))
      out += "\\u{" + code_point(cp).substr(2) + "}";
    else
      out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

} // namespace vth
