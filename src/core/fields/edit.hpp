#pragma once
// Checking and changing one value of a programme, addressed by row id and
// column (FieldRef). The single path for every value that changes: an edit
// in the interface, a change of a scenario, a link, a file. A refusal leaves
// the programme as it was and says why, in Dutch.

#include "entry.hpp"
#include "registry.hpp"

#include "core/model/result.hpp"

#include <optional>
#include <string_view>

namespace vth {

// Whether the number may be set (the field exists and the value fits it).
Status check_number(const Programme& p, const FieldRef& field, std::optional<std::int64_t> value);
Status set_number(Programme& p, const FieldRef& field, std::optional<std::int64_t> value);
// The same for what a user types or pastes: also refused when the row as a
// whole would not be valid any more (TableDef::row_problem, e.g. an energy line
// without hours). Changes of scenarios are applied with set_number(): links and
// files of version 1 could leave such a row, and mean what they meant.
Status set_number_as_typed(Programme& p, const FieldRef& field, std::optional<std::int64_t> value);

// The same for texts (lines, descriptions, choices, lists one per line).
// `check_unique` false: the caller checks unique ids and codes itself (integrity.hpp).
Status check_text(const Programme& p, const FieldRef& field, std::string_view text, bool check_unique = true);
Status set_text(Programme& p, const FieldRef& field, std::string_view text, bool check_unique = true);

// What the user typed into a number field, read against its current value.
Result<Entry> read_field_entry(const Programme& p, const FieldRef& field, std::string_view text);

// The field a JSON pointer into the programme file names ("/odt/toezicht/3/kental"),
// for the CLI, the test hook and tests; refused with the reason.
Result<FieldRef> field_for_pointer(const Programme& p, std::string_view pointer);

// The Dutch reason there is no such field, or empty when there is.
std::string missing_field(const Programme& p, const FieldRef& field);

} // namespace vth
