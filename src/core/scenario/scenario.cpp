#include "scenario.hpp"

#include "core/fields/edit.hpp"
#include "core/fields/integrity.hpp"

#include <algorithm>
#include <set>

namespace vth {

Change set_value(const FieldRef& field, std::optional<std::int64_t> value) {
  Change c;
  c.kind = ChangeKind::SetValue;
  c.field = field;
  c.value = value;
  return c;
}

Change set_text(const FieldRef& field, std::string text) {
  Change c;
  c.kind = ChangeKind::SetText;
  c.field = field;
  c.text = std::move(text);
  return c;
}

Change add_rows(TableId table, RowId first, std::uint32_t count, RowId after, RowId parent_row) {
  Change c;
  c.kind = ChangeKind::AddRows;
  c.field = {table, first, 0};
  c.count = count;
  c.after = after;
  c.parent_row = parent_row;
  return c;
}

Change delete_row(const RowRef& row) {
  Change c;
  c.kind = ChangeKind::DeleteRow;
  c.field = {row.table, row.row, 0};
  return c;
}

Change move_row(const RowRef& row, RowId after, RowId parent_row) {
  Change c;
  c.kind = ChangeKind::MoveRow;
  c.field = {row.table, row.row, 0};
  c.after = after;
  c.parent_row = parent_row;
  return c;
}

bool is_structural(const Change& c) {
  return c.kind != ChangeKind::SetValue && c.kind != ChangeKind::SetText;
}

void make_canonical(ChangeList& changes) {
  std::stable_partition(changes.begin(), changes.end(), is_structural);
  const auto values =
      std::find_if(changes.begin(), changes.end(), [](const Change& c) { return !is_structural(c); });
  std::stable_sort(values, changes.end(), [](const Change& a, const Change& b) { return a.field < b.field; });
}

bool changes_structure(const ChangeList& changes) {
  return std::any_of(changes.begin(), changes.end(), is_structural);
}

bool changes_analysis(const ChangeList& changes) {
  return std::any_of(changes.begin(), changes.end(),
                     [](const Change& c) { return c.kind != ChangeKind::SetValue; });
}

namespace {

const char* table_noun(TableId id) { return table(id).noun; }

// Where a row that comes after `after` stands in the parent row `parent_row`.
Result<RowPos> place_after(const Programme& p, const TableDef& t, RowId after, RowId parent_row) {
  RowPos at;
  if (t.parent) {
    const auto parent = find_row(p, *t.parent, parent_row);
    if (!parent)
      return refusal(std::string(table(*t.parent).noun) + " " + std::to_string(parent_row) + " bestaat niet");
    at.parent = parent->index;
  }
  if (after == 0) return at;
  const auto before = find_row(p, t.id, after);
  if (!before || before->parent != at.parent)
    return refusal(std::string(t.noun) + " " + std::to_string(after) +
                   " (waarna de regel komt) bestaat niet");
  at.index = before->index + 1;
  return at;
}

Status apply_structure(Programme& p, const Change& c) {
  const TableDef& t = table(c.field.table);
  if (t.single) return refusal(std::string(t.name) + " heeft geen regels om toe te voegen of te verwijderen");
  switch (c.kind) {
  case ChangeKind::AddRows: {
    if (c.count == 0 || c.count > 1'000'000) return refusal("ongeldig aantal nieuwe regels");
    if (c.field.row == 0 || c.field.row < next_row_id(p, t.id) || c.field.row > 2'000'000'000u - c.count)
      return refusal("nieuwe regels in " + std::string(t.name) +
                     " moeten een rij-id hoger dan alle bestaande hebben");
    const Result<RowPos> at = place_after(p, t, c.after, c.parent_row);
    if (!at) return at.refusal();
    t.insert_empty(p, at->parent, at->index, c.field.row, c.count);
    return {};
  }
  case ChangeKind::DeleteRow: {
    const auto at = find_row(p, t.id, c.field.row);
    if (!at) return refusal(std::string(t.noun) + " " + std::to_string(c.field.row) + " bestaat niet (meer)");
    if (std::string why = delete_conflict(p, t.id, *at); !why.empty()) return refusal(why);
    t.erase(p, *at);
    return {};
  }
  case ChangeKind::MoveRow: {
    const auto from = find_row(p, t.id, c.field.row);
    if (!from)
      return refusal(std::string(t.noun) + " " + std::to_string(c.field.row) + " bestaat niet (meer)");
    if (c.after == c.field.row) return refusal("een regel kan niet na zichzelf komen");
    Result<RowPos> to = place_after(p, t, c.after, c.parent_row);
    if (!to) return to.refusal();
    // Positions after the row is taken out: a place behind it moves up by one.
    if (to->parent == from->parent && to->index > from->index) --to->index;
    t.move(p, *from, *to);
    return {};
  }
  case ChangeKind::SetValue:
  case ChangeKind::SetText:
    break;
  }
  return {};
}

} // namespace

Status apply_change(Programme& p, const Change& c) {
  if (static_cast<std::size_t>(c.field.table) >= kTableCount) return refusal("onbekende tabel");
  switch (c.kind) {
  case ChangeKind::SetValue:
    return set_number(p, c.field, c.value);
  case ChangeKind::SetText:
    return set_text(p, c.field, c.text);
  case ChangeKind::AddRows:
  case ChangeKind::DeleteRow:
  case ChangeKind::MoveRow:
    return apply_structure(p, c);
  }
  return refusal("onbekende wijziging");
}

Result<Programme> materialise(const Programme& adopted, const ChangeList& changes) {
  Programme p = adopted; // every row shared until a change needs its own copy
  ChangeList ordered = changes;
  make_canonical(ordered); // structure first, in order; values then land in the rows as they stand
  // Unique ids and codes are checked once per column at the end, not by a scan per text
  // (10.000 pasted rows would be 10.000 scans of the table).
  std::set<std::pair<TableId, ColumnIndex>> unique_columns;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const Change& c = ordered[i];
    const bool deferred = c.kind == ChangeKind::SetText &&
                          c.field.column < table(c.field.table).columns.size() && is_unique_column(c.field);
    const Status s = deferred ? set_text(p, c.field, c.text, false) : apply_change(p, c);
    if (!s)
      return refusal("wijziging " + std::to_string(i + 1) + " (" + change_label(adopted, p, c) +
                     "): " + s.message());
    if (deferred) unique_columns.insert({c.field.table, c.field.column});
  }
  for (const auto& [t, column] : unique_columns)
    if (const std::string twice = unique_conflict(p, t, column); !twice.empty())
      return refusal("'" + twice + "' staat twee keer in " + table(t).name + " (" +
                     table(t).columns[column].label + ")");
  return p;
}

bool sets_field(const ChangeList& changes, const FieldRef& field) {
  return std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
    return (c.kind == ChangeKind::SetValue || c.kind == ChangeKind::SetText) && c.field == field;
  });
}

