#include "commands.hpp"

#include "scenarios.hpp"
#include "work_store.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"
#include "core/fields/field_pointer.hpp"
#include "core/io/programme_io.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"
#include "core/scenario/next_year.hpp"
#include "core/scenario/own_input.hpp"
#include "core/scenario/scenario_findings.hpp"

#include <cctype>
#include <cstdio>
#include <ctime>

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
  case View::Work:
    return "recent";
  case View::Help:
    return "hulp";
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
  case View::Work:
    return "Recent werk";
  case View::Help:
    return "Help en toetsen"; // not "Help", the toolbar's button beside it
  }
  return "";
}

void recalculate(AppState& state) {
  if (!state.programme) return;
  if (!state.analysis) state.analysis = analyse(*state.programme);
  state.results = calculate(*state.programme, state.analysis);
  // In a scenario, what the user changed is a change, not a difference with the source.
  if (const ChangeList* changes = current_changes(state); changes && !changes->empty())
    state.results.findings = scenario_findings(*state.adopted, state.adopted_results.findings,
                                               *state.programme, state.results.findings);
}

Refusal refuse(AppState& state, const std::string& what, Refusal refusal) {
  state.refused_file = what;
  state.refused_issues = refusal.issues;
  state.show_refused = true;
  ++state.refusals;
  return refusal;
}

Refusal refuse_oversized_file(AppState& state, const std::string& file_name) {
  return refuse(state, file_name, Refusal{{file_too_large_issue()}});
}

Status open_programme(AppState& state, std::string_view json_text, const std::string& file_name) {
  Result<Programme> read = read_programme(json_text);
  if (!read) return refuse(state, file_name, read.refusal());
  leave_programme(state); // the work on screen stays stored and in memory (work_store.hpp)
  state.adopted = std::make_shared<const Programme>(std::move(*read));
  state.adopted_analysis = analyse(*state.adopted);
  state.adopted_results = calculate(*state.adopted, state.adopted_analysis);
  const std::string own = latest_own_input(*state.adopted);
  state.own_input_legend = own.empty() ? "eigen invoer" : "eigen invoer (t/m " + format_iso_date(own) + ")";
  state.programme = *state.adopted; // shares every row
  state.analysis = state.adopted_analysis;
  state.results = state.adopted_results;
  state.scenarios.clear();
  state.current = -1;
  state.compare.clear();
  // The identity of the adopted programme is its file as opened; the text is kept when small.
  state.baseline_id = text_fingerprint(json_text);
  state.baseline_text.reset();
  if (json_text.size() <= kMaxKeptProgrammeBytes) state.baseline_text = std::string(json_text);
  state.builtin_programme = state.builtin_id != 0 && state.baseline_id == state.builtin_id;
  ++state.revision;
  state.file_name = file_name;
  state.undo_stack.clear();
  state.redo_stack.clear();
  state.field_error = {};
  state.jump = {};
  state.capacity_department = -1;
  state.link_summary_uid.clear();
  ++state.opened;
  attach_stored_work(state, json_text);
  return {};
}

std::string refusal_note_text(const FieldError& error) {
  // The field shows its value again after a refusal: without the typed text in the note, a
  // user who typed fast (or pasted) would not know what was refused. A long entry keeps its
  // start and end (what was wrong may be at either); invisible characters are written out.
  constexpr std::size_t kShownChars = 30;
  const std::string typed = visible_text(shorten_middle(error.typed, kShownChars), false);
  if (typed.empty()) return "Geweigerd: " + error.message;
  return "Geweigerd ('" + typed + "'): " + error.message;
}

Status refuse_entry(AppState& state, const FieldRef& field, const Refusal& refusal, std::string_view typed) {
  state.field_error = {field, refusal.message(), false, std::string(typed)};
  return Status(refusal);
}

Result<Entry> preview_value(const AppState& state, const FieldRef& field, std::string_view text) {
  if (!state.programme) return refusal("er is geen programma geopend");
  return read_field_entry(*state.programme, field, text);
}

