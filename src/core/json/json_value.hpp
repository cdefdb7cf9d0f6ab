#pragma once
// A JSON document tree for untrusted input. Unlike a tree of doubles (nlohmann's) it
// keeps every number as the decimal text it was written as, so that 1000.0004
// can be refused for a field with three decimals instead of being rounded
// through a binary double, and it is built by json_parse.cpp under limits
// (size, nesting, text length, number of values) that hold before anything is
// allocated for them. Objects keep their keys in file order; a key may occur
// once (the parser refuses duplicates).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

class JsonValue {
public:
  enum class Type : std::uint8_t { Null, Boolean, Number, String, Array, Object };

  JsonValue() = default;
  explicit JsonValue(Type type) : type_(type) {}

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::Null; }
  bool is_boolean() const { return type_ == Type::Boolean; }
  bool is_number() const { return type_ == Type::Number; }
  bool is_string() const { return type_ == Type::String; }
  bool is_array() const { return type_ == Type::Array; }
  bool is_object() const { return type_ == Type::Object; }

  bool boolean() const { return flag_; }
  // A string's text, or a number's decimal text exactly as written ("12.020", "1e3").
  const std::string& text() const { return text_; }

  // Arrays: the elements. Objects: the values, in file order, with key(i).
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const JsonValue& operator[](std::size_t i) const { return items_[i]; }
  const std::string& key(std::size_t i) const { return items_[i].key_; }
  // The value of `key` in an object, or nullptr.
  const JsonValue* find(std::string_view key) const;

  static JsonValue string(std::string text);
  static JsonValue number(std::string text);
  static JsonValue boolean(bool value);

private:
  friend class JsonTreeBuilder; // json_parse.cpp builds trees in place

  Type type_ = Type::Null;
  bool flag_ = false;
  std::string text_;
  std::vector<JsonValue> items_;
  // Its key in the object that holds it ("" elsewhere). Kept with the value, not in a
  // list of keys beside the object's values: one allocation less per object (a
  // 100.000-line file has 180.000 objects; docs/performance.md, stop 29).
  std::string key_;
};

// The JSON type's name in a Dutch message: "tekst", "een lijst", ...
const char* json_type_name(const JsonValue& value);

// The decimal text of a JSON number read into fixed point with `decimals`
// decimals, exactly: "12.02" with 4 -> 120200, "1e3" with 3 -> 1000000.
// A number with more decimals than that (also 1000.0004 for 3) is refused,
// never rounded; so is one beyond 64 bits. The range of a field is the caller's.
struct DecimalRead {
  std::optional<std::int64_t> value;
  bool too_many_decimals = false;
  bool too_large = false;
};
DecimalRead decimal_to_fixed(std::string_view text, int decimals);

} // namespace vth
