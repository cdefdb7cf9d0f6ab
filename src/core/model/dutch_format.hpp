#pragma once
// Dutch number notation: '.' groups thousands, ',' separates decimals,
// "€ 1.234,56", "12,02%". Everything the interface and the text/CSV exports
// print goes through here so that one rule holds everywhere.

#include "fixed_point.hpp"

#include <cstdint>
#include <string>

namespace vth {

// Integer with thousands separators: 1234567 -> "1.234.567".
std::string format_grouped(std::int64_t value);

// A scaled integer (value / 10^scale_digits) shown with `decimals` decimals,
// rounded half away from zero: format_fixed(12345, 3, 1) -> "12,3".
std::string format_fixed(std::int64_t value, int scale_digits, int decimals);

// A scaled integer with only the decimals it has: format_trimmed(12500, 3) -> "12,5",
// format_trimmed(394000, 3) -> "394".
std::string format_trimmed(std::int64_t value, int scale_digits);

// Hours from milli-hours: format_hours(1234500, 1) -> "1.234,5".
std::string format_hours(MilliHours value, int decimals = 1);

// Euros from cents: "€ 1.234,56" (decimals 2) or "€ 1.235" (decimals 0).
std::string format_euro(Cents value, int decimals = 2);

// Percentage from basis points (1% == 10'000): "12,02%".
std::string format_percent(BasisPoints value, int decimals = 2);

// A date as Dutch text: format_date(2026, 11, 27) -> "27 november 2026".
std::string format_date(int year, int month, int day);
// An ISO date as Dutch text: "2026-11-27" -> "27 november 2026"; other text as it is.
std::string format_iso_date(std::string_view iso);

} // namespace vth
