#pragma once
// Parsing numbers as a Dutch user types or pastes them: "1.234,5",
// "12,02%", "€ 110,99", "1234.5" (a decimal point is accepted when it cannot
// be a thousands separator). The result is fixed point with the caller's
// number of decimals; more decimals than that is an error, never rounded away.

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace vth {

struct NumberError {
  std::string message; // Dutch, for the field
};

// Accepts an optional sign, the units "€", "%", "uur", "fte" and spaces
// (also non-breaking). `decimals` is the scale of the result (3 -> × 1000).
std::variant<std::int64_t, NumberError> parse_dutch_number(std::string_view text, int decimals);

} // namespace vth
