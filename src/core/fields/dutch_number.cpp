#include "dutch_number.hpp"

#include <string>

namespace vth {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Bytes of a grouping space at s[i]: a space, a non-breaking space (U+00A0) or
// a narrow one (U+202F), or the apostrophe some people group with; 0 for none.
std::size_t group_space_at(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\'') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0xAF)
    return 3;
  return 0;
}

// Spaces at both ends go; inside, a space may only group thousands ("1 234,5",
// "-1 234"): "12 13" is two numbers, never 1213. Empty with `why` set when refused.
std::string without_spaces(std::string_view in, std::string& why) {
  std::size_t begin = 0, end = in.size();
  while (begin < end && group_space_at(in, begin)) begin += group_space_at(in, begin);
  while (end > begin) {
    std::size_t n = 0;
    for (std::size_t k = 1; k <= 3 && k <= end - begin; ++k)
      if (group_space_at(in, end - k) == k) n = k;
    if (n == 0) break;
    end -= n;
  }
  in = in.substr(begin, end - begin);
  // Letters and the like: not a number at all, whatever the spaces do.
  const bool numeric =
      in.find_first_not_of("0123456789,.+- '\xC2\xA0\xE2\x80\xAF\t\r\n") == std::string_view::npos;
  const std::string spacing =
      numeric ? "is geen getal (een spatie mag alleen duizendtallen scheiden: 1 234,5)" : "is geen getal";
  std::string out;
  std::size_t digits_since_space = 0;
  bool spaced = false; // a grouping space was seen in the whole part
  bool in_fraction = false;
  for (std::size_t i = 0; i < in.size();) {
    if (in[i] == '\t' || in[i] == '\n' || in[i] == '\r') {
      why = "bevat een tab of een nieuwe regel: typ of plak één getal";
      return {};
    }
    if (const std::size_t n = group_space_at(in, i); n > 0) {
      const bool after_sign = out.size() == 1 && (out[0] == '-' || out[0] == '+');
      if (!after_sign && (in_fraction || (spaced && digits_since_space != 3) || digits_since_space == 0 ||
                          digits_since_space > 3)) {
        why = spacing;
        return {};
      }
      spaced = spaced || !after_sign;
      digits_since_space = 0;
      i += n;
      continue;
    }
    if (in[i] == ',' && !in_fraction) {
      if (spaced && digits_since_space != 3) {
        why = spacing;
        return {};
      }
      in_fraction = true;
    }
    if (in[i] >= '0' && in[i] <= '9') ++digits_since_space;
    out.push_back(in[i]);
    ++i;
  }
  if (spaced && !in_fraction && digits_since_space != 3) {
    why = spacing;
    return {};
  }
  return out;
}

// "1.234.567" -> "1234567" when the dots group by three; empty when they do not.
std::string ungroup(std::string_view s) {
  std::string out;
  std::size_t start = 0;
  bool first = true;
  while (true) {
    const std::size_t dot = s.find('.', start);
    const std::string_view part = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
    if (!all_digits(part) || (first ? part.size() > 3 : part.size() != 3)) return {};
    out += part;
    first = false;
    if (dot == std::string_view::npos) return out;
    start = dot + 1;
  }
}

} // namespace

Result<std::int64_t> parse_dutch_number(std::string_view text, int decimals) {
  std::string why;
  std::string s = without_spaces(text, why);
  if (!why.empty()) return refusal(why);
  if (s.empty()) return refusal("vul een getal in");
  bool negative = false;
  if (s[0] == '-' || s[0] == '+') {
    negative = s[0] == '-';
    s.erase(0, 1);
  }
  std::string whole, fraction;
  const std::size_t comma = s.find(',');
  if (comma != std::string::npos) {
    // Dutch: the comma is the decimal separator, dots group thousands.
    if (s.find(',', comma + 1) != std::string::npos) return refusal("bevat meer dan één komma");
    const std::string_view int_part = std::string_view(s).substr(0, comma);
    fraction = s.substr(comma + 1);
    whole = int_part.find('.') == std::string_view::npos ? std::string(int_part) : ungroup(int_part);
    if (int_part.empty()) whole.assign(1, '0');
    if (whole.empty()) return refusal("de punten staan niet in groepen van drie cijfers (schrijf 1.234,5)");
    if (!fraction.empty() && !all_digits(fraction)) return refusal("is geen getal");
  } else if (s.find('.') != std::string::npos) {
    const std::string grouped = ungroup(s);
    if (!grouped.empty()) {
      whole = grouped; // "1.500" is fifteen hundred in Dutch
    } else if (s.find('.') == s.rfind('.')) {
      // One dot that cannot be a thousands separator ("12.02"): a decimal point.
      whole = s.substr(0, s.find('.'));
      fraction = s.substr(s.find('.') + 1);
      if (whole.empty()) whole.assign(1, '0'); // assign(): GCC 12 warns falsely on = "0"
      if (!all_digits(fraction)) return refusal("is geen getal");
    } else {
      return refusal("is geen getal (gebruik een komma voor decimalen: 1.234,5)");
    }
  } else {
    whole = s;
  }
  if (!all_digits(whole)) return refusal("is geen getal");
  if (static_cast<int>(fraction.size()) > decimals)
    return refusal("heeft te veel decimalen (hoogstens " + std::to_string(decimals) + ")");
  // Strip leading zeros so that the length check below means magnitude.
  const std::size_t nz = whole.find_first_not_of('0');
  whole = nz == std::string::npos ? "0" : whole.substr(nz);
  if (whole.size() + static_cast<std::size_t>(decimals) > 18) return refusal("is te groot");
  std::int64_t value = 0;
  for (char c : whole) value = value * 10 + (c - '0');
  for (int i = 0; i < decimals; ++i)
    value = value * 10 +
            (i < static_cast<int>(fraction.size()) ? fraction[static_cast<std::size_t>(i)] - '0' : 0);
  return negative ? -value : value;
}

} // namespace vth
