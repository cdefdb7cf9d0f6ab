#include "scenarios.hpp"

#include "commands.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"

#include <algorithm>
#include <numeric>

namespace vth::ui {
namespace {

// Applies a change set on top of the adopted values (recording those first).
void apply_scenario_changes(AppState& state, const Changes& changes) {
  for (const auto& [pointer, value] : changes) {
    const auto field = find_field(*state.programme, pointer);
    if (!field) continue;
    state.adopted_values.try_emplace(pointer, field->value);
    set_field(*state.programme, pointer, value);
  }
}

// Puts every value of a change set back to its adopted value.
void revert_scenario_changes(AppState& state, const Changes& changes) {
  for (const auto& [pointer, value] : changes) {
    (void)value;
    auto it = state.adopted_values.find(pointer);
    if (it != state.adopted_values.end()) set_field(*state.programme, pointer, it->second);
  }
}

void changed(AppState& state) {
  ++state.revision;
  recalculate(state);
}

} // namespace

std::optional<std::int64_t> adopted_value(const AppState& state, const std::string& pointer) {
  auto it = state.adopted_values.find(pointer);
  if (it != state.adopted_values.end()) return it->second;
  const auto field = state.programme ? find_field(*state.programme, pointer) : std::nullopt;
  return field ? field->value : std::nullopt;
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

void set_in_scenario(AppState& state, const std::string& pointer, std::optional<std::int64_t> value) {
  if (!state.programme) return;
  if (state.current < 0) {
    // The adopted programme is locked: the first change starts a scenario.
    state.scenarios.push_back({unique_scenario_name(state, ""), {}});
    state.current = static_cast<int>(state.scenarios.size()) - 1;
  }
  const auto before = find_field(*state.programme, pointer);
  if (!before) return;
  state.adopted_values.try_emplace(pointer, before->value);
  set_field(*state.programme, pointer, value);
  Changes& changes = state.scenarios[static_cast<std::size_t>(state.current)].changes;
  if (value == state.adopted_values[pointer])
    changes.erase(pointer);
  else
    changes[pointer] = value;
  changed(state);
}

int new_scenario(AppState& state, std::string name) {
  switch_scenario(state, -1);
  state.scenarios.push_back({unique_scenario_name(state, name), {}});
  state.current = static_cast<int>(state.scenarios.size()) - 1;
  changed(state);
  return state.current;
}

void switch_scenario(AppState& state, int index) {
  if (!state.programme || index == state.current) return;
  if (index >= static_cast<int>(state.scenarios.size())) return;
  if (state.current >= 0)
    revert_scenario_changes(state, state.scenarios[static_cast<std::size_t>(state.current)].changes);
  state.current = index;
  if (index >= 0) apply_scenario_changes(state, state.scenarios[static_cast<std::size_t>(index)].changes);
  state.field_error = {};
  changed(state);
}

int duplicate_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return -1;
  Scenario copy = state.scenarios[static_cast<std::size_t>(index)];
  copy.name = unique_scenario_name(state, copy.name + " (kopie)");
  state.scenarios.push_back(std::move(copy));
  switch_scenario(state, static_cast<int>(state.scenarios.size()) - 1);
  return state.current;
}

void delete_scenario(AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return;
  switch_scenario(state, -1);
  state.scenarios.erase(state.scenarios.begin() + index);
  // Indices in the history and the comparison refer to positions: start them afresh.
  state.undo_stack.clear();
  state.redo_stack.clear();
  state.compare.erase(std::remove(state.compare.begin(), state.compare.end(), index), state.compare.end());
  for (int& c : state.compare)
    if (c > index) --c;
  changed(state);
}

bool rename_scenario(AppState& state, int index, const std::string& name) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size()) || name.empty()) return false;
  for (std::size_t i = 0; i < state.scenarios.size(); ++i)
    if (static_cast<int>(i) != index && state.scenarios[i].name == name) return false;
  state.scenarios[static_cast<std::size_t>(index)].name = name;
  ++state.revision;
  return true;
}

void reset_value(AppState& state, const std::string& pointer) {
  if (state.current < 0 || !state.programme) return;
  const auto now = find_field(*state.programme, pointer);
  const auto adopted = adopted_value(state, pointer);
  if (!now || now->value == adopted) return;
  state.undo_stack.push_back({current_scenario_name(state), state.current, pointer, now->value, adopted});
  state.redo_stack.clear();
  set_in_scenario(state, pointer, adopted);
}

void reset_scenario(AppState& state) {
  if (state.current < 0) return;
  const Changes changes = state.scenarios[static_cast<std::size_t>(state.current)].changes;
  for (const auto& [pointer, value] : changes) {
    (void)value;
    reset_value(state, pointer);
  }
}

namespace {

const Changes* changes_of(const AppState& state, int index) {
  if (index < 0 || index >= static_cast<int>(state.scenarios.size())) return nullptr;
  return &state.scenarios[static_cast<std::size_t>(index)].changes;
}

} // namespace

ProgrammeAs::ProgrammeAs(AppState& state, int index) : state_(state), now_(changes_of(state, state.current)) {
  shown_ = index == state.current ? now_ : changes_of(state, index);
  if (!state_.programme || shown_ == now_) return;
  if (now_) revert_scenario_changes(state_, *now_);
  if (shown_) apply_scenario_changes(state_, *shown_);
}

ProgrammeAs::~ProgrammeAs() {
  if (!state_.programme || shown_ == now_) return;
  if (shown_) revert_scenario_changes(state_, *shown_);
  if (now_) apply_scenario_changes(state_, *now_);
}

std::vector<Results> compare_results(AppState& state, const std::vector<int>& indices) {
  std::vector<Results> out;
  if (!state.programme) return out;
  if (!state.analysis) state.analysis = analyse(*state.programme);
  for (int index : indices) {
    if (index == state.current) {
      out.push_back(state.results);
      continue;
    }
    const ProgrammeAs other(state, index);
    out.push_back(calculate(*state.programme, state.analysis));
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
