#pragma once
// Largest-remainder apportionment: divides a whole number of units (hours,
// cents) over weights so that the parts are whole units and sum exactly to the
// total. Each part differs from its exact share by less than one unit.

#include <cstdint>
#include <optional>
#include <vector>

namespace vth {

// Returns nullopt when the total is negative, a weight is negative, or all
// weights are zero (there is nothing to divide by). Ties in the remainders go
// to the earlier weight, so the result is deterministic.
std::optional<std::vector<std::int64_t>> split_largest_remainder(std::int64_t total,
                                                                 const std::vector<std::int64_t>& weights);

} // namespace vth
