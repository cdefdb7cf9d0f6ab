#pragma once
// What a new row is given so that the programme stays valid at once (a unique
// id or code, a name that says it is new, the department of the row it
// follows, the first choice of a choice). A row added with the toolbar and a
// row pasted from Excel start the same way; the user then types over it.

#include "scenario.hpp"

namespace vth {

// `p` already holds the new (empty) row `row`; `after` is the row it follows (0: first).
ChangeList new_row_defaults(const Programme& p, TableId id, RowId row, RowId after);

} // namespace vth
