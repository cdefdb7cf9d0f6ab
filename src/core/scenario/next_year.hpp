#pragma once
// "Volgend jaar": next year's programme made from this one. Same structure and
// values; what belonged to the source document goes (the totals it printed, the
// section and line of every value, the notes on its inconsistencies); every
// value says it was carried over from this programme, which is named as the
// origin. Assumptions stay: they are still assumptions until someone replaces
// them. The user then changes what differs. docs/interface.md: "Volgend jaar".

#include "core/model/programme.hpp"

namespace vth {

Programme next_year(const Programme& programme);

// How the programme is named as the origin: "Programma Uitvoering & Handhaving 2025 (Enschede 2025)".
std::string programme_name(const Programme& programme);

} // namespace vth
