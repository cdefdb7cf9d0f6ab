#include "dutch_format.hpp"

#include <cstdlib>

namespace vth {
namespace {

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// Works on the magnitude as unsigned so that INT64_MIN does not overflow.
std::string group_digits(std::uint64_t magnitude) {
  std::string digits = std::to_string(magnitude);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && i >= lead && (i - lead) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return out;
}

std::uint64_t magnitude_of(std::int64_t v) {
  return v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
}

} // namespace

std::string format_grouped(std::int64_t value) {
  std::string s = group_digits(magnitude_of(value));
  return value < 0 ? "-" + s : s;
}

std::string format_fixed(std::int64_t value, int scale_digits, int decimals) {
  if (decimals > scale_digits) decimals = scale_digits;
  if (decimals < 0) decimals = 0;
  // Drop the digits we do not show, rounding half away from zero.
  const std::int64_t drop = pow10(scale_digits - decimals);
  const std::int64_t shown = drop == 1 ? value : div_round(value, drop);
  const std::uint64_t mag = magnitude_of(shown);
  const std::uint64_t unit = static_cast<std::uint64_t>(pow10(decimals));
  std::string out = group_digits(mag / unit);
  if (decimals > 0) {
    std::string frac = std::to_string(mag % unit);
    out += ',' + std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
  }
  return shown < 0 ? "-" + out : out;
}

std::string format_trimmed(std::int64_t value, int scale_digits) {
  int decimals = scale_digits;
  std::int64_t v = value;
  while (decimals > 0 && v % 10 == 0) {
    v /= 10;
    --decimals;
  }
  return format_fixed(value, scale_digits, decimals);
}

std::string format_hours(MilliHours value, int decimals) { return format_fixed(value, 3, decimals); }

std::string format_euro(Cents value, int decimals) {
  const std::string n = format_fixed(value, 2, decimals);
  // "-€ 5" reads wrong in Dutch; the sign goes after the symbol: "€ -5".
  return "€ " + n;
}

std::string format_percent(BasisPoints value, int decimals) { return format_fixed(value, 4, decimals) + "%"; }

std::string format_date(int year, int month, int day) {
  static const char* const kMonths[] = {"januari",   "februari", "maart",    "april",
                                        "mei",       "juni",     "juli",     "augustus",
                                        "september", "oktober",  "november", "december"};
  if (month < 1 || month > 12)
    return std::to_string(day) + "-" + std::to_string(month) + "-" + std::to_string(year);
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

std::string format_iso_date(std::string_view iso) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return std::string(iso);
  return format_date(year, month, day);
}

} // namespace vth
