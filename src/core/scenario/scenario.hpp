#pragma once
// Scenarios: a named list of changes on top of the adopted programme (the
// baseline), never a copy of it. A change sets a value or a text, adds rows,
// deletes a row or moves one, addressed by table, row id and column
// (core/fields/registry.hpp), so that it keeps its meaning when rows are
// inserted or reordered around it. A scenario is calculated by applying its
// changes to a copy of the adopted programme that shares every row it does not
// change (materialise(); core/model/rows.hpp): the adopted programme itself is
// never touched. docs/architecture.md: "Changes and the overlay".

#include "core/fields/registry.hpp"
#include "core/model/programme.hpp"
#include "core/model/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

enum class ChangeKind : std::uint8_t {
  SetValue,  // a number (or "n.v.t.")
  SetText,   // a text, a choice, a list (one element per line)
  AddRows,   // `count` empty rows with ids field.row, field.row + 1, ...
  DeleteRow, // the row field.row
  MoveRow,   // the row field.row, to stand after `after`
};

struct Change {
  ChangeKind kind = ChangeKind::SetValue;
  FieldRef field;                    // table and row; the column for SetValue and SetText
  std::optional<std::int64_t> value; // SetValue
  std::string text;                  // SetText
  RowId after = 0;                   // AddRows, MoveRow: the row before it (0: first)
  RowId parent_row = 0;              // AddRows, MoveRow in nested tables: the row it goes into
  std::uint32_t count = 1;           // AddRows
  bool operator==(const Change&) const = default;
};
using ChangeList = std::vector<Change>;

Change set_value(const FieldRef& field, std::optional<std::int64_t> value);
Change set_text(const FieldRef& field, std::string text);
Change add_rows(TableId table, RowId first, std::uint32_t count, RowId after, RowId parent_row = 0);
Change delete_row(const RowRef& row);
Change move_row(const RowRef& row, RowId after, RowId parent_row = 0);

bool is_structural(const Change& change); // adds, deletes or moves rows

// The one order a list of changes is kept in: the structural changes in the
// order they were made, then the values and texts sorted by field (table,
// row, column). Values never depend on each other's order, except that a row's
// kind comes before its sizes, which the registry's column order guarantees.
// Two lists that mean the same are then equal.
void make_canonical(ChangeList& changes);
bool changes_structure(const ChangeList& changes);
// Whether a change may alter what analyse() works out (structure, codes, departments).
bool changes_analysis(const ChangeList& changes);

struct Scenario {
  std::string name;
  ChangeList changes;
  std::string sender; // who made it, when it travels in a link or file (optional)
  std::string note;   // what it is about (optional)
  bool operator==(const Scenario&) const = default;
};

// Applies one change; refused (the programme unchanged) when its row or field
// is not there or its value does not fit.
Status apply_change(Programme& programme, const Change& change);

// The adopted programme with the changes applied: structure first (in the
// order of the list), then values and texts (by field). Every row not changed is shared
// with `adopted`, which stays as it is. Refused with the first change that
// does not apply, named in Dutch.
Result<Programme> materialise(const Programme& adopted, const ChangeList& changes);

// Adds a change to a scenario's list the way an edit does: a value set twice
// keeps its last value, a value set back to the adopted one is no change, a
// deleted row takes the changes of its own (and of its rows, in nested tables)
// with it, and a row added in the scenario and deleted again leaves nothing.
// `adopted` is the baseline, `current` the programme with `changes` applied
// (before `change`); `change` must apply to `current`.
ChangeList record(const Programme& adopted, const Programme& current, ChangeList changes,
                  const Change& change);

// Whether the scenario sets this field (a value or a text).
bool sets_field(const ChangeList& changes, const FieldRef& field);
// Whether the row was added by the scenario.
bool adds_row(const ChangeList& changes, const RowRef& row);
// An id for new rows of the table that no row of the adopted programme, of
// `current` and of the changes has (ids are never reused within a scenario).
RowId fresh_row_id(const Programme& adopted, const Programme& current, const ChangeList& changes,
                   TableId table);

// A fingerprint of a programme file (FNV-1a 64 of its bytes): a share link or
// scenario file says which programme it belongs to. The interface takes it of
// the file as opened, so a 100.000-line programme is never written out for it.
std::uint64_t text_fingerprint(std::string_view text);

// A short Dutch description of a change for lists and the history:
// "A3.02.05 Periodieke controle standaard – aantal", "Regel toegevoegd: ...".
std::string change_label(const Programme& adopted, const Programme& current, const Change& change);

} // namespace vth
