#pragma once
// Exact quantities. Money is kept in integer cents and hours in integer
// milli-hours, so that sums never drift the way binary floating point does.
// Rounding happens only where the source rounds, half away from zero.

#include <cstdint>
#include <optional>

namespace vth {

using Cents = std::int64_t;       // € 1,00 == 100
using MilliHours = std::int64_t;  // 1 uur == 1000
using BasisPoints = std::int64_t; // percentages with 4 decimals: 100% == 1'000'000

inline constexpr MilliHours kMilliPerHour = 1000;
inline constexpr BasisPoints kPercentScale = 10'000; // 1% == 10'000
inline constexpr BasisPoints kWhole = 100 * kPercentScale;

// Divides and rounds half away from zero. `den` must be positive.
constexpr std::int64_t div_round(std::int64_t num, std::int64_t den) {
  const std::int64_t q = num / den;
  const std::int64_t r = num % den;
  if (2 * (r < 0 ? -r : r) >= den) return num < 0 ? q - 1 : q + 1;
  return q;
}

// num * mul / den, rounded half away from zero, or nullopt on overflow.
// Uses 128-bit intermediates so that hours × tariff cannot overflow silently.
// GCC and Clang both provide 128-bit integers (also in wasm32); __extension__
// keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

// Divides and rounds half away from zero in 128 bits. `den` must be positive.
inline Int128 div_round_128(Int128 num, Int128 den) {
  Int128 q = num / den;
  const Int128 r = num % den;
  if (2 * (r < 0 ? -r : r) >= den) q += (num < 0 ? -1 : 1);
  return q;
}

inline std::optional<std::int64_t> fit_int64(Int128 v) {
  if (v > INT64_MAX || v < INT64_MIN) return std::nullopt;
  return static_cast<std::int64_t>(v);
}

// a * b * c / den, one exact product rounded once, or nullopt on overflow. The
// inputs are validated fixed-point values, so the product fits 128 bits.
inline std::optional<std::int64_t> mul3_div_round(std::int64_t a, std::int64_t b, std::int64_t c,
                                                  std::int64_t den) {
  return fit_int64(div_round_128(static_cast<Int128>(a) * b * c, den));
}

inline std::optional<std::int64_t> mul_div_round(std::int64_t num, std::int64_t mul, std::int64_t den) {
  // Fast path: the product fits 64 bits (always, for validated inputs); a
  // 128-bit division costs several times more and runs per line.
  std::int64_t product = 0;
  if (!__builtin_mul_overflow(num, mul, &product)) return div_round(product, den);
  return fit_int64(div_round_128(static_cast<Int128>(num) * mul, den));
}

} // namespace vth
