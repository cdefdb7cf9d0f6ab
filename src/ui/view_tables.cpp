// Which of its tables each view shows and exports, and the actions on the
// current view's table (copy, CSV) and scenario (link, file).

#include "view_tables.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "view_models.hpp"

namespace vth::ui {
namespace {

ViewTables one(TableModel model) {
  ViewTables t;
  t.exported = model;
  t.shown.push_back(std::move(model));
  return t;
}

ViewTables odt_tables(const AppState& state) {
  if (state.odt_tab >= 0 && state.odt_tab < 4)
    return one(odt_products_model(state, kOdtParts[state.odt_tab]));
  ViewTables t = one(odt_parts_model(state)); // "Projecten en overig"
  t.shown.push_back(odt_hours_items_model(state, "lokale_projecten"));
  t.shown.push_back(odt_hours_items_model(state, "werkvoorraad"));
  return t;
}

ViewTables goals_tables(const AppState& state) {
  ViewTables t;
  t.shown.push_back(goals_model(state));
  std::vector<TablePart> parts;
  if (state.programme)
    for (std::size_t g = 0; g < state.programme->goals.size(); ++g)
      if (state.programme->goals[g].kind == "focuspunt") {
        t.shown.push_back(goal_activities_model(state, g));
        parts.push_back({state.programme->goals[g].title, t.shown.back()});
      }
  t.exported = stacked_model("doelen", "Doelen en activiteiten", "Doel", std::move(parts));
  t.shown.push_back(vrt_model(state));
  return t;
}

ViewTables scenario_tables(AppState& state) {
  ViewTables t = one(scenario_list_model(state));
  t.exported = scenario_changes_model(state);
  if (t.exported.row_count > 0) t.shown.push_back(t.exported);
  const std::vector<int> columns = compare_columns(state);
  if (state.programme && columns.size() > 1)
    t.shown.push_back(scenario_compare_model(state, columns, cached_compare_results(state, columns)));
  return t;
}

} // namespace

ViewTables view_tables(AppState& state, View view) {
  ViewTables t;
  switch (view) {
  case View::Overview:
    t = one(overview_departments_model(state));
    t.shown.push_back(odt_parts_model(state));
    break;
  case View::Capacity:
    t = one(capacity_departments_model(state));
    t.shown.push_back(capacity_work_model(state));
    t.exported = t.shown.back(); // the work lines, as the CSV of a large programme needs
    break;
  case View::Odt:
    t = odt_tables(state);
    break;
  case View::Regional:
    t = one(regional_split_model(state));
    t.shown.push_back(regional_items_model(state, "projecten"));
    t.shown.push_back(regional_items_model(state, "diensten"));
    break;
  case View::Energy:
    t.shown = {energy_model(state, "energie"), energy_model(state, "spuk_the")};
    t.exported = stacked_model("energie-spuk", "Energie en SPUK THE", "Programma",
                               {{"Energie", t.shown[0]}, {"SPUK THE", t.shown[1]}});
    break;
  case View::Protocol:
    t = one(protocol_model(state));
    t.shown.insert(t.shown.begin(), protocol_groups_model(state));
    break;
  case View::Goals:
    t = goals_tables(state);
    break;
  case View::Checks:
    t.shown = {findings_model(state), assumptions_model(state)};
    t.exported = stacked_model("controles", "Controles en aannames", "Lijst",
                               {{"Bevinding", t.shown[0]}, {"Aanname", t.shown[1]}});
    break;
  case View::Scenarios:
    t = scenario_tables(state);
    break;
  case View::Work:
    t = one(stored_work_model(state));
    break;
  case View::Help: // text only
    break;
  }
  return t;
}

Table view_table(AppState& state, View view) { return export_table(view_tables(state, view).exported); }

Table current_table(AppState& state) { return view_table(state, state.view); }

void copy_current_table(AppState& state) {
  const Table t = current_table(state);
  if (t.headers.empty()) {
    state.status = "Dit scherm heeft geen tabel om te kopiëren.";
    return;
  }
  if (state.platform.copy_text) state.platform.copy_text(table_to_tsv(t));
  state.status = "Tabel '" + t.title + "' gekopieerd (" + std::to_string(t.rows.size()) + " rijen).";
}

void save_current_table_csv(AppState& state) {
  const Table t = current_table(state);
  if (t.headers.empty()) {
    state.status = "Dit scherm heeft geen tabel om op te slaan.";
    return;
  }
  const std::string name = std::string("vth-") + view_key(state.view) + ".csv";
  if (state.platform.save_file) state.platform.save_file(name, table_to_csv(t));
  state.status = "Tabel '" + t.title + "' opgeslagen als " + name;
}

std::string share_link(AppState& state) {
  std::string why_not;
  const auto payload = share_payload(state, why_not);
  if (!payload) {
    state.status = "Geen link: " + why_not + ".";
    return {};
  }
  return state.platform.page_url + "#s=" + *payload + "&view=" + view_key(state.view);
}

void copy_share_link(AppState& state) {
  const std::string link = share_link(state);
  if (link.empty()) return;
  if (state.platform.copy_text) state.platform.copy_text(link);
  state.status = "Link naar '" + current_scenario_name(state) + "' gekopieerd (" +
                 std::to_string(link.size()) + " tekens).";
  // A file: address opens only where that file is: the partner pastes it into their own copy.
  if (link.rfind("file:", 0) == 0)
    state.status += " Deze link verwijst naar dit bestand op deze computer: de ontvanger opent zijn eigen "
                    "vth-planner.html (of de VTH-planner-site) en plakt de link daarin met Ctrl+V.";
}

void save_scenario_file(AppState& state, bool include_programme) {
  if (!state.programme || !state.platform.save_file) return;
  const std::string part = file_name_part(current_scenario_name(state));
  const std::string name = part.empty() ? "scenario" : "scenario-" + part;
  state.platform.save_file(name + ".json", current_scenario_file(state, include_programme));
  state.status = "Scenario opgeslagen als " + name + ".json";
}

} // namespace vth::ui
