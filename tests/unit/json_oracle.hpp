#pragma once
// nlohmann/json as the independent judge of the reader's own JSON tokenizer:
// disagreement(text) is "" when both accept the text with the same values or
// both refuse it (a text with a NUL byte must be refused). Used by
// tests/unit/test_json_parse.cpp and tests/fuzz/fuzz_json.cpp.

#include "core/json/json_parse.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace vth::test_oracle {

using Json = nlohmann::json;

constexpr int kDepth = 200;

// Limits out of the way: the comparison is about the grammar, not the limits.
inline JsonLimits open_limits() {
  JsonLimits l;
  l.max_depth = kDepth; // the tokenizer recurses per level: deeper is refused, checked below
  l.max_string_bytes = 1u << 30;
  l.max_number_chars = 1u << 30;
  l.max_values = 1u << 30;
  return l;
}

inline bool same_number(const std::string& ours, const Json& theirs) {
  if (theirs.is_number_integer() || theirs.is_number_unsigned()) {
    const std::string written = theirs.dump(); // nlohmann writes an integer as its digits
    return ours == written || (ours == "-0" && written == "0");
  }
  return std::strtod(ours.c_str(), nullptr) == theirs.get<double>();
}

// Whether two trees hold the same values (nlohmann's objects are sorted by key).
inline bool same_tree(const JsonValue& ours, const Json& theirs) {
  switch (ours.type()) {
  case JsonValue::Type::Null:
    return theirs.is_null();
  case JsonValue::Type::Boolean:
    return theirs.is_boolean() && theirs.get<bool>() == ours.boolean();
  case JsonValue::Type::Number:
    return theirs.is_number() && same_number(ours.text(), theirs);
  case JsonValue::Type::String:
    return theirs.is_string() && theirs.get_ref<const std::string&>() == ours.text();
  case JsonValue::Type::Array:
    if (!theirs.is_array() || theirs.size() != ours.size()) return false;
    for (std::size_t i = 0; i < ours.size(); ++i)
      if (!same_tree(ours[i], theirs[i])) return false;
    return true;
  case JsonValue::Type::Object:
    if (!theirs.is_object() || theirs.size() != ours.size()) return false;
    for (std::size_t i = 0; i < ours.size(); ++i) {
      const auto it = theirs.find(ours.key(i));
      if (it == theirs.end() || !same_tree(ours[i], *it)) return false;
    }
    return true;
  }
  return false;
}

// What nlohmann sees in a text: a key twice in one object (JSON, but refused by
// the reader), and how deep it nests.
struct Shape {
  bool key_twice = false;
  int depth = 0;
};
inline Shape shape_of(const std::string& text) {
  struct Finder : nlohmann::json_sax<Json> {
    std::vector<std::vector<std::string>> open;
    Shape shape;
    int depth = 0;
    bool nest() {
      shape.depth = std::max(shape.depth, ++depth);
      return true;
    }
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
      open.emplace_back();
      return nest();
    }
    bool key(string_t& k) override {
      for (const auto& seen : open.back()) shape.key_twice = shape.key_twice || seen == k;
      open.back().push_back(k);
      return true;
    }
    bool end_object() override {
      open.pop_back();
      --depth;
      return true;
    }
    bool start_array(std::size_t) override { return nest(); }
    bool end_array() override {
      --depth;
      return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
      return false;
    }
  } finder;
  Json::sax_parse(text, &finder, Json::input_format_t::json, true);
  return finder.shape;
}

// Returns a description of the disagreement, or "" when both readers agree.
inline std::string disagreement(const std::string& text) {
  JsonValue ours;
  const auto refused = parse_json(text, ours, open_limits());
  // nlohmann takes a NUL byte for the end of the text and would accept what stands
  // before it; the reader refuses any text with a NUL (test_json_parse.cpp checks the message).
  if (text.find('\0') != std::string::npos) return refused ? "" : "a NUL byte was not refused";
  const Json theirs = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  const bool they_accept = !theirs.is_discarded();
  if (!they_accept) return refused ? "" : "only ours accepts";
  const Shape shape = shape_of(text);
  if (shape.key_twice) return refused ? "" : "a key twice was accepted";
  if (shape.depth > kDepth) return refused ? "" : "nesting beyond the limit was accepted";
  if (refused) return "only nlohmann accepts; ours says: " + refused->message;
  return same_tree(ours, theirs) ? "" : "different values";
}

} // namespace vth::test_oracle
