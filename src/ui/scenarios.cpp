#include "scenarios.hpp"

#include "commands.hpp"

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
  const std::string base = wanted.empty() ? "Scenario" : wanted;
  if (!wanted.empty() && !taken(base)) return base;
  for (int i = wanted.empty() ? 1 : 2;; ++i) {
    const std::string name = base + " " + std::to_string(i);
    if (!taken(name)) return name;
  }
}

int new_scenario(AppState& state, std::string name) {
  if (!state.adopted) return -1;
  state.scenarios.push_back({unique_scenario_name(state, name), {}, {}, {}});
  show(state, static_cast<int>(state.scenarios.size()) - 1);
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
  s.name = unique_scenario_name(state, s.name.empty() ? "Gedeeld scenario" : s.name);
  state.scenarios.push_back(std::move(s));
  show(state, static_cast<int>(state.scenarios.size()) - 1);
  return state.current;
}

int duplicate_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return -1;
  Scenario copy = state.scenarios[static_cast<std::size_t>(index)];
  copy.name = unique_scenario_name(state, copy.name + " (kopie)");
  state.scenarios.push_back(std::move(copy));
  show(state, static_cast<int>(state.scenarios.size()) - 1);
  return state.current;
}

void delete_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return;
  state.scenarios.erase(state.scenarios.begin() + index);
  // Indices in the history and the comparison refer to positions: start them afresh.
  state.undo_stack.clear();
  state.redo_stack.clear();
  state.compare.erase(std::remove(state.compare.begin(), state.compare.end(), index), state.compare.end());
  for (int& c : state.compare)
    if (c > index) --c;
  show(state, -1);
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
  Scenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
  if (s.changes.empty()) return;
  state.undo_stack.push_back({state.current, s.name, "alle wijzigingen teruggezet", s.changes, {}});
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
      Result<ScenarioRun> run = run_scenario(*state.adopted, state.adopted_analysis,
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
