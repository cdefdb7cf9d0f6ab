#include "json_value.hpp"

#include "core/model/fixed_point.hpp"

namespace vth {

const JsonValue* JsonValue::find(std::string_view key) const {
  if (type_ != Type::Object) return nullptr;
  for (const JsonValue& item : items_)
    if (item.key_ == key) return &item;
  return nullptr;
}

JsonValue JsonValue::string(std::string text) {
  JsonValue v(Type::String);
  v.text_ = std::move(text);
  return v;
}

JsonValue JsonValue::number(std::string text) {
  JsonValue v(Type::Number);
  v.text_ = std::move(text);
  return v;
}

JsonValue JsonValue::boolean(bool value) {
  JsonValue v(Type::Boolean);
  v.flag_ = value;
  return v;
}

const char* json_type_name(const JsonValue& v) {
  switch (v.type()) {
  case JsonValue::Type::Null:
    return "null";
  case JsonValue::Type::Object:
    return "een object";
  case JsonValue::Type::Array:
    return "een lijst";
  case JsonValue::Type::String:
    return "tekst";
  case JsonValue::Type::Boolean:
    return "waar/onwaar";
  case JsonValue::Type::Number:
    break;
  }
  return "een getal";
}

DecimalRead decimal_to_fixed(std::string_view text, int decimals) {
  DecimalRead out;
  std::size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative) ++i;
  // The significant digits of integer and fraction part, and the power of ten they are scaled by.
  std::string digits;
  long exponent = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) digits += text[i];
  if (i < text.size() && text[i] == '.')
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      digits += text[i];
      --exponent;
    }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool minus = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    long e = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
      if (e < 1'000'000) e = e * 10 + (text[i] - '0'); // saturates: far beyond any digit count
    exponent += minus ? -e : e;
  }
  if (digits.empty() || i != text.size()) { // not a JSON number: the parser never gives one
    out.too_many_decimals = true;
    return out;
  }
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) {
    out.value = 0;
    return out;
  }
  digits.erase(0, first);
  // value = digits × 10^shift in units of 10^-decimals.
  long shift = exponent + decimals;
  while (shift < 0 && !digits.empty() && digits.back() == '0') {
    digits.pop_back();
    ++shift;
  }
  if (shift < 0) {
    out.too_many_decimals = true;
    return out;
  }
  if (static_cast<long>(digits.size()) + shift > 19) {
    out.too_large = true;
    return out;
  }
  digits.append(static_cast<std::size_t>(shift), '0');
  Int128 v = 0;
  for (char c : digits) v = v * 10 + static_cast<unsigned>(c - '0');
  if (v > INT64_MAX) {
    out.too_large = true;
    return out;
  }
  const auto magnitude = static_cast<std::int64_t>(v);
  out.value = negative ? -magnitude : magnitude;
  return out;
}

} // namespace vth
