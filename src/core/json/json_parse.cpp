#include "json_parse.hpp"

#include "core/model/dutch_format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace vth {
namespace {

using Json = nlohmann::json;

std::string bytes_text(std::size_t n) { return format_grouped(static_cast<std::int64_t>(n)); }

// The first pass: one linear walk over the text that refuses what would make
// the parser allocate or recurse without bound, before it runs: NUL bytes (the
// parser would stop there and take the rest for the end of the file), nesting,
// very long texts and number tokens.
std::optional<Issue> prescan(std::string_view text, const JsonLimits& limits) {
  int depth = 0;
  bool in_string = false, escaped = false;
  std::size_t token_start = 0, token_length = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\0')
      return Issue{"", "het bestand bevat een NUL-teken bij " + text_position(text, i) +
                           "; is het wel een JSON-tekstbestand (UTF-8)?"};
    if (in_string) {
      if (++token_length > limits.max_string_bytes)
        return Issue{"", "het bestand bevat een tekst van meer dan " + bytes_text(limits.max_string_bytes) +
                             " bytes bij " + text_position(text, token_start)};
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"') {
        in_string = false;
        token_length = 0;
      }
      continue;
    }
    switch (c) {
    case '"':
      in_string = true;
      token_start = i;
      token_length = 0;
      break;
    case '{':
    case '[':
      if (++depth > limits.max_depth)
        return Issue{"", "het bestand is dieper genest dan " + std::to_string(limits.max_depth) +
                             " niveaus (bij " + text_position(text, i) +
                             "); dit is geen bestand van VTH-planner"};
      token_length = 0;
      break;
    case '}':
    case ']':
      --depth;
      token_length = 0;
      break;
    case ',':
    case ':':
    case ' ':
    case '\t':
    case '\r':
    case '\n':
      token_length = 0;
      break;
    default: // a number or literal
      if (token_length++ == 0) token_start = i;
      if (token_length > limits.max_number_chars)
        return Issue{"", "het bestand bevat een getal of woord van meer dan " +
                             std::to_string(limits.max_number_chars) + " tekens bij " +
                             text_position(text, token_start)};
    }
  }
  return std::nullopt;
}

std::string pointer_of(const std::vector<std::string>& tokens) {
  std::string p;
  for (const auto& t : tokens) p += "/" + pointer_token(t);
  return p;
}

} // namespace

// Builds the tree from nlohmann's SAX events. nlohmann's own tree builders are
// not used: they keep numbers as doubles, let a duplicate key silently win,
// and the one that can drop elements while parsing searches its parent for
// them on every element (quadratic in the length of a list).
class JsonTreeBuilder {
public:
  JsonTreeBuilder(JsonValue& root, const JsonLimits& limits, JsonStreamer* streamer)
      : root_(root), limits_(limits), streamer_(streamer) {}

  std::optional<Issue> error;
  bool root_done = false;
  std::size_t error_byte = 0;
  bool number_overflow = false;
  bool invalid_utf8 = false;

  bool null() { return scalar(JsonValue()); }
  bool boolean(bool v) { return scalar(JsonValue::boolean(v)); }
  bool number_integer(Json::number_integer_t v) { return scalar(JsonValue::number(std::to_string(v))); }
  bool number_unsigned(Json::number_unsigned_t v) { return scalar(JsonValue::number(std::to_string(v))); }
  // The text as written: the double is never used (json_value.hpp).
  bool number_float(Json::number_float_t, const std::string& text) { return scalar(JsonValue::number(text)); }
  bool string(std::string& v) { return scalar(JsonValue::string(std::move(v))); }
  bool binary(Json::binary_t&) { return false; } // JSON text has no binary values
  bool start_object(std::size_t) { return open(JsonValue::Type::Object); }
  bool key(std::string& k) {
    pending_key_ = std::move(k);
    return true;
  }
  bool end_object() { return no_duplicate_keys() && close(); }
  bool start_array(std::size_t) { return open(JsonValue::Type::Array); }
  bool end_array() { return close(); }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    error_byte = position;
    number_overflow = ex.id == 406;
    invalid_utf8 = std::string_view(ex.what()).find("UTF-8") != std::string_view::npos;
    return false;
  }

