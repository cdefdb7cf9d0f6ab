#pragma once
// Scenarios in the interface: the adopted programme is locked; every change
// belongs to a scenario (the first change on the adopted programme starts one).
// The programme on screen is always the adopted programme with the current
// scenario's changes applied; other scenarios are calculated beside it
// (run_scenario()), never by changing what is on screen.

#include "app_state.hpp"

#include "core/output/charts.hpp" // NamedResults

#include <optional>
#include <string>

namespace vth::ui {

// The current scenario's changes; null for the adopted programme.
const ChangeList* current_changes(const AppState& state);
// The value a field has in the adopted programme (nullopt: empty, or the row is new).
std::optional<std::int64_t> adopted_number(const AppState& state, const FieldRef& field);
// Whether the current scenario changes the field (its value, or its row is new).
bool is_changed(const AppState& state, const FieldRef& field);

// Gives scenario `index` this list of changes and, when it is the current one,
// shows it (no history: the commands keep that).
void set_scenario_changes(AppState& state, int index, ChangeList changes);

// Adds a scenario at the end of the list with a new identity (OpenScenario::uid),
// without showing it; returns its index. Every scenario comes in this way.
int insert_scenario(AppState& state, Scenario scenario);
// The index of the scenario with this identity, or -1.
int scenario_index(const AppState& state, std::string_view uid);
// Takes a scenario out of the list (and its steps out of the history); the one
// on screen stays unless it is this one (then the adopted programme is shown).
void erase_scenario(AppState& state, int index);
// Takes the steps of one scenario out of the history (its changes came from elsewhere).
void drop_history_of(AppState& state, std::string_view uid);

int new_scenario(AppState& state, std::string name = {}); // returns its index; switches to it
void switch_scenario(AppState& state, int index);         // -1: the adopted programme
int duplicate_scenario(AppState& state, int index);
// Deletes a scenario for good, also from the browser's storage (the interface asks first).
void delete_scenario(AppState& state, int index);
bool rename_scenario(AppState& state, int index, const std::string& name);
// Adds a scenario (from a link or a file) under a name not yet taken, and shows it.
// Refused, with nothing added, when its changes do not apply to the adopted programme.
Result<int> add_scenario(AppState& state, Scenario scenario);

// Puts a value back to its adopted value (as an undoable change).
void reset_value(AppState& state, const FieldRef& field);
// Takes every change of the current scenario back (undoable).
void reset_scenario(AppState& state);

std::string current_scenario_name(const AppState& state); // "Vastgesteld programma" for -1
std::string unique_scenario_name(const AppState& state, const std::string& wanted);

// Results of each scenario in `indices` (-1 = the adopted programme): the
// current one's and the adopted programme's are there already, every other
// costs one calculation. Nothing the user sees changes.
std::vector<Results> compare_results(const AppState& state, const std::vector<int>& indices);
// The same, kept in AppState until the next change or other columns (views call it every frame).
const std::vector<Results>& cached_compare_results(AppState& state, const std::vector<int>& indices);

// The adopted programme's results and every scenario's by name, from that cache
// (valid until the cache is next asked for other columns).
struct AllScenarioResults {
  const Results* adopted = nullptr;
  std::vector<NamedResults> scenarios;
};
AllScenarioResults all_scenario_results(AppState& state);

} // namespace vth::ui
