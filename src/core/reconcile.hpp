#pragma once
// Compares every figure the source prints with what the inputs give, and looks
// for other inconsistencies (duplicate codes, keys not at 100%, ...).

#include "programme.hpp"
#include "results.hpp"

#include <vector>

namespace vth {

std::vector<Finding> reconcile(const Programme& programme, const Results& results);

} // namespace vth
