#pragma once
// What the user typed, kept apart from what came from the source. When a
// programme is saved with changes applied (a programme made or restructured in
// the tool, a scenario saved as the new programme), every field the user set
// loses its source reference and says it is the user's own input, with the
// date; an assumption about it goes (the user's value replaces it). Rows the
// user added have no source at all. Provenance of untouched values stays.
// docs/programme.md: "Eigen invoer".

#include "scenario.hpp"

#include <string_view>

namespace vth {

// `programme` is the adopted programme with `changes` applied (materialise()).
void mark_own_input(Programme& programme, const ChangeList& changes, std::string_view iso_date);

// The latest date of own input in the programme ("" when there is none): the legend says it.
std::string latest_own_input(const Programme& programme);

} // namespace vth
