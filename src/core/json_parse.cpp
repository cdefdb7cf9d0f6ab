#include "json_parse.hpp"

namespace vth {
namespace {

using Json = nlohmann::json;
// Forwards every SAX event to one of nlohmann's own DOM builders (constructed
// with exceptions off) and records the first error instead of throwing it.
template <typename DomParser> struct RecordingSax {
  DomParser dom;
  JsonParseError error;

  template <typename... Args> explicit RecordingSax(Args&&... args) : dom(std::forward<Args>(args)...) {}

  bool null() { return dom.null(); }
  bool boolean(bool v) { return dom.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const std::string& s) { return dom.number_float(v, s); }
  bool string(std::string& v) { return dom.string(v); }
  bool binary(Json::binary_t& v) { return dom.binary(v); }
  bool start_object(std::size_t n) { return dom.start_object(n); }
  bool key(std::string& v) { return dom.key(v); }
  bool end_object() { return dom.end_object(); }
  bool start_array(std::size_t n) { return dom.start_array(n); }
  bool end_array() { return dom.end_array(); }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) {
    error.byte = position == 0 ? 1 : position;
    error.number_too_large = ex.id == 406;
    (void)last_token;
    error.invalid_utf8 = std::string(ex.what()).find("UTF-8") != std::string::npos;
    return false;
  }
};

template <typename Sax> JsonParseError run(std::string_view text, Json& out, Sax& sax) {
  const bool ok = Json::sax_parse(text.begin(), text.end(), &sax, Json::input_format_t::json, true);
  if (!ok && sax.error.ok()) sax.error.byte = text.size() + 1; // stopped without a reported position
  if (!ok) out = Json(Json::value_t::discarded);
  return sax.error;
}

} // namespace

JsonParseError parse_json(std::string_view text, Json& out) {
  out = Json();
  RecordingSax<nlohmann::detail::json_sax_dom_parser<Json>> sax(out, false);
  return run(text, out, sax);
}

JsonParseError parse_json(std::string_view text, Json& out, const Json::parser_callback_t& callback) {
  out = Json();
  RecordingSax<nlohmann::detail::json_sax_dom_callback_parser<Json>> sax(out, callback, false);
  return run(text, out, sax);
}

} // namespace vth
