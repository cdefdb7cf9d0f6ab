// Energie's tables: the energy programme (Bijlage 3) and SPUK THE, hours and
// euros at the ODT tariff next to what the source prints.

#include "view_models.hpp"

namespace vth::ui {
namespace {

// A printed figure next to the computed one: red when they differ.
DisplayCell printed(Cell value, bool differs) {
  return read_only(std::move(value), 0, differs ? Tone::Alert : Tone::Plain);
}

} // namespace

TableModel energy_model(const AppState& state, const char* key) {
  const bool spuk = std::string_view(key) == "spuk_the";
  const EnergyTable* table =
      state.programme ? (spuk ? &state.programme->spuk : &state.programme->energy) : nullptr;
  TableModel m{spuk ? "spuk" : "energie",
               spuk ? "SPUK THE" : "Energie en duurzaamheid",
               {{"Product", 3.2f},
                {"Kental", 0.9f, ColumnKind::Field},
                {"Aantal", 0.9f, ColumnKind::Field},
                {"Uren", 1.0f, ColumnKind::Field},
                {"Kosten", 1.2f, ColumnKind::Number},
                {"Gedrukte uren", 1.0f, ColumnKind::Number},
                {"Gedrukte kosten", 1.2f, ColumnKind::Number}},
               table ? table->lines.size() + 1 : 0,
               {},
               {}};
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
        if (total->hours) row.cells[5] = printed(Cell::hours(*total->hours), *total->hours != result.hours);
        if (total->cost) row.cells[6] = printed(Cell::cents(*total->cost), *total->cost != result.cost);
      }
      return row;
    }
    const EnergyLine& l = table->lines[i];
    const EnergyLineResult computed = i < result.lines.size() ? result.lines[i] : EnergyLineResult{};
    row.record = RowRef{table_id, l.row_id};
    const Programme& p = *state.programme;
    DisplayCell product = text_cell(l.product);
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
    row.cells.push_back(l.hours ? printed(Cell::hours(*l.hours), per_item && *l.hours != computed.hours)
                                : text_cell(""));
    row.cells.push_back(l.printed_cost
                            ? printed(Cell::cents(*l.printed_cost), *l.printed_cost != computed.cost)
                            : text_cell(""));
    return row;
  };
  return m;
}

} // namespace vth::ui
