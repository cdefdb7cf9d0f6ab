// Controles & aannames' tables: every reconciliation finding and every
// assumption, each named by the value it is about (the pointer in the tooltip).

#include "view_models.hpp"

#include "core/fields/field_pointer.hpp"

namespace vth::ui {

TableModel findings_model(const AppState& state) {
  TableModel m{"bevindingen",
               "Bevindingen",
               {{"Soort", 1.0f},
                {"Waarde", 2.2f, ColumnKind::WrappedText},
                {"Bron", 2.0f, ColumnKind::WrappedText},
                {"Melding", 6.0f, ColumnKind::WrappedText}},
               state.programme ? state.results.findings.size() : 0};
  m.row = [&state](std::size_t i) {
    const Finding& f = state.results.findings[i];
    DisplayCell kind = text_cell(f.kind);
    kind.tooltip = "Ga naar " + f.pointer;
    std::string where = f.section;
    if (f.line > 0) where += ", regel " + std::to_string(f.line);
    return TableRow{{std::move(kind), text_cell(place_label(*state.programme, f.pointer)), text_cell(where),
                     text_cell(f.message)},
                    {},
                    RowKind::Plain};
  };
  return m;
}

TableModel assumptions_model(const AppState& state) {
  TableModel m{"aannames",
               "Aannames",
               {{"Waarde", 2.0f}, {"Reden", 6.0f, ColumnKind::WrappedText}},
               state.programme && state.results.assumptions ? state.results.assumptions->size() : 0};
  m.row = [&state](std::size_t i) {
    const Assumption& a = (*state.results.assumptions)[i];
    DisplayCell value = text_cell(place_label(*state.programme, a.pointer), Tone::Assumption);
    value.tooltip = "Ga naar " + a.pointer;
    return TableRow{{std::move(value), text_cell(a.reason)}, {}, RowKind::Plain};
  };
  return m;
}

bool has_finding(const AppState& state, std::string_view pointer) {
  for (const Finding& f : state.results.findings)
    if (f.pointer == pointer) return true;
  return false;
}

PrintedSlot printed_slot(int odt_part) {
  static_assert(static_cast<int>(PrintedSlot::OdtPermits) == 0 &&
                    static_cast<int>(PrintedSlot::OdtAdvice) == 3,
                "the ODT parts' slots come first, in the order of the parts");
  return static_cast<PrintedSlot>(odt_part);
}

} // namespace vth::ui
