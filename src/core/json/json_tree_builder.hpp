#pragma once
// The tree builder of json_parse.cpp (included there only): the tokenizer's
// events become a JsonValue tree, under the limits, with streamed arrays handed
// over element by element. Kept apart from the tokenizer to keep each file to
// one theme; its rare paths are in json_parse_rare.cpp.

#include "core/model/dutch_format.hpp"
#include "json_parse.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace vth {
namespace json_detail {

inline std::string bytes_text(std::size_t n) { return format_grouped(static_cast<std::int64_t>(n)); }

inline std::string pointer_of(const std::vector<std::string>& tokens) {
  std::string p;
  for (const auto& t : tokens) {
    p += '/'; // in two steps: "/" + token trips a false GCC 12 -Wrestrict warning
    p += pointer_token(t);
  }
  return p;
}

} // namespace json_detail
using json_detail::bytes_text;
using json_detail::pointer_of;

// Builds the tree from the tokenizer's events (below). Numbers stay the text
// they were written as; a key twice in one object is refused; an element of a
// streamed array is handed over as soon as it is complete.
//
// The completed children of every open container wait on one stack and become
// their container's list, sized exactly, when it closes: a growing list per
// object would move its values again at every doubling (a third of the time of
// reading a long table in the browser, where the wasm is built for size).
class JsonTreeBuilder {
public:
  JsonTreeBuilder(JsonValue& root, const JsonLimits& limits, JsonStreamer* streamer)
      : root_(root), limits_(limits), streamer_(streamer) {}

  std::optional<Issue> error;
  bool root_done = false;

  bool null() { return scalar(JsonValue()); }
  bool boolean(bool v) { return scalar(JsonValue::boolean(v)); }
  bool number(std::string_view text) { return scalar(JsonValue::number(std::string(text))); }
  bool string(std::string& v) { return scalar(JsonValue::string(std::move(v))); }
  bool start_object() { return open(JsonValue::Type::Object); }
  bool key(std::string& k) {
    pending_key_ = std::move(k);
    return true;
  }
  bool end_object() { return no_duplicate_keys() && close(); }
  bool start_array() { return open(JsonValue::Type::Array); }
  bool end_array() { return close(); }

private:
  struct Frame {
    JsonValue::Type type;
    std::string key;           // of this container in its parent object ("" in an array)
    std::size_t first = 0;     // its first child on the stack
    int stream = -1;           // JsonStreamer token, for a streamed array
    std::size_t streamed = 0;  // elements handed over so far
    std::size_t values_at = 0; // values_ when this container was opened
  };

  bool fail(std::string pointer, std::string message) {
    error = Issue{std::move(pointer), std::move(message)};
    return false;
  }

  bool count_value() { return ++values_ <= limits_.max_values || too_many_values(); }
  // The rare paths, in json_parse_rare.cpp (built for size, never inlined).
  [[gnu::noinline]] bool too_many_values();
  [[gnu::noinline]] bool no_duplicate_keys_among_many(std::size_t first, std::size_t n);
  [[gnu::noinline]] bool duplicate_key(std::string_view twice);

  bool in_object() const { return !frames_.empty() && frames_.back().type == JsonValue::Type::Object; }

  bool scalar(JsonValue&& v) {
    if (!count_value()) return false;
    return complete(std::move(v), in_object() ? std::move(pending_key_) : std::string(), 1);
  }

  bool open(JsonValue::Type type) {
    const std::size_t before = values_;
    if (!count_value()) return false;
    frames_.push_back(
        {type, in_object() ? std::move(pending_key_) : std::string(), stack_.size(), -1, 0, before});
    if (type == JsonValue::Type::Array && streamer_) frames_.back().stream = streamer_->stream_array(path());
    return true;
  }

  bool close() {
    Frame& f = frames_.back();
    JsonValue container(f.type);
    const std::size_t n = stack_.size() - f.first;
    container.items_.reserve(n);
    for (std::size_t i = f.first; i < stack_.size(); ++i) container.items_.push_back(std::move(stack_[i]));
    stack_.resize(f.first);
    std::string key = std::move(f.key);
    const std::size_t subtree = values_ - f.values_at;
    frames_.pop_back();
    return complete(std::move(container), std::move(key), subtree);
  }

  // A value is complete: the root, a child waiting for its container to close,
  // or an element of a streamed array, which goes to the streamer at once.
  bool complete(JsonValue&& v, std::string&& key, std::size_t subtree) {
    if (frames_.empty()) {
      root_ = std::move(v);
      root_done = true;
      return true;
    }
    Frame& parent = frames_.back();
    if (parent.stream < 0) {
      v.key_ = std::move(key);
      stack_.push_back(std::move(v));
      return true;
    }
    values_ -= subtree;
    error = streamer_->element(parent.stream, parent.streamed++, std::move(v));
    return !error;
  }

  // Keys from the root to the innermost open container.
  std::vector<std::string> path() const {
    std::vector<std::string> keys;
    for (std::size_t k = 1; k < frames_.size(); ++k) keys.push_back(frames_[k].key);
    return keys;
  }

  // The open containers' places, with array indices: for messages.
  std::vector<std::string> pointer_tokens() const {
    std::vector<std::string> tokens;
    for (std::size_t k = 1; k < frames_.size(); ++k) {
      const Frame& parent = frames_[k - 1];
      tokens.push_back(parent.type == JsonValue::Type::Object
                           ? frames_[k].key
                           : std::to_string(frames_[k].first - parent.first + parent.streamed));
    }
    return tokens;
  }

  // The keys of the innermost object, which is about to close. A row's object has a
  // dozen keys: comparing pairs is faster than sorting a copy.
  bool no_duplicate_keys() {
    const std::size_t first = frames_.back().first, n = stack_.size() - first;
    if (n > 16) return no_duplicate_keys_among_many(first, n);
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (stack_[first + i].key_ == stack_[first + j].key_) return duplicate_key(stack_[first + i].key_);
    return true;
  }

  JsonValue& root_;
  const JsonLimits& limits_;
  JsonStreamer* streamer_;
  std::vector<Frame> frames_;
  std::vector<JsonValue> stack_; // completed children of the open containers, in order, with their keys
  std::string pending_key_;
  std::size_t values_ = 0;
};

} // namespace vth
