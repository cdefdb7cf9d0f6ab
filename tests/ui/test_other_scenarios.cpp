// Computing other scenarios' results (the report, the comparison, the
// presentation, a scenario file with its programme) changes nothing the user
// sees or is typing (defect 8: making the report wiped a refused field's message).
#include "ui_state.hpp"

#include "ui/report.hpp"
#include "ui/scenarios.hpp"
#include "ui/sharing.hpp"
#include "ui/view_tables.hpp"

#include "core/output/results_export.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

namespace {

// Everything of the state a user can see or is busy with.
struct Visible {
  std::optional<FieldRef> field_error;
  std::string field_error_message, field_error_typed;
  int current = 0, revision = 0;
  View view = View::Overview;
  std::string rename_buffer;
  std::optional<RowRef> jump;
  std::size_t undo = 0, redo = 0;
  Programme programme;
  std::string results;

  explicit Visible(const AppState& s)
      : field_error(s.field_error.field), field_error_message(s.field_error.message),
        field_error_typed(s.field_error.typed), current(s.current), revision(s.revision), view(s.view),
        rename_buffer(s.rename_buffer), jump(s.jump.row), undo(s.undo_stack.size()),
        redo(s.redo_stack.size()), programme(*s.programme),
        results(results_to_json(s.results, *s.programme)) {}
};

void check_unchanged(const Visible& before, const AppState& s) {
  const Visible now(s);
  CHECK(now.field_error == before.field_error);
  CHECK(now.field_error_message == before.field_error_message);
  CHECK(now.field_error_typed == before.field_error_typed);
  CHECK(now.current == before.current);
  CHECK(now.revision == before.revision);
  CHECK(now.view == before.view);
  CHECK(now.rename_buffer == before.rename_buffer);
  CHECK(now.jump == before.jump);
  CHECK(now.undo == before.undo);
  CHECK(now.redo == before.redo);
  CHECK(now.programme == before.programme);
  CHECK(now.results == before.results);
}

// Two scenarios with changes; the second is current and has a refused entry on screen.
AppState state_with_refusal(test::Recorded& recorded) {
  AppState state = test::enschede_state(recorded);
  REQUIRE(test::type(state, "/instellingen/odt_uurtarief", "120,50"));
  new_scenario(state, "Variant B");
  REQUIRE(test::type(state, "/afdelingen/0/beschikbare_fte", "9,5"));
  REQUIRE(test::type(state, "/odt/toezicht/3/aantal", "12,5"));
  REQUIRE_FALSE(test::type(state, "/odt/toezicht/3/kental", "abc"));
  REQUIRE(state.field_error.field == test::field(state, "/odt/toezicht/3/kental"));
  state.view = View::Odt;
  state.rename_buffer = "Nieuwe na";
  return state;
}

} // namespace

TEST_CASE("computing every scenario's results leaves a refused field, the scenario and the programme as they "
          "were") {
  test::Recorded recorded;
  AppState state = state_with_refusal(recorded);
  const Visible before(state);

  const AllScenarioResults all = all_scenario_results(state); // as the report and the presentation do
  check_unchanged(before, state);
  REQUIRE(all.adopted);
  REQUIRE(all.scenarios.size() == 2);

  // The results are each scenario's own: as switching to it gives them.
  for (int index = -1; index < 2; ++index) {
    AppState other = state;
    switch_scenario(other, index);
    const Results& computed =
        index < 0 ? *all.adopted : *all.scenarios[static_cast<std::size_t>(index)].results;
    CHECK(results_to_json(computed, *other.programme) == results_to_json(other.results, *other.programme));
  }
}

TEST_CASE("the report, the comparison and a scenario file with its programme change nothing visible") {
  test::Recorded recorded;
  AppState state = state_with_refusal(recorded);
  const Visible before(state);

  CHECK_FALSE(report_text(state).empty());
  check_unchanged(before, state);

  state.compare = {0, 1};
  state.view = View::Scenarios;
  const Table compared = current_table(state); // builds the comparison through the view's tables
  state.view = View::Odt;
  CHECK(compare_results(state, {-1, 0, 1}).size() == 3);
  CHECK_FALSE(compared.headers.empty());
  check_unchanged(before, state);

  state.baseline_text.reset(); // a programme too large to keep: the adopted one is written out
  const std::string file = current_scenario_file(state, true);
  CHECK(file.find("\"vth-planner-scenario\"") != std::string::npos);
  check_unchanged(before, state);
}

TEST_CASE("the programme written for a scenario file is the adopted one") {
  test::Recorded recorded;
  AppState state = state_with_refusal(recorded);
  AppState written = state;
  written.baseline_text.reset(); // the adopted programme written out (it is never changed)
  const std::string from_kept = current_scenario_file(state, true);
  const std::string from_written = current_scenario_file(written, true);
  // Opening either file gives the same programme and scenario.
  CHECK(open_scenario_file(state, from_kept, "a.json"));
  CHECK(open_scenario_file(written, from_written, "b.json"));
  CHECK(*state.programme == *written.programme);
  CHECK(state.current >= 0);
}
