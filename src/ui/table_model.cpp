#include "table_model.hpp"

#include "core/model/dutch_format.hpp"
#include "core/output/change_table.hpp"

#include <algorithm>
#include <cstring>
#include <memory>

namespace vth::ui {

std::optional<std::size_t> jump_row(const TableModel& model, const RowRef& record) {
  if (model.find_row) return model.find_row(record);
  for (std::size_t i = 0; i < model.row_count; ++i)
    if (model.row(i).record == record) return i;
  return std::nullopt;
}

std::string shown_text(const DisplayCell& cell) {
  const Cell& c = cell.value;
  const int d = cell.decimals;
  if (d < 0) return display_cell(c);
  switch (c.type) {
  case Cell::Type::Text:
    return c.text;
  case Cell::Type::Integer:
    return format_grouped(c.value);
  case Cell::Type::Hours:
    return format_hours(c.value, d);
  case Cell::Type::Fte:
    return format_fixed(c.value, 3, d);
  case Cell::Type::Money:
    return format_euro(c.value, d);
  case Cell::Type::Percent:
    return format_percent(c.value, d);
  }
  return display_cell(c);
}

Table export_table(const TableModel& model, std::size_t max_rows) {
  Table t;
  t.title = model.title;
  for (const ColumnSpec& col : model.columns)
    if (col.kind != ColumnKind::Action) t.headers.push_back(col.header);
  const std::size_t n = std::min(max_rows, model.row_count);
  t.rows.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    const TableRow row = model.row(r);
    std::vector<Cell> cells;
    cells.reserve(t.headers.size());
    for (std::size_t c = 0; c < model.columns.size(); ++c) {
      if (model.columns[c].kind == ColumnKind::Action) continue;
      cells.push_back(c < row.cells.size() ? row.cells[c].value : Cell::str(""));
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

TableModel stacked_model(std::string id, std::string title, std::string label_header,
                         std::vector<TablePart> parts) {
  TableModel out;
  out.id = std::move(id);
  out.title = std::move(title);
  out.columns.push_back({std::move(label_header), 1.0f, ColumnKind::Text});
  // Where each part's columns land in the stacked table (SIZE_MAX: an action column, left out).
  struct Placed {
    TablePart part;
    std::vector<std::size_t> column_at;
    std::size_t first_row = 0;
  };
  auto placed = std::make_shared<std::vector<Placed>>();
  std::size_t rows = 0;
  for (TablePart& part : parts) {
    Placed p{std::move(part), {}, rows};
    for (const ColumnSpec& col : p.part.model.columns) {
      std::size_t at = SIZE_MAX;
      if (col.kind != ColumnKind::Action) {
        for (std::size_t c = 1; c < out.columns.size() && at == SIZE_MAX; ++c)
          if (out.columns[c].header == col.header) at = c;
        if (at == SIZE_MAX) {
          at = out.columns.size();
          out.columns.push_back(col);
        }
      }
      p.column_at.push_back(at);
    }
    rows += p.part.model.row_count;
    placed->push_back(std::move(p));
  }
  out.row_count = rows;
  const std::size_t width = out.columns.size();
  out.row = [placed, width](std::size_t index) {
    std::size_t k = 0;
    while (k + 1 < placed->size() && index >= (*placed)[k + 1].first_row) ++k;
    const Placed& p = (*placed)[k];
    TableRow from = p.part.model.row(index - p.first_row);
    TableRow row;
    row.record = from.record;
    row.kind = from.kind;
    row.cells.assign(width, text_cell(""));
    row.cells[0] = text_cell(p.part.label);
    for (std::size_t c = 0; c < from.cells.size() && c < p.column_at.size(); ++c)
      if (p.column_at[c] != SIZE_MAX) row.cells[p.column_at[c]] = std::move(from.cells[c]);
    return row;
  };
  return out;
}

DisplayCell editable_cell(const Programme& p, const FieldRef& field) {
  DisplayCell c;
  const Column& col = column(field);
  c.value =
      col.is_number() ? value_cell(col, number_at(p, field)) : Cell::str(text_at(p, field).value_or(""));
  c.edit = field;
  c.source = field_source(p, field);
  c.field = col.key;
  return c;
}

DisplayCell text_cell(std::string text, Tone tone) {
  DisplayCell c;
  c.value = Cell::str(std::move(text));
  c.tone = tone;
  return c;
}

DisplayCell read_only(Cell value, int decimals, Tone tone) {
  DisplayCell c;
  c.value = std::move(value);
  c.decimals = decimals;
  c.tone = tone;
  return c;
}

} // namespace vth::ui