bool adds_row(const ChangeList& changes, const RowRef& row) {
  return std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
    return c.kind == ChangeKind::AddRows && c.field.table == row.table && row.row >= c.field.row &&
           row.row < c.field.row + c.count;
  });
}

RowId fresh_row_id(const Programme& adopted, const Programme& current, const ChangeList& changes,
                   TableId id) {
  RowId next = std::max(next_row_id(adopted, id), next_row_id(current, id));
  for (const Change& c : changes)
    if (c.kind == ChangeKind::AddRows && c.field.table == id)
      next = std::max<RowId>(next, c.field.row + c.count);
  return next;
}

namespace {

bool about_row(const Change& c, const RowRef& row) {
  return c.field.table == row.table && c.field.row == row.row;
}

bool refers_to(const Change& c, const RowRef& row) {
  if (c.kind != ChangeKind::AddRows && c.kind != ChangeKind::MoveRow) return false;
  if (c.field.table == row.table && c.after == row.row) return true;
  const TableDef& t = table(c.field.table);
  return t.parent && *t.parent == row.table && c.parent_row == row.row;
}

// The value the field has without the scenario, if its row is the adopted programme's.
bool equals_adopted(const Programme& adopted, const Change& c) {
  if (!field_exists(adopted, c.field)) return false;
  if (c.kind == ChangeKind::SetValue) return number_at(adopted, c.field) == c.value;
  return text_at(adopted, c.field) == c.text;
}

void drop_changes_of(ChangeList& changes, const RowRef& row, bool with_structure) {
  changes.erase(std::remove_if(changes.begin(), changes.end(),
                               [&](const Change& c) {
                                 if (!about_row(c, row)) return false;
                                 return with_structure || !is_structural(c);
                               }),
                changes.end());
}

} // namespace

