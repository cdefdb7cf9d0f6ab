#include "json_reader.hpp"

#include "core/model/utf8_text.hpp"

namespace vth {

std::optional<std::int64_t> to_fixed(const JsonValue& value, const FixedSpec& spec, std::string& why) {
  if (!value.is_number()) {
    why = not_a_number_reason(value);
    return std::nullopt;
  }
  const DecimalRead read = decimal_to_fixed(value.text(), spec.decimals);
  if (read.value && *read.value >= spec.min && *read.value <= spec.max) {
    why.clear();
    return read.value;
  }
  why = fixed_refusal_reason(read, value.text(), spec);
  return std::nullopt;
}

ObjectReader::ObjectReader(const JsonValue& value, std::string pointer, Issues& issues)
    : pointer_(std::move(pointer)), issues_(issues) {
  if (value.is_object()) {
    object_ = &value;
    if (value.size() > sizeof seen_small_) {
      seen_large_.assign(value.size(), 0);
      seen_ = seen_large_.data();
    }
  } else {
    not_an_object(value);
  }
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
  if (!v && required) error(key, "ontbreekt");
  return v;
}

std::string_view ObjectReader::text_view(const char* key, bool required, bool multiline) {
  const JsonValue* v = get(key, required);
  if (!v) return {};
  if (!v->is_string()) {
    wrong_type(key, "moet tekst zijn, niet ", *v);
    return {};
  }
  if (const std::string why = text_problem(v->text(), multiline); !why.empty()) {
    error(key, why);
    return {};
  }
  return v->text();
}

std::string ObjectReader::string(const char* key, bool required) {
  return std::string(text_view(key, required, true));
}
std::string ObjectReader::single_line(const char* key, bool required) {
  return std::string(text_view(key, required, false));
}

std::optional<std::int64_t> ObjectReader::integer(const char* key, std::int64_t min, std::int64_t max,
                                                  bool required) {
  const JsonValue* v = get(key, required);
  if (!v) return std::nullopt;
  const DecimalRead read = v->is_number() ? decimal_to_fixed(v->text(), 0) : DecimalRead{};
  if (read.value && *read.value >= min && *read.value <= max) return read.value;
  integer_refused(key, read, min, max);
  return std::nullopt;
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
    wrong_type(key, "moet een lijst zijn ([...]), niet ", *v);
    return nullptr;
  }
  return v;
}

const JsonValue* ObjectReader::object(const char* key, bool required) {
  const JsonValue* v = get(key, required);
  if (v && !v->is_object()) {
    wrong_type(key, "moet een object zijn ({...}), niet ", *v);
    return nullptr;
  }
  return v;
}

void ObjectReader::finish() {
  if (!object_) return;
  for (std::size_t i = 0; i < object_->size(); ++i)
    if (!seen_[i]) unknown_key(i);
}

} // namespace vth
