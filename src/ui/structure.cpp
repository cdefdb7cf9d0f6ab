#include "structure.hpp"

#include "commands.hpp"
#include "scenarios.hpp"

#include "core/fields/edit.hpp"
#include "core/fields/registry.hpp"
#include "core/scenario/new_row.hpp"

#include <algorithm>
#include <map>

namespace vth::ui {
namespace {

ChangeList current_list(const AppState& state) {
  const ChangeList* list = current_changes(state);
  return list ? *list : ChangeList{};
}

// The rows of `rows` in the order they stand in the table.
std::vector<RowId> in_table_order(const Programme& p, TableId table, const std::vector<RowId>& rows) {
  std::vector<RowId> out;
  for (RowId id : rows_in_order(p, table))
    if (std::find(rows.begin(), rows.end(), id) != rows.end()) out.push_back(id);
  return out;
}

std::string count_text(std::size_t n, const TableDef& t) {
  return n == 1 ? std::string(t.noun) : std::to_string(n) + " regels";
}

} // namespace

std::vector<RowId> rows_in_order(const Programme& p, TableId id) {
  std::vector<RowId> out;
  const TableDef& t = table(id);
  if (t.single) return out;
  out.reserve(row_count(p, id));
  for_each_row(p, t, [&](RowPos, const void* r) { out.push_back(t.row_id(r)); });
  return out;
}

namespace {

// Many changes at once (a paste of thousands of rows, planned and checked by table_import):
// appended to the scenario's list, a field set twice keeping its last value, and checked in
// one materialise(). record() per change would be quadratic.
Result<ChangeList> merge_many(const Programme& adopted, const ChangeList& before, const ChangeList& changes) {
  ChangeList combined = before;
  combined.insert(combined.end(), changes.begin(), changes.end());
  std::map<FieldRef, std::size_t> last;
  for (std::size_t i = 0; i < combined.size(); ++i)
    if (combined[i].kind == ChangeKind::SetValue || combined[i].kind == ChangeKind::SetText)
      last[combined[i].field] = i;
  ChangeList kept;
  kept.reserve(combined.size());
  for (std::size_t i = 0; i < combined.size(); ++i) {
    const Change& c = combined[i];
    const bool value = c.kind == ChangeKind::SetValue || c.kind == ChangeKind::SetText;
    if (!value || last[c.field] == i) kept.push_back(c);
  }
  make_canonical(kept);
  if (Result<Programme> check = materialise(adopted, kept); !check) return check.refusal();
  return kept;
}

} // namespace

Status apply_changes(AppState& state, const ChangeList& changes, const std::string& label) {
  if (!state.programme || !state.adopted) return refusal("er is geen programma geopend");
  if (changes.empty()) return {};
  if (changes.size() > kManyChanges) {
    const ChangeList none;
    const ChangeList& before =
        state.current >= 0 ? state.scenarios[static_cast<std::size_t>(state.current)].changes : none;
    Result<ChangeList> merged = merge_many(*state.adopted, before, changes);
    if (!merged) return merged.refusal();
    if (state.current < 0)
      state.current = insert_scenario(state, {unique_scenario_name(state, ""), {}, {}, {}});
    OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
    UndoStep step{s.uid, s.name, label, s.changes, *merged};
    set_scenario_changes(state, state.current, std::move(*merged));
    state.undo_stack.push_back(std::move(step));
    state.redo_stack.clear();
    state.field_error = {};
    return {};
  }
  // All or nothing: tried on a copy that shares every row it does not change.
  Programme probe = *state.programme;
  for (const Change& c : changes)
    if (Status ok = vth::apply_change(probe, c); !ok) return ok;
  if (state.current < 0)
    state.current = insert_scenario(state, {unique_scenario_name(state, ""), {}, {}, {}});
  OpenScenario& s = state.scenarios[static_cast<std::size_t>(state.current)];
  UndoStep step{s.uid, s.name, label, s.changes, {}};
  ChangeList list = s.changes;
  Programme now = *state.programme;
  for (const Change& c : changes) {
    list = record(*state.adopted, now, std::move(list), c);
    (void)vth::apply_change(now, c); // it applied to the probe, in the same order
  }
  step.after = list;
  set_scenario_changes(state, state.current, std::move(list));
  state.undo_stack.push_back(std::move(step));
  state.redo_stack.clear();
  state.field_error = {};
  return {};
}

namespace {

// In a nested table a row placed after another goes into that row's parent.
RowId parent_of_row(const Programme& p, TableId id, RowId row, RowId fallback) {
  const TableDef& t = table(id);
  if (!t.parent || row == 0) return fallback;
  const auto at = find_row(p, id, row);
  return at ? row_id_at(p, *t.parent, {0, at->parent}) : fallback;
}

} // namespace

Result<RowId> add_row(AppState& state, TableId id, RowId after, RowId parent_row) {
  if (!state.programme || !state.adopted) return refusal("er is geen programma geopend");
  const TableDef& t = table(id);
  if (t.single) return refusal(std::string(t.name) + " heeft geen regels");
  parent_row = parent_of_row(*state.programme, id, after, parent_row);
  const RowId fresh = fresh_row_id(*state.adopted, *state.programme, current_list(state), id);
  ChangeList changes{add_rows(id, fresh, 1, after, parent_row)};
  Programme probe = *state.programme;
  if (Status ok = vth::apply_change(probe, changes.front()); !ok) return ok.refusal();
  for (Change& c : new_row_defaults(probe, id, fresh, after)) changes.push_back(std::move(c));
  if (Status ok = apply_changes(state, changes, std::string(t.noun) + " toegevoegd in " + t.name); !ok)
    return ok.refusal();
  return fresh;
}

Status delete_rows(AppState& state, TableId id, const std::vector<RowId>& rows) {
  if (!state.programme) return refusal("er is geen programma geopend");
  const TableDef& t = table(id);
  ChangeList changes;
  for (RowId r : in_table_order(*state.programme, id, rows)) changes.push_back(delete_row({id, r}));
  if (changes.empty()) return refusal("kies eerst de regels die weg moeten");
  // Work is planned per department: a programme keeps at least one (as the Nieuw programma form asks).
  if (id == TableId::Departments && changes.size() >= state.programme->departments.size())
    return refusal("de laatste afdeling blijft: een programma heeft ten minste één afdeling; voeg eerst "
                   "een andere toe");
  return apply_changes(state, changes, count_text(changes.size(), t) + " verwijderd uit " + t.name);
}

Result<std::vector<RowId>> duplicate_rows(AppState& state, TableId id, const std::vector<RowId>& rows) {
  if (!state.programme || !state.adopted) return refusal("er is geen programma geopend");
  const TableDef& t = table(id);
  const std::vector<RowId> ordered = in_table_order(*state.programme, id, rows);
  if (ordered.empty()) return refusal("kies eerst de regels om te dupliceren");
  const Programme& p = *state.programme;
  RowId fresh = fresh_row_id(*state.adopted, p, current_list(state), id);
  ChangeList changes;
  std::vector<RowId> added;
  RowId after = ordered.back();
  for (RowId source : ordered) {
    // The copy stands after the last of the rows, in that row's parent.
    RowId parent_row = 0;
    if (t.parent) {
      const auto at = find_row(p, id, after);
      if (at) parent_row = row_id_at(p, *t.parent, {0, at->parent});
    }
    changes.push_back(add_rows(id, fresh, 1, after, parent_row));
    const void* r = row_by_id(p, id, source);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const Column& col = t.columns[c];
      const FieldRef to{id, fresh, static_cast<ColumnIndex>(c)};
      if (!col.applies_to(r)) continue; // also columns kept inside a list (a protocol item's depths)
      if (col.is_number()) {
        if (col.number) changes.push_back(set_value(to, col.number(r)));
      } else if (col.text) {
        std::string text = col.text(r);
        // Ids and codes stay unique: the copy gets its own.
        if (std::string_view(col.key) == "id") text += "-kopie-" + std::to_string(fresh);
        changes.push_back(set_text(to, std::move(text)));
      }
    }
    added.push_back(fresh);
    after = fresh++;
  }
  if (Status ok = apply_changes(state, changes, count_text(added.size(), t) + " gedupliceerd in " + t.name);
      !ok)
    return ok.refusal();
  return added;
}