private:
  struct Frame {
    JsonValue* value;
    int stream = -1;           // JsonStreamer token, for a streamed array
    std::size_t streamed = 0;  // elements handed over so far
    std::size_t values_at = 0; // values_ when this container was opened
  };

  bool fail(std::string pointer, std::string message) {
    error = Issue{std::move(pointer), std::move(message)};
    return false;
  }

  bool count_value() {
    if (++values_ <= limits_.max_values) return true;
    return fail("", "het bestand bevat meer dan " + bytes_text(limits_.max_values) +
                        " waarden buiten de lange tabellen; dit is geen programmabestand");
  }

  JsonValue* place(JsonValue&& v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    JsonValue& parent = *frames_.back().value;
    if (parent.type_ == JsonValue::Type::Object) parent.keys_.push_back(std::move(pending_key_));
    parent.items_.push_back(std::move(v));
    return &parent.items_.back();
  }

  bool scalar(JsonValue&& v) {
    if (!count_value()) return false;
    place(std::move(v));
    return done(1);
  }

  bool open(JsonValue::Type type) {
    const std::size_t before = values_;
    if (!count_value()) return false;
    JsonValue* slot = place(JsonValue(type));
    frames_.push_back({slot, -1, 0, before});
    if (type == JsonValue::Type::Array && streamer_) frames_.back().stream = streamer_->stream_array(path());
    return true;
  }

  bool close() {
    const std::size_t subtree = values_ - frames_.back().values_at;
    frames_.pop_back();
    return done(subtree);
  }

  // A value is complete; an element of a streamed array goes to the streamer.
  bool done(std::size_t subtree) {
    if (frames_.empty()) {
      root_done = true;
      return true;
    }
    Frame& parent = frames_.back();
    if (parent.stream < 0) return true;
    JsonValue element = std::move(parent.value->items_.back());
    parent.value->items_.pop_back();
    values_ -= subtree;
    error = streamer_->element(parent.stream, parent.streamed++, std::move(element));
    return !error;
  }

  // Keys from the root to the innermost open container.
  std::vector<std::string> path() const {
    std::vector<std::string> keys;
    for (std::size_t k = 1; k < frames_.size(); ++k) {
      const JsonValue& parent = *frames_[k - 1].value;
      keys.push_back(parent.type_ == JsonValue::Type::Object ? parent.keys_.back() : std::string());
    }
    return keys;
  }

  // Like path(), with array indices: for messages.
  std::vector<std::string> pointer_tokens() const {
    std::vector<std::string> tokens;
    for (std::size_t k = 1; k < frames_.size(); ++k) {
      const Frame& parent = frames_[k - 1];
      tokens.push_back(parent.value->type_ == JsonValue::Type::Object
                           ? parent.value->keys_.back()
                           : std::to_string(parent.value->items_.size() - 1 + parent.streamed));
    }
    return tokens;
  }

  bool no_duplicate_keys() {
    const auto& keys = frames_.back().value->keys_;
    if (keys.size() < 2) return true;
    std::vector<std::string_view> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    const auto twice = std::adjacent_find(sorted.begin(), sorted.end());
    if (twice == sorted.end()) return true;
    auto tokens = pointer_tokens();
    tokens.emplace_back(*twice);
    return fail(pointer_of(tokens), "dit veld staat meer dan eens in hetzelfde object; welke waarde geldt is "
                                    "dan niet te zeggen");
  }

  JsonValue& root_;
  const JsonLimits& limits_;
  JsonStreamer* streamer_;
  std::vector<Frame> frames_;
  std::string pending_key_;
  std::size_t values_ = 0;
};

std::string text_position(std::string_view text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  const std::size_t end = std::min(byte, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column; // continuation bytes of UTF-8 are part of the character before
    }
  }
  return "regel " + std::to_string(line) + ", kolom " + std::to_string(column);
}

std::optional<Issue> parse_json(std::string_view text, JsonValue& out, const JsonLimits& limits,
                                JsonStreamer* streamer) {
  out = JsonValue();
  if (text.size() > limits.max_bytes)
    return Issue{"", "het bestand is groter dan " + std::to_string(limits.max_bytes / (1024 * 1024)) +
                         " MB; een programmabestand is veel kleiner"};
  const auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv))
    return Issue{"", "het bestand is UTF-32; sla het op als UTF-8"};
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv))
    return Issue{"", "het bestand is UTF-16; sla het op als UTF-8"};
  std::size_t offset = starts("\xEF\xBB\xBF"sv) ? 3 : 0; // UTF-8 byte order mark
  const std::string_view body = text.substr(offset);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return Issue{"", "het bestand is leeg"};
  if (auto refused = prescan(text, limits)) return refused;

  JsonTreeBuilder builder(out, limits, streamer);
  const bool ok = Json::sax_parse(body.begin(), body.end(), &builder, Json::input_format_t::json, true);
  if (ok) return std::nullopt;
  out = JsonValue();
  if (builder.error) return builder.error;
  // nlohmann reports the 1-based byte after which it stopped.
  const std::size_t at = offset + (builder.error_byte > 0 ? builder.error_byte - 1 : 0);
  const std::string where = text_position(text, at);
  if (builder.error_byte == 0 || at >= text.size())
    return Issue{"", "het bestand houdt onverwacht op (afgebroken of leeg?)"};
  if (builder.root_done)
    return Issue{"", "na het einde van het JSON-document staat nog iets, bij " + where +
                         "; een bestand bevat precies één JSON-document"};
  if (builder.number_overflow) return Issue{"", "het bestand bevat een getal dat te groot is, bij " + where};
  if (builder.invalid_utf8)
    return Issue{"", "het bestand bevat tekst die geen geldige UTF-8 is, bij " + where};
  return Issue{"", "geen geldige JSON bij " + where};
}

} // namespace vth
