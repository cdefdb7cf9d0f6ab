#pragma once
// The rules that tie a programme's tables together, for changes made to an
// open programme: names that must be unique, references that must name
// something (a work line's department, an activity's departments, a protocol
// item's depth), and rows others still refer to (a department with work lines,
// the programme's own partner). The programme reader applies the same rules
// to a file; here they keep a scenario from making a programme no file could
// hold. Each returns the Dutch reason, or empty when the change is fine.

#include "registry.hpp"

#include <string>
#include <string_view>

namespace vth {

// `check_unique` false: the caller checks a unique column itself, for many rows at once
// (unique_conflict below): one text at a time is a scan of the table each.
std::string text_conflict(const Programme& p, const FieldRef& field, std::string_view text,
                          bool check_unique = true);
// Whether the column's texts are unique in its table (ids, codes).
bool is_unique_column(const FieldRef& field);
// The first text of a unique column that two rows of the table have ("" when none), in one pass.
std::string unique_conflict(const Programme& p, TableId table, ColumnIndex column);
std::string delete_conflict(const Programme& p, TableId table, RowPos at);

} // namespace vth
