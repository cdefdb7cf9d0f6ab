// Building and restructuring a programme through the interface's commands
// (ui/structure.hpp): rows added with valid defaults, deleted, duplicated and
// moved, texts edited; each one step of the history, all or nothing; and a
// property test of random structural edits undone back to the adopted programme.
#include "ui_state.hpp"

#include "ui/scenarios.hpp"
#include "ui/structure.hpp"

#include "core/io/programme_io.hpp"
#include "core/output/results_export.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace vth;
using namespace vth::ui;

namespace {

std::string results_of(const AppState& s) { return results_to_json(s.results, *s.programme); }

std::string text(const AppState& s, TableId t, RowId row, const char* key) {
  return text_at(*s.programme, field_of(t, row, key)).value_or("(geen)");
}

// The programme on screen saved and read again: what `check` would say of the file.
Status reopens(const AppState& s) {
  Result<Programme> read = read_programme(programme_file_text(s));
  return read ? Status{} : Status(read.refusal());
}

} // namespace

TEST_CASE("a new row is valid at once and one undo takes it away") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::string before = results_of(state);
  const std::vector<RowId> work = rows_in_order(*state.programme, TableId::Work);
  Result<RowId> added = add_row(state, TableId::Work, work[2]);
  REQUIRE(added);
  CHECK(rows_in_order(*state.programme, TableId::Work)[3] == *added);
  CHECK(text(state, TableId::Work, *added, "afdeling") == text(state, TableId::Work, work[2], "afdeling"));
  CHECK(text(state, TableId::Work, *added, "omschrijving") == "Nieuwe werkregel");
  CHECK(reopens(state));
  CHECK(state.undo_stack.size() == 1);
  CHECK(undo(state));
  CHECK(results_of(state) == before);
  CHECK(redo(state));
  CHECK(row_by_id(*state.programme, TableId::Work, *added));

  // Every table that has rows takes a new one that leaves the programme a valid file.
  for (const TableDef& t : tables()) {
    if (t.single || t.id == TableId::SourceNotes) continue;
    CAPTURE(t.name);
    RowId parent = 0;
    if (t.parent) parent = rows_in_order(*state.programme, *t.parent).front();
    Result<RowId> row = add_row(state, t.id, 0, parent);
    REQUIRE_MESSAGE(row, row.message());
    const Status valid = reopens(state);
    CHECK_MESSAGE(valid, valid.message());
  }
}

TEST_CASE("deleting rows: one step; a department still in use is refused with the count, nothing changes") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::vector<RowId> odt = rows_in_order(*state.programme, TableId::OdtSupervision);
  const double hours_before = static_cast<double>(state.results.odt.total_hours);
  REQUIRE(delete_rows(state, TableId::OdtSupervision, {odt[4], odt[1]}));
  CHECK(rows_in_order(*state.programme, TableId::OdtSupervision).size() == odt.size() - 2);
  CHECK(static_cast<double>(state.results.odt.total_hours) < hours_before);
  CHECK(state.undo_stack.size() == 1);
  CHECK(undo(state));
  CHECK(rows_in_order(*state.programme, TableId::OdtSupervision) == odt);

  const std::string before = results_of(state);
  const RowId bestemmen = rows_in_order(*state.programme, TableId::Departments).front();
  const Status refused = delete_rows(state, TableId::Departments, {bestemmen});
  CHECK_FALSE(refused);
  CHECK(refused.message().find("plaatsen") != std::string::npos);
  CHECK(results_of(state) == before);
}

TEST_CASE("duplicating copies every value and text, with ids of its own; moving keeps the block's order") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::vector<RowId> work = rows_in_order(*state.programme, TableId::Work);
  Result<std::vector<RowId>> copies = duplicate_rows(state, TableId::Work, {work[1], work[0]});
  REQUIRE(copies);
  REQUIRE(copies->size() == 2);
  const std::vector<RowId> now = rows_in_order(*state.programme, TableId::Work);
  CHECK(now[2] == (*copies)[0]);
  CHECK(now[3] == (*copies)[1]);
  CHECK(text(state, TableId::Work, (*copies)[0], "omschrijving") ==
        text(state, TableId::Work, work[0], "omschrijving"));
  CHECK(number_at(*state.programme, field_of(TableId::Work, (*copies)[1], "aantal")) ==
        number_at(*state.programme, field_of(TableId::Work, work[1], "aantal")));
  CHECK(text(state, TableId::Work, (*copies)[0], "id") != text(state, TableId::Work, work[0], "id"));
  CHECK(reopens(state));

  REQUIRE(move_rows(state, TableId::Work, {now[2], now[3]}, -1));
  std::vector<RowId> moved = rows_in_order(*state.programme, TableId::Work);
  CHECK(moved[1] == now[2]);
  CHECK(moved[2] == now[3]);
  CHECK(moved[3] == now[1]);
  REQUIRE(move_rows(state, TableId::Work, {moved[0]}, -1)); // at the top: nothing moves
  CHECK(rows_in_order(*state.programme, TableId::Work) == moved);
  REQUIRE(move_rows(state, TableId::Work, {moved[1], moved[2]}, +1));
  CHECK(rows_in_order(*state.programme, TableId::Work) == now);
  REQUIRE(move_row_to(state, {TableId::Work, now[0]}, now[5]));
  CHECK(rows_in_order(*state.programme, TableId::Work)[5] == now[0]);
}

