// Controles & aannames' tables: every reconciliation finding and every
// assumption, each named by the value it is about (the pointer in the tooltip).

#include "view_models.hpp"

namespace vth::ui {
namespace {

std::size_t index_at(const std::string& pointer, std::size_t start) {
  std::size_t i = 0;
  while (start < pointer.size() && pointer[start] >= '0' && pointer[start] <= '9')
    i = i * 10 + static_cast<std::size_t>(pointer[start++] - '0');
  return i;
}

// A readable name for the value a pointer addresses; the pointer itself is in the tooltip.
std::string describe(const Programme& p, const std::string& pointer) {
  auto after = [&](const std::string& prefix) { return pointer.rfind(prefix, 0) == 0 ? prefix.size() : 0; };
  const std::string field = pointer.substr(pointer.rfind('/') + 1);
  if (std::size_t at = after("/werk/")) {
    const std::size_t i = index_at(pointer, at);
    if (i < p.work.size()) return p.work[i].description + " – " + field;
  }
  if (std::size_t at = after("/afdelingen/")) {
    const std::size_t i = index_at(pointer, at);
    if (i < p.departments.size()) return p.departments[i].name + " – " + field;
  }
  if (std::size_t at = after("/regionaal/partners/")) {
    const std::size_t i = index_at(pointer, at);
    if (i < p.regional.partners.size()) return p.regional.partners[i].name + " – " + field;
  }
  for (OdtPart part : kOdtParts) {
    if (std::size_t at = after(std::string("/odt/") + odt_part_key(part) + "/")) {
      const auto& lines = p.odt.parts[static_cast<int>(part)];
      const std::size_t i = index_at(pointer, at);
      if (i < lines.size())
        return std::string("ODT ") + lines[i].code + " " + lines[i].product + " – " + field;
    }
  }
  if (pointer.rfind("/instellingen/", 0) == 0) return "Instelling – " + field;
  return pointer;
}

} // namespace

TableModel findings_model(const AppState& state) {
  TableModel m{"bevindingen",
               "Bevindingen",
               {{"Soort", 1.0f},
                {"Waarde", 2.2f, ColumnKind::WrappedText},
                {"Bron", 2.0f, ColumnKind::WrappedText},
                {"Melding", 6.0f, ColumnKind::WrappedText}},
               state.programme ? state.results.findings.size() : 0,
               {},
               {}};
  m.row = [&state](std::size_t i) {
    const Finding& f = state.results.findings[i];
    DisplayCell kind = text_cell(f.kind);
    kind.tooltip = "Ga naar " + f.pointer;
    std::string where = f.section;
    if (f.line > 0) where += ", regel " + std::to_string(f.line);
    return TableRow{{std::move(kind), text_cell(describe(*state.programme, f.pointer)), text_cell(where),
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
               state.programme && state.results.assumptions ? state.results.assumptions->size() : 0,
               {},
               {}};
  m.row = [&state](std::size_t i) {
    const Assumption& a = (*state.results.assumptions)[i];
    DisplayCell value = text_cell(describe(*state.programme, a.pointer), Tone::Assumption);
    value.tooltip = "Ga naar " + a.pointer;
    return TableRow{{std::move(value), text_cell(a.reason)}, {}, RowKind::Plain};
  };
  return m;
}

} // namespace vth::ui
