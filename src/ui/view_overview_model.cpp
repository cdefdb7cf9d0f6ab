// Overzicht's tables: capacity per department and the municipality's ODT hours
// and cost per part (the latter also in ODT-programma, "Projecten en overig").

#include "view_models.hpp"

namespace vth::ui {

TableModel overview_departments_model(const AppState& state) {
  TableModel m{"capaciteit",
               "Capaciteit per afdeling",
               {{"Afdeling", 3.0f},
                {"Vraag (uur)", 1.0f, ColumnKind::Number},
                {"Benodigde fte", 1.0f, ColumnKind::Number},
                {"Beschikbare fte", 1.0f, ColumnKind::Number},
                {"Verschil fte", 1.0f, ColumnKind::Number}},
               state.programme ? state.results.capacity.departments.size() + 1 : 0};
  m.row = [&state](std::size_t i) {
    const CapacityResult& c = state.results.capacity;
    const bool total = i >= c.departments.size();
    const DepartmentResult& d = total ? c.total : c.departments[i];
    return TableRow{{text_cell(total ? std::string("Totaal") : d.name), read_only(Cell::hours(d.demand), 0),
                     read_only(Cell::fte(d.fte_needed)), read_only(Cell::fte(d.fte_available)),
                     read_only(Cell::fte(d.fte_gap), -1, d.fte_gap < 0 ? Tone::Alert : Tone::Plain)},
                    {},
                    RowKind::Plain};
  };
  return m;
}

TableModel odt_parts_model(const AppState& state) {
  TableModel m{
      "odt-onderdelen",
      "ODT-uren van de gemeente",
      {{"Onderdeel", 3.0f}, {"Uren", 1.0f, ColumnKind::Number}, {"Kosten", 1.2f, ColumnKind::Number}},
      state.programme ? state.results.odt.parts.size() + 1 : 0};
  m.row = [&state](std::size_t i) {
    const OdtResult& o = state.results.odt;
    if (i < o.parts.size())
      return TableRow{{text_cell(o.parts[i].name), read_only(Cell::hours(o.parts[i].hours), 0),
                       read_only(Cell::cents(o.parts[i].cost), 0)},
                      {},
                      RowKind::Plain};
    return TableRow{{text_cell("Totaal"), read_only(Cell::hours(o.total_hours), 0),
                     read_only(Cell::cents(o.total_cost), 0)},
                    {},
                    RowKind::Plain};
  };
  return m;
}

} // namespace vth::ui
