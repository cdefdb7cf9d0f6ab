// Doelen's tables: per focus point its activities and the departments that
// contribute (the X marks of the source).

#include "view_models.hpp"

#include <algorithm>

namespace vth::ui {
namespace {

std::string department_name(const Programme& p, const std::string& id) {
  for (const auto& d : p.departments)
    if (d.id == id) return d.name;
  return id;
}

// "Handhaven Bouwen Milieu (HBM)" -> "HBM": column headers must stay narrow.
std::string short_name(const std::string& name) {
  const auto open = name.rfind('(');
  const auto close = name.rfind(')');
  return open != std::string::npos && close > open ? name.substr(open + 1, close - open - 1) : name;
}

} // namespace

TableModel goal_activities_model(const AppState& state, std::size_t g) {
  const Programme& p = *state.programme;
  const Goal& goal = p.goals[g];
  TableModel m{goal.id,
               goal.title,
               {{"Aanpak", 2.0f, ColumnKind::Field}, {"Activiteit", 4.0f, ColumnKind::Field}},
               goal.activities.size()};
  for (const auto& id : p.goal_columns)
    m.columns.push_back({short_name(department_name(p, id)), 0.8f, ColumnKind::Centred});
  m.row = [&p, &goal](std::size_t a) {
    const GoalActivity& act = goal.activities[a];
    TableRow row;
    row.record = RowRef{TableId::Activities, act.row_id};
    DisplayCell activity = editable_cell(p, field_of(TableId::Activities, act.row_id, "activiteit"));
    activity.source = &act.source;
    activity.field = "afdelingen";
    row.cells = {editable_cell(p, field_of(TableId::Activities, act.row_id, "aanpak")), std::move(activity)};
    for (const auto& id : p.goal_columns) {
      const bool marked =
          std::find(act.departments.begin(), act.departments.end(), id) != act.departments.end();
      row.cells.push_back(text_cell(marked ? "X" : ""));
    }
    // The contributing departments as a list to type ("hbm; hor"): the X marks follow it.
    row.cells.push_back(editable_cell(p, field_of(TableId::Activities, act.row_id, "afdelingen")));
    return row;
  };
  m.columns.push_back({"Afdelingen (ids)", 1.6f, ColumnKind::Field});
  m.rows_of = TableId::Activities;
  m.parent_row = goal.row_id;
  return m;
}

// One row a table of simple rows: the given columns, each an editable field.
template <class RowsT>
TableModel simple_rows_model(const AppState& state, const char* id, const char* title, TableId table_id,
                             const RowsT* rows, std::vector<std::pair<const char*, const char*>> columns) {
  std::vector<ColumnSpec> specs;
  for (const auto& [header, key] : columns)
    specs.push_back({header, std::string_view(key) == "titel" ? 2.0f : 3.0f, ColumnKind::Field});
  TableModel m{id, title, std::move(specs), rows ? rows->size() : 0};
  m.row = [&state, rows, table_id, columns](std::size_t i) {
    const RowId row_id = (*rows)[i].row_id;
    TableRow row;
    row.record = RowRef{table_id, row_id};
    for (const auto& [header, key] : columns) {
      DisplayCell cell = editable_cell(*state.programme, field_of(table_id, row_id, key));
      cell.source = &(*rows)[i].source;
      row.cells.push_back(std::move(cell));
    }
    return row;
  };
  m.rows_of = table_id;
  return m;
}

TableModel goals_model(const AppState& state) {
  return simple_rows_model(state, "doelen", "Doelen", TableId::Goals,
                           state.programme ? &state.programme->goals : nullptr,
                           {{"Soort", "soort"}, {"Titel", "titel"}, {"Hoofddoel", "hoofddoel"}});
}

TableModel vrt_model(const AppState& state) {
  return simple_rows_model(state, "vrt", "Focuspunten Veiligheidsregio Twente", TableId::VrtFocus,
                           state.programme ? &state.programme->vrt_focus : nullptr,
                           {{"Focuspunt", "titel"}, {"Toelichting", "tekst"}});
}

} // namespace vth::ui
