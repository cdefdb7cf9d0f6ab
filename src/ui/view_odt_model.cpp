// ODT-programma's tables: the four product tables (with the part's total and
// what the source prints), local projects and work stock.

#include "view_models.hpp"

#include "core/fields/field_pointer.hpp"

namespace vth::ui {

TableModel odt_products_model(const AppState& state, OdtPart part) {
  const int k = static_cast<int>(part);
  const std::size_t lines = state.programme ? state.programme->odt.parts[k].size() : 0;
  const TableId table_id = odt_table(part);
  TableModel m{"producten",
               std::string("ODT ") + odt_part_name(part),
               {{"Code", 1.0f, ColumnKind::Field},
                {"Product", 4.0f, ColumnKind::Field},
                {"Aantal", 1.0f, ColumnKind::Field},
                {"Kental (uur)", 1.0f, ColumnKind::Field},
                {"Totaal (uur)", 1.0f, ColumnKind::Number},
                {"Gedrukt totaal", 1.0f, ColumnKind::Number}},
               state.programme ? lines + 1 : 0};
  m.row = [&state, k, lines, table_id](std::size_t i) {
    const Programme& p = *state.programme;
    const auto& hours = state.results.odt.line_hours[k];
    TableRow row;
    if (i >= lines) { // the part's total, next to the total the source prints
      const MilliHours total = state.results.odt.parts[static_cast<std::size_t>(k)].hours;
      row.cells = {
          text_cell("Totaal"), text_cell(""), text_cell(""), text_cell(""), read_only(Cell::hours(total), 1),
          text_cell("")};
      const auto& printed = p.odt.printed_part_totals[k];
      if (printed && printed->hours) {
        const bool differs = has_finding(state, printed_pointer(printed_slot(k), "uren"));
        row.cells[5] = read_only(Cell::hours(*printed->hours), 1, differs ? Tone::Alert : Tone::Plain);
        if (differs) row.cells[5].tooltip = "Wijkt af (zie Controles & aannames)";
      }
      return row;
    }
    const OdtLine& l = p.odt.parts[k][i];
    row.record = RowRef{table_id, l.row_id};
    DisplayCell product = editable_cell(p, field_of(table_id, l.row_id, "product"));
    product.source = &l.source;
    row.cells = {editable_cell(p, field_of(table_id, l.row_id, "code")),
                 std::move(product),
                 editable_cell(p, field_of(table_id, l.row_id, "aantal")),
                 editable_cell(p, field_of(table_id, l.row_id, "kental")),
                 i < hours.size() ? read_only(Cell::hours(hours[i]), 1) : text_cell(""),
                 text_cell("")};
    if (l.printed_hours) {
      const bool differs = has_finding(state, field_pointer(table_id, {0, i}, "gedrukt_totaal"));
      row.cells[5] = read_only(Cell::hours(*l.printed_hours), 1, differs ? Tone::Alert : Tone::Plain);
      if (differs) row.cells[5].tooltip = "Wijkt af van aantal × kental";
    }
    return row;
  };
  m.rows_of = table_id;
  m.find_row = [&state, table_id](const RowRef& record) -> std::optional<std::size_t> {
    if (record.table != table_id) return std::nullopt;
    const auto at = find_row(*state.programme, table_id, record.row);
    return at ? std::optional<std::size_t>(at->index) : std::nullopt;
  };
  return m;
}

TableModel odt_hours_items_model(const AppState& state, const char* key) {
  const bool stock = std::string_view(key) == "werkvoorraad";
  const Rows<HoursItem>* items =
      state.programme ? (stock ? &state.programme->odt.work_stock : &state.programme->odt.local_projects)
                      : nullptr;
  TableModel m{stock ? "voorraad" : "lokaal",
               stock ? "Werkvoorraad" : "Lokale projecten",
               {{"Naam", 3.0f, ColumnKind::Field},
                {"Omschrijving", 4.0f, ColumnKind::Field},
                {"Uren", 1.0f, ColumnKind::Field}},
               items ? items->size() : 0};
  const TableId table_id = stock ? TableId::WorkStock : TableId::LocalProjects;
  m.row = [&state, items, table_id](std::size_t i) {
    const HoursItem& it = (*items)[i];
    TableRow row;
    row.record = RowRef{table_id, it.row_id};
    const Programme& p = *state.programme;
    row.cells = {editable_cell(p, field_of(table_id, it.row_id, "naam")),
                 editable_cell(p, field_of(table_id, it.row_id, "omschrijving")),
                 editable_cell(p, field_of(table_id, it.row_id, "uren"))};
    return row;
  };
  m.rows_of = table_id;
  return m;
}

} // namespace vth::ui
