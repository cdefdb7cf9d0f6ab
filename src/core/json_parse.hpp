#pragma once
// Parsing JSON text without exceptions. The browser build has no exception
// support (a throw would abort the whole app), so a malformed file must come
// back as an error value with its position, never as a throw.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace vth {

struct JsonParseError {
  std::size_t byte = 0; // 1-based position nlohmann reports
  bool number_too_large = false;
  bool invalid_utf8 = false;
  bool ok() const { return byte == 0 && !number_too_large && !invalid_utf8; }
};

// Parses `text` into `out`; on failure `out` is left discarded and the error says where.
JsonParseError parse_json(std::string_view text, nlohmann::json& out);

// The same with nlohmann's parser callback: values for which it returns false
// are left out of `out`. Used to read the long tables element by element, so
// that a 100.000-line file never exists as one document tree in memory.
JsonParseError parse_json(std::string_view text, nlohmann::json& out,
                          const nlohmann::json::parser_callback_t& callback);

} // namespace vth
