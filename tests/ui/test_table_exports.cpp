// Every table the interface shows copies, exports and mirrors the values it
// shows: the drawing, "Kopieer tabel", "CSV" and the screen reader mirror all
// come from one model per table (defect 7: the Scenario's view exported raw
// scaled integers, € 120,50 as 12050).
#include "ui_state.hpp"

#include "core/io/programme_io.hpp"
#include "core/output/change_table.hpp"

#include "ui/mirror.hpp"
#include "ui/scenarios.hpp"
#include "ui/view_models.hpp"
#include "ui/view_tables.hpp"

#include "core/fields/dutch_number.hpp"
#include "core/io/synthetic.hpp"
#include "core/output/html.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// "<tag>text</tag>" without operator+ on temporaries (GCC 12 warns falsely about it).
std::string enclosed(const char* open, const std::string& text, const char* close) {
  std::string s(open);
  s += text;
  s += close;
  return s;
}

bool same_cell(const Cell& a, const Cell& b) {
  return a.type == b.type && a.value == b.value && a.text == b.text;
}

int scale_of(Cell::Type type) {
  switch (type) {
  case Cell::Type::Hours:
  case Cell::Type::Fte:
    return 3;
  case Cell::Type::Money:
    return 2;
  case Cell::Type::Percent:
    return 4;
  case Cell::Type::Integer:
  case Cell::Type::Text:
    break;
  }
  return 0;
}

std::int64_t power_of_ten(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// The number a cell shows on the screen is its exported value, rounded to the decimals shown.
void check_shown_is_exported(const DisplayCell& cell) {
  const std::string shown = shown_text(cell);
  if (cell.value.type == Cell::Type::Text) {
    CHECK(shown == cell.value.text);
    return;
  }
  const int scale = scale_of(cell.value.type);
  // The number without its unit ("€ 120,50", "12,02%").
  std::string bare = shown;
  for (const std::string unit : {"\xE2\x82\xAC ", "%"})
    if (const auto at = bare.find(unit); at != std::string::npos) bare.erase(at, unit.size());
  const auto parsed = parse_dutch_number(bare, scale);
  REQUIRE_MESSAGE(parsed, shown);
  std::int64_t expected = cell.value.value;
  const int decimals = cell.decimals >= 0 ? cell.decimals : -1;
  if (decimals >= 0 && decimals < scale) {
    const std::int64_t unit = power_of_ten(scale - decimals);
    expected = div_round(expected, unit) * unit;
  }
  if (decimals < 0)
    CHECK(shown == display_cell(cell.value));
  else
    CHECK_MESSAGE(*parsed == expected, shown);
}

// What a model shows (every cell of every row) is what its export holds; an
// editable cell holds its field's value in the field's unit.
void check_model(const AppState& state, const TableModel& model) {
  INFO("table " << model.title);
  const Table exported = export_table(model);
  REQUIRE(exported.rows.size() == model.row_count);
  std::vector<std::size_t> value_columns;
  for (std::size_t c = 0; c < model.columns.size(); ++c)
    if (model.columns[c].kind != ColumnKind::Action) value_columns.push_back(c);
  REQUIRE(exported.headers.size() == value_columns.size());
  for (std::size_t h = 0; h < value_columns.size(); ++h)
    CHECK(exported.headers[h] == model.columns[value_columns[h]].header);
  for (std::size_t r = 0; r < model.row_count; ++r) {
    const TableRow row = model.row(r);
    REQUIRE(row.cells.size() == model.columns.size());
    for (std::size_t h = 0; h < value_columns.size(); ++h) {
      const DisplayCell& cell = row.cells[value_columns[h]];
      CHECK(same_cell(exported.rows[r][h], cell.value));
      check_shown_is_exported(cell);
      if (cell.edit) {
        const std::string label = field_label(*state.programme, *cell.edit);
        REQUIRE_MESSAGE(field_exists(*state.programme, *cell.edit), label);
        if (column(*cell.edit).is_number())
          CHECK_MESSAGE(
              same_cell(value_cell(column(*cell.edit), number_at(*state.programme, *cell.edit)), cell.value),
              label);
        else // a text as it stands, or what it means to people (a department's name, a kind's label)
          CHECK_MESSAGE(cell.value.type == Cell::Type::Text, label);
        CHECK(cell.source != nullptr);
      }
    }
  }
}

// Enschede with two scenarios (tariff € 120,50 and a count of 12,5; a department's FTE), both compared.
AppState state_with_scenarios(test::Recorded& recorded) {
  AppState state = test::enschede_state(recorded);
  REQUIRE(test::type(state, "/instellingen/odt_uurtarief", "120,50"));
  REQUIRE(test::type(state, "/odt/toezicht/3/aantal", "12,5"));
  new_scenario(state, "Variant B");
  REQUIRE(test::type(state, "/afdelingen/0/beschikbare_fte", "9,5"));
  state.compare = {0, 1};
  switch_scenario(state, 0);
  return state;
}

} // namespace

