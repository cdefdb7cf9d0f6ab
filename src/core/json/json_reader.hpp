#pragma once
// Reading a JSON object while validating it: every accessor records a Dutch
// issue with the JSON pointer of the offending value instead of throwing, so a
// file's problems are all collected in one pass, and unknown keys are reported
// (a typo like "kentaal" must not silently become "no kental").

#include "core/model/fixed_point.hpp"
#include "core/model/issues.hpp"
#include "json_value.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vth {

struct FixedSpec {
  int decimals;     // scale of the fixed-point result (3 -> value × 1000)
  std::int64_t min; // in scaled units
  std::int64_t max; // in scaled units
  const char* unit; // for messages: "uur", "%", "€", ""
};

class ObjectReader {
public:
  // `value` must outlive the reader. Reports an issue if it is not an object.
  ObjectReader(const JsonValue& value, std::string pointer, Issues& issues);
  // Its flags may live in the reader itself: not to be copied or moved.
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  bool ok() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string child(const std::string& key) const { return pointer_ + "/" + pointer_token(key); }
  bool has(const char* key) const;

  // Descriptive text: tabs and line breaks allowed, other control and invisible characters refused.
  std::string string(const char* key, bool required = true);
  // An id, code, name or reference: one line, no tabs either.
  std::string single_line(const char* key, bool required = true);
  // The same two, as views of the text in the object (valid while it lives): no copy made
  // (a file's reader copies each text once, into its row).
  std::string_view string_view(const char* key, bool required = true) {
    return text_view(key, required, true);
  }
  std::string_view single_line_view(const char* key, bool required = true) {
    return text_view(key, required, false);
  }
  std::optional<std::int64_t> integer(const char* key, std::int64_t min, std::int64_t max,
                                      bool required = true);
  // A decimal number read exactly into fixed point, e.g. 12.02 with 4 decimals -> 120200.
  std::optional<std::int64_t> fixed(const char* key, const FixedSpec& spec, bool required = true);
  // The raw child for nested readers; nullptr (and an issue if required) when absent.
  const JsonValue* array(const char* key, bool required = true);
  const JsonValue* object(const char* key, bool required = true);
  // Any value, unchecked; nullptr (and an issue if required) when absent.
  const JsonValue* value(const char* key, bool required = true) { return get(key, required); }
  [[gnu::noinline]] void error(const char* key, const std::string& message);

  // Reports every key that no accessor asked for.
  void finish();

private:
  const JsonValue* get(const char* key, bool required);
  std::string_view text_view(const char* key, bool required, bool multiline);
  // The messages, in json_reader_messages.cpp (built for size, never inlined).
  [[gnu::noinline]] void not_an_object(const JsonValue& value);
  [[gnu::noinline]] void wrong_type(const char* key, const char* expected, const JsonValue& value);
  [[gnu::noinline]] void integer_refused(const char* key, const DecimalRead& read, std::int64_t min,
                                         std::int64_t max);
  [[gnu::noinline]] void unknown_key(std::size_t i);

  const JsonValue* object_ = nullptr;
  std::string pointer_;
  Issues& issues_;
  // Per key of the object, in file order: asked for. A row's object has a dozen keys: its
  // flags stay in the reader itself (one allocation less per row of a 100.000-line file);
  // a larger object's go to `seen_large_` (char: vector<bool> costs 2 KB of wasm).
  char seen_small_[24] = {};
  std::vector<char> seen_large_;
  char* seen_ = seen_small_;
  std::size_t next_ = 0; // where the search for the next key starts
};

// Converts a JSON number to fixed point; nullopt with `why` set when it is not
// a number, has more decimals than allowed, or lies outside [min, max].
std::optional<std::int64_t> to_fixed(const JsonValue& value, const FixedSpec& spec, std::string& why);

// The Dutch reason a scaled value lies outside [spec.min, spec.max], or empty.
[[gnu::noinline]] std::string range_error(std::int64_t scaled, const FixedSpec& spec);
// Why to_fixed() refused a value: not a number; or its reading (decimal_to_fixed).
[[gnu::noinline]] std::string not_a_number_reason(const JsonValue& value);
[[gnu::noinline]] std::string fixed_refusal_reason(const DecimalRead& read, std::string_view text,
                                                   const FixedSpec& spec);

} // namespace vth
