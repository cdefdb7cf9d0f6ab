#pragma once
// The calculation engine: a pure function from a programme to its results.
// It never changes the programme and never "fixes" the source: where printed
// figures differ from what the inputs give, it reports a finding.

#include "core/model/programme.hpp"
#include "results.hpp"

#include <cstdint>

namespace vth {

Results calculate(const Programme& programme);

// The structural part of the work (assumptions, duplicate codes, department
// lookups). Valid for the programme as long as only its numbers change.
AnalysisPtr analyse(const Programme& programme);

// The recalculation the interface runs after every edit, reusing the analysis.
Results calculate(const Programme& programme, const AnalysisPtr& analysis);

// How many calculations this process has made (tests count the work a view costs).
std::uint64_t calculations_made();

// Every value marked as an assumption, with its JSON pointer and reason.
std::vector<Assumption> list_assumptions(const Programme& programme);

} // namespace vth