Status move_rows(AppState& state, TableId id, const std::vector<RowId>& rows, int direction) {
  if (!state.programme) return refusal("er is geen programma geopend");
  const TableDef& t = table(id);
  const Programme& p = *state.programme;
  const std::vector<RowId> ordered = in_table_order(p, id, rows);
  if (ordered.empty()) return refusal("kies eerst de regels om te verplaatsen");
  const std::vector<RowId> all = rows_in_order(p, id);
  auto index_of = [&](RowId r) {
    return static_cast<std::size_t>(std::find(all.begin(), all.end(), r) - all.begin());
  };
  auto parent_of = [&](RowId r) -> RowId {
    if (!t.parent) return 0;
    const auto at = find_row(p, id, r);
    return at ? row_id_at(p, *t.parent, {0, at->parent}) : 0;
  };
  ChangeList changes;
  if (direction < 0) {
    // The row above the block goes below it: each selected row moves one place up.
    for (RowId r : ordered) {
      const std::size_t i = index_of(r);
      if (i == 0 || parent_of(all[i - 1]) != parent_of(r)) return {}; // at the top already
    }
    const RowId above = all[index_of(ordered.front()) - 1];
    const std::size_t before_above = index_of(above);
    RowId after =
        before_above > 0 && parent_of(all[before_above - 1]) == parent_of(above) ? all[before_above - 1] : 0;
    for (RowId r : ordered) {
      changes.push_back(move_row({id, r}, after, parent_of(r)));
      after = r;
    }
  } else {
    const std::size_t last = index_of(ordered.back());
    if (last + 1 >= all.size() || parent_of(all[last + 1]) != parent_of(ordered.back()))
      return {}; // at the bottom
    RowId after = all[last + 1];
    for (RowId r : ordered) {
      changes.push_back(move_row({id, r}, after, parent_of(r)));
      after = r;
    }
  }
  return apply_changes(state, changes,
                       count_text(ordered.size(), t) + (direction < 0 ? " omhoog" : " omlaag") + " in " +
                           t.name);
}

Status move_row_to(AppState& state, const RowRef& row, RowId after, RowId parent_row) {
  if (row.row == after || !state.programme) return {};
  parent_row = parent_of_row(*state.programme, row.table, after, parent_row);
  const TableDef& t = table(row.table);
  return apply_changes(state, {move_row(row, after, parent_row)},
                       std::string(t.noun) + " verplaatst in " + t.name);
}

Status edit_text(AppState& state, const FieldRef& field, std::string_view text, std::string_view as_typed) {
  if (!state.programme) return refusal("er is geen programma geopend");
  const auto refuse_here = [&](const Refusal& r) {
    return refuse_entry(state, field, r, as_typed.empty() ? text : as_typed);
  };
  if (Status ok = check_text(*state.programme, field, text); !ok) return refuse_here(ok.refusal());
  if (state.field_error.field == field) state.field_error = {};
  if (text_at(*state.programme, field) == text) return {};
  const std::string label = field_label(*state.programme, field);
  if (Status ok = apply_changes(state, {set_text(field, std::string(text))}, label); !ok)
    return refuse_here(ok.refusal());
  return {};
}

} // namespace vth::ui
