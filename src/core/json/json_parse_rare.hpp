#pragma once
// The JSON parser's rare paths: messages for refused text, limits, numbers near
// a double's end. They live apart from the tokenizer (json_parse.cpp) because
// the two are built differently in the browser: the tokenizer for speed, these
// for size (src/core/CMakeLists.txt). They are never inlined, so that the
// link-time optimiser does not pull them back into the tokenizer's loop, where
// they would only add bytes (docs/performance.md, stop 32). Included by
// json_parse.cpp and json_parse_rare.cpp only.

#include "core/model/issues.hpp"
#include "json_parse.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace vth::json_rare {

// Why the tokenizer stopped.
enum class Stop { None, Builder, Syntax, End, Utf8, Overflow, Limit };
// Which limit of JsonLimits a text went beyond while it was tokenized.
enum class Limit { Depth, NumberChars, StringBytes };

// Whether a JSON number (its grammar already checked) is too large for a double.
[[gnu::noinline]] bool beyond_double(std::string_view number);

// `out` becomes the issue for a limit exceeded at byte `at` of text.
[[gnu::noinline]] void set_limit_issue(std::optional<Issue>& out, Limit what, std::string_view text,
                                       std::size_t at, const JsonLimits& limits);

// The issue for text the tokenizer refused at byte `at` (a stop other than
// Builder and Limit, whose issues are made where they happen); `root_done`:
// the document was complete before that point.
[[gnu::noinline]] Issue refused_text_issue(std::string_view text, Stop stop, std::size_t at, bool root_done);

} // namespace vth::json_rare