TEST_CASE("the Scenario's view copies, exports and mirrors € 120,50 and 12,5 as shown, not 12050 and 12500") {
  test::Recorded recorded;
  AppState state = state_with_scenarios(recorded);
  state.view = View::Scenarios;

  copy_current_table(state);
  const std::string& tsv = recorded.copied;
  // Each change by its label, never a pointer, with the difference (defect 4 of issue 12).
  CHECK(contains(tsv, "Wijziging\tVastgesteld\tScenario\tVerschil\r\n"));
  CHECK(contains(tsv, "ODT-uurtarief\t110,99\t120,50\t9,51\r\n"));
  CHECK(contains(tsv, "A2.02.04 Periodieke controle uitgebreid – aantal\t10\t12,5\t2,5\r\n"));
  CHECK_FALSE(contains(tsv, "/odt/"));
  CHECK_FALSE(contains(tsv, "12050"));
  CHECK_FALSE(contains(tsv, "12500"));

  save_current_table_csv(state);
  CHECK(recorded.saved_name == "vth-scenarios.csv");
  CHECK(contains(recorded.saved_text, "ODT-uurtarief;110,99;120,50;9,51\r\n"));
  CHECK(contains(recorded.saved_text, "A2.02.04 Periodieke controle uitgebreid – aantal;10;12,5;2,5\r\n"));
  CHECK_FALSE(contains(recorded.saved_text, "12050"));
  CHECK_FALSE(contains(recorded.saved_text, "12500"));

  update_mirror(state);
  const std::string& mirror = recorded.mirror;
  CHECK(contains(mirror, "<th scope=\"row\">ODT-uurtarief</th><td class=\"n\">€ 110,99</td>"
                         "<td class=\"n\">€ 120,50</td><td class=\"n\">€ 9,51</td>"));
  CHECK(contains(mirror, "<th scope=\"row\">A2.02.04 Periodieke controle uitgebreid – aantal</th>"
                         "<td class=\"n\">10</td><td class=\"n\">12,5</td><td class=\"n\">2,5</td>"));
  CHECK_FALSE(contains(mirror, "12050"));
  CHECK_FALSE(contains(mirror, "12500"));
}

TEST_CASE("every view's tables: the export and the mirror hold what the model shows") {
  test::Recorded recorded;
  AppState state = state_with_scenarios(recorded);
  for (View view : kViews) {
    if (view == View::Help) continue; // text only: below
    const int tabs = view == View::Odt ? 5 : 1;
    for (int tab = 0; tab < tabs; ++tab) {
      state.odt_tab = tab;
      state.view = view;
      INFO("view " << view_key(view) << ", tab " << tab);
      ViewTables tables = view_tables(state, view);
      REQUIRE_FALSE(tables.shown.empty());
      for (const TableModel& model : tables.shown) check_model(state, model);
      check_model(state, tables.exported);

      // The copy is the exported model, with every row.
      copy_current_table(state);
      CHECK(recorded.copied == table_to_tsv(export_table(tables.exported)));

      // The mirror shows each table the view draws, from the same cells.
      const std::string mirror = mirror_html(state);
      for (const TableModel& model : tables.shown) {
        CHECK(contains(mirror, enclosed("<caption>", html_escape(model.title), "</caption>")));
        for (std::size_t r = 0; r < model.row_count && r < 20; ++r)
          for (const DisplayCell& cell : model.row(r).cells)
            if (cell.value.type != Cell::Type::Text)
              CHECK_MESSAGE(contains(mirror, enclosed(">", html_escape(display_cell(cell.value)), "<")),
                            model.title);
      }
    }
  }
}

