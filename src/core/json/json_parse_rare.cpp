// The JSON parser's rare paths (json_parse_rare.hpp says why they are apart).

#include "json_parse_rare.hpp"
#include "json_tree_builder.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace vth {

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

namespace json_rare {

// Whether a JSON number (its grammar already checked) is too large for a double, as
// other readers judge it (strtod gives infinity): at least 2^1024 - 2^970, the least
// value that rounds to infinity (to nearest; the tie goes to the even side, infinity).
// Exact and without strtod, whose decimal reader and long-double arithmetic were 15 KB
// of the browser's download (docs/performance.md, stop 28).
bool beyond_double(std::string_view number) {
  // clang-format off
  static constexpr std::string_view kLeast = // 2^1024 - 2^970, 309 digits
      "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872070963"
      "3028641669288791094655554785194040263065748867150582068190890200070838367627385484581771153176447573027"
      "0069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";
  // clang-format on
  std::size_t i = number[0] == '-' ? 1 : 0;
  std::string digits;   // the significant digits: no leading zeros
  long long before = 0; // how many of them stand before the decimal point (negative: zeros after it)
  bool after_point = false;
  for (; i < number.size() && number[i] != 'e' && number[i] != 'E'; ++i) {
    const char c = number[i];
    if (c == '.') {
      after_point = true;
    } else if (digits.empty() && c == '0') {
      if (after_point) --before;
    } else {
      digits.push_back(c);
      if (!after_point) ++before;
    }
  }
  if (digits.empty()) return false; // zero
  long long exponent = 0;           // saturated: beyond a billion digits the answer is the same
  bool negative = false;
  if (i < number.size()) {
    ++i;
    if (number[i] == '+' || number[i] == '-') negative = number[i++] == '-';
    for (; i < number.size(); ++i) exponent = std::min(exponent * 10 + (number[i] - '0'), 1000000000LL);
  }
  const long long integer_digits = before + (negative ? -exponent : exponent);
  if (integer_digits != static_cast<long long>(kLeast.size()))
    return integer_digits > static_cast<long long>(kLeast.size());
  for (std::size_t k = 0; k < std::max(digits.size(), kLeast.size()); ++k) {
    const char a = k < digits.size() ? digits[k] : '0';
    const char b = k < kLeast.size() ? kLeast[k] : '0';
    if (a != b) return a > b;
  }
  return true; // exactly the least: rounds to infinity
}

void set_limit_issue(std::optional<Issue>& out, Limit what, std::string_view text, std::size_t at,
                     const JsonLimits& limits) {
  const std::string where = text_position(text, at);
  std::string message;
  switch (what) {
  case Limit::Depth:
    message = "het bestand is dieper genest dan " + std::to_string(limits.max_depth) + " niveaus (bij " +
              where + "); dit is geen bestand van VTH-planner";
    break;
  case Limit::NumberChars:
    message = "het bestand bevat een getal van meer dan " + std::to_string(limits.max_number_chars) +
              " tekens bij " + where;
    break;
  case Limit::StringBytes:
    message = "het bestand bevat een tekst van meer dan " + bytes_text(limits.max_string_bytes) +
              " bytes bij " + where;
    break;
  }
  out = Issue{"", std::move(message)};
}

Issue refused_text_issue(std::string_view text, Stop stop, std::size_t at, bool root_done) {
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
    return {"", "het bestand bevat een NUL-teken bij " + text_position(text, nul) +
                    "; is het wel een JSON-tekstbestand (UTF-8)?"};
  if (stop == Stop::End) return {"", "het bestand houdt onverwacht op (afgebroken of leeg?)"};
  const std::string where = text_position(text, at);
  if (root_done)
    return {"", "na het einde van het JSON-document staat nog iets, bij " + where +
                    "; een bestand bevat precies één JSON-document"};
  if (stop == Stop::Overflow) return {"", "het bestand bevat een getal dat te groot is, bij " + where};
  if (stop == Stop::Utf8) return {"", "het bestand bevat tekst die geen geldige UTF-8 is, bij " + where};
  return {"", "geen geldige JSON bij " + where};
}

} // namespace json_rare

bool JsonTreeBuilder::too_many_values() {
  return fail("", "het bestand bevat meer dan " + bytes_text(limits_.max_values) +
                      " waarden buiten de lange tabellen; dit is geen programmabestand");
}

bool JsonTreeBuilder::no_duplicate_keys_among_many(std::size_t first, std::size_t n) {
  std::vector<std::string_view> sorted;
  sorted.reserve(n);
  for (std::size_t i = 0; i < n; ++i) sorted.emplace_back(stack_[first + i].key_);
  std::sort(sorted.begin(), sorted.end());
  const auto found = std::adjacent_find(sorted.begin(), sorted.end());
  return found == sorted.end() || duplicate_key(*found);
}

bool JsonTreeBuilder::duplicate_key(std::string_view twice) {
  auto tokens = pointer_tokens();
  tokens.emplace_back(twice);
  return fail(pointer_of(tokens), "dit veld staat meer dan eens in hetzelfde object; welke waarde geldt is "
                                  "dan niet te zeggen");
}

} // namespace vth
