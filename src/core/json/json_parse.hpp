#pragma once
// Parsing untrusted JSON text into a JsonValue tree, without exceptions (the
// browser build has none: a throw would abort the app) and within limits that
// are checked before anything is allocated for what they limit. Programmes,
// scenario files, stored work and links all arrive here; none of them may
// freeze or kill the app, whatever their shape (docs/programme-format.md).

#include "core/model/issues.hpp"
#include "json_value.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

struct JsonLimits {
  std::size_t max_bytes = 64u * 1024u * 1024u;
  int max_depth = 64;
  std::size_t max_string_bytes = 65'536; // of one text or key, as written (escapes included)
  std::size_t max_number_chars = 64;
  std::size_t max_values = 500'000; // in the tree at one time: streamed elements do not count
};

// Long tables are read element by element while the text is parsed, so that a
// 100.000-line programme never exists as one tree: the parser asks, at the
// start of every array, whether it is streamed, and hands each complete
// element of a streamed array over instead of keeping it.
class JsonStreamer {
public:
  virtual ~JsonStreamer() = default;
  // `path`: the keys from the root to the array ("" for an array element).
  // Returns a token >= 0 for an array to stream, -1 for one to keep.
  virtual int stream_array(const std::vector<std::string>& path) = 0;
  // An issue stops parsing; parse_json() returns it.
  virtual std::optional<Issue> element(int token, std::size_t index, JsonValue&& element) = 0;
};

// Parses a whole document; nullopt on success. On failure `out` is null and the
// issue says where: a JSON pointer (duplicate key, too many values) or, for
// broken text, line and column in its message. A UTF-8 byte order mark is skipped.
std::optional<Issue> parse_json(std::string_view text, JsonValue& out, const JsonLimits& limits = {},
                                JsonStreamer* streamer = nullptr);

// "regel 3, kolom 17" for a byte offset in text (columns count characters).
std::string text_position(std::string_view text, std::size_t byte);

} // namespace vth
