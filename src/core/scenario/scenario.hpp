#pragma once
// Scenarios: a named set of changes on top of the adopted programme (the
// baseline), never a copy of it. A change addresses a value by its JSON
// pointer in the programme file, as every edit does (edit.hpp).

#include "core/model/programme.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

using Changes = std::map<std::string, std::optional<std::int64_t>>; // pointer -> value (nullopt: n.v.t.)

struct Scenario {
  std::string name;
  Changes changes;
  bool operator==(const Scenario&) const = default;
};

// Every editable number of a programme, in one fixed order (the order of the
// file). Share links number the fields by their place in this list.
std::vector<std::string> editable_pointers(const Programme& programme);

// Applies changes to a programme; returns the pointers that were refused
// (unknown field or value out of range). Refused changes are not applied.
std::vector<std::string> apply_changes(Programme& programme, const Changes& changes);

// The first change the programme would refuse, with the reason; nullopt if none.
std::optional<std::string> first_invalid_change(const Programme& programme, const Changes& changes);

// The value each changed pointer has in `programme` (to undo the changes later).
Changes current_values(const Programme& programme, const Changes& changes);

// A fingerprint of a programme file (FNV-1a 64 of its bytes): a share link or
// scenario file says which programme it belongs to. The interface takes it of
// the file as opened, so a 100.000-line programme is never written out for it.
std::uint64_t text_fingerprint(std::string_view text);

} // namespace vth
