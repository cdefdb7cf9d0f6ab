#include "json_reader.hpp"

#include "dutch_format.hpp"

#include <cmath>

namespace vth {

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string format_issue(const Issue& issue) {
  return (issue.pointer.empty() ? std::string("(bestand)") : issue.pointer) + ": " + issue.message;
}

namespace {

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

std::string type_name(const Json& v) {
  switch (v.type()) {
  case Json::value_t::null:
    return "null";
  case Json::value_t::object:
    return "een object";
  case Json::value_t::array:
    return "een lijst";
  case Json::value_t::string:
    return "tekst";
  case Json::value_t::boolean:
    return "waar/onwaar";
  default:
    return "een getal";
  }
}

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

std::optional<std::int64_t> to_fixed(const Json& value, const FixedSpec& spec, std::string& why) {
  if (!value.is_number()) {
    why = value.is_string() ? "moet een getal zijn, geen tekst (schrijf 12.5, zonder aanhalingstekens)"
                            : "moet een getal zijn, niet " + type_name(value);
    return std::nullopt;
  }
  const std::int64_t scale = pow10(spec.decimals);
  std::int64_t scaled = 0;
  if (value.is_number_integer()) {
    // Integers are exact; guard the multiplication against overflow.
    const bool is_unsigned = value.is_number_unsigned();
    const std::uint64_t u = is_unsigned ? value.get<std::uint64_t>() : 0;
    const std::int64_t i = is_unsigned ? 0 : value.get<std::int64_t>();
    const std::int64_t limit = INT64_MAX / scale;
    if ((is_unsigned && u > static_cast<std::uint64_t>(limit)) ||
        (!is_unsigned && (i > limit || i < -limit))) {
      why = "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
      return std::nullopt;
    }
    scaled = (is_unsigned ? static_cast<std::int64_t>(u) : i) * scale;
  } else {
    const double d = value.get<double>();
    if (!std::isfinite(d)) {
      why = "moet een eindig getal zijn";
      return std::nullopt;
    }
    const double x = d * static_cast<double>(scale);
    if (std::fabs(x) > 9.0e15) { // beyond this doubles no longer hold every integer
      why = "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
      return std::nullopt;
    }
    const double r = std::round(x);
    if (std::fabs(x - r) > 1e-6 * std::fmax(1.0, std::fabs(x))) {
      why = "heeft meer dan " + std::to_string(spec.decimals) + " decimalen";
      return std::nullopt;
    }
    scaled = static_cast<std::int64_t>(r);
  }
  why = range_error(scaled, spec);
  if (!why.empty()) return std::nullopt;
  return scaled;
}

std::string range_error(std::int64_t scaled, const FixedSpec& spec) {
  if (scaled < spec.min)
    return spec.min == 0 ? std::string("mag niet negatief zijn")
                         : "is te klein (minstens " + bound_text(spec.min, spec) + ")";
  if (scaled > spec.max) return "is te groot (hoogstens " + bound_text(spec.max, spec) + ")";
  return {};
}

Json from_fixed(std::int64_t value, int decimals) {
  const std::int64_t scale = pow10(decimals);
  if (value % scale == 0) return Json(value / scale);
  // Shortest decimal that reads back to the same fixed-point value.
  return Json(static_cast<double>(value) / static_cast<double>(scale));
}

ObjectReader::ObjectReader(const Json& value, std::string pointer, Issues& issues)
    : pointer_(std::move(pointer)), issues_(issues) {
  if (value.is_object())
    object_ = &value;
  else
    issues_.push_back({pointer_, "moet een object zijn ({...}), niet " + type_name(value)});
}

bool ObjectReader::has(const char* key) const { return object_ && object_->contains(key); }

const Json* ObjectReader::get(const char* key, bool required) {
  if (!object_) return nullptr;
  seen_.insert(key);
  auto it = object_->find(key);
  if (it == object_->end()) {
    if (required) issues_.push_back({child(key), "ontbreekt"});
    return nullptr;
  }
  return &*it;
}

void ObjectReader::error(const char* key, const std::string& message) {
  issues_.push_back({child(key), message});
}

std::string ObjectReader::string(const char* key, bool required) {
  const Json* v = get(key, required);
  if (!v) return {};
  if (!v->is_string()) {
    error(key, "moet tekst zijn, niet " + type_name(*v));
    return {};
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> ObjectReader::integer(const char* key, std::int64_t min, std::int64_t max,
                                                  bool required) {
  const Json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    error(key, "moet een geheel getal zijn");
    return std::nullopt;
  }
  if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
    error(key, "is te groot");
    return std::nullopt;
  }
  const std::int64_t i = v->get<std::int64_t>();
  if (i < min || i > max) {
    error(key, "moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen");
    return std::nullopt;
  }
  return i;
}

std::optional<std::int64_t> ObjectReader::fixed(const char* key, const FixedSpec& spec, bool required) {
  const Json* v = get(key, required);
  if (!v) return std::nullopt;
  std::string why;
  auto result = to_fixed(*v, spec, why);
  if (!result) error(key, why);
  return result;
}

const Json* ObjectReader::array(const char* key, bool required) {
  const Json* v = get(key, required);
  if (v && !v->is_array()) {
    error(key, "moet een lijst zijn ([...]), niet " + type_name(*v));
    return nullptr;
  }
  return v;
}

const Json* ObjectReader::object(const char* key, bool required) {
  const Json* v = get(key, required);
  if (v && !v->is_object()) {
    error(key, "moet een object zijn ({...}), niet " + type_name(*v));
    return nullptr;
  }
  return v;
}

void ObjectReader::finish() {
  if (!object_) return;
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (!seen_.count(it.key())) issues_.push_back({child(it.key()), "onbekend veld"});
  }
}

} // namespace vth
