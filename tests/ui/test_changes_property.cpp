// Changes as data, as the interface makes them: random sequences of value
// changes, rows inserted, deleted and moved, applied to a scenario through the
// commands and then undone, give back the adopted programme's results exactly;
// redone and saved, the file reopens with the same results. Comparing four
// scenarios costs at most four calculations and changes nothing on screen.
#include "ui_state.hpp"

#include "core/scenario/scenario_findings.hpp"

#include "ui/scenarios.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/field_pointer.hpp"
#include "core/io/programme_io.hpp"
#include "core/output/results_export.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace vth;
using namespace vth::ui;

namespace {

std::string results_of(const AppState& s) { return results_to_json(s.results, *s.programme); }

// A random row of a random table that has rows: (table, position).
struct Pick {
  TableId table;
  RowId row;
};
std::optional<Pick> random_row(const Programme& p, std::mt19937_64& rng, TableId t) {
  const std::size_t n = row_count(p, t);
  if (n == 0) return std::nullopt;
  std::size_t k = rng() % n;
  std::optional<Pick> out;
  for_each_row(p, table(t), [&](RowPos, const void* r) {
    if (k-- == 0) out = Pick{t, table(t).row_id(r)};
  });
  return out;
}

// One random change the user could make: a value (as typed, sometimes
// relative), a new row with a value, a deleted row or a moved row.
void random_step(AppState& s, std::mt19937_64& rng) {
  const Programme& p = *s.programme;
  const TableId tables_with_rows[] = {TableId::Work,       TableId::OdtSupervision,
                                      TableId::OdtPermits, TableId::RegionalProjects,
                                      TableId::Partners,   TableId::LocalProjects};
  const TableId t = tables_with_rows[rng() % std::size(tables_with_rows)];
  switch (rng() % 6) {
  case 0:
  case 1: { // a value, typed
    const auto fields = scenario_fields(p);
    const FieldRef f = fields[rng() % fields.size()];
    const char* typed[] = {"+10%", "-5%", "x1,1", "7", "1.234,5", "+25", "0"};
    (void)edit_value(s, f, typed[rng() % std::size(typed)]); // a refusal is fine: it changes nothing
    break;
  }
  case 2: { // a new row after a random one, with a value
    const auto after = random_row(p, rng, t);
    const RowId id = fresh_row_id(*s.adopted, p, current_changes(s) ? *current_changes(s) : ChangeList{}, t);
    REQUIRE(apply_to_scenario(s, add_rows(t, id, 1, after ? after->row : 0)));
    if (t == TableId::Work) {
      REQUIRE(apply_to_scenario(s, set_text(field_of(t, id, "afdeling"), s.programme->departments[0].id)));
      (void)edit_value(s, field_of(t, id, "aantal"), "12");
      (void)edit_value(s, field_of(t, id, "kental"), "3,5");
    } else if (t == TableId::Partners) {
      (void)edit_value(s, field_of(t, id, "sleutel"), "0");
    } else {
      (void)edit_value(
          s,
          field_of(t, id, t == TableId::RegionalProjects || t == TableId::LocalProjects ? "uren" : "aantal"),
          "40");
    }
    break;
  }
  case 3: // a deleted row
    // Refused for a row others still refer to (the own partner): that changes nothing.
    if (const auto row = random_row(p, rng, t))
      (void)apply_to_scenario(s, delete_row({row->table, row->row}));
    break;
  default: { // a moved row
    const auto row = random_row(p, rng, t);
    const auto after = random_row(p, rng, t);
    if (row && (!after || after->row != row->row))
      REQUIRE(apply_to_scenario(s, move_row({row->table, row->row}, after ? after->row : 0)));
    break;
  }
  }
}

// A programme's results as a scenario of the adopted programme shows them: the
// source's findings are the adopted programme's (core/scenario/scenario_findings.hpp).
// (A scenario whose changes cancel out is the adopted programme, with its own findings.)
Results as_scenario(const AppState& adopted, const Programme& p, bool changed) {
  Results r = calculate(p);
  if (changed)
    r.findings = scenario_findings(*adopted.adopted, adopted.adopted_results.findings, p, r.findings);
  return r;
}

} // namespace

TEST_CASE(
    "property: random changes made through the commands, undone, give back the adopted results exactly") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::string adopted_results = results_of(state);
  const Programme adopted = *state.adopted;
  std::mt19937_64 rng(2026);
  for (int round = 0; round < 60; ++round) {
    CAPTURE(round);
    AppState s = state;
    new_scenario(s, "Ronde " + std::to_string(round));
    const int steps = 1 + static_cast<int>(rng() % 25);
    for (int i = 0; i < steps; ++i) random_step(s, rng);
    // What is on screen is exactly the scenario's changes applied to the adopted programme.
    const Programme rebuilt = materialise(*s.adopted, *current_changes(s)).value();
    CHECK(rebuilt == *s.programme);
    const bool changed_any = !current_changes(s)->empty();
    CHECK(results_to_json(as_scenario(state, rebuilt, changed_any), rebuilt) == results_of(s));
    const std::string changed = results_of(s);
    // Saved as a file (the programme on screen), it reopens with the same results.
    const auto reopened = read_programme(programme_file_text(s));
    for (const auto& i : reopened.issues()) MESSAGE(format_issue(i));
    REQUIRE(reopened);
    Results again = as_scenario(state, *reopened, changed_any);
    // A typed value is the user's own input: its assumption is gone (own_input.hpp); every
    // other assumption stays.
    // (Pointers as of the programme on screen; printed totals are not fields.)
    std::size_t typed_assumptions = 0;
    const Results on_screen = calculate(*s.programme);
    for (const Assumption& a : *on_screen.assumptions) {
      const auto field = field_at_pointer(*s.programme, a.pointer);
      typed_assumptions += field && sets_field(*current_changes(s), *field) ? 1 : 0;
    }
    CHECK(again.assumptions->size() + typed_assumptions == on_screen.assumptions->size());
    again.assumptions = s.results.assumptions;
    CHECK(results_to_json(again, *reopened) == changed);
    while (undo(s)) {
    }
    CHECK(results_of(s) == adopted_results);
    CHECK(*s.programme == adopted);
    CHECK(*s.adopted == adopted); // never touched
    while (redo(s)) {
    }
    CHECK(results_of(s) == changed);
  }
}

TEST_CASE("comparing four scenarios costs at most four calculations and changes nothing on screen") {
  test::Recorded recorded;
  AppState s = test::enschede_state(recorded);
  for (const char* name : {"A", "B", "C", "D"}) {
    new_scenario(s, name);
    REQUIRE(test::type(s, "/instellingen/odt_uurtarief", std::string("+") + std::to_string(s.current + 1)));
  }
  switch_scenario(s, 1);
  const std::string shown = results_of(s);
  const Programme on_screen = *s.programme;
  const int revision = s.revision;
  const std::uint64_t before = calculations_made();
  const std::vector<Results> r = compare_results(s, {-1, 0, 1, 2, 3});
  // The adopted programme's and the current scenario's results are there already.
  CHECK(calculations_made() - before == 3);
  REQUIRE(r.size() == 5);
  CHECK(r[0].odt_hourly_rate == 11'099);
  for (int i = 0; i < 4; ++i)
    CHECK(r[static_cast<std::size_t>(i) + 1].odt_hourly_rate == 11'099 + 100 * (i + 1));
  CHECK(results_of(s) == shown);
  CHECK(*s.programme == on_screen);
  CHECK(s.revision == revision);
}
