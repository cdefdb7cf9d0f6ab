#include "own_input.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vth {

void mark_own_input(Programme& programme, const ChangeList& changes, std::string_view iso_date) {
  // Per table: the rows added, and per row the columns typed. One pass over each
  // table's rows then marks them all (a row is found by id, wherever it moved).
  std::map<TableId, std::set<RowId>> added;
  std::map<TableId, std::map<RowId, std::set<ColumnIndex>>> typed;
  for (const Change& c : changes) {
    if (c.kind == ChangeKind::AddRows)
      for (std::uint32_t i = 0; i < c.count; ++i) added[c.field.table].insert(c.field.row + i);
    else if (c.kind == ChangeKind::SetValue || c.kind == ChangeKind::SetText)
      typed[c.field.table][c.field.row].insert(c.field.column);
  }
  std::set<TableId> tables_touched;
  for (const auto& [t, _] : added) tables_touched.insert(t);
  for (const auto& [t, _] : typed) tables_touched.insert(t);

  for (TableId id : tables_touched) {
    const TableDef& t = table(id);
    if (!t.edit_source) continue; // a table without provenance (the programme's own name, year)
    const auto& rows_added = added[id];
    const auto& columns_typed = typed[id];
    std::vector<RowPos> marked;
    for_each_row(programme, t, [&](RowPos at, const void* row) {
      const RowId rid = t.single ? 0 : t.row_id(row);
      if (rows_added.count(rid) || columns_typed.count(rid)) marked.push_back(at);
    });
    for (RowPos at : marked) {
      void* row = t.edit(programme, at); // copy on write: the adopted programme stays as it is
      const RowId rid = t.single ? 0 : t.row_id(row);
      Provenance& source = t.edit_source(row);
      if (rows_added.count(rid)) {
        source.section.clear();
        source.line = 0;
        source.carried_from.clear();
      }
      const auto typed_here = columns_typed.find(rid);
      if (typed_here == columns_typed.end()) continue;
      for (ColumnIndex c : typed_here->second) {
        const std::string key = t.columns[c].key;
        source.own_input[key] = std::string(iso_date);
        source.assumptions.erase(key);
      }
      // A new kind takes fields away (a work line made "uren" has no kental): what
      // was said about them goes with them.
      for (const Column& c : t.columns)
        if (!c.applies_to(row)) {
          source.assumptions.erase(c.key);
          source.own_input.erase(c.key);
        }
    }
  }
}

std::string latest_own_input(const Programme& programme) {
  std::string latest;
  for (const TableDef& t : tables()) {
    if (!t.source) continue;
    for_each_row(programme, t, [&](RowPos, const void* row) {
      for (const auto& [field, date] : t.source(row).own_input) latest = std::max(latest, date);
    });
  }
  return latest;
}

} // namespace vth
