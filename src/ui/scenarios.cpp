#include "scenarios.hpp"

#include "commands.hpp"
#include "work_store.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"
#include "core/scenario/scenario_results.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace vth::ui {
namespace {

void changed(AppState& state) {
  ++state.revision;
  recalculate(state);
}

// Shows scenario `index` (-1: the adopted programme): its programme and results.
void show(AppState& state, int index) {
  state.current = index;
  const ChangeList* changes = current_changes(state);
  if (!changes || changes->empty()) {
    state.programme = *state.adopted; // shares every row
    state.analysis = state.adopted_analysis;
    state.results = state.adopted_results;
    ++state.revision;
    return;
  }
  Result<Programme> p = materialise(*state.adopted, *changes);
  // A scenario's changes were checked when they were made or read; they always apply.
  state.programme = p ? std::move(*p) : *state.adopted;
  state.analysis = changes_analysis(*changes) ? analyse(*state.programme) : state.adopted_analysis;
  changed(state);
}

// The changes other than values, in order: what decides the programme's shape.
ChangeList shape_of(const ChangeList& changes) {
  ChangeList out;
  for (const Change& c : changes)
    if (c.kind != ChangeKind::SetValue) out.push_back(c);
  return out;
}

// The value a list gives a field: its own change, or the adopted value.
std::optional<std::int64_t> value_in(const AppState& state, const ChangeList& changes,
                                     const FieldRef& field) {
  for (const Change& c : changes)
    if (c.kind == ChangeKind::SetValue && c.field == field) return c.value;
  return number_at(*state.adopted, field);
}

// Shows `after` where `before` is on screen and the two differ in values only:
// the values that differ are set where they are (a 100.000-line programme is
// not rebuilt for one number). Returns false when the shape differs.
bool show_values(AppState& state, const ChangeList& before, const ChangeList& after) {
  if (shape_of(before) != shape_of(after)) return false;
  std::vector<FieldRef> fields;
  for (const ChangeList* list : {&before, &after})
    for (const Change& c : *list)
      if (c.kind == ChangeKind::SetValue) fields.push_back(c.field);
  for (const FieldRef& f : fields) {
    const auto value = value_in(state, after, f);
    if (number_at(*state.programme, f) != value && !set_number(*state.programme, f, value)) return false;
  }
  changed(state);
  return true;
}

} // namespace

const ChangeList* current_changes(const AppState& state) {
  if (state.current < 0 || state.current >= static_cast<int>(state.scenarios.size())) return nullptr;
  return &state.scenarios[static_cast<std::size_t>(state.current)].changes;
}

std::optional<std::int64_t> adopted_number(const AppState& state, const FieldRef& field) {
  return state.adopted ? number_at(*state.adopted, field) : std::nullopt;
}

bool is_changed(const AppState& state, const FieldRef& field) {
  const ChangeList* changes = current_changes(state);
  return changes && (sets_field(*changes, field) || adds_row(*changes, {field.table, field.row}));
}

void set_scenario_changes(AppState& state, int index, ChangeList changes) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return;
  ChangeList& list = state.scenarios[static_cast<std::size_t>(index)].changes;
  const ChangeList before = std::exchange(list, std::move(changes));
  if (index != state.current) {
    ++state.revision; // the comparison and the report follow
    return;
  }
  // Values only: set in place. The analysis stays (it depends on the shape alone).
  if (!show_values(state, before, list)) show(state, index);
}

std::string current_scenario_name(const AppState& state) {
  if (state.current < 0 || state.current >= static_cast<int>(state.scenarios.size()))
    return "Vastgesteld programma";
  return state.scenarios[static_cast<std::size_t>(state.current)].name;
}

std::string unique_scenario_name(const AppState& state, const std::string& wanted) {
  auto taken = [&](const std::string& n) {
    return std::any_of(state.scenarios.begin(), state.scenarios.end(),
                       [&](const Scenario& s) { return s.name == n; });
  };
  if (wanted.empty()) { // "Scenario 1", "Scenario 2", ...
    for (int i = 1;; ++i)
      if (const std::string name = "Scenario " + std::to_string(i); !taken(name)) return name;
  }
  if (!taken(wanted)) return wanted;
  for (int i = 2;; ++i) // "Meer toezicht (2)"
    if (const std::string name = wanted + " (" + std::to_string(i) + ")"; !taken(name)) return name;
}

std::string new_uid(AppState& state) {
  if (state.platform.store.new_id) return state.platform.store.new_id();
  static std::uint64_t counter = 0; // native tests: unique within the process, also across states
  return "lokaal-" + std::to_string(++counter);
}

int insert_scenario(AppState& state, Scenario scenario) {
  OpenScenario s;
  static_cast<Scenario&>(s) = std::move(scenario);
  s.uid = new_uid(state);
  s.created_ms = s.changed_ms = now_ms(state);
  state.scenarios.push_back(std::move(s));
  ++state.revision;
  return static_cast<int>(state.scenarios.size()) - 1;
}

int scenario_index(const AppState& state, std::string_view uid) {
  for (std::size_t i = 0; i < state.scenarios.size(); ++i)
    if (state.scenarios[i].uid == uid) return static_cast<int>(i);
  return -1;
}

