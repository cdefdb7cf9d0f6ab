// Rows pasted from Excel or read from a CSV file through the interface
// (ui/paste.hpp): nothing changes before the user confirms, the preview says
// what is new, replaced and refused, one undo takes it all back, and the file
// is saved as a valid programme.
#include "ui_state.hpp"

#include "ui/paste.hpp"
#include "ui/scenarios.hpp"
#include "ui/structure.hpp"

#include "core/io/programme_io.hpp"
#include "core/output/results_export.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

namespace {

std::string results_of(const AppState& s) { return results_to_json(s.results, *s.programme); }

} // namespace

TEST_CASE("a paste is previewed, changes nothing until confirmed, and is one undo step") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::string before = results_of(state);
  const std::string block = "Code\tProduct\tAantal\tKental (uur)\r\n"
                            "A2.01.03\t\t2\t\r\n"
                            "A9.01.01\tControle zonnepanelen\t1.200\t2,5\r\n"
                            "A9.01.02\tFout\tveel\t1\r\n";
  // Without a chosen table the paste says what to do.
  const Status nowhere = begin_paste(state, block, "Plakken");
  REQUIRE_FALSE(nowhere);
  CHECK(nowhere.message().find("kies eerst") != std::string::npos);

  state.paste_target = AppState::PasteTarget{TableId::OdtSupervision, 0};
  REQUIRE(begin_paste(state, block, "Plakken"));
  REQUIRE(state.paste);
  CHECK(state.paste->plan.new_rows == 1);
  CHECK(state.paste->plan.replaced_rows == 1);
  REQUIRE(state.paste->plan.refused.size() == 1);
  CHECK(state.paste->plan.refused[0].line == 4);
  CHECK(results_of(state) == before); // nothing yet

  REQUIRE(confirm_paste(state));
  CHECK_FALSE(state.paste);
  CHECK(results_of(state) != before);
  CHECK(state.undo_stack.size() == 1);
  const auto saved = read_programme(programme_file_text(state));
  REQUIRE(saved);
  const auto& lines = saved->odt.parts[static_cast<int>(OdtPart::Supervision)];
  CHECK(lines[lines.size() - 1].code == "A9.01.01");
  CHECK(lines[0].count == 2'000);
  CHECK(undo(state));
  CHECK(results_of(state) == before);
}

TEST_CASE("a changed mapping is applied; a cancelled preview changes nothing") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  state.paste_target = AppState::PasteTarget{TableId::Departments, 0};
  REQUIRE(begin_paste(state, "Wie\tHoeveel\nToezicht\t2,5\n", "Plakken"));
  // Headers it cannot place: read as rows in the table's own column order (id, naam, ...),
  // which the preview shows; the user says the first line is a header and maps it.
  CHECK_FALSE(state.paste->plan.header);
  CHECK(state.paste->plan.new_rows == 2);
  state.paste->options.header = true;
  state.paste->options.mapping =
      std::vector<std::optional<ColumnIndex>>{column_index(table(TableId::Departments), "naam"),
                                              column_index(table(TableId::Departments), "beschikbare_fte")};
  replan_paste(state);
  CHECK(state.paste->plan.new_rows == 1);
  REQUIRE(state.paste->plan.refused.empty());
  state.paste.reset(); // Annuleren
  CHECK(state.undo_stack.empty());
}

TEST_CASE("pasted text in a field is one line; CSV files are told from programme files by name and content") {
  CHECK(one_line_paste("12,5\r\n") == "12,5");
  CHECK(one_line_paste("12\t13") == "12 13");
  CHECK(one_line_paste("a\r\n\r\nb\n") == "a b");
  CHECK(is_table_file("toezicht.csv", "\xEF\xBB\xBFrij;Code\r\n1;A"));
  CHECK(is_table_file("Toezicht.CSV", "Code;Product"));
  CHECK_FALSE(is_table_file("programma.json", "Code;Product"));
  CHECK_FALSE(is_table_file("programma.txt", "  {\"schema\": 1}"));
}

TEST_CASE("a paste of 2.000 rows is merged in one pass, saved as a valid programme and undone in one step") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::string before = results_of(state);
  std::string block = "Code\tProduct\tAantal\tKental\n";
  for (int i = 0; i < 2000; ++i)
    block += "B" + std::to_string(10000 + i) + "\tGeplakt " + std::to_string(i) + "\t" +
             std::to_string(i % 7 + 1) + "\t1,5\n";
  block += "A1.05.00\t\t3\t\n"; // an existing line, replaced
  state.paste_target = AppState::PasteTarget{TableId::OdtPermits, 0};
  REQUIRE(begin_paste(state, block, "Plakken"));
  CHECK(state.paste->plan.new_rows == 2000);
  CHECK(state.paste->plan.replaced_rows == 1);
  REQUIRE(state.paste->plan.changes.size() > kManyChanges);
  REQUIRE(confirm_paste(state));
  const auto saved = read_programme(programme_file_text(state));
  REQUIRE(saved);
  CHECK(saved->odt.parts[static_cast<int>(OdtPart::Permits)].size() ==
        state.adopted->odt.parts[static_cast<int>(OdtPart::Permits)].size() + 2000);
  // The same as the changes applied one by one would give: the scenario rebuilt from its list.
  CHECK(materialise(*state.adopted, *current_changes(state)).value() == *state.programme);
  CHECK(state.undo_stack.size() == 1);
  CHECK(undo(state));
  CHECK(results_of(state) == before);
}
