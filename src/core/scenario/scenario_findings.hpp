#pragma once
// Findings while a scenario is on screen. A finding is about the source: a
// printed figure that the adopted programme does not give (afwijking,
// optelling, afronding) or a note on the source (bron). In a scenario, a value
// that differs from the printed source because the user changed it is a
// change, not a finding, so those come from the adopted programme alone. What
// is wrong with the scenario itself (keys that no longer sum to 100%, a code
// or a department name it duplicates, a figure beyond 64 bits) comes from the scenario.

#include "core/engine/results.hpp"
#include "core/model/programme.hpp"

#include <string_view>
#include <vector>

namespace vth {

// Whether a finding compares with, or remarks on, what the source prints.
bool is_source_finding(std::string_view kind);

// The adopted programme's source findings, their pointers moved to where
// their rows stand in the scenario, then the scenario's own other findings.
std::vector<Finding> scenario_findings(const Programme& adopted, const std::vector<Finding>& adopted_findings,
                                       const Programme& scenario, const std::vector<Finding>& scenario_own);

} // namespace vth
