#include "json_writer.hpp"

#include "core/model/utf8_text.hpp"

#include <cstdio>

namespace vth {
namespace {

// JSON string escaping; bytes that are not valid UTF-8 are replaced by U+FFFD
// so that the output is always valid JSON.
void append_escaped(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // Length of the UTF-8 sequence and whether its continuation bytes are there.
      const std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
      bool ok = len > 0 && i + len <= s.size();
      for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
      if (!ok) {
        out += "\xEF\xBF\xBD";
      } else if (const std::string_view ch = s.substr(i, len); !text_problem(ch, false).empty()) {
        // C1 controls, direction overrides, zero-width characters: escaped, so
        // that the JSON shows them instead of acting on a terminal or editor.
        char32_t cp = 0;
        for (std::size_t k = 0; k < len; ++k)
          cp = (cp << 6) | (static_cast<unsigned char>(ch[k]) & (k == 0 ? (0xFF >> (len + 1)) : 0x3F));
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
        out += buf;
        i += len - 1;
      } else {
        out.append(ch);
        i += len - 1;
      }
    }
  }
  out += '"';
}

} // namespace

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(has_element_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) { // the value of a key follows on the same line
    after_key_ = false;
    return;
  }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_ += ',';
    has_element_.back() = 1;
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  has_element_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  has_element_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  const bool any = has_element_.back() != 0;
  has_element_.pop_back();
  if (any) newline();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  const bool any = has_element_.back() != 0;
  has_element_.pop_back();
  if (any) newline();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_escaped(out_, k);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  append_escaped(out_, s);
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}

JsonWriter& JsonWriter::fixed(std::int64_t v, int decimals) {
  before_value();
  // Exact decimal text of v / 10^decimals, trailing zeros dropped: 11099, 2 -> "110.99".
  const bool negative = v < 0;
  const std::uint64_t mag =
      negative ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
  std::uint64_t unit = 1;
  for (int i = 0; i < decimals; ++i) unit *= 10;
  // With no decimals (a year) mag % 1 is "0", longer than the zero digits wanted.
  std::string frac = decimals > 0 ? std::to_string(mag % unit) : std::string();
  frac.insert(0, static_cast<std::size_t>(decimals) - frac.size(), '0');
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  if (negative) out_ += '-';
  out_ += std::to_string(mag / unit);
  if (!frac.empty()) out_ += '.' + frac;
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::boolean(bool v) {
  before_value();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  before_value();
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3); // a byte order mark is not JSON
  while (!json.empty() && (json.back() == '\n' || json.back() == '\r' || json.back() == ' '))
    json.remove_suffix(1);
  out_ += json;
  return *this;
}

std::string JsonWriter::finish() { return std::move(out_) + "\n"; }

} // namespace vth
