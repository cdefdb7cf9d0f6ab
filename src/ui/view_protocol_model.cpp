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
               {{"Nr.", 0.6f},
                {"Omschrijving", 5.0f},
                {"RK 1", 0.6f, ColumnKind::Centred},
                {"RK 2", 0.6f, ColumnKind::Centred},
                {"RK 3", 0.6f, ColumnKind::Centred},
                {"RK 4", 0.6f, ColumnKind::Centred},
                {"Thema", 1.4f}},
               rows->size(),
               {},
               {}};
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
    DisplayCell name = text_cell(item.name);
    name.source = &item.source;
    name.field = "diepgang";
    row.cells = {text_cell(item.number), std::move(name)};
    for (const std::string& depth : item.depth) {
      DisplayCell d = text_cell(depth);
      if (auto meaning = protocol.legend.find(depth); meaning != protocol.legend.end())
        d.tooltip = meaning->second;
      row.cells.push_back(std::move(d));
    }
    row.cells.push_back(text_cell(item.theme));
    return row;
  };
  return m;
}

} // namespace vth::ui