Status edit_value(AppState& state, const FieldRef& field, std::string_view text) {
  if (!state.programme) return refusal("er is geen programma geopend");
  const auto refuse_here = [&](const Refusal& r) { return refuse_entry(state, field, r, text); };
  const Result<Entry> entry = read_field_entry(*state.programme, field, text);
  if (!entry) return refuse_here(entry.refusal());
  if (state.field_error.field == field) state.field_error = {};
  if (number_at(*state.programme, field) == entry->value) return {};
  if (table(field.table).row_problem) {
    // The whole row must stay valid too (an energy line keeps hours, or kental and aantal).
    Programme probe = *state.programme; // shares every row; the edit copies one
    if (const Status typed = set_number_as_typed(probe, field, entry->value); !typed)
      return refuse_here(typed.refusal());
  }
  return apply_to_scenario(state, set_value(field, entry->value));
}

Status apply_to_scenario(AppState& state, const Change& change) {
  if (!state.programme || !state.adopted) return refusal("er is geen programma geopend");
  // Refused: nothing changes. A value is checked where it is; anything else is tried on a copy.
  if (change.kind == ChangeKind::SetValue) {
    if (Status ok = check_number(*state.programme, change.field, change.value); !ok) return ok;
  } else {
    Programme probe = *state.programme; // shares every row
    if (Status ok = vth::apply_change(probe, change); !ok) return ok;
  }
  if (state.current < 0) {
    // The adopted programme is locked: the first change starts a scenario.
    state.current = insert_scenario(state, {unique_scenario_name(state, ""), {}, {}, {}});
  }
  OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
  UndoStep step{s.uid, s.name, change_label(*state.adopted, *state.programme, change), s.changes, {}};
  step.after = record(*state.adopted, *state.programme, s.changes, change);
  if (change.kind == ChangeKind::SetValue) {
    const Column& c = column(change.field);
    const auto before = number_at(*state.programme, change.field);
    step.label += ": " + (before ? entry_text(c, *before) : std::string("n.v.t.")) + " → " +
                  (change.value ? entry_text(c, *change.value) : std::string("n.v.t."));
  }
  set_scenario_changes(state, state.current, step.after);
  state.undo_stack.push_back(std::move(step));
  state.redo_stack.clear();
  return {};
}

namespace {

bool replay(AppState& state, std::vector<UndoStep>& from, std::vector<UndoStep>& to, bool forward) {
  if (from.empty() || !state.programme) return false;
  UndoStep step = std::move(from.back());
  from.pop_back();
  // A step belongs to its scenario: go there first. (A deleted scenario takes its steps along.)
  const int index = scenario_index(state, step.scenario_uid);
  if (index < 0) return false;
  switch_scenario(state, index);
  set_scenario_changes(state, index, forward ? step.after : step.before);
  to.push_back(std::move(step));
  state.field_error = {};
  return true;
}

} // namespace

bool undo(AppState& state) { return replay(state, state.undo_stack, state.redo_stack, false); }
bool redo(AppState& state) { return replay(state, state.redo_stack, state.undo_stack, true); }

namespace {

View view_of_table(TableId table, int& odt_tab) {
  switch (table) {
  case TableId::Settings:
  case TableId::Departments:
  case TableId::Work:
    return View::Capacity;
  case TableId::OdtPermits:
  case TableId::OdtSupervision:
  case TableId::OdtEnforcement:
  case TableId::OdtAdvice:
    odt_tab = static_cast<int>(table) - static_cast<int>(TableId::OdtPermits);
    return View::Odt;
  case TableId::LocalProjects:
  case TableId::WorkStock:
    odt_tab = 4; // projects, local projects, work stock and printed totals
    return View::Odt;
  case TableId::RegionalProjects:
  case TableId::RegionalServices:
  case TableId::Partners:
    return View::Regional;
  case TableId::Energy:
  case TableId::Spuk:
    return View::Energy;
  case TableId::ProtocolGroups:
  case TableId::ProtocolItems:
    return View::Protocol;
  case TableId::Goals:
  case TableId::Activities:
  case TableId::VrtFocus:
    return View::Goals;
  case TableId::Meta:
  case TableId::SourceNotes:
    break;
  }
  return View::Checks;
}

void jump(AppState& state, TableId table, std::optional<RowRef> row) {
  state.view = view_of_table(table, state.odt_tab);
  // The tariff lives with the regional split, where it prices the hours.
  if (row && row->table == TableId::Settings) state.view = View::Capacity;
  if (state.view == View::Capacity) state.capacity_department = -1;
  state.jump = {table, row, true};
}

} // namespace

