#include "json_value.hpp"

#include <cstdint>

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
  const auto digits_from = [&](std::size_t at) {
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    return at;
  };
  // The digits of the integer part and of the fraction, read in place (no copy: a long file
  // has a number on most of its lines), and the power of ten the two together are scaled by.
  const std::size_t int_begin = i, int_end = digits_from(i);
  std::size_t frac_begin = int_end, frac_end = int_end;
  i = int_end;
  if (i < text.size() && text[i] == '.') {
    frac_begin = i + 1;
    frac_end = i = digits_from(frac_begin);
  }
  const std::size_t int_count = int_end - int_begin, count = int_count + (frac_end - frac_begin);
  long exponent = -static_cast<long>(frac_end - frac_begin);
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool minus = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    long e = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
      if (e < 1'000'000) e = e * 10 + (text[i] - '0'); // saturates: far beyond any digit count
    exponent += minus ? -e : e;
  }
  if (count == 0 || i != text.size()) { // not a JSON number: the parser never gives one
    out.too_many_decimals = true;
    return out;
  }
  const auto digit = [&](std::size_t k) {
    return k < int_count ? text[int_begin + k] : text[frac_begin + (k - int_count)];
  };
  std::size_t first = 0, last = count; // the significant digits: [first, last)
  while (first < count && digit(first) == '0') ++first;
  if (first == count) {
    out.value = 0;
    return out;
  }
  // value = digits × 10^shift in units of 10^-decimals.
  long shift = exponent + decimals;
  while (shift < 0 && digit(last - 1) == '0') {
    --last;
    ++shift;
  }
  if (shift < 0) {
    out.too_many_decimals = true;
    return out;
  }
  if (static_cast<long>(last - first) + shift > 19) {
    out.too_large = true;
    return out;
  }
  // At most 19 digits: below 10^19 < 2^64, so no step overflows.
  std::uint64_t v = 0;
  for (std::size_t k = first; k < last; ++k) v = v * 10 + static_cast<unsigned>(digit(k) - '0');
  for (long k = 0; k < shift; ++k) v *= 10;
  if (v > static_cast<std::uint64_t>(INT64_MAX)) {
    out.too_large = true;
    return out;
  }
  const auto magnitude = static_cast<std::int64_t>(v);
  out.value = negative ? -magnitude : magnitude;
  return out;
}

} // namespace vth