TEST_CASE("texts are edited in place; a duplicate id is refused at the field") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::vector<RowId> departments = rows_in_order(*state.programme, TableId::Departments);
  const FieldRef name = field_of(TableId::Departments, departments[0], "naam");
  REQUIRE(edit_text(state, name, "Ruimtelijke ordening"));
  CHECK(state.results.capacity.departments[0].name == "Ruimtelijke ordening");
  const FieldRef id = field_of(TableId::Departments, departments[4], "id");
  const Status taken = edit_text(state, id, text(state, TableId::Departments, departments[1], "id"));
  CHECK_FALSE(taken);
  CHECK(state.field_error.field == id);
  CHECK(undo(state));
  CHECK(state.results.capacity.departments[0].name != "Ruimtelijke ordening");
}

TEST_CASE("property: random rows added, deleted, duplicated, moved and texts typed, undone, give the adopted "
          "results") {
  test::Recorded recorded;
  const AppState start = test::enschede_state(recorded);
  const std::string adopted = results_of(start);
  const TableId kTables[] = {TableId::Work,      TableId::OdtPermits, TableId::RegionalProjects,
                             TableId::Partners,  TableId::Energy,     TableId::ProtocolItems,
                             TableId::Activities};
  std::mt19937_64 rng(14);
  for (int round = 0; round < 40; ++round) {
    CAPTURE(round);
    AppState s = start;
    for (int step = 0; step < 12; ++step) {
      const TableId t = kTables[rng() % std::size(kTables)];
      std::vector<RowId> rows = rows_in_order(*s.programme, t);
      if (rows.empty()) continue;
      const RowId some = rows[rng() % rows.size()];
      switch (rng() % 5) {
      case 0: {
        RowId parent = 0;
        if (table(t).parent) {
          const auto at = find_row(*s.programme, t, some);
          parent = row_id_at(*s.programme, *table(t).parent, {0, at->parent});
        }
        (void)add_row(s, t, some, parent);
        break;
      }
      case 1:
        (void)delete_rows(s, t, {some}); // a partner's delete may be refused: then nothing changes
        break;
      case 2:
        (void)duplicate_rows(s, t, {some});
        break;
      case 3:
        (void)move_rows(s, t, {some}, rng() % 2 ? 1 : -1);
        break;
      default: {
        const TableDef& def = table(t);
        for (std::size_t c = 0; c < def.columns.size(); ++c)
          if (def.columns[c].kind == ValueKind::Text) {
            (void)edit_text(s, {t, some, static_cast<ColumnIndex>(c)},
                            "Tekst " + std::to_string(rng() % 1000));
            break;
          }
      }
      }
      // What is on screen is the scenario's changes applied to the adopted programme, and a valid file.
      if (const ChangeList* changes = current_changes(s)) {
        Result<Programme> rebuilt = materialise(*s.adopted, *changes);
        REQUIRE(rebuilt);
        CHECK(*rebuilt == *s.programme);
      }
      const Status valid = reopens(s);
      CHECK_MESSAGE(valid, valid.message());
    }
    while (undo(s)) {
    }
    CHECK(results_of(s) == adopted);
  }
}

TEST_CASE("Nieuw programma: the form opens a programme or names what is wrong; its last department stays") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  state.platform.today = [] { return std::string("2026-12-05"); };
  NewProgrammeForm form;
  form.municipality = "Losser";
  form.year = "2027";
  form.productive_hours = "1.320";
  form.hourly_rate = "108";
  form.departments = {{"VTH", ""}};
  state.new_programme = AppState::NewProgrammeDraft{form, {}};
  const Status refused = open_new_programme(state);
  CHECK_FALSE(refused);
  CHECK(refused.message() == "Afdeling 1, beschikbare fte: vul een waarde in");
  CHECK(state.programme->municipality == "Enschede"); // nothing opened, the form stays with its problem
  REQUIRE(state.new_programme);
  CHECK(state.new_programme->problems.size() == 1);

  state.new_programme->form.departments[0].fte = "4,5";
  REQUIRE(open_new_programme(state));
  CHECK_FALSE(state.new_programme);
  CHECK(state.programme->municipality == "Losser");
  CHECK(state.view == View::Capacity);
  CHECK(state.results.capacity.total.fte_available == 4'500);

  const RowId only = rows_in_order(*state.programme, TableId::Departments).front();
  const Status last = delete_rows(state, TableId::Departments, {only});
  CHECK_FALSE(last);
  CHECK(last.message().find("laatste afdeling") != std::string::npos);
  // A work line added to the empty table is valid at once: it belongs to that department.
  Result<RowId> line = add_row(state, TableId::Work, 0);
  REQUIRE(line);
  CHECK(text(state, TableId::Work, *line, "afdeling") == "vth");
  CHECK(reopens(state));
}
