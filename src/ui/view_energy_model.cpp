// Energie's tables: the energy programme (Bijlage 3) and SPUK THE, hours and
// euros at the ODT tariff next to what the source prints.

#include "view_models.hpp"

#include "core/fields/field_pointer.hpp"

namespace vth::ui {
namespace {

// A printed figure next to the computed one: red when the source's figure is a finding.
DisplayCell printed(const AppState& state, Cell value, const std::string& pointer) {
  return read_only(std::move(value), 0, has_finding(state, pointer) ? Tone::Alert : Tone::Plain);
}

} // namespace

TableModel energy_model(const AppState& state, const char* key) {
  const bool spuk = std::string_view(key) == "spuk_the";
  const EnergyTable* table =
      state.programme ? (spuk ? &state.programme->spuk : &state.programme->energy) : nullptr;
  TableModel m{spuk ? "spuk" : "energie",
               spuk ? "SPUK THE" : "Energie en duurzaamheid",
               {{"Product", 3.2f, ColumnKind::Field},
                {"Kental", 0.9f, ColumnKind::Field},
                {"Aantal", 0.9f, ColumnKind::Field},
                {"Uren", 1.0f, ColumnKind::Field},
                {"Kosten", 1.2f, ColumnKind::Number},
                {"Gedrukte uren", 1.0f, ColumnKind::Number},
                {"Gedrukte kosten", 1.2f, ColumnKind::Number}},
               table ? table->lines.size() + 1 : 0};
  const TableId table_id = spuk ? TableId::Spuk : TableId::Energy;
  m.row = [&state, table, spuk, table_id](std::size_t i) {
    const EnergyResult& result = spuk ? state.results.spuk : state.results.energy;
    TableRow row;
    if (i >= table->lines.size()) {
      row.cells = {text_cell("Totaal"),
                   text_cell(""),
                   text_cell(""),
                   read_only(Cell::hours(result.hours), 0),
                   read_only(Cell::cents(result.cost), 0),
                   text_cell(""),
                   text_cell("")};
      if (const auto& total = table->printed_total) {
        const PrintedSlot slot = spuk ? PrintedSlot::Spuk : PrintedSlot::Energy;
        if (total->hours)
          row.cells[5] = printed(state, Cell::hours(*total->hours), printed_pointer(slot, "uren"));
        if (total->cost)
          row.cells[6] = printed(state, Cell::cents(*total->cost), printed_pointer(slot, "kosten"));
      }
      return row;
    }
    const EnergyLine& l = table->lines[i];
    const EnergyLineResult computed = i < result.lines.size() ? result.lines[i] : EnergyLineResult{};
    row.record = RowRef{table_id, l.row_id};
    const Programme& p = *state.programme;
    DisplayCell product = editable_cell(p, field_of(table_id, l.row_id, "product"));
    product.source = &l.source;
    row.cells.push_back(std::move(product));
    const bool per_item = l.hours_per_item && l.count;
    if (per_item) {
      row.cells.push_back(editable_cell(p, field_of(table_id, l.row_id, "kental")));
      row.cells.push_back(editable_cell(p, field_of(table_id, l.row_id, "aantal")));
    } else {
      row.cells.push_back(text_cell("n.v.t.", Tone::Muted));
      row.cells.push_back(text_cell("n.v.t.", Tone::Muted));
    }
    if (!per_item && l.hours)
      row.cells.push_back(editable_cell(p, field_of(table_id, l.row_id, "uren")));
    else if (!l.cost_without_hours)
      row.cells.push_back(read_only(Cell::hours(computed.hours), 0));
    else
      row.cells.push_back(text_cell(""));
    row.cells.push_back(read_only(Cell::cents(computed.cost), 0));
    const std::string line = row_pointer(table_id, {0, i});
    row.cells.push_back(l.hours ? printed(state, Cell::hours(*l.hours), child_pointer(line, "uren"))
                                : text_cell(""));
    row.cells.push_back(l.printed_cost
                            ? printed(state, Cell::cents(*l.printed_cost), child_pointer(line, "kosten"))
                            : text_cell(""));
    return row;
  };
  m.rows_of = table_id;
  return m;
}

} // namespace vth::ui
