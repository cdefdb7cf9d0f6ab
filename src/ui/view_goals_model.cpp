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
               {{"Aanpak", 2.0f, ColumnKind::WrappedText}, {"Activiteit", 4.0f, ColumnKind::WrappedText}},
               goal.activities.size(),
               {},
               {}};
  for (const auto& id : p.goal_columns)
    m.columns.push_back({short_name(department_name(p, id)), 0.8f, ColumnKind::Centred});
  m.row = [&p, &goal](std::size_t a) {
    const GoalActivity& act = goal.activities[a];
    TableRow row;
    row.record = RowRef{TableId::Activities, act.row_id};
    DisplayCell activity = text_cell(act.activity);
    activity.source = &act.source;
    activity.field = "afdelingen";
    row.cells = {text_cell(act.approach), std::move(activity)};
    for (const auto& id : p.goal_columns) {
      const bool marked =
          std::find(act.departments.begin(), act.departments.end(), id) != act.departments.end();
      row.cells.push_back(text_cell(marked ? "X" : ""));
    }
    return row;
  };
  return m;
}

} // namespace vth::ui
