#include "commands.hpp"

#include "scenarios.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"
#include "core/io/programme_io.hpp"
#include "core/scenario/scenario.hpp"

#include <cctype>

namespace vth::ui {

const char* view_key(View view) {
  switch (view) {
  case View::Overview:
    return "overzicht";
  case View::Capacity:
    return "capaciteit";
  case View::Odt:
    return "odt";
  case View::Regional:
    return "regionaal";
  case View::Energy:
    return "energie";
  case View::Protocol:
    return "protocol";
  case View::Goals:
    return "doelen";
  case View::Checks:
    return "controles";
  case View::Scenarios:
    return "scenarios";
  }
  return "";
}

std::optional<View> view_by_key(std::string_view key) {
  for (View v : kViews)
    if (key == view_key(v)) return v;
  return std::nullopt;
}

const char* view_title(View view) {
  switch (view) {
  case View::Overview:
    return "Overzicht";
  case View::Capacity:
    return "Capaciteit";
  case View::Odt:
    return "ODT-programma";
  case View::Regional:
    return "Regionale verdeling";
  case View::Energy:
    return "Energie";
  case View::Protocol:
    return "Toezichtprotocol";
  case View::Goals:
    return "Doelen";
  case View::Checks:
    return "Controles & aannames";
  case View::Scenarios:
    return "Scenario's";
  }
  return "";
}

void recalculate(AppState& state) {
  if (!state.programme) return;
  if (!state.analysis) state.analysis = analyse(*state.programme);
  state.results = calculate(*state.programme, state.analysis);
}

Issues refuse(AppState& state, const std::string& what, Issues issues) {
  state.refused_file = what;
  state.refused_issues = issues;
  state.show_refused = true;
  ++state.refusals;
  return issues;
}

Issues refuse_oversized_file(AppState& state, const std::string& file_name) {
  return refuse(state, file_name, {file_too_large_issue()});
}

Issues open_programme(AppState& state, std::string_view json_text, const std::string& file_name) {
  ReadResult read = read_programme(json_text);
  if (!read.programme) return refuse(state, file_name, std::move(read.issues));
  state.programme = std::move(read.programme);
  state.adopted_values.clear();
  state.scenarios.clear();
  state.current = -1;
  state.compare.clear();
  // The identity of the adopted programme is its file as opened; the text is kept when small.
  state.baseline_id = text_fingerprint(json_text);
  state.baseline_text.reset();
  if (json_text.size() <= kMaxKeptProgrammeBytes) state.baseline_text = std::string(json_text);
  state.builtin_programme = false;
  ++state.revision;
  state.analysis.reset();
  state.file_name = file_name;
  state.undo_stack.clear();
  state.redo_stack.clear();
  state.field_error = {};
  state.jump_pointer.clear();
  state.capacity_department = -1;
  recalculate(state);
  return {};
}

std::optional<std::string> edit_value(AppState& state, const std::string& pointer, std::string_view text) {
  if (!state.programme) return std::string("er is geen programma geopend");
  const auto before = find_field(*state.programme, pointer);
  // Parse and check on the field itself; a refusal leaves everything as it was.
  if (auto refused = set_field_text(*state.programme, pointer, text)) {
    state.field_error = {pointer, *refused};
    return refused;
  }
  if (state.field_error.pointer == pointer) state.field_error = {};
  const auto after = find_field(*state.programme, pointer);
  if (before && after && before->value != after->value) {
    set_field(*state.programme, pointer, before->value); // set_in_scenario records it properly
    set_in_scenario(state, pointer, after->value);
    state.undo_stack.push_back(
        {current_scenario_name(state), state.current, pointer, before->value, after->value});
    state.redo_stack.clear();
  }
  return std::nullopt;
}

namespace {

bool replay(AppState& state, std::vector<Edit>& from, std::vector<Edit>& to, bool forward) {
  if (from.empty() || !state.programme) return false;
  Edit e = from.back();
  from.pop_back();
  // An edit belongs to its scenario: go there first.
  if (e.scenario_index >= static_cast<int>(state.scenarios.size())) return false;
  switch_scenario(state, e.scenario_index);
  set_in_scenario(state, e.pointer, forward ? e.after : e.before);
  to.push_back(std::move(e));
  state.field_error = {};
  return true;
}

} // namespace

bool undo(AppState& state) { return replay(state, state.undo_stack, state.redo_stack, false); }
bool redo(AppState& state) { return replay(state, state.redo_stack, state.undo_stack, true); }

void jump_to(AppState& state, const std::string& pointer) {
  auto starts = [&](const char* prefix) { return pointer.rfind(prefix, 0) == 0; };
  if (starts("/werk") || starts("/afdelingen") || starts("/instellingen/productieve"))
    state.view = View::Capacity;
  else if (starts("/odt")) {
    state.view = View::Odt;
    const char* parts[] = {"/odt/vergunningen", "/odt/toezicht", "/odt/handhaving", "/odt/advies"};
    state.odt_tab = 4; // projects, local projects, work stock and printed totals
    for (int i = 0; i < 4; ++i)
      if (starts(parts[i]) ||
          pointer.find(std::string("/gedrukte_totalen/") + (parts[i] + 5)) != std::string::npos)
        state.odt_tab = i;
  } else if (starts("/regionaal") || starts("/instellingen/odt_uurtarief"))
    state.view = View::Regional;
  else if (starts("/energie") || starts("/spuk_the"))
    state.view = View::Energy;
  else if (starts("/toezichtprotocol"))
    state.view = View::Protocol;
  else if (starts("/doelen") || starts("/vrt"))
    state.view = View::Goals;
  else
    state.view = View::Checks;
  if (state.view == View::Capacity) state.capacity_department = -1;
  state.jump_pointer = pointer;
  state.jump_pending = true;
}

std::string programme_file_text(const AppState& state) {
  return state.programme ? write_programme(*state.programme) : std::string();
}

std::string suggested_file_name(const AppState& state) {
  if (!state.programme) return "programma.json";
  std::string name;
  for (char c : state.programme->municipality + "-" + std::to_string(state.programme->year)) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      name += static_cast<char>(std::tolower(u));
    else if (!name.empty() && name.back() != '-')
      name += '-';
  }
  return "vth-programma-" + name + ".json";
}

} // namespace vth::ui