void jump_to(AppState& state, std::string_view pointer) {
  if (!state.programme) return;
  const auto l = locate(*state.programme, pointer);
  if (!l) {
    state.view = View::Checks;
    return;
  }
  std::optional<RowRef> row;
  if (l->at) row = RowRef{l->table, l->row};
  jump(state, l->table, row);
  if (l->table == TableId::Settings && l->column &&
      std::string_view(table(TableId::Settings).columns[*l->column].key) == "odt_uurtarief")
    state.view = View::Regional;
}

void jump_to_row(AppState& state, const RowRef& row) { jump(state, row.table, row); }

namespace {

// Today as "2026-12-05" from the C clock (UTC), where no platform says it (native tests).
// Not strftime: in the browser build that would link Emscripten's JavaScript strftime
// (2,1 KB to download) for a fallback the browser never takes.
std::string clock_today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char iso[40]; // room for any int the compiler cannot rule out (-Wformat-truncation)
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
  return iso;
}

} // namespace

std::string programme_file_text(const AppState& state) {
  if (!state.programme) return std::string();
  if (state.current < 0 || state.scenarios[state.current].changes.empty())
    return write_programme(*state.programme);
  // What the user typed is saved as their own input, with today's date (own_input.hpp).
  Programme saved = *state.programme; // shares its rows: only the marked ones are copied
  const std::string today = state.platform.today ? state.platform.today() : clock_today();
  mark_own_input(saved, state.scenarios[state.current].changes, today);
  return write_programme(saved);
}

Status open_next_year(AppState& state) {
  if (!state.programme) return refusal("er is geen programma geopend");
  const Programme next = next_year(*state.programme);
  const std::string text = write_programme(next);
  const std::string name = "vth-programma-" + std::to_string(next.year) + ".json";
  if (Status opened = open_programme(state, text, name); !opened) return opened;
  state.status =
      "Programma " + std::to_string(next.year) + " gemaakt uit " + next.previous_programme +
      ": de waarden zijn overgenomen, de gedrukte totalen en bronverwijzingen leeg. Sla het op met Opslaan.";
  return {};
}

Status open_new_programme(AppState& state) {
  if (!state.new_programme) return refusal("er wordt geen nieuw programma gemaakt");
  AppState::NewProgrammeDraft& draft = *state.new_programme;
  const std::string today = state.platform.today ? state.platform.today() : clock_today();
  NewProgramme made = make_new_programme(draft.form, today);
  draft.problems = std::move(made.problems);
  if (!draft.problems.empty()) return refusal(draft.problems.front().message);
  const Programme& p = made.programme;
  const std::string name = p.municipality + " " + std::to_string(p.year);
  if (Status opened = open_programme(state, write_programme(p), "nieuw programma " + name); !opened)
    return opened;
  state.new_programme.reset();
  state.new_programme_kept.reset();
  state.view = View::Capacity; // the departments just made, and the empty work table under them
  state.status = "Programma " + name +
                 " gemaakt. Vul nu de tabellen: werk (Capaciteit), ODT-programma, Regionale verdeling; "
                 "sla het op met Opslaan.";
  return {};
}

std::string file_name_part(std::string_view text) {
  std::string name;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      name += static_cast<char>(std::tolower(u));
    else if (!name.empty() && name.back() != '-')
      name += '-';
  }
  if (!name.empty() && name.back() == '-') name.pop_back();
  return name;
}

std::string suggested_file_name(const AppState& state) {
  if (!state.programme) return "programma.json";
  return "vth-programma-" +
         file_name_part(state.programme->municipality + "-" + std::to_string(state.programme->year)) +
         ".json";
}

} // namespace vth::ui
