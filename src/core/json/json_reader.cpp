#include "json_reader.hpp"

#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

namespace vth {

namespace {

std::string bound_text(std::int64_t scaled, const FixedSpec& spec) {
  std::string n = format_fixed(scaled, spec.decimals, spec.decimals);
  // Trim trailing zeros of the decimals for readable bounds ("100" not "100,0000").
  if (n.find(',') != std::string::npos) {
    while (!n.empty() && n.back() == '0') n.pop_back();
    if (!n.empty() && n.back() == ',') n.pop_back();
  }
  return spec.unit[0] ? n + " " + spec.unit : n;
}

} // namespace

std::optional<std::int64_t> to_fixed(const JsonValue& value, const FixedSpec& spec, std::string& why) {
  if (!value.is_number()) {
    why = value.is_string() ? "moet een getal zijn, geen tekst (schrijf 12.5, zonder aanhalingstekens)"
                            : std::string("moet een getal zijn, niet ") + json_type_name(value);
    return std::nullopt;
  }
  const DecimalRead read = decimal_to_fixed(value.text(), spec.decimals);
  if (read.too_many_decimals) {
    why = "heeft meer dan " + std::to_string(spec.decimals) + " decimalen (" + value.text() +
          "); rond het getal zelf af";
    return std::nullopt;
  }
  if (read.too_large || !read.value) {
    why = "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
    return std::nullopt;
  }
  why = range_error(*read.value, spec);
  if (!why.empty()) return std::nullopt;
  return read.value;
}

std::string range_error(std::int64_t scaled, const FixedSpec& spec) {
  // Whole numbers with a lower bound above zero (a year): both bounds at once.
  if (spec.decimals == 0 && spec.min > 0 && (scaled < spec.min || scaled > spec.max))
    return "moet tussen " + std::to_string(spec.min) + " en " + std::to_string(spec.max) + " liggen";
  if (scaled < spec.min)
    return spec.min == 0 ? std::string("mag niet negatief zijn")
                         : "is te klein (minstens " + bound_text(spec.min, spec) + ")";
  if (scaled > spec.max) return "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
  return {};
}

ObjectReader::ObjectReader(const JsonValue& value, std::string pointer, Issues& issues)
    : pointer_(std::move(pointer)), issues_(issues) {
  if (value.is_object()) {
    object_ = &value;
    if (value.size() > sizeof seen_small_) {
      seen_large_.assign(value.size(), 0);
      seen_ = seen_large_.data();
    }
  } else
    issues_.push_back({pointer_, std::string("moet een object zijn ({...}), niet ") + json_type_name(value)});
}

bool ObjectReader::has(const char* key) const { return object_ && object_->find(key) != nullptr; }

const JsonValue* ObjectReader::get(const char* key, bool required) {
  if (!object_) return nullptr;
  // Readers ask for the keys mostly in the order a file has them: the search
  // starts after the key found last and wraps around.
  const JsonValue* v = nullptr;
  const std::size_t n = object_->size();
  const std::string_view wanted(key);
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (next_ + k) % n;
    if (object_->key(i) == wanted) {
      v = &(*object_)[i];
      seen_[i] = 1;
      next_ = i + 1;
      break;
    }
  }
  if (!v && required) issues_.push_back({child(key), "ontbreekt"});
  return v;
}

void ObjectReader::error(const char* key, const std::string& message) {
  issues_.push_back({child(key), message});
}

std::string ObjectReader::text(const char* key, bool required, bool multiline) {
  const JsonValue* v = get(key, required);
  if (!v) return {};
  if (!v->is_string()) {
    error(key, std::string("moet tekst zijn, niet ") + json_type_name(*v));
    return {};
  }
  if (const std::string why = text_problem(v->text(), multiline); !why.empty()) {
    error(key, why);
    return {};
  }
  return v->text();
}

std::string ObjectReader::string(const char* key, bool required) { return text(key, required, true); }
std::string ObjectReader::single_line(const char* key, bool required) { return text(key, required, false); }

std::optional<std::int64_t> ObjectReader::integer(const char* key, std::int64_t min, std::int64_t max,
                                                  bool required) {
  const JsonValue* v = get(key, required);
  if (!v) return std::nullopt;
  const DecimalRead read = v->is_number() ? decimal_to_fixed(v->text(), 0) : DecimalRead{};
  if (!read.value) {
    error(key, read.too_large ? "is te groot" : "moet een geheel getal zijn");
    return std::nullopt;
  }
  if (*read.value < min || *read.value > max) {
    error(key, "moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen");
    return std::nullopt;
  }
  return read.value;
}

std::optional<std::int64_t> ObjectReader::fixed(const char* key, const FixedSpec& spec, bool required) {
  const JsonValue* v = get(key, required);
  if (!v) return std::nullopt;
  std::string why;
  auto result = to_fixed(*v, spec, why);
  if (!result) error(key, why);
  return result;
}

const JsonValue* ObjectReader::array(const char* key, bool required) {
  const JsonValue* v = get(key, required);
  if (v && !v->is_array()) {
    error(key, std::string("moet een lijst zijn ([...]), niet ") + json_type_name(*v));
    return nullptr;
  }
  return v;
}

const JsonValue* ObjectReader::object(const char* key, bool required) {
  const JsonValue* v = get(key, required);
  if (v && !v->is_object()) {
    error(key, std::string("moet een object zijn ({...}), niet ") + json_type_name(*v));
    return nullptr;
  }
  return v;
}

void ObjectReader::finish() {
  if (!object_) return;
  for (std::size_t i = 0; i < object_->size(); ++i)
    if (!seen_[i]) issues_.push_back({child(object_->key(i)), "onbekend veld"});
}

} // namespace vth
