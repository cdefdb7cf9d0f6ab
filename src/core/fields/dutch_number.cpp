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

// Spaces (also non-breaking) and the apostrophe some people group with.
std::string strip_spaces(std::string_view in) {
  std::string s;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == ' ' || c == '\t' || c == '\'') continue;
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    s.push_back(static_cast<char>(c));
  }
  return s;
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
  std::string s = strip_spaces(text);
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
