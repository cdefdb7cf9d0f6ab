#pragma once
// A small streaming JSON writer: keys in the order they are written, numbers
// in exact decimal from fixed point, two-space indentation. The programme file
// is written with it, without building a document tree first (that would cost
// memory for large programmes and code for a tree type in the wasm).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

class JsonWriter {
public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::string_view s);
  JsonWriter& integer(std::int64_t v);
  // A fixed-point value as a decimal number with only the digits it needs.
  JsonWriter& fixed(std::int64_t v, int decimals);
  JsonWriter& null();
  JsonWriter& boolean(bool v);
  // A complete JSON value written elsewhere (e.g. a programme file inside a
  // scenario file), inserted as it is: the caller vouches that it is valid JSON.
  JsonWriter& raw(std::string_view json);

  // The text, ending in a newline.
  std::string finish();

private:
  void before_value();
  void newline();

  std::string out_;
  // Per open container: whether it has an element yet.
  std::vector<char>
      has_element_; // per open container: an element written (char: smaller wasm than vector<bool>)
  bool after_key_ = false;
};

} // namespace vth
