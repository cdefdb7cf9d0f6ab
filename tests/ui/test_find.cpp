// Zoeken (Ctrl+F) as the interface uses it (ui/find.hpp): a hit goes to its view,
// its ODT tab and its row; Enter goes round the hits; the hits follow edits.
#include "ui_state.hpp"

#include "ui/find.hpp"
#include "ui/structure.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

TEST_CASE("find: a code's hits go to the ODT tab and row that show it, round with Enter") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  open_find(state);
  CHECK(state.find.open);
  CHECK(state.find.focus_field);
  state.find.query = "a3.02.05";
  update_find(state);
  const std::size_t n = state.find.result.hits.size();
  REQUIRE(n >= 2);
  CHECK(find_summary(state) == std::to_string(n) + " gevonden.");

  REQUIRE(go_to_next_hit(state, false));
  CHECK(state.find.chosen == 0);
  const SearchHit& first = state.find.result.hits[0];
  REQUIRE(first.row);
  CHECK(state.view == View::Odt);
  CHECK(state.odt_tab == static_cast<int>(first.row->table) - static_cast<int>(TableId::OdtPermits));
  CHECK(state.jump.row == first.row);
  CHECK(state.jump.pending);

  REQUIRE(go_to_next_hit(state, false));
  CHECK(state.find.chosen == 1);
  REQUIRE(go_to_next_hit(state, true));
  CHECK(state.find.chosen == 0);
  REQUIRE(go_to_next_hit(state, true)); // backwards from the first: the last
  CHECK(state.find.chosen == static_cast<int>(n) - 1);
  close_find(state);
  CHECK_FALSE(state.find.open);
  CHECK(state.find.query == "a3.02.05"); // kept for the next Ctrl+F
}

TEST_CASE("find: an assumption goes to its value; nothing found says so") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  open_find(state);
  state.find.query = "uurtarief afgeleid";
  update_find(state);
  int assumption = -1;
  for (std::size_t i = 0; i < state.find.result.hits.size(); ++i)
    if (state.find.result.hits[i].kind == SearchHit::Kind::Assumption) assumption = static_cast<int>(i);
  REQUIRE(assumption >= 0);
  REQUIRE(go_to_hit(state, assumption));
  CHECK(state.view == View::Regional); // the tariff lives with the regional split
  state.find.query = "geen-zulk-woord";
  update_find(state);
  CHECK(find_summary(state) == "Niets gevonden.");
  CHECK_FALSE(go_to_next_hit(state, false));
  CHECK_FALSE(go_to_hit(state, 0));
}

TEST_CASE("find: the hits follow an edit of the text they were found in, and its undo") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  state.find.query = "zoekbaar-woord";
  update_find(state);
  CHECK(state.find.result.total == 0);
  const FieldRef description = test::field(state, "/werk/0/omschrijving");
  REQUIRE(edit_text(state, description, "Een zoekbaar-woord in een omschrijving"));
  update_find(state);
  // The row, and the assumption on its kental (whose label is the row's name).
  REQUIRE(state.find.result.total == 2);
  CHECK(state.find.result.hits[0].row == RowRef{TableId::Work, description.row});
  CHECK(state.find.result.hits[0].match == "omschrijving: Een zoekbaar-woord in een omschrijving");
  CHECK(state.find.result.hits[1].kind == SearchHit::Kind::Assumption);
  CHECK(state.find.result.hits[1].title == "Een zoekbaar-woord in een omschrijving – kental");
  REQUIRE(undo(state));
  update_find(state);
  CHECK(state.find.result.total == 0);
}
