#pragma once
// Scenarios in the interface: the adopted programme is locked; every edit
// belongs to a scenario (the first edit on the adopted programme starts one).
// Switching reverts the current changes and applies the other scenario's.

#include "app_state.hpp"

#include "core/output/charts.hpp" // NamedResults

#include <optional>
#include <string>

namespace vth::ui {

// The value `pointer` has in the adopted programme.
std::optional<std::int64_t> adopted_value(const AppState& state, const std::string& pointer);

// Sets a value in the current scenario (starting one on the adopted programme),
// keeping the scenario's change list and the adopted values up to date.
// `value` must already be valid for the field.
void set_in_scenario(AppState& state, const std::string& pointer, std::optional<std::int64_t> value);

int new_scenario(AppState& state, std::string name = {}); // returns its index; switches to it
void switch_scenario(AppState& state, int index);         // -1: the adopted programme
int duplicate_scenario(AppState& state, int index);
void delete_scenario(AppState& state, int index);
bool rename_scenario(AppState& state, int index, const std::string& name);

// Puts a value back to its adopted value (as an undoable edit).
void reset_value(AppState& state, const std::string& pointer);
// Puts every value of the current scenario back.
void reset_scenario(AppState& state);

std::string current_scenario_name(const AppState& state); // "Vastgesteld programma" for -1
std::string unique_scenario_name(const AppState& state, const std::string& wanted);

// For as long as it lives, the programme holds the values of scenario `index`
// (-1: the adopted programme) instead of the current one's; then they are put
// back exactly. Nothing else changes: not the current scenario, the results,
// the revision, a refused field's message or the undo history. For computing
// another scenario, never while a frame is drawn.
class ProgrammeAs {
public:
  ProgrammeAs(AppState& state, int index);
  ~ProgrammeAs();
  ProgrammeAs(const ProgrammeAs&) = delete;
  ProgrammeAs& operator=(const ProgrammeAs&) = delete;

private:
  AppState& state_;
  const Changes* now_;   // the current scenario's changes (null: the adopted programme)
  const Changes* shown_; // those of the scenario the programme holds meanwhile
};

// Results of each scenario in `indices` (-1 = the adopted programme), each
// computed on the one programme copy without changing anything the user sees.
std::vector<Results> compare_results(AppState& state, const std::vector<int>& indices);
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
