#pragma once
// Synthetic programmes of any size, for benchmarks and for testing that large
// programmes stay usable. Deterministic for a given seed.

#include "core/model/programme.hpp"

#include <cstddef>
#include <cstdint>

namespace vth {

// `lines` work and ODT lines in total (about 60% municipal work, 40% ODT),
// `partners` regional partners whose keys sum to exactly 100%.
Programme make_synthetic_programme(std::size_t lines, std::size_t partners, std::uint64_t seed = 1);

} // namespace vth