ChangeList record(const Programme& adopted, const Programme& current, ChangeList changes,
                  const Change& change) {
  switch (change.kind) {
  case ChangeKind::SetValue:
  case ChangeKind::SetText: {
    changes.erase(
        std::remove_if(changes.begin(), changes.end(),
                       [&](const Change& c) { return !is_structural(c) && c.field == change.field; }),
        changes.end());
    const bool own_row = adds_row(changes, {change.field.table, change.field.row});
    if (own_row || !equals_adopted(adopted, change)) changes.push_back(change);
    if (change.kind == ChangeKind::SetText) {
      // A new kind takes the values that do not apply to it any more with it.
      Programme after = current; // shares every row
      if (apply_change(after, change))
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                                     [&](const Change& c) {
                                       return c.kind == ChangeKind::SetValue &&
                                              c.field.table == change.field.table &&
                                              c.field.row == change.field.row &&
                                              !field_exists(after, c.field);
                                     }),
                      changes.end());
    }
    make_canonical(changes);
    return changes;
  }
  case ChangeKind::DeleteRow: {
    const RowRef row{change.field.table, change.field.row};
    // Rows of its own (a group's items, a goal's activities) go with it.
    for (const TableDef& child : tables()) {
      if (!child.parent || *child.parent != row.table) continue;
      const auto at = find_row(current, row.table, row.row);
      if (!at) continue;
      for (std::size_t i = 0, n = child.count(current, at->index); i < n; ++i)
        drop_changes_of(changes, {child.id, child.row_id(child.row(current, {at->index, i}))}, false);
    }
    const bool referred =
        std::any_of(changes.begin(), changes.end(), [&](const Change& c) { return refers_to(c, row); });
    const bool alone = std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
      return c.kind == ChangeKind::AddRows && about_row(c, row) && c.count == 1;
    });
    if (alone && !referred) {
      drop_changes_of(changes, row, true); // added and deleted again: as if it never was
      return changes;
    }
    drop_changes_of(changes, row, false);
    changes.push_back(change);
    make_canonical(changes);
    return changes;
  }
  case ChangeKind::AddRows:
  case ChangeKind::MoveRow:
    break;
  }
  changes.push_back(change);
  make_canonical(changes);
  return changes;
}

std::uint64_t text_fingerprint(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string change_label(const Programme& adopted, const Programme& current, const Change& c) {
  const RowRef row{c.field.table, c.field.row};
  std::string name = row_label(current, row);
  if (name.empty()) name = row_label(adopted, row);
  if (name.empty()) name = std::string(table_noun(c.field.table)) + " " + std::to_string(c.field.row);
  switch (c.kind) {
  case ChangeKind::SetValue:
  case ChangeKind::SetText: {
    std::string label = field_label(current, c.field);
    return label.empty() || label == table(c.field.table).name ? field_label(adopted, c.field) : label;
  }
  case ChangeKind::AddRows:
    return c.count == 1
               ? "nieuwe " + std::string(table_noun(c.field.table)) + " in " + table(c.field.table).name
               : std::to_string(c.count) + " nieuwe regels in " + table(c.field.table).name;
  case ChangeKind::DeleteRow:
    return "verwijderd: " + name;
  case ChangeKind::MoveRow:
    return "verplaatst: " + name;
  }
  return {};
}

} // namespace vth
