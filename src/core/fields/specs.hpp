#pragma once
// Allowed ranges of the numbers in a programme file. They keep every sum and
// product the engine forms far inside 64-bit integers (docs/programme-format.md).

#include "core/json/json_reader.hpp"

namespace vth::specs {

inline constexpr std::int64_t kMilli = 1000;
inline constexpr FixedSpec kCount{3, 0, 1'000'000 * kMilli, ""};
inline constexpr FixedSpec kHoursPerItem{3, 0, 10'000 * kMilli, "uur"};
inline constexpr FixedSpec kHours{3, 0, 10'000'000 * kMilli, "uur"};
inline constexpr FixedSpec kFte{3, 0, 100'000 * kMilli, "fte"};
inline constexpr FixedSpec kPercentage{4, 0, 100 * kPercentScale, "%"};
inline constexpr FixedSpec kEuros{2, 0, 10'000'000'000LL * 100, "€"};
inline constexpr FixedSpec kRate{2, 0, 10'000 * 100, "€"};
inline constexpr FixedSpec kYear{0, 2000, 2100, ""};
inline constexpr FixedSpec kProductiveHours{3, 1 * kMilli, 8'784 * kMilli, "uur"};

// A long table (/werk, each ODT table) holds at most this many lines: 2,5 ×
// the 100.000-line programme the budgets are set for, and a bound on memory.
inline constexpr std::size_t kMaxLinesPerTable = 250'000;

} // namespace vth::specs