TEST_CASE("the Capaciteit filter and the exports follow the chosen department") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::size_t all = capacity_work_model(state).row_count;
  state.capacity_department = 1;
  const TableModel only = capacity_work_model(state);
  CHECK(only.row_count < all);
  const std::string department = state.programme->departments[1].name;
  for (std::size_t r = 0; r < only.row_count; ++r) CHECK(only.row(r).cells[0].value.text == department);
  state.view = View::Capacity;
  CHECK(current_table(state).rows.size() == only.row_count);
}

TEST_CASE("a long table is asked only for the rows it needs") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  REQUIRE(open_programme(state, write_programme(make_synthetic_programme(20'000, 12)), "synthetisch.json"));
  TableModel model = capacity_work_model(state);
  REQUIRE(model.row_count > 10'000);
  std::size_t asked = 0;
  auto row = model.row;
  model.row = [&asked, row](std::size_t i) {
    ++asked;
    return row(i);
  };
  CHECK(export_table(model, 200).rows.size() == 200);
  CHECK(asked == 200);
  // A jump finds its row without building the rows before it.
  asked = 0;
  CHECK(jump_row(model, RowRef{TableId::Work, 9001}) == std::optional<std::size_t>(9000));
  CHECK(asked == 0);
}

TEST_CASE("stacked models match columns by header and leave out action columns") {
  TableModel a{"a", "A", {{"Naam"}, {"Uren", 1.0f, ColumnKind::Number}, {"", 1.0f, ColumnKind::Action}}, 2};
  a.row = [](std::size_t i) {
    return TableRow{
        {text_cell(std::string("a") + std::to_string(i)), read_only(Cell::hours(1500)), text_cell("")},
        {},
        {}};
  };
  TableModel b{"b", "B", {{"Naam"}, {"Reden"}}, 1};
  b.row = [](std::size_t) {
    return TableRow{{text_cell("b"), text_cell("omdat")}, RowRef{TableId::VrtFocus, 7}, {}};
  };
  const Table t = export_table(stacked_model("ab", "A en B", "Lijst", {{"A", a}, {"B", b}}));
  CHECK(t.headers == std::vector<std::string>{"Lijst", "Naam", "Uren", "Reden"});
  REQUIRE(t.rows.size() == 3);
  CHECK(table_to_tsv(t) == "Lijst\tNaam\tUren\tReden\r\nA\ta0\t1,5\t\r\nA\ta1\t1,5\t\r\nB\tb\t\tomdat\r\n");
  CHECK(jump_row(stacked_model("ab", "", "", {{"A", a}, {"B", b}}), RowRef{TableId::VrtFocus, 7}) ==
        std::optional<std::size_t>(2));
}

TEST_CASE("a field's cell is in the field's unit") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const auto field_cell = [&](const char* pointer) {
    const FieldRef f = test::field(state, pointer);
    return value_cell(column(f), number_at(*state.programme, f));
  };
  const auto cell = [&](const char* pointer) { return display_cell(field_cell(pointer)); };
  CHECK(cell("/instellingen/odt_uurtarief") == "€ 110,99");
  CHECK(cell("/regionaal/partners/0/sleutel") == "12,02%");
  CHECK(cell("/odt/toezicht/3/aantal") == "10");
  REQUIRE(test::type(state, "/odt/toezicht/3/aantal", "12,5"));
  CHECK(cell("/odt/toezicht/3/aantal") == "12,5");
  CHECK(csv_cell(field_cell("/odt/toezicht/3/aantal")) == "12,5");
  CHECK(csv_cell(field_cell("/instellingen/odt_uurtarief")) == "110,99");
}

TEST_CASE("Help is a view of text: no table to copy, and the mirror reads it out") {
  test::Recorded recorded;
  AppState state = state_with_scenarios(recorded);
  state.view = View::Help;
  CHECK(view_tables(state, View::Help).shown.empty());
  recorded.copied.clear();
  copy_current_table(state);
  CHECK(recorded.copied.empty());
  CHECK(state.status == "Dit scherm heeft geen tabel om te kopiëren.");
  const std::string mirror = mirror_html(state);
  CHECK(contains(mirror, "<caption>Toetsen</caption>"));
  CHECK(contains(mirror, "<th scope=\"row\">Ctrl+F</th><td>zoeken in het programma</td>"));
  CHECK(contains(mirror, "schema &quot;vth-planner-programma&quot;"));
  CHECK(view_by_key("hulp") == View::Help);
}
