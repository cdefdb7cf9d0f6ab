#pragma once
// The results in three forms: JSON for machines (and window.vth.results()),
// Dutch text for people, CSV for Excel NL (';', decimal comma, UTF-8 BOM).

#include "core/engine/results.hpp"

#include <string>

namespace vth {

// `programme`: the one the results are of (for the ids and codes of its lines).
std::string results_to_json(const Results& results, const Programme& programme);
std::string results_to_text(const Results& results);
std::string results_to_csv(const Results& results);

} // namespace vth
