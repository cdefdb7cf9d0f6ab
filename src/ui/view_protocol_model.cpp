// Toezichtprotocol's table: per inspection item the depth for risk classes
// RK1..RK4, under a heading row per chapter.

#include "view_models.hpp"

#include <memory>
#include <utility>

namespace vth::ui {

TableModel protocol_model(const AppState& state) {
  // Each row is a chapter (item -1) or one of its items.
  auto rows = std::make_shared<std::vector<std::pair<std::size_t, int>>>();
  if (state.programme) {
    const auto& groups = state.programme->protocol.groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      rows->push_back({g, -1});
      for (std::size_t i = 0; i < groups[g].items.size(); ++i) rows->push_back({g, static_cast<int>(i)});
    }
  }
  TableModel m{"protocol",
               "Toezichtprotocol",
               {{"Nr.", 0.7f, ColumnKind::Field},
                {"Omschrijving", 5.0f, ColumnKind::Field},
                {"RK 1", 0.6f, ColumnKind::Field},
                {"RK 2", 0.6f, ColumnKind::Field},
                {"RK 3", 0.6f, ColumnKind::Field},
                {"RK 4", 0.6f, ColumnKind::Field},
                {"Thema", 1.4f, ColumnKind::Field}},
               rows->size()};
  m.row = [&state, rows](std::size_t r) {
    const Protocol& protocol = state.programme->protocol;
    const auto [g, i] = (*rows)[r];
    const ProtocolGroup& group = protocol.groups[g];
    TableRow row;
    if (i < 0) {
      row.kind = RowKind::Group;
      row.cells = {text_cell(group.number), text_cell(group.name), text_cell(""), text_cell(""),
                   text_cell(""),           text_cell(""),         text_cell("")};
      return row;
    }
    const ProtocolItem& item = group.items[static_cast<std::size_t>(i)];
    row.record = RowRef{TableId::ProtocolItems, item.row_id};
    const Programme& p = *state.programme;
    auto field = [&](const char* key) {
      return editable_cell(p, field_of(TableId::ProtocolItems, item.row_id, key));
    };
    DisplayCell name = field("naam");
    name.source = &item.source;
    name.field = "diepgang";
    row.cells = {field("nummer"), std::move(name)};
    for (const char* key : {"rk1", "rk2", "rk3", "rk4"}) {
      DisplayCell d = field(key);
      if (auto meaning = protocol.legend.find(d.value.text); meaning != protocol.legend.end())
        d.tooltip = meaning->second;
      row.cells.push_back(std::move(d));
    }
    row.cells.push_back(field("thema"));
    return row;
  };
  m.rows_of = TableId::ProtocolItems; // a new item goes into the chapter of the row it follows
  if (state.programme && !state.programme->protocol.groups.empty())
    m.parent_row = state.programme->protocol.groups[0].row_id;
  return m;
}

TableModel protocol_groups_model(const AppState& state) {
  const Rows<ProtocolGroup>* groups = state.programme ? &state.programme->protocol.groups : nullptr;
  TableModel m{"hoofdstukken",
               "Toezichtprotocol: hoofdstukken",
               {{"Nr.", 0.7f, ColumnKind::Field}, {"Hoofdstuk", 5.0f, ColumnKind::Field}},
               groups ? groups->size() : 0};
  m.row = [&state, groups](std::size_t g) {
    const RowId id = (*groups)[g].row_id;
    TableRow row;
    row.record = RowRef{TableId::ProtocolGroups, id};
    row.cells = {editable_cell(*state.programme, field_of(TableId::ProtocolGroups, id, "nummer")),
                 editable_cell(*state.programme, field_of(TableId::ProtocolGroups, id, "naam"))};
    return row;
  };
  m.rows_of = TableId::ProtocolGroups;
  return m;
}

} // namespace vth::ui
