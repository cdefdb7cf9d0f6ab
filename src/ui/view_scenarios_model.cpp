// Scenario's tables: the scenarios, the changes of the current one (each value
// in its field's unit: € 120,50, not 12050) and the comparison of up to four
// scenarios with the adopted programme, value and difference side by side.

#include "view_models.hpp"

#include "scenarios.hpp"

#include "core/output/change_table.hpp"

#include <memory>
#include <utility>

namespace vth::ui {

TableModel scenario_list_model(const AppState& state) {
  TableModel m{"scenarios",
               "Scenario's",
               {{"Scenario", 3.0f},
                {"Wijzigingen", 1.0f, ColumnKind::Number},
                {"Vergelijken", 1.0f, ColumnKind::Action},
                {"", 1.0f}},
               state.programme ? state.scenarios.size() + 1 : 0};
  m.row = [&state](std::size_t r) {
    const int i = static_cast<int>(r) - 1; // the adopted programme first
    TableRow row;
    if (i < 0)
      row.cells = {text_cell("Vastgesteld programma (vergrendeld)"), text_cell("–")};
    else
      row.cells = {
          text_cell(state.scenarios[r - 1].name),
          read_only(Cell::integer(static_cast<std::int64_t>(state.scenarios[r - 1].changes.size())))};
    row.cells.push_back(text_cell(""));
    row.cells.push_back(state.current == i ? text_cell("huidig", Tone::Muted) : text_cell(""));
    return row;
  };
  return m;
}

TableModel scenario_changes_model(const AppState& state) {
  // What the table lists, made once: labels, adopted and new values in their units (change_table.hpp).
  const ChangeList* list = current_changes(state);
  auto table =
      std::make_shared<Table>(list && state.adopted ? changes_table(*state.adopted, *state.programme, *list,
                                                                    current_scenario_name(state))
                                                    : Table{});
  TableModel m{"wijzigingen",
               "Wijzigingen in '" + current_scenario_name(state) + "'",
               {{"Wijziging", 4.0f, ColumnKind::WrappedText},
                {"Vastgesteld", 1.2f, ColumnKind::Number},
                {"Scenario", 1.2f, ColumnKind::Number},
                {"Verschil", 1.0f, ColumnKind::Number},
                {"", 1.0f, ColumnKind::Action},
                {"", 1.2f, ColumnKind::Action}},
               table->rows.size()};
  m.row = [table](std::size_t i) {
    TableRow row;
    for (const Cell& c : table->rows[i]) row.cells.push_back(read_only(c));
    row.cells.push_back(text_cell(""));
    row.cells.push_back(text_cell(""));
    return row;
  };
  return m;
}

std::vector<int> compare_columns(const AppState& state) {
  std::vector<int> columns{-1};
  columns.insert(columns.end(), state.compare.begin(), state.compare.end());
  return columns;
}

namespace {

// One block of the comparison: a heading row, then one row per item with each column's value.
struct CompareBlock {
  const char* label;
  std::size_t rows;
  std::pair<std::string, Cell> (*value)(const Results&, std::size_t); // the item's name and value
  int decimals;
};

const DepartmentResult& department(const Results& r, std::size_t i) {
  return i < r.capacity.departments.size() ? r.capacity.departments[i] : r.capacity.total;
}

std::pair<std::string, Cell> demand(const Results& r, std::size_t i) {
  return {department(r, i).name, Cell::hours(department(r, i).demand)};
}
std::pair<std::string, Cell> fte_gap(const Results& r, std::size_t i) {
  return {department(r, i).name, Cell::fte(department(r, i).fte_gap)};
}
// Per ODT part, then (i == number of parts) the total for the municipality.
std::pair<std::string, Cell> odt_hours(const Results& r, std::size_t i) {
  if (i >= r.odt.parts.size()) return {"Totaal ODT", Cell::hours(r.odt.total_hours)};
  return {r.odt.parts[i].name, Cell::hours(r.odt.parts[i].hours)};
}
std::pair<std::string, Cell> odt_cost(const Results& r, std::size_t i) {
  if (i >= r.odt.parts.size()) return {"Totaal ODT", Cell::cents(r.odt.total_cost)};
  return {r.odt.parts[i].name, Cell::cents(r.odt.parts[i].cost)};
}
std::pair<std::string, Cell> partner_cost(const Results& r, std::size_t i) {
  const auto& p = r.regional.projects;
  const auto& s = r.regional.services;
  if (!p.computed || !s.computed || i >= p.shares.size() || i >= s.shares.size())
    return {"(sleutels ≠ 100%)", Cell::cents(0)};
  return {p.shares[i].name, Cell::cents(p.shares[i].cost + s.shares[i].cost)};
}

} // namespace

TableModel scenario_compare_model(const AppState& state, const std::vector<int>& columns,
                                  const std::vector<Results>& results) {
  TableModel m{"vergelijking", "Vergelijking met het vastgestelde programma", {{"", 2.5f}}, 0};
  if (results.empty() || results.size() != columns.size()) return m;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const int s = columns[c];
    m.columns.push_back(
        {s < 0 ? std::string("Vastgesteld") : state.scenarios[static_cast<std::size_t>(s)].name, 1.6f,
         ColumnKind::Number});
    if (c > 0) m.columns.push_back({"Verschil", 1.0f, ColumnKind::Number});
  }
  const Results& base = results[0];
  const std::size_t departments = base.capacity.departments.size() + 1;
  auto blocks = std::make_shared<std::vector<CompareBlock>>(std::vector<CompareBlock>{
      {"Vraag per afdeling (uur)", departments, demand, 0},
      {"Verschil fte per afdeling", departments, fte_gap, -1},
      {"ODT-uren per onderdeel", base.odt.parts.size() + 1, odt_hours, 0},
      {"ODT-kosten per onderdeel", base.odt.parts.size() + 1, odt_cost, 0},
      {"Projecten en diensten per partner (€)", base.regional.projects.shares.size(), partner_cost, 0}});
  // Each row: a block's heading (item SIZE_MAX) or one of its items.
  auto rows = std::make_shared<std::vector<std::pair<std::size_t, std::size_t>>>();
  for (std::size_t b = 0; b < blocks->size(); ++b) {
    rows->push_back({b, SIZE_MAX});
    for (std::size_t i = 0; i < (*blocks)[b].rows; ++i) rows->push_back({b, i});
  }
  m.row_count = rows->size();
  const std::size_t width = m.columns.size();
  m.row = [&results, blocks, rows, width](std::size_t r) {
    const auto [b, i] = (*rows)[r];
    const CompareBlock& block = (*blocks)[b];
    TableRow row;
    row.cells.assign(width, text_cell(""));
    if (i == SIZE_MAX) {
      row.kind = RowKind::Group;
      row.cells[0] = text_cell(block.label);
      return row;
    }
    const auto [name, adopted] = block.value(results[0], i);
    row.cells[0] = text_cell(name);
    row.cells[1] = read_only(adopted, block.decimals);
    for (std::size_t c = 1; c < results.size(); ++c) {
      Cell value = block.value(results[c], i).second;
      if (value.value != adopted.value) {
        Cell difference = value;
        difference.value -= adopted.value;
        row.cells[2 * c + 1] = read_only(difference, block.decimals);
      }
      row.cells[2 * c] = read_only(std::move(value), block.decimals);
    }
    return row;
  };
  return m;
}

} // namespace vth::ui
