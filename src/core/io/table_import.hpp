#pragma once
// Rows from outside into one table: a block of cells pasted from Excel NL or
// LibreOffice (tab-separated) or a CSV file as the CSV export writes it
// (semicolons, quotes, a UTF-8 BOM). The plan says how the columns map (guessed
// from a header row, or given), which rows are new and which replace a row with
// the same code or id, and every cell it refuses with its line, column and the
// reason; its changes are applied as one step, or not at all. Nothing is read
// half: a cell is understood exactly (read_entry) or refused.
// docs/interface.md: "Plakken uit Excel en CSV openen".

#include "core/fields/registry.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

// Cells of tab- or semicolon-separated text (the separator the first line uses
// most), with Excel's quoting ("a ""b""; c" is one cell); a UTF-8 BOM and a
// trailing line break are dropped, CR LF is one line break.
std::vector<std::vector<std::string>> split_table_text(std::string_view text);

struct ImportRefusal {
  std::size_t line = 0; // 1-based line of the pasted text (the header is line 1 when there is one)
  std::string column;   // the header or the column's label
  std::string message;  // Dutch
};

struct ImportPlan {
  TableId table = TableId::Work;
  RowId parent_row = 0;
  bool header = false;
  // Per pasted column: the table's column it goes to (nullopt: ignored), and its header.
  std::vector<std::optional<ColumnIndex>> mapping;
  std::vector<std::string> headers;
  std::optional<ColumnIndex> match_column; // code or id: rows with the same value are replaced
  std::size_t new_rows = 0;
  std::size_t replaced_rows = 0;
  std::size_t unchanged_rows = 0;
  std::vector<ImportRefusal> refused;
  ChangeList changes; // to record in the current scenario as one step
};

struct ImportOptions {
  // Given: how the pasted columns map (the user changed the guess); otherwise guessed.
  std::optional<std::vector<std::optional<ColumnIndex>>> mapping;
  std::optional<bool> header; // given, or guessed (a first line that names columns)
  std::size_t max_rows = 100'000;
};

// `adopted` and `current` as for record(): the plan's new row ids are fresh in both.
ImportPlan plan_import(const Programme& adopted, const Programme& current, const ChangeList& changes,
                       TableId table, std::string_view text, const ImportOptions& options = {},
                       RowId parent_row = 0);

// The rows of a table (under `parent_row` in nested tables) as a CSV file for
// Excel NL: a UTF-8 BOM, semicolons, the columns' labels as the header, numbers
// as their fields show them (decimal comma, "€ 110,99", "12,02%"), "n.v.t." for
// an empty optional number, a list as "a;b". plan_import() reads it back exactly.
std::string table_csv(const Programme& p, TableId table, RowId parent_row = 0);

// The column a header names (its key or label, in any case, without spaces or
// underscores: "Beschikbare fte", "beschikbare_fte"; "Kental (uur)" by its words).
std::optional<ColumnIndex> column_for_header(const TableDef& table, std::string_view header);

} // namespace vth
