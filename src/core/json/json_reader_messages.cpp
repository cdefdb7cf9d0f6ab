// The Dutch messages of ObjectReader and to_fixed(): apart from json_reader.cpp
// because the two are built differently in the browser. The reader runs for
// every field of every line of an opened file and is built for speed; these run
// only for a refused value and are built for size, and never inlined into the
// reader (src/core/CMakeLists.txt, docs/performance.md stop 32).

#include "json_reader.hpp"

#include "core/model/dutch_format.hpp"

namespace vth {

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

} // namespace

std::string not_a_number_reason(const JsonValue& value) {
  return value.is_string() ? "moet een getal zijn, geen tekst (schrijf 12.5, zonder aanhalingstekens)"
                           : std::string("moet een getal zijn, niet ") + json_type_name(value);
}

std::string fixed_refusal_reason(const DecimalRead& read, std::string_view text, const FixedSpec& spec) {
  if (read.too_many_decimals)
    return "heeft meer dan " + std::to_string(spec.decimals) + " decimalen (" + std::string(text) +
           "); rond het getal zelf af";
  if (read.too_large || !read.value) return "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
  return range_error(*read.value, spec);
}

std::string range_error(std::int64_t scaled, const FixedSpec& spec) {
  // Whole numbers with a lower bound above zero (a year): both bounds at once.
  if (spec.decimals == 0 && spec.min > 0 && (scaled < spec.min || scaled > spec.max))
    return "moet tussen " + std::to_string(spec.min) + " en " + std::to_string(spec.max) + " liggen";
  if (scaled < spec.min)
    return spec.min == 0 ? std::string("mag niet negatief zijn")
                         : "is te klein (minstens " + bound_text(spec.min, spec) + ")";
  if (scaled > spec.max) return "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
  return {};
}

void ObjectReader::error(const char* key, const std::string& message) {
  issues_.push_back({child(key), message});
}

void ObjectReader::not_an_object(const JsonValue& value) {
  issues_.push_back({pointer_, std::string("moet een object zijn ({...}), niet ") + json_type_name(value)});
}

void ObjectReader::wrong_type(const char* key, const char* expected, const JsonValue& value) {
  error(key, expected + std::string(json_type_name(value)));
}

void ObjectReader::integer_refused(const char* key, const DecimalRead& read, std::int64_t min,
                                   std::int64_t max) {
  if (!read.value)
    error(key, read.too_large ? "is te groot" : "moet een geheel getal zijn");
  else
    error(key, "moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen");
}

void ObjectReader::unknown_key(std::size_t i) {
  issues_.push_back({child(object_->key(i)), "onbekend veld"});
}

} // namespace vth
