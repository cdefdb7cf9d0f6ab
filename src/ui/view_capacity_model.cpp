// Capaciteit's tables: the departments with their available FTE, and the work
// lines of the chosen department (or all), up to 100.000 of them.

#include "view_models.hpp"

#include <map>
#include <memory>

namespace vth::ui {
namespace {

const char* kind_label(WorkKind kind) {
  switch (kind) {
  case WorkKind::Count:
    return "aantal × kental";
  case WorkKind::Fte:
    return "fte";
  case WorkKind::Hours:
    return "uren (reservering)";
  case WorkKind::Percentage:
    return "% van capaciteit";
  }
  return "";
}

// The indices of the work lines the table shows: the chosen department's, or all.
std::vector<int> shown_lines(const AppState& state) {
  const Programme& p = *state.programme;
  std::vector<int> rows;
  rows.reserve(p.work.size());
  const std::string* only = nullptr;
  if (state.capacity_department >= 0 && state.capacity_department < static_cast<int>(p.departments.size()))
    only = &p.departments[static_cast<std::size_t>(state.capacity_department)].id;
  for (std::size_t i = 0; i < p.work.size(); ++i)
    if (!only || p.work[i].department == *only) rows.push_back(static_cast<int>(i));
  return rows;
}

} // namespace

TableModel capacity_departments_model(const AppState& state) {
  const std::size_t departments = state.programme ? std::min(state.programme->departments.size(),
                                                             state.results.capacity.departments.size())
                                                  : 0;
  TableModel m{"afdelingen",
               "Capaciteit per afdeling",
               {{"Afdeling", 3.0f, ColumnKind::Field},
                {"Regels", 0.8f, ColumnKind::Number},
                {"Beschikbare fte", 1.3f, ColumnKind::Field},
                {"Vraag (uur)", 1.2f, ColumnKind::Number},
                {"Benodigde fte", 1.2f, ColumnKind::Number},
                {"Verschil fte", 1.2f, ColumnKind::Number}},
               state.programme ? departments + 1 : 0};
  m.row = [&state, departments](std::size_t i) {
    const CapacityResult& c = state.results.capacity;
    const bool total = i >= departments;
    const DepartmentResult& d = total ? c.total : c.departments[i];
    TableRow row;
    if (total)
      row.cells.push_back(text_cell("Totaal"));
    else
      row.cells.push_back(editable_cell(
          *state.programme, field_of(TableId::Departments, state.programme->departments[i].row_id, "naam")));
    row.cells.push_back(read_only(Cell::integer(d.lines)));
    if (total) {
      row.cells.push_back(read_only(Cell::fte(d.fte_available)));
    } else {
      const Department& dep = state.programme->departments[i];
      row.record = RowRef{TableId::Departments, dep.row_id};
      row.cells.push_back(
          editable_cell(*state.programme, field_of(TableId::Departments, dep.row_id, "beschikbare_fte")));
    }
    row.cells.push_back(read_only(Cell::hours(d.demand), 0));
    row.cells.push_back(read_only(Cell::fte(d.fte_needed)));
    row.cells.push_back(read_only(Cell::fte(d.fte_gap), -1, d.fte_gap < 0 ? Tone::Alert : Tone::Plain));
    return row;
  };
  m.rows_of = TableId::Departments;
  return m;
}

TableModel capacity_work_model(const AppState& state) {
  auto lines =
      std::make_shared<const std::vector<int>>(state.programme ? shown_lines(state) : std::vector<int>{});
  auto names = std::make_shared<std::map<std::string, std::string>>();
  if (state.programme)
    for (const auto& d : state.programme->departments) (*names)[d.id] = d.name;
  TableModel m{"werk",
               "Capaciteit: werkregels",
               {{"Afdeling", 1.4f, ColumnKind::Field},
                {"Groep", 1.6f, ColumnKind::Field},
                {"Omschrijving", 4.0f, ColumnKind::Field},
                {"Soort", 1.2f, ColumnKind::Field},
                {"Omvang", 1.1f, ColumnKind::Field},
                {"Kental (uur)", 1.0f, ColumnKind::Field},
                {"Uren", 1.0f, ColumnKind::Number}},
               lines->size()};
  m.row = [&state, lines, names](std::size_t r) {
    const auto i = static_cast<std::size_t>((*lines)[r]);
    const WorkLine& w = state.programme->work[i];
    TableRow row;
    row.record = RowRef{TableId::Work, w.row_id};
    const Programme& p = *state.programme;
    // The department by its name (a list to choose from when edited), the texts and the kind in place.
    DisplayCell department = editable_cell(p, field_of(TableId::Work, w.row_id, "afdeling"));
    if (const auto name = names->find(w.department); name != names->end())
      department.value = Cell::str(name->second);
    row.cells.push_back(std::move(department));
    row.cells.push_back(editable_cell(p, field_of(TableId::Work, w.row_id, "groep")));
    DisplayCell description = editable_cell(p, field_of(TableId::Work, w.row_id, "omschrijving"));
    description.source = &w.source;
    row.cells.push_back(std::move(description));
    DisplayCell kind = editable_cell(p, field_of(TableId::Work, w.row_id, "soort"));
    kind.value = Cell::str(kind_label(w.kind));
    row.cells.push_back(std::move(kind));
    row.cells.push_back(editable_cell(p, field_of(TableId::Work, w.row_id, work_kind_key(w.kind))));
    if (w.kind == WorkKind::Count)
      row.cells.push_back(editable_cell(p, field_of(TableId::Work, w.row_id, "kental")));
    else
      row.cells.push_back(text_cell(""));
    const auto& hours = state.results.capacity.line_hours;
    row.cells.push_back(i < hours.size() ? read_only(Cell::hours(hours[i]), 1) : text_cell(""));
    return row;
  };
  m.rows_of = TableId::Work;
  m.find_row = [&state, lines](const RowRef& record) -> std::optional<std::size_t> {
    if (record.table != TableId::Work) return std::nullopt;
    for (std::size_t r = 0; r < lines->size(); ++r)
      if (state.programme->work[static_cast<std::size_t>((*lines)[r])].row_id == record.row) return r;
    return std::nullopt;
  };
  return m;
}

} // namespace vth::ui
