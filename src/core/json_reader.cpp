#include "json_reader.hpp"

#include "dutch_format.hpp"

#include <cstdio>

namespace vth {

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string format_issue(const Issue& issue) {
  return (issue.pointer.empty() ? std::string("(bestand)") : issue.pointer) + ": " + issue.message;
}

namespace {

std::string bound_text(std::int64_t scaled, const FixedSpec& spec) {
  std::string n = format_fixed(scaled, spec.decimals, spec.decimals);
  // Trim trailing zeros of the decimals for readable bounds ("100" not "100,0000").
  if (n.find(',') != std::string::npos) {
    while (!n.empty() && n.back() == '0') n.pop_back();
    if (!n.empty() && n.back() == ',') n.pop_back();
  }
  return spec.unit[0] ? n + " " + spec.unit : n;
}

// Decodes one UTF-8 character at `i`; returns its length, 0 when invalid.
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

bool invisible_or_control(char32_t cp, bool multiline) {
  if (cp == '\t' || cp == '\n') return !multiline;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0x200B && cp <= 0x200D) ||
         cp == 0x2060 || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

} // namespace

std::string text_problem(std::string_view text, bool multiline) {
  std::size_t position = 1;
  for (std::size_t i = 0; i < text.size(); ++position) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(text, i, cp);
    if (len == 0)
      return "bevat tekens die geen geldige UTF-8 zijn (bij teken " + std::to_string(position) + ")";
    if (invisible_or_control(cp, multiline)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      return std::string("bevat een ") +
             (cp == '\t' || cp == '\n' ? "tab of regelovergang" : "stuurteken of onzichtbaar teken") + " (" +
             code + ") bij teken " + std::to_string(position) + "; haal het weg";
    }
    i += len;
  }
  return {};
}

std::optional<std::int64_t> to_fixed(const JsonValue& value, const FixedSpec& spec, std::string& why) {
  if (!value.is_number()) {
    why = value.is_string() ? "moet een getal zijn, geen tekst (schrijf 12.5, zonder aanhalingstekens)"
                            : std::string("moet een getal zijn, niet ") + json_type_name(value);
    return std::nullopt;
  }
  const DecimalRead read = decimal_to_fixed(value.text(), spec.decimals);
  if (read.too_many_decimals) {
    why = "heeft meer dan " + std::to_string(spec.decimals) + " decimalen (" + value.text() +
          "); rond het getal zelf af";
    return std::nullopt;
  }
  if (read.too_large || !read.value) {
    why = "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
    return std::nullopt;
  }
  why = range_error(*read.value, spec);
  if (!why.empty()) return std::nullopt;
  return read.value;
}

std::string range_error(std::int64_t scaled, const FixedSpec& spec) {
  if (scaled < spec.min)
    return spec.min == 0 ? std::string("mag niet negatief zijn")
                         : "is te klein (minstens " + bound_text(spec.min, spec) + ")";
  if (scaled > spec.max) return "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
  return {};
}

ObjectReader::ObjectReader(const JsonValue& value, std::string pointer, Issues& issues)
    : pointer_(std::move(pointer)), issues_(issues) {
  if (value.is_object())
    object_ = &value;
  else
    issues_.push_back({pointer_, std::string("moet een object zijn ({...}), niet ") + json_type_name(value)});
}

bool ObjectReader::has(const char* key) const { return object_ && object_->find(key) != nullptr; }

const JsonValue* ObjectReader::get(const char* key, bool required) {
  if (!object_) return nullptr;
  seen_.insert(key);
  const JsonValue* v = object_->find(key);
  if (!v && required) issues_.push_back({child(key), "ontbreekt"});
  return v;
}

void ObjectReader::error(const char* key, const std::string& message) {
  issues_.push_back({child(key), message});
}

std::string ObjectReader::text(const char* key, bool required, bool multiline) {
  const JsonValue* v = get(key, required);
  if (!v) return {};
  if (!v->is_string()) {
    error(key, std::string("moet tekst zijn, niet ") + json_type_name(*v));
    return {};
  }
  if (const std::string why = text_problem(v->text(), multiline); !why.empty()) {
    error(key, why);
    return {};
  }
  return v->text();
}

std::string ObjectReader::string(const char* key, bool required) { return text(key, required, true); }
std::string ObjectReader::single_line(const char* key, bool required) { return text(key, required, false); }

std::optional<std::int64_t> ObjectReader::integer(const char* key, std::int64_t min, std::int64_t max,
                                                  bool required) {
  const JsonValue* v = get(key, required);
  if (!v) return std::nullopt;
  const DecimalRead read = v->is_number() ? decimal_to_fixed(v->text(), 0) : DecimalRead{};
  if (!read.value) {
    error(key, read.too_large ? "is te groot" : "moet een geheel getal zijn");
    return std::nullopt;
  }
  if (*read.value < min || *read.value > max) {
    error(key, "moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen");
    return std::nullopt;
  }
  return read.value;
}

std::optional<std::int64_t> ObjectReader::fixed(const char* key, const FixedSpec& spec, bool required) {
  const JsonValue* v = get(key, required);
  if (!v) return std::nullopt;
  std::string why;
  auto result = to_fixed(*v, spec, why);
  if (!result) error(key, why);
  return result;
}

const JsonValue* ObjectReader::array(const char* key, bool required) {
  const JsonValue* v = get(key, required);
  if (v && !v->is_array()) {
    error(key, std::string("moet een lijst zijn ([...]), niet ") + json_type_name(*v));
    return nullptr;
  }
  return v;
}

const JsonValue* ObjectReader::object(const char* key, bool required) {
  const JsonValue* v = get(key, required);
  if (v && !v->is_object()) {
    error(key, std::string("moet een object zijn ({...}), niet ") + json_type_name(*v));
    return nullptr;
  }
  return v;
}

void ObjectReader::finish() {
  if (!object_) return;
  for (std::size_t i = 0; i < object_->size(); ++i)
    if (!seen_.count(object_->key(i))) issues_.push_back({child(object_->key(i)), "onbekend veld"});
}

} // namespace vth
