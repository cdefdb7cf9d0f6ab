// Regionale verdeling's tables: the split over the partners (keys editable)
// and the regional projects and services with their financing.

#include "view_models.hpp"

namespace vth::ui {

TableModel regional_split_model(const AppState& state) {
  const std::size_t partners = state.programme ? state.programme->regional.partners.size() : 0;
  TableModel m{"verdeling",
               "Regionale verdeling",
               {{"Partner", 2.2f, ColumnKind::Field},
                {"Sleutel", 1.1f, ColumnKind::Field},
                {"Projecten (uur)", 1.0f, ColumnKind::Number},
                {"Projecten (€)", 1.3f, ColumnKind::Number},
                {"Diensten (uur)", 1.0f, ColumnKind::Number},
                {"Diensten (€)", 1.3f, ColumnKind::Number}},
               state.programme ? partners + 1 : 0};
  m.row = [&state, partners](std::size_t i) {
    const RegionalResult& r = state.results.regional;
    TableRow row;
    if (i >= partners) {
      row.cells = {text_cell("Totaal"),
                   read_only(Cell::percent(r.key_sum), 4, r.key_sum == kWhole ? Tone::Plain : Tone::Alert)};
      for (const PoolSplit* s : {&r.projects, &r.services}) {
        row.cells.push_back(read_only(Cell::integer(s->total_hours)));
        row.cells.push_back(read_only(Cell::cents(s->total_cost)));
      }
      return row;
    }
    const RegionalProgramme& p = state.programme->regional;
    const Partner& x = p.partners[i];
    row.record = RowRef{TableId::Partners, x.row_id};
    DisplayCell name = editable_cell(*state.programme, field_of(TableId::Partners, x.row_id, "naam"));
    if (x.id == p.own_partner) name.tooltip = "De eigen gemeente van dit programma";
    row.cells = {std::move(name),
                 editable_cell(*state.programme, field_of(TableId::Partners, x.row_id, "sleutel"))};
    for (const PoolSplit* s : {&r.projects, &r.services}) {
      const bool shown = s->computed && i < s->shares.size();
      row.cells.push_back(shown ? read_only(Cell::integer(s->shares[i].hours)) : text_cell(""));
      row.cells.push_back(shown ? read_only(Cell::cents(s->shares[i].cost)) : text_cell(""));
    }
    return row;
  };
  m.rows_of = TableId::Partners;
  return m;
}

TableModel regional_items_model(const AppState& state, const char* key) {
  const bool services = std::string_view(key) == "diensten";
  const Rows<RegionalItem>* items =
      state.programme ? (services ? &state.programme->regional.services : &state.programme->regional.projects)
                      : nullptr;
  TableModel m{key,
               services ? "Regionale diensten" : "Regionale projecten",
               {{"Code", 0.8f, ColumnKind::Field},
                {"Naam", 3.0f, ColumnKind::Field},
                {"Uren", 1.0f, ColumnKind::Field},
                {"Financiering", 1.4f, ColumnKind::Field},
                {"Status", 1.2f, ColumnKind::Field}},
               items ? items->size() : 0};
  const TableId table_id = services ? TableId::RegionalServices : TableId::RegionalProjects;
  m.row = [&state, items, table_id](std::size_t i) {
    const RegionalItem& it = (*items)[i];
    TableRow row;
    row.record = RowRef{table_id, it.row_id};
    const Programme& p = *state.programme;
    DisplayCell name = editable_cell(p, field_of(table_id, it.row_id, "naam"));
    name.tooltip = it.summary;
    // The financing as the source words it, or its key; the key decides whether the key split applies.
    DisplayCell financing = editable_cell(p, field_of(table_id, it.row_id, "financiering"));
    if (!it.financing_text.empty()) financing.value = Cell::str(it.financing_text);
    if (it.financing != Financing::SharedKey) financing.tooltip = "Niet verdeeld over de partners";
    row.cells = {editable_cell(p, field_of(table_id, it.row_id, "code")), std::move(name),
                 editable_cell(p, field_of(table_id, it.row_id, "uren")), std::move(financing),
                 editable_cell(p, field_of(table_id, it.row_id, "status"))};
    return row;
  };
  m.rows_of = table_id;
  return m;
}

} // namespace vth::ui
