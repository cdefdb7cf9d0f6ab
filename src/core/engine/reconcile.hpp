#pragma once
// Compares every figure the source prints with what the inputs give, and looks
// for other inconsistencies (duplicate codes, keys not at 100%, ...).

#include "core/model/programme.hpp"
#include "results.hpp"

#include <vector>

namespace vth {

// Printed figures against computed ones: depends on the numbers, runs per edit.
std::vector<Finding> reconcile(const Programme& programme, const Results& results);

// Department names twice, duplicate codes, codes in the wrong table and the source notes: depends only
// on the structure, runs once per opened programme (see analyse()).
std::vector<Finding> structural_findings(const Programme& programme);

} // namespace vth