void drop_history_of(AppState& state, std::string_view uid) {
  for (auto* stack : {&state.undo_stack, &state.redo_stack})
    stack->erase(std::remove_if(stack->begin(), stack->end(),
                                [&](const UndoStep& step) { return step.scenario_uid == uid; }),
                 stack->end());
}

void erase_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return;
  drop_history_of(state, state.scenarios[static_cast<std::size_t>(index)].uid);
  state.scenarios.erase(state.scenarios.begin() + index);
  // The comparison refers to positions.
  state.compare.erase(std::remove(state.compare.begin(), state.compare.end(), index), state.compare.end());
  for (int& c : state.compare)
    if (c > index) --c;
  if (state.current == index) {
    show(state, -1);
  } else {
    if (state.current > index) --state.current;
    ++state.revision;
  }
}

int new_scenario(AppState& state, std::string name) {
  if (!state.adopted) return -1;
  show(state, insert_scenario(state, {unique_scenario_name(state, name), {}, {}, {}}));
  return state.current;
}

void switch_scenario(AppState& state, int index) {
  if (!state.adopted || index == state.current) return;
  if (index < -1 || index >= static_cast<int>(state.scenarios.size())) return;
  state.field_error = {};
  show(state, index);
}

Result<int> add_scenario(AppState& state, Scenario s) {
  if (!state.adopted) return refusal("er is geen programma geopend");
  if (Result<Programme> applied = materialise(*state.adopted, s.changes); !applied) return applied.refusal();
  // The same scenario again (a link opened twice): shown, not added twice.
  for (std::size_t i = 0; i < state.scenarios.size(); ++i) {
    const Scenario& have = state.scenarios[i];
    if (have.name == s.name && have.changes == s.changes && have.sender == s.sender && have.note == s.note) {
      switch_scenario(state, static_cast<int>(i));
      return static_cast<int>(i);
    }
  }
  s.name = unique_scenario_name(state, s.name.empty() ? "Gedeeld scenario" : s.name);
  show(state, insert_scenario(state, std::move(s)));
  return state.current;
}

int duplicate_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return -1;
  Scenario copy = state.scenarios[static_cast<std::size_t>(index)];
  copy.name = unique_scenario_name(state, copy.name + " (kopie)");
  show(state, insert_scenario(state, std::move(copy)));
  return state.current;
}

void delete_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return;
  forget_stored_scenario(state, state.scenarios[static_cast<std::size_t>(index)]);
  erase_scenario(state, index);
}

bool rename_scenario(AppState& state, int index, const std::string& name) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size()) || name.empty()) return false;
  for (std::size_t i = 0; i < state.scenarios.size(); ++i)
    if (static_cast<int>(i) != index && state.scenarios[i].name == name) return false;
  state.scenarios[static_cast<std::size_t>(index)].name = name;
  ++state.revision;
  return true;
}

void reset_value(AppState& state, const FieldRef& field) {
  if (state.current < 0 || !state.programme || !field_exists(*state.adopted, field)) return;
  if (number_at(*state.programme, field) == number_at(*state.adopted, field)) return;
  (void)apply_to_scenario(state,
                          set_value(field, number_at(*state.adopted, field))); // its adopted value fits
}

void reset_scenario(AppState& state) {
  if (state.current < 0) return;
  OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
  if (s.changes.empty()) return;
  state.undo_stack.push_back({s.uid, s.name, "alle wijzigingen teruggezet", s.changes, {}});
  state.redo_stack.clear();
  set_scenario_changes(state, state.current, {});
}

std::vector<Results> compare_results(const AppState& state, const std::vector<int>& indices) {
  std::vector<Results> out;
  if (!state.adopted) return out;
  for (int index : indices) {
    if (index == state.current) {
      out.push_back(state.results);
    } else if (index < 0 || index >= static_cast<int>(state.scenarios.size())) {
      out.push_back(state.adopted_results);
    } else {
      // Beside the programme on screen, never instead of it.
      Result<ScenarioRun> run = run_scenario(*state.adopted, state.adopted_analysis, state.adopted_results,
                                             state.scenarios[static_cast<std::size_t>(index)].changes);
      out.push_back(run ? std::move(run->results) : state.adopted_results);
    }
  }
  return out;
}

const std::vector<Results>& cached_compare_results(AppState& state, const std::vector<int>& indices) {
  if (state.compare_cache_revision != state.revision || state.compare_cache_columns != indices) {
    state.compare_cache = compare_results(state, indices); // only when something changed, not per frame
    state.compare_cache_revision = state.revision;
    state.compare_cache_columns = indices;
  }
  return state.compare_cache;
}

AllScenarioResults all_scenario_results(AppState& state) {
  std::vector<int> columns(state.scenarios.size() + 1);
  std::iota(columns.begin(), columns.end(), -1); // the adopted programme, then every scenario
  const std::vector<Results>& results = cached_compare_results(state, columns);
  AllScenarioResults out;
  if (results.empty()) return out;
  out.adopted = &results[0];
  for (std::size_t i = 0; i < state.scenarios.size(); ++i)
    out.scenarios.push_back({state.scenarios[i].name, &results[i + 1]});
  return out;
}

} // namespace vth::ui
