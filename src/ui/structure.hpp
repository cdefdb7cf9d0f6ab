#pragma once
// Building and restructuring a programme from the interface: rows added,
// deleted, duplicated and moved, texts edited in place. Each is a change of the
// current scenario (the first one on the adopted programme starts a scenario),
// undone in one step however many rows it touched, and refused as a whole when
// any part of it does not fit (a department still in use, a duplicate code):
// the programme stays as it was and the reason is returned.

#include "app_state.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vth::ui {

// Applies the changes in order as one step of the history, labelled `label`.
// More than this many changes at once are merged into the scenario in one pass (a paste).
inline constexpr std::size_t kManyChanges = 256;
Status apply_changes(AppState& state, const ChangeList& changes, const std::string& label);

// A new empty row after `after` (0: first) in `parent_row` (nested tables);
// returns its id.
Result<RowId> add_row(AppState& state, TableId table, RowId after, RowId parent_row = 0);
// The rows, in one step (all or none).
Status delete_rows(AppState& state, TableId table, const std::vector<RowId>& rows);
// A copy of each row right after the last of them, with all its values and texts.
Result<std::vector<RowId>> duplicate_rows(AppState& state, TableId table, const std::vector<RowId>& rows);
// The rows one place up (-1) or down (+1), keeping their order; at the edge nothing moves.
Status move_rows(AppState& state, TableId table, const std::vector<RowId>& rows, int direction);
// A row to stand after `after` (0: first) in `parent_row` (drag and drop).
Status move_row_to(AppState& state, const RowRef& row, RowId after, RowId parent_row = 0);

// A text, choice or list as the user typed it (one element per line for lists).
// `as_typed`: the text as the user typed it, when it differs (a list typed "a; b"); shown in a refusal.
Status edit_text(AppState& state, const FieldRef& field, std::string_view text,
                 std::string_view as_typed = {});

// The ids of a table's rows in the order they stand (in nested tables: of all parents).
std::vector<RowId> rows_in_order(const Programme& p, TableId table);

} // namespace vth::ui
