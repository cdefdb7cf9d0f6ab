#pragma once
// A table of the interface, defined once: its columns and, on demand, any of
// its rows as typed cells. The canvas draws it (table_draw.hpp: only the
// visible rows), "Kopieer tabel" and "CSV" export it (all rows) and the screen
// reader mirror shows its first rows, all from the same cells, so what is
// copied is what is shown. No ImGui here: the models compile and are tested
// natively.

#include "core/fields/registry.hpp"
#include "core/model/programme.hpp"
#include "core/output/results_tables.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth::ui {

enum class ColumnKind {
  Text,        // left-aligned, one line
  WrappedText, // left-aligned, wraps within the column
  Number,      // right-aligned, so numbers line up on their last digit
  Field,       // editable numbers (input fields); other numbers right-aligned, texts left like the fields'
  Centred,     // a mark or a single letter (X, A, B), centred in a narrow column
  Action,      // buttons or check boxes drawn by the view; not a value, not exported
};

struct ColumnSpec {
  std::string header;
  float weight = 1.0f; // share of the table's width
  ColumnKind kind = ColumnKind::Text;
};

enum class Tone {
  Plain,
  Alert,      // red: a shortage, or a difference with what the source prints
  Muted,      // grey: not applicable, not distributed, the current one
  Assumption, // amber: a value that does not come from the source
};

struct DisplayCell {
  Cell value; // what is shown, copied and exported, in the field's unit
  // Decimals on the screen where the view rounds for overview (whole euros,
  // whole hours); -1: display_cell()'s own. Copies and exports stay exact.
  int decimals = -1;
  // The editable number the cell shows; none: read-only.
  std::optional<FieldRef> edit;
  const Provenance* source = nullptr; // origin colour and source tooltip, with `field`
  const char* field = "";
  Tone tone = Tone::Plain;
  std::string tooltip; // shown on hover, after the source if there is one
};

enum class RowKind {
  Plain,
  Group, // a heading row (a protocol chapter, a block of the comparison), shaded
};

struct TableRow {
  std::vector<DisplayCell> cells; // one per column, action columns included (empty there)
  std::optional<RowRef> record;   // the programme row it shows (jump highlight); none for totals
  RowKind kind = RowKind::Plain;
};

struct TableModel {
  TableModel() = default;
  TableModel(std::string id_, std::string title_, std::vector<ColumnSpec> columns_, std::size_t rows)
      : id(std::move(id_)), title(std::move(title_)), columns(std::move(columns_)), row_count(rows) {}

  std::string id;    // unique among the tables of a view (the ImGui id)
  std::string title; // caption of the copy, the CSV and the mirror
  std::vector<ColumnSpec> columns;
  std::size_t row_count = 0;
  std::function<TableRow(std::size_t index)> row; // any row, built when asked for
  // Optional: where the row showing a programme row stands, for a jump in a
  // long table without building every row. Without it rows are searched.
  std::function<std::optional<std::size_t>(const RowRef& record)> find_row;
  // The programme table whose rows the model lists (their `record`), when the
  // user may add, delete, duplicate and move them: the table gets a grip column
  // to select and drag rows, a row of buttons and keys (table_rows.cpp). New
  // rows of a nested table go into `parent_row`.
  std::optional<TableId> rows_of;
  RowId parent_row = 0;
};

// The row of `model` showing `record`, if any.
std::optional<std::size_t> jump_row(const TableModel& model, const RowRef& record);

// The text a cell shows on the screen (Dutch notation, display_cell() or the
// cell's own decimals).
std::string shown_text(const DisplayCell& cell);

// The model as a core Table for the clipboard (TSV), CSV and the mirror: the
// first `max_rows` rows, without the action columns.
Table export_table(const TableModel& model, std::size_t max_rows = SIZE_MAX);

// Several models of a view as one table for its export, each row led by the
// label of its part; columns are matched by header (a missing one stays empty).
struct TablePart {
  std::string label;
  TableModel model;
};
TableModel stacked_model(std::string id, std::string title, std::string label_header,
                         std::vector<TablePart> parts);

// An editable field: a number in its unit (change_table.hpp: value_cell()), or
// a text, choice or list (one element per line) as it stands.
DisplayCell editable_cell(const Programme& p, const FieldRef& field);

// Short constructors for read-only cells.
DisplayCell text_cell(std::string text, Tone tone = Tone::Plain);
DisplayCell read_only(Cell value, int decimals = -1, Tone tone = Tone::Plain);

} // namespace vth::ui
