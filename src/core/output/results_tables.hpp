#pragma once
// The results laid out as tables of typed cells. Text, CSV and (later) the
// interface's copy-to-clipboard all format the same tables, so a number reads
// the same everywhere.

#include "core/engine/results.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vth {

struct Cell {
  enum class Type { Text, Integer, Hours, Fte, Money, Percent };
  Type type = Type::Text;
  std::int64_t value = 0; // milli-hours, milli-FTE, cents, basis points or a plain integer
  std::string text;

  static Cell str(std::string s) { return {Type::Text, 0, std::move(s)}; }
  static Cell integer(std::int64_t v) { return {Type::Integer, v, {}}; }
  static Cell hours(std::int64_t v) { return {Type::Hours, v, {}}; }
  static Cell fte(std::int64_t v) { return {Type::Fte, v, {}}; }
  static Cell cents(std::int64_t v) { return {Type::Money, v, {}}; }
  static Cell percent(std::int64_t v) { return {Type::Percent, v, {}}; }
};

struct Table {
  std::string title;
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows; // a totals row, if any, is the last one
};

// `labels` (optional): the programme, to name findings and assumptions by their
// labels instead of their JSON pointers.
std::vector<Table> results_tables(const Results& results, const Programme* labels = nullptr);

// The key figures (Overzicht, the report's summary, the screen reader mirror).
Table key_figures_table(const Results& results);
// The same for a scenario: the adopted programme's value, the scenario's and the difference.
Table key_figures_table(const Results& scenario, const Results& adopted, const std::string& scenario_name);

// Dutch notation for display: "1.234,5", "€ 1.234,56", "12,02%".
std::string display_cell(const Cell& cell);
// Dutch notation for Excel NL: decimal comma, no thousands separator, no unit;
// a text cell as spreadsheet_text().
std::string csv_cell(const Cell& cell);

// Text safe in a spreadsheet cell: invisible and control characters shown
// (visible_text), and a leading = + - @ tab or CR neutralised with an apostrophe.
std::string spreadsheet_text(std::string_view text);

// One table as CSV for Excel NL: UTF-8 BOM, ';', decimal comma, a header row.
std::string table_to_csv(const Table& table);

// Tab-separated text with a header row, as Excel NL pastes it into cells
// (decimal comma); tabs and line breaks inside texts become spaces.
std::string table_to_tsv(const Table& table);

} // namespace vth
