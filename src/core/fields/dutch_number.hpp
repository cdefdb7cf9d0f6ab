#pragma once
// A number in Dutch notation as a user types or pastes it: "1.234,5",
// "1234.5" (a decimal point is accepted when it cannot be a thousands
// separator), an optional sign. No units: those are the field's business
// (entry.hpp). The result is fixed point with the caller's number of decimals;
// more decimals than that is an error, never rounded away.

#include "core/model/result.hpp"

#include <cstdint>
#include <string_view>

namespace vth {

// `decimals` is the scale of the result (3 -> × 1000).
Result<std::int64_t> parse_dutch_number(std::string_view text, int decimals);

} // namespace vth
