// Regionale verdeling's tables: the split over the partners (keys editable)
// and the regional projects and services with their financing.

#include "view_models.hpp"

namespace vth::ui {

TableModel regional_split_model(const AppState& state) {
  const std::size_t partners = state.programme ? state.programme->regional.partners.size() : 0;
  TableModel m{"verdeling",
               "Regionale verdeling",
               {{"Partner", 2.2f},
                {"Sleutel", 1.1f, ColumnKind::Field},
                {"Projecten (uur)", 1.0f, ColumnKind::Number},
                {"Projecten (€)", 1.3f, ColumnKind::Number},
                {"Diensten (uur)", 1.0f, ColumnKind::Number},
                {"Diensten (€)", 1.3f, ColumnKind::Number}},
               state.programme ? partners + 1 : 0,
               {},
               {}};
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
    row.cells = {text_cell(x.id == p.own_partner ? x.name + " (eigen)" : x.name),
                 editable_cell(*state.programme, field_of(TableId::Partners, x.row_id, "sleutel"))};
    for (const PoolSplit* s : {&r.projects, &r.services}) {
      const bool shown = s->computed && i < s->shares.size();
      row.cells.push_back(shown ? read_only(Cell::integer(s->shares[i].hours)) : text_cell(""));
      row.cells.push_back(shown ? read_only(Cell::cents(s->shares[i].cost)) : text_cell(""));
    }
    return row;
  };
  return m;
}

TableModel regional_items_model(const AppState& state, const char* key) {
  const bool services = std::string_view(key) == "diensten";
  const Rows<RegionalItem>* items =
      state.programme ? (services ? &state.programme->regional.services : &state.programme->regional.projects)
                      : nullptr;
  TableModel m{key,
               services ? "Regionale diensten" : "Regionale projecten",
               {{"Code", 0.7f},
                {"Naam", 3.0f},
                {"Uren", 1.0f, ColumnKind::Field},
                {"Financiering", 2.0f},
                {"Status", 1.2f}},
               items ? items->size() : 0,
               {},
               {}};
  const TableId table_id = services ? TableId::RegionalServices : TableId::RegionalProjects;
  m.row = [&state, items, table_id](std::size_t i) {
    const RegionalItem& it = (*items)[i];
    TableRow row;
    row.record = RowRef{table_id, it.row_id};
    DisplayCell name = text_cell(it.name);
    name.tooltip = it.summary;
    const std::string financing = it.financing_text.empty() ? financing_key(it.financing) : it.financing_text;
    const bool shared = it.financing == Financing::SharedKey;
    row.cells = {text_cell(it.code), std::move(name),
                 editable_cell(*state.programme, field_of(table_id, it.row_id, "uren")),
                 shared ? text_cell(financing) : text_cell(financing + " (niet verdeeld)", Tone::Muted),
                 text_cell(it.status)};
    return row;
  };
  return m;
}

} // namespace vth::ui
